//! The command line: clap definitions and the commands that need no screen (`list`,
//! `new`, `show`, `check`, `export`); `dmu` alone and `dmu open` start the TUI.

mod changes;
mod check;
mod config;
mod deal_arg;
mod diff_text;
pub mod help;
mod import;
mod merge;
mod output;
mod portfolio;
mod report;
mod shell;
mod sync;
mod trash;

use crate::analysis::{PullConfig, analyze_deal, report_json, report_markdown, report_text};
use crate::model::{Account, Date};
use crate::store::{DataDir, load_file};
use crate::text::{inert_lines, json_for_terminal};
use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use portfolio::TextOrJson;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Map the decision-making unit of your key accounts and pull the decision through it.
#[derive(Debug, Parser)]
#[command(name = "dmu", version, after_help = shell::AFTER_HELP)]
pub struct Cli {
    /// Folder that holds your accounts [default: $DMU_DATA_DIR, else the system's data folder]
    #[arg(long, global = true, value_name = "PATH")]
    pub data_dir: Option<PathBuf>,
    /// Settings file: keys, colours, currency [default: $DMU_CONFIG, else settings.toml in the system's config folder]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Language of the screens and reports: en or ru [default: $DMU_LANG, else the settings' language, else the locale]
    #[arg(long, global = true, value_name = "LANG", value_parser = ["en", "ru"])]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What `dmu` is asked to do; without a command it opens the account list.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open one account on screen
    Open {
        /// Id, file name, or the start of the account's name
        account: String,
    },
    /// List the accounts: name, tier, people, revenue and file name
    List {
        /// Print JSON for scripts instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Create a new, empty account
    New {
        /// The account's name (quotes are optional: `dmu new Acme Tools` works)
        #[arg(required = true, num_args = 1..)]
        name: Vec<String>,
    },
    /// Show an account: its people, their roles and stance, and the links between them
    Show {
        /// Id, file name, or the start of the account's name
        account: String,
        /// Print the account file's canonical JSON instead (control characters as \u escapes)
        #[arg(long)]
        json: bool,
    },
    /// Check account files; prints each problem as `path:line:column: message`
    ///
    /// Exits 0 when every file is valid, 1 otherwise. Checks all accounts when none is named.
    /// Only reads: it creates no data folder and installs no demo account.
    Check {
        /// Accounts (id, file name, name), paths of files, or folders (each *.json in them)
        targets: Vec<String>,
        /// Also fail on red flags in the decision-making unit
        #[arg(long)]
        strict: bool,
        /// With --strict: judge contact dates against this day instead of today (YYYY-MM-DD)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<Date>,
    },
    /// The pull-through analysis: pull paths, red flags, and whom to work on next
    Report {
        /// Id, file name, or the start of the account's name
        account: String,
        /// Output format
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Judge contact dates against this day instead of today (YYYY-MM-DD)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<Date>,
        /// Look through one deal: its people's roles in it, and its rules (id or name)
        #[arg(long, value_name = "DEAL")]
        deal: Option<String>,
    },
    /// The portfolio: revenue concentration, risks across accounts, one row per account
    Portfolio {
        /// Output format
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
        /// Judge dates against this day instead of today (YYYY-MM-DD)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<Date>,
    },
    /// Open follow-ups across all accounts, overdue first, then by due date
    Agenda {
        /// Only this team member's follow-ups (id or the start of the name)
        #[arg(long, value_name = "NAME")]
        owner: Option<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
        /// Judge dates against this day instead of today (YYYY-MM-DD)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<Date>,
    },
    /// What changed in the accounts lately, from their history, and the conflicts left to decide
    Changes(changes::ChangesArgs),
    /// The accounts deleted to the trash: list them, or put one back
    Trash {
        #[command(subcommand)]
        command: trash::TrashCommand,
    },
    /// Bring in contacts from a CRM export (CSV), vCard or Excel file; shows the changes first with --dry-run
    ///
    /// Recognises exports of Salesforce, HubSpot, Pipedrive, Zoho, Bitrix24 and amoCRM, and
    /// any file whose column names say what they hold. New people are added; people already
    /// in the account get their title, department, email, phone and manager updated and keep
    /// every judgement (stance, influence, roles, coverage, notes).
    Import(import::ImportArgs),
    /// Share the accounts with your team through git: commit, take in colleagues' changes, send yours
    Sync(sync::SyncArgs),
    /// Write an account in another format
    Export {
        /// Id, file name, or the start of the account's name
        account: String,
        /// Output format
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to this file instead of the screen (never inside the data folder)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// With -o: replace the file if it exists
        #[arg(long, requires = "output")]
        force: bool,
        /// With --format csv: for spreadsheets set to Russian and other European locales
        /// (a byte order mark, and `;` between cells)
        #[arg(long)]
        excel: bool,
        /// Judge the account plan's scores and risks against this day instead of today (YYYY-MM-DD)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<Date>,
    },
    /// Print an account file one fact a line, for git's textconv (`git diff` then reads as changes)
    DiffText(diff_text::DiffTextArgs),
    /// Show the settings file and every setting in force, with where it comes from
    ///
    /// Problems with the file are printed as `path:line:column: error: message`; exits 1
    /// when the file has an error (the setting keeps its default until it is fixed).
    Config {
        /// Print only the settings file's path
        #[arg(long, conflicts_with_all = ["init", "keys"])]
        path: bool,
        /// Write a commented example settings file (never replaces one)
        #[arg(long, conflicts_with = "keys")]
        init: bool,
        /// List every action that `[keys]` can name, with its keys in force
        #[arg(long)]
        keys: bool,
    },
    /// Print a shell completion script (see the README for where to put it)
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff); `dmu man | man -l -` reads it
    Man,
    MergeDriver(merge::MergeDriverArgs),
}

/// Formats `dmu export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The canonical account file
    Json,
    /// Graphviz (render with `dot -Tsvg`)
    Dot,
    /// A Mermaid flowchart (for Markdown renderers that draw diagrams)
    Mermaid,
    /// A Markdown summary to paste into an account plan
    Md,
    /// One row per person, for spreadsheets and CRM imports (RFC 4180; see --excel)
    Csv,
}

/// Runs `dmu` with the process's arguments; the exit code is 0 on success, 1 on an
/// error or a failed check, 2 on a usage error.
pub fn main() -> ExitCode {
    choose_language();
    let cli = match help::parse() {
        Ok(c) => c,
        // Help and version went to stdout with 0; usage errors to stderr with 2.
        Err(code) => return code,
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // Errors quote file names and values from files; keep them inert.
            eprintln!("dmu: {}", inert_lines(&format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

/// Sets the process's language before anything is said: `--lang`, `DMU_LANG`, the
/// settings file's `language`, the locale, English. Read from the raw arguments, so
/// that clap's help is already in that language.
fn choose_language() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut inputs = crate::i18n::choose::Inputs::from_env(crate::i18n::choose::flag_in_args(&args));
    if inputs.flag.is_none()
        && inputs.env.as_deref().is_none_or(|v| crate::i18n::Lang::from_code(v).is_none())
    {
        let config = args
            .iter()
            .position(|a| a == "--config")
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from)
            .or_else(|| {
                args.iter()
                    .find_map(|a| a.to_str().and_then(|a| a.strip_prefix("--config=")).map(PathBuf::from))
            });
        let loaded = crate::settings::load(crate::settings::locate(config.as_deref()));
        inputs.settings = loaded.places.contains_key("language").then_some(loaded.settings.language);
    }
    crate::i18n::set_lang(crate::i18n::choose::choose(&inputs).0);
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let flag = cli.data_dir.as_deref();
    let settings = cli.config.as_deref();
    match cli.command {
        None => {
            // The TUI installs the demo itself, so that it can say so on screen.
            let data = DataDir::locate(flag)?;
            data.ensure()?;
            launch_tui(data, None, settings)?
        }
        Some(Command::Open { account }) => {
            // `open` starts the TUI, which offers the demo on a first start too.
            let data = open_data(flag)?;
            if let Some(path) = data.install_demo_if_empty()? {
                eprintln!("{}", crate::t!("cli-demo-installed", file = path.display().to_string()));
            }
            let path = data.resolve(&account)?;
            launch_tui(data, Some(path), settings)?;
        }
        Some(Command::Config { path, init, keys }) => {
            let view = match (path, init, keys) {
                (true, _, _) => config::View::Path,
                (_, true, _) => config::View::Init,
                (_, _, true) => config::View::Keys,
                _ => config::View::All,
            };
            return config::run(view, settings, flag);
        }
        Some(Command::Completions { shell }) => shell::completions(shell)?,
        Some(Command::Man) => shell::man()?,
        Some(Command::MergeDriver(args)) => return Ok(merge::run(&args)),
        Some(Command::List { json }) => {
            let data = open_data(flag)?;
            let listed = data.scan()?;
            if listed.is_empty() && !json {
                let folder = crate::text::inert(&data.accounts_dir().display().to_string()).into_owned();
                eprintln!("{}", crate::t!("cli-list-empty", folder = folder));
            }
            if json { emit_json(&report::list_json(&listed))? } else { emit(&report::list_table(&listed))? }
        }
        Some(Command::New { name }) => {
            let name = name.join(" ");
            let data = open_data(flag)?;
            let same = data
                .scan()?
                .into_iter()
                .filter(|l| l.account.as_ref().is_ok_and(|a| a.name.trim().eq_ignore_ascii_case(name.trim())))
                .count();
            let path = data.create(&name)?;
            if same > 0 {
                eprintln!("{}", crate::t!("cli-new-same-name", n = same));
            }
            eprintln!("{}", crate::t!("cli-new-created", name = crate::text::inert(name.trim())));
            emit(&format!("{}\n", path.display()))?;
        }
        Some(Command::Show { account, json }) => {
            let (path, a) = load_named(flag, &account)?;
            if json { emit_json(&canonical(&a))? } else { emit(&report::show(&path, &a))? }
        }
        Some(Command::Portfolio { format, today }) => {
            let loaded = crate::settings::load(crate::settings::locate(settings));
            portfolio::portfolio(&open_data(flag)?, format, today, loaded.settings.currency.as_deref())?
        }
        Some(Command::Agenda { owner, format, today }) => {
            portfolio::agenda_cmd(&open_data(flag)?, owner.as_deref(), format, today)?
        }
        Some(Command::Check { targets, strict, today }) => {
            return check::run(flag, &targets, strict.then(|| today.unwrap_or_else(Date::today)));
        }
        Some(Command::Report { account, format, today, deal }) => {
            let (_, a) = load_named(flag, &account)?;
            let cfg = PullConfig::for_account(&a).map_err(|e| {
                anyhow::anyhow!("{}", crate::t!("cli-report-pull-model", why = e.to_string()))
            })?;
            let deal = deal.map(|q| deal_arg::resolve(&a, &q)).transpose()?;
            let an = analyze_deal(&a, deal.as_deref(), &cfg, today.unwrap_or_else(Date::today));
            // Names and roles as the deal sees them: the report reads the lens.
            let lens = a.through_deal(deal.as_deref());
            match format {
                ReportFormat::Text => emit(&report_text(&lens, &an))?,
                ReportFormat::Md => emit(&report_markdown(&lens, &an))?,
                ReportFormat::Json => {
                    emit_json(&format!("{}\n", serde_json::to_string_pretty(&report_json(&lens, &an))?))?
                }
            }
        }
        Some(Command::Changes(args)) => changes::run(flag, args)?,
        Some(Command::DiffText(args)) => diff_text::run(&args)?,
        Some(Command::Trash { command }) => {
            // Only the folder: an empty one gets no demo, so a restore goes into it alone.
            let data = DataDir::locate(flag)?;
            data.ensure()?;
            let (out, said) = trash::run(&data, command)?;
            if let Some(words) = said {
                eprintln!("{words}");
            }
            emit(&out)?;
        }
        Some(Command::Sync(args)) => return sync::run(flag, settings, args),
        Some(Command::Import(args)) => import::run(flag, settings, args)?,
        Some(Command::Export { account, format, output, force, excel, today }) => {
            if excel && format != ExportFormat::Csv {
                anyhow::bail!("{}", crate::t!("cli-export-excel-needs-csv"));
            }
            let data = open_data(flag)?;
            let a = load_file(&data.resolve(&account)?)?;
            let bytes = match format {
                ExportFormat::Json => a.to_canonical_json(),
                ExportFormat::Dot => crate::export::to_dot(&a).into_bytes(),
                ExportFormat::Mermaid => crate::export::to_mermaid(&a).into_bytes(),
                ExportFormat::Md => {
                    crate::export::to_markdown(&a, today.unwrap_or_else(Date::today)).into_bytes()
                }
                ExportFormat::Csv if excel => crate::export::to_csv_excel(&a).into_bytes(),
                ExportFormat::Csv => crate::export::to_csv(&a).into_bytes(),
            };
            match output {
                // A file gets the export's exact bytes: JSON stays the canonical account.
                Some(file) => eprintln!("{}", output::write_export(data.root(), &file, &bytes, force)?),
                None if format == ExportFormat::Json => emit_json(&String::from_utf8_lossy(&bytes))?,
                // The other formats make every text inert themselves (see crate::export).
                None => emit_bytes(&bytes)?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Starts the interactive screen on the account list, or on one account, with the
/// settings file's keys and colours (a broken file is told on screen, never fatal).
fn launch_tui(data: DataDir, open: Option<PathBuf>, config: Option<&Path>) -> anyhow::Result<()> {
    let settings = crate::settings::load(crate::settings::locate(config));
    crate::tui::run(data, open, &settings)
}

/// Red flags that `dmu check --strict` treats as failures, one line each
/// (`red flag code: sentence`); a broken `pull_model` override is one too.
fn strict_problems(account: &Account, today: Date) -> Vec<String> {
    let cfg = match PullConfig::for_account(account) {
        Ok(c) => c,
        Err(e) => return vec![crate::t!("cli-strict-pull-model", why = e.to_string())],
    };
    let an = analyze_deal(account, None, &cfg, today);
    an.red_flags
        .iter()
        .map(|f| crate::t!("cli-strict-red-flag", code = f.code.code(), text = &f.message))
        .collect()
}

/// Formats of `dmu report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Plain text for the terminal
    Text,
    /// Markdown to paste into an account plan
    Md,
    /// The stable JSON shape documented in docs/pull-model.md
    Json,
}

/// The data folder, created when missing. Only the TUI installs the demo account into
/// an empty folder: a command in a script must not find an account it never made.
fn open_data(flag: Option<&Path>) -> anyhow::Result<DataDir> {
    let data = DataDir::locate(flag)?;
    data.ensure()?;
    Ok(data)
}

/// The account a rep named, loaded; a broken file is an error with its place.
fn load_named(flag: Option<&Path>, query: &str) -> anyhow::Result<(PathBuf, Account)> {
    let path = open_data(flag)?.resolve(query)?;
    let a = load_file(&path)?;
    Ok((path, a))
}

fn canonical(a: &Account) -> String {
    String::from_utf8_lossy(&a.to_canonical_json()).into_owned()
}

/// Prints text for people. Every value from a file in it is already inert; this is
/// the last guard, so that no control character reaches the terminal whatever a
/// report forgot (line breaks, the writer's own, stay).
fn emit(text: &str) -> anyhow::Result<()> {
    emit_bytes(inert_lines(text).as_bytes())
}

/// Prints JSON made by `serde_json`, with control and direction characters written as
/// `\uXXXX`: the same JSON to a parser, harmless on a terminal. Done whether or not
/// stdout is a terminal, since a pipe (`| less -R`, `| tee`) often ends at one too.
fn emit_json(json: &str) -> anyhow::Result<()> {
    emit_bytes(json_for_terminal(json).as_bytes())
}

/// Writes to stdout; a closed pipe (`dmu list | head`) is not an error.
fn emit_bytes(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e).context("could not write the output"),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn names_may_be_given_in_several_words() {
        let cli = Cli::try_parse_from(["dmu", "new", "Acme", "Tools"]).unwrap();
        assert!(matches!(cli.command, Some(Command::New { name }) if name == ["Acme", "Tools"]));
        assert!(Cli::try_parse_from(["dmu", "export", "x", "--format", "pdf"]).is_err());
    }
}
