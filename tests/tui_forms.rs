//! The forms as a new rep meets them, driven by actions: long texts show their start,
//! a digit replaces the influence, letters pick a stance (and a tier, kind, function,
//! strength), owner and person are found by typing, Esc on a changed form asks first,
//! and a name someone else has is pointed out.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{account, message, run, screen, typed};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::model::{DemandKind, Function, Stance, Strength, Tier};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::Mode;
use dmu::tui::views::AccountView;
use dmu::tui::widgets::dialog::Modal;

fn demo() -> App {
    app(MemLibrary::with_demo())
}

/// Empties the focused text field.
fn clear(a: &mut App) {
    run(a, &[CursorEnd]);
    for _ in 0..80 {
        run(a, &[DeleteBack]);
    }
}

fn key(a: &mut App, c: char) {
    a.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

// 1. Long texts.

#[test]
fn an_unfocused_long_text_shows_its_start_and_the_focused_one_its_cursor() {
    let mut a = demo();
    // Ольга Кузнецова: notes longer than the field.
    run(&mut a, &[Open, Down, Edit]);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("Froze two capex projects last year; wants payback under…"), "{s}");
    // Focused (above the note for the history), the end with the cursor, as before.
    run(&mut a, &[PrevField, PrevField]);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("capex projects last year; wants payback under 3 years."), "{s}");
    assert!(!s.contains("Froze"), "{s}");
}

// 2. Influence.

#[test]
fn a_digit_on_the_influence_replaces_it() {
    let mut a = demo();
    run(&mut a, &[Open, Add]);
    typed(&mut a, "Иван Тест");
    // Name -> Title -> Department -> Roles -> Stance -> How we know -> Confirmed on ->
    // Favours -> Influence.
    for _ in 0..8 {
        run(&mut a, &[NextField]);
    }
    key(&mut a, '5');
    key(&mut a, '4');
    run(&mut a, &[Submit]);
    assert!(a.modal.is_none(), "saved: {}", message(&a));
    assert_eq!(account(&a).people.last().unwrap().influence.0, 4, "4 gives 4, not 354");
}

// 3. Letters pick a choice.

#[test]
fn letters_pick_the_stance_and_the_same_letter_again_the_next() {
    let mut a = demo();
    run(&mut a, &[Open, Add]);
    typed(&mut a, "Иван Тест");
    run(&mut a, &[NextField, NextField, NextField, NextField]);
    assert_eq!(a.mode(), Mode::FormChoice);
    let stance_after = |a: &mut App, keys: &str| {
        for c in keys.chars() {
            key(a, c);
        }
        let s = screen(a, 100, 30);
        Stance::ALL.iter().copied().find(|st| s.contains(&format!("‹ {} ›", st.label())))
    };
    assert_eq!(stance_after(&mut a, "c"), Some(Stance::Champion));
    assert_eq!(stance_after(&mut a, "o"), Some(Stance::Opponent));
    assert_eq!(stance_after(&mut a, "s"), Some(Stance::Supporter));
    assert_eq!(stance_after(&mut a, "s"), Some(Stance::Skeptic), "s again: the next starting with s");
    assert_eq!(stance_after(&mut a, "n"), Some(Stance::Neutral));
    assert_eq!(stance_after(&mut a, "u"), Some(Stance::Unknown));
    assert_eq!(stance_after(&mut a, "sk"), Some(Stance::Skeptic), "or two letters");
    run(&mut a, &[Submit]);
    assert_eq!(account(&a).people.last().unwrap().stance, Stance::Skeptic);
}

#[test]
fn letters_pick_tier_kind_granted_function_and_coverage_strength() {
    let mut a = demo();
    run(&mut a, &[Open, EditAccount, NextField, NextField]);
    key(&mut a, 'g');
    run(&mut a, &[Submit]);
    assert_eq!(account(&a).tier, Tier::Growth);

    // Demands: Date -> Text -> Kind -> Granted.
    run(&mut a, &[ShowView(AccountView::FollowUps), SwitchPane, Add, NextField]);
    typed(&mut a, "Five percent off");
    run(&mut a, &[NextField]);
    key(&mut a, 'p');
    run(&mut a, &[NextField]);
    key(&mut a, 'y');
    run(&mut a, &[Submit]);
    let d = account(&a).demands.last().unwrap().clone();
    assert_eq!((d.kind, d.granted), (DemandKind::Price, true));

    run(&mut a, &[ShowView(AccountView::People), EditTeam, Add]);
    typed(&mut a, "Ivo Tamm");
    run(&mut a, &[NextField]);
    assert_eq!(a.mode(), Mode::MemberFunction);
    key(&mut a, 's');
    key(&mut a, 'e');
    run(&mut a, &[Submit]);
    assert_eq!(account(&a).team.last().unwrap().function, Function::Service, "se: Service, not Sales");

    run(&mut a, &[Back, Top, EditCoverage]);
    assert_eq!(a.mode(), Mode::CoverageEdit);
    key(&mut a, 's');
    run(&mut a, &[Submit]);
    let first = &account(&a).team[0].id;
    let volkov = &account(&a).people[0];
    let cov = volkov.coverage.iter().find(|c| &c.member == first).map(|c| c.strength);
    assert_eq!(cov, Some(Strength::Strong));
}

#[test]
fn a_paste_on_a_choice_still_changes_nothing() {
    let mut a = demo();
    run(&mut a, &[Open, Add]);
    typed(&mut a, "Anna");
    run(&mut a, &[NextField, NextField, NextField, NextField]);
    a.paste("champion");
    run(&mut a, &[Submit]);
    assert_eq!(account(&a).people.last().unwrap().stance, Stance::Unknown);
}

// 4. Owner and person found by typing.

#[test]
fn owner_and_person_are_found_by_typing_in_any_script() {
    let mut a = demo();
    run(&mut a, &[Open, ShowView(AccountView::FollowUps), Add]);
    typed(&mut a, "Send the offer");
    run(&mut a, &[NextField]);
    assert_eq!(a.mode(), Mode::FormFindable);
    key(&mut a, 'o');
    assert_eq!(a.mode(), Mode::FormFind, "a letter starts a search");
    typed(&mut a, "mar");
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("omar  → Omar Haddad · Technical  1 of 1"), "shown as typed: {s}");
    // Enter takes the match and stays in the form; Tab moves on.
    run(&mut a, &[Submit]);
    assert!(matches!(a.modal, Some(Modal::Record(_))), "Enter took the match, it did not save");
    assert_eq!(a.mode(), Mode::FormFindable);
    run(&mut a, &[NextField]);
    // Person: Latin letters find a Cyrillic name; Backspace edits the search.
    typed(&mut a, "popx");
    assert!(screen(&mut a, 100, 30).contains("nobody matches"));
    run(&mut a, &[DeleteBack]);
    typed(&mut a, "ova");
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("→ Анна Попова · Finance Controller"), "{s}");
    run(&mut a, &[NextField]);
    assert_eq!(a.mode(), Mode::Form, "Tab took it and moved to the due date");
    run(&mut a, &[Submit]);
    let f = account(&a).follow_ups.last().unwrap().clone();
    assert_eq!(
        (f.text.as_str(), f.owner.as_str(), f.person.as_deref()),
        ("Send the offer", "t-omar", Some("p-popova"))
    );
}

#[test]
fn esc_in_a_search_puts_back_the_entry_and_keeps_the_form() {
    let mut a = demo();
    run(&mut a, &[Open, ShowView(AccountView::FollowUps), Edit]);
    // The first follow-up (overdue first): Anna Berg's meeting with Popova.
    run(&mut a, &[NextField]);
    typed(&mut a, "елена");
    assert!(screen(&mut a, 100, 30).contains("→ Elena Sokolova"), "Cyrillic finds a Latin name");
    run(&mut a, &[Back]);
    assert_eq!(a.mode(), Mode::FormFindable, "the search is dropped, the form stays");
    run(&mut a, &[Back]);
    assert!(a.modal.is_none(), "nothing changed, so Esc closes at once");
}

// 5. Esc on a changed form asks.

fn asks(a: &mut App, question: &str) {
    assert_eq!(a.mode(), Mode::DiscardChanges, "{question}");
    let s = screen(a, 100, 30);
    assert!(s.contains(question), "{s}");
}

#[test]
fn esc_on_a_changed_person_form_asks_and_n_keeps_editing() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    run(&mut a, &[Open, Add]);
    typed(&mut a, "Иван");
    run(&mut a, &[Back]);
    asks(&mut a, "Discard your changes to the new person?");
    key(&mut a, 'n');
    assert_eq!(a.mode(), Mode::Form, "back to editing");
    typed(&mut a, " Тест");
    run(&mut a, &[Back]);
    key(&mut a, 'q');
    assert_eq!(a.mode(), Mode::DiscardChanges, "other keys do nothing while it asks");
    a.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert_eq!(a.mode(), Mode::Form, "Esc keeps editing too");
    run(&mut a, &[Submit]);
    assert_eq!(account(&a).people.last().unwrap().name, "Иван Тест", "nothing was lost");

    // Edit: a change asks with the name; y discards.
    run(&mut a, &[Edit, NextField, NextField, NextField, ToggleRole(dmu::model::Role::Buyer), Back]);
    asks(&mut a, "Discard your changes to Иван Тест?");
    let saves = disk.saves.borrow().len();
    key(&mut a, 'y');
    assert!(a.modal.is_none());
    assert_eq!(disk.saves.borrow().len(), saves, "nothing saved");
    assert!(account(&a).people.last().unwrap().roles.is_empty());

    // Unchanged, and changed back: Esc closes at once.
    run(&mut a, &[Edit, Back]);
    assert!(a.modal.is_none());
    run(&mut a, &[Edit, NextField, NextField, NextField, ToggleRole(dmu::model::Role::Buyer)]);
    run(&mut a, &[ToggleRole(dmu::model::Role::Buyer), Back]);
    assert!(a.modal.is_none(), "the roles are as they were");
}

#[test]
fn esc_on_changed_follow_up_demand_account_and_team_forms_asks() {
    let mut a = demo();
    run(&mut a, &[Open, ShowView(AccountView::FollowUps), Add]);
    run(&mut a, &[Back]);
    assert!(a.modal.is_none(), "a new follow-up not touched closes at once");
    run(&mut a, &[Add, NextField, CycleNext, Back]);
    asks(&mut a, "Discard your changes to the new follow-up?");
    run(&mut a, &[Yes]);
    assert!(a.modal.is_none());
    run(&mut a, &[Edit, CursorEnd]);
    typed(&mut a, "!");
    run(&mut a, &[Back]);
    asks(&mut a, "Discard your changes to the follow-up?");
    run(&mut a, &[Yes]);
    assert_eq!(account(&a).follow_ups.len(), 3);

    run(&mut a, &[SwitchPane, Add, NextField]);
    typed(&mut a, "x");
    run(&mut a, &[Back]);
    asks(&mut a, "Discard your changes to the new demand?");
    run(&mut a, &[Yes, Edit, NextField, NextField, CycleNext, Back]);
    asks(&mut a, "Discard your changes to the demand?");
    run(&mut a, &[Yes]);

    run(&mut a, &[EditAccount, NextField, NextField, CycleNext, Back]);
    asks(&mut a, "Discard your changes to the account details?");
    run(&mut a, &[Back]);
    assert_eq!(a.mode(), Mode::FormPick, "n or Esc: back to the field");
    run(&mut a, &[CyclePrev, Back]);
    assert!(a.modal.is_none(), "changed back: closes at once");
    assert_eq!(account(&a).tier, Tier::Key);

    run(&mut a, &[ShowView(AccountView::People), EditTeam, Add]);
    typed(&mut a, "Ivo");
    run(&mut a, &[Back]);
    asks(&mut a, "Discard your changes to the new team member?");
    run(&mut a, &[Yes]);
    assert_eq!(a.mode(), Mode::TeamEditor, "back to the list, the editor stays");
    run(&mut a, &[Edit, NextField, CycleNext, Back]);
    asks(&mut a, "Discard your changes to Anna Berg?");
    run(&mut a, &[Back, CyclePrev, Back]);
    assert_eq!(a.mode(), Mode::TeamEditor, "unchanged closes at once");
    assert_eq!(account(&a).team.len(), 3);
}

// 6. Namesakes.

#[test]
fn a_name_another_person_has_is_pointed_out_but_not_refused() {
    let mut a = demo();
    run(&mut a, &[Open, Add]);
    typed(&mut a, "пётр  иванов ");
    let s = screen(&mut a, 100, 30);
    // Under the name, on two lines when it needs them.
    assert!(s.contains("│Name          пётр  иванов "), "{s}");
    assert!(s.contains("│              ↳ another person is called this: Пётр Иванов (Chief "), "{s}");
    assert!(s.contains("│                Engineer) "), "{s}");
    run(&mut a, &[Submit]);
    assert!(a.modal.is_none(), "a warning, not an error: {}", message(&a));
    assert_eq!(account(&a).people.len(), 15);
    // Renaming someone else to it names both namesakes.
    run(&mut a, &[Top, Edit]);
    clear(&mut a);
    typed(&mut a, "Петр Иванов");
    let s = screen(&mut a, 120, 30);
    assert!(s.contains("↳ 2 other people are called this: Пётр Иванов (Chief"), "{s}");
    assert!(s.contains("Engineer), пётр  иванов"), "{s}");
    // A person is not their own namesake.
    run(&mut a, &[Back, Yes]);
    let ivanov = account(&a).people.iter().position(|p| p.id == "p-ivanov").unwrap();
    run(&mut a, &[Top]);
    for _ in 0..ivanov {
        run(&mut a, &[Down]);
    }
    run(&mut a, &[Edit]);
    assert!(screen(&mut a, 120, 30).contains("another person is called this: пётр  иванов"));
}

#[test]
fn a_name_another_team_member_has_is_pointed_out() {
    let mut a = demo();
    run(&mut a, &[Open, EditTeam, Add]);
    typed(&mut a, "anna berg");
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("↳ another team member is called this: Anna Berg"), "{s}");
    assert!(s.contains("(Sales)"), "{s}");
    run(&mut a, &[Submit]);
    assert_eq!(account(&a).team.len(), 4, "saved all the same");
    // Anna Berg herself: the new member is her namesake, she is not her own.
    run(&mut a, &[Up, Up, Up, Edit]);
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("another team member is called this: anna berg"), "{s}");
}

// The looks.

#[test]
fn snapshots_of_the_forms() {
    let mut a = demo();
    run(&mut a, &[Open, Down, Edit]);
    insta::assert_snapshot!("person_form_unfocused_start_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Back]);
    run(&mut a, &[Add]);
    typed(&mut a, "Пётр Иванов");
    run(&mut a, &[NextField, NextField, NextField, NextField]);
    insta::assert_snapshot!("person_form_namesake_and_stance_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Back]);
    insta::assert_snapshot!("person_form_discard_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Yes, ShowView(AccountView::FollowUps), Add]);
    typed(&mut a, "Send the offer");
    run(&mut a, &[NextField]);
    typed(&mut a, "an");
    insta::assert_snapshot!("follow_up_form_owner_search_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[NextField]);
    insta::assert_snapshot!("follow_up_form_person_pick_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Back, Yes, EditTeam, Add]);
    typed(&mut a, "Anna Berg");
    run(&mut a, &[NextField]);
    insta::assert_snapshot!("team_form_namesake_80x24", screen(&mut a, 80, 24));
}

#[test]
fn the_new_form_states_draw_at_every_size_without_a_panic() {
    use ratatui::{buffer::Buffer, layout::Rect, widgets::Widget};
    let mut states = Vec::new();
    for ask in [false, true] {
        let mut a = demo();
        run(&mut a, &[Open, Add]);
        typed(&mut a, "Пётр Иванов");
        if ask {
            run(&mut a, &[Back]);
        }
        states.push((if ask { "discard" } else { "namesake" }, a));
    }
    let mut a = demo();
    run(&mut a, &[Open, ShowView(AccountView::FollowUps), Add, NextField]);
    typed(&mut a, "佐藤 zz");
    states.push(("search, no match", a));
    let mut a = demo();
    run(&mut a, &[Open, ShowView(AccountView::FollowUps), Add, NextField, NextField]);
    typed(&mut a, "佐");
    states.push(("search", a));
    let mut a = demo();
    run(&mut a, &[Open, EditTeam, Add]);
    typed(&mut a, "Anna Berg");
    run(&mut a, &[Back]);
    states.push(("team namesake, discard", a));
    let mut sizes: Vec<(u16, u16)> =
        (0..=90).step_by(3).flat_map(|w| (0..=30).map(move |h| (w, h))).collect();
    sizes.push((300, 100));
    for (name, mut app) in states {
        for &(w, h) in &sizes {
            app.update(Resize(w, h));
            let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (&app).render(buf.area, &mut buf)));
            assert!(result.is_ok(), "{name} panicked at {w}x{h}");
        }
    }
}
