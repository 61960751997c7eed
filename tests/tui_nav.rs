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
    // The card selected is the second next best step's person: take that step.
    run(&mut app, &[WhatIf, TakeStep, Submit, Submit]); // apply, with no note
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

/// The follow-up selected on the agenda: (account slug, id).
fn on_agenda(app: &dmu::tui::app::App) -> (String, String) {
    let dmu::tui::app::Screen::Agenda(v) = &app.screen else { panic!("not on the agenda") };
    let e = v.selected(app.accounts.agenda()).expect("a follow-up is selected");
    (e.account.clone(), e.id.clone())
}

#[test]
fn esc_from_an_account_goes_back_to_the_agenda_or_team_it_was_opened_from() {
    use dmu::tui::app::Screen;
    let mut app = app(common::portfolio_fixture::library());
    run(&mut app, &[ShowAgenda, Down, Down, Down]);
    let picked = on_agenda(&app);
    assert_eq!(picked, ("nordic-steel".to_string(), "f-spec".to_string()));
    run(&mut app, &[Open]);
    assert!(app.open_account().is_some(), "Enter opened the account");
    // An edit on the way takes the agenda's first entry (Eva's overdue call) away.
    run(&mut app, &[ShowView(dmu::tui::views::AccountView::FollowUps), Top, MarkDone]);
    let eva = common::drive::account(&app).follow_ups.iter().find(|f| f.id == "f-eva-call").cloned();
    assert!(eva.unwrap().done.is_some(), "{}", message(&app));
    run(&mut app, &[Back]);
    assert!(matches!(app.screen, Screen::Agenda(_)), "Esc went back to the agenda");
    assert_eq!(on_agenda(&app), picked, "on the follow-up it was on");
    run(&mut app, &[Back]);
    assert!(matches!(app.screen, Screen::Accounts), "and Esc from there to the portfolio");

    // The team screen, a member's agenda, an account: Esc walks back through them.
    run(&mut app, &[ShowTeam]);
    let member = match &app.screen {
        Screen::OurTeam(v) => v.selected(),
        _ => panic!("the team"),
    };
    run(&mut app, &[Open]);
    let Screen::Agenda(v) = &app.screen else { panic!("their agenda") };
    let owner = v.owner().map(str::to_string);
    run(&mut app, &[Open]);
    assert!(app.open_account().is_some());
    run(&mut app, &[Back]);
    let Screen::Agenda(v) = &app.screen else { panic!("back to their agenda, not the portfolio") };
    assert_eq!(v.owner().map(str::to_string), owner, "still filtered on them");
    run(&mut app, &[Back]);
    let Screen::OurTeam(v) = &app.screen else { panic!("back to the team") };
    assert_eq!(v.selected(), member, "on the member it was on");
    run(&mut app, &[Back]);
    assert!(matches!(app.screen, Screen::Accounts));

    // From the portfolio, back to the portfolio on the account left.
    run(&mut app, &[Top, Down, Open]);
    let slug = app.open_account().unwrap().session.slug().to_string();
    run(&mut app, &[Back]);
    assert!(matches!(app.screen, Screen::Accounts));
    assert_eq!(app.accounts.selected().map(|r| r.slug.clone()), Some(slug));
    // g and t are screens of their own: Esc from them goes to the portfolio.
    run(&mut app, &[ShowTeam, Open, ShowTeam, Back]);
    assert!(matches!(app.screen, Screen::Accounts));
}

/// Opens the first account, adds "Иван Тест" and goes back to the portfolio.
fn add_and_leave(app: &mut dmu::tui::app::App) {
    run(app, &[Open, Add]);
    common::drive::typed(app, "Иван Тест");
    run(app, &[Submit]);
    assert_eq!(message(app), "Add Иван Тест");
    run(app, &[Back]);
    assert!(app.open_account().is_none());
}

#[test]
fn undo_survives_leaving_the_account_and_opening_it_again() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    add_and_leave(&mut app);
    run(&mut app, &[Open]);
    assert_eq!(message(&app), "", "nothing to say: the history is back");
    assert_eq!(common::drive::account(&app).people.len(), 15, "the edit is in the file");
    run(&mut app, &[Undo]);
    assert_eq!(message(&app), "Undid: add Иван Тест");
    assert_eq!(*common::drive::account(&app), common::doubles::demo());
    assert_eq!(disk.last().unwrap(), common::doubles::demo(), "and saved");
    // Redo too, after leaving once more.
    run(&mut app, &[Back, Open, Redo]);
    assert_eq!(message(&app), "Redid: add Иван Тест");
    assert_eq!(common::drive::account(&app).people.len(), 15);
}

#[test]
fn a_file_changed_since_drops_the_history_and_says_so_once() {
    let lib = MemLibrary::with_demo();
    let mut app = app(lib.clone());
    add_and_leave(&mut app);
    lib.change_on_disk("volga-pipe-works", |a| a.notes = Some("edited by git".into()));
    run(&mut app, &[Open]);
    assert_eq!(message(&app), "Undo history for Volga Pipe Works dropped: the file changed since");
    run(&mut app, &[Undo]);
    assert_eq!(message(&app), "Nothing to undo", "the history would undo on a file it no longer fits");
    run(&mut app, &[Back, Open]);
    assert_eq!(message(&app), "", "said once");
}

/// An app on a real data folder holding the portfolio fixture.
fn on_disk() -> (tempfile::TempDir, dmu::tui::app::App) {
    let tmp = tempfile::tempdir().unwrap();
    common::portfolio_fixture::write(tmp.path());
    let lib = dmu::store::DataDir::at(tmp.path());
    let theme = dmu::tui::theme::Theme::with_color(false);
    let slot = std::sync::Arc::new(std::sync::Mutex::new(None));
    let mut app = dmu::tui::app::App::new(Box::new(lib), common::doubles::today(), theme, slot);
    app.update(Resize(100, 30));
    (tmp, app)
}

#[test]
fn on_real_files_the_history_comes_back_only_to_the_same_bytes() {
    let (tmp, mut app) = on_disk();
    // Baltic Foods sorts first.
    let baltic = tmp.path().join("accounts/baltic-foods.json");
    add_and_leave(&mut app);
    run(&mut app, &[Open, Undo]);
    assert_eq!(message(&app), "Undid: add Иван Тест", "same bytes: the history is back");
    run(&mut app, &[Back]);
    // Another program rewrites the file with the same account, formatted differently.
    let text = std::fs::read_to_string(&baltic).unwrap();
    std::fs::write(&baltic, format!("{text}\n")).unwrap();
    run(&mut app, &[Open]);
    assert_eq!(message(&app), "Undo history for Baltic Foods dropped: the file changed since");
    run(&mut app, &[Redo]);
    assert_eq!(message(&app), "Nothing to redo");
}

#[test]
fn a_read_only_opening_keeps_the_history_for_the_next_writable_one() {
    let (tmp, mut app) = on_disk();
    let baltic = tmp.path().join("accounts/baltic-foods.json");
    add_and_leave(&mut app);
    let elsewhere = dmu::store::FileStore::open(&baltic).unwrap();
    run(&mut app, &[Open]);
    assert!(message(&app).contains("another dmu window is editing"), "{}", message(&app));
    run(&mut app, &[Undo]);
    assert_eq!(message(&app), "Nothing to undo", "nothing is undone on a read-only account");
    run(&mut app, &[Back]);
    drop(elsewhere);
    run(&mut app, &[Open, Undo]);
    assert_eq!(message(&app), "Undid: add Иван Тест");
}

#[test]
fn done_on_the_agenda_joins_the_accounts_undo_history() {
    let (_tmp, mut app) = on_disk();
    add_and_leave(&mut app);
    // The agenda's third entry is Baltic's visit.
    run(&mut app, &[ShowAgenda, Down, Down]);
    assert_eq!(on_agenda(&app).1, "f-visit");
    run(&mut app, &[MarkDone]);
    assert!(message(&app).starts_with("Done: “Plan a visit to Riga”"), "{}", message(&app));
    run(&mut app, &[Back, Top, Open, Undo]);
    assert_eq!(message(&app), "Undid: “Plan a visit to Riga” (Baltic Foods)");
    assert!(common::drive::account(&app).follow_ups[0].done.is_none());
    run(&mut app, &[Undo]);
    assert_eq!(message(&app), "Undid: add Иван Тест", "the edit made before is still there under it");
}

fn trash_rows(app: &dmu::tui::app::App) -> Vec<dmu::store::Trashed> {
    match &app.screen {
        dmu::tui::app::Screen::Trash(v) => v.rows.clone(),
        _ => panic!("not on the trash screen"),
    }
}

#[test]
fn the_trash_screen_lists_deleted_accounts_and_puts_one_back_never_over_a_file() {
    use dmu::tui::app::Screen;
    let (tmp, mut app) = on_disk();
    let accounts = tmp.path().join("accounts");
    // Delete Baltic Foods (first) and Karelia Paper (then first) from the portfolio.
    run(&mut app, &[Top, Delete, Yes, Top, Delete, Yes]);
    assert!(!accounts.join("baltic-foods.json").exists());
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert!(app.handle_key(key('D')), "D opens the trash from the portfolio");
    assert!(matches!(app.screen, Screen::Trash(_)));
    let rows = trash_rows(&app);
    let names: Vec<&str> = rows.iter().map(|t| t.account.as_deref().unwrap()).collect();
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"Baltic Foods") && names.contains(&"Karelia Paper"), "{names:?}");
    let drawn = screen(&mut app, 100, 30);
    assert!(drawn.contains("dmu · trash") && drawn.contains("Trashed") && drawn.contains("UTC"), "{drawn}");
    assert!(drawn.contains("baltic-foods.20"), "the file in the trash is named:\n{drawn}");

    // Put Baltic back: its old name is free.
    let at = rows.iter().position(|t| t.slug == "baltic-foods").unwrap();
    run(&mut app, &[Top]);
    for _ in 0..at {
        run(&mut app, &[Down]);
    }
    app.handle_key(key('r'));
    assert_eq!(message(&app), "Restored Baltic Foods to accounts/baltic-foods.json");
    assert!(accounts.join("baltic-foods.json").exists());
    assert_eq!(trash_rows(&app).len(), 1, "the trash is read again");

    // Karelia's name was taken meanwhile: it comes back beside the new file.
    std::fs::write(
        accounts.join("karelia-paper.json"),
        dmu::model::Account::new("acc-new", "Karelia (new)").to_canonical_json(),
    )
    .unwrap();
    let taken = std::fs::read(accounts.join("karelia-paper.json")).unwrap();
    run(&mut app, &[Restore]);
    assert_eq!(
        message(&app),
        "Restored Karelia Paper as accounts/karelia-paper-2.json: a file is named karelia-paper.json now, and a restore never writes over one"
    );
    assert_eq!(std::fs::read(accounts.join("karelia-paper.json")).unwrap(), taken, "untouched");
    assert!(trash_rows(&app).is_empty());
    assert!(screen(&mut app, 100, 30).contains("The trash is empty"));
    run(&mut app, &[Restore]);
    assert_eq!(message(&app), "Nothing is in the trash");
    run(&mut app, &[Back]);
    assert!(matches!(app.screen, Screen::Accounts));
    assert_eq!(
        app.accounts.selected().map(|r| r.slug.as_str()),
        Some("karelia-paper-2"),
        "on the one put back"
    );
}

#[test]
fn snapshot_of_the_trash_screen() {
    let (tmp, mut app) = on_disk();
    run(&mut app, &[Top, Delete, Yes]);
    // A fixed name and time, so the snapshot does not change with the clock.
    let trash = tmp.path().join("trash");
    let moved = std::fs::read_dir(&trash).unwrap().flatten().next().unwrap().path();
    std::fs::rename(&moved, trash.join("baltic-foods.2026-11-27-140305.json")).unwrap();
    std::fs::write(trash.join("yamal-gas.2026-11-20-090000.json"), "{ broken").unwrap();
    run(&mut app, &[ShowTrash]);
    insta::assert_snapshot!("trash_80x24", screen(&mut app, 80, 24));
    insta::assert_snapshot!("trash_120x30", screen(&mut app, 120, 30));
    for (w, h) in [(0, 0), (1, 1), (20, 5), (39, 9), (40, 10), (41, 11), (300, 3), (7, 200)] {
        screen(&mut app, w, h);
    }
}

#[test]
fn reopening_a_read_only_account_for_editing_gives_its_history_back() {
    let (tmp, mut app) = on_disk();
    let baltic = tmp.path().join("accounts/baltic-foods.json");
    add_and_leave(&mut app);
    let elsewhere = dmu::store::FileStore::open(&baltic).unwrap();
    run(&mut app, &[Open]);
    drop(elsewhere);
    run(&mut app, &[ReopenForEditing]);
    assert!(message(&app).starts_with("Reopened for editing"), "{}", message(&app));
    run(&mut app, &[Undo]);
    assert_eq!(message(&app), "Undid: add Иван Тест", "the other window changed nothing");
}
