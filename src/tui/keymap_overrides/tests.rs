//! The key overrides: replacement, clashes, swaps, text fields, and the docs table.

use super::*;
use crate::settings::parse_str;

fn applied(toml: &str) -> Applied {
    let parsed = parse_str(Path::new("settings.toml"), toml);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    apply(keymap::default_bindings(), &parsed.settings.keys, Path::new("settings.toml"))
}

fn lookup(table: &[Binding], mode: Mode, code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    table.iter().find(|b| b.modes.contains(&mode) && b.key == Key::Press(code, mods)).map(|b| b.action)
}

fn char_in(table: &[Binding], mode: Mode, c: char) -> Option<Action> {
    lookup(table, mode, KeyCode::Char(c), KeyModifiers::NONE)
}

fn messages(a: &Applied) -> Vec<String> {
    a.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn every_bound_action_has_a_name_and_every_name_an_action() {
    let names = action_names();
    for (i, (n, a)) in names.iter().enumerate() {
        assert!(names[i + 1..].iter().all(|(m, b)| m != n && b != a), "{n} twice");
        assert!(keymap::default_bindings().iter().any(|b| b.action == *a), "{n} is bound nowhere");
    }
    for b in keymap::default_bindings() {
        let unnamed = matches!(
            b.action,
            Action::Insert(_)
                | Action::ToggleRole(_)
                | Action::CursorLeft
                | Action::CursorRight
                | Action::CursorHome
                | Action::CursorEnd
                | Action::DeleteBack
                | Action::DeleteForward
                | Action::TestPanic
        );
        assert!(
            unnamed || names.iter().any(|(_, a)| *a == b.action),
            "{:?} ({}) has no name for the settings file: add it to action_names and docs/settings.md",
            b.action,
            b.desc
        );
    }
}

#[test]
fn an_override_replaces_the_letter_key_in_every_mode_and_keeps_the_fixed_ones() {
    let a = applied("[keys]\nquit = \"Q\"\nhelp = \"F1\"\n");
    assert!(a.problems.is_empty(), "{:?}", messages(&a));
    let t = &a.table;
    for m in [Mode::AccountList, Mode::People, Mode::Pull, Mode::Agenda] {
        assert_eq!(char_in(t, m, 'Q'), Some(Action::Quit), "{m:?}");
        assert_eq!(char_in(t, m, 'q'), None, "{m:?}");
        assert_eq!(
            lookup(t, m, KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit),
            "Ctrl-c stays"
        );
        assert_eq!(lookup(t, m, KeyCode::F(1), KeyModifiers::NONE), Some(Action::Help), "{m:?}");
        assert_eq!(char_in(t, m, '?'), None, "{m:?}");
    }
    assert_eq!(lookup(t, Mode::WhatIf, KeyCode::F(1), KeyModifiers::NONE), Some(Action::Help));
    assert_eq!(char_in(t, Mode::WhatIf, 'Q'), Some(Action::Quit), "where quit was bound, Q quits");
    // The help closes with the keys that open it and quit, as before.
    assert_eq!(lookup(t, Mode::Help, KeyCode::F(1), KeyModifiers::NONE), Some(Action::Back));
    assert_eq!(char_in(t, Mode::Help, 'Q'), Some(Action::Back));
    assert_eq!(char_in(t, Mode::Help, '?'), None);
    assert_eq!(lookup(t, Mode::Help, KeyCode::Esc, KeyModifiers::NONE), Some(Action::Back));
}

#[test]
fn text_fields_keep_every_character() {
    let a = applied("[keys]\nquit = \"Q\"\nsearch = \"F3\"\nsubmit = [\"s\", \"Ctrl-s\"]\n");
    assert!(a.problems.is_empty(), "{:?}", messages(&a));
    for m in [Mode::Form, Mode::Search, Mode::Picker] {
        assert!(
            a.table
                .iter()
                .filter(|b| b.modes.contains(&m))
                .all(|b| !matches!(b.key, Key::Press(KeyCode::Char('s' | 'Q'), _)))
        );
    }
    assert_eq!(char_in(&a.table, Mode::WhatIf, 's'), Some(Action::Submit));
    assert_eq!(char_in(&a.table, Mode::WhatIf, 'A'), None, "A was submit's letter there");
    assert_eq!(lookup(&a.table, Mode::Form, KeyCode::Enter, KeyModifiers::NONE), Some(Action::Submit));
}

#[test]
fn a_key_taken_in_a_mode_is_refused_with_the_default_kept() {
    // x marks a follow-up done on the agenda and the follow-ups view.
    let a = applied("[keys]\nquit = \"x\"\nhelp = \"F1\"\n");
    let m = messages(&a);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].starts_with("settings.toml:2:1: warning: keys.quit: x already means “done"), "{}", m[0]);
    assert!(m[0].contains("keeps q Ctrl-c for quit"), "{}", m[0]);
    assert_eq!(char_in(&a.table, Mode::AccountList, 'q'), Some(Action::Quit));
    assert_eq!(char_in(&a.table, Mode::AccountList, 'x'), None);
    assert_eq!(
        lookup(&a.table, Mode::People, KeyCode::F(1), KeyModifiers::NONE),
        Some(Action::Help),
        "the rest applies"
    );
    assert_eq!(a.in_force.iter().map(|(n, _)| *n).collect::<Vec<_>>(), ["help"]);
}

#[test]
fn keys_can_be_swapped_and_freed_but_not_shared() {
    let a = applied("[keys]\nquit = \"x\"\nmark_done = \"X\"\n");
    assert!(a.problems.is_empty(), "moving done frees x: {:?}", messages(&a));
    assert_eq!(char_in(&a.table, Mode::Agenda, 'x'), Some(Action::Quit));
    assert_eq!(char_in(&a.table, Mode::Agenda, 'X'), Some(Action::MarkDone));

    let a = applied("[keys]\nsort = \"S\"\nsort_reverse = \"s\"\n");
    assert!(a.problems.is_empty(), "a swap: {:?}", messages(&a));
    assert_eq!(char_in(&a.table, Mode::People, 'S'), Some(Action::SortNext));
    assert_eq!(char_in(&a.table, Mode::AccountList, 's'), Some(Action::SortReverse));

    let a = applied("[keys]\nhelp = \"Z\"\nsearch = \"Z\"\n");
    assert_eq!(a.problems.len(), 2, "both want Z in the people view: {:?}", messages(&a));
    assert_eq!(char_in(&a.table, Mode::People, '?'), Some(Action::Help));
    assert_eq!(char_in(&a.table, Mode::People, '/'), Some(Action::Search));
    assert_eq!(char_in(&a.table, Mode::People, 'Z'), None);
}

#[test]
fn no_key_means_two_things_in_one_mode_after_any_accepted_override() {
    for toml in [
        "[keys]\nquit = \"Q\"\nhelp = \"F1\"\n",
        "[keys]\nquit = \"x\"\nmark_done = \"X\"\n",
        "[keys]\nhelp = \"q\"\nquit = \"Q\"\n",
        "[keys]\ndown = \"n\"\nup = \"p\"\n",
        "[keys]\nback = \"Backspace\"\nopen = [\"o\", \"Space\"]\n",
        "[keys]\nundo = [\"u\", \"Ctrl-z\", \"F2\"]\n",
    ] {
        let a = applied(toml);
        for (i, x) in a.table.iter().enumerate() {
            for y in &a.table[i + 1..] {
                let shared = x.modes.iter().any(|m| y.modes.contains(m));
                assert!(
                    !(shared && x.key == y.key && x.action != y.action),
                    "{toml}: {:?} means {} and {}",
                    x.key,
                    x.desc,
                    y.desc
                );
            }
        }
    }
}

#[test]
fn unknown_actions_and_ctrl_c_are_warned_about_by_name() {
    let a = applied("[keys]\nqiut = \"Q\"\nsubmit = \"Ctrl-c\"\npage-down = \"Ctrl-f\"\n");
    let m = messages(&a);
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m.iter().any(|m| m.contains("no action `qiut`") && m.contains("`quit`")), "{m:?}");
    assert!(m.iter().any(|m| m.contains("Ctrl-c always quits")), "{m:?}");
    assert_eq!(
        lookup(&a.table, Mode::People, KeyCode::Char('f'), KeyModifiers::CONTROL),
        Some(Action::PageDown)
    );
}

const DOCS: &str = include_str!("../../../docs/settings.md");

#[test]
fn the_docs_name_every_action_style_and_setting_and_their_example_is_clean() {
    for (name, _) in action_names() {
        assert!(DOCS.contains(&format!("| `{name}` |")), "docs/settings.md lacks the action {name}");
    }
    for s in crate::settings::StyleName::ALL {
        let row = format!("| `{}` | `{}` |", s.name(), s.default_colour());
        assert!(DOCS.contains(&row), "docs/settings.md lacks {row}");
    }
    for key in ["currency", "user", "language", "name_order", "[keys]", "[theme]"] {
        assert!(DOCS.contains(&format!("| `{key}` |")), "docs/settings.md lacks {key}");
    }
    let example = DOCS.split("```toml\n").nth(1).and_then(|b| b.split("```").next()).unwrap();
    let a = applied(example);
    assert!(a.problems.is_empty(), "{:?}", messages(&a));
    assert_eq!(a.in_force.len(), 4);
    for row in list(&applied("")) {
        let keys: Vec<String> = row.keys.iter().map(|k| format!("`{k}`")).collect();
        let doc = format!("| `{}` | {} | {} |", row.name, keys.join(" "), row.does.join("; "));
        assert!(
            DOCS.contains(&doc),
            "docs/settings.md's row for {} is out of date; it should be\n{doc}",
            row.name
        );
    }
}

#[test]
fn shift_tab_binds_both_ways_terminals_send_it() {
    let spec = crate::settings::parse_key("Shift-Tab").unwrap();
    assert_eq!(to_keys(spec).len(), 2);
    let alt = to_keys(crate::settings::parse_key("Alt-x").unwrap());
    assert_eq!(keymap::key_label(alt[0]), "Alt-x");
    assert_eq!(keymap::key_label(to_keys(crate::settings::parse_key("Shift-Up").unwrap())[0]), "Shift-↑");
}

#[test]
fn the_list_names_every_action_with_its_keys() {
    let l = list(&applied(""));
    let quit = l.iter().find(|a| a.name == "quit").unwrap();
    assert_eq!(quit.keys, ["q", "Ctrl-c"]);
    assert!(quit.does.contains(&"quit") && quit.does.contains(&"close help"));
    assert!(l.iter().all(|a| !a.keys.is_empty()), "every named action has a key");
    let l = list(&applied("[keys]\nhelp = \"F1\"\n"));
    let keys = |n: &str| l.iter().find(|a| a.name == n).unwrap().keys.join(" ");
    assert_eq!(keys("help"), "F1");
    assert!(!keys("back").contains("F1"), "{}", keys("back"));
}

/// The Russian layout reads `ы` as `s`; a rep who bound `ы` itself gets their action.
#[test]
fn a_russian_letter_the_rep_bound_wins_over_the_layout() {
    let key = |c| crossterm::event::KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let a = applied("[keys]\nundo = [\"u\", \"ы\"]\nquit = \"Q\"\n");
    assert!(a.problems.is_empty(), "{:?}", messages(&a));
    assert_eq!(keymap::lookup_in(&a.table, Mode::People, key('ы')), Some(Action::Undo));
    assert_eq!(keymap::lookup_in(keymap::default_bindings(), Mode::People, key('ы')), Some(Action::SortNext));
    // q is no longer bound, so neither is the key it sits under.
    assert_eq!(keymap::lookup_in(&a.table, Mode::AccountList, key('й')), None);
    assert_eq!(keymap::lookup_in(&a.table, Mode::AccountList, key('Й')), Some(Action::Quit), "Shift-й is Q");
}
