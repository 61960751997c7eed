//! How the app answers the Changes view's own keys: another start for the list (the
//! last sync is read from the data folder then, not per frame), and Enter, which shows
//! the person the selected entry is about in the people view. Moving is the view's own
//! (`AccountViewState::handle`).

use super::action::Action;
use super::app::{App, Level, Screen};
use super::history_words as w;
use super::render;
use super::views::AccountView;
use super::views::changes::Start;

impl App {
    /// Carries out an action of the Changes view; false for the ones every account
    /// view shares (see `shared_update`).
    pub(super) fn update_changes(&mut self, action: Action) -> bool {
        match action {
            Action::ChangesSince => self.next_since(),
            Action::Open => self.go_to_entry_person(),
            _ => return self.update_view(action),
        }
        true
    }

    fn next_since(&mut self) {
        let (body, today, theme) = (render::body_area(self.size), self.today, self.theme);
        let root = self.library.root();
        let Screen::Account(s) = &mut self.screen else { return };
        let since = s.changes.start().map(|st| st.since).unwrap_or_default().next();
        let (start, note) = Start::resolve(since, today, Some(&root));
        let text = start.text.clone();
        s.changes.set_start(start);
        let (view, cx) = s.view_parts(today, theme, body);
        view.sync(&cx);
        let n = s.changes.len();
        match note {
            Some(note) => self.say(Level::Info, crate::t!("tui-messages-since-note", note = note, n = n)),
            None => self.say(Level::Info, w::since_now(&text, n)),
        }
    }

    fn go_to_entry_person(&mut self) {
        let Screen::Account(s) = &self.screen else { return };
        if s.changes.is_empty() {
            return self.say(Level::Info, w::nothing_selected());
        }
        match s.changes.selected_about() {
            None => self.say(Level::Info, w::not_about_a_person()),
            Some((id, None)) => {
                let name = crate::change::Names::new(s.session.account()).person(id);
                self.say(Level::Info, w::no_longer_here(&name));
            }
            Some((_, Some(_))) => self.show_view(AccountView::People),
        }
    }
}
