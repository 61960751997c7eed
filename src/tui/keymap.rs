//! The one table of key bindings: `(mode, key) -> action`, each with a group and a
//! description. Key handling, the help overlay and the hints in the status bar all
//! read this table, so what the screen says is always what the keys do.

use super::action::Action;
use super::views::AccountView;
use crate::model::Role;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::sync::LazyLock;

/// What the keyboard is talking to right now; decides which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The list of accounts.
    AccountList,
    /// The people table and detail pane of an open account.
    People,
    /// The org chart of an open account.
    OrgChart,
    /// The coverage matrix of an open account.
    Coverage,
    /// The influence map of an open account.
    Influence,
    /// The follow-ups and demands of an open account.
    FollowUps,
    /// The agenda across accounts.
    Agenda,
    /// Our team across accounts (the team screen, not the account's team editor).
    OurTeam,
    /// The trash screen: deleted accounts, to put back.
    Trash,
    /// A form field that picks one of a few values (owner, person, kind).
    FormPick,
    /// A form field holding one of many entries (owner, person): letters start a search.
    FormFindable,
    /// Typing a search in a form field that finds its value (owner, person).
    FormFind,
    /// A form asks before Esc drops its changes.
    DiscardChanges,
    /// Typing a search query.
    Search,
    /// A text field of a form or prompt.
    Form,
    /// The roles field of the person form.
    FormRoles,
    /// A field that cycles through values (stance).
    FormChoice,
    /// A yes/no question.
    Confirm,
    /// The file changed on disk: reload, save a copy, or cancel.
    Conflict,
    /// Unsaved edits were found from an earlier session.
    Recovery,
    /// Leaving with unsaved edits that no recovery place would keep.
    Unsaved,
    /// The help overlay.
    Help,
    /// The team editor of an open account: who of us works on it (see [`super::relations`]).
    TeamEditor,
    /// The function field of the team member form.
    MemberFunction,
    /// The coverage editor of a person.
    CoverageEdit,
    /// The links editor of a person.
    Links,
    /// A fuzzy picker (typing narrows the list).
    Picker,
    /// The Pull view.
    Pull,
    /// A what-if scenario in the Pull view (nothing is saved until applied).
    WhatIf,
    /// The Changes view of an open account: the history since a start.
    Changes,
    /// Asked once who the rep is, for the history.
    AskUser,
    // ---- Sharing through git ----
    /// The open account's conflicts from a merge, to decide (see [`super::sync_keys`]).
    MergeConflicts,
    /// A notice to read (what a sync did), closed with Esc.
    Notice,
    // ---- Importing contacts (see [`super::importing`]) ----
    /// Typing the path of the file to import (Tab completes it).
    ImportPath,
    /// A file being read, or its rows matched, in the background.
    ImportProgress,
    /// What an import would do, before anything changes.
    ImportPreview,
    /// Which column of the file holds what, while it is being changed.
    ImportMapping,
}

/// A key as the table writes it. Shift is implied by an upper-case character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// One key with modifiers (only Ctrl and Alt count for characters).
    Press(KeyCode, KeyModifiers),
    /// Any printable character not bound otherwise (typing into a field).
    AnyChar,
    /// Any letter or digit not bound otherwise (picking a choice by its first letters).
    /// Unlike [`Key::AnyChar`], the mode takes no text: a paste there changes nothing.
    AnyLetter,
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The modes in which the binding applies.
    pub modes: &'static [Mode],
    /// The key.
    pub key: Key,
    /// What it does. For [`Key::AnyChar`], `Insert` with the typed character.
    pub action: Action,
    /// The heading the help lists it under.
    pub group: &'static str,
    /// What it does, in a few words.
    pub desc: &'static str,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
// A new view of an open account gets its own Mode; add it to VIEWS (undo, redo,
// back, view switching) and BROWSE (help, quit), and to LISTS and MOVES if it has a
// selection that moves.
pub(super) const VIEWS: &[Mode] = &[
    Mode::People,
    Mode::OrgChart,
    Mode::Influence,
    Mode::Coverage,
    Mode::Pull,
    Mode::FollowUps,
    Mode::Changes,
];
/// The portfolio and every view of an open account: where the keys that work on an
/// account as a whole (sync, import) are bound.
pub(super) const ACCOUNT_SCREENS: &[Mode] = &[
    Mode::AccountList,
    Mode::People,
    Mode::OrgChart,
    Mode::Influence,
    Mode::Coverage,
    Mode::Pull,
    Mode::FollowUps,
    Mode::Changes,
];
const BROWSE: &[Mode] = &[
    Mode::AccountList,
    Mode::People,
    Mode::OrgChart,
    Mode::Influence,
    Mode::Coverage,
    Mode::Pull,
    Mode::FollowUps,
    Mode::Changes,
    Mode::Agenda,
    Mode::OurTeam,
    Mode::Trash,
];
const LISTS: &[Mode] = &[
    Mode::AccountList,
    Mode::People,
    Mode::OrgChart,
    Mode::Influence,
    Mode::Coverage,
    Mode::Changes,
    Mode::ImportPreview,
    Mode::ImportMapping,
];
const MOVES: &[Mode] = &[
    Mode::AccountList,
    Mode::People,
    Mode::Search,
    Mode::OrgChart,
    Mode::Influence,
    Mode::Coverage,
    Mode::Pull,
    Mode::WhatIf,
    Mode::Changes,
    Mode::ImportPreview,
    Mode::ImportMapping,
];
const ORG: &[Mode] = &[Mode::OrgChart];
const COVERAGE: &[Mode] = &[Mode::Coverage];
const INFLUENCE: &[Mode] = &[Mode::Influence];
const TEXT: &[Mode] = &[Mode::Form, Mode::Search, Mode::AskUser, Mode::ImportPath];
const FORMS: &[Mode] = &[Mode::Form, Mode::FormRoles, Mode::FormChoice];
const FIND: &[Mode] = &[Mode::FormFind];
const DISCARD: &[Mode] = &[Mode::DiscardChanges];
const ACC: &[Mode] = &[Mode::AccountList];
const PEOPLE: &[Mode] = &[Mode::People];
/// The views of an account where a person is selected: a, e and d act on them there.
const PERSON_VIEWS: &[Mode] = &[Mode::People, Mode::OrgChart, Mode::Influence, Mode::Coverage, Mode::Pull];

// Short constructors for table rows; the other key files of the TUI use them too.

/// A character key without modifiers.
pub(in crate::tui) fn ch(c: char) -> Key {
    Key::Press(KeyCode::Char(c), NONE)
}
/// A character key with Ctrl.
pub(in crate::tui) fn ctrl(c: char) -> Key {
    Key::Press(KeyCode::Char(c), CTRL)
}
/// A named key without modifiers.
pub(in crate::tui) fn code(k: KeyCode) -> Key {
    Key::Press(k, NONE)
}
/// One row of the table.
pub(in crate::tui) fn b(
    modes: &'static [Mode],
    key: Key,
    action: Action,
    group: &'static str,
    desc: &'static str,
) -> Binding {
    Binding { modes, key, action, group, desc }
}

/// The bindings in force, in the order the help shows them: the defaults, or the
/// table with the settings file's keys once [`super::keymap_overrides`] installed it.
/// The first binding of an action in a mode is the one hints show.
pub fn bindings() -> &'static [Binding] {
    INSTALLED.get().map_or_else(default_bindings, Vec::as_slice)
}

/// The bindings dmu has without a settings file.
pub fn default_bindings() -> &'static [Binding] {
    static TABLE: LazyLock<Vec<Binding>> = LazyLock::new(build);
    &TABLE
}

static INSTALLED: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();

/// Puts a table in force for the rest of the process (once; false if one already is).
pub(in crate::tui) fn install(table: Vec<Binding>) -> bool {
    INSTALLED.set(table).is_ok()
}

fn build() -> Vec<Binding> {
    use Action::*;
    let (nav, general, acc, ppl, form, ask) =
        ("Moving", "General", "Account list", "People", "Forms and search", "Questions");
    let (org, cov, map) = ("Org chart", "Coverage", "Influence map");
    let find = "Finding an owner or person";
    let person = "The selected person (views 1 to 5)";
    let mut t = vec![
        b(MOVES, code(KeyCode::Up), Action::Up, nav, "move up"),
        b(LISTS, ch('k'), Action::Up, nav, "move up"),
        b(MOVES, code(KeyCode::Down), Action::Down, nav, "move down"),
        b(LISTS, ch('j'), Action::Down, nav, "move down"),
        b(MOVES, code(KeyCode::PageUp), Action::PageUp, nav, "page up"),
        b(MOVES, code(KeyCode::PageDown), Action::PageDown, nav, "page down"),
        b(LISTS, code(KeyCode::Home), Top, nav, "first row"),
        b(LISTS, code(KeyCode::End), Bottom, nav, "last row"),
        b(&[Mode::AccountList, Mode::People], code(KeyCode::Enter), Open, nav, "open / edit"),
        b(PEOPLE, code(KeyCode::Tab), SwitchPane, nav, "switch pane"),
        b(BROWSE, ch('?'), Action::Help, general, "help"),
        b(VIEWS, code(KeyCode::Esc), Back, general, "back"),
        b(BROWSE, ch('q'), Quit, general, "quit"),
        b(BROWSE, ctrl('c'), Quit, general, "quit"),
        b(VIEWS, ch('A'), EditAccount, general, "account details (tier, revenue, potential)"),
        b(VIEWS, ch('R'), ReopenForEditing, general, "reopen a read-only account for editing"),
        b(VIEWS, ch('u'), Undo, general, "undo"),
        b(VIEWS, ctrl('z'), Undo, general, "undo"),
        b(VIEWS, ctrl('r'), Redo, general, "redo"),
        b(VIEWS, ctrl('y'), Redo, general, "redo"),
        b(ACC, ch('a'), Add, acc, "new account"),
        b(ACC, ch('n'), Add, acc, "new account"),
        b(ACC, ch('r'), Rename, acc, "rename"),
        b(ACC, ch('d'), Delete, acc, "delete (to trash)"),
        b(PERSON_VIEWS, ch('a'), Add, person, "add person"),
        b(PERSON_VIEWS, ch('e'), Edit, person, "edit person"),
        b(PERSON_VIEWS, ch('d'), Delete, person, "delete person"),
        b(PEOPLE, ch('/'), Search, ppl, "search"),
        b(PEOPLE, ch('s'), SortNext, ppl, "sort by next column"),
        b(PEOPLE, ch('S'), SortReverse, ppl, "reverse sort"),
        b(ORG, code(KeyCode::Left), Left, org, "fold, or go up"),
        b(ORG, ch('h'), Left, org, "fold, or go up"),
        b(ORG, code(KeyCode::Right), Right, org, "open, or go down"),
        b(ORG, ch('l'), Right, org, "open, or go down"),
        b(ORG, code(KeyCode::Enter), ToggleFold, org, "fold or open"),
        b(ORG, ch(' '), ToggleFold, org, "fold or open"),
        b(ORG, ch('+'), ExpandAll, org, "open all"),
        b(ORG, ch('-'), CollapseAll, org, "fold all"),
        b(COVERAGE, code(KeyCode::Left), Left, cov, "previous member"),
        b(COVERAGE, ch('h'), Left, cov, "previous member"),
        b(COVERAGE, code(KeyCode::Right), Right, cov, "next member"),
        b(COVERAGE, ch('l'), Right, cov, "next member"),
        b(INFLUENCE, code(KeyCode::Left), Left, map, "move left"),
        b(INFLUENCE, ch('h'), Left, map, "move left"),
        b(INFLUENCE, code(KeyCode::Right), Right, map, "move right"),
        b(INFLUENCE, ch('l'), Right, map, "move right"),
    ];
    for v in AccountView::ALL {
        t.push(b(VIEWS, ch(v.key()), ShowView(*v), "Views", v.title()));
    }
    t.extend([
        b(FORMS, code(KeyCode::Tab), NextField, form, "next field"),
        b(FORMS, code(KeyCode::Down), NextField, form, "next field"),
        b(FORMS, code(KeyCode::BackTab), PrevField, form, "previous field"),
        b(FORMS, Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT), PrevField, form, "previous field"),
        b(FORMS, code(KeyCode::Up), PrevField, form, "previous field"),
        b(FORMS, code(KeyCode::Enter), Submit, form, "save"),
        b(&[Mode::Search], code(KeyCode::Enter), Submit, form, "keep filter"),
        b(
            &[Mode::Form, Mode::FormRoles, Mode::FormChoice, Mode::Search],
            code(KeyCode::Esc),
            Back,
            form,
            "cancel",
        ),
        b(TEXT, code(KeyCode::Left), CursorLeft, form, "cursor left"),
        b(TEXT, code(KeyCode::Right), CursorRight, form, "cursor right"),
        b(TEXT, code(KeyCode::Home), CursorHome, form, "start of field"),
        b(TEXT, code(KeyCode::End), CursorEnd, form, "end of field"),
        b(TEXT, code(KeyCode::Backspace), DeleteBack, form, "delete before cursor"),
        b(TEXT, code(KeyCode::Delete), DeleteForward, form, "delete at cursor"),
        b(TEXT, Key::AnyChar, Insert(' '), form, "type text"),
    ]);
    for r in Role::ALL {
        let key = ch(r.badge().to_ascii_lowercase());
        t.push(b(&[Mode::FormRoles], key, ToggleRole(*r), form, role_desc(*r)));
    }
    t.extend([
        b(&[Mode::FormChoice], ch(' '), CycleNext, form, "next stance"),
        b(&[Mode::FormChoice], code(KeyCode::Right), CycleNext, form, "next stance"),
        b(&[Mode::FormChoice], code(KeyCode::Left), CyclePrev, form, "previous stance"),
        b(&[Mode::FormChoice], Key::AnyLetter, Insert(' '), form, LETTERS),
        b(&[Mode::FormFindable], Key::AnyLetter, Insert(' '), find, "find by name (any script)"),
        b(FIND, Key::AnyChar, Insert(' '), find, "find by name (any script)"),
        b(FIND, code(KeyCode::Backspace), DeleteBack, find, "edit what you typed"),
        b(FIND, code(KeyCode::Right), CycleNext, find, "next match"),
        b(FIND, code(KeyCode::Left), CyclePrev, find, "previous match"),
        b(FIND, code(KeyCode::Enter), Submit, find, "take the match"),
        b(FIND, code(KeyCode::Tab), NextField, find, "take it, next field"),
        b(FIND, code(KeyCode::Down), NextField, find, "take it, next field"),
        b(FIND, code(KeyCode::BackTab), PrevField, find, "take it, previous field"),
        b(
            FIND,
            Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT),
            PrevField,
            find,
            "take it, previous field",
        ),
        b(FIND, code(KeyCode::Up), PrevField, find, "take it, previous field"),
        b(FIND, code(KeyCode::Esc), Back, find, "drop what you typed"),
        b(&[Mode::Confirm], ch('y'), Yes, ask, "yes"),
        b(&[Mode::Confirm], code(KeyCode::Enter), Yes, ask, "yes"),
        b(&[Mode::Confirm], ch('n'), Back, ask, "no"),
        b(&[Mode::Confirm, Mode::Recovery], code(KeyCode::Esc), Back, ask, "cancel / later"),
        b(DISCARD, ch('y'), Yes, ask, "discard your changes"),
        b(DISCARD, ch('n'), Back, ask, "keep editing"),
        b(DISCARD, code(KeyCode::Esc), Back, ask, "keep editing"),
        b(
            &[Mode::Conflict],
            ch('r'),
            Reload,
            ask,
            "reload: take the file on disk and drop your unsaved edits",
        ),
        b(&[Mode::Conflict], ch('c'), SaveCopy, ask, "save yours as a copy beside the changed file"),
        b(
            &[Mode::Conflict],
            code(KeyCode::Esc),
            Back,
            ask,
            "decide later: edits stay in memory only, nothing is saved",
        ),
        b(&[Mode::Recovery], ch('r'), Restore, ask, "restore unsaved edits"),
        b(&[Mode::Recovery], code(KeyCode::Enter), Restore, ask, "restore unsaved edits"),
        b(&[Mode::Recovery], ch('x'), Discard, ask, "discard (to trash)"),
        b(&[Mode::Unsaved], ch('w'), WriteElsewhere, ask, "write the account to a file you name"),
        b(&[Mode::Unsaved], ch('Q'), LoseEdits, ask, "quit (or leave the account) and lose the edits"),
        b(&[Mode::Unsaved], code(KeyCode::Esc), Back, ask, "stay: the edits stay in memory"),
        b(&[Mode::Help], code(KeyCode::Up), Action::Up, general, "scroll"),
        b(&[Mode::Help], code(KeyCode::Down), Action::Down, general, "scroll"),
        b(&[Mode::Help], code(KeyCode::PageUp), Action::PageUp, general, "scroll a page"),
        b(&[Mode::Help], code(KeyCode::PageDown), Action::PageDown, general, "scroll a page"),
        b(&[Mode::Help], code(KeyCode::Home), Top, general, "to the top of the help"),
        b(&[Mode::Help], code(KeyCode::End), Bottom, general, "to the end of the help"),
        b(&[Mode::Help], code(KeyCode::Esc), Back, general, "close help"),
        b(&[Mode::Help], ch('?'), Back, general, "close help"),
        b(&[Mode::Help], ch('q'), Back, general, "close help"),
    ]);
    t.extend(super::relations::keys::bindings());
    t.extend(pull_bindings());
    t.extend(super::portfolio_keys::bindings());
    t.extend(history_bindings());
    t.extend(super::sync_keys::bindings());
    t.extend(super::importing::keys::bindings());
    if std::env::var_os("DMU_TEST_PANIC").is_some_and(|v| v == "1") {
        // Test-only: lets the end-to-end tests prove panic recovery on the real binary.
        t.push(b(VIEWS, code(KeyCode::F(12)), TestPanic, general, "panic (test only)"));
    }
    t
}

/// What letters do on a field that picks one of a few choices.
pub(in crate::tui) const LETTERS: &str = "pick by first letters";

/// The keys of the Pull view and its what-if scenarios.
fn pull_bindings() -> Vec<Binding> {
    use Action::*;
    const PULLS: &[Mode] = &[Mode::Pull, Mode::WhatIf];
    const PULL: &[Mode] = &[Mode::Pull];
    const WHAT_IF: &[Mode] = &[Mode::WhatIf];
    let (pull, what) = ("Pull view", "What-if (nothing saved until applied)");
    vec![
        b(PULLS, code(KeyCode::Left), PrevStage, pull, "previous stage"),
        b(PULLS, code(KeyCode::Right), NextStage, pull, "next stage"),
        b(PULLS, code(KeyCode::Tab), SwitchPane, pull, "next panel"),
        b(PULL, ch('w'), WhatIf, pull, "what-if on selected"),
        b(PULLS, ch('m'), ToggleModel, pull, "model weights"),
        b(WHAT_IF, ch(' '), TakeStep, what, "take the suggested step"),
        b(WHAT_IF, ch('+'), RaiseStance, what, "raise stance"),
        b(WHAT_IF, ch('='), RaiseStance, what, "raise stance"),
        b(WHAT_IF, ch('-'), LowerStance, what, "lower stance"),
        b(WHAT_IF, ch('c'), CycleCoverage, what, "coverage"),
        b(WHAT_IF, ch('t'), NextMember, what, "team member for c"),
        b(WHAT_IF, code(KeyCode::Enter), Submit, what, "apply (undoable)"),
        b(WHAT_IF, ch('A'), Submit, what, "apply (undoable)"),
        b(WHAT_IF, code(KeyCode::Esc), Back, what, "leave unchanged"),
        b(WHAT_IF, ch('?'), Action::Help, what, "help"),
        b(WHAT_IF, ctrl('c'), Quit, what, "quit (the scenario is dropped)"),
    ]
}

/// The keys of the Changes view and of the question who the rep is.
fn history_bindings() -> Vec<Binding> {
    use Action::*;
    const CHANGES: &[Mode] = &[Mode::Changes];
    const ASK: &[Mode] = &[Mode::AskUser];
    let (changes, ask) = ("Changes view", "Who you are (asked once, for the history)");
    vec![
        b(CHANGES, code(KeyCode::Enter), Open, changes, "go to the person"),
        b(CHANGES, ch('s'), ChangesSince, changes, "since: 7 days, 30 days, the last sync, everything"),
        b(ASK, code(KeyCode::Enter), Submit, ask, "that's me (kept in the settings)"),
        b(ASK, code(KeyCode::Tab), CycleNext, ask, "next name from the team"),
        b(ASK, code(KeyCode::Down), CycleNext, ask, "next name from the team"),
        b(ASK, code(KeyCode::BackTab), CyclePrev, ask, "previous name from the team"),
        b(
            ASK,
            Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT),
            CyclePrev,
            ask,
            "previous name from the team",
        ),
        b(ASK, code(KeyCode::Up), CyclePrev, ask, "previous name from the team"),
        b(ASK, code(KeyCode::Esc), Back, ask, "skip for this session"),
    ]
}

/// The help line for a role's toggle key.
fn role_desc(r: Role) -> &'static str {
    match r {
        Role::User => "toggle User",
        Role::Influencer => "toggle Influencer",
        Role::Decider => "toggle Decider",
        Role::Payer => "toggle Payer",
        Role::Buyer => "toggle Buyer",
        Role::Gatekeeper => "toggle Gatekeeper",
        Role::Initiator => "toggle iNitiator",
    }
}

/// Characters carry Shift in their case; terminals disagree on whether they also set
/// the SHIFT flag, so it is dropped before comparing.
fn normalise(key: KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    if matches!(key.code, KeyCode::Char(_)) {
        mods.remove(KeyModifiers::SHIFT);
    }
    (key.code, mods)
}

/// The action a key press means in a mode, if any. Key releases and repeats of
/// non-movement keys are ignored by the caller.
pub fn lookup(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let (code, mods) = normalise(key);
    let table = bindings().iter().filter(|b| b.modes.contains(&mode));
    for bind in table.clone() {
        if bind.key == Key::Press(code, mods) {
            return Some(bind.action);
        }
    }
    match code {
        KeyCode::Char(c) if !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
            let any = |k: Key| table.clone().any(|b| b.key == k);
            (any(Key::AnyChar) || (c.is_alphanumeric() && any(Key::AnyLetter))).then_some(Action::Insert(c))
        }
        _ => None,
    }
}

/// Whether a mode has a text field with the focus: the modes where typing types
/// ([`Key::AnyChar`] is bound). A paste goes there as text, and nowhere else.
pub fn takes_text(mode: Mode) -> bool {
    bindings().iter().any(|b| b.key == Key::AnyChar && b.modes.contains(&mode))
}

/// The key that does an action in a mode, for hints ("a add").
pub fn key_for(mode: Mode, action: Action) -> Option<Key> {
    bindings().iter().find(|b| b.modes.contains(&mode) && b.action == action).map(|b| b.key)
}

/// How a key is written on screen: `a`, `S`, `Ctrl-z`, `Enter`, `PgDn`.
pub fn key_label(key: Key) -> String {
    let (code, mods) = match key {
        Key::Press(code, mods) => (code, mods),
        Key::AnyChar => return "type".into(),
        Key::AnyLetter => return "letters".into(),
    };
    let name = match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Bksp".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other}"),
    };
    let shift = mods.contains(KeyModifiers::SHIFT) && !matches!(code, KeyCode::BackTab | KeyCode::Char(_));
    let alt = if mods.contains(KeyModifiers::ALT) { "Alt-" } else { "" };
    let name = format!("{alt}{}{name}", if shift { "Shift-" } else { "" });
    if mods.contains(KeyModifiers::CONTROL) { format!("Ctrl-{name}") } else { name }
}

/// `key desc` pairs for the status bar of a mode, in the order given.
pub fn hints(mode: Mode, actions: &[Action]) -> Vec<(String, &'static str)> {
    actions
        .iter()
        .filter_map(|a| {
            let bind = bindings().iter().find(|b| b.modes.contains(&mode) && b.action == *a)?;
            Some((key_label(bind.key), bind.desc))
        })
        .collect()
}

/// Whether an action in a mode changes the account: its hint is left out while the
/// account is read-only (the key still answers, saying why nothing changes).
pub fn is_edit(mode: Mode, action: Action) -> bool {
    use Action::*;
    matches!(
        (mode, action),
        (_, Add | Edit | Delete | Undo | Redo | MarkDone | AddFollowUp | EditAccount)
            | (_, AddInfluence | AddReportsTo)
            | (_, KeepOurs | KeepTheirs)
            | (Mode::WhatIf | Mode::ImportPreview, Submit)
            | (Mode::Links | Mode::CoverageEdit, CycleNext | CyclePrev | Submit)
    )
}

/// The hints of the status bar: `key desc` pairs as [`hints`] makes them, except that
/// add, edit and delete of a person, side by side, take one pair (`a e d add, edit,
/// delete`), so that they fit beside a view's own keys at 80 columns.
pub fn status_hints(mode: Mode, actions: &[Action]) -> Vec<(String, String)> {
    const EDITS: [Action; 3] = [Action::Add, Action::Edit, Action::Delete];
    let mut out = Vec::new();
    let mut rest = actions;
    while let Some(first) = rest.first() {
        let keys: Vec<String> = EDITS.iter().filter_map(|a| key_for(mode, *a).map(key_label)).collect();
        if rest.starts_with(&EDITS) && PERSON_VIEWS.contains(&mode) && keys.len() == EDITS.len() {
            out.push((keys.join(" "), "add, edit, delete".to_string()));
            rest = &rest[EDITS.len()..];
            continue;
        }
        out.extend(hints(mode, &[*first]).into_iter().map(|(k, d)| (k, d.to_string())));
        rest = &rest[1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(c, m)
    }

    #[test]
    fn the_issue_default_keys_are_bound() {
        let p = Mode::People;
        assert_eq!(lookup(p, press(KeyCode::Char('j'), NONE)), Some(Action::Down));
        assert_eq!(lookup(p, press(KeyCode::Char('z'), CTRL)), Some(Action::Undo));
        assert_eq!(lookup(p, press(KeyCode::Char('y'), CTRL)), Some(Action::Redo));
        assert_eq!(lookup(p, press(KeyCode::Char('S'), KeyModifiers::SHIFT)), Some(Action::SortReverse));
        assert_eq!(lookup(p, press(KeyCode::Char('1'), NONE)), Some(Action::ShowView(AccountView::People)));
        assert_eq!(lookup(Mode::AccountList, press(KeyCode::Char('n'), NONE)), Some(Action::Add));
    }

    #[test]
    fn views_keep_their_number_keys_and_have_their_own_moves() {
        let show = |m: Mode, c: char| lookup(m, press(KeyCode::Char(c), NONE));
        for m in [Mode::People, Mode::OrgChart, Mode::Coverage] {
            assert_eq!(show(m, '2'), Some(Action::ShowView(AccountView::OrgChart)));
            assert_eq!(show(m, '4'), Some(Action::ShowView(AccountView::Coverage)));
            assert_eq!(show(m, 'u'), Some(Action::Undo));
        }
        assert_eq!(lookup(Mode::OrgChart, press(KeyCode::Left, NONE)), Some(Action::Left));
        assert_eq!(lookup(Mode::OrgChart, press(KeyCode::Enter, NONE)), Some(Action::ToggleFold));
        assert_eq!(show(Mode::OrgChart, '-'), Some(Action::CollapseAll));
        assert_eq!(lookup(Mode::Coverage, press(KeyCode::Right, NONE)), Some(Action::Right));
        for m in [Mode::OrgChart, Mode::Influence, Mode::Coverage, Mode::Pull] {
            assert_eq!(show(m, 'a'), Some(Action::Add), "a adds a person in {m:?} too");
            assert_eq!(show(m, 'e'), Some(Action::Edit));
            assert_eq!(show(m, 'd'), Some(Action::Delete));
        }
        assert_eq!(show(Mode::WhatIf, 'd'), None, "a what-if changes nothing but the scenario");
        assert_eq!(show(Mode::People, '3'), Some(Action::ShowView(AccountView::Influence)));
        assert_eq!(show(Mode::Influence, '1'), Some(Action::ShowView(AccountView::People)));
        assert_eq!(show(Mode::Influence, 'u'), Some(Action::Undo));
        assert_eq!(lookup(Mode::Influence, press(KeyCode::Left, NONE)), Some(Action::Left));
        assert_eq!(show(Mode::Influence, 'j'), Some(Action::Down));
    }

    #[test]
    fn text_fields_take_any_character_but_keep_their_bindings() {
        let f = Mode::Form;
        assert_eq!(lookup(f, press(KeyCode::Char('q'), NONE)), Some(Action::Insert('q')));
        assert_eq!(lookup(f, press(KeyCode::Char('Ж'), KeyModifiers::SHIFT)), Some(Action::Insert('Ж')));
        assert_eq!(lookup(f, press(KeyCode::Enter, NONE)), Some(Action::Submit));
        assert_eq!(lookup(f, press(KeyCode::Char('z'), CTRL)), None);
        assert_eq!(
            lookup(Mode::FormRoles, press(KeyCode::Char('n'), NONE)),
            Some(Action::ToggleRole(Role::Initiator))
        );
        assert_eq!(lookup(Mode::FormRoles, press(KeyCode::Char('x'), NONE)), None);
    }

    #[test]
    fn no_key_means_two_things_in_one_mode() {
        let all = bindings();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                let shared = a.modes.iter().any(|m| b.modes.contains(m));
                assert!(!(shared && a.key == b.key), "{:?} is bound twice: {} / {}", a.key, a.desc, b.desc);
            }
        }
    }

    #[test]
    fn hints_show_the_real_key() {
        let h = hints(Mode::People, &[Action::Undo, Action::Search]);
        assert_eq!(h, [("u".to_string(), "undo"), ("/".to_string(), "search")]);
        assert_eq!(key_label(ctrl('z')), "Ctrl-z");
    }
}
