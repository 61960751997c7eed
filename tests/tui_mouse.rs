//! The mouse, fed to the app through the event loop's own entry point
//! (`events::handle`): a click selects the row, card, box, node or cell it lands on
//! and a click on a tab shows that view; the wheel moves the list under the pointer;
//! modals ignore clicks and take the wheel only on their own list. Each click is
//! aimed at where the text was drawn, at 80x24 and at 200x60.

mod common;

use common::doubles::{MemLibrary, app};
use common::drive::{account, message, run};
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use dmu::tui::action::Action::*;
use dmu::tui::app::{App, Screen};
use dmu::tui::events::handle;
use dmu::tui::views::AccountView;
use dmu::tui::views::followups::FollowUpPane;
use dmu::tui::views::people::Pane;
use dmu::tui::widgets::dialog::Modal;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// The app drawn at `w`x`h`, as the terminal would show it.
fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    app.update(Resize(w, h));
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    (&*app).render(buf.area, &mut buf);
    buf
}

/// Where `text` was drawn (its first cell), searching rows from `from_row` down.
fn find_from(buf: &Buffer, text: &str, from_row: u16) -> Option<(u16, u16)> {
    for y in from_row..buf.area.height {
        let mut row = String::new();
        let mut xs = Vec::new();
        for x in 0..buf.area.width {
            for c in buf[(x, y)].symbol().chars() {
                row.push(c);
                xs.push(x);
            }
        }
        if let Some(at) = row.find(text) {
            return Some((xs[row[..at].chars().count()], y));
        }
    }
    None
}

fn find(buf: &Buffer, text: &str) -> (u16, u16) {
    find_from(buf, text, 0).unwrap_or_else(|| panic!("{text} is not on screen"))
}

fn mouse(app: &mut App, kind: MouseEventKind, (x, y): (u16, u16)) -> bool {
    handle(app, Event::Mouse(MouseEvent { kind, column: x, row: y, modifiers: KeyModifiers::NONE }))
}

fn click(app: &mut App, at: (u16, u16)) -> bool {
    mouse(app, MouseEventKind::Down(MouseButton::Left), at)
}

fn person(app: &App, name: &str) -> usize {
    account(app).people.iter().position(|p| p.name == name).unwrap()
}

fn screen(app: &App) -> &dmu::tui::app::AccountScreen {
    app.open_account().expect("an account is open")
}

fn demo_on(view: AccountView) -> App {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, ShowView(view)]);
    a
}

#[test]
fn a_click_selects_the_person_row_under_it_at_any_size() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut a = demo_on(AccountView::People);
        let buf = draw(&mut a, w, h);
        // In the table, not in the selected person's details beside it.
        let klaus = (0..h).find_map(|y| find_from(&buf, "Klaus Weber", y).filter(|&(x, _)| x < 40)).unwrap();
        assert!(click(&mut a, klaus));
        assert_eq!(screen(&a).people.selected_position(), Some(person(&a, "Klaus Weber")), "{w}x{h}");
        // The header and the border select nothing.
        let (x, y) = find(&buf, "Title");
        click(&mut a, (x, y));
        assert_eq!(screen(&a).people.selected_position(), Some(person(&a, "Klaus Weber")));
        // A click in the detail pane gives it the keyboard; one on a row takes it back.
        let buf = draw(&mut a, w, h);
        click(&mut a, find_from(&buf, "Influence ", 1).unwrap());
        assert_eq!(screen(&a).people.focus, Pane::Detail, "{w}x{h}");
        click(&mut a, find(&buf, "Maria Garcia"));
        assert_eq!(screen(&a).people.focus, Pane::Table);
        assert_eq!(screen(&a).people.selected_position(), Some(person(&a, "Maria Garcia")));
    }
}

#[test]
fn a_click_on_a_scrolled_table_selects_the_row_drawn_there() {
    let mut a = demo_on(AccountView::People);
    run(&mut a, &[Resize(80, 24), Bottom]);
    let buf = draw(&mut a, 80, 24);
    // The last people are on screen, the first scrolled off.
    assert!(find_from(&buf, "Дмитрий Волков", 0).is_none());
    let at = find(&buf, "Erik Lindqvist");
    click(&mut a, at);
    assert_eq!(screen(&a).people.selected_position(), Some(person(&a, "Erik Lindqvist")));
    let again = draw(&mut a, 80, 24);
    assert_eq!(find(&again, "Erik Lindqvist"), at, "nothing scrolled");
    assert!(find_from(&again, "Дмитрий Волков", 0).is_none());
}

#[test]
fn a_click_on_a_tab_shows_that_view() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut a = demo_on(AccountView::People);
        let buf = draw(&mut a, w, h);
        // At 80 columns the other views' tabs are their numbers.
        let at = if w == 80 { find(&buf, " 3 ") } else { find(&buf, "3 Influence") };
        assert!(click(&mut a, at));
        assert_eq!(screen(&a).view, AccountView::Influence, "{w}x{h}");
        let buf = draw(&mut a, w, h);
        let at = if w == 80 { find(&buf, " 6 ") } else { find(&buf, "6 Follow-ups") };
        click(&mut a, at);
        assert_eq!(screen(&a).view, AccountView::FollowUps);
    }
}

#[test]
fn a_click_selects_a_follow_up_or_a_demand_and_that_list_gets_the_keyboard() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut a = demo_on(AccountView::FollowUps);
        let buf = draw(&mut a, w, h);
        click(&mut a, find(&buf, "Send the threading trial report"));
        let s = screen(&a);
        let f = s.followups.selected_followup().unwrap();
        assert_eq!(account(&a).follow_ups[f].text, "Send the threading trial report", "{w}x{h}");
        click(&mut a, find(&buf, "Extend payment terms"));
        let s = screen(&a);
        assert_eq!(s.followups.pane, FollowUpPane::Demands);
        let d = s.followups.selected_demand().unwrap();
        assert_eq!(account(&a).demands[d].text, "Extend payment terms to 90 days");
    }
}

#[test]
fn a_click_selects_a_box_a_node_a_cell_and_a_card() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut a = demo_on(AccountView::OrgChart);
        let buf = draw(&mut a, w, h);
        click(&mut a, find(&buf, "Пётр Иванов"));
        assert_eq!(screen(&a).org.selected_person(), Some(person(&a, "Пётр Иванов")), "org {w}x{h}");

        run(&mut a, &[ShowView(AccountView::Influence)]);
        let buf = draw(&mut a, w, h);
        // Someone else whose whole box is on screen (a name, then the detail line).
        let selected = screen(&a).influence.selected_person();
        let (other, (x, y)) = (0..account(&a).people.len())
            .filter(|&i| Some(i) != selected)
            .find_map(|i| {
                let at = find_from(&buf, &account(&a).people[i].name, 1)?;
                (at.1 + 2 < h - 1).then_some((i, at))
            })
            .expect("another box on screen");
        click(&mut a, (x + 1, y + 1));
        assert_eq!(screen(&a).influence.selected_person(), Some(other), "influence {w}x{h}");
        // Beside the boxes, nothing is selected instead.
        click(&mut a, (x, y + 3));
        assert_eq!(screen(&a).influence.selected_person(), Some(other));

        run(&mut a, &[ShowView(AccountView::Coverage)]);
        let buf = draw(&mut a, w, h);
        // The cell of Omar Haddad (technical, 2nd member) in Klaus Weber's row.
        let (_, row) = find(&buf, "Klaus Weber");
        let (col, _) = find(&buf, "Omar Haddad");
        click(&mut a, (col, row));
        let s = screen(&a);
        assert_eq!(s.coverage.selected_person(), Some(person(&a, "Klaus Weber")), "coverage {w}x{h}");
        assert_eq!(s.coverage.selected_member(account(&a)), Some(1));

        run(&mut a, &[ShowView(AccountView::Pull)]);
        let buf = draw(&mut a, w, h);
        let (x, y) = find_from(&buf, "Maria G", 3).expect("Maria Garcia's card");
        click(&mut a, (x, y));
        let s = screen(&a);
        assert_eq!(s.pull.selected_person(), Some(person(&a, "Maria Garcia")), "pull {w}x{h}");
        assert_eq!(s.pull.stage, 0, "the click stepped to the users");
    }
}

#[test]
fn a_click_on_a_fold_marker_folds_the_branch() {
    let mut a = demo_on(AccountView::OrgChart);
    let buf = draw(&mut a, 80, 24);
    let rows = |a: &App| screen(a).org.outline().rows().len();
    let before = rows(&a);
    let (x, y) = find(&buf, "▾");
    click(&mut a, (x, y));
    assert!(rows(&a) < before, "the top branch folded: {} of {before} rows", rows(&a));
    let buf = draw(&mut a, 80, 24);
    click(&mut a, find(&buf, "▸"));
    assert_eq!(rows(&a), before, "and opened again");
}

#[test]
fn the_wheel_moves_the_list_under_the_pointer() {
    let mut a = demo_on(AccountView::People);
    let buf = draw(&mut a, 80, 24);
    let on_table = find(&buf, "Maria Garcia");
    let row = |a: &App| screen(a).people.selected_row();
    assert!(mouse(&mut a, MouseEventKind::ScrollDown, on_table));
    assert!(mouse(&mut a, MouseEventKind::ScrollDown, on_table));
    assert_eq!(row(&a), 2);
    mouse(&mut a, MouseEventKind::ScrollUp, on_table);
    assert_eq!(row(&a), 1);

    // On the follow-ups view, the wheel over the demands moves the demands.
    run(&mut a, &[ShowView(AccountView::FollowUps)]);
    let buf = draw(&mut a, 200, 60);
    let before = screen(&a).followups.selected_demand();
    mouse(&mut a, MouseEventKind::ScrollDown, find(&buf, "Free on-site"));
    let s = screen(&a);
    assert_eq!(s.followups.pane, FollowUpPane::Demands);
    assert_ne!(s.followups.selected_demand(), before);

    // On the portfolio, the wheel moves the accounts.
    run(&mut a, &[Back, Top]);
    let buf = draw(&mut a, 80, 24);
    let (_, head) = find(&buf, "Tier");
    mouse(&mut a, MouseEventKind::ScrollDown, find_from(&buf, ".json", head).unwrap());
    assert_eq!(a.accounts.selected_row(), 1);
}

/// Where `text` is in the portfolio's table (under its header, not in the flags).
fn in_table(buf: &Buffer, text: &str) -> (u16, u16) {
    let (_, head) = find(buf, "Tier");
    find_from(buf, text, head + 1).unwrap_or_else(|| panic!("{text} is not in the table"))
}

#[test]
fn on_the_portfolio_a_click_selects_and_a_second_click_opens() {
    let mut a = app(MemLibrary::with_demo());
    let buf = draw(&mut a, 80, 24);
    run(&mut a, &[Top]);
    let first = a.accounts.selected().unwrap().slug.clone();
    let (other, text) =
        if first == "broken" { ("volga-pipe-works", "Volga Pipe Works") } else { ("broken", "broken.json") };
    click(&mut a, in_table(&buf, text));
    assert_eq!(a.accounts.selected().unwrap().slug, other);
    assert!(matches!(a.screen, Screen::Accounts), "one click only selects");
    let buf = draw(&mut a, 80, 24);
    click(&mut a, in_table(&buf, "broken.json"));
    click(&mut a, in_table(&buf, "broken.json"));
    assert!(message(&a).contains("does not load"), "{}", message(&a));
    let buf = draw(&mut a, 80, 24);
    click(&mut a, in_table(&buf, "Volga Pipe Works"));
    assert!(matches!(a.screen, Screen::Accounts));
    click(&mut a, in_table(&buf, "Volga Pipe Works"));
    assert!(a.open_account().is_some(), "the second click opens the account");
}

#[test]
fn clicks_in_a_modal_do_nothing_and_the_wheel_moves_only_its_list() {
    let mut a = demo_on(AccountView::People);
    let buf = draw(&mut a, 80, 24);
    let row = find(&buf, "Klaus Weber");
    let before = screen(&a).people.selected_position();
    // The person form: a click under it and the wheel leave the form as it was.
    run(&mut a, &[Edit]);
    let form = draw(&mut a, 80, 24);
    assert!(!click(&mut a, row));
    assert!(!mouse(&mut a, MouseEventKind::ScrollDown, row));
    assert!(matches!(a.modal, Some(Modal::Person(_))));
    assert_eq!(draw(&mut a, 80, 24), form, "the form did not change");
    run(&mut a, &[Back]);
    assert_eq!(screen(&a).people.selected_position(), before);
    // The help scrolls with the wheel and ignores clicks.
    run(&mut a, &[Help]);
    assert!(!click(&mut a, row));
    mouse(&mut a, MouseEventKind::ScrollDown, row);
    mouse(&mut a, MouseEventKind::ScrollDown, row);
    assert!(matches!(a.modal, Some(Modal::Help(2))), "the help scrolled two lines");
    run(&mut a, &[Back]);
    assert_eq!(screen(&a).people.selected_position(), before);
}

#[test]
fn a_too_small_terminal_ignores_the_mouse() {
    let mut a = demo_on(AccountView::People);
    draw(&mut a, 30, 8);
    let before = screen(&a).people.selected_position();
    for y in 0..8 {
        for x in 0..30 {
            assert!(!click(&mut a, (x, y)));
        }
    }
    assert_eq!(screen(&a).people.selected_position(), before);
}

#[test]
fn every_click_and_wheel_anywhere_on_every_view_is_safe() {
    for view in AccountView::ALL {
        for (w, h) in [(40, 10), (80, 24)] {
            let mut a = demo_on(*view);
            for y in (0..h).step_by(2) {
                for x in (0..w).step_by(5) {
                    draw(&mut a, w, h);
                    let kind = match (x + y) % 3 {
                        0 => MouseEventKind::Down(MouseButton::Left),
                        1 => MouseEventKind::ScrollDown,
                        _ => MouseEventKind::ScrollUp,
                    };
                    mouse(&mut a, kind, (x, y));
                    if a.modal.is_some() {
                        run(&mut a, &[Back]);
                    }
                    if a.open_account().is_none() {
                        run(&mut a, &[Open, ShowView(*view)]);
                    }
                }
            }
        }
    }
}

#[test]
fn the_help_says_what_the_mouse_and_a_paste_do() {
    let mut a = common::doubles::app(common::doubles::MemLibrary::with_demo());
    common::drive::run(&mut a, &[dmu::tui::action::Action::Help]);
    let mut seen = String::new();
    for _ in 0..30 {
        seen.push_str(&common::drive::screen(&mut a, 100, 30));
        common::drive::run(&mut a, &[dmu::tui::action::Action::PageDown]);
    }
    for words in ["Mouse and paste", "Shift+drag", "select what is under it"] {
        assert!(seen.contains(words), "the help lacks `{words}`");
    }
}
