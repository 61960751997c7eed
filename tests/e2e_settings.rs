//! The real binary in a pseudo-terminal with a settings file: its keys and colours in
//! force, and a broken file that never stops the TUI: it starts, says what is wrong,
//! uses the defaults there, and prints the problems again after it closes.

mod common;

use common::pty::{Tui, keys};

fn settings(dir: &std::path::Path, text: &str) -> String {
    let p = dir.join("settings.toml");
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn a_wrong_value_is_told_and_the_rest_of_the_file_is_in_force() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file =
        settings(dir.path(), "currency = \"Euro\"\n[keys]\nhelp = \"F1\"\n[theme]\nkey = \"#ff0000\"\n");
    let mut t = Tui::spawn_sized(&["--data-dir", data.to_str().unwrap()], &[("DMU_CONFIG", &file)], 160, 30);
    t.wait_for("Volga Pipe Works");
    t.wait_for("1 error");
    assert!(t.screen().contains("dmu config"), "{}", t.screen());
    t.wait_for("F1 help");
    assert_eq!(t.fg_of("F1 help"), Some(vt100::Color::Rgb(255, 0, 0)), "the theme's key colour");
    t.send("\x1bOP"); // F1
    t.wait_for("close");
    t.send(keys::ESC);
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
    t.wait_for("settings.toml:1:12: error: currency should be");
}

#[test]
fn a_file_that_is_not_toml_leaves_every_default_and_dmu_works() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = settings(dir.path(), "[keys\nhelp = \"F1\"\n");
    let mut t = Tui::spawn_sized(&["--data-dir", data.to_str().unwrap()], &[("DMU_CONFIG", &file)], 160, 30);
    t.wait_for("Volga Pipe Works");
    t.wait_for("not valid TOML");
    t.send("?");
    t.wait_for("Esc or ? close");
    t.send(keys::ESC);
    t.send("q");
    assert!(t.wait_exit());
}
