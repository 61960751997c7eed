//! End to end in a pseudo-terminal: add a follow-up by typing, see it on the agenda,
//! mark it done there, quit, and find `done` set in the file on disk.

mod common;

use common::portfolio_fixture;
use common::pty::{Tui, keys};

#[test]
fn a_follow_up_typed_in_reaches_the_agenda_and_is_done_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    portfolio_fixture::write(tmp.path());
    let dir = tmp.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", dir], &[]);
    t.wait_for("Karelia Paper");
    t.send(keys::DOWN);
    t.send(keys::ENTER);
    t.wait_for("People (1)");
    t.send("f");
    t.wait_for("Add follow-up");
    t.type_text("Bring the wear samples");
    t.send(keys::ENTER);
    t.wait_for("Add follow-up “Bring the wear samples”");
    t.send(keys::ESC);
    t.wait_for("dmu · portfolio");
    t.send("g");
    t.wait_for("Bring the wear samples");
    // Owners cycle in name order: Anna Berg, then Ben Cole (Karelia's only member).
    t.send("o");
    t.wait_for("owner: Anna Berg");
    t.send("o");
    t.wait_for("owner: Ben Cole");
    t.send("x");
    t.wait_for("Done: “Bring the wear samples” (Karelia Paper)");
    t.wait_for("0 open follow-ups");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
    let text = std::fs::read_to_string(tmp.path().join("accounts/karelia-paper.json")).unwrap();
    let a: dmu::model::Account = serde_json::from_str(&text).unwrap();
    let f = &a.follow_ups[0];
    assert_eq!(
        (f.text.as_str(), f.owner.as_str(), f.person.as_deref()),
        ("Bring the wear samples", "t-ben", Some("p-ivo"))
    );
    assert!(f.done.is_some(), "done is set on disk: {text}");
}
