//! The words of sharing through git in the TUI: the sync key's progress and outcome,
//! the helpers' check at start, the conflicts from a merge (banner and screen) and the
//! portfolio's marks, as messages of `locales/*/tui-app.ftl`. Git's and sync's own
//! sentences come from [`crate::sync::words`]; names from files are made inert where
//! they are drawn. A few constants stay in English for views that read them as
//! constants (see each); the functions beside them speak the rep's language.

use crate::t;

// ---- The sync key ----

/// The status bar while a sync runs: "⠹ Syncing with origin… 3s".
pub fn syncing(spinner: char, remote: Option<&str>, secs: u64) -> String {
    let spinner = spinner.to_string();
    // Seconds as text: a count of seconds on a ticking clock is not a plural phrase.
    let secs = secs.to_string();
    match remote {
        Some(r) => t!("tui-app-syncing-with", spinner = spinner, remote = r, secs = secs),
        None => t!("tui-app-syncing", spinner = spinner, secs = secs),
    }
}

/// The sync key pressed while a sync runs.
pub fn already_syncing(secs: u64) -> String {
    t!("tui-app-already-syncing", secs = secs.to_string())
}

/// Quitting while a sync runs: dmu waits for it, unless asked again.
pub fn quit_waits(key: &str) -> String {
    t!("tui-app-quit-waits", key = key)
}

/// The open account's last edit did not save, so a sync would not send it.
pub fn unsaved_first(why: &str) -> String {
    t!("tui-app-unsaved-first", why = why)
}

/// The sync key on a data folder that git does not share.
pub fn not_shared() -> String {
    t!("tui-app-not-shared")
}

/// The sync thread could not be started.
pub fn cannot_start(why: &str) -> String {
    t!("tui-app-cannot-start", why = why)
}

/// The sync thread ended without a word (it panicked).
pub fn thread_gone() -> String {
    t!("tui-app-thread-gone")
}

/// A sync that found nothing to do either way.
pub fn nothing_new(remote: Option<&str>) -> String {
    match remote {
        Some(r) => t!("tui-app-nothing-new-with", remote = r),
        None => t!("tui-app-nothing-new"),
    }
}

/// The title of the notice after a sync.
pub fn synced_title(remote: Option<&str>) -> String {
    match remote {
        Some(r) => t!("tui-app-synced-with", remote = r),
        None => t!("tui-app-synced"),
    }
}

/// The title of the notice after a sync that stopped.
pub fn stopped_title() -> String {
    t!("tui-app-sync-stopped")
}

/// After a sync that brought conflicts: where to decide them.
pub fn decide_here(key: &str) -> String {
    t!("tui-app-decide-here", key = key)
}

/// The open account changed on disk through the sync and is shown as it is now.
pub fn reloaded(account: &str) -> String {
    t!("tui-app-reloaded", account = account)
}

/// The open account changed through the sync, and could not be read again.
pub fn reload_failed(account: &str, why: &str) -> String {
    t!("tui-app-reload-failed", account = account, why = why)
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
    t!("tui-app-conflicts-banner", n = n, key = key)
}

/// The conflicts screen's title.
pub fn conflicts_title(n: usize) -> String {
    t!("tui-app-conflicts-title", n = n)
}

/// The conflicts screen once none are left, in the rep's language.
pub fn none_left() -> String {
    t!("tui-app-conflicts-none-left")
}

/// The conflicts key on an account without any.
pub fn no_conflicts() -> String {
    t!("tui-app-no-conflicts")
}

/// Which side the merge kept, in words.
pub fn kept(side: &str) -> String {
    match side {
        "theirs" => t!("tui-app-kept-theirs"),
        _ => t!("tui-app-kept-ours"),
    }
}

/// Who set a side's value and when, from the history.
pub fn set_by(who: Option<&str>, when: &str) -> String {
    match who {
        Some(w) => t!("tui-app-set-by", who = w, when = when),
        None => t!("tui-app-set-at", when = when),
    }
}

/// A side whose value the history does not say who set: the merge's time.
pub fn merged_at(when: &str) -> String {
    t!("tui-app-merged-at", when = when)
}

/// What the keys do, under the detail.
pub fn decide_hint(ours: &str, theirs: &str, undo: &str) -> String {
    t!("tui-app-decide-hint", ours = ours, theirs = theirs, undo = undo)
}

/// The edit of deciding a conflict, as undo names it.
pub fn decided(place: &str, value: &str, side: &str) -> String {
    // `side` is the code `ours` / `theirs`; each language names it in its words.
    t!("tui-app-decided", place = place, value = value, side = side)
}

/// A decision the account's rules refuse.
pub fn refused(why: &str) -> String {
    t!("tui-app-decide-refused", why = why)
}

// ---- The portfolio ----

/// The portfolio's header after a sync here.
pub fn last_sync(at: &str) -> String {
    t!("tui-app-last-sync", at = at) + " "
}

/// The portfolio's header in a shared folder never synced here.
pub fn never_synced() -> String {
    t!("tui-app-never-synced") + " "
}

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
    t!("tui-app-info-conflicts", n = n, key = key)
}

/// Below the portfolio, for the selected account changed since the last sync.
pub fn info_changed(entries: usize) -> String {
    t!("tui-app-info-changed", n = entries)
}
