//! Navigation and app behaviour a new user tripped over, with the App driven by actions:
//! undo kept across leaving an account, add/edit/delete in every view of people, the
//! what-if keeping the focus and reaching weak coverage, the trash screen, Esc back to
//! where an account was opened from, read-only hints, and paging the help.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{message, run, screen};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::tui::action::Action::*;
use dmu::tui::widgets::dialog::Modal;

fn help_scroll(app: &dmu::tui::app::App) -> u16 {
    match app.modal {
        Some(Modal::Help(n)) => n,
        ref other => panic!("the help is not open: {other:?}"),
    }
}

#[test]
fn the_help_pages_with_pgup_pgdn_and_jumps_with_home_end() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open]);
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    app.handle_key(key(KeyCode::Char('?')));
    assert_eq!(help_scroll(&app), 0);
    // 100x30: the body is 27 rows, the help's border leaves 25.
    assert!(app.handle_key(key(KeyCode::PageDown)), "PgDn means something in the help");
    assert_eq!(help_scroll(&app), 25, "a page down");
    app.handle_key(key(KeyCode::PageDown));
    app.handle_key(key(KeyCode::PageUp));
    assert_eq!(help_scroll(&app), 25, "and a page back up");
    app.handle_key(key(KeyCode::End));
    let last = help_scroll(&app);
    assert!(last > 25, "the help is longer than two pages ({last})");
    let drawn = screen(&mut app, 100, 30);
    assert!(drawn.contains("Initiator"), "the end shows the last line, the role badges:\n{drawn}");
    app.handle_key(key(KeyCode::Down));
    app.handle_key(key(KeyCode::PageDown));
    assert_eq!(help_scroll(&app), last, "no scrolling past the end");
    app.handle_key(key(KeyCode::Home));
    assert_eq!(help_scroll(&app), 0, "Home goes back to the top");
    app.handle_key(key(KeyCode::PageUp));
    assert_eq!(help_scroll(&app), 0);
    assert!(screen(&mut app, 100, 30).contains("PgUp PgDn Home End"), "the help says how it scrolls");
    assert_eq!(message(&app), "");
}
