//! The key bindings of the account plan and the power-interest grid, as rows of the one
//! keymap table ([`crate::tui::keymap`] appends them). Moving up and down, undo, the
//! number keys and, on the grid, a/e/d for the selected person come from the main
//! table's mode lists; these are the views' own.

use crate::tui::action::Action::*;
use crate::tui::keymap::{Binding, Mode, b, ch, code};
use crossterm::event::KeyCode;

/// The rows, in the order the help shows them.
pub fn bindings() -> Vec<Binding> {
    const PLAN: &[Mode] = &[Mode::Plan];
    const GRID: &[Mode] = &[Mode::Grid];
    let (plan, grid) = ("plan-keys-group", "grid-keys-group");
    vec![
        // The follow-ups view's keys, for the same things.
        b(PLAN, ch('a'), Add, plan, "plan-keys-add"),
        b(PLAN, ch('e'), Edit, plan, "plan-keys-edit"),
        b(PLAN, code(KeyCode::Enter), Edit, plan, "plan-keys-edit"),
        b(PLAN, ch('d'), Delete, plan, "plan-keys-delete"),
        b(PLAN, ch('x'), MarkDone, plan, "plan-keys-advance"),
        b(GRID, code(KeyCode::Left), Left, grid, "grid-keys-left"),
        b(GRID, ch('h'), Left, grid, "grid-keys-left"),
        b(GRID, code(KeyCode::Right), Right, grid, "grid-keys-right"),
        b(GRID, ch('l'), Right, grid, "grid-keys-right"),
        b(GRID, code(KeyCode::Enter), Edit, grid, "grid-keys-edit"),
        // The Changes view's key for its start.
        b(GRID, ch('s'), ChangesSince, grid, "grid-keys-since"),
    ]
}
