//! New records in an open account, driven by actions: their ids are read from their
//! names; marking a follow-up done with a person counts as a contact with them; and
//! deleting a person says what happens to what names them.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{account, run, typed};
use common::portfolio_fixture;
use dmu::model::Role;
use dmu::tui::action::Action::*;
use dmu::tui::views::AccountView;

/// `id` is `head` and four hex digits.
fn assert_readable(id: &str, head: &str) {
    let tail = id.strip_prefix(head).unwrap_or_else(|| panic!("{id} should start with {head}"));
    assert!(tail.len() == 4 && tail.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
}

#[test]
fn a_new_person_and_a_new_member_get_ids_read_from_their_names() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    run(&mut app, &[Open, Add]);
    typed(&mut app, "Иван Иванов");
    run(&mut app, &[NextField, NextField, NextField, ToggleRole(Role::User), Submit]);
    let p = account(&app).people.last().unwrap().clone();
    assert_eq!(p.name, "Иван Иванов");
    assert_readable(&p.id, "p-ivan-ivanov-");
    assert_eq!(disk.last().unwrap().people.last().unwrap().id, p.id, "saved with it");
    let s = app.open_account().unwrap();
    assert_eq!(s.people.selected_position(), Some(account(&app).people.len() - 1), "and selected");

    run(&mut app, &[EditTeam, Add]);
    typed(&mut app, "Пётр Техник");
    run(&mut app, &[NextField, CycleNext, Submit, Back]);
    let m = account(&app).team.last().unwrap();
    assert_eq!(m.name, "Пётр Техник");
    assert_readable(&m.id, "t-pyotr-tekhnik-");
    // Existing ids never change: an edit keeps them.
    let before = account(&app).people[0].id.clone();
    run(&mut app, &[Top, Edit, NextField, CursorEnd]);
    typed(&mut app, " (acting)");
    run(&mut app, &[Submit]);
    assert_eq!(account(&app).people[0].id, before);
}

#[test]
fn a_new_follow_up_and_a_new_demand_get_ids_read_from_their_text() {
    let mut app = app(portfolio_fixture::library());
    run(&mut app, &[Down, Open]); // Karelia Paper
    assert_eq!(account(&app).name, "Karelia Paper");
    run(&mut app, &[AddFollowUp]);
    typed(&mut app, "Bring the wear samples");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none());
    assert_readable(&account(&app).actions[0].id, "f-bring-the-wear-samples-");

    run(&mut app, &[ShowView(AccountView::FollowUps), SwitchPane, Add, NextField]);
    typed(&mut app, "Free delivery");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none());
    assert_readable(&account(&app).demands[0].id, "d-free-delivery-");
}
