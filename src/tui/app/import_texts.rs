//! The words of importing contacts in the TUI: the path prompt, the progress, the
//! preview and its row list, the mapping editor, profiles, and what applying says,
//! kept together so that they can be translated later. The import's own refusals
//! (an empty file, a ragged row) are [`crate::import::ImportError`]'s; names from
//! files are made inert where they are drawn.

use crate::import::{LinkOutcome, Outcome, SkipReason};
use crate::plural::{count, plural};

// ---- The path prompt ----

/// The prompt's title.
pub fn path_title(account: &str) -> String {
    format!("Import contacts into {account}: the file (CSV, vCard or Excel)")
}

/// Enter on an empty path.
pub const NO_PATH: &str = "type the path of the file to import (Tab completes it)";

/// Tab where the folder cannot be listed.
pub fn cannot_list(folder: &str, why: &str) -> String {
    format!("cannot list {folder}: {why}")
}

/// Tab where nothing in the folder fits what was typed.
pub fn nothing_fits(start: &str, folder: &str) -> String {
    if start.is_empty() {
        format!("{folder} has no files to offer")
    } else {
        format!("nothing in {folder} starts with “{start}”")
    }
}

/// After the listed choices, when there are more than shown.
pub fn more_choices(n: usize) -> String {
    format!("… and {} more: type a few more letters", num(n))
}

// ---- Reading and planning ----

/// The progress box's title.
pub fn progress_title(file: &str, account: &str) -> String {
    format!("Importing {file} into {account}")
}

/// While the file is read: "Reading contacts.csv… 45%".
pub fn reading(file: &str, percent: Option<u64>) -> String {
    match percent {
        Some(p) => format!("Reading {file}… {p}%"),
        None => format!("Reading {file}…"),
    }
}

/// While the rows are matched: "Matching 45,000 of 100,000 rows".
pub fn matching(done: u64, total: u64) -> String {
    format!("Matching {} of {} {}", grouped(done), grouped(total), plural(total as usize, "row", "rows"))
}

/// Once matched, while the change set is worked out.
pub const WORKING_OUT: &str = "Working out the changes…";

/// Under the progress: what Esc does.
pub const STOP_HINT: &str = "nothing changes until you have seen the preview and pressed Enter";

/// Esc while the file was read or planned.
pub const STOPPED: &str = "Import stopped: nothing changed";

/// Esc while a changed mapping was planned: the preview before it comes back.
pub const REPLAN_STOPPED: &str = "Stopped planning again: the preview and its mapping are as they were";

/// The thread ended without a word (it panicked).
pub const THREAD_GONE: &str = "the import stopped unexpectedly; nothing changed";

/// The thread could not be started.
pub fn cannot_start(why: &str) -> String {
    format!("Could not start reading the file: {why}")
}

/// A whole number grouped by thousands: `100,000`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count grouped by thousands.
pub fn num(n: usize) -> String {
    grouped(n as u64)
}

/// A count grouped by thousands, and the word: "100,000 rows".
fn counted(n: usize, one: &str, other: &str) -> String {
    format!("{} {}", num(n), plural(n, one, other))
}

// ---- The preview ----

/// The preview's title.
pub fn preview_title(file: &str, account: &str) -> String {
    format!("Import {file} into {account}: what would change")
}

/// The labels of the summary's lines.
pub const FILE: &str = "File";
pub const FORMAT: &str = "Format";
pub const COLUMNS: &str = "Columns";
pub const TO_ADD: &str = "To add";
pub const TO_UPDATE: &str = "To update";
pub const UNCHANGED: &str = "Unchanged";
pub const SKIPPED: &str = "Skipped";
pub const OTHER_COMPANIES: &str = "Other companies";
pub const REPORTING: &str = "Reporting lines";
pub const NOT_LINKED: &str = "Lines left out";

/// The file's format, encoding and delimiter: "CSV · UTF-8 · delimiter ; (semicolon)".
pub fn format_line(format: &str, encoding: &str, delimiter: Option<u8>) -> String {
    match delimiter {
        Some(d) => format!("{format} · {encoding} · delimiter {}", delimiter_words(d)),
        None => format!("{format} · {encoding}"),
    }
}

fn delimiter_words(d: u8) -> String {
    match d {
        b',' => ", (comma)".into(),
        b';' => "; (semicolon)".into(),
        b'\t' => "tab".into(),
        b'|' => "| (bar)".into(),
        other => format!("{}", other as char),
    }
}

/// Where the header is, when lines above it were left out (an export's instructions).
pub fn header_at(line: usize, left_out: usize) -> String {
    format!("the header is on line {line} ({} above it left out)", count(left_out, "line", "lines"))
}

/// What the mapping came from, and how many rows: "column names · 7 rows".
pub fn columns_line(source: &str, edited: bool, rows: usize) -> String {
    let changed = if edited { ", changed here" } else { "" };
    format!("read by {source}{changed} · {}", counted(rows, "row", "rows"))
}

/// A count with some of its names: "5: Ann Lee, Boris Chen, …".
pub fn with_names(n: usize, names: &[String]) -> String {
    let shown = names.join(", ");
    match n.saturating_sub(names.len()) {
        0 if names.is_empty() => num(n),
        0 => format!("{}: {shown}", num(n)),
        more => format!("{}: {shown} and {} more", num(n), num(more)),
    }
}

/// The facts an update changes, with how many people each: "title 2, email 1".
pub fn facts(counts: &[(&'static str, usize)]) -> String {
    counts.iter().map(|(f, n)| format!("{} {}", fact(f), num(*n))).collect::<Vec<_>>().join(", ")
}

/// A fact the import updates, in words.
pub fn fact(key: &str) -> &str {
    match key {
        "external_ids" => "ids in other systems",
        other => other,
    }
}

/// A group of skipped rows: "no name: 1 (line 7)".
pub fn skip_group(reason: &str, n: usize, some: &[String]) -> String {
    let more = n.saturating_sub(some.len());
    let listed = some.join(", ");
    match more {
        0 => format!("{reason}: {} ({listed})", num(n)),
        m => format!("{reason}: {} ({listed} and {} more)", num(n), num(m)),
    }
}

/// The kind of a reason a row is skipped, for the groups of the summary.
pub fn skip_kind(r: &SkipReason) -> &'static str {
    match r {
        SkipReason::NoName => "no name",
        SkipReason::Duplicate { .. } => "the same person as an earlier row",
        SkipReason::Ambiguous { .. } => "the name fits several people",
        SkipReason::OtherCompany(_) => "another company",
    }
}

/// One skipped row in its group: "Ann Lee, line 6".
pub fn skipped_row(name: &str, line: usize) -> String {
    if name.is_empty() { format!("line {line}") } else { format!("{name}, line {line}") }
}

/// The other companies' rows: "Globex 2, Initech 1".
pub fn other_companies(all: &[(String, usize)]) -> String {
    all.iter().map(|(c, n)| format!("{c} {}", num(*n))).collect::<Vec<_>>().join(", ")
}

/// How many rows of other companies are left out.
pub fn left_out(n: usize) -> String {
    format!("{} left out:", counted(n, "row", "rows"))
}

/// The reporting lines to add and to replace: "2 to add, 1 to replace".
pub fn lines_count(add: usize, replace: usize) -> String {
    match (add, replace) {
        (a, 0) => format!("{} to add", num(a)),
        (0, r) => format!("{} to replace", num(r)),
        (a, r) => format!("{} to add, {} to replace", num(a), num(r)),
    }
}

/// A reporting line the import adds or replaces.
pub fn line_words(from: &str, to: &str, outcome: &LinkOutcome, was: Option<&str>, line: usize) -> String {
    match (outcome, was) {
        (LinkOutcome::Replace { .. }, Some(w)) => format!("{from} → {to}, instead of {w} (line {line})"),
        (LinkOutcome::Cycle, _) => format!("{from} → {to}: it would close a loop of managers (line {line})"),
        (LinkOutcome::UnknownManager { manager }, _) => {
            format!("{from}: the manager “{manager}” is nobody in the account or the file (line {line})")
        }
        _ => format!("{from} → {to} (line {line})"),
    }
}

/// More items than a section lists.
pub fn and_more(n: usize) -> String {
    format!("… and {} more", num(n))
}

/// The preview's closing line.
pub fn apply_hint(apply_key: &str, undo_key: &str) -> String {
    format!("Nothing changes until you press {apply_key}; then one {undo_key} takes the whole import back.")
}

/// Esc on the preview.
pub const CLOSED: &str = "Closed the preview: nothing was imported";

/// A plan that changes nothing.
pub const CHANGES_NOTHING: &str = "Importing changes nothing: the file agrees with the account.";

/// A read-only account's preview.
pub fn preview_read_only(why: &str) -> String {
    format!("Nothing can be imported here ({why}); the preview shows what would change.")
}

/// A file whose columns were not recognised as names.
pub fn no_names(key: &str) -> String {
    format!(
        "No column was recognised as the people's names: press {key} and say which column holds them (full name, or first and last name)."
    )
}

/// In the summary's border, when it goes on below (or above) what is shown.
pub const MORE_BELOW: &str = "↓ more below";
pub const MORE_ABOVE: &str = "↑ more above";

/// In the row list's border: which row is selected, of how many.
pub fn row_of(n: u64, total: u64) -> String {
    format!("row {} of {}", grouped(n), grouped(total))
}

/// The row list's column heads.
pub const ROW_HEADS: [&str; 3] = ["Line", "Name", "What happens"];

/// What happens to one row, in words.
pub fn outcome(o: &Outcome) -> String {
    match o {
        Outcome::Add { .. } => "add".into(),
        Outcome::Update { fields, by, .. } => {
            let facts: Vec<&str> = fields.iter().map(|f| fact(f)).collect();
            format!("update {} (found by {})", facts.join(", "), by_words(by))
        }
        Outcome::Same { by, .. } => format!("unchanged (found by {})", by_words(by)),
        Outcome::Skip(SkipReason::NoName) => "skip: no name".into(),
        Outcome::Skip(SkipReason::OtherCompany(c)) => format!("leave out: another company, {c}"),
        Outcome::Skip(SkipReason::Duplicate { line }) => format!("skip: the same person as line {line}"),
        Outcome::Skip(SkipReason::Ambiguous { count: n }) => {
            format!("skip: the name fits {} of the account", count(*n, "person", "people"))
        }
    }
}

/// How a row was matched, in words.
fn by_words(by: &crate::import::MatchedBy) -> &'static str {
    match by {
        crate::import::MatchedBy::Email => "email",
        crate::import::MatchedBy::Name => "name",
        crate::import::MatchedBy::Id => "id",
    }
}

// ---- The mapping editor ----

/// The editor's title.
pub fn mapping_title(file: &str) -> String {
    format!("Which column of {file} holds what")
}

/// The editor's column heads.
pub const MAPPING_HEADS: [&str; 3] = ["Column", "Sample", "Holds"];

/// A column the import leaves alone.
pub const NOT_USED: &str = "not used";

/// A column mapped to a field an earlier column holds already.
pub const EARLIER_WINS: &str = "(an earlier column has it: that one is read)";

/// The field picker's title.
pub fn picker_title(header: &str) -> String {
    format!("Column “{header}” holds")
}

/// A file read whose columns were not recognised as names: the editor opens.
pub fn choose_names(done_key: &str) -> String {
    format!(
        "No column was recognised as the people's names: choose the column that holds them (← →), then {done_key}"
    )
}

/// Leaving the editor with no column for names.
pub const NAMES_NEEDED: &str =
    "No column gives names yet: have one hold the full name, or the first or last name";

// ---- Profiles ----

/// The prompt for a profile's name.
pub const PROFILE_TITLE: &str = "Save this mapping as a profile: its name";

/// A profile saved.
pub fn profile_saved(name: &str, path: &str) -> String {
    format!("Saved the mapping as the profile “{name}” in {path}")
}

/// A profile not saved.
pub fn profile_not_saved(name: &str, why: &str) -> String {
    format!("Could not save the profile “{name}”: {why}")
}

/// No settings location, so nowhere to keep profiles.
pub const NO_SETTINGS_PLACE: &str =
    "dmu has no settings folder on this system, so it has nowhere to keep profiles";

/// `P` with no saved profiles.
pub fn no_profiles(save_key: &str) -> String {
    format!("No saved profiles yet: {save_key} saves this mapping as one")
}

/// The saved profiles could not be read.
pub fn profiles_unreadable(why: &str) -> String {
    format!("The saved profiles could not be read: {why}")
}

/// The file read with a saved profile.
pub fn profile_chosen(name: &str) -> String {
    format!("Read with the profile “{name}”")
}

/// Back to what the file's column names say, after the last profile.
pub const BY_COLUMN_NAMES: &str = "Read by what the column names say again";

/// A profile that finds no names among this file's columns.
pub fn profile_finds_no_names(name: &str) -> String {
    format!("The profile “{name}” finds no names among this file's columns; the mapping stays as it was")
}

// ---- Applying ----

/// The edit's label (and so the status line, and what undo names): "imported
/// contacts.csv: 5 added, 2 updated".
pub fn imported(file: &str, added: usize, updated: usize, lines: usize) -> String {
    let mut parts = Vec::new();
    if added > 0 {
        parts.push(format!("{} added", num(added)));
    }
    if updated > 0 {
        parts.push(format!("{} updated", num(updated)));
    }
    if lines > 0 {
        parts.push(counted(lines, "reporting line", "reporting lines"));
    }
    format!("imported {file}: {}", parts.join(", "))
}

/// The note on the history entries the import makes.
pub fn note(file: &str) -> String {
    format!("imported from {file}")
}

/// Applying a plan that changes nothing.
pub const NOTHING_TO_CHANGE: &str = "Nothing to change: the file agrees with the account";

/// Applying on a read-only account.
pub fn read_only(why: &str) -> String {
    format!("Cannot import into this account: {why}; nothing was changed")
}

/// The account changed under the preview: it is planned again first.
pub const PLANNED_AGAIN: &str =
    "The account changed since this preview was made: it is planned again; look, then import";

/// `I` on the portfolio with no account to import into.
pub const NO_ACCOUNT: &str = "No account yet to import into: press a to create one";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_labels_leave_out_what_is_zero() {
        assert_eq!(grouped(100_000), "100,000");
        assert_eq!(grouped(999), "999");
        assert_eq!(matching(45_000, 100_000), "Matching 45,000 of 100,000 rows");
        assert_eq!(imported("contacts.csv", 5, 2, 0), "imported contacts.csv: 5 added, 2 updated");
        assert_eq!(imported("a.csv", 0, 0, 1), "imported a.csv: 1 reporting line");
        assert_eq!(with_names(3, &["A".into()]), "3: A and 2 more");
    }
}
