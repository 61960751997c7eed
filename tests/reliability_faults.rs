//! Faults of the disk, for real where the test may mount file systems (root in CI):
//! a full disk, a read-only data folder, a data folder that does not exist or cannot,
//! an account file replaced by a folder. Each ends in words a rep understands, with
//! nothing lost and no panic.

mod common;

use common::drive::{message, run};

use common::cli::dmu;

use common::doubles::today;
use common::faults::{FaultyLibrary, ReadOnlyDir, Tmpfs, fill};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::model::Account;
use dmu::store::{AccountStore, DataDir, FileStore, ReadOnly, SaveError, load_file};
use dmu::tui::action::Action::*;
use dmu::tui::app::{App, Level};
use dmu::tui::library::Library;
use dmu::tui::theme::Theme;
use dmu::tui::widgets::dialog::{Kept, Modal};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::process::Output;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

const DEMO: &str = include_str!("../assets/demo.json");

fn app_on(lib: Box<dyn Library>) -> App {
    let mut app = App::new(lib, today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    app.update(Resize(100, 30));
    app
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    t.backend().to_string()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}

fn no_panic(o: &Output) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// A data folder holding the demo, on a real 64 KB tmpfs when one can be mounted.
/// Returns the guard (None: a plain folder, and the disk is filled through the seam).
fn small_disk(tmp: &Path) -> (DataDir, Option<Tmpfs>) {
    let root = tmp.join("data");
    let disk = Tmpfs::mount(&root, "64k");
    if disk.is_none() {
        eprintln!("note: cannot mount a tmpfs here; the full disk is injected through the store's writer");
    }
    let data = DataDir::at(&root);
    data.ensure().unwrap();
    std::fs::write(data.accounts_dir().join("demo.json"), DEMO).unwrap();
    (data, disk)
}

#[test]
fn a_full_disk_keeps_the_file_and_the_edit_and_the_next_save_writes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, disk) = small_disk(tmp.path());
    let file = data.accounts_dir().join("demo.json");
    let full = Arc::new(AtomicBool::new(false));
    let mut app = app_on(Box::new(FaultyLibrary { data: data.clone(), full: full.clone() }));
    run(&mut app, &[Open]);
    assert!(app.open_account().is_some(), "{}", message(&app));

    // The disk fills up (for real on the tmpfs, else through the seam).
    let filler = if disk.is_some() { Some(fill(data.root())) } else { None };
    full.store(disk.is_none(), Ordering::SeqCst);
    run(&mut app, &[Delete, Yes]);

    assert_eq!(std::fs::read_to_string(&file).unwrap(), DEMO, "the file on disk is byte-identical");
    assert!(!names(&data.accounts_dir()).iter().any(|n| n.contains(".tmp-")), "no temporary file is left");
    let s = app.open_account().unwrap();
    assert_eq!(s.session.account().people.len(), 13, "the edit stays in memory");
    assert!(matches!(s.session.save_error(), Some(SaveError::Io(_))));
    assert!(message(&app).contains("the disk is full"), "{}", message(&app));
    assert_eq!(app.message.as_ref().unwrap().level, Level::Error);
    let shown = screen(&app);
    assert!(shown.contains("UNSAVED: not saved: the disk is full"), "{shown}");
    assert!(app.recovery_slot().lock().unwrap().is_some(), "a panic now would write a recovery file");

    // Space is freed; the next edit saves both.
    if let Some(f) = filler {
        std::fs::remove_file(f).unwrap();
    }
    full.store(false, Ordering::SeqCst);
    run(&mut app, &[Down, Delete, Yes]);
    assert!(app.open_account().unwrap().session.save_error().is_none(), "{}", message(&app));
    let on_disk = load_file(&file).unwrap();
    assert_eq!(on_disk.people.len(), 12, "the first, unsaved edit was written too");
    assert_eq!(on_disk, *app.open_account().unwrap().session.account());
    assert!(screen(&app).contains(" Saved "));
    assert!(app.recovery_slot().lock().unwrap().is_none());
    drop(disk);
}

#[test]
fn a_read_only_data_folder_opens_read_only_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("data");
    let data = DataDir::at(&root);
    data.ensure().unwrap();
    let file = data.accounts_dir().join("demo.json");
    std::fs::write(&file, DEMO).unwrap();
    let Some(ro) = ReadOnlyDir::new(&data.accounts_dir()) else {
        eprintln!("note: neither a read-only bind mount nor chattr is allowed here; not tested");
        return;
    };

    // The store: read-only, with the reason.
    let (mut store, a) = FileStore::open(&file).unwrap();
    match store.read_only() {
        Some(ReadOnly::NotWritable(why)) => assert!(why.contains("the folder cannot be written"), "{why}"),
        other => panic!("{other:?} ({:?})", ro.how),
    }
    assert!(matches!(store.save(&a), Err(SaveError::ReadOnly(_))));

    // The TUI: opens it, says read-only, refuses edits with the reason.
    let mut app = app_on(Box::new(data.clone()));
    run(&mut app, &[Open]);
    assert!(message(&app).contains("read-only: the folder cannot be written"), "{}", message(&app));
    run(&mut app, &[Delete]);
    assert!(app.modal.is_none());
    assert!(message(&app).contains("Cannot change this account"), "{}", message(&app));

    // The command line: reading works, creating says why it cannot.
    let list = dmu(&root, &["list"]);
    no_panic(&list);
    assert!(list.status.success());
    assert!(String::from_utf8_lossy(&list.stdout).contains("Volga Pipe Works"));
    let new = dmu(&root, &["new", "Acme"]);
    let err = no_panic(&new);
    assert_eq!(new.status.code(), Some(1));
    assert!(err.contains("could not create the account file"), "{err}");
    assert!(err.contains("read-only") || err.contains("permission denied"), "{err}");
    drop(ro);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), DEMO);
}

#[test]
fn an_empty_read_only_data_folder_says_it_cannot_install_the_demo() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path().join("data"));
    data.ensure().unwrap();
    let Some(_ro) = ReadOnlyDir::new(&data.accounts_dir()) else { return };
    // Only the app installs the demo; `open` fails before the screen starts.
    let o = dmu(data.root(), &["open", "demo"]);
    let err = no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("could not install the demo account"), "{err}");
}

#[test]
fn a_data_folder_that_does_not_exist_is_created_owner_only() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("a").join("b").join("data");
    let o = dmu(&root, &["list"]);
    no_panic(&o);
    assert!(o.status.success());
    assert!(root.join("accounts").is_dir());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for d in [&root, &root.join("accounts")] {
            assert_eq!(std::fs::metadata(d).unwrap().permissions().mode() & 0o777, 0o700, "{}", d.display());
        }
    }
}

#[test]
fn a_data_folder_that_cannot_exist_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    for (root, words) in
        [(file.clone(), "is not a folder"), (file.join("data"), "part of the path is a file, not a folder")]
    {
        // With no command dmu would start the screen; it must fail before that.
        for args in [&["list"][..], &[][..], &["open", "demo"][..]] {
            let o = dmu(&root, args);
            let err = no_panic(&o);
            assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
            assert!(err.contains(words), "{args:?}: {err}");
        }
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn an_account_file_replaced_by_a_folder_is_named_and_never_written_into() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path().join("data"));
    data.ensure().unwrap();
    let file = data.accounts_dir().join("demo.json");
    std::fs::write(&file, DEMO).unwrap();

    // While open: the save is refused as a change on disk; a copy saves the edit.
    let mut app = app_on(Box::new(data.clone()));
    run(&mut app, &[Open]);
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    run(&mut app, &[Delete, Yes]);
    assert_eq!(app.modal, Some(Modal::Conflict), "{}", message(&app));
    run(&mut app, &[Reload]);
    assert!(message(&app).contains("this is a folder, not an account file"), "{}", message(&app));
    run(&mut app, &[Delete, Yes, SaveCopy]);
    assert!(message(&app).contains("Saved as a copy"), "{}", message(&app));
    let copy: Account = load_file(&data.accounts_dir().join("demo-copy.json")).unwrap();
    assert_eq!(copy.people.len(), 12, "both unsaved deletions are in the copy");
    assert!(file.is_dir() && std::fs::read_dir(&file).unwrap().next().is_none(), "the folder is untouched");
    run(&mut app, &[Back]);

    // At start: listed with its problem, in the TUI and on the command line.
    let app = app_on(Box::new(data.clone()));
    let row = app.accounts.rows().iter().find(|r| r.slug == "demo").expect("the folder is listed");
    assert!(row.summary.as_ref().is_err_and(|e| e.contains("folder")), "{:?}", row.summary);
    let o = dmu(data.root(), &["check"]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("demo.json: this is a folder, not an account file"), "{out}");
    let o = dmu(data.root(), &["show", "demo"]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
}

/// A data folder whose disk is full for saves and recovery files alike, with the demo
/// open and one unsaved edit (a person added). On a real full tmpfs where one can be
/// mounted; else the store's writer seam fails saves, and a file where `recovery/` would
/// be fails recovery files.
struct FullDisk {
    data: DataDir,
    full: Arc<AtomicBool>,
    filler: Option<std::path::PathBuf>,
    _disk: Option<Tmpfs>,
}

impl FullDisk {
    /// Frees the disk again.
    fn free(&mut self) {
        if let Some(f) = self.filler.take() {
            std::fs::remove_file(f).unwrap();
        }
        let blocker = self.data.root().join("recovery");
        if blocker.is_file() {
            std::fs::remove_file(blocker).unwrap();
        }
        self.full.store(false, Ordering::SeqCst);
    }
}

fn full_disk_with_an_added_person(tmp: &Path, fallbacks: Vec<std::path::PathBuf>) -> (App, FullDisk) {
    let (data, disk) = small_disk(tmp);
    let data = data.with_recovery_places(fallbacks);
    let full = Arc::new(AtomicBool::new(false));
    let mut app = app_on(Box::new(FaultyLibrary { data: data.clone(), full: full.clone() }));
    run(&mut app, &[Open]);
    let filler = if disk.is_some() { Some(fill(data.root())) } else { None };
    if disk.is_none() {
        full.store(true, Ordering::SeqCst);
        std::fs::write(data.root().join("recovery"), "in the way").unwrap();
    }
    run(&mut app, &[Add]);
    common::drive::typed(&mut app, "Иван Тест");
    run(&mut app, &[Submit]);
    assert_eq!(common::drive::account(&app).people.len(), 15);
    let shown = screen(&app);
    assert!(shown.contains("UNSAVED: not saved: the disk is full"), "{shown}");
    (app, FullDisk { data, full, filler, _disk: disk })
}

fn recovery_files(dir: &Path) -> Vec<String> {
    if !dir.is_dir() {
        return Vec::new();
    }
    names(dir).into_iter().filter(|n| n.ends_with(".json")).collect()
}

#[test]
fn a_full_disk_then_quit_writes_the_edits_where_the_dialog_says_and_the_next_start_offers_them() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state").join("dmu").join("recovery");
    let temp = tmp.path().join("tmp").join("dmu-recovery-test");
    let (mut app, mut disk) = full_disk_with_an_added_person(tmp.path(), vec![state.clone(), temp]);
    let edited = common::drive::account(&app).clone();

    run(&mut app, &[Quit]);
    let Some(Modal::Leaving(l)) = app.modal.clone() else { panic!("{:?}", app.modal) };
    let Kept::Recovery(kept) = &l.kept else { panic!("{:?}", l.kept) };
    assert!(kept.starts_with(&state), "the data folder is full, so the state folder: {}", kept.display());
    assert_eq!(std::fs::read(kept).unwrap(), edited.to_canonical_json(), "the place named holds the edits");
    assert!(recovery_files(&disk.data.root().join("recovery")).is_empty());
    let shown = screen(&app).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(shown.contains("read them back. The next start offers to restore them."), "{shown}");
    assert!(!app.should_quit(), "asked first");
    run(&mut app, &[Yes]);
    assert!(app.should_quit());
    assert!(app.farewell().unwrap().contains(&kept.display().to_string()));

    // The next start finds it in the fallback place and restores it once there is room.
    let mut next = app_on(Box::new(disk.data.clone()));
    assert_eq!(next.modal, Some(Modal::Recovery(vec![kept.clone()])));
    disk.free();
    run(&mut next, &[Restore]);
    assert!(message(&next).starts_with("Restored the unsaved edits into"), "{}", message(&next));
    let file = disk.data.accounts_dir().join("demo.json");
    assert_eq!(load_file(&file).unwrap(), edited, "the added person is in the account");
    assert_eq!(std::fs::read_to_string(file.with_extension("json.bak")).unwrap(), DEMO);
    assert!(!kept.exists(), "the recovery file went to the trash");
    assert_eq!(recovery_files(&state.join("trash")).len(), 1);
}

#[test]
fn with_no_place_for_a_recovery_file_y_does_not_quit_and_the_account_goes_to_a_file_the_rep_names() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("a-file");
    std::fs::write(&blocker, "x").unwrap();
    let places = vec![blocker.join("state"), blocker.join("dmu-recovery-test")];
    let (mut app, disk) = full_disk_with_an_added_person(tmp.path(), places.clone());
    let edited = common::drive::account(&app).clone();

    run(&mut app, &[Quit]);
    let Some(Modal::Leaving(l)) = app.modal.clone() else { panic!("{:?}", app.modal) };
    let Kept::Nowhere(why) = &l.kept else { panic!("{:?}", l.kept) };
    for place in [disk.data.root().join("recovery")].iter().chain(&places) {
        assert!(why.contains(&place.display().to_string()), "{why}");
    }
    assert_eq!(app.mode(), dmu::tui::keymap::Mode::Unsaved);
    let shown = screen(&app);
    assert!(shown.contains("Your unsaved edits are not kept anywhere"), "{shown}");
    assert!(shown.contains("Q quit and lose the edits"), "{shown}");
    assert!(shown.contains("w write the account to a file you name"), "{shown}");
    assert!(!shown.contains("recovery file and offers"), "{shown}");

    // y is not an answer here: it must not quit.
    run(&mut app, &[Yes]);
    app.handle_key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE));
    assert!(!app.should_quit());
    assert!(matches!(&app.modal, Some(Modal::Leaving(l)) if matches!(l.kept, Kept::Nowhere(_))));

    // A path inside accounts/, and an existing file, are refused and left alone.
    let refused = [
        (disk.data.accounts_dir().join("mine.json"), "inside the accounts folder"),
        (blocker.clone(), "exists already"),
    ];
    for (path, words) in refused {
        run(&mut app, &[WriteElsewhere]);
        common::drive::typed(&mut app, path.to_str().unwrap());
        run(&mut app, &[Submit]);
        let Some(Modal::Prompt(p)) = &app.modal else { panic!("{:?}", app.modal) };
        assert!(p.error.as_deref().is_some_and(|e| e.contains(words)), "{:?}", p.error);
        run(&mut app, &[Back]);
        assert!(matches!(&app.modal, Some(Modal::Leaving(_))), "back to the question");
    }
    assert!(!disk.data.accounts_dir().join("mine.json").exists());
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");

    // Another disk: written, read back, and the question now says where.
    let usb = tmp.path().join("usb");
    std::fs::create_dir(&usb).unwrap();
    let target = usb.join("demo-edits.json");
    run(&mut app, &[WriteElsewhere]);
    common::drive::typed(&mut app, target.to_str().unwrap());
    run(&mut app, &[Submit]);
    let Some(Modal::Leaving(l)) = &app.modal else { panic!("{:?}", app.modal) };
    assert_eq!(l.kept, Kept::File(target.clone()));
    assert_eq!(std::fs::read(&target).unwrap(), edited.to_canonical_json());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }
    run(&mut app, &[Yes]);
    assert!(app.should_quit());
    assert!(app.farewell().unwrap().contains("the next start does not offer it"));
    assert_eq!(std::fs::read_to_string(disk.data.accounts_dir().join("demo.json")).unwrap(), DEMO);
}
