//! Deals and the deal lens, driven by actions: two deals of one account added through
//! the form, each given its own decider through the person form while it is the lens;
//! the people, the Pull view's analysis and the header follow the lens; clearing it
//! brings the account roles back; and every edit is one undo.

mod common;

use common::deals_fixture;
use common::doubles::app;
use common::drive::{account, message, run, screen, typed};
use dmu::analysis::Stage;
use dmu::model::{DealStage, Process, Role};
use dmu::tui::action::Action::*;
use dmu::tui::app::{AccountScreen, App, Screen};
use dmu::tui::views::AccountView;

fn open(app: &App) -> &AccountScreen {
    app.open_account().expect("an account is open")
}

fn open_mut(app: &mut App) -> &mut AccountScreen {
    let Screen::Account(s) = &mut app.screen else { panic!("an account is open") };
    s
}

/// Ural Steel open on the Deals view.
fn on_deals() -> App {
    let mut app = app(deals_fixture::library());
    run(&mut app, &[Open, ShowView(AccountView::Deals)]);
    app
}

/// Adds a deal through the form: its name, a stage by its first letter, a value.
fn add_deal(app: &mut App, name: &str, stage: char, value: &str) {
    run(app, &[Add]);
    typed(app, name);
    run(app, &[NextField, Insert(stage), NextField]);
    typed(app, value);
    run(app, &[Submit]);
    assert!(app.modal.is_none(), "saved: {}", message(app));
}

/// Selects the deal called `name` in the Deals view and presses the lens key there
/// (which turns the lens on it, or off when it is the lens already).
fn press_lens(app: &mut App, name: &str) {
    run(app, &[ShowView(AccountView::Deals)]);
    let s = open_mut(app);
    let a = s.session.account().clone();
    let id = a.deals.iter().find(|d| d.name == name).expect("the deal").id.clone();
    s.deals.select(&a, &id);
    run(app, &[DealLens]);
}

/// Looks through the deal called `name`.
fn lens(app: &mut App, name: &str) {
    if open(app).session.lens().is_none_or(|d| d.name != name) {
        press_lens(app, name);
    }
    assert_eq!(open(app).session.lens().map(|d| d.name.as_str()), Some(name));
}

/// Edits a person from the people view, toggling roles on the roles field.
fn toggle_roles(app: &mut App, person: &str, roles: &[Role]) {
    run(app, &[ShowView(AccountView::People)]);
    let s = open_mut(app);
    let a = s.session.shown().clone();
    s.people.select_id(&a, person);
    run(app, &[Edit, NextField, NextField, NextField]);
    for r in roles {
        run(app, &[ToggleRole(*r)]);
    }
    run(app, &[Submit]);
    assert!(app.modal.is_none(), "saved: {}", message(app));
}

/// The ids of the people in the Pull view's deciders column, and of the deciders its
/// analysis found paths to.
fn pull_deciders(app: &mut App) -> (Vec<String>, Vec<String>) {
    run(app, &[ShowView(AccountView::Pull)]);
    let s = open(app);
    let a = s.session.shown();
    let c = s.pull.computed().expect("analysed");
    let col = Stage::ALL.iter().position(|s| *s == Stage::Decider).unwrap();
    let ids = |v: &mut dyn Iterator<Item = usize>| {
        let mut ids: Vec<String> = v.map(|i| a.people[i].id.clone()).collect();
        ids.sort();
        ids
    };
    let column = ids(&mut c.columns[col].iter().copied());
    let reached = ids(&mut c.analysis.decider_paths.iter().filter_map(|p| p.people.last().copied()));
    (column, reached)
}

fn roles_shown(app: &App, person: &str) -> Vec<Role> {
    open(app).session.shown().person(person).unwrap().roles.clone()
}

/// Two deals, the furnace's decider Ivan and the spare parts' decider Petr.
fn two_deals() -> App {
    let mut app = on_deals();
    add_deal(&mut app, "Furnace", 'p', "1200000");
    add_deal(&mut app, "Spare parts", 'n', "80000");
    lens(&mut app, "Furnace");
    toggle_roles(&mut app, "p-ivan", &[Role::Influencer, Role::Decider]);
    lens(&mut app, "Spare parts");
    toggle_roles(&mut app, "p-petr", &[Role::Decider]);
    app
}

#[test]
fn two_deals_of_one_account_have_their_own_deciders_and_the_lens_switches_between_them() {
    let mut app = two_deals();
    let a = account(&app).clone();
    assert_eq!(a.deals.len(), 2);
    let (furnace, spares) = (&a.deals[0], &a.deals[1]);
    assert_eq!((furnace.name.as_str(), furnace.stage), ("Furnace", Some(DealStage::Proposal)));
    assert_eq!(furnace.value, Some(1_200_000.into()));
    assert_eq!(spares.stage, Some(DealStage::Negotiation));
    assert_eq!(furnace.roles["p-ivan"], [Role::Decider], "Ivan decides the furnace");
    assert_eq!(spares.roles["p-petr"], [Role::User, Role::Decider], "Petr decides the spare parts");
    assert!(!furnace.roles.contains_key("p-petr") && !spares.roles.contains_key("p-ivan"));
    // The account roles stay as they were: the edits went to the deals.
    assert_eq!(a.person("p-ivan").unwrap().roles, [Role::Influencer]);
    assert_eq!(a.person("p-petr").unwrap().roles, [Role::User]);

    // The spare parts lens is on: Petr decides, with Gleb (the deal says nothing of him).
    assert_eq!(roles_shown(&app, "p-petr"), [Role::User, Role::Decider]);
    assert_eq!(roles_shown(&app, "p-ivan"), [Role::Influencer]);
    let (column, reached) = pull_deciders(&mut app);
    assert_eq!(column, ["p-gleb", "p-petr"]);
    assert!(reached.contains(&"p-petr".to_string()), "the analysis runs for the deal: {reached:?}");
    assert!(screen(&mut app, 100, 30).contains("Deal: Spare parts"), "the header names the lens");

    lens(&mut app, "Furnace");
    assert_eq!(roles_shown(&app, "p-ivan"), [Role::Decider]);
    assert_eq!(roles_shown(&app, "p-petr"), [Role::User]);
    let (column, reached) = pull_deciders(&mut app);
    assert_eq!(column, ["p-gleb", "p-ivan"]);
    assert!(reached.contains(&"p-ivan".to_string()), "{reached:?}");
    assert!(!reached.contains(&"p-petr".to_string()));
    let people = screen(&mut app, 100, 30);
    assert!(people.contains("Deal: Furnace"), "{people}");

    // Off (W, from any view): the account roles again, Gleb the only decider.
    run(&mut app, &[ClearLens]);
    assert_eq!(message(&app), "The whole account again: every view shows the account roles");
    assert!(open(&app).session.lens().is_none());
    assert_eq!(roles_shown(&app, "p-ivan"), [Role::Influencer]);
    let (column, _) = pull_deciders(&mut app);
    assert_eq!(column, ["p-gleb"]);
    assert!(!screen(&mut app, 100, 30).contains("Deal:"));
}

#[test]
fn space_on_the_deal_in_the_lens_takes_it_off_and_each_deal_shows_its_own_pull() {
    let mut app = two_deals();
    press_lens(&mut app, "Spare parts");
    assert!(open(&app).session.lens().is_none(), "the same deal again: the whole account");
    run(&mut app, &[ClearLens]);
    assert_eq!(message(&app), "No deal lens is on");
    run(&mut app, &[ShowView(AccountView::Deals)]);
    let s = open(&app);
    let scores: Vec<u8> = s.deals.summaries().iter().map(|d| d.score).collect();
    let own = |d: usize| s.deals.summaries()[d].own_roles.clone();
    assert_eq!(own(0), ["Ivan Petrov: Decider"]);
    assert_eq!(own(1), ["Petr Sidorov: User, Decider"]);
    // Each deal's pull is its own analysis: what the Pull view shows through its lens.
    lens(&mut app, "Furnace");
    run(&mut app, &[ShowView(AccountView::Pull)]);
    assert_eq!(open(&app).pull.computed().unwrap().analysis.score, scores[0]);
    lens(&mut app, "Spare parts");
    run(&mut app, &[ShowView(AccountView::Pull)]);
    assert_eq!(open(&app).pull.computed().unwrap().analysis.score, scores[1]);
}

#[test]
fn a_role_edit_through_the_lens_changes_only_the_deal_and_undoes_in_one_step() {
    let mut app = two_deals();
    let before = account(&app).clone();
    lens(&mut app, "Furnace");
    // Olga pays for the furnace and decides it too; her other fields change as usual.
    run(&mut app, &[ShowView(AccountView::People)]);
    let s = open_mut(&mut app);
    let a = s.session.shown().clone();
    s.people.select_id(&a, "p-olga");
    run(&mut app, &[Edit, NextField, DeleteBack, DeleteBack, DeleteBack]);
    typed(&mut app, "Finance Director");
    run(&mut app, &[NextField, NextField, ToggleRole(Role::Decider), Submit]);
    let after = account(&app).clone();
    let olga = after.person("p-olga").unwrap();
    assert_eq!(olga.title.as_deref(), Some("Finance Director"));
    assert_eq!(olga.roles, [Role::Payer], "the account roles stay");
    assert_eq!(after.deals[0].roles["p-olga"], [Role::Decider, Role::Payer]);
    assert_eq!(after.deals[1], before.deals[1], "the other deal is untouched");
    assert_eq!(roles_shown(&app, "p-olga"), [Role::Decider, Role::Payer], "the lensed views update");
    run(&mut app, &[Undo]);
    assert_eq!(*account(&app), before, "one undo takes the title and the deal roles back");
    assert_eq!(roles_shown(&app, "p-olga"), [Role::Payer], "and the lens shows it");
    run(&mut app, &[Redo]);
    assert_eq!(*account(&app), after);
    assert_eq!(roles_shown(&app, "p-olga"), [Role::Decider, Role::Payer]);
}

#[test]
fn a_person_added_through_the_lens_holds_their_roles_in_that_deal_only() {
    let mut app = two_deals();
    lens(&mut app, "Spare parts");
    run(&mut app, &[ShowView(AccountView::People), Add]);
    typed(&mut app, "Nina Volkova");
    run(&mut app, &[NextField, NextField, NextField, ToggleRole(Role::Payer), Submit]);
    let a = account(&app).clone();
    let nina = a.people.iter().find(|p| p.name == "Nina Volkova").unwrap();
    assert!(nina.roles.is_empty(), "no account roles");
    assert_eq!(a.deals[1].roles[&nina.id], [Role::Payer]);
    assert!(!a.deals[0].roles.contains_key(&nina.id));
    assert!(dmu::model::validate(&a).is_empty(), "{:?}", dmu::model::validate(&a));
    run(&mut app, &[Undo]);
    assert!(account(&app).people.iter().all(|p| p.name != "Nina Volkova"));
    assert!(account(&app).deals[1].roles.keys().all(|k| k == "p-petr"));
}

#[test]
fn deals_are_edited_and_deleted_with_a_question_and_undo_brings_them_back() {
    let mut app = two_deals();
    lens(&mut app, "Furnace");
    run(&mut app, &[ShowView(AccountView::Deals), Top, Edit]);
    // Name, stage, value, close, competitors, process, quiet period.
    run(&mut app, &[NextField, NextField, NextField]);
    typed(&mut app, "2027-03-01");
    run(&mut app, &[NextField]);
    typed(&mut app, "Danieli, SMS");
    run(&mut app, &[NextField, CycleNext, NextField]);
    typed(&mut app, "2027-01-15");
    run(&mut app, &[Submit]);
    let d = account(&app).deals[0].clone();
    assert_eq!(d.competitors, ["Danieli", "SMS"]);
    assert_eq!((d.process, d.no_contact_until), (Some(Process::Tender), "2027-01-15".parse().ok()));
    assert_eq!(d.roles["p-ivan"], [Role::Decider], "the form keeps the deal's roles");
    let view = screen(&mut app, 160, 48);
    assert!(view.contains("Tender until 2027-01-15"), "{view}");

    run(&mut app, &[Delete]);
    assert!(app.modal.is_some(), "asks first");
    run(&mut app, &[Yes]);
    assert_eq!(account(&app).deals.len(), 1);
    assert!(open(&app).session.lens().is_none(), "the lens went with its deal");
    assert_eq!(roles_shown(&app, "p-ivan"), [Role::Influencer]);
    run(&mut app, &[Undo]);
    assert_eq!(account(&app).deals[0], d, "back, roles and all");
}

#[test]
fn a_what_if_applied_through_the_lens_saves_what_was_tried_and_not_the_deal_roles() {
    let mut app = two_deals();
    lens(&mut app, "Furnace");
    let before = account(&app).clone();
    run(&mut app, &[ShowView(AccountView::Pull)]);
    {
        let s = open_mut(&mut app);
        let ivan = s.session.account().people.iter().position(|p| p.id == "p-ivan").unwrap();
        s.pull.select_person(ivan);
    }
    run(&mut app, &[WhatIf, RaiseStance, Submit, Submit]);
    let after = account(&app).clone();
    let ivan = after.person("p-ivan").unwrap();
    assert_eq!(ivan.stance, dmu::model::Stance::Champion, "{}", message(&app));
    assert_eq!(ivan.roles, [Role::Influencer], "the account roles are not the lens's");
    assert_eq!(after.deals, before.deals);
}

#[test]
fn the_deals_view_says_how_to_add_a_deal_when_there_is_none() {
    let mut app = on_deals();
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("No deals yet. Press a to add one"), "{text}");
    run(&mut app, &[DealLens]);
    assert_eq!(message(&app), "No deal selected; a adds one.");
}

#[test]
fn the_account_through_the_lens_is_made_once_per_edit_or_switch_not_per_key_or_frame() {
    let mut app = two_deals();
    lens(&mut app, "Furnace");
    let s = open(&app);
    let (made, shown) = (s.session.view_generation(), s.session.shown() as *const _);
    for v in [AccountView::People, AccountView::OrgChart, AccountView::Influence, AccountView::Pull] {
        run(&mut app, &[ShowView(v), Down, Up]);
        screen(&mut app, 100, 30);
    }
    let s = open(&app);
    assert_eq!(s.session.view_generation(), made, "moving and drawing derive nothing");
    assert_eq!(s.session.shown() as *const _, shown, "the same copy");
    // An edit (here, of the account's notes) makes it again.
    run(&mut app, &[EditAccount]);
    for _ in 0..6 {
        run(&mut app, &[NextField]);
    }
    typed(&mut app, "x");
    run(&mut app, &[Submit]);
    assert_eq!(open(&app).session.view_generation(), made + 1);
    assert_eq!(roles_shown(&app, "p-ivan"), [Role::Decider], "still through the furnace");
}

#[test]
fn a_click_selects_a_deal_and_the_wheel_moves_the_selection() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = two_deals();
    run(&mut app, &[ShowView(AccountView::Deals)]);
    let text = screen(&mut app, 100, 30);
    let row = text.lines().position(|l| l.contains("Furnace") && l.contains("Proposal")).unwrap() as u16;
    let selected = |app: &App| open(app).deals.selected_deal(open(app).session.account());
    assert_eq!(selected(&app), Some(1), "spare parts, the last deal looked through");
    let mouse = |app: &mut App, kind, row| {
        let e = MouseEvent { kind, column: 5, row, modifiers: KeyModifiers::NONE };
        dmu::tui::events::handle(app, Event::Mouse(e))
    };
    assert!(mouse(&mut app, MouseEventKind::Down(MouseButton::Left), row));
    assert_eq!(selected(&app), Some(0));
    mouse(&mut app, MouseEventKind::ScrollDown, row);
    assert_eq!(selected(&app), Some(1));
    assert!(!mouse(&mut app, MouseEventKind::Down(MouseButton::Left), row + 5), "below the rows: nothing");
    assert_eq!(selected(&app), Some(1));
}

#[test]
fn the_org_chart_influence_map_and_coverage_show_the_roles_of_the_deal_in_the_lens() {
    let mut app = two_deals();
    lens(&mut app, "Furnace");
    let views = [AccountView::OrgChart, AccountView::Influence, AccountView::Coverage];
    let through: Vec<String> = views
        .iter()
        .map(|v| {
            run(&mut app, &[ShowView(*v)]);
            screen(&mut app, 160, 48)
        })
        .collect();
    run(&mut app, &[ClearLens]);
    let whole: Vec<String> = views
        .iter()
        .map(|v| {
            run(&mut app, &[ShowView(*v)]);
            screen(&mut app, 160, 48)
        })
        .collect();
    let [org, map, cover] = [0, 1, 2].map(|i| (through[i].as_str(), whole[i].as_str()));
    // The org chart's badge: Ivan decides the furnace, and only influences otherwise.
    assert!(org.0.contains("Ivan Petrov  Chief Engineer  D "), "{}", org.0);
    assert!(org.1.contains("Ivan Petrov  Chief Engineer  I "), "{}", org.1);
    // The influence map's stage columns.
    assert!(map.0.contains("Influencers (0)") && map.0.contains("Deciders (2)"), "{}", map.0);
    assert!(map.1.contains("Influencers (1)") && map.1.contains("Deciders (1)"), "{}", map.1);
    // The coverage rows go by stage: Ivan among the deciders, after Gleb, through the lens.
    let at = |s: &str, name: &str| s.find(name).unwrap();
    assert!(at(cover.0, "Gleb Smirnov") < at(cover.0, "Ivan Petrov"), "{}", cover.0);
    assert!(at(cover.1, "Ivan Petrov") < at(cover.1, "Gleb Smirnov"), "{}", cover.1);
}
