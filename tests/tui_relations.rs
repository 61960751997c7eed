//! The team, coverage and links editors driven by actions on the demo account: every
//! change saved at once and undoable, refusals explained, and what the editors look
//! like at 80x24.

mod common;

use common::drive::{account, message, run, typed};

use common::doubles::{MemLibrary, app};
use dmu::model::{Function, LinkKind, Strength};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::{self, Mode};
use dmu::tui::relations::Editor;
use dmu::tui::relations::links::LinksState;
use dmu::tui::widgets::dialog::Modal;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn editor(app: &App) -> &Editor {
    match &app.modal {
        Some(Modal::Relations(e)) => e,
        other => panic!("expected an editor, got {other:?}"),
    }
}

fn screen(app: &mut App) -> String {
    app.update(Resize(80, 24));
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| f.render_widget(&*app, f.area())).unwrap();
    t.backend().to_string()
}

/// The demo open, with the person in file row `row` selected.
fn demo_at(row: usize) -> (App, common::doubles::Disk) {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    run(&mut app, &[Open]);
    for _ in 0..row {
        app.update(Down);
    }
    (app, disk)
}

const IVANOV: usize = 3;
const POPOVA: usize = 13;

/// Adds "Иван Техник" (technical) to our team through the team editor, and closes it.
fn add_member(app: &mut App) {
    run(app, &[EditTeam, Add]);
    typed(app, "Иван Техник");
    run(app, &[NextField, CycleNext, Submit]);
    assert!(matches!(editor(app), Editor::Team(_)), "back on the list after saving");
    app.update(Back);
}

#[test]
fn a_new_member_covers_a_person_in_one_undoable_edit() {
    let (mut app, disk) = demo_at(POPOVA);
    add_member(&mut app);
    let m = account(&app).team.last().unwrap().clone();
    assert_eq!((m.name.as_str(), m.function), ("Иван Техник", Function::Technical));
    assert_eq!(disk.last().unwrap().team.len(), 4, "saved at once");

    // Their row is the fourth; three steps right: none -> weak -> medium -> strong.
    run(&mut app, &[EditCoverage, Down, Down, Down, CycleNext, CycleNext, CycleNext]);
    assert!(account(&app).people[POPOVA].coverage.is_empty(), "a draft until Enter");
    app.update(Submit);
    assert!(app.modal.is_none());
    let cov = &account(&app).people[POPOVA].coverage;
    assert_eq!(cov.len(), 1);
    assert_eq!((cov[0].member.as_str(), cov[0].strength), (m.id.as_str(), Strength::Strong));
    assert_eq!(disk.last().unwrap().people[POPOVA].coverage, *cov);
    assert_eq!(message(&app), "Set the coverage of Анна Попова");
    app.update(Undo);
    assert!(account(&app).people[POPOVA].coverage.is_empty(), "one undo takes the whole edit back");
    assert_eq!(account(&app).team.len(), 4, "the member stays");
}

#[test]
fn an_influence_link_is_added_with_the_picker_typing_cyrillic() {
    let (mut app, disk) = demo_at(IVANOV);
    run(&mut app, &[EditLinks, AddInfluence]);
    assert_eq!(app.mode(), Mode::Picker);
    typed(&mut app, "поп");
    let Editor::Links(ed) = editor(&app) else { panic!("links editor") };
    let LinksState::Pick(_, picker) = &ed.state else { panic!("picking") };
    let found: Vec<&str> = picker.matches().map(|i| i.label.as_str()).collect();
    assert_eq!(found[0], "Анна Попова", "{found:?}");
    app.update(Submit);
    let a = account(&app);
    let l = a.links.last().unwrap();
    assert_eq!((l.from.as_str(), l.to.as_str(), l.kind), ("p-ivanov", "p-popova", LinkKind::Influences));
    assert_eq!(l.strength, Some(Strength::Medium));
    assert_eq!(disk.last().unwrap().links, a.links, "saved at once");
    assert_eq!(message(&app), "Add link Пётр Иванов influences Анна Попова");
    assert_eq!(app.mode(), Mode::Links, "back in the editor, on the new link");
    app.update(CycleNext);
    assert_eq!(account(&app).links.last().unwrap().strength, Some(Strength::Strong));
    run(&mut app, &[Undo, Undo]);
    assert_eq!(account(&app).links.len(), 25, "both edits undone from inside the editor");
}

#[test]
fn a_reporting_cycle_and_a_duplicate_are_refused_with_the_reason() {
    // Волков heads the company; Иванов reports to him through 佐藤.
    let (mut app, _) = demo_at(0);
    run(&mut app, &[EditLinks, AddReportsTo]);
    typed(&mut app, "иванов");
    app.update(Submit);
    let why = message(&app);
    assert!(why.contains("cannot report to Пётр Иванов") && why.contains("already reports to"), "{why}");
    let Editor::Links(ed) = editor(&app) else { panic!("links editor") };
    assert_eq!(ed.error.as_deref(), Some(why.as_str()), "shown in the editor too");
    assert!(screen(&mut app).contains("cannot report to"));
    assert_eq!(account(&app).links.len(), 25);

    let (mut app, _) = demo_at(IVANOV);
    run(&mut app, &[EditLinks, AddReportsTo]);
    typed(&mut app, "佐藤");
    app.update(Submit);
    assert_eq!(message(&app), "Пётр Иванов already reports to 佐藤 健");
}

#[test]
fn deleting_a_link_asks_first_and_undo_brings_it_back() {
    let (mut app, _) = demo_at(IVANOV);
    let before = account(&app).clone();
    run(&mut app, &[EditLinks, Delete]);
    assert_eq!(app.mode(), Mode::Confirm);
    assert!(screen(&mut app).contains("Delete the link: Пётр Иванов reports to 佐藤 健?"));
    app.update(Back);
    assert_eq!(account(&app).links.len(), 25, "no is no");
    run(&mut app, &[Delete, Yes]);
    assert_eq!(account(&app).links.len(), 24);
    app.update(Undo);
    assert_eq!(*account(&app), before);
}

#[test]
fn a_member_who_covers_people_is_deleted_with_their_coverage_after_asking() {
    let (mut app, disk) = demo_at(0);
    // Omar Haddad owns a follow-up: refused up front, with the reason.
    run(&mut app, &[EditTeam, Down, Delete]);
    assert_eq!(message(&app), "Omar Haddad owns 1 open or past follow-up; give it to someone else first");
    assert_eq!(app.mode(), Mode::TeamEditor);
    app.update(Back);

    add_member(&mut app);
    let id = account(&app).team[3].id.clone();
    for _ in 0..2 {
        run(&mut app, &[EditCoverage, Down, Down, Down, CycleNext, Submit, Down]);
    }
    let before = account(&app).clone();
    assert_eq!(before.people.iter().filter(|p| p.coverage.iter().any(|c| c.member == id)).count(), 2);

    run(&mut app, &[EditTeam, Bottom, Down, Down, Down, Delete]);
    assert_eq!(app.mode(), Mode::Confirm);
    let shown = screen(&mut app);
    assert!(shown.contains("Иван Техник covers 2 people; delete and remove that coverage?"), "{shown}");
    app.update(Yes);
    let a = account(&app);
    assert_eq!(a.team.len(), 3);
    assert!(a.people.iter().all(|p| p.coverage.iter().all(|c| c.member != id)), "coverage went too");
    assert_eq!(disk.last().unwrap(), *a);
    app.update(Undo);
    assert_eq!(*account(&app), before, "one undo restores the member and their coverage");
    assert_eq!(message(&app), "Undid: delete Иван Техник");
}

#[test]
fn every_editor_key_is_in_the_help_and_the_main_ones_in_the_hints() {
    let help = dmu::tui::widgets::help::entries();
    for b in keymap::bindings() {
        let modes = [Mode::TeamEditor, Mode::MemberFunction, Mode::CoverageEdit, Mode::Links, Mode::Picker];
        if b.modes.iter().any(|m| modes.contains(m)) {
            let key = keymap::key_label(b.key);
            assert!(
                help.iter().any(|(keys, desc)| *desc == b.desc && keys.split(' ').any(|k| k == key)),
                "{key} {} is not in the help",
                b.desc
            );
        }
    }
    let (mut app, _) = demo_at(IVANOV);
    assert!(screen(&mut app).contains("L links"));
    app.update(EditLinks);
    let s = screen(&mut app);
    assert!(
        s.contains("i add influence") && s.contains("r add reports-to") && s.contains("d delete link"),
        "{s}"
    );
}

#[test]
fn snapshots_of_the_editors_and_the_picker() {
    let (mut app, _) = demo_at(IVANOV);
    run(&mut app, &[EditTeam, Down, Edit, NextField]);
    insta::assert_snapshot!("team_editor_80x24", screen(&mut app));
    run(&mut app, &[Back, Back, EditCoverage, CycleNext]);
    insta::assert_snapshot!("coverage_editor_80x24", screen(&mut app));
    run(&mut app, &[Back, EditLinks, Down, Down]);
    insta::assert_snapshot!("links_editor_80x24", screen(&mut app));
    app.update(AddInfluence);
    typed(&mut app, "ан");
    insta::assert_snapshot!("picker_80x24", screen(&mut app));
}

#[test]
fn the_editors_open_on_the_person_selected_in_the_org_chart_and_coverage_views() {
    use dmu::tui::views::AccountView;
    for view in [AccountView::OrgChart, AccountView::Coverage] {
        let (mut app, _) = demo_at(IVANOV);
        run(&mut app, &[ShowView(view), EditLinks]);
        let Editor::Links(ed) = editor(&app) else { panic!("links editor") };
        assert_eq!(ed.person, "p-ivanov", "{view:?}");
        run(&mut app, &[Back, EditCoverage]);
        let Editor::Coverage(ed) = editor(&app) else { panic!("coverage editor") };
        assert_eq!(ed.person, "p-ivanov", "{view:?}");
    }
}
