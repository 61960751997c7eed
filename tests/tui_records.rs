//! New records in an open account, driven by actions: their ids are read from their
//! names; marking a follow-up done with a person counts as a contact with them; and
//! deleting a person says what happens to what names them.

mod common;

use common::doubles::today;
use common::doubles::{MemLibrary, app};
use common::drive::{account, message, run, typed};
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
    assert_readable(&account(&app).follow_ups[0].id, "f-bring-the-wear-samples-");

    run(&mut app, &[ShowView(AccountView::FollowUps), SwitchPane, Add, NextField]);
    typed(&mut app, "Free delivery");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none());
    assert_readable(&account(&app).demands[0].id, "d-free-delivery-");
}

/// Nordic Steel open in the follow-ups view of an app on the fixture, with the
/// follow-up "Call Eva about the budget" (with Eva Holm, last contact 2026-11-02)
/// selected.
fn nordic_on_eva_call() -> dmu::tui::app::App {
    let mut app = app(portfolio_fixture::library());
    run(&mut app, &[Down, Down, Open, ShowView(AccountView::FollowUps)]);
    assert_eq!(account(&app).name, "Nordic Steel");
    let dmu::tui::app::Screen::Account(s) = &mut app.screen else { panic!("an account is open") };
    let a = s.session.account().clone();
    s.followups.select_followup(&a, "f-eva-call");
    app
}

fn eva(app: &dmu::tui::app::App) -> Option<dmu::model::Date> {
    account(app).person("p-eva").unwrap().last_contact
}

#[test]
fn marking_a_follow_up_done_with_a_person_moves_their_last_contact_in_the_same_edit() {
    let mut app = nordic_on_eva_call();
    let before = account(&app).clone();
    assert_eq!(eva(&app), Some("2026-11-02".parse().unwrap()));
    run(&mut app, &[MarkDone]);
    let f = account(&app).follow_ups.iter().find(|f| f.id == "f-eva-call").unwrap();
    assert_eq!(f.done, Some(today()));
    assert_eq!(eva(&app), Some(today()), "done with Eva is a contact with Eva");
    assert_eq!(
        message(&app),
        "Done: “Call Eva about the budget”; last contact with Eva Holm is now 2026-11-27"
    );
    run(&mut app, &[Undo]);
    assert_eq!(*account(&app), before, "one undo restores both");
    run(&mut app, &[Redo]);
    assert_eq!(eva(&app), Some(today()));
    // Opened again, the follow-up keeps the contact: it happened.
    run(&mut app, &[MarkDone]);
    assert_eq!(account(&app).follow_ups.iter().find(|f| f.id == "f-eva-call").unwrap().done, None);
    assert_eq!(eva(&app), Some(today()));
}

#[test]
fn marking_done_on_the_agenda_moves_the_last_contact_and_its_undo_moves_it_back() {
    let tmp = tempfile::tempdir().unwrap();
    portfolio_fixture::write(tmp.path());
    let lib = dmu::store::DataDir::at(tmp.path());
    let mut app = dmu::tui::app::App::new(
        Box::new(lib),
        today(),
        dmu::tui::theme::Theme::with_color(false),
        std::sync::Arc::new(std::sync::Mutex::new(None)),
    );
    let read = || -> dmu::model::Account {
        serde_json::from_slice(&std::fs::read(tmp.path().join("accounts/nordic-steel.json")).unwrap())
            .unwrap()
    };
    let before = read();
    run(&mut app, &[ShowAgenda, MarkDone]); // the first entry: Nordic's call with Eva
    let after = read();
    assert_eq!(after.follow_ups[0].done, Some(today()), "{}", message(&app));
    assert_eq!(after.person("p-eva").unwrap().last_contact, Some(today()));
    assert!(message(&app).contains("last contact with Eva Holm is now 2026-11-27"), "{}", message(&app));
    run(&mut app, &[Undo]);
    assert_eq!(read(), before, "the agenda's undo restores both");
}

#[test]
fn the_delete_question_says_what_happens_to_the_follow_ups_that_name_the_person() {
    let mut app = app(portfolio_fixture::library());
    run(&mut app, &[Down, Down, Open]); // Nordic Steel: Eva Holm first
    let s = app.open_account().unwrap();
    assert_eq!(account(&app).people[s.people.selected_position().unwrap()].id, "p-eva");
    run(&mut app, &[Delete]);
    let Some(dmu::tui::widgets::dialog::Modal::Confirm(c)) = &app.modal else { panic!("asks first") };
    assert_eq!(c.question, "Delete Eva Holm?");
    assert_eq!(
        c.detail,
        "The follow-up that names them stays, tied to nobody. Undo (u) brings everything back."
    );
    run(&mut app, &[Yes]);
    let f = account(&app).follow_ups.iter().find(|f| f.id == "f-eva-call").unwrap();
    assert_eq!((f.text.as_str(), f.person.as_deref()), ("Call Eva about the budget", None));
}
