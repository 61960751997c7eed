//! The real binary in a pseudo-terminal: the Pull view's what-if moves the score on
//! screen, and leaving it with Esc leaves the file on disk byte for byte as it was.

mod common;

use common::pty::{Tui, keys};
use dmu::analysis::{Analysis, PullConfig, analyze};
use dmu::model::{Account, Date, Index};

/// The demo as the binary reads it, analysed on the day the binary runs.
fn demo() -> Account {
    serde_json::from_str(include_str!("../assets/demo.json")).unwrap()
}

fn analysed(a: &Account) -> Analysis {
    let cfg = PullConfig::for_account(a).unwrap();
    analyze(a, &Index::new(a), &cfg, Date::today())
}

#[test]
fn a_what_if_left_with_esc_leaves_the_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let file = dir.path().join("accounts").join("demo.json");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, include_str!("../assets/demo.json")).unwrap();
    let before = std::fs::read(&file).unwrap();

    let base = analysed(&demo()).score;
    // What `+` makes of Волков: a supporter, as of today.
    let mut raised = demo();
    let volkov = raised.people.iter().position(|p| p.id == "p-volkov").unwrap();
    raised.people[volkov].stance = dmu::model::Stance::Supporter;
    raised.people[volkov].stance_on = Some(Date::today());
    let after = analysed(&raised).score;

    let mut t = Tui::spawn_sized(&["--data-dir", d, "open", "volga"], &[], 80, 24);
    t.wait_for("People (14)");
    t.send("5");
    t.wait_for(&format!("Pull score {base}/100"));
    // The people table's first row, Дмитрий Волков, comes along: the view opens on the payers.
    t.wait_for("◀ 4/5 Payers ▶");
    for _ in 0..3 {
        t.send(keys::LEFT);
    }
    t.wait_for("Users: We know Maria Garcia");
    t.send(keys::RIGHT);
    t.wait_for("Influencers: Пётр Иванов (champion)");
    // Back to the payers, where Волков is still the selected card.
    t.send(keys::RIGHT);
    t.send(keys::RIGHT);
    t.wait_for("◀ 4/5 Payers ▶");
    t.send("w");
    t.wait_for("WHAT-IF — not saved: Esc leaves, Enter applies");
    t.send("+");
    t.wait_for(&format!("Pull score {base} → {after} ({:+})", i16::from(after) - i16::from(base)));
    t.wait_for("Дмитрий Волков: neutral → supporter");
    t.send(keys::ESC);
    t.wait_for("Left the what-if; nothing changed");
    t.wait_until("the banner gone and the score back", |s| {
        !s.contains("WHAT-IF") && s.contains(&format!("Pull score {base}/100"))
    });
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");

    assert_eq!(std::fs::read(&file).unwrap(), before, "the file is byte for byte as before");
}

#[test]
fn taking_the_first_suggested_step_in_a_what_if_moves_the_score_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let an = analysed(&demo());
    let step = an.next_best.first().expect("the demo has a next step");
    let name = &demo().people[step.person].name;

    let mut t = Tui::on_the_demo(d);
    t.send("5");
    t.wait_for(&format!("Pull score {}/100", an.score));
    // Tab twice: the next best steps, the first selected, and its person with it.
    t.send(keys::TAB);
    t.send(keys::TAB);
    t.send("w");
    t.wait_for("WHAT-IF — not saved: Esc leaves, Enter applies");
    t.wait_for(&format!("(+{})", step.gain));
    t.send(" ");
    t.wait_for(&format!("Pull score {} → {} (+{})", an.score, an.score + step.gain, step.gain));
    t.wait_for(&format!("Trying: {name}"));
    t.send(keys::ESC);
    t.wait_for("Left the what-if; nothing changed");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
}
