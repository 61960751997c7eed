//! The command line: clap definitions and the commands that need no screen (`list`,
//! `new`, `show`, `check`, `export`); `dmu` alone and `dmu open` start the TUI.

mod check;
mod report;

use crate::model::Account;
use crate::store::{DataDir, load_file, write_atomic};
use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Map the decision-making unit of your key accounts and pull the decision through it.
#[derive(Debug, Parser)]
#[command(name = "dmu", version)]
pub struct Cli {
    /// Folder that holds your accounts [default: $DMU_DATA_DIR, else the system's data folder]
    #[arg(long, global = true, value_name = "PATH")]
    pub data_dir: Option<PathBuf>,
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
        /// Print the account file's canonical JSON instead
        #[arg(long)]
        json: bool,
    },
    /// Check account files; prints each problem as `path:line:column: message`
    ///
    /// Exits 0 when every file is valid, 1 otherwise. Checks all accounts when none is named.
    Check {
        /// Accounts (id, file name, name) or paths of files to check
        targets: Vec<String>,
        /// Also fail on red flags in the decision-making unit
        #[arg(long)]
        strict: bool,
    },
    /// Write an account in another format
    Export {
        /// Id, file name, or the start of the account's name
        account: String,
        /// Output format
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to this file instead of the screen
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// Formats `dmu export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The canonical account file
    Json,
}

/// Runs `dmu` with the process's arguments; the exit code is 0 on success, 1 on an
/// error or a failed check, 2 on a usage error.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dmu: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let flag = cli.data_dir.as_deref();
    match cli.command {
        None => {
            // The TUI installs the demo itself, so that it can say so on screen.
            let data = DataDir::locate(flag)?;
            data.ensure()?;
            launch_tui(data, None)?
        }
        Some(Command::Open { account }) => {
            let data = open_data(flag)?;
            let path = data.resolve(&account)?;
            launch_tui(data, Some(path))?;
        }
        Some(Command::List { json }) => {
            let listed = open_data(flag)?.scan()?;
            emit(&if json { report::list_json(&listed) } else { report::list_table(&listed) })?;
        }
        Some(Command::New { name }) => {
            let name = name.join(" ");
            let path = open_data(flag)?.create(&name)?;
            eprintln!("Created the account “{}”.", crate::text::inert(name.trim()));
            emit(&format!("{}\n", path.display()))?;
        }
        Some(Command::Show { account, json }) => {
            let (path, a) = load_named(flag, &account)?;
            let out = if json { canonical(&a) } else { report::show(&path, &a) };
            emit(&out)?;
        }
        Some(Command::Check { targets, strict }) => return check::run(flag, &targets, strict),
        Some(Command::Export { account, format, output }) => {
            let (_, a) = load_named(flag, &account)?;
            let bytes = match format {
                ExportFormat::Json => a.to_canonical_json(),
            };
            match output {
                Some(file) => {
                    write_atomic(&file, &bytes, false)
                        .with_context(|| format!("could not write {}", file.display()))?;
                    eprintln!("Wrote {}.", file.display());
                }
                None => emit_bytes(&bytes)?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Starts the interactive screen on the account list, or on one account.
fn launch_tui(data: DataDir, open: Option<PathBuf>) -> anyhow::Result<()> {
    crate::tui::run(data, open)
}

/// Red flags that `dmu check --strict` treats as failures, one sentence each.
fn strict_problems(account: &Account) -> Vec<String> {
    // The analysis (pull path, red flags) plugs in here.
    let _ = account;
    Vec::new()
}

/// The data folder, created when missing, with the demo installed into an empty one.
fn open_data(flag: Option<&Path>) -> anyhow::Result<DataDir> {
    let data = DataDir::locate(flag)?;
    data.ensure()?;
    if let Some(path) = data.install_demo_if_empty()? {
        eprintln!("No accounts yet, so dmu installed a demo account to try things on: {}", path.display());
    }
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

fn emit(text: &str) -> anyhow::Result<()> {
    emit_bytes(text.as_bytes())
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
