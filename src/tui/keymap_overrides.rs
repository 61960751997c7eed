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
        ("take_step", TakeStep),
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
        ("changes_since", ChangesSince),
        // Sharing through git.
        ("sync", Sync),
        ("show_conflicts", ShowConflicts),
        ("keep_ours", KeepOurs),
        ("keep_theirs", KeepTheirs),
        // Importing contacts.
        ("import", Import),
        ("complete_path", CompletePath),
        ("toggle_rows", ToggleRows),
        ("edit_mapping", EditMapping),
        ("save_profile", SaveProfile),
        ("next_profile", NextProfile),
        // Deals and the deal lens.
        ("deal_lens", DealLens),
        ("clear_lens", ClearLens),
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
            let message = words::key_clash(
                wa.name,
                &label,
                keymap::words(other.desc),
                keymap::words(other.group),
                other_name,
                &kept,
            );
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
            // The table holds message ids; `dmu config --keys` shows the words.
            let desc = keymap::words(b.desc);
            if !does.contains(&desc) {
                does.push(desc);
            }
        }
        out.push(ActionKeys { name, keys, does });
    }
    out
}

#[cfg(test)]
mod tests;
