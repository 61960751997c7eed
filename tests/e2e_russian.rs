//! The real binary in a pseudo-terminal for a Russian-speaking rep: the locale makes
//! the screens Russian, and with the Russian keyboard layout active the command keys
//! work without switching it (`й` quits, `о` moves).

mod common;

use common::pty::{Tui, keys};

#[test]
fn the_russian_layout_moves_and_quits_and_the_locale_speaks_russian() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d], &[("LANG", "ru_RU.UTF-8")]);
    t.wait_for("Volga Pipe Works");
    t.send(keys::ENTER);
    t.wait_for("Люди (14)");
    // The detail pane shows the selected person (the demo's data stays as written).
    t.wait_for("General Director · Management");
    // `о` is where `j` is: the selection moves down to the next person.
    t.send("о");
    t.wait_for("Finance Director · Finance");
    // `л` is where `k` is: back up.
    t.send("л");
    t.wait_for("General Director · Management");
    // `й` is where `q` is: the app quits.
    t.send("й");
    assert!(t.wait_exit(), "й quits");
}

#[test]
fn english_stays_english_with_an_english_locale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d], &[("LANG", "en_US.UTF-8")]);
    t.wait_for("Volga Pipe Works");
    t.send(keys::ENTER);
    t.wait_for("People (14)");
    t.send("о");
    t.wait_for("Finance Director · Finance");
    t.send("й");
    assert!(t.wait_exit(), "й quits in English too");
}
