//! End to end in a pseudo-terminal: on Nordic Steel, select the plant manager, plan a
//! joint cost reduction with him on the plan view (9) by typing into the form, see the
//! power-interest grid (0), quit, and find the initiative in the file on disk.

mod common;

use common::portfolio_fixture;
use common::pty::{Tui, keys};

#[test]
fn a_cost_reduction_with_the_plant_manager_typed_in_is_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    portfolio_fixture::write(tmp.path());
    let dir = tmp.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", dir], &[]);
    t.wait_for("Nordic Steel");
    t.send(keys::DOWN);
    t.send(keys::DOWN);
    t.send(keys::ENTER);
    t.wait_for("Nordic Steel · Key");
    // Eva Holm, then Jon Dahl, the plant manager.
    t.send(keys::DOWN);
    t.wait_for("Plant manager");
    t.send("9");
    t.wait_for("Account plan: 0 initiatives");
    t.send("a");
    t.wait_for("Add initiative");
    t.type_text("Cut the furnace energy cost");
    t.send(keys::TAB);
    t.type_text("Cos");
    t.wait_for("‹ Cost reduction ›");
    t.send(keys::TAB);
    t.type_text("olav");
    t.wait_for("→ Olav Lind");
    t.send(keys::ENTER);
    for _ in 0..3 {
        t.send(keys::TAB);
    }
    t.type_text("2027-03-31");
    t.send(keys::TAB);
    t.type_text("120000");
    t.send(keys::ENTER);
    t.wait_for("Add initiative “Cut the furnace energy cost”");
    t.wait_for("Jon Dahl");
    t.send("0");
    t.wait_for("Manage closely");
    t.wait_for("Keep informed");
    // Nordic's history holds no moves: the line under the grid says so, a month back.
    t.wait_for("Nobody moved since");
    t.wait_for("30 days ago");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
    let text = std::fs::read_to_string(tmp.path().join("accounts/nordic-steel.json")).unwrap();
    let a: dmu::model::Account = serde_json::from_str(&text).unwrap();
    let x = &a.plan[0];
    assert_eq!(
        (x.text.as_str(), x.kind, x.owner.as_deref(), x.with.as_deref()),
        (
            "Cut the furnace energy cost",
            Some(dmu::model::PlanKind::CostReduction),
            Some("t-olav"),
            Some("p-jon")
        )
    );
    assert_eq!(x.due, "2027-03-31".parse().ok());
    assert_eq!(x.value, Some(120_000.into()), "{text}");
}
