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
    let mut t = Tui::on_the_demo(d);
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

/// `.lock` files in the accounts folder.
fn lock_files(dir: &Path) -> Vec<String> {
    let entries = std::fs::read_dir(dir.join("accounts")).unwrap().flatten();
    entries.map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".lock")).collect()
}

#[test]
fn quitting_leaves_no_lock_file_and_a_read_only_window_leaves_the_holders_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut first = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    first.wait_for("People (14)");
    first.wait_until("a writable account", |s| s.contains(" Saved"));
    assert_eq!(lock_files(dir.path()), [".demo.json.lock"], "held while open");
    let mut second = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    second.wait_for("another dmu window is editing this account");
    second.send("q");
    assert!(second.wait_exit());
    assert_eq!(lock_files(dir.path()), [".demo.json.lock"], "the read-only window did not hold it");
    // Back to the portfolio closes the account: its lock file goes at once.
    first.send(keys::ESC);
    first.wait_for("dmu · portfolio");
    assert_eq!(lock_files(dir.path()), Vec::<String>::new());
    first.send(keys::ENTER);
    first.wait_for("People (14)");
    first.send("q");
    assert!(first.wait_exit());
    assert_eq!(lock_files(dir.path()), Vec::<String>::new(), "quitting leaves none behind");
}

#[test]
fn an_account_deleted_on_the_portfolio_is_put_back_from_the_trash_screen() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let demo = dir.path().join("accounts/demo.json");
    let mut t = Tui::spawn(&["--data-dir", d], &[]);
    t.wait_for("Volga Pipe Works");
    let bytes = std::fs::read(&demo).unwrap();
    t.send("d");
    t.wait_for("Move Volga Pipe Works to the trash?");
    t.send("y");
    t.wait_for("Moved to");
    assert!(!demo.exists());
    t.send("D");
    t.wait_for("dmu · trash");
    t.wait_for("Volga Pipe Works");
    t.wait_for("demo.20");
    t.send("r");
    t.wait_for("Restored Volga Pipe Works to accounts/demo.json");
    t.wait_for("The trash is empty");
    assert_eq!(std::fs::read(&demo).unwrap(), bytes, "back byte for byte");
    t.send(keys::ESC);
    t.wait_for("dmu · portfolio");
    t.wait_for("Volga Pipe Works");
    t.send(keys::ENTER);
    t.wait_for("People (14)");
    t.send("q");
    assert!(t.wait_exit());
}
