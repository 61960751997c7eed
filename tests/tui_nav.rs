//! Navigation and app behaviour a new user tripped over, with the App driven by actions:
//! undo kept across leaving an account, add/edit/delete in every view of people, the
//! what-if keeping the focus and reaching weak coverage, the trash screen, Esc back to
//! where an account was opened from, read-only hints, and paging the help.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{message, run, screen};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::tui::action::Action::*;
use dmu::tui::widgets::dialog::Modal;

fn help_scroll(app: &dmu::tui::app::App) -> u16 {
    match app.modal {
        Some(Modal::Help(n)) => n,
        ref other => panic!("the help is not open: {other:?}"),
    }
}

#[test]
fn the_help_pages_with_pgup_pgdn_and_jumps_with_home_end() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open]);
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    app.handle_key(key(KeyCode::Char('?')));
    assert_eq!(help_scroll(&app), 0);
    // 100x30: the body is 27 rows, the help's border leaves 25.
    assert!(app.handle_key(key(KeyCode::PageDown)), "PgDn means something in the help");
    assert_eq!(help_scroll(&app), 25, "a page down");
    app.handle_key(key(KeyCode::PageDown));
    app.handle_key(key(KeyCode::PageUp));
    assert_eq!(help_scroll(&app), 25, "and a page back up");
    app.handle_key(key(KeyCode::End));
    let last = help_scroll(&app);
    assert!(last > 25, "the help is longer than two pages ({last})");
    let drawn = screen(&mut app, 100, 30);
    assert!(drawn.contains("Initiator"), "the end shows the last line, the role badges:\n{drawn}");
    app.handle_key(key(KeyCode::Down));
    app.handle_key(key(KeyCode::PageDown));
    assert_eq!(help_scroll(&app), last, "no scrolling past the end");
    app.handle_key(key(KeyCode::Home));
    assert_eq!(help_scroll(&app), 0, "Home goes back to the top");
    app.handle_key(key(KeyCode::PageUp));
    assert_eq!(help_scroll(&app), 0);
    assert!(screen(&mut app, 100, 30).contains("PgUp PgDn Home End"), "the help says how it scrolls");
    assert_eq!(message(&app), "");
}

fn pull(app: &dmu::tui::app::App) -> &dmu::tui::views::pull::PullView {
    &app.open_account().expect("an account is open").pull
}

#[test]
fn leaving_a_what_if_puts_the_focus_back_where_it_was() {
    use dmu::tui::views::AccountView;
    use dmu::tui::views::pull::Focus;
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, ShowView(AccountView::Pull), SwitchPane, SwitchPane, Down]);
    assert_eq!(pull(&app).focus, Focus::NextBest);
    let next = pull(&app).next;
    run(&mut app, &[WhatIf]);
    assert!(pull(&app).scenario.is_some());
    run(&mut app, &[RaiseStance, Back]);
    assert!(pull(&app).scenario.is_none());
    assert_eq!(pull(&app).focus, Focus::NextBest, "Esc keeps the focus on the next best contacts");
    assert_eq!(pull(&app).next, next, "on the same one");
    run(&mut app, &[SwitchPane, SwitchPane]);
    assert_eq!(pull(&app).focus, Focus::Flags);
    run(&mut app, &[WhatIf, Submit]);
    assert_eq!(pull(&app).focus, Focus::Flags, "nothing tried: the focus stays too");
    run(&mut app, &[WhatIf, RaiseStance, Submit]);
    assert!(message(&app).starts_with("Apply what-if"), "{}", message(&app));
    assert_eq!(pull(&app).focus, Focus::Flags, "applying keeps it as well");
}

#[test]
fn c_in_a_what_if_climbs_none_weak_medium_strong_none() {
    use dmu::model::Strength;
    use dmu::tui::views::AccountView;
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, ShowView(AccountView::Pull), WhatIf]);
    let person = pull(&app).selected_person().expect("a card is selected");
    let sc = pull(&app).scenario.as_ref().expect("a what-if is open");
    let member = sc.member_for(person).expect("the demo has a team");
    let id = sc.account.team[member].id.clone();
    let strength = |app: &dmu::tui::app::App| {
        let sc = pull(app).scenario.as_ref().unwrap();
        sc.account.people[person].coverage.iter().find(|c| c.member == id).map(|c| c.strength)
    };
    let start = strength(&app);
    let mut seen = vec![start];
    for _ in 0..4 {
        run(&mut app, &[CycleCoverage]);
        seen.push(strength(&app));
    }
    let ladder = [None, Some(Strength::Weak), Some(Strength::Medium), Some(Strength::Strong)];
    let at = ladder.iter().position(|s| *s == start).unwrap();
    let want: Vec<Option<Strength>> = (0..5).map(|i| ladder[(at + i) % 4]).collect();
    assert_eq!(seen, want, "c steps through every rung, weak included");
    assert!(seen.contains(&Some(Strength::Weak)));
}
