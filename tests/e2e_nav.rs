//! The real binary in a pseudo-terminal, for the navigation items: undo surviving a
//! trip back to the portfolio, an account restored from the trash screen, and no lock
//! files left behind once dmu has quit.

mod common;

use common::pty::{Tui, keys};
use serde_json::Value;
use std::path::Path;

fn people(dir: &Path) -> usize {
    let v: Value = serde_json::from_slice(&std::fs::read(dir.join("accounts/demo.json")).unwrap()).unwrap();
    v["people"].as_array().unwrap().len()
}

#[test]
fn undo_survives_going_back_to_the_portfolio_and_opening_the_account_again() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d], &[]);
    t.wait_for("Volga Pipe Works");
    t.send(keys::ENTER);
    t.wait_for("People (14)");
    t.send("a");
    t.wait_for("Add person");
    t.type_text("Иван Тест");
    t.send(keys::ENTER);
    t.wait_for("People (15)");
    t.send(keys::ESC);
    t.wait_for("dmu · portfolio");
    t.send(keys::ENTER);
    t.wait_for("People (15)");
    t.send("u");
    t.wait_for("Undid: add Иван Тест");
    t.wait_for("People (14)");
    assert_eq!(people(dir.path()), 14, "the undo is saved");
    t.send(keys::CTRL_R);
    t.wait_for("Redid: add Иван Тест");
    t.send("q");
    assert!(t.wait_exit());
    assert_eq!(people(dir.path()), 15);
}
