//! The words of the navigation messages and of the trash screen, as messages of
//! `locales/*/tui-app.ftl`. Names from files are made inert here.

use crate::t;
use crate::text::inert;

/// An account's undo history no longer fits its file.
pub fn history_dropped(account: &str) -> String {
    t!("tui-app-history-dropped", account = inert(account))
}

/// The trash screen's title.
pub fn trash_title(n: usize) -> String {
    t!("tui-app-trash-title", n = n)
}

/// How a trashed file that does not load is named in the list.
pub fn trash_unreadable(slug: &str) -> String {
    t!("tui-app-trash-unreadable", slug = inert(slug))
}

/// `r` on an empty trash.
pub fn trash_nothing() -> String {
    t!("tui-app-trash-nothing")
}

/// An account put back under the name its file had.
pub fn restored(account: &str, file: &str) -> String {
    t!("tui-app-restored", account = inert(account), file = inert(file))
}

/// An account put back under a new name, since its old one is taken.
pub fn restored_renamed(account: &str, file: &str, taken: &str) -> String {
    t!("tui-app-restored-renamed", account = inert(account), file = inert(file), taken = inert(taken))
}
