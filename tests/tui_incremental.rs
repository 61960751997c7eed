//! Edits patch what the app derives from the account (the index, the people order
//! and column widths) instead of rebuilding it, which keeps a keystroke on a large
//! account cheap; these tests check that the patched state is what a rebuild gives.

mod common;

use common::doubles::{MemLibrary, app, demo};
use dmu::model::{Account, Index, Strength, ops};
use dmu::tui::action::Action::{self, *};
use dmu::tui::app::App;
use dmu::tui::library::Library;
use dmu::tui::session::{Change, RecoverySlot, Session};
use dmu::tui::views::people::PeopleView;

fn session() -> Session {
    let lib = MemLibrary::with_demo();
    let (slug, store, account) = lib.open("/data/accounts/volga-pipe-works.json".as_ref()).unwrap();
    Session::new(slug, account, store, RecoverySlot::default())
}

/// The session's index answers every lookup as a fresh one does.
fn assert_index_fits(s: &Session) {
    let (a, ix, fresh) = (s.account(), s.index(), Index::new(s.account()));
    for p in &a.people {
        assert_eq!(ix.person(&p.id), fresh.person(&p.id), "{}", p.id);
    }
    for m in &a.team {
        assert_eq!(ix.member(&m.id), fresh.member(&m.id), "{}", m.id);
    }
    assert_eq!(ix, &fresh, "the kept index equals a rebuilt one");
}

#[test]
fn each_edit_says_what_it_touched_and_the_index_stays_right() {
    let mut s = session();
    let mut p = s.account().people[3].clone();
    p.title = Some("Chief of Everything".into());
    s.commit(ops::update_person(s.account(), p).unwrap(), "edit").unwrap();
    assert_eq!(s.last_change(), Change::Person(3));
    assert_index_fits(&s);

    s.commit(ops::set_link_strength(s.account(), 0, Strength::Weak).unwrap(), "weaker").unwrap();
    assert_eq!(s.last_change(), Change::NoPeople, "a link's strength is not in the table");
    assert_index_fits(&s);

    let gone = s.account().people[2].id.clone();
    s.commit(ops::delete_person(s.account(), &gone).unwrap(), "delete").unwrap();
    assert_eq!(s.last_change(), Change::Any);
    assert_eq!(s.index().person(&gone), None, "a delete rebuilds the index");
    assert_index_fits(&s);

    for _ in 0..3 {
        s.undo().unwrap();
        assert_index_fits(&s);
    }
    assert_eq!(*s.account(), demo(), "undone back to the start");
    assert_eq!(s.last_change(), Change::Person(3), "undoing a field edit is a field edit too");
}

fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(*a);
    }
}

/// The open account's people view against one computed from scratch.
fn assert_view_fits(app: &App) {
    let s = app.open_account().unwrap();
    let a: &Account = s.session.account();
    let mut fresh = PeopleView::default();
    fresh.query = s.people.query.clone();
    while fresh.sort().0 != s.people.sort().0 {
        fresh.sort_next(a);
    }
    if fresh.sort() != s.people.sort() {
        fresh.sort_reverse(a);
    }
    fresh.sync(a, 0);
    assert_eq!(s.people.order(), fresh.order());
    assert_eq!(s.people.content_widths(), fresh.content_widths());
}

#[test]
fn an_edited_person_moves_to_their_new_row_and_stays_selected() {
    let mut app = app(MemLibrary::with_demo());
    run(&mut app, &[Open, SortNext]); // by name
    run(&mut app, &[Down, Down, Down, Edit, CursorHome]);
    let id = {
        let s = app.open_account().unwrap();
        s.session.account().people[s.people.selected_position().unwrap()].id.clone()
    };
    // A long name at the front of the alphabet: first row, and the widest name.
    for c in "Aaa Very Long Name Indeed ".chars() {
        app.update(Insert(c));
    }
    run(&mut app, &[Submit]);
    let s = app.open_account().unwrap();
    assert_eq!(s.people.selected_row(), 0, "moved to the top");
    assert_eq!(
        s.session.account().people[s.people.selected_position().unwrap()].id,
        id,
        "and still selected"
    );
    assert_view_fits(&app);
    run(&mut app, &[Undo]);
    assert_view_fits(&app);
    let s = app.open_account().unwrap();
    assert_eq!(
        s.session.account().people[s.people.selected_position().unwrap()].id,
        id,
        "undo keeps them selected"
    );
    assert!(s.people.selected_row() > 0, "back in their old place");
}
