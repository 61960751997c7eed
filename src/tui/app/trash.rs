//! The trash screen from the portfolio (`D`): the accounts deleted there, newest first,
//! and `r` (or Enter) to put the selected one back into the accounts folder. The store
//! does the file work and never writes over a file: when the old name is taken, the
//! account comes back under the first free one, and the message says so.

use super::{App, Level, Screen, texts};
use crate::tui::action::Action;
use crate::tui::render;
use crate::tui::views::trash::{self, TrashView};
use crate::tui::widgets::dialog::Modal;

impl App {
    /// Shows the trash, as the data folder holds it now.
    pub(super) fn show_trash(&mut self) {
        match self.library.trashed() {
            Ok(rows) => {
                self.back.clear();
                self.screen = Screen::Trash(TrashView::new(rows));
            }
            Err(e) => self.say(Level::Error, e),
        }
    }

    /// Carries out an action on the trash screen.
    pub(super) fn update_trash(&mut self, action: Action) {
        let page = trash::page_rows(render::body_area(self.size)).max(1);
        let Screen::Trash(v) = &mut self.screen else { return };
        match action {
            Action::Up => v.move_by(-1, page),
            Action::Down => v.move_by(1, page),
            Action::PageUp => v.move_by(-(page as isize), page),
            Action::PageDown => v.move_by(page as isize, page),
            Action::Top => v.move_by(isize::MIN / 2, page),
            Action::Bottom => v.move_by(isize::MAX / 2, page),
            Action::Restore => self.restore_selected(),
            Action::Back => self.go_back(),
            Action::Help => self.modal = Some(Modal::Help(0)),
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    /// Puts the selected account back, then shows the trash and the portfolio as they
    /// are now, the account selected there for when the rep goes back.
    fn restore_selected(&mut self) {
        let Screen::Trash(v) = &self.screen else { return };
        let Some(t) = v.selected().cloned() else { return self.say(Level::Info, texts::trash_nothing()) };
        let restored = self.library.restore_trashed(&t.path);
        let listed = self.library.trashed();
        if let (Screen::Trash(v), Ok(rows)) = (&mut self.screen, listed) {
            v.set_rows(rows);
        }
        match restored {
            Ok(path) => {
                self.rescan();
                let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                if let Some(slug) = file.strip_suffix(".json") {
                    self.accounts.select_slug(slug);
                }
                let name = t.account.clone().unwrap_or_else(|_| t.slug.clone());
                let old = format!("{}.json", t.slug);
                let words = if file == old {
                    texts::restored(&name, &file)
                } else {
                    texts::restored_renamed(&name, &file, &old)
                };
                self.say(Level::Info, words);
            }
            Err(e) => self.say(Level::Error, e),
        }
    }
}
