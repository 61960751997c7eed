//! The settings file's `[keys]` on top of the one keymap table ([`super::keymap`]).
//!
//! `quit = "Q"` gives the action `quit` the key `Q` in every mode where `quit` has a
//! binding, with that binding's words in the help. The action's other keys go, except
//! those that always keep their meaning: arrows, PgUp/PgDn, Home/End, Enter, Esc, Tab,
//! Shift-Tab, Backspace, Delete and Ctrl-c. Text fields (modes that take any typed
//! character) are never changed. An override that would take a key something else has
//! in the same mode is refused as a whole, with a warning, and the action keeps its
//! default keys; so are overrides whose keys clash with each other. Swaps work:
//! `help = "q"` with `quit = "Q"` is fine, since `q` is free once quit has moved.
//!
//! The result is a table like the default one, so the help overlay and the hints,
//! which read the table, show the keys in force.

use super::action::Action;
use super::keymap::{self, Binding, Key, Mode, ch, ctrl};
use super::views::AccountView;
use crate::settings::{KeyName, KeyOverride, KeySpec, Place, Problem, Severity, suggest, words};
use crossterm::event::{KeyCode, KeyModifiers};
use std::path::Path;
use std::sync::Mutex;

/// The actions the `[keys]` table can name, as it names them. Text editing (typing,
/// cursor keys), the role letters of the roles field and test-only actions have none.
pub fn action_names() -> Vec<(&'static str, Action)> {
    use Action::*;
    let mut names = vec![
        ("quit", Quit),
        ("back", Back),
        ("help", Help),
        ("up", Up),
        ("down", Down),
        ("page_up", PageUp),
        ("page_down", PageDown),
        ("top", Top),
        ("bottom", Bottom),
        ("open", Open),
        ("add", Add),
        ("edit", Edit),
        ("delete", Delete),
        ("rename", Rename),
        ("search", Search),
        ("undo", Undo),
        ("redo", Redo),
        ("switch_pane", SwitchPane),
        ("sort", SortNext),
        ("sort_reverse", SortReverse),
        ("left", Left),
        ("right", Right),
        ("toggle_fold", ToggleFold),
        ("expand_all", ExpandAll),
        ("collapse_all", CollapseAll),
        ("next_field", NextField),
        ("prev_field", PrevField),
        ("submit", Submit),
        ("cycle_next", CycleNext),
        ("cycle_prev", CyclePrev),
        ("yes", Yes),
        ("reload", Reload),
        ("save_copy", SaveCopy),
        ("restore", Restore),
        ("discard", Discard),
        ("agenda", ShowAgenda),
        ("team", ShowTeam),
        ("mark_done", MarkDone),
        ("add_follow_up", AddFollowUp),
        ("next_owner", NextOwner),
        ("edit_team", EditTeam),
        ("edit_coverage", EditCoverage),
        ("edit_links", EditLinks),
        ("add_reports_to", AddReportsTo),
        ("add_influence", AddInfluence),
        ("prev_stage", PrevStage),
        ("next_stage", NextStage),
        ("what_if", WhatIf),
        ("raise_stance", RaiseStance),
        ("lower_stance", LowerStance),
        ("cycle_coverage", CycleCoverage),
        ("next_member", NextMember),
        ("toggle_model", ToggleModel),
        ("edit_account", EditAccount),
        ("reopen", ReopenForEditing),
        ("show_trash", ShowTrash),
        ("write_elsewhere", WriteElsewhere),
        ("lose_edits", LoseEdits),
    ];
    for v in AccountView::ALL {
        names.push((v.setting_name(), ShowView(*v)));
    }
    names
}

/// Whether a binding is one of the action's: its own rows, and in the help overlay the
/// rows that close it with the key that opened it (`?`, for help) or that quits (`q`).
fn belongs(action: Action, b: &Binding) -> bool {
    if b.modes == [Mode::Help] && b.action == Action::Back {
        return match b.key {
            k if k == ch('?') => action == Action::Help,
            k if k == ch('q') => action == Action::Quit,
            _ => action == Action::Back,
        };
    }
    b.action == action
}

/// Keys that always keep their meaning: an override adds to them, never removes them.
fn is_fixed(key: Key) -> bool {
    use KeyCode::*;
    match key {
        Key::AnyChar | Key::AnyLetter => true,
        Key::Press(code, _) => {
            key == ctrl('c')
                || matches!(
                    code,
                    Up | Down
                        | Left
                        | Right
                        | PageUp
                        | PageDown
                        | Home
                        | End
                        | Enter
                        | Esc
                        | Tab
                        | BackTab
                        | Backspace
                        | Delete
                )
        }
    }
}

/// The table's keys for a settings key (Shift-Tab comes with and without the Shift flag).
pub fn to_keys(spec: KeySpec) -> Vec<Key> {
    let code = match spec.name {
        KeyName::Char(c) => KeyCode::Char(c),
        KeyName::F(n) => KeyCode::F(n),
        KeyName::Up => KeyCode::Up,
        KeyName::Down => KeyCode::Down,
        KeyName::Left => KeyCode::Left,
        KeyName::Right => KeyCode::Right,
        KeyName::PageUp => KeyCode::PageUp,
        KeyName::PageDown => KeyCode::PageDown,
        KeyName::Home => KeyCode::Home,
        KeyName::End => KeyCode::End,
        KeyName::Enter => KeyCode::Enter,
        KeyName::Esc => KeyCode::Esc,
        KeyName::Tab => KeyCode::Tab,
        KeyName::BackTab => KeyCode::BackTab,
        KeyName::Backspace => KeyCode::Backspace,
        KeyName::Delete => KeyCode::Delete,
        KeyName::Insert => KeyCode::Insert,
    };
    let mut mods = KeyModifiers::NONE;
    for (on, m) in
        [(spec.ctrl, KeyModifiers::CONTROL), (spec.alt, KeyModifiers::ALT), (spec.shift, KeyModifiers::SHIFT)]
    {
        if on {
            mods |= m;
        }
    }
    let mut keys = vec![Key::Press(code, mods)];
    if code == KeyCode::BackTab {
        keys.push(Key::Press(code, mods | KeyModifiers::SHIFT));
    }
    keys
}

/// The modes whose fields take any typed character or letter (text, and choices
/// picked by their first letters): overrides leave them alone.
fn text_modes(table: &[Binding]) -> Vec<Mode> {
    table
        .iter()
        .filter(|b| matches!(b.key, Key::AnyChar | Key::AnyLetter))
        .flat_map(|b| b.modes.iter().copied())
        .collect()
}

/// A mode list that lives as long as the table (tables are built a few times per run).
fn intern(modes: Vec<Mode>) -> &'static [Mode] {
    static SEEN: Mutex<Vec<&'static [Mode]>> = Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(s) = seen.iter().find(|s| **s == modes.as_slice()) {
        return s;
    }
    let leaked: &'static [Mode] = Box::leak(modes.into_boxed_slice());
    seen.push(leaked);
    leaked
}

/// An override whose action is known, ready to apply.
struct Wanted<'a> {
    name: &'static str,
    action: Action,
    keys: Vec<Key>,
    source: &'a KeyOverride,
}

/// The table with the overrides, and what was said about them.
pub struct Applied {
    /// The bindings in force.
    pub table: Vec<Binding>,
    /// Unknown actions and refused keys, as warnings located in the settings file.
    pub problems: Vec<Problem>,
    /// The overrides in force: the action's name and the line that gave it.
    pub in_force: Vec<(&'static str, Place)>,
    /// For each row of `table` an override added, the action's name.
    added: Vec<(usize, &'static str)>,
}

/// Applies overrides to a table (`keymap::default_bindings()`, or one a test builds).
/// `path` names the settings file in the warnings.
pub fn apply(defaults: &[Binding], overrides: &[KeyOverride], path: &Path) -> Applied {
    let names = action_names();
    let mut problems = Vec::new();
    let warn = |problems: &mut Vec<Problem>, place: Place, message: String| {
        problems.push(Problem {
            severity: Severity::Warning,
            path: path.to_path_buf(),
            place: Some(place),
            message,
        })
    };
    let mut wanted: Vec<Wanted<'_>> = Vec::new();
    for o in overrides {
        let folded = o.action.to_lowercase().replace('-', "_");
        let Some(&(name, action)) = names.iter().find(|(n, _)| *n == folded) else {
            let hint = suggest::closest(&o.action, names.iter().map(|(n, _)| *n));
            warn(&mut problems, o.place, words::unknown_action(&o.action, hint));
            continue;
        };
        if wanted.iter().any(|w| w.action == action) {
            warn(&mut problems, o.place, words::action_twice(&o.action, name));
            continue;
        }
        let keys: Vec<Key> = o.keys.iter().flat_map(|k| to_keys(*k)).collect();
        if action != Action::Quit && keys.contains(&ctrl('c')) {
            warn(&mut problems, o.place, words::key_ctrl_c(name));
            continue;
        }
        wanted.push(Wanted { name, action, keys, source: o });
    }
    let text = text_modes(defaults);
    loop {
        let (table, added) = build(defaults, &wanted, &text);
        let refused = clashes(&table, &added);
        if refused.is_empty() {
            let in_force = wanted.iter().map(|w| (w.name, w.source.place)).collect();
            let added = added.iter().map(|(row, wi)| (*row, wanted[*wi].name)).collect();
            return Applied { table, problems, in_force, added };
        }
        // Refuse every override that clashes, then try again: putting their defaults
        // back may make another one clash (a swap where one half was refused).
        let mut gone: Vec<usize> = refused.iter().map(|(w, _, _)| *w).collect();
        gone.sort_unstable();
        gone.dedup();
        for (w, key, other) in refused {
            let wa = &wanted[w];
            if problems.iter().any(|p: &Problem| p.place == Some(wa.source.place)) {
                continue; // one warning per override, for the first clash found
            }
            let kept = default_keys(defaults, wa.action);
            let other_name = names.iter().find(|(_, a)| belongs(*a, other)).map(|(n, _)| *n);
            let label = keymap::key_label(key);
            let message = words::key_clash(wa.name, &label, other.desc, other.group, other_name, &kept);
            warn(&mut problems, wa.source.place, message);
        }
        for w in gone.into_iter().rev() {
            wanted.remove(w);
        }
    }
}

/// The labels of an action's default keys, for "dmu keeps q for quit".
fn default_keys(defaults: &[Binding], action: Action) -> String {
    let mut labels: Vec<String> = Vec::new();
    for b in defaults.iter().filter(|b| belongs(action, b)) {
        let l = keymap::key_label(b.key);
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    if labels.is_empty() { words::kept_none().to_string() } else { labels.join(" ") }
}

/// The table with the wanted overrides, and for each added row the override it came from.
fn build(defaults: &[Binding], wanted: &[Wanted<'_>], text: &[Mode]) -> (Vec<Binding>, Vec<(usize, usize)>) {
    let mut table = Vec::with_capacity(defaults.len() + 8);
    let mut added = Vec::new();
    let mut done: Vec<(usize, &str, &str)> = Vec::new();
    for row in defaults {
        let Some(wi) = wanted.iter().position(|w| belongs(w.action, row)) else {
            table.push(row.clone());
            continue;
        };
        let w = &wanted[wi];
        if !done.contains(&(wi, row.group, row.desc)) {
            done.push((wi, row.group, row.desc));
            // The new keys go where the first of this action's rows with these words was,
            // in every mode of all of them, text fields aside.
            let same = defaults
                .iter()
                .filter(|b| belongs(w.action, b) && b.group == row.group && b.desc == row.desc);
            let mut modes: Vec<Mode> = Vec::new();
            let mut fixed: Vec<Key> = Vec::new();
            for b in same {
                for m in b.modes.iter().filter(|m| !text.contains(m)) {
                    if !modes.contains(m) {
                        modes.push(*m);
                    }
                }
                if is_fixed(b.key) {
                    fixed.push(b.key);
                }
            }
            if !modes.is_empty() {
                let modes = intern(modes);
                for key in w.keys.iter().filter(|k| !fixed.contains(k)) {
                    added.push((table.len(), wi));
                    table.push(Binding { modes, key: *key, ..row.clone() });
                }
            }
        }
        if is_fixed(row.key) {
            table.push(row.clone());
        } else {
            // A replaced key stays only in text fields, which overrides never touch.
            let keep: Vec<Mode> = row.modes.iter().copied().filter(|m| text.contains(m)).collect();
            if !keep.is_empty() {
                table.push(Binding { modes: intern(keep), ..row.clone() });
            }
        }
    }
    (table, added)
}

/// Every added row whose key another row has in a shared mode: (override, key, the other row).
fn clashes<'t>(table: &'t [Binding], added: &[(usize, usize)]) -> Vec<(usize, Key, &'t Binding)> {
    let mut out = Vec::new();
    for &(row, wi) in added {
        let new = &table[row];
        let other = table.iter().enumerate().find(|(i, b)| {
            *i != row
                && b.key == new.key
                && b.action != new.action
                && b.modes.iter().any(|m| new.modes.contains(m))
        });
        if let Some((_, b)) = other {
            out.push((wi, new.key, b));
        }
    }
    out
}

/// Checks overrides against the default table without installing them (`dmu config`).
pub fn check(overrides: &[KeyOverride], path: &Path) -> Applied {
    apply(keymap::default_bindings(), overrides, path)
}

/// Puts the overrides in force for the rest of the process: the keys act, and the help
/// and hints show them. Returns the warnings. Installing twice keeps the first table.
pub fn install(overrides: &[KeyOverride], path: &Path) -> Vec<Problem> {
    let applied = check(overrides, path);
    INSTALLED_OVERRIDES.get_or_init(|| applied.in_force.iter().map(|(n, _)| *n).collect());
    keymap::install(applied.table);
    applied.problems
}

static INSTALLED_OVERRIDES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// The actions whose keys the settings file changed, for the help overlay.
pub fn changed_actions() -> &'static [&'static str] {
    INSTALLED_OVERRIDES.get().map_or(&[], Vec::as_slice)
}

/// One action for `dmu config --keys`: its name, its keys in force, and what it does.
pub struct ActionKeys {
    /// The name in `[keys]`.
    pub name: &'static str,
    /// The keys, as the help writes them.
    pub keys: Vec<String>,
    /// What it does, as the help says it (several where modes differ).
    pub does: Vec<&'static str>,
}

/// Every action and its keys with the overrides applied.
pub fn list(applied: &Applied) -> Vec<ActionKeys> {
    let mut out = Vec::new();
    let owner = |i: usize| applied.added.iter().find(|(row, _)| *row == i).map(|(_, n)| *n);
    for (name, action) in action_names() {
        let mut keys: Vec<String> = Vec::new();
        let mut does: Vec<&'static str> = Vec::new();
        let rows = applied.table.iter().enumerate();
        for (_, b) in rows.filter(|(i, b)| owner(*i).map_or_else(|| belongs(action, b), |n| n == name)) {
            let l = keymap::key_label(b.key);
            if !keys.contains(&l) {
                keys.push(l);
            }
            if !does.contains(&b.desc) {
                does.push(b.desc);
            }
        }
        out.push(ActionKeys { name, keys, does });
    }
    out
}

#[cfg(test)]
mod tests {
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

    const DOCS: &str = include_str!("../../docs/settings.md");

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
}
