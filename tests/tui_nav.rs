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

/// The person selected in the view shown.
fn selected(app: &dmu::tui::app::App) -> dmu::model::Person {
    let s = app.open_account().expect("an account is open");
    s.session.account().people[s.selected_person().expect("someone is selected")].clone()
}

#[test]
fn a_e_d_act_on_the_selected_person_in_the_org_chart_influence_map_coverage_and_pull() {
    use dmu::tui::keymap::Mode;
    use dmu::tui::views::AccountView;
    let views = [AccountView::OrgChart, AccountView::Influence, AccountView::Coverage, AccountView::Pull];
    for view in views {
        let lib = MemLibrary::with_demo();
        let disk = lib.disk.clone();
        let mut app = app(lib);
        // The third row of the people table, 佐藤 健, comes along into the view.
        run(&mut app, &[Open, Down, Down, ShowView(view), Down]);
        let who = selected(&app);
        let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);

        assert!(app.handle_key(key('e')), "e means something in {view:?}");
        let Some(Modal::Person(form)) = &app.modal else { panic!("e edits in {view:?}: {:?}", app.modal) };
        assert!(!form.adding);
        assert_eq!(form.person().map(|p| p.id), Some(who.id.clone()), "the person selected there");
        run(&mut app, &[Back]);

        app.handle_key(key('d'));
        let Some(Modal::Confirm(c)) = &app.modal else { panic!("d asks in {view:?}: {:?}", app.modal) };
        assert_eq!(c.question, format!("Delete {}?", who.name), "the People view's question");
        assert!(c.detail.contains("Undo (u) brings everything back"), "{}", c.detail);
        run(&mut app, &[Yes]);
        let s = app.open_account().unwrap();
        assert!(s.session.account().person(&who.id).is_none(), "deleted from {view:?}");
        assert_eq!(s.view, view, "still in the view");
        assert_eq!(disk.last().unwrap(), *s.session.account(), "saved");
        run(&mut app, &[Undo]);
        assert!(app.open_account().unwrap().session.account().person(&who.id).is_some());

        app.handle_key(key('a'));
        let Some(Modal::Person(form)) = &app.modal else { panic!("a adds in {view:?}") };
        assert!(form.adding);
        common::drive::typed(&mut app, "Иван Новый");
        // Name -> Title -> Department -> Roles: a decider shows in every view.
        run(&mut app, &[NextField, NextField, NextField, ToggleRole(dmu::model::Role::Decider), Submit]);
        assert!(app.modal.is_none(), "saved: {:?}", app.modal);
        assert_eq!(message(&app), "Add Иван Новый");
        assert_eq!(app.open_account().unwrap().view, view);
        assert_eq!(selected(&app).name, "Иван Новый", "the new person is selected in {view:?}");

        let hints = screen(&mut app, 160, 48);
        let last = hints.lines().last().unwrap_or_default().to_string();
        assert!(last.contains("a e d add, edit, delete"), "{view:?} hints a, e and d: {last}");
        let narrow = screen(&mut app, 80, 24);
        let last = narrow.lines().last().unwrap_or_default().to_string();
        assert!(last.contains("a e d add, edit, delete"), "{view:?} hints them at 80 columns: {last}");
        let mode = app.mode();
        assert!(matches!(mode, Mode::OrgChart | Mode::Influence | Mode::Coverage | Mode::Pull));
    }
    let help: Vec<(String, &str)> = dmu::tui::widgets::help::entries();
    let at = help.iter().position(|(k, d)| d.is_empty() && k.contains("views 1 to 5")).expect("a help group");
    assert_eq!(help[at + 1], ("a".to_string(), "add person"), "the help lists a, e, d for views 1 to 5");
}

#[test]
fn a_read_only_account_hints_no_edits_but_the_keys_still_say_why() {
    use dmu::tui::views::AccountView;
    let mut lib = MemLibrary::with_demo();
    lib.read_only = Some(dmu::store::ReadOnly::LockedElsewhere);
    let mut app = app(lib);
    run(&mut app, &[Open]);
    for view in [AccountView::People, AccountView::OrgChart, AccountView::Coverage, AccountView::Pull] {
        run(&mut app, &[ShowView(view)]);
        let drawn = screen(&mut app, 160, 48);
        let hints = drawn.lines().last().unwrap_or_default().to_string();
        for gone in ["add, edit, delete", "u undo", "redo", "follow-up"] {
            assert!(!hints.contains(gone), "{view:?} still hints `{gone}` while read-only: {hints}");
        }
        assert!(hints.contains("? help"), "the other hints stay: {hints}");
        app.handle_key(KeyEvent::new(KeyCode::Char('d'), KeyModifiers::NONE));
        assert!(app.modal.is_none(), "nothing is asked");
        assert!(message(&app).starts_with("Cannot change this account: read-only"), "{}", message(&app));
    }
    run(&mut app, &[ShowView(AccountView::FollowUps)]);
    let hints = screen(&mut app, 160, 48).lines().last().unwrap_or_default().to_string();
    assert!(!hints.contains("a add") && !hints.contains("x done"), "{hints}");
    app.handle_key(KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE));
    assert!(message(&app).contains("read-only"), "{}", message(&app));

    // A writable account shows them all.
    let mut app = common::doubles::app(MemLibrary::with_demo());
    run(&mut app, &[Open]);
    let hints = screen(&mut app, 160, 48).lines().last().unwrap_or_default().to_string();
    assert!(hints.contains("a e d add, edit, delete") && hints.contains("u undo"), "{hints}");
}
