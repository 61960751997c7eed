//! The forms in Russian, driven through the app: dates and sums typed the way a
//! Russian rep types them are saved as the file writes them (ISO dates, plain
//! numbers), a date the form cannot read gets the Russian words for why, a form opened
//! on a record shows its dates and sums the Russian way, and the forms' own words on
//! screen are Russian.

mod common;

use common::doubles::{MemLibrary, app, demo};
use common::drive::{account, run, screen, typed};
use common::russian::english_words;
use dmu::i18n::dates::DateProblem;
use dmu::i18n::{Lang, with_lang};
use dmu::model::{Basis, DemandKind, Function, Role, Stance, Status, Tier};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::theme::Theme;
use dmu::tui::views::AccountView;
use dmu::tui::widgets::dialog::Modal;
use dmu::tui::widgets::form::{Focus, FormWidget};
use dmu::tui::widgets::record_form::RecordFormWidget;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn demo_app() -> App {
    app(MemLibrary::with_demo())
}

/// Empties the focused text field.
fn clear(a: &mut App) {
    run(a, &[CursorEnd]);
    for _ in 0..80 {
        run(a, &[DeleteBack]);
    }
}

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

/// Opens the demo's follow-ups and a new follow-up form with its text typed, the
/// focus on "Due" (Text, Owner, Person, Due, Done).
fn new_follow_up_at_due(a: &mut App) {
    run(a, &[Open, ShowView(AccountView::FollowUps), Add]);
    typed(a, "Позвонить");
    run(a, &[NextField, NextField, NextField]);
    clear(a);
}

const TYPED_DATES: &[(&str, &str)] = &[
    ("15.11.2026", "2026-11-15"),
    ("+7d", "2026-12-04"),
    ("сегодня", "2026-11-27"),
    ("2026-12-01", "2026-12-01"),
];

#[test]
fn a_follow_up_due_typed_the_russian_way_is_saved_as_an_iso_date() {
    with_lang(Lang::Ru, || {
        for (typed_date, iso) in TYPED_DATES {
            let mut a = demo_app();
            new_follow_up_at_due(&mut a);
            typed(&mut a, typed_date);
            run(&mut a, &[Submit]);
            assert!(a.modal.is_none(), "{typed_date}: saved");
            let f = account(&a).follow_ups.iter().find(|f| f.text == "Позвонить").expect("added");
            assert_eq!(f.due.to_string(), *iso, "{typed_date}");
        }
    });
}

#[test]
fn a_person_s_last_contact_typed_the_russian_way_is_saved_as_an_iso_date() {
    with_lang(Lang::Ru, || {
        for (typed_date, iso) in TYPED_DATES {
            let mut a = demo_app();
            run(&mut a, &[Open, Edit]);
            to(&mut a, Focus::LastContact);
            clear(&mut a);
            typed(&mut a, typed_date);
            let id = match &a.modal {
                Some(Modal::Person(f)) => f.person_id().to_string(),
                _ => panic!("the person form is open"),
            };
            run(&mut a, &[Submit]);
            assert!(a.modal.is_none(), "{typed_date}: saved");
            let p = account(&a).person(&id).expect("still there");
            assert_eq!(p.last_contact.map(|d| d.to_string()).as_deref(), Some(*iso), "{typed_date}");
        }
    });
}

#[test]
fn sums_typed_with_spaces_or_a_decimal_comma_are_saved_as_plain_numbers() {
    with_lang(Lang::Ru, || {
        for (typed_sum, plain) in
            [("12 000 000", "12000000"), ("45000000,50", "45000000.5"), ("1.200.000", "1200000")]
        {
            let lib = MemLibrary::with_demo();
            let disk = lib.disk.clone();
            let mut a = app(lib);
            // Name, Industry, Tier, Currency, Revenue.
            run(&mut a, &[Open, EditAccount, NextField, NextField, NextField, NextField]);
            clear(&mut a);
            typed(&mut a, typed_sum);
            run(&mut a, &[Submit]);
            assert!(a.modal.is_none(), "{typed_sum}: saved");
            let saved = String::from_utf8(disk.saves.borrow().last().expect("saved").clone()).unwrap();
            let v: serde_json::Value = serde_json::from_str(&saved).unwrap();
            assert_eq!(v["annual_revenue"].to_string(), plain, "{typed_sum}");
        }
    });
}

#[test]
fn a_date_the_form_cannot_read_gets_the_russian_words_for_why() {
    with_lang(Lang::Ru, || {
        for (typed_date, problem) in [
            ("через неделю", DateProblem::Shape),
            ("31.02.2026", DateProblem::NoSuchDay),
            ("+99999y", DateProblem::OutOfRange),
        ] {
            let mut a = demo_app();
            new_follow_up_at_due(&mut a);
            typed(&mut a, typed_date);
            let s = screen(&mut a, 160, 48);
            let words = problem.words();
            assert!(words.chars().any(|c| ('а'..='я').contains(&c)), "Russian words: {words}");
            // The box is 64 columns at most: a long sentence ends in "…"; its start is shown.
            let start: String = words.chars().take(30).collect();
            assert!(s.contains(&format!("↳ {start}")), "{typed_date}: {words}\n{s}");
            run(&mut a, &[Submit]);
            assert!(a.modal.is_some(), "{typed_date} is not saved");
        }
        let mut a = demo_app();
        run(&mut a, &[Open, Edit]);
        to(&mut a, Focus::StatusOn);
        typed(&mut a, "30.02.2027");
        let s = screen(&mut a, 160, 48);
        assert!(s.contains(&format!("↳ {}", DateProblem::NoSuchDay.words())), "{s}");
    });
}

#[test]
fn a_form_on_a_record_shows_its_dates_and_sums_the_russian_way() {
    with_lang(Lang::Ru, || {
        let mut a = demo_app();
        run(&mut a, &[Open, EditAccount]);
        let s = screen(&mut a, 160, 48);
        // The demo's revenue and potential: 850000 and 2400000, with no-break spaces.
        assert!(s.contains("850\u{a0}000") && s.contains("2\u{a0}400\u{a0}000"), "{s}");
        // Saved untouched, the sums are what they were.
        run(&mut a, &[Submit]);
        assert_eq!(account(&a).annual_revenue, demo().annual_revenue);
        let mut a = demo_app();
        run(&mut a, &[Open, Edit]);
        let p = match &a.modal {
            Some(Modal::Person(f)) => account(&a).person(f.person_id()).unwrap().clone(),
            _ => panic!("the person form is open"),
        };
        let s = screen(&mut a, 160, 48);
        let (y, m, d) = p.last_contact.expect("the demo's first person was contacted").ymd();
        assert!(s.contains(&format!("{d:02}.{m:02}.{y}")), "{s}");
        run(&mut a, &[Submit]);
        assert_eq!(account(&a).person(&p.id).unwrap().last_contact, p.last_contact, "read back unchanged");
    });
}

/// Words other areas give the forms (the model's names of stances, roles, functions,
/// kinds and tiers), which those areas translate: not this test's to judge.
fn other_areas_words() -> String {
    let mut w: Vec<&str> = Vec::new();
    w.extend(Stance::ALL.iter().map(|x| x.label()));
    w.extend(Basis::ALL.iter().map(|x| x.label()));
    w.extend(Status::ALL.iter().map(|x| x.label()));
    w.extend(Role::ALL.iter().map(|x| x.label()));
    w.extend(Function::ALL.iter().map(|x| x.label()));
    w.extend(DemandKind::ALL.iter().map(|x| x.label()));
    w.extend(Tier::ALL.iter().map(|x| x.label()));
    w.join(" ")
}

/// The open form alone, drawn at `w`×`h`, without its bottom border (the key hints,
/// which the keymap words).
fn form_alone(a: &App, w: u16, h: u16) -> String {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    let theme = Theme::with_color(false);
    match &a.modal {
        Some(Modal::Person(form)) => (&FormWidget { form, theme }).render(area, &mut buf),
        Some(Modal::Record(form)) => (&RecordFormWidget { form, theme }).render(area, &mut buf),
        _ => panic!("a form is open"),
    }
    let rows: Vec<String> =
        (0..h).map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>()).collect();
    rows.into_iter().filter(|r| !r.trim_start().starts_with('└')).collect::<Vec<_>>().join("\n")
}

fn data() -> String {
    format!("{} {}", include_str!("../assets/demo.json"), other_areas_words())
}

#[test]
fn the_person_form_in_russian() {
    with_lang(Lang::Ru, || {
        let mut a = demo_app();
        run(&mut a, &[Open, Edit]);
        for (w, h) in [(80, 24), (160, 48)] {
            let english = english_words(&form_alone(&a, w, h), &data());
            assert!(english.is_empty(), "{w}x{h}: {english:?}\n{}", form_alone(&a, w, h));
        }
        insta::assert_snapshot!("person_form_ru_80x24", screen(&mut a, 80, 24));
        insta::assert_snapshot!("person_form_ru_160x48", screen(&mut a, 160, 48));
    });
}

#[test]
fn a_follow_up_form_in_russian() {
    with_lang(Lang::Ru, || {
        let mut a = demo_app();
        run(&mut a, &[Open, ShowView(AccountView::FollowUps), Edit]);
        assert!(matches!(a.modal, Some(Modal::Record(_))), "a follow-up form is open");
        for (w, h) in [(80, 24), (160, 48)] {
            let english = english_words(&form_alone(&a, w, h), &data());
            assert!(english.is_empty(), "{w}x{h}: {english:?}\n{}", form_alone(&a, w, h));
        }
        insta::assert_snapshot!("follow_up_form_ru_80x24", screen(&mut a, 80, 24));
        insta::assert_snapshot!("follow_up_form_ru_160x48", screen(&mut a, 160, 48));
    });
}
