//! The key bindings of the team, coverage and links editors and of the picker, as
//! rows of the one keymap table ([`crate::tui::keymap`] appends them). Movement, undo
//! and text editing reuse the groups and words of the main table, so the help lists
//! those keys once.

use crate::tui::action::Action::*;
use crate::tui::keymap::{Binding, Key, Mode, b, ch, code, ctrl};
use crossterm::event::KeyCode;

/// The account's views, where a person is selected.
const VIEWS: &[Mode] = &[Mode::People, Mode::OrgChart, Mode::Influence, Mode::Coverage, Mode::Grid];
const LISTS: &[Mode] = &[Mode::TeamEditor, Mode::CoverageEdit, Mode::Links];
const UNDOABLE: &[Mode] = &[Mode::TeamEditor, Mode::Links];
const PICK: &[Mode] = &[Mode::Picker];
const MOVES: &[Mode] = &[Mode::TeamEditor, Mode::CoverageEdit, Mode::Links, Mode::Picker];
const CHOICE: &[Mode] = &[Mode::MemberFunction];

/// The rows, in the order the help shows them.
pub fn bindings() -> Vec<Binding> {
    let (rel, team, cov, links) = (
        "tui-keys-group-team-coverage-and-links",
        "tui-keys-group-our-team",
        "tui-keys-group-coverage-editor",
        "tui-keys-group-links-editor",
    );
    let (nav, general, form) =
        ("tui-keys-group-moving", "tui-keys-group-general", "tui-keys-group-forms-and-search");
    vec![
        b(VIEWS, ch('T'), EditTeam, rel, "tui-keys-team"),
        b(VIEWS, ch('C'), EditCoverage, rel, "tui-keys-coverage"),
        b(VIEWS, ch('L'), EditLinks, rel, "tui-keys-links"),
        b(MOVES, code(KeyCode::Up), Up, nav, "tui-keys-move-up"),
        b(LISTS, ch('k'), Up, nav, "tui-keys-move-up"),
        b(MOVES, code(KeyCode::Down), Down, nav, "tui-keys-move-down"),
        b(LISTS, ch('j'), Down, nav, "tui-keys-move-down"),
        b(PICK, code(KeyCode::PageUp), PageUp, nav, "tui-keys-page-up"),
        b(PICK, code(KeyCode::PageDown), PageDown, nav, "tui-keys-page-down"),
        b(UNDOABLE, ch('u'), Undo, general, "tui-keys-undo"),
        b(UNDOABLE, ctrl('z'), Undo, general, "tui-keys-undo"),
        b(UNDOABLE, ctrl('r'), Redo, general, "tui-keys-redo"),
        b(UNDOABLE, ctrl('y'), Redo, general, "tui-keys-redo"),
        b(UNDOABLE, code(KeyCode::Esc), Back, general, "tui-keys-close-editor"),
        b(&[Mode::TeamEditor], ch('a'), Add, team, "tui-keys-add-member"),
        b(&[Mode::TeamEditor], ch('e'), Edit, team, "tui-keys-edit-member"),
        b(&[Mode::TeamEditor], code(KeyCode::Enter), Edit, team, "tui-keys-edit-member"),
        b(&[Mode::TeamEditor], ch('d'), Delete, team, "tui-keys-delete-member"),
        b(CHOICE, ch(' '), CycleNext, team, "tui-keys-next-function"),
        b(CHOICE, code(KeyCode::Right), CycleNext, team, "tui-keys-next-function"),
        b(CHOICE, code(KeyCode::Left), CyclePrev, team, "tui-keys-previous-function"),
        b(CHOICE, Key::AnyLetter, Insert(' '), form, crate::tui::keymap::LETTERS),
        b(CHOICE, code(KeyCode::Tab), NextField, form, "tui-keys-next-field"),
        b(CHOICE, code(KeyCode::Down), NextField, form, "tui-keys-next-field"),
        b(CHOICE, code(KeyCode::BackTab), PrevField, form, "tui-keys-previous-field"),
        b(CHOICE, code(KeyCode::Up), PrevField, form, "tui-keys-previous-field"),
        b(CHOICE, code(KeyCode::Enter), Submit, form, "tui-keys-save"),
        b(CHOICE, code(KeyCode::Esc), Back, form, "tui-keys-cancel"),
        b(&[Mode::CoverageEdit], ch(' '), CycleNext, cov, "tui-keys-next-strength"),
        b(&[Mode::CoverageEdit], code(KeyCode::Right), CycleNext, cov, "tui-keys-next-strength"),
        b(&[Mode::CoverageEdit], code(KeyCode::Left), CyclePrev, cov, "tui-keys-previous-strength"),
        b(&[Mode::CoverageEdit], Key::AnyLetter, Insert(' '), cov, "tui-keys-pick-strength"),
        b(&[Mode::CoverageEdit], code(KeyCode::Enter), Submit, cov, "tui-keys-apply"),
        b(&[Mode::CoverageEdit], code(KeyCode::Esc), Back, cov, "tui-keys-cancel"),
        b(&[Mode::Links], ch('i'), AddInfluence, links, "tui-keys-add-influence"),
        b(&[Mode::Links], ch('r'), AddReportsTo, links, "tui-keys-add-reports-to"),
        b(&[Mode::Links], code(KeyCode::Right), CycleNext, links, "tui-keys-next-strength"),
        b(&[Mode::Links], ch(' '), CycleNext, links, "tui-keys-next-strength"),
        b(&[Mode::Links], code(KeyCode::Left), CyclePrev, links, "tui-keys-previous-strength"),
        b(&[Mode::Links], ch('d'), Delete, links, "tui-keys-delete-link"),
        b(PICK, code(KeyCode::Enter), Submit, "tui-keys-group-picker", "tui-keys-pick"),
        b(PICK, code(KeyCode::Esc), Back, form, "tui-keys-cancel"),
        b(PICK, code(KeyCode::Left), CursorLeft, form, "tui-keys-cursor-left"),
        b(PICK, code(KeyCode::Right), CursorRight, form, "tui-keys-cursor-right"),
        b(PICK, code(KeyCode::Home), CursorHome, form, "tui-keys-start-of-field"),
        b(PICK, code(KeyCode::End), CursorEnd, form, "tui-keys-end-of-field"),
        b(PICK, code(KeyCode::Backspace), DeleteBack, form, "tui-keys-delete-before-cursor"),
        b(PICK, code(KeyCode::Delete), DeleteForward, form, "tui-keys-delete-at-cursor"),
        b(PICK, Key::AnyChar, Insert(' '), form, "tui-keys-type-text"),
    ]
}
