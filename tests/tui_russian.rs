//! Every screen of the TUI in Russian: insta snapshots at 80x24 and 160x48, and no
//! English word left on them (a Latin word must be a name from the data, a key or a
//! format: see `common::russian`).
//!
//! States are built, driven and drawn inside `with_lang(Lang::Ru, …)`, as a process
//! started with `--lang ru` would.

mod common;

use common::doubles::{MemLibrary, app, demo, today};
use common::drive::run;
use common::drive::screen_text as text;
use common::portfolio_fixture;
use common::russian::english_words;
use common::russian::with_cuts;
use dmu::i18n::{Lang, with_lang};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::theme::Theme;
use dmu::tui::views::AccountView;
use std::sync::{Arc, Mutex};

/// The data the screens show: the demo account and the portfolio fixture's files,
/// with the folders they live in (paths are the rep's, not the interface's words).
fn data() -> String {
    let tmp = tempfile::tempdir().unwrap();
    portfolio_fixture::write(tmp.path());
    let mut text = serde_json::to_string(&demo()).unwrap();
    for e in std::fs::read_dir(tmp.path().join("accounts")).unwrap().flatten() {
        text.push_str(&std::fs::read_to_string(e.path()).unwrap());
        text.push_str(&e.path().display().to_string());
    }
    text + " /data/accounts /data/trash volga-pipe-works.json " + portfolio_fixture::BROKEN
}

/// Snapshots `app` at both sizes.
fn snap(name: &str, app: &mut App) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("ru_{name}_{w}x{h}"), text(app, w, h));
    }
}

/// The English words left on `app` at both sizes, with where they are.
fn english(name: &str, app: &mut App, data: &str) -> Vec<String> {
    let data = with_cuts(data);
    let mut out = Vec::new();
    for (w, h) in [(80, 24), (160, 48)] {
        let words = english_words(&text(app, w, h), &data);
        if !words.is_empty() {
            out.push(format!("{name} at {w}x{h}: {words:?}"));
        }
    }
    out
}

/// The demo account open on the view `v`, on 佐藤 健 (links both ways).
fn demo_on(v: AccountView) -> App {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Down, Down, ShowView(v)]);
    a
}

/// The trash of a real data folder with Baltic Foods in it, at a fixed time.
fn trash_state() -> (tempfile::TempDir, App) {
    let tmp = tempfile::tempdir().unwrap();
    portfolio_fixture::write(tmp.path());
    let lib = dmu::store::DataDir::at(tmp.path());
    let mut a = App::new(Box::new(lib), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    run(&mut a, &[Resize(100, 30), Top, Delete, Yes]);
    // A fixed name and time, so the snapshot does not change with the clock.
    let trash = tmp.path().join("trash");
    let moved = std::fs::read_dir(&trash).unwrap().flatten().next().unwrap().path();
    std::fs::rename(&moved, trash.join("baltic-foods.2026-11-27-140305.json")).unwrap();
    run(&mut a, &[ShowTrash]);
    (tmp, a)
}

/// Every screen of the views, in Russian, by name.
fn states() -> Vec<(&'static str, App)> {
    let portfolio = || app(portfolio_fixture::library());
    let mut out = vec![("portfolio", portfolio())];
    for (name, v) in [
        ("people", AccountView::People),
        ("org_chart", AccountView::OrgChart),
        ("influence", AccountView::Influence),
        ("coverage", AccountView::Coverage),
        ("pull", AccountView::Pull),
        ("changes", AccountView::Changes),
    ] {
        out.push((name, demo_on(v)));
    }
    // The detail pane scrolled to the person's history.
    let mut a = demo_on(AccountView::People);
    run(&mut a, &[SwitchPane, Bottom]);
    out.push(("person_history", a));
    let mut a = demo_on(AccountView::Pull);
    run(&mut a, &[WhatIf, RaiseStance]);
    out.push(("pull_whatif", a));
    let mut a = portfolio();
    run(&mut a, &[Down, Down, Open, ShowView(AccountView::FollowUps)]);
    out.push(("follow_ups", a));
    let mut a = portfolio();
    run(&mut a, &[ShowAgenda]);
    out.push(("agenda", a));
    let mut a = portfolio();
    run(&mut a, &[ShowTeam]);
    out.push(("team", a));
    out
}

#[test]
fn every_view_in_russian() {
    with_lang(Lang::Ru, || {
        for (name, mut a) in states() {
            snap(name, &mut a);
        }
        let (_tmp, mut a) = trash_state();
        snap("trash", &mut a);
    });
}

#[test]
fn no_english_is_left_on_the_russian_views() {
    with_lang(Lang::Ru, || {
        let mut left = Vec::new();
        for (name, mut a) in states() {
            left.extend(english(name, &mut a, &data()));
        }
        let (tmp, mut a) = trash_state();
        left.extend(english("trash", &mut a, &(data() + &tmp.path().display().to_string())));
        assert!(left.is_empty(), "{}", left.join("\n"));
    });
}

#[test]
fn the_views_words_are_russian_where_they_are_ours() {
    // What this area translates, on the people screen: headings, columns, fields.
    with_lang(Lang::Ru, || {
        let s = text(&mut demo_on(AccountView::People), 160, 48);
        for word in ["Люди (14)", "Должность", "Позиция", "Посл. контакт", "Сохранено", "Кто ведёт"]
        {
            assert!(s.contains(word), "{word}: {s}");
        }
    });
}

#[test]
fn the_english_screens_keep_their_words() {
    let s = text(&mut demo_on(AccountView::People), 80, 24);
    for word in [" Saved ", "People (14)", "Last contact"] {
        assert!(s.contains(word), "{word}: {s}");
    }
}
