//! End to end in a pseudo-terminal: on an open account, `I` asks for the file, Tab
//! completes its name, Enter reads it and shows the preview, Enter imports it; after
//! quitting, the account's file on disk has the people, the reporting lines and the
//! history entries noted "imported from contacts.csv".

mod common;

use common::pty::{Tui, keys};

#[test]
fn an_export_is_imported_from_the_app_and_the_account_file_has_the_people() {
    let tmp = tempfile::tempdir().unwrap();
    let accounts = tmp.path().join("data").join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    let file = accounts.join("demo.json");
    std::fs::write(&file, include_str!("../assets/demo.json")).unwrap();
    let exports = tmp.path().join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    std::fs::write(exports.join("contacts.csv"), include_str!("import_fixtures/contacts.csv")).unwrap();

    let data = tmp.path().join("data");
    let mut t = Tui::spawn(&["--data-dir", data.to_str().unwrap()], &[]);
    t.wait_for("Volga Pipe Works");
    t.send(keys::ENTER);
    t.wait_for("People (14)");
    t.send("I");
    t.wait_for("Import contacts into Volga Pipe Works");
    // The prompt starts in dmu's working folder (the pty starts it in $HOME): cleared.
    let start = std::env::var("HOME").unwrap_or_default().chars().count() + 2;
    t.send_burst(keys::BACKSPACE.repeat(start).as_bytes());
    t.type_text(&format!("{}/con", exports.display()));
    t.send(keys::TAB);
    t.wait_for("exports/contacts.csv");
    t.send(keys::ENTER);
    t.wait_for("Import contacts.csv into Volga Pipe Works: what would change");
    t.wait_for("4: Ann Lee, Boris Chen, K. Weber, Eve Moss");
    t.wait_for("2 rows left out: Globex 1, Initech 1");
    t.send(keys::ENTER);
    t.wait_for("Imported contacts.csv: 4 added, 3 reporting lines");
    t.wait_for("People (18)");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");

    let a: dmu::model::Account = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(a.people.len(), 18);
    let ann = a.people.iter().find(|p| p.name == "Ann Lee").expect("Ann Lee is in the file");
    assert_eq!(ann.title.as_deref(), Some("Head of Digital"));
    let boris = a.people.iter().find(|p| p.name == "Boris Chen").unwrap();
    assert!(a.links.iter().any(|l| l.from == boris.id && l.to == ann.id), "Boris Chen reports to Ann Lee");
    let noted = a.history.iter().filter(|e| e.note.as_deref() == Some("imported from contacts.csv")).count();
    assert!(noted >= 4, "the history says where the people came from ({noted} entries)");
    assert_eq!(a.history.iter().filter(|e| e.by.as_deref() == Some("E2E Tester")).count(), noted);
}
