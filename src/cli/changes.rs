//! `dmu changes`: what changed in the accounts since a day, a number of days or weeks
//! back, or this machine's last sync, read from their history; grouped by account, then
//! by person, in time order; and the conflicts a merge left to decide. Text, Markdown
//! or JSON.

use super::{emit, emit_json, load_named, open_data};
use crate::change::timeline::{
    Grouped, Since, entries_since, format_time, group_by_person, parse_time, rfc3339,
};
use crate::change::{EntryText, Names, conflict_text, entry_text, words};
use crate::export::markdown_text as md;
use crate::model::{Account, Date, HistoryEntry};
use crate::text::inert;
use clap::{Args, ValueEnum};
use std::fmt::Write as _;
use std::path::Path;

const EXAMPLES: &str = "\
Examples:
  dmu changes                          every account, the last 7 days
  dmu changes northwind --since 2w     one account, the last two weeks
  dmu changes --since 2026-11-25       since the start of a day (UTC)
  dmu changes --since last-sync        since this machine last synced
  dmu changes --format md              Markdown to paste into a report
  dmu changes --format json            for scripts

The history holds each change of a person's stance, stance basis, influence, roles,
status, favours and coverage, and each person or link added or removed.";

/// `dmu changes [ACCOUNT] [--since WHEN] [--format FORMAT]`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ChangesArgs {
    /// Only this account (id, file name, or the start of its name) [default: every account]
    pub account: Option<String>,
    /// Where to start: a date (2026-11-25), days or weeks back (7d, 2w), or last-sync [default: 7d]
    #[arg(long, value_name = "WHEN", value_parser = parse_since)]
    pub since: Option<Since>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ChangesFormat::Text)]
    pub format: ChangesFormat,
}

/// Formats of `dmu changes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChangesFormat {
    /// Plain sentences for the terminal
    Text,
    /// Markdown: a heading per account and per person, bullet lists
    Md,
    /// {"since", "accounts": [{"id", "name", "file", "changes": [...], "conflicts": [...]}]}
    Json,
}

/// Reads `--since` (see [`Since::parse`]).
fn parse_since(s: &str) -> Result<Since, String> {
    Since::parse(s)
}

/// The start as a moment, and how to say it ("2026-11-25", "the last sync, …").
fn resolve(since: Option<&Since>, root: &Path) -> anyhow::Result<(i64, String)> {
    let since = since.unwrap_or(&Since::DaysBack(7));
    let last = if *since == Since::LastSync { crate::sync::last_sync(root) } else { None };
    match since.start(Date::today(), last.as_deref()) {
        Some(start) => Ok(start),
        None => anyhow::bail!("{}", words::no_sync_yet()),
    }
}

/// One account's part: its file, its changes grouped, and its conflicts.
struct Part<'a> {
    file: String,
    account: &'a Account,
    names: Names<'a>,
    grouped: Grouped<'a>,
}

impl Part<'_> {
    fn is_empty(&self) -> bool {
        self.grouped.is_empty() && self.account.conflicts.is_empty()
    }

    /// The entries in the order shown: the account's, then each person's.
    fn entries(&self) -> impl Iterator<Item = &HistoryEntry> {
        self.grouped
            .account
            .iter()
            .copied()
            .chain(self.grouped.people.iter().flat_map(|(_, v)| v.iter().copied()))
    }

    fn text(&self, e: &HistoryEntry) -> EntryText {
        entry_text(&self.names, e)
    }

    fn conflict_places(&self) -> String {
        let paths: Vec<String> = self.account.conflicts.iter().map(|c| inert(&c.path).into_owned()).collect();
        words::conflicts_to_decide(paths.len(), &paths.join(", "))
    }
}

/// Runs `dmu changes`.
pub fn run(flag: Option<&Path>, args: ChangesArgs) -> anyhow::Result<()> {
    let data = open_data(flag)?;
    let (since, said) = resolve(args.since.as_ref(), data.root())?;
    let accounts: Vec<(String, Account)> = match &args.account {
        Some(q) => {
            let (path, a) = load_named(flag, q)?;
            vec![(file_name(&path), a)]
        }
        None => {
            let mut out = Vec::new();
            for listed in data.scan()? {
                match listed.account {
                    Ok(a) => out.push((file_name(&listed.path), a)),
                    Err(e) => eprintln!("{}", crate::t!("cli-changes-skipped", why = inert(&e.to_string()))),
                }
            }
            out
        }
    };
    let parts: Vec<Part> = accounts
        .iter()
        .map(|(file, a)| Part {
            file: file.clone(),
            account: a,
            names: Names::new(a),
            grouped: group_by_person(&entries_since(a, since)),
        })
        .collect();
    match args.format {
        ChangesFormat::Text => emit(&text(&parts, &said)),
        ChangesFormat::Md => emit(&markdown(&parts, &said)),
        ChangesFormat::Json => emit_json(&format!(
            "{}\n",
            serde_json::to_string_pretty(&json(&parts, since, args.account.is_some()))?
        )),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn text(parts: &[Part], since: &str) -> String {
    let mut out = String::new();
    let changed = parts.iter().any(|p| !p.grouped.is_empty());
    let _ =
        writeln!(out, "{}", if changed { words::changes_since(since) } else { words::nothing_since(since) });
    for p in parts.iter().filter(|p| !p.is_empty()) {
        let _ = writeln!(out, "\n{} ({})", inert(&p.account.name), inert(&p.file));
        for e in p.entries() {
            let _ = writeln!(
                out,
                "  {}  {}",
                format_time(parse_time(&e.at).unwrap_or(0)),
                inert(&p.text(e).sentence())
            );
        }
        if !p.account.conflicts.is_empty() {
            let _ = writeln!(out, "  {}", p.conflict_places());
            for c in &p.account.conflicts {
                let _ = writeln!(out, "    {}", inert(&conflict_text(&p.names, c)));
            }
        }
    }
    out
}

fn markdown(parts: &[Part], since: &str) -> String {
    let mut out = String::new();
    let changed = parts.iter().any(|p| !p.grouped.is_empty());
    if changed {
        let _ = writeln!(out, "# {}", md(&words::changes_since(since)));
    } else {
        let _ = writeln!(out, "{}", md(&words::nothing_since(since)));
    }
    let item = |out: &mut String, e: &HistoryEntry, s: &str| {
        let _ = writeln!(out, "- `{}` {}", format_time(parse_time(&e.at).unwrap_or(0)), md(s));
    };
    for p in parts.iter().filter(|p| !p.is_empty()) {
        let _ = writeln!(out, "\n## {}\n", md(&p.account.name));
        for e in &p.grouped.account {
            item(&mut out, e, &p.text(e).sentence());
        }
        for (i, (person, entries)) in p.grouped.people.iter().enumerate() {
            let gap = if i == 0 && p.grouped.account.is_empty() { "" } else { "\n" };
            let _ = writeln!(out, "{gap}### {}\n", md(&p.names.person(person)));
            for e in entries {
                item(&mut out, e, &p.text(e).without_subject());
            }
        }
        if !p.account.conflicts.is_empty() {
            let gap = if p.grouped.is_empty() { "" } else { "\n" };
            let _ = writeln!(out, "{gap}**{}**\n", md(&p.conflict_places()));
            for c in &p.account.conflicts {
                let _ = writeln!(out, "- {}", md(&conflict_text(&p.names, c)));
            }
        }
    }
    out
}

/// The JSON shape: `since` (RFC 3339), and per account with changes or conflicts (or
/// the one account asked for) its `id`, `name`, `file`, `changes` in the order the text
/// shows them and `conflicts`.
fn json(parts: &[Part], since: i64, one: bool) -> serde_json::Value {
    let accounts: Vec<serde_json::Value> = parts
        .iter()
        .filter(|p| one || !p.is_empty())
        .map(|p| {
            let changes: Vec<serde_json::Value> = p
                .entries()
                .map(|e| {
                    let t = p.text(e);
                    serde_json::json!({
                        "id": e.id,
                        "at": e.at,
                        "by": e.by,
                        "by_name": t.by,
                        "person": e.person,
                        "person_name": e.person.as_deref().map(|x| p.names.person(x)),
                        "field": e.field,
                        "from": e.from,
                        "to": e.to,
                        "record": e.record,
                        "change": e.change,
                        "note": e.note,
                        "text": t.sentence(),
                    })
                })
                .collect();
            let conflicts: Vec<serde_json::Value> = p
                .account
                .conflicts
                .iter()
                .map(|c| {
                    serde_json::json!({
                        "id": c.id, "path": c.path, "base": c.base, "ours": c.ours, "theirs": c.theirs,
                        "kept": c.kept, "at": c.at, "text": conflict_text(&p.names, c),
                    })
                })
                .collect();
            serde_json::json!({
                "id": p.account.id,
                "name": p.account.name,
                "file": p.file,
                "changes": changes,
                "conflicts": conflicts,
            })
        })
        .collect();
    serde_json::json!({ "since": rfc3339(since), "accounts": accounts })
}
