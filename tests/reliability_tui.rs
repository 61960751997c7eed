//! The TUI under stress: a file changed on disk while open (the real store, with size
//! and time restored), a storm of resize events, hostile names on screen, and every
//! screen state not drawn elsewhere at every size.

mod common;

use common::drive::{message, run, screen};

use common::doubles::{MemLibrary, app, demo, today};
use common::faults::FaultyLibrary;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use dmu::model::Account;
use dmu::model::Person;
use dmu::store::{AccountStore, FileStore};
use dmu::store::{DataDir, ReadOnly, SaveError, load_file};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::events::{EventSource, run_loop};
use dmu::tui::theme::Theme;
use dmu::tui::views::AccountView;
use dmu::tui::widgets::dialog::Kept;
use dmu::tui::widgets::dialog::Modal;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use std::collections::VecDeque;
use std::path::Path;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEMO: &str = include_str!("../assets/demo.json");

/// Rewrites the file with other content of the same length and puts its modification
/// time back: what a careful `git checkout` or a sync tool can leave.
fn change_behind_the_back(file: &Path, from: &str, to: &str) -> Vec<u8> {
    let before = std::fs::metadata(file).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(file).unwrap();
    let other = text.replacen(from, to, 1);
    assert_eq!(other.len(), text.len());
    assert_ne!(other, text);
    std::fs::write(file, &other).unwrap();
    std::fs::File::options().write(true).open(file).unwrap().set_modified(before).unwrap();
    assert_eq!(std::fs::metadata(file).unwrap().modified().unwrap(), before);
    other.into_bytes()
}

fn real_app(tmp: &Path) -> (App, std::path::PathBuf, DataDir) {
    let data = DataDir::at(tmp.join("data"));
    data.ensure().unwrap();
    let file = data.accounts_dir().join("demo.json");
    std::fs::write(&file, DEMO).unwrap();
    let mut app =
        App::new(Box::new(data.clone()), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    app.update(Resize(100, 30));
    run(&mut app, &[Open]);
    (app, file, data)
}

#[test]
fn a_change_on_disk_is_caught_and_reload_takes_it_without_overwriting() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut app, file, _) = real_app(tmp.path());
    let theirs = change_behind_the_back(&file, "Volga Pipe Works", "Volga Pipe Wörk");

    run(&mut app, &[Delete, Yes]);
    assert_eq!(app.modal, Some(Modal::Conflict), "{}", message(&app));
    assert!(message(&app).contains("not saved: the file changed on disk"), "{}", message(&app));
    assert_eq!(std::fs::read(&file).unwrap(), theirs, "nothing was overwritten");

    // Esc: keep working in memory; the next edit asks again, still writing nothing.
    run(&mut app, &[Back]);
    assert!(message(&app).contains("the file on disk is unchanged"), "{}", message(&app));
    run(&mut app, &[Delete, Yes]);
    assert_eq!(app.modal, Some(Modal::Conflict));
    assert_eq!(std::fs::read(&file).unwrap(), theirs);

    run(&mut app, &[Reload]);
    let s = app.open_account().unwrap();
    assert_eq!(s.session.account().name, "Volga Pipe Wörk", "their version is shown");
    assert_eq!(s.session.account().people.len(), 14, "our unsaved deletions are dropped, as chosen");
    assert!(s.session.save_error().is_none());
    assert_eq!(std::fs::read(&file).unwrap(), theirs);
    // From now on saves go through, on top of their version.
    run(&mut app, &[Delete, Yes]);
    let on_disk = load_file(&file).unwrap();
    assert_eq!((on_disk.name.as_str(), on_disk.people.len()), ("Volga Pipe Wörk", 13));
}

#[test]
fn a_change_on_disk_can_be_kept_apart_by_saving_a_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut app, file, data) = real_app(tmp.path());
    let theirs = change_behind_the_back(&file, "Volga Pipe Works", "Volga Pipe Wörk");
    run(&mut app, &[Delete, Yes]);
    assert_eq!(app.modal, Some(Modal::Conflict));
    run(&mut app, &[SaveCopy]);
    assert!(message(&app).contains("Saved as a copy"), "{}", message(&app));
    assert_eq!(std::fs::read(&file).unwrap(), theirs, "their file is untouched");
    let copy_path = data.accounts_dir().join("demo-copy.json");
    let copy = load_file(&copy_path).unwrap();
    assert_eq!(copy.people.len(), 13, "our edit is in the copy");
    assert_eq!(copy.name, "Volga Pipe Works (copy)");
    assert_ne!(copy.id, load_file(&file).unwrap().id, "two files never share an id");
    // Further edits go to the copy.
    run(&mut app, &[Delete, Yes]);
    assert_eq!(load_file(&copy_path).unwrap().people.len(), 12);
    assert_eq!(std::fs::read(&file).unwrap(), theirs);
}

/// Events in bursts: `pending` is true while the current burst has more.
struct Script(VecDeque<VecDeque<Event>>);

impl EventSource for Script {
    fn read(&mut self) -> std::io::Result<Event> {
        while self.0.front().is_some_and(VecDeque::is_empty) {
            self.0.pop_front();
        }
        Ok(self.0.front_mut().and_then(VecDeque::pop_front).expect("the script ran out"))
    }
    fn pending(&mut self) -> std::io::Result<bool> {
        Ok(self.0.front().is_some_and(|b| !b.is_empty()))
    }
}

#[test]
fn a_storm_of_resize_events_costs_one_frame() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open]);
    let storm: VecDeque<Event> = (0..1000u16).map(|i| Event::Resize(40 + i % 200, 10 + i % 50)).collect();
    let quit = VecDeque::from([Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE))]);
    let mut script = Script(VecDeque::from([storm, quit]));
    let mut sizes = Vec::new();
    let start = Instant::now();
    let frames = run_loop(&mut a, &mut script, |app| {
        // Draw for real, at the size the app was last told.
        let mut buf = Buffer::empty(Rect::new(0, 0, 239, 59));
        app.render(buf.area, &mut buf);
        sizes.push(buf.area);
        Ok(())
    })
    .unwrap();
    assert!(a.should_quit());
    assert_eq!(frames, 2, "one frame at start, one for the whole storm");
    assert!(start.elapsed() < Duration::from_secs(2), "1000 resizes took {:?}", start.elapsed());
    // The app ended at the last size of the storm: its page size follows it.
    assert_eq!(screen(&mut a, 239, 59).lines().count(), 59);
}

fn hostile_account() -> dmu::model::Account {
    let mut account = demo();
    let names = [
        "\u{1b}[31mRed\u{1b}[0m \u{1b}]0;pwned\u{7}",
        "Right\u{202E}toLeft \u{2067}isolate",
        "Zoë Cafe\u{301}\u{301}\u{301} 👩‍🔧🇯🇵",
        "خالد الأحمد",
        "张伟 東京都 한국어",
        "\u{9b}2J clear\u{0}nul\tTab",
    ];
    for (i, name) in names.iter().enumerate() {
        let mut p = Person::new(format!("p-h{i}"), *name);
        p.title = Some(format!("Tx\n{name}"));
        account.people.insert(0, p);
    }
    account
}

#[test]
fn hostile_names_on_screen() {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga".into(), Ok(hostile_account())));
    let mut a = app(lib);
    run(&mut a, &[Open]);
    let s = screen(&mut a, 100, 20);
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 20));
    (&a).render(buf.area, &mut buf);
    assert!(!buf.content().iter().any(|c| c.symbol().chars().any(dmu::text::is_unsafe)), "{s}");
    // Wide, combining and right-to-left names take the width they show: the title
    // column starts at the same x on every row.
    let starts: Vec<Option<u16>> = (3..9)
        .map(|y| (0..60).find(|&x| buf[(x, y)].symbol() == "T" && buf[(x + 1, y)].symbol() == "x"))
        .collect();
    assert!(starts.iter().all(|&x| x.is_some() && x == starts[0]), "{starts:?}\n{s}");
    insta::assert_snapshot!("hostile_people_100x20", s);
    run(&mut a, &[Edit]);
    insta::assert_snapshot!("hostile_form_100x20", screen(&mut a, 100, 20));
}

fn app_on(account: dmu::model::Account) -> App {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("x".into(), Ok(account)));
    app(lib)
}

/// Every view of an open account (new views join through `AccountView::ALL`) on
/// hostile names and on an account with nobody in it. The demo is drawn at every size
/// by tui_snapshots.rs and tui_graph_views.rs.
fn views_on_odd_accounts() -> Vec<(String, App)> {
    let mut states = Vec::new();
    for &v in AccountView::ALL {
        for (what, account) in
            [("hostile", hostile_account()), ("empty", dmu::model::Account::new("acc-e", "Empty"))]
        {
            let mut a = app_on(account);
            run(&mut a, &[Open, ShowView(v)]);
            states.push((format!("view {} on {what}", v.title()), a));
        }
    }
    states
}

/// Every view on a generated account, moved to the end and sideways.
fn views_moved() -> Vec<(String, App)> {
    let mut states = Vec::new();
    for &v in AccountView::ALL {
        let mut a = app_on(dmu::generate::account(40, 7));
        run(&mut a, &[Open, ShowView(v), Bottom, Right, Right, Right, PageUp]);
        states.push((format!("view {} moved", v.title()), a));
    }
    states
}

/// Overlays and states the shared size loop in tui_snapshots.rs does not build.
fn more_overlays() -> Vec<(String, App)> {
    let mut states = Vec::new();
    let mut a = app_on(hostile_account());
    run(&mut a, &[Open, Edit]);
    states.push(("hostile edit form".into(), a));
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Rename]);
    states.push(("rename prompt".into(), a));
    let mut lib = MemLibrary::with_demo();
    lib.read_only =
        Some(ReadOnly::NotWritable("the folder cannot be written (the disk is read-only)".into()));
    let mut a = app(lib);
    run(&mut a, &[Open]);
    states.push(("read-only".into(), a));
    let lib = MemLibrary::with_demo();
    *lib.disk.fail.borrow_mut() = Some(SaveError::Io("the disk is full; free some space".into()));
    let mut a = app(lib);
    run(&mut a, &[Open, Delete, Yes, Quit]);
    states.push(("quit with unsaved edits".into(), a));
    let lib = MemLibrary::with_demo();
    for n in 0..3 {
        lib.recoveries.borrow_mut().push((
            format!("/data/recovery/r{n}.json").into(),
            format!("r{n}"),
            demo(),
        ));
    }
    states.push(("three recoveries".into(), app(lib)));
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Help, Down, Down, Down]);
    states.push(("help scrolled".into(), a));
    states
}

/// Draws each state at every size from 0x0 to 60x20 and at 300x100: no panic, and
/// no unsafe character in any cell.
fn draws_everywhere(states: Vec<(String, App)>) {
    let mut sizes: Vec<(u16, u16)> = (0..=60).flat_map(|w| (0..=20).map(move |h| (w, h))).collect();
    sizes.push((300, 100));
    for (name, mut app) in states {
        for &(w, h) in &sizes {
            app.update(Resize(w, h));
            let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (&app).render(buf.area, &mut buf)));
            assert!(result.is_ok(), "{name} panicked at {w}x{h}");
            assert!(
                !buf.content().iter().any(|c| c.symbol().chars().any(dmu::text::is_unsafe)),
                "{name} {w}x{h}"
            );
        }
    }
}

#[test]
fn every_view_on_hostile_and_empty_accounts_draws_at_every_size() {
    draws_everywhere(views_on_odd_accounts());
}

#[test]
fn every_view_moved_draws_at_every_size() {
    draws_everywhere(views_moved());
}

#[test]
fn more_overlays_draw_at_every_size() {
    draws_everywhere(more_overlays());
}

/// Quits with one unsaved deletion (saves fail through the store's writer seam, as on a
/// full disk), which leaves a recovery file in the data folder. Returns the data folder,
/// the account file, the recovery file and the account as edited.
fn quit_with_an_unsaved_delete(tmp: &Path) -> (DataDir, PathBuf, PathBuf, Account) {
    let data = DataDir::at(tmp.join("data")).with_recovery_places(Vec::new());
    data.ensure().unwrap();
    let file = data.accounts_dir().join("demo.json");
    std::fs::write(&file, DEMO).unwrap();
    let full = Arc::new(AtomicBool::new(true));
    let lib = FaultyLibrary { data: data.clone(), full };
    let mut app = App::new(Box::new(lib), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    app.update(Resize(100, 30));
    run(&mut app, &[Open, Delete, Yes, Quit]);
    let edited = app.open_account().unwrap().session.account().clone();
    assert_eq!(edited.people.len(), 13);
    let Some(Modal::Leaving(l)) = &app.modal else { panic!("{:?}", app.modal) };
    let Kept::Recovery(recovery) = l.kept.clone() else { panic!("{:?}", l.kept) };
    run(&mut app, &[Yes]);
    assert!(app.should_quit());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), DEMO, "nothing was saved");
    (data, file, recovery, edited)
}

fn start(data: &DataDir) -> App {
    let mut app =
        App::new(Box::new(data.clone()), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    app.update(Resize(100, 30));
    app
}

fn trashed_recoveries(data: &DataDir) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(data.root().join("trash")) else { return Vec::new() };
    let mut v: Vec<String> = entries.map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}

#[test]
fn restoring_over_a_file_changed_since_shows_the_conflict_and_reload_leaves_it_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, file, recovery, edited) = quit_with_an_unsaved_delete(tmp.path());
    // After the recovery file was written, someone else changes the account.
    let theirs = change_behind_the_back(&file, "Volga Pipe Works", "Volga Pipe Wörk");

    let mut app = start(&data);
    assert_eq!(app.modal, Some(Modal::Recovery(vec![recovery.clone()])));
    run(&mut app, &[Restore]);
    assert_eq!(app.modal, Some(Modal::Conflict), "{}", message(&app));
    assert!(message(&app).contains("nothing was overwritten"), "{}", message(&app));
    assert_eq!(std::fs::read(&file).unwrap(), theirs, "the changed file is byte-identical");
    let s = app.open_account().unwrap();
    assert_eq!(*s.session.account(), edited, "the rescued edits are shown, unsaved");
    assert_eq!(s.session.save_error(), Some(&SaveError::ChangedOnDisk));
    assert!(screen(&mut app, 100, 30).contains("UNSAVED"));
    assert!(recovery.exists(), "kept until the rep decides");

    // Later: still nothing is written, also by the next edit.
    run(&mut app, &[Back]);
    assert!(message(&app).contains("nothing is saved"), "{}", message(&app));
    run(&mut app, &[Delete, Yes]);
    assert_eq!(app.modal, Some(Modal::Conflict));
    assert_eq!(std::fs::read(&file).unwrap(), theirs);

    // Reload: their version; the rescued edits are dropped, their file goes to the trash.
    run(&mut app, &[Reload]);
    let s = app.open_account().unwrap();
    assert_eq!(
        (s.session.account().name.as_str(), s.session.account().people.len()),
        ("Volga Pipe Wörk", 14)
    );
    assert!(message(&app).contains("in the trash"), "{}", message(&app));
    assert!(!recovery.exists());
    assert_eq!(trashed_recoveries(&data), ["demo.recovery-1.json", "demo.recovery-1.json.meta"]);
    let trashed = load_file(&data.root().join("trash").join("demo.recovery-1.json")).unwrap();
    assert_eq!(trashed, edited, "never erased");
    assert_eq!(std::fs::read(&file).unwrap(), theirs);
    assert!(start(&data).modal.is_none(), "nothing is offered again");
}

#[test]
fn restoring_over_a_file_changed_since_can_save_the_rescued_edits_as_a_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, file, recovery, _) = quit_with_an_unsaved_delete(tmp.path());
    let theirs = change_behind_the_back(&file, "Volga Pipe Works", "Volga Pipe Wörk");
    let mut app = start(&data);
    run(&mut app, &[Restore, SaveCopy]);
    assert!(message(&app).contains("Saved as a copy"), "{}", message(&app));
    let copy = load_file(&data.accounts_dir().join("demo-copy.json")).unwrap();
    assert_eq!(copy.people.len(), 13, "the rescued deletion is in the copy");
    assert_eq!(std::fs::read(&file).unwrap(), theirs, "their file is untouched");
    assert!(!recovery.exists());
    assert_eq!(trashed_recoveries(&data).len(), 2, "the recovery file and its meta, in the trash");
}

#[test]
fn restoring_over_an_unchanged_file_saves_the_edits_and_keeps_the_previous_as_bak() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, file, recovery, edited) = quit_with_an_unsaved_delete(tmp.path());
    let mut app = start(&data);
    run(&mut app, &[Restore]);
    assert!(app.modal.is_none(), "{:?}", app.modal);
    assert!(message(&app).starts_with("Restored the unsaved edits into"), "{}", message(&app));
    assert_eq!(load_file(&file).unwrap(), edited);
    assert_eq!(std::fs::read_to_string(data.accounts_dir().join("demo.json.bak")).unwrap(), DEMO);
    assert!(!recovery.exists());
}

#[test]
fn an_old_recovery_file_without_meta_asks_before_writing_unless_the_file_holds_it_already() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path().join("data")).with_recovery_places(Vec::new());
    data.ensure().unwrap();
    let file = data.accounts_dir().join("demo.json");
    std::fs::write(&file, DEMO).unwrap();
    std::fs::create_dir_all(data.root().join("recovery")).unwrap();
    let mut edited = demo();
    edited.name = "Volga Pipe Works (edited)".into();
    let old = data.root().join("recovery").join("demo.json");
    std::fs::write(&old, edited.to_canonical_json()).unwrap();

    // Nothing shows what the edits were made on: the file may have changed, so ask.
    let mut app = start(&data);
    run(&mut app, &[Restore]);
    assert_eq!(app.modal, Some(Modal::Conflict), "{}", message(&app));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), DEMO);
    run(&mut app, &[SaveCopy]);
    let copy = load_file(&data.accounts_dir().join("demo-copy.json")).unwrap();
    assert_eq!(copy.name, "Volga Pipe Works (edited) (copy)");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), DEMO);

    // A file that already holds the edits needs nothing.
    let holds = data.root().join("recovery").join("demo.json");
    std::fs::write(&holds, DEMO).unwrap();
    let mut app = start(&data);
    run(&mut app, &[Restore]);
    assert!(app.modal.is_none());
    assert!(message(&app).contains("already holds these edits"), "{}", message(&app));
    assert!(!holds.exists());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), DEMO);
}

#[test]
fn a_read_only_window_offers_to_reopen_for_editing_once_the_other_has_let_go() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path().join("data"));
    data.ensure().unwrap();
    let file = data.accounts_dir().join("demo.json");
    std::fs::write(&file, DEMO).unwrap();
    // The other window holds the account.
    let (mut other, mut theirs) = FileStore::open(&file).unwrap();
    let mut app = start(&data);
    run(&mut app, &[Open]);
    assert!(message(&app).contains("another dmu window is editing"), "{}", message(&app));
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    app.handle_key(j);
    assert!(!message(&app).contains("let go"), "the other window still holds it");

    // It edits, saves and quits.
    theirs.name = "Volga Pipe Wörk".into();
    other.save(&theirs).unwrap();
    drop(other);
    app.handle_key(j);
    assert!(message(&app).contains("press R to reopen it for editing"), "{}", message(&app));
    assert!(screen(&mut app, 100, 30).contains("the other window let go; press R to reopen for editing"));
    app.handle_key(j);
    assert!(screen(&mut app, 100, 30).contains("press R to reopen"), "the status bar keeps saying so");

    // R reads it again, with their change, and edits save.
    app.handle_key(KeyEvent::new(KeyCode::Char('R'), KeyModifiers::SHIFT));
    assert!(message(&app).starts_with("Reopened for editing"), "{}", message(&app));
    let s = app.open_account().unwrap();
    assert_eq!(s.session.read_only(), None);
    assert_eq!(s.session.account().name, "Volga Pipe Wörk", "their change, not a stale copy");
    run(&mut app, &[Top, Delete, Yes]);
    let saved = load_file(&file).unwrap();
    assert_eq!((saved.name.as_str(), saved.people.len()), ("Volga Pipe Wörk", 13), "saved on top of theirs");
    assert!(screen(&mut app, 100, 30).contains(" Saved "));
}
