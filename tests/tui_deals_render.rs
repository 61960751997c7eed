//! What the Deals view and the deal lens look like: insta snapshots at 80x24 and
//! 160x48, in English and in Russian, with no deals and with three; the people table
//! and the Pull view through a deal; the deal form. The Russian screens keep no English
//! word but the data's (see `common::russian`).

mod common;

use common::deals_fixture;
use common::doubles::{MemLibrary, app};
use common::drive::run;
use common::drive::screen_text as text;
use common::russian::english_words;
use common::russian::with_cuts;
use dmu::i18n::{Lang, with_lang};
use dmu::model::{Account, Deal, DealStage, Process, Role};
use dmu::tui::action::Action::*;
use dmu::tui::app::{App, Screen};
use dmu::tui::views::AccountView;

/// Ural Steel with three deals: a furnace in a tender (Ivan decides it), spare parts
/// (Petr decides them) and a crane won last summer.
fn with_deals() -> Account {
    let mut a = deals_fixture::account();
    let mut furnace = Deal::new("deal-furnace", "Furnace");
    furnace.stage = Some(DealStage::Proposal);
    furnace.value = Some(1_200_000.into());
    furnace.close = "2027-03-01".parse().ok();
    furnace.competitors = vec!["Danieli".into(), "SMS".into()];
    furnace.process = Some(Process::Tender);
    furnace.no_contact_until = "2027-01-15".parse().ok();
    furnace.roles.insert("p-ivan".into(), vec![Role::Decider]);
    let mut spares = Deal::new("deal-spares", "Spare parts");
    spares.stage = Some(DealStage::Negotiation);
    spares.value = Some(80_000.into());
    spares.close = "2026-12-20".parse().ok();
    spares.roles.insert("p-petr".into(), vec![Role::User, Role::Decider]);
    let mut crane = Deal::new("deal-crane", "Crane");
    crane.stage = Some(DealStage::Won);
    crane.value = Some(300_000.into());
    crane.close = "2026-06-01".parse().ok();
    a.deals = vec![furnace, spares, crane];
    a
}

fn library(a: Account) -> MemLibrary {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("ural-steel".into(), Ok(a)));
    lib
}

/// The account open on `view`, looking through the deal `lens` if given.
fn on(a: Account, view: AccountView, lens: Option<&str>) -> App {
    let mut app = app(library(a));
    run(&mut app, &[Open]);
    if let (Some(id), Screen::Account(s)) = (lens, &mut app.screen) {
        s.session.set_lens(Some(id.to_string()));
    }
    run(&mut app, &[ShowView(view)]);
    app
}

fn snap(name: &str, app: &mut App) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text(app, w, h));
    }
}

/// The states, by name: the Deals view empty and filled, the people table and the
/// Pull view through the furnace deal, the deal form, and the person form through the
/// furnace deal.
fn states() -> Vec<(&'static str, App)> {
    let mut form = on(with_deals(), AccountView::Deals, None);
    run(&mut form, &[Edit]);
    // Ivan (second by name) in the person form through the furnace, on the roles field.
    let mut person = on(with_deals(), AccountView::People, Some("deal-furnace"));
    run(&mut person, &[Down, Edit, NextField, NextField, NextField]);
    vec![
        ("deals_empty", on(deals_fixture::account(), AccountView::Deals, None)),
        ("deals", on(with_deals(), AccountView::Deals, Some("deal-furnace"))),
        ("people_through_furnace", on(with_deals(), AccountView::People, Some("deal-furnace"))),
        ("pull_through_furnace", on(with_deals(), AccountView::Pull, Some("deal-furnace"))),
        ("deal_form", form),
        ("person_form_through_furnace", person),
    ]
}

#[test]
fn the_deals_view_and_the_lens_in_english() {
    for (name, mut a) in states() {
        snap(name, &mut a);
    }
}

#[test]
fn the_deals_view_and_the_lens_in_russian() {
    with_lang(Lang::Ru, || {
        let data = with_cuts(&(serde_json::to_string(&with_deals()).unwrap() + " EUR"));
        let mut left = Vec::new();
        for (name, mut a) in states() {
            snap(&format!("ru_{name}"), &mut a);
            for (w, h) in [(80, 24), (160, 48)] {
                let words = english_words(&text(&mut a, w, h), &data);
                if !words.is_empty() {
                    left.push(format!("{name} at {w}x{h}: {words:?}"));
                }
            }
        }
        assert!(left.is_empty(), "English left on the Russian screens: {left:#?}");
    });
}

#[test]
fn the_header_and_the_table_say_which_deal_is_the_lens() {
    let mut a = on(with_deals(), AccountView::Deals, Some("deal-spares"));
    let t = text(&mut a, 160, 48);
    assert!(t.contains("Deal: Spare parts"), "{t}");
    assert!(t.contains("◉ Spare parts") && !t.contains("◉ Furnace"), "{t}");
    assert!(t.contains("lens: Spare parts"), "{t}");
    let mut a = on(with_deals(), AccountView::Deals, None);
    let t = text(&mut a, 160, 48);
    assert!(!t.contains("Deal:") && !t.contains('◉'), "{t}");
}
