//! The key bindings of the Deals view and of the deal lens, as rows of the one keymap
//! table ([`crate::tui::keymap`] appends them). Moving, undo, back and the number keys
//! come from the main table's mode lists, where `Mode::Deals` is listed.

use crate::tui::action::Action::*;
use crate::tui::keymap::{Binding, Mode, VIEWS, b, ch, code};
use crossterm::event::KeyCode;

const DEALS: &[Mode] = &[Mode::Deals];

/// The rows, in the order the help shows them.
pub fn bindings() -> Vec<Binding> {
    let deals = "deals-keys-group";
    vec![
        b(DEALS, ch('a'), Add, deals, "tui-keys-add"),
        b(DEALS, ch('e'), Edit, deals, "tui-keys-edit"),
        b(DEALS, code(KeyCode::Enter), Edit, deals, "tui-keys-edit"),
        b(DEALS, ch('d'), Delete, deals, "tui-keys-delete-u-undoes"),
        b(DEALS, ch(' '), DealLens, deals, "deals-keys-lens"),
        // In every view of the account, so the lens comes off where it is noticed.
        b(VIEWS, ch('W'), ClearLens, deals, "deals-keys-clear-lens"),
    ]
}
