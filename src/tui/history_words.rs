//! The words of the TUI's history: the note that goes with an edit, how a person's
//! judgement moved (the person panel), the Changes view, and the question of who the
//! rep is. Kept together so they can be translated in one place; the sentences for the
//! entries themselves are `crate::change`'s (`entry_text`, `describe_conflict`). Names
//! from files are made inert where they are put in here.

use crate::text::inert;

/// The person form's field for a note that goes into the history with the edit.
pub const NOTE_LABEL: &str = "Note for the history";

/// Under the note field while it has the focus: where the note goes.
pub const NOTE_EXPLAINED: &str = "kept in the history, not in the person";

/// The title of the prompt that asks for a note before a what-if is applied.
pub const WHAT_IF_NOTE_TITLE: &str = "Apply the what-if: a note for the history (optional)";

/// What Enter and Esc do in that prompt.
pub const WHAT_IF_NOTE_KEYS: [&str; 2] = ["apply it (undoable)", "back to the what-if"];

/// The person panel's heading over their last history entries.
pub const MOVED_HEADING: &str = "Their history, newest first";

/// The label of the stance's trend line.
pub const STANCE: &str = "Stance";

/// The label of the influence's trend line.
pub const INFLUENCE: &str = "Influence";

/// Earlier values left out of a trend line.
pub const EARLIER: &str = "…";

/// A stance that rose, or fell, with its last change.
pub const ROSE: &str = "↑";
/// See [`ROSE`].
pub const FELL: &str = "↓";

/// When and by whom the last change of a trend was made: "2026-11-27, Anna Berg".
pub fn last_change(day: &str, by: Option<&str>) -> String {
    match by {
        Some(b) => format!("{day}, {}", inert(b)),
        None => day.to_string(),
    }
}

/// More entries than the panel lists: "and 12 earlier".
pub fn and_earlier(n: usize) -> String {
    format!("and {n} earlier (the Changes view, 7, lists them all)")
}

/// The Changes view's title.
pub fn changes_title(since: &str, n: usize) -> String {
    format!(
        "{} · {}",
        crate::change::words::changes_since(since),
        crate::plural::count(n, "entry", "entries")
    )
}

/// How the view says the start it shows: "2026-11-20, 7 days ago".
pub fn days_back(day: &str, n: u32) -> String {
    format!("{day}, {n} days ago")
}

/// The start of "everything".
pub const THE_BEGINNING: &str = "the beginning";

/// The view shows everything because this machine has not synced yet.
pub const NEVER_SYNCED: &str =
    "This machine has not synced yet, so there is no last sync: showing everything";

/// What the Changes view says when the history has nothing since its start.
pub const HOW_HISTORY_IS_MADE: &str = "History is made as you edit: each change of a person's stance, how we know it, influence, roles, status, favours or coverage, and each person or link added or removed, is kept with who made it, when, and the note given with it (the person form's last field; the what-if asks for one when applied).";

/// The line over the conflicts a merge left.
pub fn conflicts_heading(n: usize) -> String {
    format!(
        "{} a merge could not decide (the conflicts screen decides them; until then the kept side stands):",
        crate::plural::count(n, "conflict", "conflicts")
    )
}

/// More conflicts than the view lists.
pub fn more_conflicts(n: usize) -> String {
    format!("… and {n} more")
}

/// The key that changes the start, as the title says it: "s: since 30 days".
pub fn since_hint(key: &str, next: &str) -> String {
    format!("{key}: since {next}")
}

/// The names of the starts the key cycles through, as the hint says them.
pub const SINCE_7: &str = "7 days";
/// See [`SINCE_7`].
pub const SINCE_30: &str = "30 days";
/// See [`SINCE_7`].
pub const SINCE_SYNC: &str = "the last sync";
/// See [`SINCE_7`].
pub const SINCE_ALL: &str = "everything";

/// The message after the start changed.
pub fn since_now(since: &str, n: usize) -> String {
    format!("Showing changes since {since}: {}", crate::plural::count(n, "entry", "entries"))
}

/// Enter on an entry that is not about a person.
pub const NOT_ABOUT_A_PERSON: &str = "That entry is not about one person";

/// Enter on an entry about someone no longer in the account.
pub fn no_longer_here(name: &str) -> String {
    format!("{} is no longer in the account", inert(name))
}

/// Enter on an empty list.
pub const NOTHING_SELECTED: &str = "No entry is selected";

/// The question of who the rep is.
pub const WHO_TITLE: &str = "Who are you? Your name as on the account team (for the history)";

/// The names offered under the question: "On the team: Anna Berg, Omar Haddad".
pub fn on_the_team(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| inert(n).into_owned()).collect();
    format!("On the team: {}", names.join(", "))
}

/// Under the question when the account has no team.
pub const NO_TEAM: &str = "This account has no team yet: type your name as it will be";

/// Submitted empty.
pub const WHO_EMPTY: &str = "type your name, or press Esc to skip for this session";

/// The answer was taken and saved in the settings file.
pub fn you_are(name: &str, file: &str) -> String {
    format!("The history names you {} from now on (saved as user in {})", inert(name), inert(file))
}

/// The answer was taken but could not be saved.
pub fn you_are_unsaved(name: &str, why: &str) -> String {
    format!(
        "The history names you {} for this session, but the settings file could not be written ({}); dmu asks again next start",
        inert(name),
        inert(why)
    )
}

/// Why the answer cannot be saved: the system has no config folder.
pub const NO_SETTINGS_FILE: &str =
    "this system has no config folder; name a settings file with --config or DMU_CONFIG";

/// Skipped.
pub const WHO_SKIPPED: &str =
    "Skipped: this session's history entries name nobody; dmu asks again next start (or set DMU_USER)";
