//! The command line's help and usage errors in the reader's language.
//!
//! clap writes help from the doc comments of [`super::Cli`], which stay English (so
//! English help never changes). In Russian the built command is walked and every
//! about, help and heading is replaced by a message of `cli.ftl`, named after its place
//! in the tree: `cli-help-export-about`, `cli-help-export-arg-format`,
//! `cli-help-export-arg-format-value-json`, `cli-help-arg-lang` (the global options).
//! clap's own bracketed notes (`[default: …]`, `[possible values: …]`) and `[OPTIONS]`
//! cannot be translated, so they are hidden and written again in Russian.

use super::Cli;
use crate::i18n::{Lang, has_message, lang, tr, tr_args};
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches, Parser};
use std::process::ExitCode;

/// The parsed command line in the process's language; otherwise clap's message (help
/// and version are such messages too) is printed and the exit code returned: 0 for help
/// and version on stdout, 2 for a usage error on stderr.
pub fn parse() -> Result<Cli, ExitCode> {
    let code = |e: i32| ExitCode::from(u8::try_from(e).unwrap_or(2));
    if lang() == Lang::En {
        return Cli::try_parse().map_err(|e| {
            let _ = e.print();
            code(e.exit_code())
        });
    }
    let mut cmd = command();
    let said = match cmd.clone().try_get_matches() {
        Ok(m) => match Cli::from_arg_matches(&m) {
            Ok(cli) => return Ok(cli),
            Err(e) => e.format(&mut cmd),
        },
        Err(e) => e,
    };
    let said = said.apply::<Words>();
    let _ = said.print();
    Err(code(said.exit_code()))
}

/// A message as clap keeps headings and value names (`&'static str`, without clap's
/// `string` feature): each is made once per language and kept for the process.
fn kept(id: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static TEXTS: Mutex<Option<HashMap<(Lang, &'static str), &'static str>>> = Mutex::new(None);
    let mut texts = TEXTS.lock().unwrap_or_else(|e| e.into_inner());
    texts.get_or_insert_with(HashMap::new).entry((lang(), id)).or_insert_with(|| tr(id).leak())
}

/// The whole command tree, built (global options copied into every command, the `help`
/// command added), with the current language's words.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    if lang() == Lang::En {
        return cmd;
    }
    cmd.build();
    localize(cmd, "")
}

/// The id of a text of the command at `path` (`""` for `dmu`, `-trash-list`); every
/// `help` command (`dmu help`, `dmu trash help`) has the same words.
fn id(path: &str, part: &str) -> String {
    let path = if path.ends_with("-help") { "-help" } else { path };
    format!("cli-help{path}-{part}")
}

/// A message of the catalogue, or `None` where the English text has none to replace.
fn message(id: &str) -> Option<String> {
    has_message(Lang::En, id).then(|| tr(id))
}

/// The path of a command's child: the children of a `help` command are its parent's
/// commands (`dmu trash help restore` is `dmu trash restore`), so they read their words
/// from the same place.
fn child_path(path: &str, name: &str) -> String {
    match path.strip_suffix("-help") {
        Some(parent) if name != "help" => format!("{parent}-{name}"),
        _ => format!("{path}-{name}"),
    }
}

/// One command and everything under it, in the language: clap's default layout with the
/// usage heading translated (the sections' headings are the arguments' own, see
/// [`localize_arg`]), its texts, its arguments, its usage line.
fn localize(cmd: Command, path: &str) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr("cli-help-usage-heading")
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(kept("cli-help-heading-commands"))
        .subcommand_value_name(kept("cli-help-value-command"));
    if let Some(about) = message(&id(path, "about")) {
        cmd = cmd.about(about);
    }
    for (part, set) in TEXTS {
        if let Some(text) = message(&id(path, part)) {
            cmd = set(cmd, text);
        }
    }
    let own = path.to_string();
    cmd = cmd.mut_args(|a| localize_arg(a, &own));
    let usage = cmd.render_usage().to_string();
    let usage =
        usage.strip_prefix("Usage: ").unwrap_or(&usage).replace("[OPTIONS]", &tr("cli-help-usage-options"));
    cmd = cmd.override_usage(usage);
    cmd.mut_subcommands(|sc| {
        let p = child_path(&own, sc.get_name());
        localize(sc, &p)
    })
}

/// The other texts of a command, each set where the catalogue has it.
type SetText = fn(Command, String) -> Command;

const TEXTS: &[(&str, SetText)] = &[
    ("long-about", |c, t| c.long_about(t)),
    ("after", |c, t| c.after_help(t)),
    ("after-long", |c, t| c.after_long_help(t)),
];

/// The message id of an argument: global options and the built-in `--help` and
/// `--version` are the same everywhere.
fn arg_id(path: &str, a: &Arg) -> String {
    let name = a.get_id().as_str().replace('_', "-");
    match name.as_str() {
        "help" if a.get_long_help().is_some() => "cli-help-arg-help-more".to_string(),
        "help" | "version" => format!("cli-help-arg-{name}"),
        _ if a.is_global_set() => format!("cli-help-arg-{name}"),
        _ => id(path, &format!("arg-{name}")),
    }
}

/// One argument in the language, under a translated heading, its default and possible
/// values written again in the language after its help.
fn localize_arg(a: Arg, path: &str) -> Arg {
    let base = arg_id(path, &a);
    let heading = if a.is_positional() { "cli-help-heading-arguments" } else { "cli-help-heading-options" };
    let mut help = message(&base).unwrap_or_default();
    let mut long = message(&format!("{base}-long"));
    let values: Vec<_> = a.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    let takes_values = a.get_action().takes_values();
    let show_values = takes_values && !a.is_hide_possible_values_set() && !values.is_empty();
    let described = values.iter().any(|v| v.get_help().is_some());
    if show_values && described {
        let mut list = long.clone().unwrap_or_else(|| help.clone());
        list.push_str(&format!("\n\n{}", tr("cli-help-possible-values")));
        // Aligned as clap aligns them: the descriptions start in one column.
        let wide = values.iter().map(|v| v.get_name().chars().count()).max().unwrap_or(0) + 1;
        for v in &values {
            let text = message(&format!("{base}-value-{}", v.get_name())).unwrap_or_default();
            list.push_str(&format!("\n- {:<wide$} {text}", format!("{}:", v.get_name())));
        }
        long = Some(list);
    }
    let defaults: Vec<String> =
        a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if takes_values && !a.is_hide_default_value_set() && !defaults.is_empty() {
        let note = tr_args("cli-help-default", &[("value", defaults.join(", ").into())]);
        help = format!("{help} {note}");
        long = long.map(|l| format!("{l}\n\n{note}"));
    }
    if show_values {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let note = tr_args("cli-help-values", &[("values", names.join(", ").into())]);
        help = format!("{help} {note}");
    }
    let mut a = a.help(help).hide_default_value(true).hide_possible_values(true).help_heading(kept(heading));
    if let Some(long) = long {
        a = a.long_help(long);
    }
    a
}

/// clap's error formatter with the catalogue's sentences: help and version stay as they
/// are (clap has them written already), a usage error is a sentence of the catalogue,
/// the usage and where to read more.
struct Words;

impl ErrorFormatter for Words {
    fn format_error(e: &clap::error::Error<Self>) -> StyledStr {
        let mut out = StyledStr::new();
        let said = format!("{} {}", tr("cli-error-prefix"), sentence(e));
        out.push_str(&said);
        if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage).to_string();
            out.push_str(&format!("\n\n{} {usage}", tr("cli-help-usage-heading")));
        }
        out.push_str(&format!("\n\n{}\n", tr("cli-error-more")));
        out
    }
}

/// The context value of a kind as text (several values joined by commas).
fn context(e: &clap::error::Error<Words>, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// What is wrong, in a sentence (with a suggestion when clap has one).
fn sentence(e: &clap::error::Error<Words>) -> String {
    let arg = context(e, ContextKind::InvalidArg);
    let value = context(e, ContextKind::InvalidValue);
    let mut said = match e.kind() {
        ErrorKind::UnknownArgument => tr_args("cli-error-unknown-argument", &[("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => tr_args(
            "cli-error-unknown-command",
            &[("command", context(e, ContextKind::InvalidSubcommand).into())],
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            tr_args("cli-error-missing-value", &[("arg", arg.into())])
        }
        ErrorKind::InvalidValue => tr_args(
            "cli-error-invalid-value",
            &[
                ("arg", arg.into()),
                ("value", value.into()),
                ("valid", context(e, ContextKind::ValidValue).into()),
            ],
        ),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_default();
            tr_args(
                "cli-error-bad-value",
                &[("arg", arg.into()), ("value", value.into()), ("why", why.into())],
            )
        }
        ErrorKind::MissingRequiredArgument => tr_args("cli-error-missing-argument", &[("arg", arg.into())]),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr("cli-error-missing-command")
        }
        ErrorKind::ArgumentConflict => tr_args(
            "cli-error-conflict",
            &[("arg", arg.into()), ("other", context(e, ContextKind::PriorArg).into())],
        ),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr_args("cli-error-values", &[("arg", arg.into())])
        }
        _ => tr("cli-error-other"),
    };
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue] {
        let tip = context(e, kind);
        if !tip.is_empty() {
            said.push_str(&format!("\n\n  {}", tr_args("cli-error-tip", &[("tip", tip.into())])));
        }
    }
    said
}

/// Every text of the command tree the catalogue must have in Russian: `(id, English)`,
/// for the test that fails on an untranslated command or argument.
pub fn texts() -> Vec<(String, String)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, "", &mut out);
    out.sort();
    out.dedup();
    out
}

fn collect(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
    let parts = [
        ("about", cmd.get_about()),
        ("long-about", cmd.get_long_about()),
        ("after", cmd.get_after_help()),
        ("after-long", cmd.get_after_long_help()),
    ];
    for (part, text) in parts {
        if let Some(text) = text {
            out.push((id(path, part), text.to_string()));
        }
    }
    if !path.ends_with("-help") && cmd.get_about().is_none() {
        out.push((id(path, "about"), String::new()));
    }
    for a in cmd.get_arguments() {
        let base = arg_id(path, a);
        out.push((base.clone(), a.get_help().map(|h| h.to_string()).unwrap_or_default()));
        if let Some(long) = a.get_long_help() {
            out.push((format!("{base}-long"), long.to_string()));
        }
        for v in a.get_possible_values().iter().filter(|v| v.get_help().is_some()) {
            out.push((format!("{base}-value-{}", v.get_name()), v.get_help().unwrap().to_string()));
        }
    }
    for sc in cmd.get_subcommands() {
        collect(sc, &child_path(path, sc.get_name()), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_lang;

    #[test]
    fn every_command_and_argument_has_words_in_both_languages() {
        let missing: Vec<String> = texts()
            .into_iter()
            .filter(|(id, _)| !has_message(Lang::En, id) || !has_message(Lang::Ru, id))
            .map(|(id, en)| format!("{id} = {}", en.replace('\n', "\n    ")))
            .collect();
        assert!(missing.is_empty(), "no message for:\n{}", missing.join("\n"));
    }

    #[test]
    fn russian_help_is_built_without_clap_complaining() {
        with_lang(Lang::Ru, || command().debug_assert());
    }
}
