//! The key bindings of the team, coverage and links editors and of the picker, as
//! rows of the one keymap table ([`crate::tui::keymap`] appends them). Movement, undo
//! and text editing reuse the groups and words of the main table, so the help lists
//! those keys once.

use crate::tui::action::Action::*;
use crate::tui::keymap::{Binding, Key, Mode, b, ch, code, ctrl};
use crossterm::event::KeyCode;

/// The account's views, where a person is selected.
const VIEWS: &[Mode] = &[Mode::People, Mode::OrgChart, Mode::Influence, Mode::Coverage];
const LISTS: &[Mode] = &[Mode::TeamEditor, Mode::CoverageEdit, Mode::Links];
const UNDOABLE: &[Mode] = &[Mode::TeamEditor, Mode::Links];
const PICK: &[Mode] = &[Mode::Picker];
const MOVES: &[Mode] = &[Mode::TeamEditor, Mode::CoverageEdit, Mode::Links, Mode::Picker];
const CHOICE: &[Mode] = &[Mode::MemberFunction];

/// The rows, in the order the help shows them.
pub fn bindings() -> Vec<Binding> {
    let (rel, team, cov, links) = ("Team, coverage and links", "Our team", "Coverage editor", "Links editor");
    let (nav, general, form) = ("Moving", "General", "Forms and search");
    vec![
        b(VIEWS, ch('T'), EditTeam, rel, "team"),
        b(VIEWS, ch('C'), EditCoverage, rel, "coverage"),
        b(VIEWS, ch('L'), EditLinks, rel, "links"),
        b(MOVES, code(KeyCode::Up), Up, nav, "move up"),
        b(LISTS, ch('k'), Up, nav, "move up"),
        b(MOVES, code(KeyCode::Down), Down, nav, "move down"),
        b(LISTS, ch('j'), Down, nav, "move down"),
        b(PICK, code(KeyCode::PageUp), PageUp, nav, "page up"),
        b(PICK, code(KeyCode::PageDown), PageDown, nav, "page down"),
        b(UNDOABLE, ch('u'), Undo, general, "undo"),
        b(UNDOABLE, ctrl('z'), Undo, general, "undo"),
        b(UNDOABLE, ctrl('r'), Redo, general, "redo"),
        b(UNDOABLE, ctrl('y'), Redo, general, "redo"),
        b(UNDOABLE, code(KeyCode::Esc), Back, general, "close editor"),
        b(&[Mode::TeamEditor], ch('a'), Add, team, "add member"),
        b(&[Mode::TeamEditor], ch('e'), Edit, team, "edit member"),
        b(&[Mode::TeamEditor], code(KeyCode::Enter), Edit, team, "edit member"),
        b(&[Mode::TeamEditor], ch('d'), Delete, team, "delete member"),
        b(CHOICE, ch(' '), CycleNext, team, "next function"),
        b(CHOICE, code(KeyCode::Right), CycleNext, team, "next function"),
        b(CHOICE, code(KeyCode::Left), CyclePrev, team, "previous function"),
        b(CHOICE, Key::AnyLetter, Insert(' '), form, crate::tui::keymap::LETTERS),
        b(CHOICE, code(KeyCode::Tab), NextField, form, "next field"),
        b(CHOICE, code(KeyCode::Down), NextField, form, "next field"),
        b(CHOICE, code(KeyCode::BackTab), PrevField, form, "previous field"),
        b(CHOICE, code(KeyCode::Up), PrevField, form, "previous field"),
        b(CHOICE, code(KeyCode::Enter), Submit, form, "save"),
        b(CHOICE, code(KeyCode::Esc), Back, form, "cancel"),
        b(&[Mode::CoverageEdit], ch(' '), CycleNext, cov, "next strength"),
        b(&[Mode::CoverageEdit], code(KeyCode::Right), CycleNext, cov, "next strength"),
        b(&[Mode::CoverageEdit], code(KeyCode::Left), CyclePrev, cov, "previous strength"),
        b(
            &[Mode::CoverageEdit],
            Key::AnyLetter,
            Insert(' '),
            cov,
            "pick by first letter: none, weak, medium, strong",
        ),
        b(&[Mode::CoverageEdit], code(KeyCode::Enter), Submit, cov, "apply"),
        b(&[Mode::CoverageEdit], code(KeyCode::Esc), Back, cov, "cancel"),
        b(&[Mode::Links], ch('i'), AddInfluence, links, "add influence"),
        b(&[Mode::Links], ch('r'), AddReportsTo, links, "add reports-to"),
        b(&[Mode::Links], code(KeyCode::Right), CycleNext, links, "next strength"),
        b(&[Mode::Links], ch(' '), CycleNext, links, "next strength"),
        b(&[Mode::Links], code(KeyCode::Left), CyclePrev, links, "previous strength"),
        b(&[Mode::Links], ch('d'), Delete, links, "delete link"),
        b(PICK, code(KeyCode::Enter), Submit, "Picker", "pick"),
        b(PICK, code(KeyCode::Esc), Back, form, "cancel"),
        b(PICK, code(KeyCode::Left), CursorLeft, form, "cursor left"),
        b(PICK, code(KeyCode::Right), CursorRight, form, "cursor right"),
        b(PICK, code(KeyCode::Home), CursorHome, form, "start of field"),
        b(PICK, code(KeyCode::End), CursorEnd, form, "end of field"),
        b(PICK, code(KeyCode::Backspace), DeleteBack, form, "delete before cursor"),
        b(PICK, code(KeyCode::Delete), DeleteForward, form, "delete at cursor"),
        b(PICK, Key::AnyChar, Insert(' '), form, "type text"),
    ]
}
