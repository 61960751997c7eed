//! End to end in a pseudo-terminal: an account with a conflict a merge recorded opens
//! with its banner, the conflicts screen decides it (the other copy's value taken),
//! undo and redo work there, and the file on disk has the value taken, no conflict,
//! and the history entry of the change. And the sync key's outcome, which comes from a
//! thread, shows without another key.

mod common;

use common::pty::{Tui, keys};
use serde_json::{Value, json};

#[test]
fn a_recorded_conflict_is_decided_on_its_screen_and_the_file_has_the_value_taken() {
    let tmp = tempfile::tempdir().unwrap();
    let accounts = tmp.path().join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    let mut v: Value = serde_json::from_str(include_str!("../assets/demo.json")).unwrap();
    let weber = v["people"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == "p-weber").unwrap();
    weber["stance"] = "neutral".into();
    v["conflicts"] = json!([
        { "id": "c-00000000e1", "path": "people/p-weber/stance", "base": "opponent", "ours": "neutral",
          "theirs": "skeptic", "kept": "ours", "at": "2026-11-27T14:05:00Z" }
    ]);
    let file = accounts.join("demo.json");
    std::fs::write(&file, serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();

    let dir = tmp.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", dir], &[]);
    t.wait_for("Volga Pipe Works");
    t.wait_for("⚠1");
    t.send(keys::ENTER);
    t.wait_for("1 conflict from a merge — press M to decide");
    t.send("M");
    t.wait_for("Conflicts from a merge · 1 to decide");
    t.wait_for("stance of Klaus Weber: kept neutral (ours), the other was skeptic (theirs)");
    t.send("t");
    t.wait_for("Decided stance of Klaus Weber: skeptic (theirs)");
    t.wait_for("No conflicts left to decide");
    // Undo brings the conflict back, redo decides it again.
    t.send("u");
    t.wait_for("Conflicts from a merge · 1 to decide");
    t.send(keys::CTRL_R);
    t.wait_for("No conflicts left to decide");
    t.send(keys::ESC);
    t.wait_until("the banner gone", |s| s.contains("People (14)") && !s.contains("from a merge"));
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");

    let a: dmu::model::Account = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(a.conflicts.is_empty(), "the conflict is decided in the file");
    let weber = a.people.iter().find(|p| p.id == "p-weber").unwrap();
    assert_eq!(weber.stance, dmu::model::Stance::Skeptic);
    let e = a.history.last().expect("the change is in the history");
    assert_eq!((e.person.as_deref(), e.field.as_deref()), (Some("p-weber"), Some("stance")));
    assert_eq!(e.to, Some(json!("skeptic")));
}

#[test]
fn the_sync_keys_outcome_shows_without_another_key() {
    // A data folder that git does not share: the sync thread finds no repository, and
    // the event loop, looking at it between keys, shows how to set up.
    let tmp = tempfile::tempdir().unwrap();
    let accounts = tmp.path().join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    std::fs::write(accounts.join("demo.json"), include_str!("../assets/demo.json")).unwrap();
    let dir = tmp.path().to_str().unwrap();
    let mut t = Tui::spawn_sized(&["--data-dir", dir], &[], 200, 30);
    t.wait_for("Volga Pipe Works");
    t.send("Y");
    t.wait_for("This data folder is not shared yet");
    t.wait_for("dmu sync --init");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
}
