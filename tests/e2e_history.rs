//! The real binary in a pseudo-terminal: a stance changed in the person form with a
//! note for the history is saved with its entry (who, the note), shows in the person
//! panel's trend, and is listed in the Changes view (7) as a sentence.

mod common;

use common::pty::{Tui, keys};
use dmu::model::Account;

fn on_disk(dir: &std::path::Path) -> Account {
    let text = std::fs::read_to_string(dir.join("accounts").join("demo.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_stance_edited_with_a_note_is_in_the_history_and_the_changes_view() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d], &[("DMU_USER", "Anna Berg")]);
    t.wait_for("Volga Pipe Works");
    t.send(keys::ENTER);
    t.wait_for("People (14)");
    t.send(keys::DOWN); // Ольга Кузнецова, a skeptic
    t.send("e");
    t.wait_for("Edit Ольга Кузнецова");
    // Up from the name is the form's last field, the note for the history.
    t.send(keys::UP);
    t.wait_for("kept in the history, not in the person");
    t.type_text("Backed us at steering");
    // Round to the name, then Title, Department, Roles, Stance; ← is one warmer.
    for k in [keys::TAB, keys::TAB, keys::TAB, keys::TAB, keys::TAB, keys::LEFT] {
        t.send(k);
    }
    t.wait_for("‹ Neutral ›");
    t.send(keys::ENTER);
    t.wait_for("Edit Ольга Кузнецова");
    t.wait_for("skeptic → neutral ↑");

    let h = on_disk(dir.path()).history;
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0].by.as_deref(), Some("t-anna"), "Anna Berg is on the demo's team");
    assert_eq!(h[0].note.as_deref(), Some("Backed us at steering"));

    t.send("7");
    t.wait_for("Changes since");
    t.wait_for("· 1 entry");
    t.wait_for("Ольга Кузнецова: stance skeptic → neutral (Anna Berg) — \"Backed us at steering\"");
    t.send("q");
    assert!(t.wait_exit(), "dmu quits");
}
