//! The keys of sharing the data folder through git: sync, on the portfolio and in an
//! open account; the conflicts from a merge and the screen that decides them; the
//! notice a sync leaves. Rows of the one keymap table ([`crate::tui::keymap`] appends
//! them). Moving, undo and back reuse the words of the main table, so the settings
//! file's action table keeps one row per action.

use crate::tui::action::Action::*;
// `VIEWS`: the views of an open account, where its conflicts can be shown.
use crate::tui::keymap::{Binding, Mode, VIEWS, b, ch, code, ctrl};
use crossterm::event::KeyCode;

/// Where the sync key works: the portfolio and every view of an open account.
const SYNCS: &[Mode] = super::keymap::ACCOUNT_SCREENS;
const DECIDE: &[Mode] = &[Mode::MergeConflicts];
const NOTICE: &[Mode] = &[Mode::Notice];

/// The group the help lists the sync keys under.
pub const TEAM: &str = "tui-keys-group-team-sync";
/// The group of the conflicts screen's keys.
pub const MERGE: &str = "tui-keys-group-conflicts-from-a-merge";

/// The rows, in the order the help shows them.
pub fn bindings() -> Vec<Binding> {
    vec![
        b(SYNCS, ch('Y'), Sync, TEAM, "tui-keys-sync-with-the-team"),
        b(VIEWS, ch('M'), ShowConflicts, TEAM, "tui-keys-conflicts-from-a-merge-to-decide"),
        b(NOTICE, code(KeyCode::Up), Up, TEAM, "tui-keys-scroll"),
        b(NOTICE, code(KeyCode::Down), Down, TEAM, "tui-keys-scroll"),
        b(NOTICE, code(KeyCode::Esc), Back, TEAM, "tui-keys-back"),
        b(DECIDE, code(KeyCode::Up), Up, MERGE, "tui-keys-move-up"),
        b(DECIDE, ch('k'), Up, MERGE, "tui-keys-move-up"),
        b(DECIDE, code(KeyCode::Down), Down, MERGE, "tui-keys-move-down"),
        b(DECIDE, ch('j'), Down, MERGE, "tui-keys-move-down"),
        b(DECIDE, ch('o'), KeepOurs, MERGE, "tui-keys-keep-ours-this-copy"),
        b(DECIDE, ch('t'), KeepTheirs, MERGE, "tui-keys-take-theirs-other-copy"),
        b(DECIDE, ch('u'), Undo, MERGE, "tui-keys-undo"),
        b(DECIDE, ctrl('z'), Undo, MERGE, "tui-keys-undo"),
        b(DECIDE, ctrl('r'), Redo, MERGE, "tui-keys-redo"),
        b(DECIDE, ctrl('y'), Redo, MERGE, "tui-keys-redo"),
        b(DECIDE, code(KeyCode::Esc), Back, MERGE, "tui-keys-back"),
        b(DECIDE, ctrl('c'), Quit, MERGE, "tui-keys-quit"),
    ]
}
