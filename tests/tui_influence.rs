//! The influence map inside the App: key 3 opens it on the person selected before,
//! the arrow keys move along the drawing, undo redraws it, and whole-screen snapshots
//! on the demo.

mod common;

use common::drive::{run, screen};

use common::doubles::{MemLibrary, app};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::Mode;
use dmu::tui::views::AccountView;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn on_map(app: &App) -> Option<String> {
    let s = app.open_account()?;
    let p = s.influence.selected_person()?;
    Some(s.session.account().people[p].id.clone())
}

/// The demo open with 佐藤 健 selected in the people table, then the map shown with 3.
fn map_on_sato() -> App {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Down, Down]);
    press(&mut a, KeyCode::Char('3'));
    assert_eq!(a.mode(), Mode::Influence);
    assert_eq!(on_map(&a).as_deref(), Some("p-sato"), "key 3 opens the map on the selected person");
    a
}

#[test]
fn arrow_keys_move_along_the_drawing_and_the_selection_travels_back() {
    let mut a = map_on_sato();
    press(&mut a, KeyCode::Right);
    assert_eq!(on_map(&a).as_deref(), Some("p-volkov"), "the payer level with the technical director");
    press(&mut a, KeyCode::Char('k'));
    assert_eq!(on_map(&a).as_deref(), Some("p-kuznetsova"), "the payer above");
    press(&mut a, KeyCode::Left);
    assert_eq!(on_map(&a).as_deref(), Some("p-morozov"), "the decider level with her");
    press(&mut a, KeyCode::Char('1'));
    assert_eq!(a.mode(), Mode::People);
    let s = a.open_account().unwrap();
    let p = s.people.selected_position().unwrap();
    assert_eq!(s.session.account().people[p].id, "p-morozov");
}

#[test]
fn undo_from_the_map_brings_a_deleted_person_back_into_it() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Down, Down, Delete, Yes, ShowView(AccountView::Influence)]);
    assert!(!screen(&mut a, 160, 48).contains("佐藤 健"));
    press(&mut a, KeyCode::Char('u'));
    let text = screen(&mut a, 160, 48);
    assert!(text.contains("佐藤 健"), "the map is laid out again after undo:\n{text}");
}

#[test]
fn screens_at_80x24_and_160x48() {
    let mut a = map_on_sato();
    insta::assert_snapshot!("app_influence_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("app_influence_160x48", screen(&mut a, 160, 48));
}

#[test]
fn every_size_draws_the_map() {
    let mut a = map_on_sato();
    for (w, h) in (0..=60).flat_map(|w| (0..=20).map(move |h| (w, h))).chain([(300, 100)]) {
        a.update(Resize(w, h));
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| f.render_widget(&a, f.area())).unwrap();
    }
}

#[test]
fn the_links_editor_opens_on_the_selected_box() {
    let mut a = map_on_sato();
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::Char('L'));
    assert_eq!(a.mode(), Mode::Links);
    let text = screen(&mut a, 100, 30);
    assert!(
        text.contains("Links of Дмитрий Волков"),
        "the editor is about the payer selected on the map:\n{text}"
    );
}

#[test]
fn a_column_scrolled_partly_off_the_left_keeps_a_readable_title() {
    // From the people table's first row (Дмитрий Волков, a payer) the map scrolls right,
    // so the influencers' column is cut at the left edge.
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open]);
    press(&mut a, KeyCode::Char('3'));
    let s = screen(&mut a, 80, 24);
    let header = s.lines().nth(1).unwrap();
    assert!(header.contains("◀ Inf"), "the cut column's title starts after the scroll mark: {header}");
    assert!(header.contains("Deciders (2)"), "{header}");
    assert!(
        !header.contains("(5D") && !header.contains("◀5)"),
        "no title runs into the next or shows only its tail: {header}"
    );
}

#[test]
fn the_legend_keeps_the_stance_marks_at_80_columns_and_narrower() {
    for width in [80u16, 60, 40] {
        let mut a = map_on_sato();
        let s = screen(&mut a, width, 24);
        let legend = s.lines().rev().find(|l| l.contains('━')).expect("a legend row");
        for mark in ["++", "+", "=", "-", "--", "?"] {
            assert!(legend.contains(mark), "{width} columns: `{mark}` missing from {legend}");
        }
    }
}
