//! The one place an action on an open account is routed: the account-wide keys first
//! (`E` edits the account's details, `R` reopens a read-only account), then the view
//! on screen, then what every account view shares (switching views, undo and redo,
//! back, quit, help, `T`/`C`/`L` for the team, coverage and links editors, add,
//! edit or delete of the selected person, and taking the deal lens off).
//!
//! The view goes before the shared actions so that it can take one of them first when
//! it has something of its own to back out of: a search being typed or a filter set
//! (people), the model panel or a what-if (Pull). Everything else it leaves alone, and
//! it is handled here, alike in every view.

use super::action::Action;
use super::app::{App, Screen};
use super::views::AccountView;
use super::widgets::dialog::{Modal, Pending};

impl App {
    pub(super) fn update_account(&mut self, action: Action) {
        match action {
            Action::EditAccount => return self.edit_account(),
            Action::ReopenForEditing => return self.reopen_for_editing(),
            Action::Sync => return self.start_sync(),
            Action::ShowConflicts => return self.show_merge_conflicts(),
            Action::Import => return self.start_import(),
            _ => {}
        }
        let Screen::Account(s) = &self.screen else { return };
        let taken = match s.view {
            AccountView::People => self.update_people(action),
            AccountView::Pull => self.update_pull(action),
            AccountView::FollowUps => self.update_followups(action),
            AccountView::Changes => self.update_changes(action),
            AccountView::Deals => self.update_deals(action),
            AccountView::Plan => self.update_plan(action),
            AccountView::Grid => self.update_grid(action),
            // The org chart, coverage and influence map answer their keys by themselves.
            _ => self.update_view(action),
        };
        if !taken {
            self.shared(action);
        }
    }

    /// Carries out an action every account view answers alike; false if it is not one.
    fn shared(&mut self, action: Action) -> bool {
        match action {
            Action::ShowView(v) => self.show_view(v),
            Action::Undo | Action::Redo => self.undo_redo(action == Action::Undo),
            Action::EditTeam | Action::EditCoverage | Action::EditLinks => self.open_relations(action),
            Action::Add | Action::Edit | Action::Delete => self.person_action(action),
            Action::Back => self.close_account(Pending::CloseUnsaved),
            Action::Quit => self.close_account(Pending::QuitUnsaved),
            Action::Help => self.modal = Some(Modal::Help(0)),
            Action::ClearLens => self.clear_lens(),
            _ => return false,
        }
        true
    }
}
