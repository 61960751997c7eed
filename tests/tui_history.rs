//! The TUI side of the history, driven by actions: a note typed with an edit reaches
//! its history entry (and undo takes the entry back), the what-if asks for one before
//! it is applied, the person panel's trend of a stance that moved, the Changes view
//! with its starts and Enter to the person, and asking once who the rep is (the answer
//! kept in a settings file). Snapshots of the panel and the view at 80x24 and 160x48.

mod common;

use common::doubles::{MemLibrary, app, demo};
use common::drive::{account, message, run, screen, typed};
use dmu::model::{Account, Conflict, HistoryEntry, Stance};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::Mode;
use dmu::tui::views::AccountView;
use dmu::tui::widgets::dialog::{Modal, PromptFor};
use serde_json::{Value, json};

fn pos(a: &App, id: &str) -> usize {
    account(a).people.iter().position(|p| p.id == id).unwrap()
}

/// The demo opened with the rep known as Anna Berg (on its team: the entries say t-anna).
fn as_anna(lib: MemLibrary) -> App {
    let mut a = app(lib);
    a.user = Some("Anna Berg".into());
    run(&mut a, &[Open]);
    a
}

/// Edits the selected person's stance one step warmer (the cycle's previous value,
/// skeptic → neutral → supporter) through the form, with a note when given.
fn warm_up(a: &mut App, note: Option<&str>) {
    run(a, &[Edit]);
    if let Some(n) = note {
        run(a, &[PrevField]); // from the name, round to the last field: the note
        typed(a, n);
        run(a, &[NextField]);
    }
    // Name -> Title -> Department -> Roles -> Stance.
    run(a, &[NextField, NextField, NextField, NextField, CyclePrev, Submit]);
}

fn entry(
    at: &str,
    by: &str,
    person: &str,
    field: &str,
    from: Value,
    to: Value,
    note: Option<&str>,
) -> HistoryEntry {
    let mut e = HistoryEntry::new(format!("h-{at}-{field}"), at.into(), Some(by.into()));
    e.person = Some(person.into());
    e.field = Some(field.into());
    e.from = Some(from);
    e.to = Some(to);
    e.note = note.map(str::to_string);
    e
}

/// The demo with a history: Ольга Кузнецова warmed from unknown to skeptic to neutral
/// and gained influence; Пётр Иванов's influence rose earlier in the month; 佐藤 健 was
/// added in September; and one conflict a merge left.
fn with_history() -> Account {
    let mut a = demo();
    let olga = a.people.iter_mut().find(|p| p.id == "p-kuznetsova").unwrap();
    olga.stance = Stance::Neutral;
    olga.influence = dmu::model::Influence(4);
    a.history = vec![
        {
            let mut e =
                HistoryEntry::new("h-sato".into(), "2026-09-01T08:00:00Z".into(), Some("t-lena".into()));
            e.person = Some("p-sato".into());
            e.record = Some("people/p-sato".into());
            e.change = Some("added".into());
            e.label = Some("佐藤 健".into());
            e
        },
        entry(
            "2026-11-05T09:30:00Z",
            "t-omar",
            "p-ivanov",
            "influence",
            json!(3),
            json!(4),
            Some("runs the budget now"),
        ),
        entry(
            "2026-11-10T11:00:00Z",
            "t-omar",
            "p-kuznetsova",
            "stance",
            json!("unknown"),
            json!("skeptic"),
            None,
        ),
        entry("2026-11-20T16:45:00Z", "t-anna", "p-kuznetsova", "influence", json!(3), json!(4), None),
        entry(
            "2026-11-26T14:05:00Z",
            "t-anna",
            "p-kuznetsova",
            "stance",
            json!("skeptic"),
            json!("neutral"),
            Some("Backed our proposal at the steering meeting"),
        ),
    ];
    a.conflicts = vec![
        serde_json::from_value::<Conflict>(json!({
            "id": "c-1",
            "path": "people/p-volkov/stance",
            "base": "neutral",
            "ours": "supporter",
            "theirs": "skeptic",
            "kept": "ours",
            "at": "2026-11-25T10:00:00Z"
        }))
        .unwrap(),
    ];
    a
}

fn history_library() -> MemLibrary {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga-pipe-works".into(), Ok(with_history())));
    lib
}

#[test]
fn a_note_from_the_person_form_reaches_the_history_entry_and_undo_takes_it_back() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = as_anna(lib);
    run(&mut a, &[Down]); // Ольга Кузнецова, a skeptic
    warm_up(&mut a, Some("Backed us at the steering meeting"));
    let h = &account(&a).history;
    assert_eq!(h.len(), 1, "{h:?}");
    let e = &h[0];
    assert_eq!((e.person.as_deref(), e.field.as_deref()), (Some("p-kuznetsova"), Some("stance")));
    assert_eq!((e.from.clone(), e.to.clone()), (Some(json!("skeptic")), Some(json!("neutral"))));
    assert_eq!(e.note.as_deref(), Some("Backed us at the steering meeting"));
    assert_eq!(e.by.as_deref(), Some("t-anna"), "the rep, by their team id");
    let p = &account(&a).people[1];
    assert!(p.notes.as_deref().is_none_or(|n| !n.contains("steering")), "the note is not the person's");
    assert_eq!(disk.last().unwrap().history, *h, "saved with the edit");
    run(&mut a, &[Undo]);
    assert!(account(&a).history.is_empty(), "undo takes the entry back with the edit");
    assert_eq!(*account(&a), demo());
    // An edit that records nothing keeps no note.
    run(&mut a, &[Edit, PrevField]);
    typed(&mut a, "just a title");
    run(&mut a, &[NextField, NextField, CursorEnd]);
    typed(&mut a, " (acting)");
    run(&mut a, &[Submit]);
    assert!(account(&a).history.is_empty(), "a title is not judgement: no entry");
}

#[test]
fn the_what_if_asks_for_a_note_and_esc_goes_back_to_it() {
    let mut a = as_anna(MemLibrary::with_demo());
    run(&mut a, &[ShowView(AccountView::Pull), WhatIf, RaiseStance, Submit]);
    assert!(
        matches!(&a.modal, Some(Modal::Prompt(p)) if p.purpose == PromptFor::WhatIfNote),
        "asks for a note first"
    );
    run(&mut a, &[Back]);
    assert_eq!(a.mode(), Mode::WhatIf, "Esc: back to the what-if, the scenario kept");
    assert!(account(&a).history.is_empty());
    run(&mut a, &[Submit]);
    typed(&mut a, "pilot went well");
    run(&mut a, &[Submit]);
    assert!(a.modal.is_none());
    assert_eq!(a.mode(), Mode::Pull, "applied");
    let h = &account(&a).history;
    assert!(!h.is_empty());
    assert!(h.iter().all(|e| e.note.as_deref() == Some("pilot went well")), "{h:?}");
    assert!(message(&a).starts_with("Apply what-if"), "{}", message(&a));
    // Nothing typed: no note.
    run(&mut a, &[Undo, WhatIf, RaiseStance, Submit, Submit]);
    assert!(account(&a).history.iter().all(|e| e.note.is_none()));
}

#[test]
fn the_panel_shows_how_a_stance_that_moved_twice_moved() {
    let mut a = as_anna(MemLibrary::with_demo());
    run(&mut a, &[Down]);
    warm_up(&mut a, None);
    warm_up(&mut a, Some("asked for the pilot"));
    let s = a.open_account().unwrap();
    let j = s.people.history.of("p-kuznetsova").expect("worked out for the selected person");
    let t = j.stance.as_ref().unwrap();
    assert_eq!(t.values, ["skeptic", "neutral", "supporter"]);
    assert_eq!((t.arrow, t.by.as_deref()), (Some("↑"), Some("Anna Berg")));
    assert_eq!(j.entries.len(), 2);
    assert_eq!(j.entries[0].what, "stance neutral → supporter", "newest first");
    assert_eq!(j.entries[0].note.as_deref(), Some("asked for the pilot"));
    let shown = screen(&mut a, 160, 48);
    assert!(shown.contains("skeptic → neutral → supporter ↑"), "{shown}");
    assert!(shown.contains("— \"asked"), "the note, after who: {shown}");
    // Another person: their own history (none), worked out when selected.
    run(&mut a, &[Down]);
    let s = a.open_account().unwrap();
    let j = s.people.history.of(&account(&a).people[2].id).unwrap();
    assert_eq!((j.total, &j.stance), (0, &None));
}

#[test]
fn the_history_is_indexed_once_per_edit_not_per_key() {
    let lib = MemLibrary::default();
    let mut big = with_history();
    for i in 0..2000 {
        let at = format!("2026-10-{:02}T10:00:00Z", 1 + i % 28);
        let mut e = entry(&at, "t-omar", "p-volkov", "influence", json!(3), json!(4), None);
        e.id = format!("h-big-{i}");
        big.history.push(e);
    }
    lib.files.borrow_mut().push(("volga-pipe-works".into(), Ok(big)));
    let mut a = app(lib);
    run(&mut a, &[Open]);
    let j = a.open_account().unwrap().people.history.of("p-volkov").unwrap();
    assert_eq!((j.total, j.entries.len()), (2000, 6), "the panel lists the last few");
    assert_eq!(j.influence.as_ref().unwrap().values, ["3", "4"]);
}

#[test]
fn the_changes_view_lists_entries_since_the_chosen_start_and_enter_jumps_to_the_person() {
    let mut a = app(history_library());
    run(&mut a, &[Open, ShowView(AccountView::Changes)]);
    assert_eq!(a.mode(), Mode::Changes);
    let v = |a: &App| a.open_account().unwrap().changes.clone();
    assert_eq!(v(&a).start().unwrap().text, "2026-11-20, 7 days ago");
    let sentences: Vec<String> = v(&a).sentences().map(str::to_string).collect();
    assert_eq!(
        sentences,
        [
            "Ольга Кузнецова: stance skeptic → neutral (Anna Berg) — \"Backed our proposal at the steering meeting\"",
            "Ольга Кузнецова: influence 3 → 4 (Anna Berg)",
        ]
    );
    assert_eq!(
        v(&a).conflicts(),
        ["stance of Дмитрий Волков: kept supporter (ours), the other was skeptic (theirs)"]
    );
    run(&mut a, &[ChangesSince]);
    assert_eq!(v(&a).len(), 4, "30 days");
    assert!(message(&a).contains("4 entries"), "{}", message(&a));
    run(&mut a, &[ChangesSince]);
    assert_eq!(v(&a).len(), 5, "never synced: everything");
    assert!(message(&a).contains("not synced"), "{}", message(&a));
    run(&mut a, &[ChangesSince]);
    assert_eq!((v(&a).len(), v(&a).start().unwrap().text.as_str()), (5, "the beginning"));
    run(&mut a, &[ChangesSince]);
    assert_eq!(v(&a).len(), 2, "round to 7 days");
    run(&mut a, &[ChangesSince, Bottom]); // 30 days: the oldest is Пётр Иванов's influence
    assert_eq!(v(&a).selected(), 3);
    run(&mut a, &[Open]);
    let s = a.open_account().unwrap();
    assert_eq!(s.view, AccountView::People, "Enter shows the person");
    assert_eq!(s.people.selected_position(), Some(pos(&a, "p-ivanov")));
    // Back in the view, an edit shows at the top at once.
    run(&mut a, &[Edit, NextField, NextField, NextField, NextField, CyclePrev, Submit]);
    run(&mut a, &[ShowView(AccountView::Changes), Top]);
    assert_eq!(v(&a).len(), 5);
    assert!(v(&a).sentences().next().unwrap().starts_with("Пётр Иванов: stance champion"), "newest first");
    run(&mut a, &[Undo]);
    assert_eq!(v(&a).len(), 4, "undo takes it off the list");
}

#[test]
fn an_empty_changes_view_says_since_when_and_how_history_is_made() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, ShowView(AccountView::Changes), Open]);
    assert_eq!(message(&a), "No entry is selected");
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("Nothing changed since 2026-11-20, 7 days ago."), "{s}");
    assert!(s.contains("History is made as you edit"), "{s}");
}

/// A settings file in a fresh folder, holding `text` (absent when `None`).
fn settings_file(text: Option<&str>) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.toml");
    if let Some(t) = text {
        std::fs::write(&path, t).unwrap();
    }
    (dir, path)
}

fn asking(path: &std::path::Path) -> App {
    let mut a = app(MemLibrary::with_demo());
    a.asks_who = true;
    a.settings_file = Some(path.to_path_buf());
    run(&mut a, &[Open, Down]);
    a
}

#[test]
fn the_first_edit_that_records_history_asks_who_you_are_once_and_keeps_the_answer() {
    let (_dir, path) = settings_file(Some("# mine\ncurrency = \"EUR\"\n\n[keys]\nquit = \"Q\"\n"));
    let mut a = asking(&path);
    run(&mut a, &[Edit, NextField, CursorEnd]);
    typed(&mut a, " (acting)");
    run(&mut a, &[Submit]);
    assert!(a.who.is_none(), "a title is no history: nobody asks yet");
    warm_up(&mut a, Some("steering"));
    assert_eq!(a.mode(), Mode::AskUser, "the first entry asks");
    assert!(account(&a).history[0].by.is_none());
    run(&mut a, &[CycleNext, CycleNext]);
    assert_eq!(a.who.as_ref().unwrap().field.text(), "Omar Haddad", "the team's names, offered");
    run(&mut a, &[CyclePrev, Submit]);
    assert!(a.who.is_none());
    assert_eq!(a.user.as_deref(), Some("Anna Berg"));
    let e = &account(&a).history[0];
    assert_eq!(
        (e.by.as_deref(), e.note.as_deref()),
        (Some("t-anna"), Some("steering")),
        "the entry just made"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# mine\ncurrency = \"EUR\"\n\nuser = \"Anna Berg\"\n[keys]\nquit = \"Q\"\n"
    );
    assert!(message(&a).contains("saved as user in"), "{}", message(&a));
    warm_up(&mut a, None);
    assert!(a.who.is_none(), "asked once");
    assert_eq!(account(&a).history[1].by.as_deref(), Some("t-anna"));
    run(&mut a, &[Undo, Undo]);
    assert!(account(&a).history.is_empty(), "the signed entry still goes with its edit");
}

#[test]
fn no_settings_file_gets_one_and_esc_skips_for_the_session() {
    let (dir, path) = settings_file(None);
    let mut a = asking(&path);
    run(&mut a, &[ShowView(AccountView::Changes)]);
    assert_eq!(a.mode(), Mode::AskUser, "the Changes view asks too");
    typed(&mut a, "Jo Free");
    run(&mut a, &[Submit]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "user = \"Jo Free\"\n");
    drop(dir);

    let (_dir, path) = settings_file(None);
    let mut a = asking(&path);
    warm_up(&mut a, None);
    run(&mut a, &[Submit]);
    assert!(a.who.as_ref().unwrap().error.is_some(), "an empty name is refused");
    run(&mut a, &[Back]);
    assert!(a.who.is_none() && a.user.is_none());
    assert!(!path.exists(), "skipped: nothing written");
    warm_up(&mut a, None);
    assert!(a.who.is_none(), "not asked again this session");
    assert!(account(&a).history.iter().all(|e| e.by.is_none()));
}

#[test]
fn a_settings_file_that_cannot_be_written_keeps_the_answer_for_the_session() {
    let (_dir, path) = settings_file(Some("x"));
    let mut a = asking(&path.join("settings.toml")); // a folder under a file
    warm_up(&mut a, None);
    typed(&mut a, "Anna Berg");
    run(&mut a, &[Submit]);
    assert_eq!(a.user.as_deref(), Some("Anna Berg"));
    assert!(message(&a).contains("could not be written"), "{}", message(&a));
    assert_eq!(account(&a).history[0].by.as_deref(), Some("t-anna"));
}

fn panel_app() -> App {
    let mut a = app(history_library());
    run(&mut a, &[Open, Down]); // Ольга Кузнецова
    a
}

#[test]
fn snapshot_the_person_panel_with_a_trend() {
    let mut a = panel_app();
    insta::assert_snapshot!("panel_trend_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[SwitchPane, Down, Down]); // the panel, scrolled to the stance
    insta::assert_snapshot!("panel_trend_80x24", screen(&mut a, 80, 24));
}

#[test]
fn snapshot_the_changes_view() {
    let mut a = app(history_library());
    run(&mut a, &[Open, ShowView(AccountView::Changes), ChangesSince]);
    insta::assert_snapshot!("changes_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[Down]);
    insta::assert_snapshot!("changes_80x24", screen(&mut a, 80, 24));
}

#[test]
fn snapshot_asked_who_you_are() {
    let (_dir, path) = settings_file(None);
    let mut a = asking(&path);
    run(&mut a, &[ShowView(AccountView::Changes)]);
    insta::assert_snapshot!("ask_user_80x24", screen(&mut a, 80, 24));
}

#[test]
fn snapshot_the_note_in_the_form_and_before_a_what_if() {
    let mut a = as_anna(MemLibrary::with_demo());
    run(&mut a, &[Down, Edit, PrevField]);
    typed(&mut a, "Backed us at the steering meeting");
    insta::assert_snapshot!("form_note_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[Back, Yes, ShowView(AccountView::Pull), WhatIf, RaiseStance, Submit]);
    typed(&mut a, "pilot went well");
    insta::assert_snapshot!("what_if_note_80x24", screen(&mut a, 80, 24));
}
