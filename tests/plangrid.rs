//! The account plan (key 9) and the power-interest grid (key 0), driven by actions:
//! an initiative with the customer's plant manager added through the form, edited,
//! moved on, deleted and brought back; the grid's selection moving between quadrants,
//! the person form opened on the selected person and an edit moving them on the grid,
//! the start of the moves changed; and both views drawn at 80x24 and 160x48, in English
//! and in Russian, empty and filled.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::screen_text as text;
use common::drive::{account, message, run, typed};
use common::portfolio_fixture;
use common::russian::with_cuts;
use dmu::analysis::grid::Quadrant;
use dmu::i18n::{Lang, with_lang};
use dmu::model::{Account, HistoryEntry, Influence, Person, PlanItem, PlanKind, PlanStatus, Stance, Status};
use dmu::tui::action::Action::*;
use dmu::tui::app::{App, Screen};
use dmu::tui::views::AccountView;
use dmu::tui::widgets::dialog::Modal;
use serde_json::json;

fn day(s: &str) -> dmu::model::Date {
    s.parse().unwrap()
}

/// Nordic Steel from the portfolio fixture, open, with Jon Dahl (the plant manager)
/// selected in the people view.
fn nordic_on_jon() -> App {
    let mut app = app(portfolio_fixture::library());
    run(&mut app, &[Down, Down, Open]);
    assert_eq!(account(&app).name, "Nordic Steel");
    let Screen::Account(s) = &mut app.screen else { panic!("an account is open") };
    let a = s.session.account().clone();
    s.people.select_id(&a, "p-jon");
    app
}

#[test]
fn a_cost_reduction_with_the_plant_manager_is_planned_edited_moved_on_deleted_and_undone() {
    let mut app = nordic_on_jon();
    run(&mut app, &[ShowView(AccountView::Plan), Add]);
    assert!(matches!(app.modal, Some(Modal::Record(_))), "a opens the form");
    typed(&mut app, "Cut the furnace line's energy cost");
    // Kind: picked by its first letters.
    run(&mut app, &[NextField, Insert('C'), Insert('o'), Insert('s')]);
    // Owner: found by typing; With: the plant manager, carried from the people view.
    run(&mut app, &[NextField]);
    typed(&mut app, "olav");
    run(&mut app, &[Submit, NextField, NextField, NextField]);
    typed(&mut app, "2027-03-31");
    run(&mut app, &[NextField]);
    typed(&mut app, "120 000");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none(), "saved: {}", message(&app));
    let x = account(&app).plan[0].clone();
    assert_eq!(x.text, "Cut the furnace line's energy cost");
    assert!(x.id.starts_with("x-cut-the-furnace"), "{}", x.id);
    assert_eq!(x.kind, Some(PlanKind::CostReduction));
    assert_eq!((x.owner.as_deref(), x.with.as_deref()), (Some("t-olav"), Some("p-jon")));
    assert_eq!((x.status, x.due, x.value), (None, Some(day("2027-03-31")), Some(120_000.into())));
    assert!(message(&app).starts_with("Add initiative"), "{}", message(&app));
    let s = app.open_account().unwrap();
    assert_eq!(s.selected_person(), Some(1), "the selected initiative carries Jon to the other views");

    // Edited: agreed, through the form's status field.
    run(&mut app, &[Edit, NextField, NextField, NextField, NextField, CycleNext, Submit]);
    assert_eq!(account(&app).plan[0].status, Some(PlanStatus::Agreed));
    // x moves it on, and on; done is where it ends.
    run(&mut app, &[MarkDone]);
    assert_eq!(account(&app).plan[0].status(), PlanStatus::Running);
    run(&mut app, &[MarkDone, MarkDone]);
    assert_eq!(account(&app).plan[0].status(), PlanStatus::Done);
    assert!(message(&app).contains("change its status in the form (e)"), "{}", message(&app));
    assert_eq!(app.open_account().unwrap().plan.totals().done, (1, 120_000.0));

    // Deleted after a question; undo brings it back, as it was.
    run(&mut app, &[Delete]);
    assert!(matches!(app.modal, Some(Modal::Confirm(_))));
    run(&mut app, &[Yes]);
    assert!(account(&app).plan.is_empty());
    run(&mut app, &[Undo]);
    assert_eq!(account(&app).plan.len(), 1);
    assert_eq!(account(&app).plan[0].status(), PlanStatus::Done);
    assert_eq!(account(&app).plan[0].with.as_deref(), Some("p-jon"));
}

#[test]
fn a_changed_plan_form_asks_before_esc_drops_it_and_a_blank_text_is_refused() {
    let mut app = nordic_on_jon();
    run(&mut app, &[ShowView(AccountView::Plan), Add, Submit]);
    assert!(matches!(app.modal, Some(Modal::Record(_))), "no text: not saved");
    assert!(account(&app).plan.is_empty());
    typed(&mut app, "x");
    run(&mut app, &[Back]);
    assert_eq!(app.mode(), dmu::tui::keymap::Mode::DiscardChanges);
    run(&mut app, &[Yes]);
    assert!(app.modal.is_none() && account(&app).plan.is_empty());
    // Nothing to edit or move on in an empty plan.
    run(&mut app, &[Edit]);
    assert_eq!(message(&app), "No initiative is selected");
}

/// A customer on 2026-11-27 (the tests' today) with people in every quadrant, two
/// who moved in the last month, a crowd to monitor, someone who left, and a plan.
fn grid_account(with_plan: bool) -> Account {
    let mut a = Account::new("acc-volga-filters", "Volga Filters");
    a.currency = Some("RUB".into());
    a.team = serde_json::from_value(json!([
        {"id": "t-anna", "name": "Anna Berg", "function": "sales"},
        {"id": "t-omar", "name": "Omar Haddad", "function": "technical"}
    ]))
    .unwrap();
    let person = |id: &str, name: &str, title: &str, inf: i64, stance: Stance, seen: Option<&str>| {
        let mut p = Person::new(id, name);
        p.title = Some(title.into());
        p.influence = Influence(inf);
        p.stance = stance;
        p.last_contact = seen.map(day);
        p
    };
    a.people = vec![
        person("p-pyotr", "Pyotr Ivanov", "Plant manager", 4, Stance::Supporter, Some("2026-11-20")),
        person("p-olga", "Olga Kuznetsova", "CFO", 5, Stance::Champion, Some("2026-11-25")),
        person("p-ivan", "Ivan Petrov", "CEO", 5, Stance::Unknown, None),
        person("p-igor", "Igor Smirnov", "Head of procurement", 4, Stance::Neutral, Some("2026-11-01")),
        person("p-anna", "Anna Sokolova", "Buyer", 2, Stance::Skeptic, Some("2026-09-15")),
        person("p-maria", "Maria Orlova", "Process engineer", 3, Stance::Supporter, Some("2026-11-26")),
    ];
    for (i, name) in [
        "Sergey Volkov",
        "Elena Morozova",
        "Dmitry Lebedev",
        "Natalia Kozlova",
        "Alexey Novikov",
        "Tatiana Popova",
        "Mikhail Fedorov",
    ]
    .iter()
    .enumerate()
    {
        a.people.push(person(&format!("p-m{i}"), name, "Operator", 2, Stance::Neutral, Some("2026-11-10")));
    }
    let mut gone = person("p-boris", "Boris Left", "Former CTO", 5, Stance::Champion, Some("2026-11-01"));
    gone.status = Some(Status::Left);
    a.people.push(gone);
    let change =
        |id: &str, at: &str, who: &str, field: &str, from: serde_json::Value, to: serde_json::Value| {
            let mut e = HistoryEntry::new(id.into(), at.into(), Some("t-anna".into()));
            e.person = Some(who.into());
            e.field = Some(field.into());
            e.from = Some(from);
            e.to = Some(to);
            e
        };
    a.history = vec![
        // The plant manager: raised and won over this month (from monitor).
        change("h1", "2026-11-10T09:00:00Z", "p-pyotr", "influence", json!(2), json!(4)),
        change("h2", "2026-11-20T09:00:00Z", "p-pyotr", "stance", json!("neutral"), json!("supporter")),
        // The buyer: lost her say (from manage closely), and time made her stale.
        change("h3", "2026-11-05T09:00:00Z", "p-anna", "influence", json!(4), json!(2)),
    ];
    if with_plan {
        let item = |id: &str,
                    text: &str,
                    kind,
                    owner: &str,
                    with: &str,
                    status,
                    due: Option<&str>,
                    value: Option<u64>| {
            let mut x = PlanItem::new(id, text);
            x.kind = Some(kind);
            x.owner = Some(owner.into());
            x.with = Some(with.into()).filter(|w: &String| !w.is_empty());
            x.status = Some(status);
            x.due = due.map(day);
            x.value = value.map(Into::into);
            x
        };
        a.plan = vec![
            item(
                "x1",
                "Cut furnace energy cost by 8%",
                PlanKind::CostReduction,
                "t-omar",
                "p-pyotr",
                PlanStatus::Running,
                Some("2027-03-31"),
                Some(1_200_000),
            ),
            item(
                "x2",
                "Joint demand forecast for 2027",
                PlanKind::DemandForecast,
                "t-anna",
                "p-olga",
                PlanStatus::Agreed,
                Some("2026-12-15"),
                Some(300_000),
            ),
            item(
                "x3",
                "Co-branded seminar for filter buyers",
                PlanKind::JointPromotion,
                "t-anna",
                "p-maria",
                PlanStatus::Idea,
                None,
                None,
            ),
            item(
                "x4",
                "Spare-parts stock plan",
                PlanKind::DeliveryPlanning,
                "t-omar",
                "",
                PlanStatus::Done,
                Some("2026-10-01"),
                Some(50_000),
            ),
            item(
                "x5",
                "Joint coating research",
                PlanKind::JointDevelopment,
                "t-omar",
                "p-igor",
                PlanStatus::Dropped,
                None,
                Some(900_000),
            ),
        ];
    }
    a
}

/// An app with one account open on a view.
fn open_on(a: Account, v: AccountView) -> App {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga-filters".into(), Ok(a)));
    let mut app = app(lib);
    run(&mut app, &[Open, ShowView(v)]);
    app
}

fn grid_view(app: &App) -> &dmu::tui::views::power_grid::PowerGridView {
    &app.open_account().unwrap().grid
}

fn selected_name(app: &App) -> String {
    let s = app.open_account().unwrap();
    s.selected_person().map(|i| s.session.account().people[i].name.clone()).unwrap_or_default()
}

#[test]
fn the_grid_places_everyone_still_there_and_marks_who_moved_since_a_month_back() {
    let app = open_on(grid_account(false), AccountView::Grid);
    let g = grid_view(&app);
    let a = account(&app);
    assert_eq!(g.placed().len(), 13, "Boris left: not on the grid");
    let at = |id: &str| g.placed().iter().find(|p| a.people[p.person].id == id).cloned().unwrap();
    assert_eq!(
        (at("p-pyotr").quadrant, at("p-pyotr").was),
        (Quadrant::ManageClosely, Some(Quadrant::Monitor))
    );
    assert_eq!((at("p-anna").quadrant, at("p-anna").was), (Quadrant::Monitor, Some(Quadrant::ManageClosely)));
    assert_eq!(at("p-ivan").quadrant, Quadrant::KeepSatisfied);
    assert_eq!(at("p-maria").quadrant, Quadrant::KeepInformed);
    assert_eq!(g.moved(), 2);
    assert_eq!(g.start().unwrap().text, "2026-10-28, 30 days ago");
}

#[test]
fn the_grid_moves_between_people_and_edits_the_selected_one_with_the_person_form() {
    let mut app = open_on(grid_account(false), AccountView::Grid);
    // The person selected in the people view (the first) is carried over.
    assert_eq!(selected_name(&app), "Pyotr Ivanov");
    run(&mut app, &[Up]);
    assert_eq!(selected_name(&app), "Olga Kuznetsova", "manage closely: most influence first");
    run(&mut app, &[Down]);
    assert_eq!(selected_name(&app), "Pyotr Ivanov");
    run(&mut app, &[Down]);
    assert_eq!(selected_name(&app), "Maria Orlova", "down from the top row's end: keep informed");
    run(&mut app, &[Left]);
    assert_eq!(selected_name(&app), "Alexey Novikov", "monitor, beside it: most influence, then by name");
    run(&mut app, &[Bottom]);
    assert_eq!(selected_name(&app), "Tatiana Popova", "the last of monitor, by name after influence");
    run(&mut app, &[Top, Up]);
    assert_eq!(selected_name(&app), "Igor Smirnov", "up from monitor: the last of keep satisfied");

    // Enter edits the selected person with the person form; raising Maria's
    // influence to 4 moves her to manage closely, and the selection goes with her.
    run(&mut app, &[Right, Down]);
    assert_eq!(selected_name(&app), "Maria Orlova");
    run(&mut app, &[Edit]);
    let Some(Modal::Person(f)) = &app.modal else { panic!("the person form: {:?}", app.modal.is_some()) };
    assert_eq!(f.person_id(), "p-maria");
    run(&mut app, &[Back]);
    assert!(app.modal.is_none());
    app.handle_key(crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Enter));
    assert!(matches!(app.modal, Some(Modal::Person(_))), "Enter edits too");
    run(&mut app, &[NextField, NextField, NextField, NextField, NextField, NextField, NextField, NextField]);
    run(&mut app, &[DeleteBack]);
    typed(&mut app, "4");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none(), "saved: {}", message(&app));
    assert_eq!(account(&app).people[5].influence, Influence(4));
    assert_eq!(selected_name(&app), "Maria Orlova");
    assert_eq!(grid_view(&app).selected_quadrant(), Quadrant::ManageClosely);
    let maria = grid_view(&app).placed().iter().find(|p| p.person == 5).cloned().unwrap();
    assert_eq!(maria.was, Some(Quadrant::KeepInformed), "the edit is a move since a month back");
    run(&mut app, &[Undo]);
    assert_eq!(grid_view(&app).selected_quadrant(), Quadrant::KeepInformed);

    // s counts the moves from another start: the last sync (never: everything), then 7 days.
    run(&mut app, &[ChangesSince]);
    assert!(message(&app).ends_with("showing everything (2 people moved)"), "{}", message(&app));
    run(&mut app, &[ChangesSince, ChangesSince]);
    assert!(
        message(&app).starts_with("Moves since 2026-11-20, 7 days ago: 1 person moved"),
        "{}",
        message(&app)
    );
    // The selected person is carried to the people view.
    run(&mut app, &[ShowView(AccountView::People)]);
    assert_eq!(selected_name(&app), "Maria Orlova");
}

#[test]
fn views_nine_and_zero_are_bound_and_named() {
    use crossterm::event::{KeyCode, KeyEvent};
    let mut app = open_on(grid_account(true), AccountView::People);
    app.handle_key(KeyEvent::from(KeyCode::Char('9')));
    assert_eq!(app.open_account().unwrap().view, AccountView::Plan);
    app.handle_key(KeyEvent::from(KeyCode::Char('0')));
    assert_eq!(app.open_account().unwrap().view, AccountView::Grid);
    assert_eq!(
        (AccountView::Plan.setting_name(), AccountView::Grid.setting_name()),
        ("view_plan", "view_grid")
    );
}

fn snap(prefix: &str, name: &str, app: &mut App) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("{prefix}{name}_{w}x{h}"), text(app, w, h));
    }
}

fn states() -> Vec<(&'static str, App)> {
    let mut empty = grid_account(false);
    empty.people.clear();
    empty.history.clear();
    // The plant manager, a mover, is carried from the people view.
    let selected_mover = open_on(grid_account(true), AccountView::Grid);
    vec![
        ("plan_empty", open_on(grid_account(false), AccountView::Plan)),
        ("plan", open_on(grid_account(true), AccountView::Plan)),
        ("grid_empty", open_on(empty, AccountView::Grid)),
        ("grid", selected_mover),
    ]
}

#[test]
fn both_views_in_english() {
    for (name, mut a) in states() {
        snap("", name, &mut a);
    }
}

#[test]
fn both_views_in_russian_with_no_english_left() {
    with_lang(Lang::Ru, || {
        let data = with_cuts(&serde_json::to_string(&grid_account(true)).unwrap());
        for (name, mut a) in states() {
            snap("ru_", name, &mut a);
            for (w, h) in [(80, 24), (160, 48)] {
                let words = common::russian::english_words(&text(&mut a, w, h), &data);
                assert!(words.is_empty(), "{name} at {w}x{h}: {words:?}");
            }
        }
    });
}

#[test]
fn the_plan_form_and_the_overflowing_grid_fit_eighty_columns() {
    let mut app = open_on(grid_account(true), AccountView::Plan);
    run(&mut app, &[Edit]);
    insta::assert_snapshot!("plan_form_80x24", text(&mut app, 80, 24));
    with_lang(Lang::Ru, || {
        let mut ru = open_on(grid_account(true), AccountView::Plan);
        run(&mut ru, &[Edit]);
        insta::assert_snapshot!("ru_plan_form_80x24", text(&mut ru, 80, 24));
    });
    run(&mut app, &[Back, ShowView(AccountView::Grid), Down, Down, Left, Bottom]);
    let shown = text(&mut app, 80, 24);
    assert!(shown.contains("Tatiana Popova") && shown.contains("+2 more"), "{shown}");
}

#[test]
fn the_help_lists_the_plan_and_the_grid_keys_under_their_own_headings() {
    let mut app = open_on(grid_account(true), AccountView::Plan);
    run(&mut app, &[Help]);
    let mut all = String::new();
    for _ in 0..40 {
        all.push_str(&text(&mut app, 100, 40));
        run(&mut app, &[PageDown]);
    }
    for words in
        ["Account plan", "next status", "Power-interest grid", "quadrant to the left", "moves since…"]
    {
        assert!(all.contains(words), "{words} is not in the help");
    }
}
