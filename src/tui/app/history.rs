//! Undo for the whole dmu session: an account's undo and redo history outlives closing
//! it. The app keeps it by file when the account is closed (back to the portfolio, the
//! agenda or the team; marking a follow-up done from the agenda goes through it too) and
//! gives it back when the file is opened again, only if the file is byte for byte what
//! this session last saved or loaded there (the store's fingerprint). A file changed
//! since (by git, an editor, another dmu) no longer fits the history: it is dropped, and
//! the opening says so, once.

use super::{App, texts};
use crate::tui::session::{Offered, Session};

impl App {
    /// Keeps the history of a session being closed, under its file.
    pub(in crate::tui) fn keep_history(&mut self, session: &mut Session) {
        if let Some(history) = session.take_history() {
            self.histories.insert(session.path(), history);
        }
    }

    /// Gives a session just opened the history kept for its file, when it still fits;
    /// returns the words that say it was dropped when the file changed since. A
    /// read-only opening leaves it kept for a later one.
    pub(in crate::tui) fn give_history(&mut self, session: &mut Session) -> Option<String> {
        offer(&mut self.histories, session)
    }
}

/// [`App::give_history`] on the app's histories alone, for a session the app holds
/// (reopening a read-only account for editing).
pub(in crate::tui) fn offer(histories: &mut Histories, session: &mut Session) -> Option<String> {
    let path = session.path();
    let history = histories.remove(&path)?;
    match session.offer_history(history) {
        Offered::Taken => None,
        Offered::NotNow(history) => {
            histories.insert(path, history);
            None
        }
        Offered::Changed => Some(texts::history_dropped(&session.account().name)),
    }
}

/// The kept histories, by file.
pub(in crate::tui) type Histories =
    std::collections::HashMap<std::path::PathBuf, crate::tui::session::History>;
