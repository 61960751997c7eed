//! The words of the TUI's history: the note that goes with an edit, how a person's
//! judgement moved (the person panel), the Changes view, and the question of who the
//! rep is, as messages of `locales/*/tui-messages.ftl`; the sentences for the entries
//! themselves are `crate::change`'s (`entry_text`, `describe_conflict`). Names from
//! files are made inert where they are put in here. The constants stay in English for
//! the views and widgets that read them as constants; the function of the same name in
//! lower case gives each in the rep's language.

use crate::t;
use crate::text::inert;

/// [`NOTE_LABEL`] in the rep's language.
pub fn note_label() -> String {
    t!("tui-messages-note-label")
}

/// [`NOTE_EXPLAINED`] in the rep's language.
pub fn note_explained() -> String {
    t!("tui-messages-note-explained")
}

/// [`WHAT_IF_NOTE_KEYS`] in the rep's language.
pub fn what_if_note_keys() -> [String; 2] {
    [t!("tui-messages-what-if-note-apply"), t!("tui-messages-what-if-note-back")]
}

/// [`MOVED_HEADING`] in the rep's language.
pub fn moved_heading() -> String {
    t!("tui-messages-moved-heading")
}

/// [`STANCE`] in the rep's language.
pub fn stance() -> String {
    t!("tui-messages-stance")
}

/// [`INFLUENCE`] in the rep's language.
pub fn influence() -> String {
    t!("tui-messages-influence")
}

/// [`THE_BEGINNING`] in the rep's language.
pub fn the_beginning() -> String {
    t!("tui-messages-the-beginning")
}

/// [`NEVER_SYNCED`] in the rep's language.
pub fn never_synced() -> String {
    t!("tui-messages-never-synced")
}

/// [`HOW_HISTORY_IS_MADE`] in the rep's language.
pub fn how_history_is_made() -> String {
    t!("tui-messages-how-history-is-made")
}

/// The starts the Changes key cycles through ([`SINCE_7`], [`SINCE_30`],
/// [`SINCE_SYNC`], [`SINCE_ALL`]) in the rep's language, in that order.
pub fn since_names() -> [String; 4] {
    [
        t!("tui-messages-since-7"),
        t!("tui-messages-since-30"),
        t!("tui-messages-since-sync"),
        t!("tui-messages-since-all"),
    ]
}

/// The person form's field for a note that goes into the history with the edit.
pub const NOTE_LABEL: &str = "Note for the history";

/// Under the note field while it has the focus: where the note goes.
pub const NOTE_EXPLAINED: &str = "kept in the history, not in the person";

/// The title of the prompt that asks for a note before a what-if is applied.
pub fn what_if_note_title() -> String {
    t!("tui-messages-what-if-note-title")
}

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
        Some(b) => t!("tui-messages-last-change", day = day, by = inert(b)),
        None => day.to_string(),
    }
}

/// More entries than the panel lists: "and 12 earlier".
pub fn and_earlier(n: usize) -> String {
    t!("tui-messages-and-earlier", n = n)
}

/// The Changes view's title.
pub fn changes_title(since: &str, n: usize) -> String {
    t!("tui-messages-changes-title", since = crate::change::words::changes_since(since), n = n)
}

/// How the view says the start it shows: "2026-11-20, 7 days ago".
pub fn days_back(day: &str, n: u32) -> String {
    t!("tui-messages-days-back", day = day, n = n)
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
    t!("tui-messages-conflicts-heading", n = n)
}

/// More conflicts than the view lists.
pub fn more_conflicts(n: usize) -> String {
    t!("tui-messages-more-conflicts", n = n)
}

/// The key that changes the start, as the title says it: "s: since 30 days".
pub fn since_hint(key: &str, next: &str) -> String {
    t!("tui-messages-since-hint", key = key, next = next)
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
    t!("tui-messages-since-now", since = since, n = n)
}

/// Enter on an entry that is not about a person.
pub fn not_about_a_person() -> String {
    t!("tui-messages-not-about-a-person")
}

/// Enter on an entry about someone no longer in the account.
pub fn no_longer_here(name: &str) -> String {
    t!("tui-messages-no-longer-here", name = inert(name))
}

/// Enter on an empty list.
pub fn nothing_selected() -> String {
    t!("tui-messages-nothing-selected")
}

/// The question of who the rep is.
pub fn who_title() -> String {
    t!("tui-messages-who-title")
}

/// The names offered under the question: "On the team: Anna Berg, Omar Haddad".
pub fn on_the_team(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| inert(n).into_owned()).collect();
    t!("tui-messages-on-the-team", names = names.join(", "))
}

/// Under the question when the account has no team.
pub fn no_team() -> String {
    t!("tui-messages-no-team")
}

/// Submitted empty.
pub fn who_empty() -> String {
    t!("tui-messages-who-empty")
}

/// The answer was taken and saved in the settings file.
pub fn you_are(name: &str, file: &str) -> String {
    t!("tui-messages-you-are", name = inert(name), file = inert(file))
}

/// The answer was taken but could not be saved.
pub fn you_are_unsaved(name: &str, why: &str) -> String {
    t!("tui-messages-you-are-unsaved", name = inert(name), why = inert(why))
}

/// Why the answer cannot be saved: the system has no config folder.
pub fn no_settings_file() -> String {
    t!("tui-messages-no-settings-file")
}

/// Skipped.
pub fn who_skipped() -> String {
    t!("tui-messages-who-skipped")
}
