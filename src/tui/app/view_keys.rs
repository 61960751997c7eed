//! Keys a view answers by itself (through [`AccountViewState::handle`]), and switching
//! views with the selected person carried along (pick someone in the people table,
//! press 2, and the chart opens on them).
//!
//! [`AccountViewState::handle`]: crate::tui::views::account_view::AccountViewState::handle

use super::{App, Screen};
use crate::tui::action::Action;
use crate::tui::views::AccountView;

impl App {
    /// Carries out an action of a view that answers its keys by itself (the org chart,
    /// the coverage view, the influence map, and any view that needs nothing of the
    /// app); false if it is not one of its keys.
    pub(in crate::tui) fn update_view(&mut self, action: Action) -> bool {
        let (body, today, theme) = (self.body(), self.today, self.theme);
        let Screen::Account(s) = &mut self.screen else { return false };
        let (view, cx) = s.view_parts(today, theme, body);
        view.handle(&cx, action)
    }

    /// Shows a view, selecting there the person selected in the view left. The
    /// Changes view asks who the rep is, when nobody knows yet (once).
    pub(in crate::tui) fn show_view(&mut self, view: AccountView) {
        let Screen::Account(s) = &mut self.screen else { return };
        let person = s.selected_person();
        s.view = view;
        if let Some(p) = person {
            self.select_in_view(p);
        }
        if view == AccountView::Changes {
            self.ask_who_once(false);
        }
    }

    /// Selects a person (by position) in the view shown, revealing them there.
    pub(in crate::tui) fn select_in_view(&mut self, p: usize) {
        let (body, today, theme) = (self.body(), self.today, self.theme);
        let Screen::Account(s) = &mut self.screen else { return };
        if p >= s.session.account().people.len() {
            return;
        }
        let (view, cx) = s.view_parts(today, theme, body);
        view.reveal_person(&cx, p);
    }
}
