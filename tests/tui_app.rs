//! The App driven by actions, headless: adding, editing and deleting people, undo and
//! redo, saves that fail, read-only accounts, and the account list.

mod common;

use common::drive::{account, message, run, typed};

use common::doubles::{MemLibrary, app, demo};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::model::Role;
use dmu::store::{ReadOnly, SaveError};
use dmu::tui::action::Action::*;
use dmu::tui::app::{App, Level, Screen};
use dmu::tui::widgets::dialog::{Kept, Modal};

/// Opens the demo (first in the list) and adds "Иван Тест" as user and payer.
fn open_and_add(app: &mut App) {
    run(app, &[Open, Add]);
    typed(app, "Иван Тест");
    // Name -> Title -> Department -> Roles.
    run(app, &[NextField, NextField, NextField, ToggleRole(Role::Payer), ToggleRole(Role::User), Submit]);
}

#[test]
fn adding_a_person_with_two_roles_saves_at_once_and_selects_them() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    open_and_add(&mut app);
    assert!(app.modal.is_none());
    let a = account(&app);
    assert_eq!(a.people.len(), 15);
    let p = a.people.last().unwrap();
    assert_eq!((p.name.as_str(), &p.roles[..]), ("Иван Тест", &[Role::User, Role::Payer][..]));
    assert!(p.id.starts_with("p-"));
    assert_eq!(disk.last().unwrap(), *a, "saved at once");
    let s = app.open_account().unwrap();
    assert_eq!(s.people.selected_position(), Some(14), "the new person is selected");
    assert_eq!(message(&app), "Add Иван Тест");
}

#[test]
fn editing_keeps_the_id_and_what_the_form_does_not_show() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    run(&mut app, &[Open, Down, Edit, NextField, CursorEnd]);
    typed(&mut app, " (acting)");
    run(&mut app, &[Submit]);
    let before = &demo().people[1];
    let after = &account(&app).people[1];
    assert_eq!(after.title.as_deref(), Some("Finance Director (acting)"));
    assert_eq!((&after.id, &after.coverage, &after.notes), (&before.id, &before.coverage, &before.notes));
    assert_eq!(disk.last().unwrap().people[1], *after);
}

#[test]
fn delete_asks_then_cascades_links_and_undo_redo_walk_the_history() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    run(&mut app, &[Open, Down, Down]); // 佐藤 健, who has links both ways
    let sato = account(&app).people[2].id.clone();
    let links = |a: &dmu::model::Account| a.links.iter().filter(|l| l.from == sato || l.to == sato).count();
    assert!(links(account(&app)) >= 2);
    run(&mut app, &[Delete]);
    assert!(matches!(app.modal, Some(Modal::Confirm(_))), "asks first");
    run(&mut app, &[Back]);
    assert_eq!(account(&app).people.len(), 14, "no is no");
    run(&mut app, &[Delete, Yes]);
    assert_eq!(account(&app).people.len(), 13);
    assert_eq!(links(account(&app)), 0, "links went with the person");
    assert_eq!(disk.last().unwrap(), *account(&app));
    run(&mut app, &[Undo]);
    assert_eq!(*account(&app), demo(), "undo brings back the person and every link");
    assert_eq!(disk.last().unwrap(), demo(), "and saves");
    assert!(message(&app).starts_with("Undid: delete 佐藤 健"), "{}", message(&app));
    run(&mut app, &[Redo]);
    assert_eq!(account(&app).people.len(), 13);
    run(&mut app, &[Undo, Undo]);
    assert_eq!(message(&app), "Nothing to undo");
    // Redo through Ctrl-y as typed.
    app.handle_key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::CONTROL));
    assert_eq!(account(&app).people.len(), 13);
}

#[test]
fn a_full_disk_keeps_the_edit_in_memory_and_says_why() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    *disk.fail.borrow_mut() = Some(SaveError::Io("No space left on device".into()));
    open_and_add(&mut app);
    assert_eq!(account(&app).people.len(), 15, "the edit stays in memory");
    assert!(disk.saves.borrow().is_empty(), "nothing reached the disk");
    assert!(message(&app).contains("No space left on device"), "{}", message(&app));
    assert_eq!(app.message.as_ref().unwrap().level, Level::Error);
    let slot = recovery_of(&app);
    assert_eq!(slot.map(|(_, a)| a.people.len()), Some(15), "the panic hook would write it");
    // The disk is cleared; undo works and saves.
    *disk.fail.borrow_mut() = None;
    run(&mut app, &[Undo]);
    assert_eq!(disk.last().unwrap(), demo());
    assert!(app.open_account().unwrap().session.save_error().is_none());
    assert!(recovery_of(&app).is_none());
}

fn recovery_of(app: &App) -> Option<(String, dmu::model::Account)> {
    app.recovery_slot().lock().unwrap().clone().map(|r| (r.slug, r.account))
}

#[test]
fn quitting_with_unsaved_edits_asks_and_keeps_them_for_the_next_start() {
    let lib = MemLibrary::with_demo();
    let keep = lib.clone();
    let mut app = app(lib.clone());
    *lib.disk.fail.borrow_mut() = Some(SaveError::Io("No space left on device".into()));
    open_and_add(&mut app);
    run(&mut app, &[Quit]);
    // Written first, then the question says where.
    assert_eq!(keep.recoveries.borrow().len(), 1);
    let Some(Modal::Leaving(l)) = &app.modal else { panic!("{:?}", app.modal) };
    assert_eq!(l.kept, Kept::Recovery("/data/recovery/volga-pipe-works.json".into()));
    assert!(!app.should_quit());
    run(&mut app, &[Yes]);
    assert!(app.should_quit());
    assert_eq!(keep.recoveries.borrow().len(), 1);
    assert!(app.farewell().unwrap().contains("/data/recovery/volga-pipe-works.json"));
    // Next start: offered, restored into the account.
    *lib.disk.fail.borrow_mut() = None;
    let mut again = common::doubles::app(keep.clone());
    assert!(matches!(again.modal, Some(Modal::Recovery(_))));
    run(&mut again, &[Restore]);
    assert!(again.modal.is_none());
    assert!(keep.recoveries.borrow().is_empty());
    run(&mut again, &[Open]);
    assert_eq!(account(&again).people.len(), 15);
}

#[test]
fn a_file_changed_on_disk_offers_reload_or_a_copy() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    *disk.fail.borrow_mut() = Some(SaveError::ChangedOnDisk);
    open_and_add(&mut app);
    assert_eq!(app.modal, Some(Modal::Conflict));
    run(&mut app, &[Reload]);
    assert_eq!(*account(&app), demo(), "reload drops the unsaved edit");
    assert!(app.modal.is_none());
    open_and_add(&mut app);
    *disk.fail.borrow_mut() = None;
    run(&mut app, &[SaveCopy]);
    assert!(message(&app).contains("copy.json"), "{}", message(&app));
    assert_eq!(account(&app).id, "acc-demo-volga-copy");
}

#[test]
fn read_only_accounts_refuse_edits_with_the_reason() {
    let mut lib = MemLibrary::with_demo();
    lib.read_only = Some(ReadOnly::LockedElsewhere);
    let disk = lib.disk.clone();
    let mut app = app(lib);
    run(&mut app, &[Open]);
    assert!(message(&app).contains("another dmu window"), "{}", message(&app));
    for a in [Add, Edit, Delete] {
        run(&mut app, &[a]);
        assert!(app.modal.is_none(), "{a:?} opened something");
        assert!(message(&app).contains("read-only"), "{a:?}: {}", message(&app));
    }
    run(&mut app, &[Undo]);
    assert_eq!(*account(&app), demo());
    assert!(disk.saves.borrow().is_empty());
}

#[test]
fn the_account_list_creates_renames_trashes_and_reports_broken_files() {
    let lib = MemLibrary::with_demo();
    let keep = lib.clone();
    let mut app = app(lib);
    assert_eq!(app.accounts.rows().len(), 2);
    run(&mut app, &[Down, Open]);
    assert!(matches!(app.screen, Screen::Accounts), "a broken file does not open");
    assert!(message(&app).contains("does not load"), "{}", message(&app));
    run(&mut app, &[Add, Submit]);
    assert!(matches!(&app.modal, Some(Modal::Prompt(p)) if p.error.is_some()), "an empty name is refused");
    typed(&mut app, "Acme Steel");
    run(&mut app, &[Submit]);
    assert_eq!(account(&app).name, "Acme Steel", "a new account opens at once");
    run(&mut app, &[Back]);
    assert_eq!(app.accounts.selected().unwrap().slug, "acme-steel");
    run(&mut app, &[Rename, CursorHome, DeleteForward, DeleteForward, DeleteForward, DeleteForward]);
    typed(&mut app, "Omega");
    run(&mut app, &[Submit]);
    assert_eq!(app.accounts.selected().unwrap().summary.as_ref().unwrap().name, "Omega Steel");
    run(&mut app, &[Delete, Yes]);
    assert_eq!(keep.trashed.borrow().len(), 1);
    assert_eq!(app.accounts.rows().len(), 2);
}

#[test]
fn search_filters_live_over_cyrillic_and_esc_clears() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, Search]);
    typed(&mut app, "кузн");
    let s = app.open_account().unwrap();
    assert_eq!(s.people.order().len(), 1);
    assert_eq!(account(&app).people[s.people.order()[0]].name, "Ольга Кузнецова");
    run(&mut app, &[Submit]);
    assert!(!app.open_account().unwrap().people.searching, "Enter keeps the filter, leaves typing");
    assert_eq!(app.open_account().unwrap().people.order().len(), 1);
    run(&mut app, &[Back]);
    assert_eq!(app.open_account().unwrap().people.order().len(), 14, "Esc clears the filter first");
    run(&mut app, &[Back]);
    assert!(matches!(app.screen, Screen::Accounts), "then goes back");
}

#[test]
fn keys_reach_actions_through_the_keymap() {
    let mut app = app(MemLibrary::with_demo());
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    app.handle_key(key('a'));
    for c in "Quinn".chars() {
        app.handle_key(key(c)); // 'q' types, it does not quit, in a text field
    }
    assert!(!app.should_quit());
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert_eq!(account(&app).people.last().unwrap().name, "Quinn");
    app.handle_key(key('u'));
    assert_eq!(account(&app).people.len(), 14);
    app.handle_key(key('?'));
    assert!(matches!(app.modal, Some(Modal::Help(_))));
}

#[test]
fn ten_thousand_people_open_search_sort_and_draw_quickly() {
    use ratatui::{buffer::Buffer, layout::Rect, widgets::Widget};
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("big".into(), Ok(dmu::generate::account(10_000, 7))));
    let mut app = app(lib);
    let start = std::time::Instant::now();
    run(&mut app, &[Open, SortNext, Search]);
    typed(&mut app, "an");
    run(&mut app, &[Submit, Bottom, PageUp]);
    app.update(Resize(300, 100));
    let mut buf = Buffer::empty(Rect::new(0, 0, 300, 100));
    for _ in 0..20 {
        (&app).render(buf.area, &mut buf);
    }
    let s = app.open_account().unwrap();
    assert!(s.people.order().len() > 100 && s.people.order().len() < 10_000);
    // Generous for a debug build on a shared machine; a per-person cost per frame
    // (building every row, re-sorting) would blow far past it.
    assert!(start.elapsed().as_secs_f64() < 5.0, "{:?}", start.elapsed());
}

#[test]
fn keys_wait_while_the_terminal_is_too_small_to_show_what_they_act_on() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open]);
    let before = account(&app).people.len();
    let press = |app: &mut App, c: char| app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    run(&mut app, &[Resize(30, 8)]);
    assert!(!press(&mut app, 'd'));
    assert!(!press(&mut app, 'y'));
    assert!(app.modal.is_none(), "no question was asked unseen");
    assert_eq!(account(&app).people.len(), before, "nothing was deleted unseen");
    run(&mut app, &[Resize(80, 24)]);
    assert!(press(&mut app, 'd'), "at a usable size keys act again");
    assert!(matches!(app.modal, Some(Modal::Confirm(_))));
    run(&mut app, &[Back, Resize(30, 8)]);
    app.handle_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.should_quit(), "Ctrl-c still quits");
}

#[test]
fn editing_one_field_keeps_the_order_of_the_roles_in_the_file() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open]);
    let at = account(&app).people.iter().position(|p| p.id == "p-ivanov").unwrap();
    // The table lists by influence: move to Иванов's row by name through the search.
    run(&mut app, &[Search]);
    typed(&mut app, "Иванов");
    run(&mut app, &[Submit, Edit, NextField]);
    typed(&mut app, " (acting)");
    run(&mut app, &[Submit]);
    let p = &account(&app).people[at];
    assert_eq!(p.title.as_deref(), Some("Chief Engineer (acting)"));
    assert_eq!(p.roles, [Role::Influencer, Role::User], "as in the file, not re-sorted");
}

#[test]
fn with_no_place_for_the_edits_y_does_not_quit_and_losing_them_is_a_key_of_its_own() {
    let lib = MemLibrary::with_demo();
    *lib.disk.fail.borrow_mut() = Some(SaveError::Io("the disk is full".into()));
    *lib.no_recovery_place.borrow_mut() =
        Some("no place would keep a recovery file: /data/recovery (full)".into());
    let mut app = app(lib.clone());
    open_and_add(&mut app);
    let key = |app: &mut App, c: char| app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));

    run(&mut app, &[Quit]);
    assert!(matches!(&app.modal, Some(Modal::Leaving(l)) if matches!(l.kept, Kept::Nowhere(_))));
    run(&mut app, &[Yes]);
    key(&mut app, 'y');
    key(&mut app, 'q');
    assert!(!app.should_quit(), "neither y nor q quits here");
    assert!(app.modal.is_some());

    // Esc stays, with the edits.
    run(&mut app, &[Back]);
    assert!(app.modal.is_none());
    assert!(message(&app).contains("in memory only"), "{}", message(&app));
    assert_eq!(account(&app).people.len(), 15);

    // Q, asked for in so many words.
    run(&mut app, &[Quit]);
    app.handle_key(KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::SHIFT));
    assert!(app.should_quit());
    assert!(app.farewell().unwrap().contains("they are lost"));
    assert!(app.recovery_slot().lock().unwrap().is_none(), "the panic hook has nothing to write");
}

#[test]
fn asking_twice_reuses_the_recovery_file_and_a_save_that_works_sends_it_to_the_trash() {
    let lib = MemLibrary::with_demo();
    *lib.disk.fail.borrow_mut() = Some(SaveError::Io("the disk is full".into()));
    let mut app = app(lib.clone());
    open_and_add(&mut app);
    let kept = |app: &App| match &app.modal {
        Some(Modal::Leaving(l)) => l.kept.clone(),
        other => panic!("{other:?}"),
    };
    let first = std::path::PathBuf::from("/data/recovery/volga-pipe-works.json");
    run(&mut app, &[Quit]);
    assert_eq!(kept(&app), Kept::Recovery(first.clone()));
    run(&mut app, &[Back]);
    assert!(message(&app).contains("also kept in /data/recovery/volga-pipe-works.json"), "{}", message(&app));
    run(&mut app, &[Back]);
    assert_eq!(kept(&app), Kept::Recovery(first.clone()), "nothing changed: the same file still holds them");
    assert_eq!(lib.recoveries.borrow().len(), 1);
    run(&mut app, &[Back, Delete, Yes, Quit]);
    let Kept::Recovery(second) = kept(&app) else { panic!() };
    assert_ne!(second, first);
    assert_eq!(
        *lib.trashed.borrow(),
        [first],
        "the older file went to the trash once the newer one held all"
    );
    run(&mut app, &[Back]);

    // The disk is freed: the next edit saves everything, and the recovery file goes.
    *lib.disk.fail.borrow_mut() = None;
    run(&mut app, &[Undo]);
    assert!(app.open_account().unwrap().session.save_error().is_none());
    assert!(message(&app).contains("the recovery file went to the trash"), "{}", message(&app));
    assert_eq!(lib.trashed.borrow().last(), Some(&second));
}
