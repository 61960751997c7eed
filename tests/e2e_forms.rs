//! The real binary in a pseudo-terminal: a follow-up whose owner and person are found by
//! typing (a Latin spelling finds a Cyrillic name), saved to disk; then a changed form
//! that Esc does not drop without asking; and a stance picked by its first letters.

mod common;

use common::pty::{Tui, keys};
use dmu::model::{Account, Stance};

fn on_disk(dir: &std::path::Path) -> Account {
    let text = std::fs::read_to_string(dir.join("accounts").join("demo.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn owner_and_person_are_found_by_typing_and_esc_asks_before_dropping_changes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::on_the_demo(d);
    t.send("6");
    t.wait_for("Follow-ups:");
    t.send("a");
    t.wait_for("Add follow-up");
    t.type_text("Send the offer");
    t.send(keys::TAB);
    t.type_text("omar");
    t.wait_for("→ Omar Haddad · Technical");
    t.send(keys::TAB);
    t.type_text("popova");
    t.wait_for("→ Анна Попова · Finance Controller");
    t.send(keys::ENTER); // takes the match
    t.wait_until("the search taken", |s| s.contains("‹ Анна Попова ›"));
    t.send(keys::ENTER); // saves
    t.wait_for("Add follow-up “Send the offer”");

    // A changed form asks; n goes back to it, y drops it.
    t.send("a");
    t.wait_for("Add follow-up");
    t.type_text("Call back");
    t.send(keys::ESC);
    t.wait_for("Discard your changes to the new follow-up?");
    t.send("n");
    t.wait_until("back to editing", |s| !s.contains("Discard your changes") && s.contains("Call back"));
    t.send(keys::ESC);
    t.wait_for("Discard your changes to the new follow-up?");
    t.send("y");
    t.wait_until("the form closed", |s| !s.contains("Add follow-up") && !s.contains("Call back"));

    // The stance by letters: s Supporter, s again Skeptic.
    t.send("1");
    t.wait_for("People (14)");
    t.send("a");
    t.wait_for("Add person");
    t.type_text("Иван Тест");
    for k in [keys::TAB, keys::TAB, keys::TAB, keys::TAB, "s", "s"] {
        t.send(k);
    }
    t.wait_for("‹ Skeptic ›");
    t.send(keys::ENTER);
    t.wait_for("People (15)");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");

    let a = on_disk(dir.path());
    assert_eq!(a.follow_ups.len(), 4, "the dropped follow-up is not there");
    let f = a.follow_ups.iter().find(|f| f.text == "Send the offer").expect("saved");
    assert_eq!((f.owner.as_str(), f.person.as_deref()), ("t-omar", Some("p-popova")));
    let p = a.people.iter().find(|p| p.name == "Иван Тест").expect("saved");
    assert_eq!(p.stance, Stance::Skeptic);
}
