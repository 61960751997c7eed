//! The App with a settings file's keys in force: the overridden keys act, the old ones
//! do not, text fields still take every character, and the help overlay and the hint
//! line show the keys in force. The table is installed once for this whole test binary
//! (as the TUI does at start-up), so every test here sees the same overrides.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{account, screen};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::settings::parse_str;
use dmu::tui::app::App;
use dmu::tui::keymap_overrides;
use dmu::tui::widgets::dialog::Modal;
use dmu::tui::widgets::help;
use std::path::Path;
use std::sync::Once;

const SETTINGS: &str = "[keys]\nquit = \"Q\"\nhelp = \"F1\"\nundo = [\"z\", \"Ctrl-z\"]\nsearch = \"x\"\n";

fn with_settings() -> App {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let path = Path::new("/cfg/settings.toml");
        let parsed = parse_str(path, SETTINGS);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let warnings = keymap_overrides::install(&parsed.settings.keys, path);
        assert!(warnings.is_empty(), "{warnings:?}");
    });
    app(MemLibrary::with_demo())
}

fn press(app: &mut App, code: KeyCode) -> bool {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn key(app: &mut App, c: char) -> bool {
    press(app, KeyCode::Char(c))
}

#[test]
fn the_new_quit_key_quits_and_the_old_one_does_nothing() {
    let mut app = with_settings();
    assert!(!key(&mut app, 'q'), "q means nothing now");
    assert!(!app.should_quit());
    key(&mut app, 'Q');
    assert!(app.should_quit());

    let mut app = with_settings();
    app.handle_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.should_quit(), "Ctrl-c always quits");
}

#[test]
fn f1_opens_and_closes_the_help_and_the_help_shows_the_keys_in_force() {
    let mut app = with_settings();
    assert!(!key(&mut app, '?'));
    assert!(app.modal.is_none(), "? was help's key; F1 is now");
    press(&mut app, KeyCode::F(1));
    assert!(matches!(app.modal, Some(Modal::Help(_))));
    let s = screen(&mut app, 100, 40);
    let row = |desc: &str| {
        s.lines()
            .find(|l| {
                l.contains(&format!(" {desc} "))
                    || l.trim_end().trim_end_matches('│').trim_end().ends_with(desc)
            })
            .unwrap_or_else(|| panic!("no help line for {desc}:\n{s}"))
            .to_string()
    };
    assert!(row("help").contains("F1"), "{}", row("help"));
    assert!(!row("help").contains('?'), "{}", row("help"));
    assert!(row("quit").contains("Q Ctrl-c"), "{}", row("quit"));
    assert!(row("undo").contains("z Ctrl-z") && !row("undo").contains(" u "), "{}", row("undo"));
    assert!(s.contains("Esc or F1 close"), "the help's own hint follows the keys:\n{s}");
    press(&mut app, KeyCode::F(1));
    assert!(app.modal.is_none(), "the key that opened the help closes it");
}

#[test]
fn the_help_lists_every_changed_key_and_says_where_they_were_changed() {
    let _app = with_settings();
    let entries = help::entries();
    let keys_of =
        |desc: &str| entries.iter().filter(|(_, d)| *d == desc).map(|(k, _)| k.clone()).collect::<Vec<_>>();
    assert_eq!(keys_of("help"), ["F1", "F1"], "in General and in What-if");
    assert_eq!(keys_of("close help"), ["Esc F1 Q"]);
    assert_eq!(keys_of("search"), ["x"]);
    assert_eq!(keymap_overrides::changed_actions(), ["quit", "help", "undo", "search"]);
}

#[test]
fn the_hint_line_shows_the_overridden_keys() {
    let mut app = with_settings();
    let list = screen(&mut app, 120, 30);
    let hints = list.lines().rev().find(|l| l.contains("open")).unwrap().to_string();
    assert!(hints.contains("F1 help") && hints.contains("Q quit"), "{hints}");
    press(&mut app, KeyCode::Enter);
    let people = screen(&mut app, 120, 30);
    let hints = people.lines().rev().find(|l| l.contains("undo")).unwrap().to_string();
    assert!(hints.contains("z undo") && hints.contains("x search"), "{hints}");
}

#[test]
fn overridden_keys_act_in_an_account_and_text_fields_take_every_character() {
    let mut app = with_settings();
    press(&mut app, KeyCode::Enter);
    assert_eq!(account(&app).people.len(), 14);
    key(&mut app, 'a');
    for c in "Qxzq".chars() {
        key(&mut app, c); // typed into the name field, not quit, search or undo
    }
    assert!(!app.should_quit());
    press(&mut app, KeyCode::Enter);
    assert_eq!(account(&app).people.last().unwrap().name, "Qxzq");
    assert!(!key(&mut app, 'u'), "u no longer undoes");
    assert_eq!(account(&app).people.len(), 15);
    key(&mut app, 'z');
    assert_eq!(account(&app).people.len(), 14, "z undoes");
    key(&mut app, 'x');
    assert!(app.open_account().unwrap().people.searching, "x searches");
    for c in "Qz".chars() {
        key(&mut app, c);
    }
    assert_eq!(app.open_account().unwrap().people.query.text(), "Qz", "the search field takes Q and z");
    assert!(!app.should_quit());
}
