//! What every view of an open account does, as one trait its state implements:
//! the keyboard mode it puts the keys in, the person it has selected, catching up
//! after a change, revealing a person, its own keys, drawing, and answering the mouse. [`AccountScreen`] picks the
//! state of the view shown in one `match` ([`AccountScreen::view_state`]), and the
//! app goes through that for all of these.
//!
//! [`AccountScreen`]: crate::tui::app::AccountScreen
//! [`AccountScreen::view_state`]: crate::tui::app::AccountScreen::view_state

use crate::model::{Account, Date, Index};
use crate::tui::action::Action;
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// What a view is given: the open account and where it is drawn.
pub struct ViewContext<'a> {
    /// The account as the views show it: through the deal lens when one is on (each
    /// person with their roles in that deal), else the account itself.
    pub account: &'a Account,
    /// The account itself, whatever the lens (what the Deals view analyses each deal of).
    pub base: &'a Account,
    /// The deal in the lens, by id.
    pub deal: Option<&'a str>,
    pub index: &'a Index,
    /// What the views show changes with it: every edit, and every switch of the lens.
    pub generation: u64,
    /// The session's own generation: it changes with every edit, not with the lens.
    pub base_generation: u64,
    pub today: Date,
    pub theme: Theme,
    /// The body of the screen, where the view is drawn.
    pub body: Rect,
}

/// The state of one view of an open account.
pub trait AccountViewState {
    /// The mode the keyboard is in while the view is shown.
    fn mode(&self) -> Mode;
    /// The position (in `account.people`) of the person selected, if any.
    fn selected_person(&self, account: &Account) -> Option<usize>;
    /// Catches up after a change; only the view on screen is kept current.
    fn sync(&mut self, _cx: &ViewContext) {}
    /// Catches up and selects the person at `person` (a valid position), revealing
    /// them: the person selected in the view left is carried to the view shown.
    fn reveal_person(&mut self, cx: &ViewContext, _person: usize) {
        self.sync(cx);
    }
    /// Carries out a key of the view's own that needs nothing but its state (moving,
    /// folding); false if the action is not one. Views whose keys need the app (to say
    /// something, open a form) answer them in `App` instead (see `shared_update`).
    fn handle(&mut self, _cx: &ViewContext, _action: Action) -> bool {
        false
    }
    /// Draws the view in `area`.
    fn render(&self, cx: &ViewContext, area: Rect, buf: &mut Buffer);
    /// A click at (`x`, `y`): true if it landed on something of the view.
    fn click(&mut self, _cx: &ViewContext, _x: u16, _y: u16) -> bool {
        false
    }
    /// Before a wheel step at (`x`, `y`): moves the focus to the list under the pointer.
    fn wheel_at(&mut self, _cx: &ViewContext, _x: u16, _y: u16) {}
}
