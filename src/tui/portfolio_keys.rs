//! The key bindings of the portfolio, the agenda, the team screen, the trash, the
//! follow-ups view and the small follow-up and demand forms, as rows of the one keymap table
//! ([`crate::tui::keymap`] appends them).

use crate::tui::action::Action::{self, *};
use crate::tui::keymap::{Binding, Key, Mode, b, ch, code};
use crossterm::event::{KeyCode, KeyModifiers};

/// The keys of the portfolio, the agenda, the team, the follow-ups view and the
/// small follow-up and demand forms.
pub fn bindings() -> Vec<Binding> {
    const BOARDS: &[Mode] = &[Mode::Agenda, Mode::OurTeam, Mode::FollowUps, Mode::Trash];
    const SCREENS: &[Mode] = &[Mode::Agenda, Mode::OurTeam, Mode::Trash];
    const TRASH: &[Mode] = &[Mode::Trash];
    const FU: &[Mode] = &[Mode::FollowUps];
    const PICK: &[Mode] = &[Mode::FormPick, Mode::FormFindable];
    let (nav, general, acc, ppl, fu, ag, form) =
        ("Moving", "General", "Account list", "People", "Follow-ups", "Agenda and team", "Forms and search");
    let trash = "Trash";
    vec![
        b(BOARDS, code(KeyCode::Up), Action::Up, nav, "move up"),
        b(BOARDS, ch('k'), Action::Up, nav, "move up"),
        b(BOARDS, code(KeyCode::Down), Action::Down, nav, "move down"),
        b(BOARDS, ch('j'), Action::Down, nav, "move down"),
        b(BOARDS, code(KeyCode::PageUp), Action::PageUp, nav, "page up"),
        b(BOARDS, code(KeyCode::PageDown), Action::PageDown, nav, "page down"),
        b(BOARDS, code(KeyCode::Home), Top, nav, "first row"),
        b(BOARDS, code(KeyCode::End), Bottom, nav, "last row"),
        b(SCREENS, code(KeyCode::Esc), Back, general, "back"),
        b(&[Mode::AccountList], ch('s'), SortNext, acc, "sort"),
        b(&[Mode::AccountList], ch('S'), SortReverse, acc, "reverse sort"),
        b(&[Mode::AccountList, Mode::OurTeam], ch('g'), ShowAgenda, ag, "agenda"),
        b(&[Mode::AccountList, Mode::Agenda], ch('t'), ShowTeam, ag, "team"),
        b(&[Mode::Agenda], code(KeyCode::Enter), Open, ag, "go to account"),
        b(&[Mode::Agenda], ch('x'), MarkDone, ag, "done"),
        b(&[Mode::Agenda], ch('o'), NextOwner, ag, "owner filter"),
        b(&[Mode::Agenda], ch('u'), Undo, ag, "undo done"),
        b(&[Mode::OurTeam], code(KeyCode::Enter), Open, ag, "their agenda"),
        b(&[Mode::AccountList], ch('D'), ShowTrash, acc, "trash"),
        b(TRASH, ch('r'), Restore, trash, "put back (never over a file)"),
        b(TRASH, code(KeyCode::Enter), Restore, trash, "put back (never over a file)"),
        b(&[Mode::People], ch('f'), AddFollowUp, ppl, "follow-up with this person"),
        b(FU, code(KeyCode::Tab), SwitchPane, fu, "follow-ups / demands"),
        b(FU, ch('a'), Add, fu, "add"),
        b(FU, code(KeyCode::Enter), Edit, fu, "edit"),
        b(FU, ch('e'), Edit, fu, "edit"),
        b(FU, ch('d'), Delete, fu, "delete (u undoes)"),
        b(FU, ch('x'), MarkDone, fu, "done / granted"),
        b(PICK, code(KeyCode::Tab), NextField, form, "next field"),
        b(PICK, code(KeyCode::Down), NextField, form, "next field"),
        b(PICK, code(KeyCode::BackTab), PrevField, form, "previous field"),
        b(PICK, Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT), PrevField, form, "previous field"),
        b(PICK, code(KeyCode::Up), PrevField, form, "previous field"),
        b(PICK, code(KeyCode::Enter), Submit, form, "save"),
        b(PICK, code(KeyCode::Esc), Back, form, "cancel"),
        b(PICK, ch(' '), CycleNext, form, "next choice"),
        b(PICK, code(KeyCode::Right), CycleNext, form, "next choice"),
        b(PICK, code(KeyCode::Left), CyclePrev, form, "previous choice"),
        b(&[Mode::FormPick], Key::AnyLetter, Insert(' '), form, crate::tui::keymap::LETTERS),
    ]
}
