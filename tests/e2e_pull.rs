//! The real binary in a pseudo-terminal: the Pull view's what-if moves the score on
//! screen, and leaving it with Esc leaves the file on disk byte for byte as it was.

mod common;

use common::pty::{Tui, keys};

#[test]
fn a_what_if_left_with_esc_leaves_the_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let file = dir.path().join("accounts").join("demo.json");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, include_str!("../assets/demo.json")).unwrap();
    let before = std::fs::read(&file).unwrap();

    let mut t = Tui::spawn_sized(&["--data-dir", d, "open", "volga"], &[], 80, 24);
    t.wait_for("People (14)");
    t.send("5");
    t.wait_for("Pull score 24/100");
    // The people table's first row, Дмитрий Волков, comes along: the view opens on the payers.
    t.wait_for("◀ 4/5 Payers ▶");
    for _ in 0..3 {
        t.send(keys::LEFT);
    }
    t.wait_for("Users: We know Maria Garcia");
    t.send(keys::RIGHT);
    t.wait_for("Influencers: Пётр Иванов (champion)");
    // Tab twice: the next best contacts, whose first (+14) is Дмитрий Волков.
    t.send(keys::TAB);
    t.send(keys::TAB);
    t.wait_for("◀ 4/5 Payers ▶");
    t.send("w");
    t.wait_for("WHAT-IF — not saved: Esc leaves, Enter applies");
    t.send("+");
    t.wait_for("Pull score 24 → 38 (+14)");
    t.wait_for("Дмитрий Волков: neutral → supporter");
    t.send(keys::ESC);
    t.wait_for("Left the what-if; nothing changed");
    t.wait_until("the banner gone and the score back", |s| {
        !s.contains("WHAT-IF") && s.contains("Pull score 24/100")
    });
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");

    assert_eq!(std::fs::read(&file).unwrap(), before, "the file is byte for byte as before");
}
