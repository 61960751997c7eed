//! The person fields that say how we know a judgement and where a person stands (how
//! we know the stance, when it was confirmed, status and its date, the competitor
//! favoured, email, phone), driven through the person form and read back from what is
//! saved and what the detail pane shows.

mod common;

use common::doubles::{MemLibrary, app, today};
use common::drive::{account, message, run, screen, typed};
use dmu::model::{Basis, Person, Stance, Status};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::Mode;
use dmu::tui::widgets::dialog::Modal;
use dmu::tui::widgets::form::Focus;

/// Tabs to a field of the open person form.
fn to(a: &mut App, field: Focus) {
    for _ in 0..20 {
        match &a.modal {
            Some(Modal::Person(f)) if f.focus == field => return,
            Some(Modal::Person(_)) => run(a, &[NextField]),
            _ => panic!("no person form is open"),
        }
    }
    panic!("the form has no field {field:?}");
}

fn person<'a>(a: &'a App, id: &str) -> &'a Person {
    account(a).person(id).expect("the person is in the account")
}

/// The text of the last save.
fn saved(disk: &common::doubles::Disk) -> String {
    String::from_utf8(disk.saves.borrow().last().expect("saved").clone()).unwrap()
}

/// The JSON object of one person in the last save.
fn saved_person(disk: &common::doubles::Disk, id: &str) -> serde_json::Map<String, serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(&saved(disk)).unwrap();
    let people = v["people"].as_array().unwrap();
    people.iter().find(|p| p["id"] == id).unwrap().as_object().unwrap().clone()
}

#[test]
fn basis_status_its_date_favours_email_and_phone_are_set_in_the_form_and_saved() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    // Дмитрий Волков, first in the table.
    run(&mut a, &[Open, Edit]);
    to(&mut a, Focus::Basis);
    assert_eq!(a.mode(), Mode::FormPick, "a choice, its keys say so");
    assert!(screen(&mut a, 80, 24).contains("How we know   ‹ Reported ›"), "the file's default is shown");
    typed(&mut a, "o");
    to(&mut a, Focus::Favours);
    typed(&mut a, "  Drivex Global ");
    to(&mut a, Focus::Status);
    run(&mut a, &[CycleNext, CycleNext]);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("Status        ‹ Leaving ›"), "{s}");
    assert!(s.contains("Leaving on"), "the date's label says what it means: {s}");
    to(&mut a, Focus::StatusOn);
    typed(&mut a, "2027-04-01");
    to(&mut a, Focus::Email);
    typed(&mut a, "d.volkov@volga.example");
    to(&mut a, Focus::Phone);
    a.paste("+7 495 123-45-67");
    run(&mut a, &[Submit]);
    assert!(a.modal.is_none(), "saved: {}", message(&a));

    let p = person(&a, "p-volkov");
    assert_eq!(p.stance_basis, Some(Basis::Observed));
    assert_eq!((p.status, p.status_on), (Some(Status::Leaving), "2027-04-01".parse().ok()));
    assert_eq!(p.favours.as_deref(), Some("Drivex Global"), "trimmed");
    assert_eq!(p.email.as_deref(), Some("d.volkov@volga.example"));
    assert_eq!(p.phone.as_deref(), Some("+7 495 123-45-67"));
    assert_eq!(p.stance_on, None, "the stance did not change, so its date did not either");
    let json = saved_person(&disk, "p-volkov");
    assert_eq!(json["stance_basis"], "observed");
    assert_eq!(json["status"], "leaving");
    assert_eq!(json["status_on"], "2027-04-01");
    assert_eq!(json["favours"], "Drivex Global");
    assert!(!json.contains_key("stance_on"));

    // The detail pane says it all, compactly.
    let s = screen(&mut a, 100, 40);
    assert!(s.contains("Stance         Neutral · observed, 170 days ago"), "{s}");
    assert!(s.contains("Status         Leaving on 2027-04-01"), "{s}");
    assert!(s.contains("Favours        Drivex Global"), "{s}");
    assert!(s.contains("Email          d.volkov@volga.example"), "{s}");
    assert!(s.contains("Phone          +7 495 123-45-67"), "{s}");

    // Emptied again, the texts and the date go; a choice put back to the default is
    // written as the rep chose it, since the file had it.
    run(&mut a, &[Edit]);
    to(&mut a, Focus::Favours);
    run(&mut a, &[CursorEnd]);
    for _ in 0..20 {
        run(&mut a, &[DeleteBack]);
    }
    to(&mut a, Focus::Status);
    run(&mut a, &[CycleNext, CycleNext]);
    to(&mut a, Focus::StatusOn);
    for _ in 0..20 {
        run(&mut a, &[DeleteBack]);
    }
    run(&mut a, &[Submit]);
    let p = person(&a, "p-volkov");
    assert_eq!((p.favours.as_deref(), p.status, p.status_on), (None, Some(Status::Active), None));
}

#[test]
fn a_person_saved_without_touching_the_new_fields_keeps_them_absent() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    let before = common::doubles::demo();
    run(&mut a, &[Open, Edit]);
    run(&mut a, &[CursorEnd]);
    typed(&mut a, " Jr");
    // Through the choices and back, without changing them.
    to(&mut a, Focus::Basis);
    run(&mut a, &[CycleNext, CyclePrev]);
    to(&mut a, Focus::Status);
    run(&mut a, &[CycleNext, CycleNext, CycleNext, CycleNext]);
    run(&mut a, &[Submit]);
    assert!(a.modal.is_none(), "saved: {}", message(&a));
    let json = saved_person(&disk, "p-volkov");
    assert_eq!(json["name"], "Дмитрий Волков Jr");
    for key in
        ["stance_basis", "stance_on", "status", "status_on", "favours", "email", "phone", "external_ids"]
    {
        assert!(!json.contains_key(key), "{key} was not set, so it is not written: {json:?}");
    }
    // Nobody else changed.
    for (was, now) in before.people.iter().zip(&account(&a).people).skip(1) {
        assert_eq!(was, now);
    }
}

#[test]
fn external_ids_and_unknown_fields_survive_an_edit() {
    let mut acc = common::doubles::demo();
    let p = &mut acc.people[0];
    p.external_ids.insert("salesforce".into(), "0035g00000XyZab".into());
    p.extra.insert("crm_owner".into(), serde_json::json!("anna"));
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga-pipe-works".into(), Ok(acc)));
    let mut a = app(lib);
    run(&mut a, &[Open, Edit]);
    to(&mut a, Focus::Phone);
    typed(&mut a, "112");
    run(&mut a, &[Submit]);
    let p = person(&a, "p-volkov");
    assert_eq!(p.external_ids["salesforce"], "0035g00000XyZab");
    assert_eq!(p.extra["crm_owner"], "anna");
    assert_eq!(p.phone.as_deref(), Some("112"));
}

#[test]
fn a_changed_stance_is_confirmed_today_unless_the_rep_gives_a_date() {
    let mut a = app(MemLibrary::with_demo());
    let today = today().to_string();
    run(&mut a, &[Open, Edit]);
    to(&mut a, Focus::Stance);
    typed(&mut a, "s");
    let s = screen(&mut a, 80, 24);
    assert!(s.contains(&format!("Confirmed on  {today}")), "{s}");
    assert!(s.contains("↳ today: a changed stance is a fresh judgement"), "said under it: {s}");
    // Back to the stance it had: the date is as it was.
    typed(&mut a, "n");
    let s = screen(&mut a, 80, 24);
    assert!(!s.contains(&today) && !s.contains("fresh judgement"), "{s}");
    typed(&mut a, "c");
    run(&mut a, &[Submit]);
    let p = person(&a, "p-volkov");
    assert_eq!((p.stance, p.stance_on), (Stance::Champion, today.parse().ok()));

    // A date the rep types wins, and stays when the stance changes again.
    run(&mut a, &[Edit]);
    to(&mut a, Focus::StanceOn);
    for _ in 0..10 {
        run(&mut a, &[DeleteBack]);
    }
    typed(&mut a, "2026-11-20");
    run(&mut a, &[PrevField, PrevField]);
    typed(&mut a, "o");
    run(&mut a, &[Submit]);
    let p = person(&a, "p-volkov");
    assert_eq!((p.stance, p.stance_on), (Stance::Opponent, "2026-11-20".parse().ok()));

    // An edit that leaves the stance alone leaves its date alone.
    run(&mut a, &[Edit]);
    to(&mut a, Focus::Favours);
    typed(&mut a, "Drivex");
    run(&mut a, &[Submit]);
    assert_eq!(person(&a, "p-volkov").stance_on, "2026-11-20".parse().ok());
}

#[test]
fn bad_dates_get_the_words_the_last_contact_gets_and_block_the_save() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Edit]);
    to(&mut a, Focus::StanceOn);
    // `1.12.2026` is a date now (as Russian reps write it); a slash is not.
    typed(&mut a, "1/12/2026");
    to(&mut a, Focus::StatusOn);
    typed(&mut a, "2027-02-30");
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("↳ write the date as YYYY-MM-DD"), "{s}");
    assert!(s.contains("↳ there is no such day in the calendar"), "{s}");
    run(&mut a, &[Submit]);
    match &a.modal {
        Some(Modal::Person(f)) => assert_eq!(f.focus, Focus::StanceOn, "taken to the first problem"),
        _ => panic!("a bad date is not saved"),
    }
}

#[test]
fn the_form_scrolls_to_keep_the_focused_field_in_view_on_a_short_screen() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Add]);
    typed(&mut a, "Иван Тест");
    to(&mut a, Focus::StanceOn);
    typed(&mut a, "x");
    to(&mut a, Focus::StatusOn);
    typed(&mut a, "y");
    to(&mut a, Focus::Notes);
    typed(&mut a, "the end");
    let s = screen(&mut a, 80, 16);
    assert!(s.contains("Notes         the end"), "the focused field shows: {s}");
    assert!(s.contains('▲'), "more above: {s}");
    run(&mut a, &[NextField, NextField]); // past the note for the history, round to the name
    let s = screen(&mut a, 80, 16);
    assert!(s.contains("Name          Иван Тест") && s.contains('▼'), "back at the top: {s}");
}

#[test]
fn a_paste_goes_into_favours_and_not_into_a_choice() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Edit]);
    to(&mut a, Focus::Basis);
    a.paste("assumed");
    to(&mut a, Focus::Favours);
    a.paste("Drivex\nGlobal");
    run(&mut a, &[Submit]);
    let p = person(&a, "p-volkov");
    assert_eq!((p.stance_basis, p.favours.as_deref()), (None, Some("Drivex Global")));
}

#[test]
fn snapshots_of_the_person_fields() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Edit]);
    to(&mut a, Focus::Stance);
    typed(&mut a, "s");
    to(&mut a, Focus::Basis);
    typed(&mut a, "a");
    to(&mut a, Focus::Favours);
    typed(&mut a, "Drivex Global");
    to(&mut a, Focus::Status);
    typed(&mut a, "l");
    to(&mut a, Focus::StatusOn);
    typed(&mut a, "2027-04-01");
    to(&mut a, Focus::Email);
    typed(&mut a, "d.volkov@volga.example");
    insta::assert_snapshot!("person_fields_form_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Submit]);
    insta::assert_snapshot!("person_fields_detail_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("person_fields_detail_120x30", screen(&mut a, 120, 30));
}
