//! The TUI's keys, help and messages in Russian: the help overlay (insta snapshots,
//! no English word left on it), status messages whose counts take the Russian plural
//! forms, and the Russian keyboard layout read as the Latin keys it sits on.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{message, run, screen};
use common::russian::english_words;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::i18n::{Lang, with_lang};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::{self, Mode};
use dmu::tui::theme::Theme;
use dmu::tui::views::AccountView;
use dmu::tui::widgets::help::HelpWidget;

/// The account's own words (names, titles, notes), which a Russian screen may show.
const DATA: &str = include_str!("../assets/demo.json");

/// The demo, open on 佐藤 健 in the people table (as the English help snapshots).
fn people() -> App {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Down, Down]);
    a
}

/// A key pressed as the terminal sends it (Shift with upper-case letters).
fn press(a: &mut App, c: char) {
    let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    a.handle_key(KeyEvent::new(KeyCode::Char(c), mods));
}

/// The Latin words left on a Russian screen; `Bksp` is a key as the help prints it.
fn english(text: &str) -> Vec<String> {
    english_words(text, DATA).into_iter().filter(|w| w != "Bksp").collect()
}

/// The help overlay alone, drawn on an empty terminal of this size, as text: the view
/// behind it on the app's screen is another area's.
fn help_alone(w: u16, h: u16) -> String {
    use ratatui::widgets::Widget;
    let help = HelpWidget { scroll: 0, theme: Theme::with_color(false), model: Vec::new() };
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    (&help).render(area, &mut buf);
    let rows = (0..h).map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>());
    rows.collect::<Vec<_>>().join("\n")
}

#[test]
fn the_help_in_russian() {
    with_lang(Lang::Ru, || {
        let mut a = people();
        run(&mut a, &[Help]);
        for (name, w, h) in [("help_ru_80x24", 80, 24), ("help_ru_160x48", 160, 48)] {
            let s = screen(&mut a, w, h);
            assert!(s.contains("Клавиши") && s.contains("закрыть справку"), "{s}");
            let overlay = help_alone(w, h);
            assert_eq!(english(&overlay), Vec::<String>::new(), "{name}:\n{overlay}");
            insta::assert_snapshot!(name, s);
        }
    });
}

/// Every group and description of the TUI's own key rows reads Russian, not only the
/// ones on the help's first screen (import's rows are that area's).
#[test]
fn every_key_the_tui_describes_is_described_in_russian() {
    with_lang(Lang::Ru, || {
        let mut text = String::new();
        for b in keymap::default_bindings().iter().filter(|b| b.desc.starts_with("tui-keys-")) {
            text.push_str(&format!("{} · {}\n", keymap::words(b.group), keymap::words(b.desc)));
        }
        assert!(text.contains("Перемещение") && text.contains("отменить"), "{text}");
        assert_eq!(english(&text), Vec::<String>::new(), "{text}");
    });
}

/// The Russian word for "entry" that goes with `n`.
fn entries_ru(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => "запись",
        (2..=4, r) if !(12..=14).contains(&r) => "записи",
        _ => "записей",
    }
}

#[test]
fn the_changes_count_takes_the_russian_plural_forms() {
    with_lang(Lang::Ru, || {
        let mut seen = Vec::new();
        for edits in [1, 2, 5] {
            let mut a = app(MemLibrary::with_demo());
            a.user = Some("Anna Berg".into());
            run(&mut a, &[Open]);
            for _ in 0..edits {
                // One edit of the stance: Name -> Title -> Department -> Roles -> Stance.
                run(&mut a, &[Edit, NextField, NextField, NextField, NextField, CyclePrev, Submit]);
            }
            // From the last 7 days to the last 30: the message counts the entries.
            run(&mut a, &[ShowView(AccountView::Changes), ChangesSince]);
            let n = a.open_account().unwrap().changes.len();
            let said = message(&a);
            assert!(said.starts_with("Изменения с "), "{said}");
            assert!(said.ends_with(&format!(": {n} {}", entries_ru(n))), "{n}: {said}");
            assert_eq!(english_words(&said, DATA), Vec::<String>::new(), "{said}");
            seen.push(entries_ru(n));
        }
        seen.dedup();
        assert!(seen.len() >= 2, "more than one form was shown: {seen:?}");
    });
}

#[test]
fn undo_and_an_empty_selection_speak_russian() {
    with_lang(Lang::Ru, || {
        let mut a = app(MemLibrary::with_demo());
        a.user = Some("Anna Berg".into());
        run(&mut a, &[Open, Undo]);
        assert_eq!(message(&a), "Отменять нечего");
        run(&mut a, &[Redo]);
        assert_eq!(message(&a), "Повторять нечего");
        run(&mut a, &[ShowView(AccountView::FollowUps), Top, MarkDone, Undo]);
        assert!(message(&a).starts_with("Отменено: "), "{}", message(&a));
    });
}

#[test]
fn the_russian_layout_works_the_commands_in_both_languages() {
    for lang in Lang::ALL {
        with_lang(*lang, || {
            let mut a = app(MemLibrary::with_demo());
            let first = a.accounts.selected_row();
            press(&mut a, 'о');
            assert_eq!(a.accounts.selected_row(), first + 1, "о is j: down");
            press(&mut a, 'л');
            assert_eq!(a.accounts.selected_row(), first, "л is k: up");
            run(&mut a, &[Open]);
            press(&mut a, 'у');
            assert_eq!(a.mode(), Mode::Form, "у is e: edit the person");
            press(&mut a, 'й');
            assert_eq!(a.mode(), Mode::Form, "й in a text field is typed, not q");
            run(&mut a, &[Back]);
            if a.mode() == Mode::DiscardChanges {
                run(&mut a, &[Yes]);
            }
            press(&mut a, '.');
            assert_eq!(a.mode(), Mode::Search, ". is /: search");
            press(&mut a, 'й');
            let query = a.open_account().unwrap().people.query.text().to_string();
            assert_eq!(query, "й", "the search takes the letter as typed");
            run(&mut a, &[Back]);
            press(&mut a, ',');
            assert_eq!(a.mode(), Mode::Help, ", is ?: help");
            run(&mut a, &[Back]);
            run(&mut a, &[Back]);
            assert_eq!(a.mode(), Mode::AccountList);
            press(&mut a, 'й');
            assert!(a.should_quit(), "й is q: quit ({lang:?})");
        });
    }
}
