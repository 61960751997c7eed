//! The real binary in a pseudo-terminal: typing a person in, quitting, finding them on
//! disk and on screen again; broken files left untouched; a second window read-only,
//! and editable once the first has quit; a panic restoring the terminal and keeping
//! unsaved edits for the next start; a full disk whose edits are kept elsewhere.

mod common;

use common::faults::{Tmpfs, fill};
use common::pty::{Tui, keys};
use serde_json::Value;
use std::path::Path;

fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn demo_file(dir: &Path) -> std::path::PathBuf {
    dir.join("accounts").join("demo.json")
}

fn people(dir: &Path) -> Vec<Value> {
    let v: Value = serde_json::from_slice(&std::fs::read(demo_file(dir)).unwrap()).unwrap();
    v["people"].as_array().unwrap().clone()
}

#[test]
fn a_person_typed_in_is_saved_undone_redone_and_there_after_a_restart() {
    let dir = data_dir();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d], &[]);
    t.wait_for("installed a demo account");
    t.wait_for("Volga Pipe Works");
    t.send(keys::ENTER);
    t.wait_for("People (14)");
    t.send("a");
    t.wait_for("Add person");
    t.type_text("Иван Тест");
    for k in [keys::TAB, keys::TAB, keys::TAB, "u", "p", keys::ENTER] {
        t.send(k);
    }
    t.wait_for("Add Иван Тест");
    t.wait_for("People (15)");
    t.send("u");
    t.wait_for("Undid: add Иван Тест");
    assert_eq!(people(dir.path()).len(), 14, "undo saves too");
    t.send(keys::CTRL_R);
    t.wait_for("Redid: add Иван Тест");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
    assert!(!t.on_alternate_screen(), "the terminal is restored");

    let all = people(dir.path());
    let ivan = all.iter().find(|p| p["name"] == "Иван Тест").expect("the person is in the file");
    assert_eq!(ivan["roles"], serde_json::json!(["user", "payer"]));

    let mut again = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    again.wait_for("People (15)");
    again.send(keys::END);
    again.wait_for("Иван Тест");
    again.send("q");
    assert!(again.wait_exit());
}

#[test]
fn a_broken_file_is_listed_with_its_error_and_never_touched() {
    let dir = data_dir();
    let d = dir.path().to_str().unwrap();
    std::fs::create_dir_all(dir.path().join("accounts")).unwrap();
    let broken = dir.path().join("accounts").join("broken.json");
    let bytes = b"{\n  \"schema\": 1,\n  \"id\": \"acc-b\"\n  \"name\": \"B\"\n}\n";
    std::fs::write(&broken, bytes).unwrap();
    std::fs::write(demo_file(dir.path()), include_str!("../assets/demo.json")).unwrap();
    let mut t = Tui::spawn(&["--data-dir", d], &[]);
    t.wait_for("broken.json");
    t.wait_for("line 4, column");
    // Sorted by name, "broken" comes before "Volga Pipe Works".
    t.send(keys::ENTER);
    t.wait_for("does not load, so it cannot be opened");
    t.send("r");
    t.wait_for("cannot be renamed");
    t.send("q");
    assert!(t.wait_exit());
    assert_eq!(std::fs::read(&broken).unwrap(), bytes, "byte-identical");
}

#[test]
fn a_second_window_on_the_same_account_is_read_only() {
    let dir = data_dir();
    let d = dir.path().to_str().unwrap();
    let mut first = Tui::spawn(&["--data-dir", d], &[]);
    first.wait_for("Volga Pipe Works");
    first.send(keys::ENTER);
    first.wait_for("People (14)");
    let before = std::fs::read(demo_file(dir.path())).unwrap();

    let mut second = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    second.wait_for("another dmu window is editing this account");
    second.send("d");
    second.wait_for("Cannot change this account");
    second.send("q");
    assert!(second.wait_exit());
    assert_eq!(std::fs::read(demo_file(dir.path())).unwrap(), before);

    // The first window still edits; once it has quit, the lock is free again.
    first.send("q");
    assert!(first.wait_exit());
    let mut third = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    third.wait_for("People (14)");
    third.wait_until("a writable account", |s| s.contains(" Saved"));
    third.send("q");
    assert!(third.wait_exit());
}

#[test]
fn a_panic_restores_the_terminal_and_the_next_start_offers_the_unsaved_edit() {
    let dir = data_dir();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d, "open", "volga"], &[("DMU_TEST_PANIC", "1")]);
    // `open` on an empty folder installs the demo first (the command line does that).
    t.wait_for("People (14)");
    // Someone changes the file behind dmu's back: the next save is refused.
    let file = demo_file(dir.path());
    let mut changed = std::fs::read(&file).unwrap();
    changed.extend_from_slice(b"\n");
    std::fs::write(&file, &changed).unwrap();
    t.send("d");
    t.wait_for("Delete Дмитрий Волков?");
    t.send("y");
    t.wait_for("The file changed on disk");
    t.send(keys::ESC);
    t.wait_for("UNSAVED");
    t.wait_for("People (13)");
    t.send(keys::F12);
    assert!(!t.wait_exit(), "a panic is a failure exit");
    t.wait_until("the terminal restored", |_| true);
    assert!(!t.on_alternate_screen(), "the panic hook left the alternate screen");
    let raw = String::from_utf8_lossy(&t.raw_output()).into_owned();
    assert!(raw.contains("your unsaved edits were written to"), "{raw}");
    assert_eq!(std::fs::read(&file).unwrap(), changed, "the changed file was not overwritten");
    let recovery = dir.path().join("recovery").join("demo.json");
    assert!(recovery.is_file());

    // Straight into the account: the offer comes first, and restoring works although
    // this very window has the account open. The file changed after the edits were
    // made, so the restore asks instead of writing over it; the rep keeps both.
    let mut next = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    next.wait_for("Unsaved edits found");
    next.send("r");
    next.wait_for("The file changed on disk");
    next.wait_for("dmu has not overwritten it");
    assert_eq!(std::fs::read(&file).unwrap(), changed, "the changed file was not overwritten");
    next.send("c");
    next.wait_for("Saved as a copy");
    next.wait_for("People (13)");
    next.send("q");
    assert!(next.wait_exit());
    assert_eq!(std::fs::read(&file).unwrap(), changed);
    let copy: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("accounts").join("demo-copy.json")).unwrap())
            .unwrap();
    assert_eq!(
        copy["people"].as_array().unwrap().len(),
        13,
        "the delete that was never saved is in the copy"
    );
    assert!(!recovery.exists(), "the recovery file went to the trash");
}

#[test]
fn a_full_disk_then_quit_keeps_the_edits_in_the_state_folder_and_the_next_start_offers_them() {
    let tmp = data_dir();
    let root = tmp.path().join("data");
    let Some(disk) = Tmpfs::mount(&root, "64k") else {
        eprintln!("note: cannot mount a tmpfs here; the full disk in the real binary is not tested");
        return;
    };
    std::fs::create_dir_all(root.join("accounts")).unwrap();
    std::fs::write(demo_file(&root), include_str!("../assets/demo.json")).unwrap();
    let (state, temp) = (tmp.path().join("state"), tmp.path().join("tmp"));
    std::fs::create_dir_all(&temp).unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap()), ("TMPDIR", temp.to_str().unwrap())];
    let d = root.to_str().unwrap();

    let mut t = Tui::spawn(&["--data-dir", d, "open", "volga"], &env);
    t.wait_for("People (14)");
    let filler = fill(&root);
    t.send("a");
    t.wait_for("Add person");
    t.type_text("Иван Тест");
    t.send(keys::ENTER);
    t.wait_for("UNSAVED: not saved: the disk is full");
    t.send("q");
    t.wait_for("Quit with unsaved edits?");
    t.wait_for("read them back");
    let kept = state.join("dmu").join("recovery").join("demo.json");
    let words: String = t.screen().split_whitespace().collect();
    assert!(words.contains(&kept.to_str().unwrap().replace(' ', "")), "the dialog names {}", kept.display());
    let held: Value = serde_json::from_slice(&std::fs::read(&kept).unwrap()).unwrap();
    assert!(held["people"].as_array().unwrap().iter().any(|p| p["name"] == "Иван Тест"));
    t.send("y");
    assert!(t.wait_exit(), "exits 0");
    let raw = String::from_utf8_lossy(&t.raw_output()).into_owned();
    assert!(raw.contains("dmu offers them at the next start"), "{raw}");
    assert!(!root.join("recovery").join("demo.json").exists());

    // Space is freed; the next start offers the edits from the state folder.
    std::fs::remove_file(filler).unwrap();
    let mut next = Tui::spawn(&["--data-dir", d], &env);
    next.wait_for("Unsaved edits found");
    next.send("r");
    next.wait_for("Restored the unsaved edits");
    next.send("q");
    assert!(next.wait_exit());
    assert!(people(&root).iter().any(|p| p["name"] == "Иван Тест"), "the added person is in the account");
    assert!(!kept.exists(), "the recovery file went to the trash");
    drop(disk);
}

#[test]
fn a_read_only_window_reopens_for_editing_once_the_first_has_quit() {
    let dir = data_dir();
    let d = dir.path().to_str().unwrap();
    let mut first = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    first.wait_for("People (14)");
    let mut second = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    second.wait_for("another dmu window is editing this account");

    // The first window changes the account and quits.
    first.send("d");
    first.wait_for("Delete Дмитрий Волков?");
    first.send("y");
    first.wait_for("People (13)");
    first.send("q");
    assert!(first.wait_exit());

    // The next key in the second window notices; R reads the file again, for editing.
    second.send("j");
    second.wait_for("press R to reopen");
    second.send("R");
    second.wait_for("Reopened for editing");
    second.wait_for("People (13)");
    second.send("d");
    second.send("y");
    second.wait_for("People (12)");
    second.wait_until("saved", |s| s.contains(" Saved"));
    second.send("q");
    assert!(second.wait_exit());
    assert_eq!(people(dir.path()).len(), 12, "both deletions are in the file");
}

#[test]
fn a_storm_of_resizes_is_absorbed_without_lag() {
    let dir = data_dir();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    t.wait_for("People (14)");
    let start = std::time::Instant::now();
    for i in 0..300u16 {
        t.resize(40 + i % 80, 10 + i % 30);
    }
    t.resize(30, 8);
    t.wait_for("terminal too small");
    t.resize(120, 30);
    // Wide enough for the detail pane beside the table, and responsive straight away.
    t.wait_until("the 120-column layout", |s| s.lines().any(|l| l.contains("┐┌")));
    t.send("j");
    t.wait_for("Ольга Кузнецова─");
    // A generous bound: this only catches a loop that redraws per event (seconds of
    // lag); tests/reliability_tui.rs counts the frames exactly, without a terminal.
    assert!(start.elapsed() < std::time::Duration::from_secs(30), "{:?}", start.elapsed());
    t.send("q");
    assert!(t.wait_exit());
}
