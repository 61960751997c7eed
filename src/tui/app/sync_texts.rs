//! The words of sharing through git in the TUI: the sync key's progress and outcome,
//! the helpers' check at start, the conflicts from a merge (banner and screen) and the
//! portfolio's marks, kept together so that they can be translated later. Git's and
//! sync's own sentences come from [`crate::sync::words`]; names from files are made
//! inert where they are drawn.

use crate::plural::count;

// ---- The sync key ----

/// The status bar while a sync runs: "⠹ Syncing with origin… 3s".
pub fn syncing(spinner: char, remote: Option<&str>, secs: u64) -> String {
    match remote {
        Some(r) => format!("{spinner} Syncing with {r}… {secs}s"),
        None => format!("{spinner} Syncing… {secs}s"),
    }
}

/// The sync key pressed while a sync runs.
pub fn already_syncing(secs: u64) -> String {
    format!("A sync is running already (for {secs}s); what it did shows here when it is done")
}

/// Quitting while a sync runs: dmu waits for it, unless asked again.
pub fn quit_waits(key: &str) -> String {
    format!(
        "A sync is running: dmu quits when it is done. Press {key} again to quit now (git finishes the step \
         it is on, and the next sync does the rest)"
    )
}

/// The open account's last edit did not save, so a sync would not send it.
pub fn unsaved_first(why: &str) -> String {
    format!(
        "Not synced: the open account's last edit is not saved ({why}). A sync sends what is on disk; \
         once the account is saved (see the status bar), sync again"
    )
}

/// The sync key on a data folder that git does not share.
pub const NOT_SHARED: &str = "This data folder is not shared yet. To share it with your team, quit dmu and \
     run in a terminal: dmu sync --init <address of the shared repository> (or without an address, to \
     start with a repository on this computer). docs/team-sync.md explains the set-up step by step.";

/// The sync thread could not be started.
pub fn cannot_start(why: &str) -> String {
    format!("Could not start the sync: {why}")
}

/// The sync thread ended without a word (it panicked).
pub const THREAD_GONE: &str = "the sync stopped unexpectedly; run dmu sync in a terminal to see why";

/// A sync that found nothing to do either way.
pub fn nothing_new(remote: Option<&str>) -> String {
    match remote {
        Some(r) => format!("Synced with {r}: nothing new either way"),
        None => "Synced: nothing new to commit".to_string(),
    }
}

/// The title of the notice after a sync.
pub fn synced_title(remote: Option<&str>) -> String {
    match remote {
        Some(r) => format!("Synced with {r}"),
        None => "Synced".to_string(),
    }
}

/// The title of the notice after a sync that stopped.
pub const STOPPED_TITLE: &str = "The sync stopped";

/// The line under a notice.
pub const NOTICE_CLOSE: &str = "Esc closes this.";

/// After a sync that brought conflicts: where to decide them.
pub fn decide_here(key: &str) -> String {
    format!("To decide conflicts: open the account, then press {key}.")
}

/// The open account changed on disk through the sync and is shown as it is now.
pub fn reloaded(account: &str) -> String {
    format!(
        "The open account, {account}, changed with the sync: it is read again from disk (its undo history \
         starts afresh)"
    )
}

/// The open account changed through the sync, and could not be read again.
pub fn reload_failed(account: &str, why: &str) -> String {
    format!("The open account, {account}, changed with the sync, but could not be read again: {why}")
}

/// When a notice cannot be shown (a form is open): the outcome in one line.
pub fn outcome_line(lines: &[String]) -> String {
    lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

// ---- Start-up ----

/// Separates the start messages on the status bar.
pub const AND_THEN: &str = " · ";

// ---- Conflicts from a merge ----

/// The banner over an account with conflicts.
pub fn banner(n: usize, key: &str) -> String {
    format!("⚠ {} from a merge — press {key} to decide", count(n, "conflict", "conflicts"))
}

/// The conflicts screen's title.
pub fn conflicts_title(n: usize) -> String {
    match n {
        0 => "Conflicts from a merge".to_string(),
        n => format!("Conflicts from a merge · {} to decide", n),
    }
}

/// The conflicts screen once none are left.
pub const NONE_LEFT: &str = "No conflicts left to decide: every value a merge had to choose between is \
     settled. Esc goes back to the account; u undoes the last decision.";

/// The conflicts key on an account without any.
pub const NO_CONFLICTS: &str = "This account has no conflicts from a merge to decide";

/// The labels of the detail pane.
pub const OURS: &str = "Ours (this copy)";
pub const THEIRS: &str = "Theirs (the other copy)";
pub const BASE: &str = "Before both";
pub const KEPT: &str = "The merge kept";
pub const RULE: &str = "Rule";

/// Which side the merge kept, in words.
pub fn kept(side: &str) -> &'static str {
    match side {
        "theirs" => "theirs, until you decide",
        _ => "ours, until you decide",
    }
}

/// Who set a side's value and when, from the history.
pub fn set_by(who: Option<&str>, when: &str) -> String {
    match who {
        Some(w) => format!("set by {w}, {when}"),
        None => format!("set {when}"),
    }
}

/// A side whose value the history does not say who set: the merge's time.
pub fn merged_at(when: &str) -> String {
    format!("who set it is not in the history; merged {when}")
}

/// What the keys do, under the detail.
pub fn decide_hint(ours: &str, theirs: &str, undo: &str) -> String {
    format!("{ours} keeps ours, {theirs} takes theirs: each decision is one edit, which {undo} undoes")
}

/// A whole record (a person, a link) that a side does not have.
pub const NOT_THERE: &str = "not there";

/// The edit of deciding a conflict, as undo names it.
pub fn decided(place: &str, value: &str, side: &str) -> String {
    format!("decided {place}: {value} ({side})")
}

/// A decision the account's rules refuse.
pub fn refused(why: &str) -> String {
    format!("Cannot decide it that way: {why}; nothing was changed")
}

// ---- The portfolio ----

/// The portfolio's header after a sync here.
pub fn last_sync(at: &str) -> String {
    format!("last sync: {at} ")
}

/// The portfolio's header in a shared folder never synced here.
pub const NEVER_SYNCED: &str = "never synced ";

/// The head of the portfolio's marks column.
pub const SYNC_COLUMN: &str = "Sync";

/// An account's marks: conflicts to decide, and changes since the last sync.
pub fn marks(conflicts: usize, changed: usize) -> String {
    let mut parts = Vec::new();
    if conflicts > 0 {
        parts.push(format!("⚠{conflicts}"));
    }
    if changed > 0 {
        parts.push("●".to_string());
    }
    parts.join(" ")
}

/// Below the portfolio, for the selected account with conflicts.
pub fn info_conflicts(n: usize, key: &str) -> String {
    format!(
        "⚠ {} from a merge to decide: open the account and press {key}",
        count(n, "conflict", "conflicts")
    )
}

/// Below the portfolio, for the selected account changed since the last sync.
pub fn info_changed(entries: usize) -> String {
    format!(
        "● changed here since the last sync ({} in its history): the next sync sends it",
        count(entries, "change", "changes")
    )
}
