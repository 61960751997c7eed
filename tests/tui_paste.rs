//! Pasting, headless: a paste goes into the focused text field of every kind of form,
//! prompt, search and picker as one line of text and runs no command; where no text
//! field has the focus it changes nothing and says so.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{account, message, run, typed};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use dmu::tui::action::Action::*;
use dmu::tui::app::Screen;
use dmu::tui::events::{EventSource, run_loop};
use dmu::tui::keymap::{self, Mode};
use dmu::tui::relations::Editor;
use dmu::tui::relations::links::LinksState;
use dmu::tui::views::AccountView;
use dmu::tui::widgets::dialog::Modal;
use std::collections::VecDeque;

const IGNORED: &str = "Paste goes into a text field; nothing was changed";

#[test]
fn a_paste_in_the_person_form_is_one_line_of_text_and_saves_nothing() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    run(&mut app, &[Open, Add]);
    // As keys, the line break would save the form, then `d` `y` delete the person.
    assert!(app.paste("Meeting notes\ndy"));
    assert!(matches!(app.modal, Some(Modal::Person(_))), "the form is still open");
    assert_eq!(disk.saves.borrow().len(), 0, "nothing was saved");
    assert_eq!(account(&app).people.len(), 14);
    // Up from Name is the note for the history, then Notes: line breaks of every kind
    // and tabs become spaces, control characters (an escape sequence, a bell) are dropped.
    run(&mut app, &[PrevField, PrevField]);
    app.paste("line one\r\nline two\tend\u{1b}[2J\u{7}");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none(), "{}", message(&app));
    let p = account(&app).people.last().unwrap().clone();
    assert_eq!(p.name, "Meeting notes dy");
    assert_eq!(p.notes.as_deref(), Some("line one line two end[2J"));
    assert_eq!(disk.last().unwrap().people.len(), 15, "saved by the rep's Enter, once");
}

#[test]
fn a_paste_goes_in_at_the_cursor_as_typed_text_does() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, Add]);
    typed(&mut app, "Anna Berg");
    for _ in 0.."Berg".len() {
        app.update(CursorLeft);
    }
    app.paste("Maria\n");
    typed(&mut app, "!");
    run(&mut app, &[Submit]);
    assert_eq!(account(&app).people.last().unwrap().name, "Anna Maria !Berg");
}

#[test]
fn a_paste_on_roles_or_stance_changes_nothing_and_says_so() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, Add]);
    typed(&mut app, "Anna");
    run(&mut app, &[NextField, NextField, NextField]);
    assert_eq!(app.mode(), Mode::FormRoles);
    assert!(app.paste("udp"), "the message is news to draw");
    assert_eq!(message(&app), IGNORED);
    run(&mut app, &[NextField]);
    assert_eq!(app.mode(), Mode::FormChoice);
    app.paste(" ");
    assert_eq!(message(&app), IGNORED);
    run(&mut app, &[Submit]);
    let p = account(&app).people.last().unwrap().clone();
    assert_eq!(p.name, "Anna");
    assert!(p.roles.is_empty(), "no role was toggled by the pasted letters");
    assert_eq!(p.stance, dmu::model::Stance::Unknown, "the stance did not move");
}

#[test]
fn a_paste_in_a_list_or_a_question_changes_nothing_and_says_so() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    app.paste("a\n");
    assert!(matches!(app.screen, Screen::Accounts) && app.modal.is_none(), "no prompt, nothing opened");
    assert_eq!(message(&app), IGNORED);

    run(&mut app, &[Open]);
    app.paste("dy\nq");
    assert!(app.modal.is_none(), "no question was asked");
    assert!(!app.should_quit());
    assert_eq!(message(&app), IGNORED);

    run(&mut app, &[Delete]);
    app.paste("y");
    assert!(matches!(app.modal, Some(Modal::Confirm(_))), "still asking");
    assert_eq!(account(&app).people.len(), 14);
    assert_eq!(disk.saves.borrow().len(), 0);
    assert_eq!(message(&app), IGNORED);

    run(&mut app, &[Back, ShowView(AccountView::FollowUps)]);
    app.paste("a");
    assert!(app.modal.is_none());
    assert_eq!(message(&app), IGNORED);
}

#[test]
fn a_paste_names_a_new_account_in_the_prompt() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Add]);
    app.paste("Omega\nSteel");
    let Some(Modal::Prompt(p)) = &app.modal else { panic!("the prompt is open") };
    assert_eq!(p.field.text(), "Omega Steel");
    run(&mut app, &[Submit]);
    assert_eq!(message(&app), "Created Omega Steel");
}

#[test]
fn a_paste_filters_the_search_and_its_line_break_does_not_end_it() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, Search]);
    app.paste("кузн\n");
    let v = &app.open_account().unwrap().people;
    assert!(v.searching, "still typing the query");
    assert_eq!(v.query.text(), "кузн ");
    assert_eq!(v.order().len(), 1);
    assert_eq!(account(&app).people[v.order()[0]].name, "Ольга Кузнецова");
}

#[test]
fn a_paste_narrows_the_link_picker() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, EditLinks, AddInfluence]);
    assert_eq!(app.mode(), Mode::Picker);
    app.paste("поп");
    let Some(Modal::Relations(e)) = &app.modal else { panic!("the links editor is open") };
    let Editor::Links(ed) = e.as_ref() else { panic!("links editor") };
    let LinksState::Pick(_, picker) = &ed.state else { panic!("picking") };
    assert_eq!(picker.query(), "поп");
    assert_eq!(picker.matches().next().map(|i| i.label.as_str()), Some("Анна Попова"));
}

#[test]
fn a_paste_fills_the_follow_up_demand_account_and_team_forms() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, ShowView(AccountView::FollowUps), Add]);
    app.paste("Send the offer\nby Friday");
    run(&mut app, &[NextField]);
    assert_eq!(app.mode(), Mode::FormFindable, "the owner is found by keys, not pasted");
    app.paste("Anna");
    assert_eq!(message(&app), IGNORED);
    run(&mut app, &[Submit]);
    assert_eq!(account(&app).follow_ups.last().unwrap().text, "Send the offer by Friday");

    // Demands: Date, then Text.
    run(&mut app, &[SwitchPane, Add, NextField]);
    app.paste("Wants a\r\n5% discount");
    run(&mut app, &[Submit]);
    assert!(app.modal.is_none(), "{}", message(&app));
    assert_eq!(account(&app).demands.last().unwrap().text, "Wants a 5% discount");

    run(&mut app, &[EditAccount, CursorEnd]);
    app.paste(" Holding\n");
    run(&mut app, &[Submit]);
    assert_eq!(account(&app).name, "Volga Pipe Works Holding");

    run(&mut app, &[ShowView(AccountView::People), EditTeam, Add]);
    app.paste("Иван\tТехник");
    run(&mut app, &[NextField, CycleNext, Submit]);
    assert_eq!(account(&app).team.last().unwrap().name, "Иван Техник");
}

#[test]
fn a_paste_waits_while_the_terminal_is_too_small_as_keys_do() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, Add, Resize(30, 8)]);
    assert!(!app.paste("Anna"));
    run(&mut app, &[Resize(100, 30)]);
    typed(&mut app, "Bo");
    run(&mut app, &[Submit]);
    assert_eq!(account(&app).people.last().unwrap().name, "Bo");
}

/// Events one at a time, then `q`.
struct Script(VecDeque<Event>);

impl EventSource for Script {
    fn read(&mut self) -> std::io::Result<Event> {
        Ok(self.0.pop_front().expect("the script ran out"))
    }
    fn pending(&mut self) -> std::io::Result<bool> {
        Ok(!self.0.is_empty())
    }
}

#[test]
fn a_paste_event_from_the_terminal_reaches_the_field() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut app = app(lib);
    run(&mut app, &[Open]);
    let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let mut script = Script(VecDeque::from([
        key(KeyCode::Char('a')),
        Event::Paste("Meeting notes\ndy".into()),
        key(KeyCode::Enter),
        key(KeyCode::Char('q')),
    ]));
    run_loop(&mut app, &mut script, |_| Ok(())).unwrap();
    assert!(app.should_quit());
    let a = disk.last().expect("the person was saved");
    assert_eq!(a.people.len(), 15);
    assert_eq!(a.people.last().unwrap().name, "Meeting notes dy");
}

#[test]
fn only_modes_that_type_text_take_a_paste() {
    for m in [Mode::Form, Mode::Search, Mode::Picker] {
        assert!(keymap::takes_text(m), "{m:?}");
    }
    let others = [
        Mode::AccountList,
        Mode::People,
        Mode::FollowUps,
        Mode::FormRoles,
        Mode::FormChoice,
        Mode::FormPick,
        Mode::MemberFunction,
        Mode::Confirm,
        Mode::Help,
        Mode::Links,
        Mode::WhatIf,
    ];
    for m in others {
        assert!(!keymap::takes_text(m), "{m:?}");
    }
}

#[test]
fn a_100_kb_paste_goes_into_a_field_whole_and_quickly() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, Add]);
    let text: String = "Meeting notes: Пётр wants the offer by Friday.\n".repeat(2_200);
    assert!(text.len() > 100_000);
    let start = std::time::Instant::now();
    app.paste(&text);
    run(&mut app, &[Submit]);
    let elapsed = start.elapsed();
    let name = &account(&app).people.last().unwrap().name;
    assert_eq!(name.chars().count(), text.chars().count() - 1, "every character, the last break trimmed");
    // Generous for a debug build on a loaded machine; per-character work that grows
    // with the text (as finding the cursor from the start did) takes minutes.
    assert!(elapsed.as_secs_f64() < 5.0, "{elapsed:?}");
}
