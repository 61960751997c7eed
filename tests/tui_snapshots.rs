//! What the screens look like (insta snapshots of a TestBackend), and that every
//! screen and overlay draws at every size without a panic.

mod common;

use common::drive::{run, screen, typed};

use common::doubles::{MemLibrary, app, demo};
use dmu::model::Person;
use dmu::store::SaveError;
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn list() -> App {
    app(MemLibrary::with_demo())
}

fn people() -> App {
    let mut a = list();
    run(&mut a, &[Open, Down, Down]); // 佐藤 健: links both ways, CJK name
    a
}

fn form_with_errors() -> App {
    let mut a = people();
    run(&mut a, &[Add]);
    typed(&mut a, "Иван");
    run(&mut a, &[NextField, NextField, NextField, ToggleRole(dmu::model::Role::User)]);
    // Stance -> How we know -> Confirmed on -> Favours -> Influence.
    run(&mut a, &[NextField, NextField, NextField, NextField, NextField, DeleteBack]);
    typed(&mut a, "9");
    // Status -> its date -> Last contact.
    run(&mut a, &[NextField, NextField, NextField]);
    typed(&mut a, "2026-1");
    a
}

fn help() -> App {
    let mut a = people();
    run(&mut a, &[Help]);
    a
}

#[test]
fn account_list() {
    let mut a = list();
    insta::assert_snapshot!("list_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Down]);
    insta::assert_snapshot!("list_broken_selected_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("list_20x5", screen(&mut a, 20, 5));
}

#[test]
fn account_screen() {
    let mut a = people();
    insta::assert_snapshot!("people_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("people_120x30", screen(&mut a, 120, 30));
    insta::assert_snapshot!("people_160x48", screen(&mut a, 160, 48));
    insta::assert_snapshot!("people_20x5", screen(&mut a, 20, 5));
}

#[test]
fn form_with_a_validation_error() {
    let mut a = form_with_errors();
    insta::assert_snapshot!("form_errors_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("form_errors_20x5", screen(&mut a, 20, 5));
}

#[test]
fn help_overlay() {
    let mut a = help();
    insta::assert_snapshot!("help_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("help_20x5", screen(&mut a, 20, 5));
}

#[test]
fn a_failed_save_shows_in_the_status_bar() {
    let lib = MemLibrary::with_demo();
    *lib.disk.fail.borrow_mut() = Some(SaveError::Io("No space left on device".into()));
    let mut a = app(lib);
    run(&mut a, &[Open, Delete, Yes]);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("UNSAVED: not saved: No space left on device"), "{s}");
}

/// The demo open with one unsaved deletion (the disk is full).
fn unsaved(lib: &MemLibrary) -> App {
    *lib.disk.fail.borrow_mut() =
        Some(SaveError::Io("the disk is full; free some space and try again".into()));
    let mut a = app(lib.clone());
    run(&mut a, &[Open, Delete, Yes]);
    a
}

#[test]
fn the_conflict_dialog_says_what_each_choice_does_to_the_edits() {
    let lib = MemLibrary::with_demo();
    *lib.disk.fail.borrow_mut() = Some(SaveError::ChangedOnDisk);
    let mut a = app(lib);
    run(&mut a, &[Open, Delete, Yes]);
    let s = screen(&mut a, 80, 24);
    let words = s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!words.contains("kept in memory"), "no promise beside reload: {s}");
    for choice in [
        "r reload: take the file on disk and drop your unsaved edits",
        "c save yours as a copy",
        "Esc decide later: edits stay in memory only, nothing is saved",
    ] {
        assert!(words.contains(choice), "{choice}: {s}");
    }
    insta::assert_snapshot!("conflict_80x24", s);
}

#[test]
fn leaving_with_unsaved_edits_says_where_they_are_or_that_they_are_nowhere() {
    let lib = MemLibrary::with_demo();
    let mut a = unsaved(&lib);
    run(&mut a, &[Quit]);
    insta::assert_snapshot!("quit_with_edits_kept_80x24", screen(&mut a, 80, 24));

    let lib = MemLibrary::with_demo();
    *lib.no_recovery_place.borrow_mut() = Some(
        "no place would keep a recovery file: /data/recovery (the disk is full); /home/rep/.local/state/dmu/recovery (the disk is full); /tmp/dmu-recovery-1000 (the disk is full)".into(),
    );
    let mut a = unsaved(&lib);
    run(&mut a, &[Back]);
    insta::assert_snapshot!("leave_with_edits_nowhere_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[WriteElsewhere]);
    typed(&mut a, "/data/accounts/x.json");
    run(&mut a, &[Submit]);
    insta::assert_snapshot!("write_account_refused_80x24", screen(&mut a, 80, 24));
}

#[test]
fn the_recovery_offer_says_a_changed_file_is_never_overwritten() {
    let lib = MemLibrary::with_demo();
    lib.recoveries.borrow_mut().push(("/data/recovery/volga.json".into(), "volga".into(), demo()));
    insta::assert_snapshot!("recovery_offer_80x24", screen(&mut app(lib), 80, 24));
}

/// Every screen and overlay the app can show, built by actions.
fn every_state() -> Vec<(&'static str, App)> {
    let mut states =
        vec![("list", list()), ("people", people()), ("form", form_with_errors()), ("help", help())];
    let mut a = list();
    run(&mut a, &[Down, Delete]);
    states.push(("confirm trash", a));
    let mut a = list();
    run(&mut a, &[Add]);
    typed(&mut a, "Долгое название счёта 長い名前");
    states.push(("prompt", a));
    let mut a = people();
    run(&mut a, &[Search]);
    typed(&mut a, "инж");
    states.push(("search", a));
    let mut a = people();
    run(&mut a, &[SwitchPane, Down, Down]);
    states.push(("detail focus", a));
    let mut a = people();
    run(&mut a, &[Delete]);
    states.push(("confirm delete", a));
    let lib = MemLibrary::with_demo();
    *lib.disk.fail.borrow_mut() = Some(SaveError::ChangedOnDisk);
    let mut a = app(lib);
    run(&mut a, &[Open, Delete, Yes]);
    assert_eq!(a.modal, Some(dmu::tui::widgets::dialog::Modal::Conflict));
    states.push(("conflict", a));
    let lib = MemLibrary::with_demo();
    lib.recoveries.borrow_mut().push(("/data/recovery/volga.json".into(), "volga".into(), demo()));
    states.push(("recovery", app(lib)));
    let lib = MemLibrary::default();
    states.push(("empty list", app(lib)));
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("empty".into(), Ok(dmu::model::Account::new("acc-e", "Empty"))));
    let mut a = app(lib);
    run(&mut a, &[Open]);
    states.push(("no people", a));
    states
}

#[test]
fn every_screen_draws_at_every_size_without_a_panic() {
    let mut sizes: Vec<(u16, u16)> = (0..=60).flat_map(|w| (0..=20).map(move |h| (w, h))).collect();
    sizes.push((300, 100));
    for (name, mut app) in every_state() {
        for &(w, h) in &sizes {
            app.update(Resize(w, h));
            let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (&app).render(buf.area, &mut buf)));
            assert!(result.is_ok(), "{name} panicked at {w}x{h}");
        }
        let small = screen(&mut app, 39, 9);
        assert!(small.contains("terminal too small"), "{name}: {small}");
    }
}

#[test]
fn hostile_names_are_inert_and_wide_names_line_up() {
    let mut account = demo();
    let hostile = [
        "\u{1b}[31mRed\u{1b}[0m \u{1b}]0;pwned\u{7}",
        "Right\u{202E}toLeft",
        "Zoë Cafe\u{301} 👩‍🔧",
        "خالد الأحمد",
        "\u{9b}2J clear",
    ];
    for (i, name) in hostile.iter().enumerate() {
        let mut p = Person::new(format!("p-h{i}"), *name);
        p.title = Some("Tx\n".into());
        account.people.insert(0, p);
    }
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga".into(), Ok(account)));
    let mut a = app(lib);
    run(&mut a, &[Open]);
    for (w, h) in [(80, 24), (120, 30), (41, 11)] {
        a.update(Resize(w, h));
        let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
        (&a).render(buf.area, &mut buf);
        for cell in buf.content() {
            assert!(
                !cell.symbol().chars().any(dmu::text::is_unsafe),
                "unsafe {:?} at {w}x{h}",
                cell.symbol()
            );
        }
    }
    // The column after the names starts at the same x on every row, wide or not.
    a.update(Resize(120, 30));
    let mut buf = Buffer::empty(Rect::new(0, 0, 120, 30));
    (&a).render(buf.area, &mut buf);
    let starts: Vec<u16> = (3..3 + hostile.len() as u16)
        .map(|y| (0..60).find(|&x| buf[(x, y)].symbol() == "T" && buf[(x + 1, y)].symbol() == "x").unwrap())
        .collect();
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}");
}

#[test]
fn a_message_too_long_for_the_status_row_is_shown_whole_above_it() {
    let mut a = people();
    let long = "Could not restore: the account file changed on disk since these edits were made, so \
                restoring would overwrite someone else's work; choose reload or save as a copy instead. \
                The recovery file stays where it is until you decide.";
    a.say(dmu::tui::app::Level::Error, long);
    let s = screen(&mut a, 80, 24);
    // Every word is on screen, in order, though it needs three rows at 80 columns.
    let shown: String = s.replace('"', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    let want: String = long.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(shown.contains(&want), "{s}");
    insta::assert_snapshot!(s);
    // A short one stays in the status row.
    a.say(dmu::tui::app::Level::Info, "Added Иван");
    let s = screen(&mut a, 80, 24);
    assert!(s.lines().rev().nth(1).unwrap().contains("Saved │ Added Иван"), "{s}");
}
