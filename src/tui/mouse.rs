//! The mouse. A click selects what it lands on: a row of a table, a card of the Pull
//! view, a box of the influence map, a node of the org chart (its `▸` `▾` folds and
//! opens it), a cell of the coverage matrix; a click on a view's tab shows that view;
//! a click on the selected row of the portfolio, the agenda or the team opens it, as
//! Enter does. The wheel moves the selection of the list under the pointer, as `↑`
//! and `↓` do (so the list scrolls with it), giving that list the keyboard. While a
//! modal (or an import) is up, clicks do nothing and the wheel moves only its own list
//! (the help, pickers, editors, the import's rows), never a form's fields.
//!
//! Where things are is worked out again from the same layout functions and scroll
//! the drawing uses, only when the mouse does something: drawing keeps no map of the
//! screen, so a frame costs what it did, and a click costs about one row's layout.

use super::action::Action;
use super::app::{App, Screen};
use super::keymap;
use super::render;
use super::views::people::{page_rows, row_at, scroll_into_view};
use super::views::{agenda, portfolio};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

/// The row of a bordered list drawn in `list` (a header, then rows from `offset`, the
/// selected one kept in view) at the point `(x, y)`, among `len` rows.
fn list_row(list: Rect, x: u16, y: u16, offset: usize, selected: usize, len: usize) -> Option<usize> {
    if x <= list.x || x + 1 >= list.right() {
        return None;
    }
    let n = row_at(list, y)?;
    let row = scroll_into_view(offset, selected, page_rows(list)) + n;
    (row < len).then_some(row)
}

impl App {
    /// Carries out one mouse event (the event loop's entry point for the mouse);
    /// returns whether the screen may have changed.
    pub fn handle_mouse(&mut self, m: MouseEvent) -> bool {
        if self.too_small() || self.who.is_some() {
            // Only "terminal too small" is on screen, or the question who the rep is
            // stands over everything: nothing to click on.
            return false;
        }
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => self.click(m.column, m.row),
            MouseEventKind::ScrollUp => self.wheel(m.column, m.row, Action::Up),
            MouseEventKind::ScrollDown => self.wheel(m.column, m.row, Action::Down),
            _ => false,
        }
    }

    fn click(&mut self, x: u16, y: u16) -> bool {
        if self.modal.is_some() || self.importing().is_some() {
            return false;
        }
        let body = self.body();
        if y == self.size.y {
            let Screen::Account(s) = &self.screen else { return false };
            let Some(view) = render::tab_at(s, self.size, x) else { return false };
            self.update(Action::ShowView(view));
            return true;
        }
        if !body.contains(Position { x, y }) {
            return false;
        }
        match &mut self.screen {
            Screen::Accounts => {
                let v = &mut self.accounts;
                let list = portfolio::layout(v, body)[1];
                let Some(row) = list_row(list, x, y, v.offset(), v.selected_row(), v.rows().len()) else {
                    return false;
                };
                self.pick(row, |app, delta, page| app.accounts.move_by(delta, page), page_rows(list))
            }
            Screen::Agenda(v) => {
                let Some(row) = list_row(body, x, y, v.offset(), v.selected_row(), v.len()) else {
                    return false;
                };
                let move_by = |app: &mut App, delta, page| {
                    if let Screen::Agenda(v) = &mut app.screen {
                        v.move_by(delta, page)
                    }
                };
                self.pick(row, move_by, agenda::page_rows(body))
            }
            Screen::OurTeam(v) => {
                let len = self.accounts.team().len();
                let Some(row) = list_row(body, x, y, v.offset(), v.selected(), len) else { return false };
                let move_by = move |app: &mut App, delta, page| {
                    if let Screen::OurTeam(v) = &mut app.screen {
                        v.move_by(delta, len, page)
                    }
                };
                self.pick(row, move_by, agenda::page_rows(body))
            }
            Screen::Account(_) => self.click_account(body, x, y),
            // The trash is a short list: the keys are enough.
            Screen::Trash(_) => false,
        }
    }

    /// A click on row `row` of the list shown: selects it (the list's own move, from
    /// the scroll the screen shows), or opens it when it is selected already.
    fn pick(&mut self, row: usize, move_by: impl Fn(&mut App, isize, usize), page: usize) -> bool {
        let selected = match &self.screen {
            Screen::Accounts => self.accounts.selected_row(),
            Screen::Agenda(v) => v.selected_row(),
            Screen::OurTeam(v) => v.selected(),
            Screen::Account(_) | Screen::Trash(_) => return false,
        };
        if row == selected {
            self.update(Action::Open);
        } else {
            self.message = None;
            let page = page.max(1);
            move_by(self, 0, page);
            move_by(self, row as isize - selected as isize, page);
        }
        true
    }

    fn click_account(&mut self, body: Rect, x: u16, y: u16) -> bool {
        let (today, theme) = (self.today, self.theme);
        let Screen::Account(s) = &mut self.screen else { return false };
        let (view, cx) = s.view_parts(today, theme, body);
        let acted = view.click(&cx, x, y);
        if acted {
            self.message = None;
        }
        acted
    }

    /// The wheel: `step` (up or down) on the list under the pointer, or on what the
    /// keyboard moves in the view.
    fn wheel(&mut self, x: u16, y: u16, step: Action) -> bool {
        // A modal, or an import over the account, is what the wheel moves, if anything.
        let over = self.modal.as_ref().map(|m| m.mode()).or_else(|| self.importing().map(|i| i.mode()));
        if let Some(mode) = over {
            // Only a modal whose up key moves a list (or scrolls the help) takes the
            // wheel; a form's up key changes field, which the wheel should not.
            let up = keymap::lookup(mode, KeyEvent::new(KeyCode::Up, KeyModifiers::NONE));
            if up != Some(Action::Up) {
                return false;
            }
            self.update(step);
            return true;
        }
        let body = self.body();
        if !body.contains(Position { x, y }) {
            return false;
        }
        let (today, theme) = (self.today, self.theme);
        if let Screen::Account(s) = &mut self.screen {
            let (view, cx) = s.view_parts(today, theme, body);
            view.wheel_at(&cx, x, y);
        }
        self.update(step);
        true
    }
}
