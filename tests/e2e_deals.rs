//! End to end in a pseudo-terminal: add two deals of one account by typing, look
//! through the first, give Ivan the decider's role in it from the person form, see the
//! header and the Pull view follow the lens, take it off, quit, and find the roles in
//! the deal on disk while Ivan's own roles are as they were.

mod common;

use common::deals_fixture;
use common::pty::{Tui, keys};

#[test]
fn two_deals_typed_in_and_a_decider_given_through_the_lens_reach_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    deals_fixture::write(tmp.path());
    let dir = tmp.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", dir], &[]);
    t.wait_for("Ural Steel");
    t.send(keys::ENTER);
    t.wait_for("People (4)");
    t.send("8");
    t.wait_for("No deals yet. Press a to add one");
    t.send("a");
    t.wait_for("Add deal");
    t.type_text("Furnace");
    t.send(keys::ENTER);
    t.wait_for("Add deal “Furnace”");
    t.send("a");
    t.wait_for("Add deal");
    t.type_text("Spare parts");
    t.send(keys::ENTER);
    t.wait_for("Deals (2, 2 open)");
    // The new deal is selected; the furnace is above it.
    t.send(keys::UP);
    t.send(" ");
    t.wait_for("Deal: Furnace");
    t.wait_for("lens: Furnace");

    // The people table through the furnace: Ivan is second (Gleb, Ivan, Olga, Petr).
    t.send("1");
    t.wait_for("People (4)");
    t.send(keys::DOWN);
    t.send("e");
    t.wait_for("Edit Ivan Petrov · roles in Furnace");
    t.send(keys::TAB);
    t.send(keys::TAB);
    t.send(keys::TAB);
    t.wait_for("Deal roles");
    t.send("i");
    t.send("d");
    t.send(keys::ENTER);
    t.wait_for("Edit Ivan Petrov");
    t.send("5");
    t.wait_for("Pull score");
    t.wait_for("Deal: Furnace");
    t.send("W");
    t.wait_for("The whole account again");
    t.wait_until("the header without the lens", |s| !s.contains("Deal: Furnace"));
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");

    let text = std::fs::read_to_string(tmp.path().join("accounts/ural-steel.json")).unwrap();
    let a: dmu::model::Account = serde_json::from_str(&text).unwrap();
    let names: Vec<&str> = a.deals.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Furnace", "Spare parts"]);
    use dmu::model::Role;
    assert_eq!(a.deals[0].roles["p-ivan"], [Role::Decider], "{text}");
    assert!(a.deals[1].roles.is_empty());
    assert_eq!(a.person("p-ivan").unwrap().roles, [Role::Influencer], "his account roles stay");
}
