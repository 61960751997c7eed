//! A paste (the terminal's bracketed paste, see [`super::events`]) is text, never
//! keys: it goes into the text field that has the focus, as if its characters were
//! typed there, and a line break in it cannot save a form nor a `d` delete anyone.
//! Where no text field has the focus, the paste changes nothing and says so.

use super::action::Action;
use super::app::{App, Level};
use super::keymap;

impl App {
    /// Puts pasted text into the focused text field: one line, line breaks and tabs as
    /// spaces, control characters dropped (see [`crate::text::one_line`]). Each character
    /// goes in as [`Action::Insert`], so the field treats it as typed (a picker narrows,
    /// a search filters). Returns whether the screen may have changed.
    pub fn paste(&mut self, text: &str) -> bool {
        if text.is_empty() || self.too_small() {
            // Too small, the screen shows no field to paste into; keys wait too.
            return false;
        }
        if !keymap::takes_text(self.mode()) {
            self.say(Level::Info, crate::t!("tui-app-paste-nowhere"));
            return true;
        }
        let line = crate::text::one_line(text);
        for c in line.chars() {
            self.update(Action::Insert(c));
        }
        !line.is_empty()
    }
}
