//! The TUI side of sharing through git, with the App driven by actions: the conflicts
//! a merge recorded (the banner, the conflicts screen, deciding each as one undoable
//! edit, a decision the rules refuse), the sync key where the data folder is not a
//! repository, while a sync runs and with an unsaved edit, and the portfolio's marks
//! of conflicts and of changes since the last sync. A sync with real git is in
//! `tui_sync_git.rs`.

mod common;

use common::doubles::{MemLibrary, app, demo, today};
use common::drive::{account, message, run, screen};
use dmu::model::{Account, Stance};
use dmu::store::{DataDir, SaveError};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::Mode;
use dmu::tui::theme::Theme;
use dmu::tui::widgets::dialog::Modal;
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The demo after a merge: Klaus Weber's stance (ours neutral, theirs skeptic, each
/// in the history), Пётр Иванов's title (no history), and a link from the other copy
/// that would close a reporting circle (left out by a rule).
fn conflicted() -> Account {
    let mut v = serde_json::to_value(demo()).unwrap();
    let weber = v["people"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == "p-weber").unwrap();
    weber["stance"] = "neutral".into();
    v["history"] = json!([
        { "id": "h-00000000a1", "at": "2026-11-25T10:00:00Z", "by": "t-anna", "person": "p-weber",
          "field": "stance", "from": "opponent", "to": "neutral" },
        { "id": "h-00000000a2", "at": "2026-11-26T09:10:00Z", "by": "t-omar", "person": "p-weber",
          "field": "stance", "from": "opponent", "to": "skeptic" }
    ]);
    v["conflicts"] = json!([
        { "id": "c-00000000c1", "path": "people/p-weber/stance", "base": "opponent", "ours": "neutral",
          "theirs": "skeptic", "kept": "ours", "at": "2026-11-27T14:05:00Z" },
        { "id": "c-00000000c2", "path": "people/p-ivanov/title", "base": "Engineer",
          "ours": "Chief Engineer", "theirs": "Chief Technologist", "kept": "ours",
          "at": "2026-11-27T14:05:00Z" },
        { "id": "c-00000000c3", "path": "links/p-volkov>p-ivanov>reports_to", "base": null, "ours": null,
          "theirs": { "from": "p-volkov", "to": "p-ivanov", "kind": "reports_to" }, "kept": "ours",
          "at": "2026-11-27T14:05:00Z",
          "rule": "the other copy's reports-to link would close a reporting circle, so it is left out" }
    ]);
    serde_json::from_value(v).unwrap()
}

fn library_with(a: Account) -> MemLibrary {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga-pipe-works".into(), Ok(a)));
    lib
}

fn stance_of(a: &Account, id: &str) -> Stance {
    a.people.iter().find(|p| p.id == id).unwrap().stance
}

fn conflicts_screen(app: &App) -> usize {
    match &app.modal {
        Some(Modal::MergeConflicts(v)) => v.selected,
        other => panic!("the conflicts screen is not open: {other:?}"),
    }
}

#[test]
fn deciding_a_conflict_keeps_the_chosen_value_and_one_undo_brings_the_conflict_back() {
    let lib = library_with(conflicted());
    let disk = lib.disk.clone();
    let mut a = app(lib);
    run(&mut a, &[Open, ShowConflicts]);
    assert_eq!(a.mode(), Mode::MergeConflicts);
    assert_eq!(conflicts_screen(&a), 0);

    run(&mut a, &[KeepTheirs]);
    assert_eq!(stance_of(account(&a), "p-weber"), Stance::Skeptic, "theirs is taken");
    assert_eq!(account(&a).conflicts.len(), 2, "that conflict is decided");
    assert!(account(&a).conflicts.iter().all(|c| c.path != "people/p-weber/stance"));
    assert_eq!(message(&a), "Decided stance of Klaus Weber: skeptic (theirs)");
    let saved = disk.last().expect("the decision is saved at once");
    assert_eq!((stance_of(&saved, "p-weber"), saved.conflicts.len()), (Stance::Skeptic, 2));
    let entry = saved.history.last().unwrap();
    assert_eq!((entry.field.as_deref(), entry.to.as_ref()), (Some("stance"), Some(&json!("skeptic"))));

    run(&mut a, &[Undo]);
    assert_eq!(stance_of(account(&a), "p-weber"), Stance::Neutral, "one undo puts ours back");
    assert_eq!(account(&a).conflicts.len(), 3, "and the conflict with it");
    assert_eq!(account(&a), &conflicted(), "exactly as the merge left it");
    assert_eq!(a.mode(), Mode::MergeConflicts, "still on the conflicts screen");

    // Keeping ours changes nothing but the conflict record.
    run(&mut a, &[Down, KeepOurs]);
    let now = account(&a);
    assert_eq!(
        now.people.iter().find(|p| p.id == "p-ivanov").unwrap().title.as_deref(),
        Some("Chief Engineer")
    );
    assert_eq!(now.conflicts.len(), 2);
    assert_eq!(message(&a), "Decided title of Пётр Иванов: Chief Engineer (ours)");
}

#[test]
fn the_banner_shows_while_conflicts_are_left_and_goes_with_the_last() {
    let mut a = app(library_with(conflicted()));
    run(&mut a, &[Open]);
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("⚠ 3 conflicts from a merge — press M to decide"), "{s}");
    assert!(s.contains("People (14)"), "the view is below the banner:\n{s}");

    run(&mut a, &[ShowConflicts]);
    let s = screen(&mut a, 100, 30);
    for words in [
        "Conflicts from a merge · 3 to decide",
        "stance of Klaus Weber: kept neutral (ours), the other was skeptic (theirs)",
        "set by Anna Berg, 2026-11-25 10:00",
        "set by Omar Haddad, 2026-11-26 09:10",
        "opponent",
    ] {
        assert!(s.contains(words), "{words:?} is not on the screen:\n{s}");
    }
    run(&mut a, &[Down]);
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("who set it is not in the history; merged 2026-11-27"), "{s}");

    run(&mut a, &[KeepOurs, KeepOurs, KeepOurs]);
    assert!(account(&a).conflicts.is_empty());
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("No conflicts left to decide"), "{s}");
    run(&mut a, &[Back]);
    assert_eq!(a.mode(), Mode::People);
    let s = screen(&mut a, 100, 30);
    assert!(!s.contains("conflicts from a merge"), "the banner is gone:\n{s}");
    run(&mut a, &[ShowConflicts]);
    assert_eq!(message(&a), "This account has no conflicts from a merge to decide");
    assert!(a.modal.is_none());
}

#[test]
fn a_decision_the_rules_refuse_says_why_and_changes_nothing() {
    let mut a = app(library_with(conflicted()));
    run(&mut a, &[Open, ShowConflicts, Down, Down]);
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("would close a reporting circle"), "the rule is shown:\n{s}");
    run(&mut a, &[KeepTheirs]);
    let said = message(&a);
    assert!(said.starts_with("Cannot decide it that way: "), "{said}");
    assert!(said.ends_with("nothing was changed"), "{said}");
    assert_eq!(account(&a), &conflicted());
    run(&mut a, &[KeepOurs]);
    assert_eq!(account(&a).conflicts.len(), 2, "keeping ours is allowed");
}

#[test]
fn the_portfolio_marks_the_accounts_with_conflicts() {
    let lib = library_with(conflicted());
    lib.files.borrow_mut().push(("quiet".into(), Ok(Account::new("acc-quiet", "Quiet Works"))));
    let mut a = app(lib);
    let s = screen(&mut a, 120, 30);
    assert!(s.contains("Sync"), "the marks column:\n{s}");
    let row = s.lines().find(|l| l.starts_with("\"│Volga Pipe Works")).unwrap();
    assert!(row.contains("⚠3"), "{row}");
    let quiet = s.lines().find(|l| l.starts_with("\"│Quiet Works")).unwrap();
    assert!(!quiet.contains('⚠'), "{quiet}");
    assert!(s.contains("⚠ 3 conflicts from a merge to decide: open the account and press M"), "{s}");
}

/// An app on a data folder on disk.
fn app_on(root: &std::path::Path) -> App {
    let mut a =
        App::new(Box::new(DataDir::at(root)), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    a.update(Resize(120, 30));
    a
}

fn write_account(root: &std::path::Path, slug: &str, a: &Account) {
    std::fs::create_dir_all(root.join("accounts")).unwrap();
    std::fs::write(root.join("accounts").join(format!("{slug}.json")), a.to_canonical_json()).unwrap();
}

#[test]
fn the_portfolio_marks_the_accounts_changed_since_the_last_sync_and_says_when_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut changed = demo();
    changed.name = "Changed Since".into();
    changed.id = "acc-changed".into();
    let mut e = dmu::model::HistoryEntry::new("h-00000000b1".into(), "2026-12-02T08:00:00Z".into(), None);
    e.person = Some("p-weber".into());
    e.field = Some("stance".into());
    e.from = Some(json!("opponent"));
    e.to = Some(json!("neutral"));
    changed.history.push(e.clone());
    let mut before = demo();
    before.name = "Synced Before".into();
    e.at = "2026-11-30T08:00:00Z".into();
    before.history.push(e);
    write_account(root, "changed", &changed);
    write_account(root, "before", &before);

    // Never synced here: no header, no marks.
    let mut a = app_on(root);
    let s = screen(&mut a, 120, 30);
    assert!(!s.contains("last sync") && !s.contains("●"), "{s}");

    dmu::sync::mark_synced(root, "2026-12-01T14:05:00Z").unwrap();
    let mut a = app_on(root);
    let s = screen(&mut a, 120, 30);
    assert!(s.lines().next().unwrap().contains("last sync: 2026-12-01 14:05"), "{s}");
    let row = |name: &str| s.lines().find(|l| l.starts_with(&format!("\"│{name}"))).unwrap().to_string();
    assert!(row("Changed Since").contains('●'), "{s}");
    assert!(!row("Synced Before").contains('●'), "{s}");

    // The selected account says what its mark means.
    a.accounts.select_slug("changed");
    let s = screen(&mut a, 120, 30);
    assert!(s.contains("● changed here since the last sync (1 change in its history)"), "{s}");
    a.accounts.select_slug("before");
    let s = screen(&mut a, 120, 30);
    assert!(!s.contains("● changed here"), "{s}");
}

#[test]
fn the_sync_key_where_the_data_folder_is_not_a_repository_says_how_to_set_up() {
    let dir = tempfile::tempdir().unwrap();
    write_account(dir.path(), "demo", &demo());
    let mut a = app_on(dir.path());
    run(&mut a, &[Sync]);
    assert!(a.syncing(), "the sync runs in the background");
    let s = screen(&mut a, 120, 30);
    assert!(s.contains("Syncing"), "the status bar says so:\n{s}");
    run(&mut a, &[Sync]);
    assert!(message(&a).starts_with("A sync is running already"), "{}", message(&a));
    run(&mut a, &[Down]);
    assert!(a.wait_for_sync(Duration::from_secs(60)), "the sync ends");
    let said = message(&a);
    assert!(said.contains("not shared yet"), "{said}");
    assert!(said.contains("dmu sync --init"), "{said}");
    assert!(said.contains("docs/team-sync.md"), "{said}");
    assert!(!a.syncing());
}

#[test]
fn quitting_while_a_sync_runs_waits_for_it_unless_asked_twice() {
    let dir = tempfile::tempdir().unwrap();
    write_account(dir.path(), "demo", &demo());
    let mut a = app_on(dir.path());
    run(&mut a, &[Sync, Quit]);
    assert!(!a.should_quit(), "the first quit waits for the sync");
    assert!(message(&a).contains("dmu quits when it is done"), "{}", message(&a));
    assert!(a.wait_for_sync(Duration::from_secs(60)));
    assert!(a.should_quit(), "and quits once it is done");

    let mut a = app_on(dir.path());
    run(&mut a, &[Sync, Quit, Quit]);
    assert!(a.should_quit(), "a second quit does not wait");
}

#[test]
fn a_sync_is_refused_while_the_open_account_has_an_unsaved_edit() {
    let lib = MemLibrary::with_demo();
    let fail = lib.disk.fail.clone();
    let mut a = app(lib);
    run(&mut a, &[Open]);
    *fail.borrow_mut() = Some(SaveError::Io("the disk is full".into()));
    run(&mut a, &[Delete, Yes]);
    assert!(a.open_account().unwrap().session.save_error().is_some());
    run(&mut a, &[Sync]);
    assert!(!a.syncing());
    let said = message(&a);
    assert!(said.starts_with("Not synced: the open account's last edit is not saved"), "{said}");
    assert!(said.contains("the disk is full"), "{said}");
}

#[test]
fn the_sync_and_conflicts_keys_are_in_the_help_and_hidden_from_the_hints_where_they_do_nothing() {
    let entries = dmu::tui::widgets::help::entries();
    for desc in ["sync with the team", "conflicts from a merge, to decide", "keep ours (this copy)"] {
        assert!(entries.iter().any(|(_, d)| *d == desc), "{desc} is not in the help");
    }
    let mut a = app(MemLibrary::with_demo());
    let s = screen(&mut a, 160, 30);
    assert!(!s.contains("sync with the team"), "not shared: no sync hint\n{s}");
}

#[test]
fn the_conflicts_screen_at_80x24_and_160x48() {
    let mut a = app(library_with(conflicted()));
    run(&mut a, &[Open]);
    insta::assert_snapshot!("banner_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[ShowConflicts]);
    insta::assert_snapshot!("conflicts_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Down, Down]);
    insta::assert_snapshot!("conflicts_rule_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[Up, Up]);
    insta::assert_snapshot!("conflicts_160x48", screen(&mut a, 160, 48));
}

#[test]
fn the_helpers_check_at_start_speaks_after_the_welcome_and_marks_the_folder_shared() {
    use dmu::sync::DriverState;
    let mut a = app(MemLibrary::with_demo());
    a.tell_drivers(&DriverState::NoRepo);
    assert_eq!(message(&a), "", "nothing to say where git does not share the folder");
    assert!(!screen(&mut a, 120, 30).contains("never synced"));

    a.say(dmu::tui::app::Level::Info, "Welcome!");
    a.tell_drivers(&DriverState::Repaired("Registered dmu's merge and diff helpers.".into()));
    assert_eq!(message(&a), "Welcome! · Registered dmu's merge and diff helpers.");
    let s = screen(&mut a, 120, 30);
    assert!(s.lines().next().unwrap().contains("never synced"), "a shared folder says so:\n{s}");
    assert!(s.contains("Y sync with the team"), "and hints the key:\n{s}");

    a.say(dmu::tui::app::Level::Info, "Welcome!");
    a.tell_drivers(&DriverState::Broken("git cannot be told to merge account files".into()));
    let m = a.message.clone().unwrap();
    assert_eq!(m.level, dmu::tui::app::Level::Warning);
    assert!(m.text.ends_with("git cannot be told to merge account files"), "{}", m.text);
}
