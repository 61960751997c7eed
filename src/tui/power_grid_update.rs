//! How the app answers the power-interest grid's own key: another start for the moves
//! (as the Changes view's `s` does; the last sync is read from the data folder then,
//! not per frame). Moving is the view's own (`AccountViewState::handle`); editing the
//! selected person is shared with the other views.

use super::action::Action;
use super::app::{App, Level, Screen};

impl App {
    /// Carries out an action of the grid; false for the ones every account view shares
    /// (see `shared_update`).
    pub(super) fn update_grid(&mut self, action: Action) -> bool {
        match action {
            Action::ChangesSince => self.next_grid_since(),
            _ => return self.update_view(action),
        }
        true
    }

    fn next_grid_since(&mut self) {
        let (body, today, theme) = (self.body(), self.today, self.theme);
        let root = self.library.root();
        let Screen::Account(s) = &mut self.screen else { return };
        let since = s.grid.start().map(|st| st.since).unwrap_or(super::views::changes::Since::Month).next();
        let (start, note) = super::views::changes::Start::resolve(since, today, Some(&root));
        let text = start.text.clone();
        s.grid.set_start(start);
        let (view, cx) = s.view_parts(today, theme, body);
        view.sync(&cx);
        let n = s.grid.moved();
        let said = match note {
            Some(note) => crate::t!("grid-since-note", note = note, n = n),
            None => crate::t!("grid-since-now", since = text, n = n),
        };
        self.say(Level::Info, said);
    }
}
