//! Columns that use the window: on a wide terminal every table gives its spare width
//! to the columns whose content is cut (titles, owners, people, names) and the
//! influence map's boxes widen up to the longest label; at 80x24 nothing is lost.
//! Snapshots at 80x24 and 200x60.

mod common;

use common::doubles::{MemLibrary, app, demo};
use common::drive::{account, run, screen};
use dmu::model::Account;
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::views::AccountView;

/// The demo with names as long as real ones get: a team member, a person with a
/// follow-up, and a follow-up's text, so the tables have something to cut.
fn long_names() -> Account {
    let mut a = demo();
    let lena = a.team.iter_mut().find(|m| m.id == "t-lena").unwrap();
    lena.name = "Elena Sokolova-Rimskaya".into();
    let petrov = a.people.iter_mut().find(|p| p.id == "p-petrov").unwrap();
    petrov.name = "Сергей Петров-Задунайский".into();
    let f = a.follow_ups.iter_mut().find(|f| f.owner == "t-lena").unwrap();
    f.text = "Draft the operator training plan for the shift".into();
    f.done = None;
    a.name = "Volga Pipe Works and Threading Machinery of the Lower Volga".into();
    a
}

fn open(a: Account, view: AccountView) -> App {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga".into(), Ok(a)));
    let mut app = app(lib);
    run(&mut app, &[Open, ShowView(view)]);
    app
}

/// The rows of a screen that hold `text`, for a readable failure.
fn rows_with<'s>(s: &'s str, text: &str) -> Vec<&'s str> {
    s.lines().filter(|l| l.contains(text)).collect()
}

#[test]
fn at_200_columns_every_title_in_the_people_table_is_whole() {
    let mut a = open(demo(), AccountView::People);
    let s = screen(&mut a, 200, 60);
    for p in &account(&a).people {
        let title = p.title.as_deref().unwrap_or("");
        assert!(s.contains(title), "{title} is cut:\n{s}");
    }
    // At 80 columns titles are cut as before, and nothing else is lost.
    let s = screen(&mut a, 80, 24);
    for head in ["Name", "Roles", "Stance", "Inf"] {
        assert!(s.contains(head), "{head} at 80x24:\n{s}");
    }
}

#[test]
fn follow_up_owners_and_people_are_whole_when_the_window_has_room() {
    let mut a = open(long_names(), AccountView::FollowUps);
    let s = screen(&mut a, 200, 60);
    for whole in [
        "Elena Sokolova-Rimskaya",
        "Сергей Петров-Задунайский",
        "Draft the operator training plan for the shift",
    ] {
        assert!(!rows_with(&s, whole).is_empty(), "{whole} is cut:\n{s}");
    }
    insta::assert_snapshot!("follow_ups_long_names_200x60", s);
    insta::assert_snapshot!("follow_ups_long_names_80x24", screen(&mut a, 80, 24));
}

#[test]
fn the_portfolio_agenda_and_team_show_long_names_whole_at_200_columns() {
    let mut a = open(long_names(), AccountView::People);
    run(&mut a, &[Back]);
    let s = screen(&mut a, 200, 60);
    assert!(s.contains("Volga Pipe Works and Threading Machinery of the Lower Volga"), "{s}");
    run(&mut a, &[ShowAgenda]);
    let s = screen(&mut a, 200, 60);
    assert!(s.contains("Volga Pipe Works and Threading Machinery of the Lower Volga"), "{s}");
    assert!(s.contains("Сергей Петров-Задунайский"), "{s}");
    insta::assert_snapshot!("agenda_long_names_200x60", s);
    run(&mut a, &[Back, ShowTeam]);
    let s = screen(&mut a, 200, 60);
    assert!(s.contains("Elena Sokolova-Rimskaya"), "{s}");
}

#[test]
fn the_influence_boxes_widen_with_the_window_up_to_the_longest_label() {
    let mut a = open(demo(), AccountView::Influence);
    let box_w = |a: &App| a.open_account().unwrap().influence.drawing().box_w;
    let s80 = screen(&mut a, 80, 24);
    assert_eq!(box_w(&a), 18, "80 columns keep today's boxes");
    insta::assert_snapshot!("influence_80x24", s80);
    let s = screen(&mut a, 200, 60);
    assert!(box_w(&a) > 30, "boxes widen on 200 columns: {}", box_w(&a));
    for whole in ["UI Chief Engineer", "ID Technical Director", "B Procurement Specialist"] {
        assert!(s.contains(whole), "{whole} is cut:\n{s}");
    }
    insta::assert_snapshot!("influence_200x60", s);
    // Never wider than the longest label needs, however wide the screen.
    screen(&mut a, 400, 60);
    let d = a.open_account().unwrap().influence.drawing();
    assert_eq!(d.box_w, d.whole_w, "{} {}", d.box_w, d.whole_w);
    assert!(d.boxes.iter().all(|b| !d.name(b).ends_with('…') && !d.detail(b).ends_with('…')));
    // And back to the narrow boxes when the window shrinks again.
    screen(&mut a, 80, 24);
    assert_eq!(box_w(&a), 18);
}

#[test]
fn coverage_and_pull_use_the_width_of_a_wide_window() {
    let mut a = open(long_names(), AccountView::Coverage);
    let s = screen(&mut a, 200, 60);
    assert!(s.contains("Elena Sokolova-Rimskaya"), "a member's whole name:\n{s}");
    assert!(s.contains("Сергей Петров-Задунайский"), "a person's whole name:\n{s}");
    insta::assert_snapshot!("coverage_long_names_200x60", s);
    run(&mut a, &[ShowView(AccountView::Pull)]);
    let s = screen(&mut a, 200, 60);
    // The cards fill their columns: a long name is whole on its card.
    assert!(s.contains("Сергей Петров-Задунайский"), "{s}");
    insta::assert_snapshot!("pull_long_names_200x60", s);
}
