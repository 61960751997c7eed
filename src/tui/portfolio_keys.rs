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
    let (nav, general, acc, ppl, fu, ag, form) = (
        "tui-keys-group-moving",
        "tui-keys-group-general",
        "tui-keys-group-account-list",
        "tui-keys-group-people",
        "tui-keys-group-follow-ups",
        "tui-keys-group-agenda-and-team",
        "tui-keys-group-forms-and-search",
    );
    let trash = "tui-keys-group-trash";
    vec![
        b(BOARDS, code(KeyCode::Up), Action::Up, nav, "tui-keys-move-up"),
        b(BOARDS, ch('k'), Action::Up, nav, "tui-keys-move-up"),
        b(BOARDS, code(KeyCode::Down), Action::Down, nav, "tui-keys-move-down"),
        b(BOARDS, ch('j'), Action::Down, nav, "tui-keys-move-down"),
        b(BOARDS, code(KeyCode::PageUp), Action::PageUp, nav, "tui-keys-page-up"),
        b(BOARDS, code(KeyCode::PageDown), Action::PageDown, nav, "tui-keys-page-down"),
        b(BOARDS, code(KeyCode::Home), Top, nav, "tui-keys-first-row"),
        b(BOARDS, code(KeyCode::End), Bottom, nav, "tui-keys-last-row"),
        b(SCREENS, code(KeyCode::Esc), Back, general, "tui-keys-back"),
        b(&[Mode::AccountList], ch('s'), SortNext, acc, "tui-keys-sort"),
        b(&[Mode::AccountList], ch('S'), SortReverse, acc, "tui-keys-reverse-sort"),
        b(&[Mode::AccountList, Mode::OurTeam], ch('g'), ShowAgenda, ag, "tui-keys-agenda"),
        b(&[Mode::AccountList, Mode::Agenda], ch('t'), ShowTeam, ag, "tui-keys-team"),
        b(&[Mode::Agenda], code(KeyCode::Enter), Open, ag, "tui-keys-go-to-account"),
        b(&[Mode::Agenda], ch('x'), MarkDone, ag, "tui-keys-done"),
        b(&[Mode::Agenda], ch('o'), NextOwner, ag, "tui-keys-owner-filter"),
        b(&[Mode::Agenda], ch('u'), Undo, ag, "tui-keys-undo-done"),
        b(&[Mode::OurTeam], code(KeyCode::Enter), Open, ag, "tui-keys-their-agenda"),
        b(&[Mode::AccountList], ch('D'), ShowTrash, acc, "tui-keys-trash"),
        b(TRASH, ch('r'), Restore, trash, "tui-keys-put-back-never-over-a-file"),
        b(TRASH, code(KeyCode::Enter), Restore, trash, "tui-keys-put-back-never-over-a-file"),
        b(&[Mode::People], ch('f'), AddFollowUp, ppl, "tui-keys-follow-up-with-this-person"),
        b(FU, code(KeyCode::Tab), SwitchPane, fu, "tui-keys-follow-ups-demands"),
        b(FU, ch('a'), Add, fu, "tui-keys-add"),
        b(FU, code(KeyCode::Enter), Edit, fu, "tui-keys-edit"),
        b(FU, ch('e'), Edit, fu, "tui-keys-edit"),
        b(FU, ch('d'), Delete, fu, "tui-keys-delete-u-undoes"),
        b(FU, ch('x'), MarkDone, fu, "tui-keys-done-granted"),
        b(PICK, code(KeyCode::Tab), NextField, form, "tui-keys-next-field"),
        b(PICK, code(KeyCode::Down), NextField, form, "tui-keys-next-field"),
        b(PICK, code(KeyCode::BackTab), PrevField, form, "tui-keys-previous-field"),
        b(
            PICK,
            Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT),
            PrevField,
            form,
            "tui-keys-previous-field",
        ),
        b(PICK, code(KeyCode::Up), PrevField, form, "tui-keys-previous-field"),
        b(PICK, code(KeyCode::Enter), Submit, form, "tui-keys-save"),
        b(PICK, code(KeyCode::Esc), Back, form, "tui-keys-cancel"),
        b(PICK, ch(' '), CycleNext, form, "tui-keys-next-choice"),
        b(PICK, code(KeyCode::Right), CycleNext, form, "tui-keys-next-choice"),
        b(PICK, code(KeyCode::Left), CyclePrev, form, "tui-keys-previous-choice"),
        b(&[Mode::FormPick], Key::AnyLetter, Insert(' '), form, crate::tui::keymap::LETTERS),
    ]
}
