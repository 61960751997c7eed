//! The one table of key bindings: `(mode, key) -> action`, each with a group and a
//! description. Key handling, the help overlay and the hints in the status bar all
//! read this table, so what the screen says is always what the keys do.

use super::action::Action;
use super::views::AccountView;
use crate::model::Role;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::sync::{LazyLock, OnceLock};

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
    /// The Deals view of an open account: its deals, one of which can be the lens.
    Deals,
    /// The account plan of an open account.
    Plan,
    /// The power-interest grid of an open account.
    Grid,
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
    Mode::Deals,
    Mode::Plan,
    Mode::Grid,
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
    Mode::Deals,
    Mode::Plan,
    Mode::Grid,
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
    Mode::Deals,
    Mode::Plan,
    Mode::Grid,
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
    Mode::Deals,
    Mode::Plan,
    Mode::Grid,
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
    Mode::Deals,
    Mode::Plan,
    Mode::Grid,
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
const PERSON_VIEWS: &[Mode] =
    &[Mode::People, Mode::OrgChart, Mode::Influence, Mode::Coverage, Mode::Pull, Mode::Grid];

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
/// The first binding of an action in a mode is the one hints show. Groups and
/// descriptions are in this thread's language (see [`words`]).
pub fn bindings() -> &'static [Binding] {
    static DEFAULT: [OnceLock<Vec<Binding>>; 2] = [OnceLock::new(), OnceLock::new()];
    static OVERRIDDEN: [OnceLock<Vec<Binding>>; 2] = [OnceLock::new(), OnceLock::new()];
    match INSTALLED.get() {
        Some(table) => localised(&OVERRIDDEN, table),
        None => localised(&DEFAULT, default_bindings()),
    }
}

/// The bindings dmu has without a settings file, with message ids for groups and
/// descriptions (what the settings file's keys are applied to).
pub fn default_bindings() -> &'static [Binding] {
    static TABLE: LazyLock<Vec<Binding>> = LazyLock::new(build);
    &TABLE
}

static INSTALLED: OnceLock<Vec<Binding>> = OnceLock::new();

/// A table with its ids replaced by the words of this thread's language, made once
/// per language: code outside the keymap reads `group` and `desc` as text to show.
fn localised(cache: &'static [OnceLock<Vec<Binding>>; 2], source: &[Binding]) -> &'static [Binding] {
    let lang = crate::i18n::lang();
    let slot = &cache[crate::i18n::Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    slot.get_or_init(|| {
        let word = |id| words(id);
        source.iter().map(|b| Binding { group: word(b.group), desc: word(b.desc), ..b.clone() }).collect()
    })
}

/// The words of a group or description id in this thread's language. A row another
/// area wrote in English words rather than an id ("next field", "General") takes the
/// words of the key message that reads so in English, so that it joins its heading in
/// every language; other text is shown as it is written.
pub fn words(id: &'static str) -> &'static str {
    use crate::i18n::{Lang, has_message, lang};
    use std::collections::HashMap;
    use std::sync::Mutex;
    static MADE: LazyLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = LazyLock::new(Mutex::default);
    let key = if has_message(lang(), id) { Some(id) } else { id_of_english(id) };
    let Some(key) = key else { return id };
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    // Leaked once per id and language: a few hundred short strings for the process.
    made.entry((lang(), id)).or_insert_with(|| Box::leak(crate::i18n::tr(key).into_boxed_str()))
}

/// The id of the key message whose English words are `text`, if one is.
fn id_of_english(text: &str) -> Option<&'static str> {
    use crate::i18n::{Lang, message_ids, tr_in};
    static BY_ENGLISH: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
        let ids = message_ids(Lang::En, "tui-keys.ftl");
        ids.into_iter().map(|id| (tr_in(Lang::En, &id, &[]), &*Box::leak(id.into_boxed_str()))).collect()
    });
    BY_ENGLISH.iter().find(|(en, _)| en == text).map(|(_, id)| *id)
}

/// Puts a table in force for the rest of the process (once; false if one already is).
pub(in crate::tui) fn install(table: Vec<Binding>) -> bool {
    INSTALLED.set(table).is_ok()
}

fn build() -> Vec<Binding> {
    use Action::*;
    let (nav, general, acc, ppl, form, ask) = (
        "tui-keys-group-moving",
        "tui-keys-group-general",
        "tui-keys-group-account-list",
        "tui-keys-group-people",
        "tui-keys-group-forms-and-search",
        "tui-keys-group-questions",
    );
    let (org, cov, map) =
        ("tui-keys-group-org-chart", "tui-keys-group-coverage", "tui-keys-group-influence-map");
    let find = "tui-keys-group-finding";
    let person = "tui-keys-group-selected-person";
    let mut t = vec![
        b(MOVES, code(KeyCode::Up), Action::Up, nav, "tui-keys-move-up"),
        b(LISTS, ch('k'), Action::Up, nav, "tui-keys-move-up"),
        b(MOVES, code(KeyCode::Down), Action::Down, nav, "tui-keys-move-down"),
        b(LISTS, ch('j'), Action::Down, nav, "tui-keys-move-down"),
        b(MOVES, code(KeyCode::PageUp), Action::PageUp, nav, "tui-keys-page-up"),
        b(MOVES, code(KeyCode::PageDown), Action::PageDown, nav, "tui-keys-page-down"),
        b(LISTS, code(KeyCode::Home), Top, nav, "tui-keys-first-row"),
        b(LISTS, code(KeyCode::End), Bottom, nav, "tui-keys-last-row"),
        b(&[Mode::AccountList, Mode::People], code(KeyCode::Enter), Open, nav, "tui-keys-open-edit"),
        b(PEOPLE, code(KeyCode::Tab), SwitchPane, nav, "tui-keys-switch-pane"),
        b(BROWSE, ch('?'), Action::Help, general, "tui-keys-help"),
        b(VIEWS, code(KeyCode::Esc), Back, general, "tui-keys-back"),
        b(BROWSE, ch('q'), Quit, general, "tui-keys-quit"),
        b(BROWSE, ctrl('c'), Quit, general, "tui-keys-quit"),
        b(VIEWS, ch('A'), EditAccount, general, "tui-keys-account-details"),
        b(VIEWS, ch('R'), ReopenForEditing, general, "tui-keys-reopen-for-editing"),
        b(VIEWS, ch('u'), Undo, general, "tui-keys-undo"),
        b(VIEWS, ctrl('z'), Undo, general, "tui-keys-undo"),
        b(VIEWS, ctrl('r'), Redo, general, "tui-keys-redo"),
        b(VIEWS, ctrl('y'), Redo, general, "tui-keys-redo"),
        b(ACC, ch('a'), Add, acc, "tui-keys-new-account"),
        b(ACC, ch('n'), Add, acc, "tui-keys-new-account"),
        b(ACC, ch('r'), Rename, acc, "tui-keys-rename"),
        b(ACC, ch('d'), Delete, acc, "tui-keys-delete-to-trash"),
        b(PERSON_VIEWS, ch('a'), Add, person, "tui-keys-add-person"),
        b(PERSON_VIEWS, ch('e'), Edit, person, "tui-keys-edit-person"),
        b(PERSON_VIEWS, ch('d'), Delete, person, "tui-keys-delete-person"),
        b(PEOPLE, ch('/'), Search, ppl, "tui-keys-search"),
        b(PEOPLE, ch('s'), SortNext, ppl, "tui-keys-sort-by-next-column"),
        b(PEOPLE, ch('S'), SortReverse, ppl, "tui-keys-reverse-sort"),
        b(ORG, code(KeyCode::Left), Left, org, "tui-keys-fold-or-go-up"),
        b(ORG, ch('h'), Left, org, "tui-keys-fold-or-go-up"),
        b(ORG, code(KeyCode::Right), Right, org, "tui-keys-open-or-go-down"),
        b(ORG, ch('l'), Right, org, "tui-keys-open-or-go-down"),
        b(ORG, code(KeyCode::Enter), ToggleFold, org, "tui-keys-fold-or-open"),
        b(ORG, ch(' '), ToggleFold, org, "tui-keys-fold-or-open"),
        b(ORG, ch('+'), ExpandAll, org, "tui-keys-open-all"),
        b(ORG, ch('-'), CollapseAll, org, "tui-keys-fold-all"),
        b(COVERAGE, code(KeyCode::Left), Left, cov, "tui-keys-previous-member"),
        b(COVERAGE, ch('h'), Left, cov, "tui-keys-previous-member"),
        b(COVERAGE, code(KeyCode::Right), Right, cov, "tui-keys-next-member"),
        b(COVERAGE, ch('l'), Right, cov, "tui-keys-next-member"),
        b(INFLUENCE, code(KeyCode::Left), Left, map, "tui-keys-move-left"),
        b(INFLUENCE, ch('h'), Left, map, "tui-keys-move-left"),
        b(INFLUENCE, code(KeyCode::Right), Right, map, "tui-keys-move-right"),
        b(INFLUENCE, ch('l'), Right, map, "tui-keys-move-right"),
    ];
    for v in AccountView::ALL {
        t.push(b(VIEWS, ch(v.key()), ShowView(*v), "tui-keys-group-views", view_desc(*v)));
    }
    t.extend([
        b(FORMS, code(KeyCode::Tab), NextField, form, "tui-keys-next-field"),
        b(FORMS, code(KeyCode::Down), NextField, form, "tui-keys-next-field"),
        b(FORMS, code(KeyCode::BackTab), PrevField, form, "tui-keys-previous-field"),
        b(
            FORMS,
            Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT),
            PrevField,
            form,
            "tui-keys-previous-field",
        ),
        b(FORMS, code(KeyCode::Up), PrevField, form, "tui-keys-previous-field"),
        b(FORMS, code(KeyCode::Enter), Submit, form, "tui-keys-save"),
        b(&[Mode::Search], code(KeyCode::Enter), Submit, form, "tui-keys-keep-filter"),
        b(
            &[Mode::Form, Mode::FormRoles, Mode::FormChoice, Mode::Search],
            code(KeyCode::Esc),
            Back,
            form,
            "tui-keys-cancel",
        ),
        b(TEXT, code(KeyCode::Left), CursorLeft, form, "tui-keys-cursor-left"),
        b(TEXT, code(KeyCode::Right), CursorRight, form, "tui-keys-cursor-right"),
        b(TEXT, code(KeyCode::Home), CursorHome, form, "tui-keys-start-of-field"),
        b(TEXT, code(KeyCode::End), CursorEnd, form, "tui-keys-end-of-field"),
        b(TEXT, code(KeyCode::Backspace), DeleteBack, form, "tui-keys-delete-before-cursor"),
        b(TEXT, code(KeyCode::Delete), DeleteForward, form, "tui-keys-delete-at-cursor"),
        b(TEXT, Key::AnyChar, Insert(' '), form, "tui-keys-type-text"),
    ]);
    for r in Role::ALL {
        let key = ch(r.badge().to_ascii_lowercase());
        t.push(b(&[Mode::FormRoles], key, ToggleRole(*r), form, role_desc(*r)));
    }
    t.extend([
        b(&[Mode::FormChoice], ch(' '), CycleNext, form, "tui-keys-next-stance"),
        b(&[Mode::FormChoice], code(KeyCode::Right), CycleNext, form, "tui-keys-next-stance"),
        b(&[Mode::FormChoice], code(KeyCode::Left), CyclePrev, form, "tui-keys-previous-stance"),
        b(&[Mode::FormChoice], Key::AnyLetter, Insert(' '), form, LETTERS),
        b(&[Mode::FormFindable], Key::AnyLetter, Insert(' '), find, "tui-keys-find-by-name-any-script"),
        b(FIND, Key::AnyChar, Insert(' '), find, "tui-keys-find-by-name-any-script"),
        b(FIND, code(KeyCode::Backspace), DeleteBack, find, "tui-keys-edit-what-you-typed"),
        b(FIND, code(KeyCode::Right), CycleNext, find, "tui-keys-next-match"),
        b(FIND, code(KeyCode::Left), CyclePrev, find, "tui-keys-previous-match"),
        b(FIND, code(KeyCode::Enter), Submit, find, "tui-keys-take-the-match"),
        b(FIND, code(KeyCode::Tab), NextField, find, "tui-keys-take-it-next-field"),
        b(FIND, code(KeyCode::Down), NextField, find, "tui-keys-take-it-next-field"),
        b(FIND, code(KeyCode::BackTab), PrevField, find, "tui-keys-take-it-previous-field"),
        b(
            FIND,
            Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT),
            PrevField,
            find,
            "tui-keys-take-it-previous-field",
        ),
        b(FIND, code(KeyCode::Up), PrevField, find, "tui-keys-take-it-previous-field"),
        b(FIND, code(KeyCode::Esc), Back, find, "tui-keys-drop-what-you-typed"),
        b(&[Mode::Confirm], ch('y'), Yes, ask, "tui-keys-yes"),
        b(&[Mode::Confirm], code(KeyCode::Enter), Yes, ask, "tui-keys-yes"),
        b(&[Mode::Confirm], ch('n'), Back, ask, "tui-keys-no"),
        b(&[Mode::Confirm, Mode::Recovery], code(KeyCode::Esc), Back, ask, "tui-keys-cancel-later"),
        b(DISCARD, ch('y'), Yes, ask, "tui-keys-discard-your-changes"),
        b(DISCARD, ch('n'), Back, ask, "tui-keys-keep-editing"),
        b(DISCARD, code(KeyCode::Esc), Back, ask, "tui-keys-keep-editing"),
        b(&[Mode::Conflict], ch('r'), Reload, ask, "tui-keys-conflict-reload"),
        b(&[Mode::Conflict], ch('c'), SaveCopy, ask, "tui-keys-conflict-save-copy"),
        b(&[Mode::Conflict], code(KeyCode::Esc), Back, ask, "tui-keys-conflict-later"),
        b(&[Mode::Recovery], ch('r'), Restore, ask, "tui-keys-restore-unsaved-edits"),
        b(&[Mode::Recovery], code(KeyCode::Enter), Restore, ask, "tui-keys-restore-unsaved-edits"),
        b(&[Mode::Recovery], ch('x'), Discard, ask, "tui-keys-discard-to-trash"),
        b(&[Mode::Unsaved], ch('w'), WriteElsewhere, ask, "tui-keys-unsaved-write-elsewhere"),
        b(&[Mode::Unsaved], ch('Q'), LoseEdits, ask, "tui-keys-unsaved-lose-edits"),
        b(&[Mode::Unsaved], code(KeyCode::Esc), Back, ask, "tui-keys-stay-the-edits-stay-in-memory"),
        b(&[Mode::Help], code(KeyCode::Up), Action::Up, general, "tui-keys-scroll"),
        b(&[Mode::Help], code(KeyCode::Down), Action::Down, general, "tui-keys-scroll"),
        b(&[Mode::Help], code(KeyCode::PageUp), Action::PageUp, general, "tui-keys-scroll-a-page"),
        b(&[Mode::Help], code(KeyCode::PageDown), Action::PageDown, general, "tui-keys-scroll-a-page"),
        b(&[Mode::Help], code(KeyCode::Home), Top, general, "tui-keys-to-the-top-of-the-help"),
        b(&[Mode::Help], code(KeyCode::End), Bottom, general, "tui-keys-to-the-end-of-the-help"),
        b(&[Mode::Help], code(KeyCode::Esc), Back, general, "tui-keys-close-help"),
        b(&[Mode::Help], ch('?'), Back, general, "tui-keys-close-help"),
        b(&[Mode::Help], ch('q'), Back, general, "tui-keys-close-help"),
    ]);
    t.extend(super::relations::keys::bindings());
    t.extend(pull_bindings());
    t.extend(super::portfolio_keys::bindings());
    t.extend(history_bindings());
    t.extend(super::plan_grid_keys::bindings());
    t.extend(super::sync_keys::bindings());
    t.extend(super::importing::keys::bindings());
    t.extend(super::deals_keys::bindings());
    if std::env::var_os("DMU_TEST_PANIC").is_some_and(|v| v == "1") {
        // Test-only: lets the end-to-end tests prove panic recovery on the real binary.
        t.push(b(VIEWS, code(KeyCode::F(12)), TestPanic, general, "panic (test only)"));
    }
    t
}

/// What letters do on a field that picks one of a few choices.
pub(in crate::tui) const LETTERS: &str = "tui-keys-pick-by-first-letters";

/// The keys of the Pull view and its what-if scenarios.
fn pull_bindings() -> Vec<Binding> {
    use Action::*;
    const PULLS: &[Mode] = &[Mode::Pull, Mode::WhatIf];
    const PULL: &[Mode] = &[Mode::Pull];
    const WHAT_IF: &[Mode] = &[Mode::WhatIf];
    let (pull, what) = ("tui-keys-group-pull-view", "tui-keys-group-what-if");
    vec![
        b(PULLS, code(KeyCode::Left), PrevStage, pull, "tui-keys-previous-stage"),
        b(PULLS, code(KeyCode::Right), NextStage, pull, "tui-keys-next-stage"),
        b(PULLS, code(KeyCode::Tab), SwitchPane, pull, "tui-keys-next-panel"),
        b(PULL, ch('w'), WhatIf, pull, "tui-keys-what-if-on-selected"),
        b(PULLS, ch('m'), ToggleModel, pull, "tui-keys-model-weights"),
        b(WHAT_IF, ch(' '), TakeStep, what, "tui-keys-take-the-suggested-step"),
        b(WHAT_IF, ch('+'), RaiseStance, what, "tui-keys-raise-stance"),
        b(WHAT_IF, ch('='), RaiseStance, what, "tui-keys-raise-stance"),
        b(WHAT_IF, ch('-'), LowerStance, what, "tui-keys-lower-stance"),
        b(WHAT_IF, ch('c'), CycleCoverage, what, "tui-keys-coverage"),
        b(WHAT_IF, ch('t'), NextMember, what, "tui-keys-team-member-for-c"),
        b(WHAT_IF, code(KeyCode::Enter), Submit, what, "tui-keys-apply-undoable"),
        b(WHAT_IF, ch('A'), Submit, what, "tui-keys-apply-undoable"),
        b(WHAT_IF, code(KeyCode::Esc), Back, what, "tui-keys-leave-unchanged"),
        b(WHAT_IF, ch('?'), Action::Help, what, "tui-keys-help"),
        b(WHAT_IF, ctrl('c'), Quit, what, "tui-keys-quit-the-scenario-is-dropped"),
    ]
}

/// The keys of the Changes view and of the question who the rep is.
fn history_bindings() -> Vec<Binding> {
    use Action::*;
    const CHANGES: &[Mode] = &[Mode::Changes];
    const ASK: &[Mode] = &[Mode::AskUser];
    let (changes, ask) = ("tui-keys-group-changes-view", "tui-keys-group-who-you-are");
    vec![
        b(CHANGES, code(KeyCode::Enter), Open, changes, "tui-keys-go-to-the-person"),
        b(CHANGES, ch('s'), ChangesSince, changes, "tui-keys-changes-since"),
        b(ASK, code(KeyCode::Enter), Submit, ask, "tui-keys-thats-me-kept-in-the-settings"),
        b(ASK, code(KeyCode::Tab), CycleNext, ask, "tui-keys-next-name-from-the-team"),
        b(ASK, code(KeyCode::Down), CycleNext, ask, "tui-keys-next-name-from-the-team"),
        b(ASK, code(KeyCode::BackTab), CyclePrev, ask, "tui-keys-previous-name-from-the-team"),
        b(
            ASK,
            Key::Press(KeyCode::BackTab, KeyModifiers::SHIFT),
            CyclePrev,
            ask,
            "tui-keys-previous-name-from-the-team",
        ),
        b(ASK, code(KeyCode::Up), CyclePrev, ask, "tui-keys-previous-name-from-the-team"),
        b(ASK, code(KeyCode::Esc), Back, ask, "tui-keys-skip-for-this-session"),
    ]
}

/// The name of a view in the help (the tab's own name is the views area's).
fn view_desc(v: AccountView) -> &'static str {
    match v {
        AccountView::People => "tui-keys-view-people",
        AccountView::OrgChart => "tui-keys-view-org-chart",
        AccountView::Influence => "tui-keys-view-influence",
        AccountView::Coverage => "tui-keys-view-coverage",
        AccountView::Pull => "tui-keys-view-pull",
        AccountView::FollowUps => "tui-keys-view-follow-ups",
        AccountView::Changes => "tui-keys-view-changes",
        AccountView::Deals => "deals-keys-view",
        AccountView::Plan => "plan-keys-view",
        AccountView::Grid => "grid-keys-view",
    }
}

/// The help line for a role's toggle key.
fn role_desc(r: Role) -> &'static str {
    match r {
        Role::User => "tui-keys-toggle-user",
        Role::Influencer => "tui-keys-toggle-influencer",
        Role::Decider => "tui-keys-toggle-decider",
        Role::Payer => "tui-keys-toggle-payer",
        Role::Buyer => "tui-keys-toggle-buyer",
        Role::Gatekeeper => "tui-keys-toggle-gatekeeper",
        Role::Initiator => "tui-keys-toggle-initiator",
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
    lookup_in(bindings(), mode, key)
}

/// [`lookup`] in a given table (the one in force, or one a test built).
pub(in crate::tui) fn lookup_in(all: &[Binding], mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let (code, mods) = normalise(key);
    let table = all.iter().filter(|b| b.modes.contains(&mode));
    let bound = |code: KeyCode| table.clone().find(|b| b.key == Key::Press(code, mods)).map(|b| b.action);
    if let Some(action) = bound(code) {
        return Some(action);
    }
    if let Some(action) = as_latin(all, mode, code).and_then(bound) {
        return Some(action);
    }
    match code {
        KeyCode::Char(c) if !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
            let any = |k: Key| table.clone().any(|b| b.key == k);
            (any(Key::AnyChar) || (c.is_alphanumeric() && any(Key::AnyLetter))).then_some(Action::Insert(c))
        }
        _ => None,
    }
}

/// The Latin key under a character the Russian layout typed (`й` is where `q` is), so
/// that commands work without switching the layout. Only where nothing is typed: in a
/// mode that takes text or picks by letters, `й` is the rep's `й`. The key itself is
/// looked up first, so a rep's own binding of `й` (settings file) wins.
fn as_latin(all: &[Binding], mode: Mode, code: KeyCode) -> Option<KeyCode> {
    let KeyCode::Char(c) = code else { return None };
    let typing =
        all.iter().any(|b| matches!(b.key, Key::AnyChar | Key::AnyLetter) && b.modes.contains(&mode));
    if typing {
        return None;
    }
    crate::i18n::layout::latin_for(c).map(KeyCode::Char)
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
        Key::AnyChar => return crate::t!("tui-keys-label-any-char"),
        Key::AnyLetter => return crate::t!("tui-keys-label-any-letter"),
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
            out.push((keys.join(" "), crate::t!("tui-keys-add-edit-delete")));
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

    fn typed(mode: Mode, c: char) -> Option<Action> {
        let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { NONE };
        lookup(mode, press(KeyCode::Char(c), mods))
    }

    #[test]
    fn russian_layout_keys_act_as_the_latin_keys_they_sit_on() {
        assert_eq!(typed(Mode::AccountList, 'й'), Some(Action::Quit));
        assert_eq!(typed(Mode::AccountList, 'о'), Some(Action::Down));
        assert_eq!(typed(Mode::AccountList, 'л'), Some(Action::Up));
        assert_eq!(typed(Mode::People, 'о'), Some(Action::Down));
        assert_eq!(typed(Mode::People, 'у'), Some(Action::Edit));
        assert_eq!(typed(Mode::People, '.'), Some(Action::Search));
        assert_eq!(typed(Mode::People, ','), Some(Action::Help));
        // Shift is kept: Ы is S, the reverse sort; Ctrl too: Ctrl-я is Ctrl-z.
        assert_eq!(typed(Mode::People, 'Ы'), Some(Action::SortReverse));
        assert_eq!(lookup(Mode::People, press(KeyCode::Char('я'), CTRL)), Some(Action::Undo));
        assert_eq!(typed(Mode::Confirm, 'н'), Some(Action::Yes));
    }

    #[test]
    fn russian_letters_are_typed_where_the_rep_types() {
        for mode in [Mode::Form, Mode::Search, Mode::AskUser, Mode::ImportPath, Mode::Picker, Mode::FormFind]
        {
            assert_eq!(typed(mode, 'й'), Some(Action::Insert('й')), "{mode:?}");
            assert_eq!(typed(mode, '.'), Some(Action::Insert('.')), "{mode:?}");
        }
        // Picking by first letters takes the Russian letter as it is, too.
        assert_eq!(typed(Mode::FormChoice, 'н'), Some(Action::Insert('н')));
        assert_eq!(typed(Mode::FormFindable, 'т'), Some(Action::Insert('т')));
    }

    #[test]
    fn a_key_bound_as_typed_comes_before_the_layout() {
        // `ч` is where `x` is; bound itself, it means what it is bound to.
        let mut table = default_bindings().to_vec();
        table.insert(0, b(ACC, ch('ч'), Action::ShowTrash, "tui-keys-group-general", "tui-keys-trash"));
        let key = press(KeyCode::Char('ч'), NONE);
        assert_eq!(lookup_in(&table, Mode::AccountList, key), Some(Action::ShowTrash));
        assert_eq!(lookup_in(default_bindings(), Mode::AccountList, key), None, "x is not bound on the list");
    }

    #[test]
    fn every_group_and_description_is_a_message_in_both_languages() {
        use crate::i18n::{Lang, has_message};
        for bind in default_bindings() {
            for id in [bind.group, bind.desc].into_iter().filter(|id| id.starts_with("tui-keys-")) {
                for l in Lang::ALL {
                    assert!(has_message(*l, id), "{id} is missing in {l:?}");
                }
            }
        }
        let own = |b: &&Binding| !matches!(b.action, Action::TestPanic) && !b.group.contains(' ');
        let ids = default_bindings().iter().filter(own).count();
        assert!(ids > 150, "the TUI's own rows use ids ({ids})");
    }

    #[test]
    fn the_table_in_force_speaks_the_language_of_the_thread() {
        use crate::i18n::{Lang, with_lang};
        let desc = |l| with_lang(l, || hints(Mode::People, &[Action::Undo])[0].1);
        assert_eq!(desc(Lang::En), "undo");
        assert_eq!(desc(Lang::Ru), "отменить");
        let label = with_lang(Lang::Ru, || key_label(Key::AnyChar));
        assert_eq!(label, "ввод");
    }

    #[test]
    fn hints_show_the_real_key() {
        let h = hints(Mode::People, &[Action::Undo, Action::Search]);
        assert_eq!(h, [("u".to_string(), "undo"), ("/".to_string(), "search")]);
        assert_eq!(key_label(ctrl('z')), "Ctrl-z");
    }
}
