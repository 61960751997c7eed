//! The portfolio, agenda and team screens and the follow-ups view, driven by actions:
//! the screen shows what `dmu portfolio` computes, a follow-up added on a person
//! reaches the agenda and is marked done in its file, undo works on both, a locked
//! account is left alone, and snapshots of each screen at 80x24 and 120x30.

mod common;

use common::drive::{message, run, screen, typed};

use common::doubles::{app, today};
use common::portfolio_fixture;
use dmu::model::Account;
use dmu::store::{DataDir, FileStore};
use dmu::tui::action::Action::{self, *};
use dmu::tui::app::{App, Screen};
use dmu::tui::theme::Theme;
use dmu::tui::views::AccountView;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// An app on a real data folder holding the fixture.
fn on_disk() -> (tempfile::TempDir, App) {
    let tmp = tempfile::tempdir().unwrap();
    portfolio_fixture::write(tmp.path());
    let lib = DataDir::at(tmp.path());
    let mut app = App::new(Box::new(lib), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    app.update(Resize(100, 30));
    (tmp, app)
}

fn file(root: &Path, slug: &str) -> Account {
    let text = std::fs::read_to_string(root.join("accounts").join(format!("{slug}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn cli(root: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dmu"))
        .arg("--data-dir")
        .arg(root)
        .args(args)
        .args(["--today", "2026-11-27"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_screen_shows_the_figures_dmu_portfolio_prints() {
    let (tmp, mut app) = on_disk();
    // Compared as text: every figure to the last digit the JSON carries.
    let screen_json = serde_json::to_string_pretty(app.accounts.portfolio()).unwrap() + "\n";
    assert_eq!(
        screen_json,
        cli(tmp.path(), &["portfolio", "--format", "json"]),
        "the screen's figures are the command's"
    );
    // The hand figures, as drawn.
    let s = screen(&mut app, 120, 30);
    assert!(s.contains("revenue 2,500,000 EUR · top 1 48% · top 3 94% · HHI 3,640"), "{s}");
    for row in [
        "Baltic Foods     Growth       150,000   6.0%   3,000,000     0     6 2026-06-01    1       0",
        "Nordic Steel     Key        1,200,000  48.0%   1,500,000     0     6 2026-11-24    2       1",
        "Volga Pipe Works Key          850,000  34.0%   2,400,000    19     7 2026-11-20    2       1",
    ] {
        assert!(s.contains(row), "{row}\n{s}");
    }
    assert!(s.contains("yamal-gas.json   ⚠ line 4, column 3"), "broken files are listed: {s}");
    // The agenda screen lists what `dmu agenda` lists, in the same order.
    let cli_agenda: serde_json::Value =
        serde_json::from_str(&cli(tmp.path(), &["agenda", "--format", "json"])).unwrap();
    assert_eq!(serde_json::to_value(app.accounts.agenda()).unwrap(), cli_agenda["entries"]);
    assert_eq!(app.accounts.agenda().len(), 5);
}

#[test]
fn sorting_puts_the_worst_first_and_keeps_broken_files_last() {
    let mut app = app(portfolio_fixture::library());
    let names = |app: &App| -> Vec<String> {
        app.accounts
            .display()
            .map(|(r, f)| f.map_or(format!("{}.json", r.slug), |f| f.name.clone()))
            .collect()
    };
    run(&mut app, &[Down, Down]); // Nordic Steel
    for _ in 0..5 {
        run(&mut app, &[SortNext]); // name, tier, revenue, potential, score
    }
    assert_eq!(message(&app), "Sorted by pull score, lowest first");
    assert_eq!(
        names(&app),
        ["Baltic Foods", "Nordic Steel", "Volga Pipe Works", "Karelia Paper", "yamal-gas.json"]
    );
    assert_eq!(app.accounts.selected().unwrap().slug, "nordic-steel", "the selection follows the account");
    run(&mut app, &[SortReverse]);
    assert_eq!(names(&app)[..4], ["Karelia Paper", "Volga Pipe Works", "Nordic Steel", "Baltic Foods"]);
    assert_eq!(names(&app)[4], "yamal-gas.json");
}

#[test]
fn a_follow_up_added_on_a_person_reaches_the_agenda_is_done_there_and_undone() {
    let (tmp, mut app) = on_disk();
    run(&mut app, &[Down, Open]); // Karelia Paper: Ivo Laine, owner Ben Cole
    run(&mut app, &[AddFollowUp]);
    typed(&mut app, "Bring the wear samples");
    run(&mut app, &[NextField, NextField, NextField]); // owner, person (Ivo), due
    for _ in 0..10 {
        app.update(DeleteBack);
    }
    typed(&mut app, "2026-11-2");
    assert!(
        matches!(app.modal, Some(dmu::tui::widgets::dialog::Modal::Record(_))),
        "not a date yet: still open"
    );
    run(&mut app, &[Submit]);
    assert!(app.modal.is_some(), "an invalid date is refused");
    typed(&mut app, "6");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none(), "{}", message(&app));
    let saved = file(tmp.path(), "karelia-paper");
    let f = &saved.follow_ups[0];
    assert_eq!(
        (f.text.as_str(), f.owner.as_str(), f.person.as_deref(), f.due.to_string(), f.done),
        ("Bring the wear samples", "t-ben", Some("p-ivo"), "2026-11-26".to_string(), None),
        "saved at once"
    );
    // Back on the portfolio, the figures count it; on the agenda it is overdue.
    run(&mut app, &[Back]);
    let k = app.accounts.portfolio().accounts.iter().find(|a| a.slug == "karelia-paper").unwrap();
    assert_eq!((k.open_followups, k.overdue_followups), (1, 1));
    run(&mut app, &[ShowAgenda]);
    let at = app.accounts.agenda().iter().position(|e| e.id == f.id).expect("on the agenda");
    assert_eq!(at, 2, "overdue by one day: after the two older overdue ones");
    assert!(screen(&mut app, 100, 30).contains("Bring the wear samples"));
    run(&mut app, &[Down, Down, MarkDone]);
    assert_eq!(file(tmp.path(), "karelia-paper").follow_ups[0].done, Some(today()), "{}", message(&app));
    assert!(app.accounts.agenda().iter().all(|e| e.id != f.id), "gone from the agenda");
    run(&mut app, &[Undo]);
    assert_eq!(file(tmp.path(), "karelia-paper").follow_ups[0].done, None, "{}", message(&app));
    // The same in the account's follow-ups view, with the session's undo and redo.
    run(&mut app, &[Back]);
    assert_eq!(app.accounts.selected().unwrap().slug, "karelia-paper", "still selected");
    run(&mut app, &[Open, ShowView(AccountView::FollowUps), MarkDone]);
    assert_eq!(file(tmp.path(), "karelia-paper").follow_ups[0].done, Some(today()));
    run(&mut app, &[Undo]);
    assert_eq!(file(tmp.path(), "karelia-paper").follow_ups[0].done, None);
    run(&mut app, &[Redo, Delete]);
    assert!(!file(tmp.path(), "karelia-paper").follow_ups.is_empty(), "a delete asks first");
    run(&mut app, &[Yes]);
    assert!(file(tmp.path(), "karelia-paper").follow_ups.is_empty(), "deleted");
    run(&mut app, &[Undo]);
    assert_eq!(
        file(tmp.path(), "karelia-paper").follow_ups[0].done,
        Some(today()),
        "undo brings it back as it was"
    );
}

#[test]
fn demands_are_added_granted_and_deleted_in_the_follow_ups_view() {
    let (tmp, mut app) = on_disk();
    run(&mut app, &[Down, Open, ShowView(AccountView::FollowUps), SwitchPane, Add]);
    run(&mut app, &[NextField]);
    typed(&mut app, "Free delivery");
    run(&mut app, &[NextField, CycleNext, Submit]); // kind: the second one
    let d = &file(tmp.path(), "karelia-paper").demands[0];
    assert_eq!(
        (d.text.as_str(), d.date, d.kind.key(), d.granted),
        ("Free delivery", today(), "price", false)
    );
    run(&mut app, &[MarkDone]);
    assert!(file(tmp.path(), "karelia-paper").demands[0].granted);
    run(&mut app, &[Delete, Back]);
    assert!(!file(tmp.path(), "karelia-paper").demands.is_empty(), "no: nothing deleted");
    run(&mut app, &[Delete, Yes]);
    assert!(file(tmp.path(), "karelia-paper").demands.is_empty());
    run(&mut app, &[Undo, Undo]);
    assert!(!file(tmp.path(), "karelia-paper").demands[0].granted);
}

#[test]
fn marking_done_leaves_an_account_open_elsewhere_alone() {
    let (tmp, mut app) = on_disk();
    let nordic = tmp.path().join("accounts/nordic-steel.json");
    let before = std::fs::read(&nordic).unwrap();
    let (_elsewhere, _) = FileStore::open(&nordic).unwrap();
    run(&mut app, &[ShowAgenda, MarkDone]); // the first entry is Nordic's
    assert!(message(&app).contains("another dmu window is editing this account"), "{}", message(&app));
    assert_eq!(std::fs::read(&nordic).unwrap(), before, "not touched");
}

#[test]
fn enter_on_the_agenda_opens_the_account_on_the_person() {
    let mut app = app(portfolio_fixture::library());
    run(&mut app, &[ShowAgenda, Down, Open]); // Volga: Popova
    let s = app.open_account().expect("opened");
    let a = s.session.account();
    assert_eq!(a.name, "Volga Pipe Works");
    assert_eq!(a.people[s.people.selected_position().unwrap()].id, "p-popova");
}

#[test]
fn the_team_screen_counts_across_accounts_and_leads_to_a_members_agenda() {
    let mut app = app(portfolio_fixture::library());
    run(&mut app, &[ShowTeam]);
    let anna = &app.accounts.team()[0];
    assert_eq!(anna.name, "Anna Berg");
    assert_eq!(anna.accounts.len(), 3, "Baltic, Nordic and Volga");
    assert_eq!((anna.open_followups, anna.overdue_followups), (3, 2));
    run(&mut app, &[Open]);
    let Screen::Agenda(v) = &app.screen else { panic!("the agenda") };
    assert_eq!((v.owner(), v.len()), (Some("Anna Berg"), 3));
    run(&mut app, &[NextOwner]);
    let Screen::Agenda(v) = &app.screen else { panic!("the agenda") };
    assert_eq!(v.owner(), Some("Olav Lind"));
}

fn snap(name: &str, app: &mut App) {
    insta::assert_snapshot!(format!("{name}_80x24"), screen(app, 80, 24));
    insta::assert_snapshot!(format!("{name}_120x30"), screen(app, 120, 30));
}

#[test]
fn snapshots_of_the_portfolio_agenda_team_and_follow_ups() {
    let mut app = app(portfolio_fixture::library());
    snap("portfolio", &mut app);
    run(&mut app, &[ShowAgenda]);
    snap("agenda", &mut app);
    run(&mut app, &[ShowTeam]);
    snap("team", &mut app);
    run(&mut app, &[Back, Down, Down, Open, ShowView(AccountView::FollowUps)]);
    snap("follow_ups", &mut app);
    run(&mut app, &[Add]);
    typed(&mut app, "Call");
    run(&mut app, &[NextField, NextField, NextField, DeleteBack]);
    snap("follow_up_form", &mut app);
}

#[test]
fn every_screen_draws_at_small_and_odd_sizes() {
    let mut app = app(portfolio_fixture::library());
    let setups: [&[Action]; 5] = [
        &[],
        &[ShowAgenda],
        &[ShowTeam],
        &[Back, Down, Down, Open, ShowView(AccountView::FollowUps)],
        &[Add],
    ];
    for setup in setups {
        run(&mut app, setup);
        for (w, h) in [(40, 10), (41, 11), (57, 13), (80, 12), (200, 60)] {
            let s = screen(&mut app, w, h);
            assert_eq!(s.lines().count(), h as usize, "{setup:?} at {w}x{h}");
        }
    }
}

#[test]
fn an_account_in_another_currency_shows_its_own_figures_and_no_share() {
    let tmp = tempfile::tempdir().unwrap();
    portfolio_fixture::write(tmp.path());
    std::fs::write(
        tmp.path().join("accounts/taiga-mining.json"),
        r#"{"schema":1,"id":"acc-taiga","name":"Taiga Mining","tier":"key","currency":"RUB","annual_revenue":12000000,
        "people":[{"id":"p-1","name":"Олег","last_contact":"2026-11-20"}]}"#,
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("accounts/fresh.json"),
        r#"{"schema":1,"id":"acc-fresh","name":"Fresh Start"}"#,
    )
    .unwrap();
    let lib = DataDir::at(tmp.path());
    let mut app = App::new(Box::new(lib), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    let s = screen(&mut app, 140, 40);
    // The EUR figures are those of the fixture, untouched by 12 million RUB.
    assert!(s.contains("revenue 2,500,000 EUR · top 1 48% · top 3 94% · HHI 3,640"), "{s}");
    assert!(s.contains("Taiga Mining (RUB) is left out of the shares"), "{s}");
    let row = |name: &str| {
        s.lines()
            .find(|l| l.contains(&format!("│{name}")))
            .unwrap_or_else(|| panic!("{name} in {s}"))
            .to_string()
    };
    assert!(row("Taiga Mining").contains("12,000,000 RUB"), "{}", row("Taiga Mining"));
    assert!(!row("Taiga Mining").contains('%'), "blank, not 0.0%: {}", row("Taiga Mining"));
    assert!(row("Nordic Steel").contains("48.0%"), "{}", row("Nordic Steel"));
    // A new account with nobody in it: no score, no flags, and not at risk.
    assert!(row("Fresh Start").contains('–'), "{}", row("Fresh Start"));
    assert!(!s.contains("Key account Fresh Start is at risk"), "{s}");
    // The settings' main currency counts the portfolio in it instead.
    app.accounts.set_main_currency(Some("RUB".into()));
    let s = screen(&mut app, 140, 40);
    assert!(s.contains("revenue 12,000,000 RUB"), "{s}");
    assert!(row_of(&s, "Taiga Mining").contains("100.0%"), "{s}");
}

fn row_of(s: &str, name: &str) -> String {
    s.lines().find(|l| l.contains(&format!("│{name}"))).unwrap_or_else(|| panic!("{name} in {s}")).to_string()
}
