//! The org chart and coverage views inside the App: number keys switch to them with the
//! selected person carried along, their own keys move and fold, undo works from them,
//! and whole-screen snapshots on the demo.

mod common;

use common::drive::screen;

use common::drive::run;

use common::doubles::{MemLibrary, app};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::Mode;
use dmu::tui::views::AccountView;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn key(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

fn selected_id(app: &App) -> Option<String> {
    let s = app.open_account()?;
    let p = match s.view {
        AccountView::People => s.people.selected_position(),
        AccountView::OrgChart => s.org.selected_person(),
        AccountView::Coverage => s.coverage.selected_person(),
        AccountView::Influence => s.influence.selected_person(),
        AccountView::Pull => s.pull.selected_person(),
        AccountView::FollowUps => s.followups.selected_person(s.session.account()),
        AccountView::Changes => s.changes.selected_about().and_then(|(_, p)| p),
        // A deal is no person.
        AccountView::Deals => None,
        AccountView::Plan | AccountView::Grid => s.selected_person(),
    }?;
    Some(s.session.account().people[p].id.clone())
}

/// The demo open with 佐藤 健 selected in the people table.
fn on_sato() -> App {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Down, Down]);
    assert_eq!(selected_id(&a).as_deref(), Some("p-sato"));
    a
}

#[test]
fn number_keys_switch_views_and_carry_the_selected_person() {
    let mut a = on_sato();
    key(&mut a, '2');
    assert_eq!(a.mode(), Mode::OrgChart);
    assert_eq!(selected_id(&a).as_deref(), Some("p-sato"));
    run(&mut a, &[Right]); // Sato's branch is open: go to the first report
    assert_eq!(selected_id(&a).as_deref(), Some("p-ivanov"));
    key(&mut a, '4');
    assert_eq!(a.mode(), Mode::Coverage);
    assert_eq!(selected_id(&a).as_deref(), Some("p-ivanov"));
    key(&mut a, '0');
    assert_eq!(a.mode(), Mode::Grid);
    assert_eq!(selected_id(&a).as_deref(), Some("p-ivanov"), "the grid selects them too");
    key(&mut a, '1');
    assert_eq!(a.mode(), Mode::People);
    assert_eq!(selected_id(&a).as_deref(), Some("p-ivanov"));
}

#[test]
fn folding_in_the_org_chart() {
    let mut a = on_sato();
    run(&mut a, &[ShowView(AccountView::OrgChart)]);
    let rows = |a: &App| a.open_account().unwrap().org.outline().rows().len();
    assert_eq!(rows(&a), 14);
    run(&mut a, &[Left]);
    assert_eq!(rows(&a), 12, "Sato's two reports are folded away");
    run(&mut a, &[CollapseAll]);
    assert_eq!(rows(&a), 1);
    run(&mut a, &[ExpandAll, Bottom]);
    assert_eq!(rows(&a), 14);
    assert_eq!(selected_id(&a).as_deref(), Some("p-orlova"));
}

#[test]
fn undo_from_the_org_chart_brings_a_deleted_person_back_into_it() {
    let mut a = on_sato();
    run(&mut a, &[Delete, Yes, ShowView(AccountView::OrgChart)]);
    let has_sato = |a: &App| {
        let s = a.open_account().unwrap();
        let acc = s.session.account();
        s.org.outline().rows().iter().any(|r| match r.node {
            dmu::layout::org::OrgNode::Person(i) => acc.people[i].id == "p-sato",
            _ => false,
        })
    };
    assert!(!has_sato(&a));
    key(&mut a, 'u');
    assert!(has_sato(&a), "the chart is rebuilt after undo");
    let text = screen(&mut a, 80, 24);
    assert!(text.contains("佐藤 健"), "{text}");
}

#[test]
fn screens_at_80x24_and_160x48() {
    let mut a = on_sato();
    run(&mut a, &[ShowView(AccountView::OrgChart)]);
    insta::assert_snapshot!("app_org_chart_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("app_org_chart_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[ShowView(AccountView::Coverage), Right]);
    insta::assert_snapshot!("app_coverage_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("app_coverage_160x48", screen(&mut a, 160, 48));
}

#[test]
fn every_size_draws_both_views() {
    let mut a = on_sato();
    for view in [AccountView::OrgChart, AccountView::Coverage] {
        run(&mut a, &[ShowView(view)]);
        for (w, h) in (0..=60).flat_map(|w| (0..=20).map(move |h| (w, h))).chain([(300, 100)]) {
            // Drawn but not turned into text: TestBackend cannot print a zero-width screen.
            a.update(Resize(w, h));
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| f.render_widget(&a, f.area())).unwrap();
        }
    }
}
