//! Deciding the conflicts a merge recorded in the open account: the banner's key opens
//! the conflicts screen ([`crate::tui::views::conflicts`]); there `o` keeps this copy's
//! value and `t` takes the other copy's, each one undoable edit made through
//! [`crate::change::resolve::resolve`] and the session, so the account's rules hold
//! (a decision they refuse says why and changes nothing) and the history records what
//! a value taken changed.

use super::sync_texts as words;
use super::{App, Level, Screen, capitalise};
use crate::change::resolve::{Side, resolve};
use crate::change::{Names, conflict_place, conflict_value};
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Mode};
use crate::tui::views::conflicts::ConflictsView;
use crate::tui::widgets::dialog::{Modal, Pending};

impl App {
    /// The banner's words over an account with conflicts, if it has any.
    pub(in crate::tui) fn conflicts_banner(&self) -> Option<String> {
        let s = self.open_account()?;
        let n = s.session.account().conflicts.len();
        (n > 0).then(|| {
            let key = keymap::key_for(s.view_state().mode(), Action::ShowConflicts)
                .or_else(|| keymap::key_for(Mode::People, Action::ShowConflicts))
                .map_or_else(String::new, keymap::key_label);
            words::banner(n, &key)
        })
    }

    /// The conflicts key: the conflicts screen, or that there are none.
    pub(in crate::tui) fn show_merge_conflicts(&mut self) {
        match self.open_account() {
            Some(s) if !s.session.account().conflicts.is_empty() => {
                self.modal = Some(Modal::MergeConflicts(Box::default()));
            }
            Some(_) => self.say(Level::Info, words::no_conflicts()),
            None => {}
        }
    }

    /// Carries out an action on the conflicts screen; returns the modal to keep open.
    pub(in crate::tui) fn update_merge_conflicts(
        &mut self,
        mut v: ConflictsView,
        action: Action,
    ) -> Option<Modal> {
        let n = self.open_account().map_or(0, |s| s.session.account().conflicts.len());
        match action {
            Action::Up => v.move_by(-1, n),
            Action::Down => v.move_by(1, n),
            Action::KeepOurs => self.decide(&v, Side::Ours),
            Action::KeepTheirs => self.decide(&v, Side::Theirs),
            Action::Undo | Action::Redo => self.undo_redo(action == Action::Undo),
            Action::Back => return None,
            Action::Quit => {
                self.close_account(Pending::QuitUnsaved);
                return self.modal.take();
            }
            _ => {}
        }
        // A save that found the file changed on disk asks what to do: that comes first.
        if self.modal.is_some() {
            return self.modal.take();
        }
        v.clamp(self.open_account().map_or(0, |s| s.session.account().conflicts.len()));
        Some(Modal::MergeConflicts(Box::new(v)))
    }

    /// Decides the selected conflict by keeping `side`'s value, as one edit.
    fn decide(&mut self, v: &ConflictsView, side: Side) {
        let Screen::Account(s) = &mut self.screen else { return };
        let a = s.session.account();
        let Some(c) = a.conflicts.get(v.selected) else {
            return self.say(Level::Info, words::none_left());
        };
        let names = Names::new(a);
        let value = conflict_value(&names, c, if side == Side::Ours { &c.ours } else { &c.theirs });
        let label = inert(&words::decided(&conflict_place(&names, c), &value, side.key())).into_owned();
        let edit = match resolve(a, &c.id, side) {
            Ok(cs) => cs,
            Err(e) => return self.say(Level::Warning, words::refused(&inert(&e.to_string()))),
        };
        match s.session.commit(edit, label.clone()) {
            Ok(()) => self.after_edit(capitalise(&label)),
            Err(e) => self.say(Level::Warning, capitalise(&e.to_string())),
        }
    }
}
