//! The real binary in a pseudo-terminal: a link added by typing (the links editor and
//! its fuzzy picker, Cyrillic letters) is in the account's file after quitting.

mod common;

use common::pty::{Tui, keys};
use serde_json::{Value, json};

#[test]
fn an_influence_link_typed_in_with_the_picker_is_on_disk_after_quitting() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::on_the_demo(d);
    for _ in 0..3 {
        t.send(keys::DOWN);
    }
    t.send("L");
    t.wait_for("Links of Пётр Иванов");
    t.send("i");
    t.wait_for("Пётр Иванов influences…");
    t.type_text("поп");
    t.wait_for("1 of 13");
    t.send(keys::ENTER);
    t.wait_for("Add link Пётр Иванов influences Анна Попова");
    t.send(keys::ESC);
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");

    let file = dir.path().join("accounts").join("demo.json");
    let v: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    let links = v["links"].as_array().unwrap();
    let added = json!({"from": "p-ivanov", "to": "p-popova", "kind": "influences", "strength": "medium"});
    assert!(links.contains(&added), "the new link is in the file: {links:#?}");
}
