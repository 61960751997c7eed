//! The account's own details (name, tier, currency, revenue, potential, margin) edited from
//! any view with `A`: validated as typed, one undoable edit, saved at once.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{account, message, run, typed};
use dmu::model::Tier;
use dmu::tui::action::Action::*;
use dmu::tui::views::AccountView;
use dmu::tui::widgets::dialog::Modal;

/// Empties the focused text field.
fn clear(a: &mut dmu::tui::app::App) {
    run(a, &[CursorEnd]);
    for _ in 0..40 {
        run(a, &[DeleteBack]);
    }
}

#[test]
fn tier_and_revenue_are_edited_validated_saved_and_undone() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    run(&mut a, &[Open, ShowView(AccountView::Pull), EditAccount]);
    assert!(matches!(a.modal, Some(Modal::Record(_))), "the form opens from the Pull view too");
    // Name -> Industry -> Tier: one step from key is growth.
    run(&mut a, &[NextField, NextField, CycleNext, NextField, NextField]);
    clear(&mut a);
    typed(&mut a, "12x");
    run(&mut a, &[Submit]);
    assert!(matches!(a.modal, Some(Modal::Record(_))), "an invalid sum is refused");
    run(&mut a, &[DeleteBack]);
    typed(&mut a, "0000");
    run(&mut a, &[Submit]);
    assert!(a.modal.is_none(), "{}", message(&a));
    let acc = account(&a);
    assert_eq!(acc.tier, Tier::Growth);
    assert_eq!(acc.annual_revenue, Some(120_000u64.into()), "a whole sum stays an integer");
    assert_eq!(disk.last().unwrap().tier, Tier::Growth, "saved at once");
    run(&mut a, &[Undo]);
    assert_eq!(account(&a).tier, Tier::Key);
    assert_eq!(account(&a).annual_revenue, Some(850_000u64.into()));
}

#[test]
fn a_currency_must_be_three_letters_and_is_stored_upper_case() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, EditAccount, NextField, NextField, NextField]);
    clear(&mut a);
    typed(&mut a, "euro");
    run(&mut a, &[Submit]);
    assert!(matches!(a.modal, Some(Modal::Record(_))), "four letters are refused");
    clear(&mut a);
    typed(&mut a, "chf");
    run(&mut a, &[Submit]);
    assert_eq!(account(&a).currency.as_deref(), Some("CHF"));
}

#[test]
fn the_margin_takes_a_percentage_below_zero_too_and_refuses_one_beyond_100() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    // Name, industry, tier, currency, revenue, potential, notes, margin.
    run(
        &mut a,
        &[Open, EditAccount, NextField, NextField, NextField, NextField, NextField, NextField, NextField],
    );
    typed(&mut a, "140");
    run(&mut a, &[Submit]);
    assert!(matches!(a.modal, Some(Modal::Record(_))), "140% is refused");
    clear(&mut a);
    typed(&mut a, "-4,5 %");
    run(&mut a, &[Submit]);
    assert!(a.modal.is_none(), "{}", message(&a));
    assert_eq!(account(&a).margin_value(), Some(-4.5));
    assert_eq!(disk.last().unwrap().margin_value(), Some(-4.5), "saved at once");
    run(&mut a, &[Undo]);
    assert_eq!(account(&a).margin, None);
}
