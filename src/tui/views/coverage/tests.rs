use super::*;
use crate::model::TeamMember;
use ratatui::{Terminal, backend::TestBackend};

const DEMO: &str = include_str!("../../../../assets/demo.json");

fn demo() -> Account {
    serde_json::from_str(DEMO).unwrap()
}

fn draw(a: &Account, view: &CoverageView, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let widget = CoverageMatrixWidget { view, account: a, theme: Theme::with_color(true) };
    term.draw(|f| f.render_widget(&widget, f.area())).unwrap();
    term
}

fn view_on(a: &Account, id: &str, area: Rect) -> CoverageView {
    let mut v = CoverageView::default();
    v.sync(a, &Index::new(a), 1);
    let p = a.people.iter().position(|p| p.id == id).unwrap();
    let areas = layout(area, &v);
    v.select_person(a, p, &areas);
    v
}

#[test]
fn demo_at_80x24() {
    let a = demo();
    let area = Rect::new(0, 0, 80, 24);
    let mut v = view_on(&a, "p-lindqvist", area);
    let areas = layout(area, &v);
    v.apply(&a, CoverageCommand::Right, &areas);
    insta::assert_snapshot!(draw(&a, &v, 80, 24).backend());
}

#[test]
fn demo_at_160x48() {
    let a = demo();
    let v = view_on(&a, "p-fedorov", Rect::new(0, 0, 160, 48));
    insta::assert_snapshot!(draw(&a, &v, 160, 48).backend());
}

#[test]
fn a_wide_team_scrolls_sideways_and_keeps_the_selected_member_in_view() {
    let mut a = demo();
    for i in 0..12 {
        a.team.push(TeamMember {
            id: format!("t{i}"),
            name: format!("Member {i}"),
            function: Default::default(),
            extra: Default::default(),
        });
    }
    let area = Rect::new(0, 0, 80, 24);
    let mut v = view_on(&a, "p-ivanov", area);
    let areas = layout(area, &v);
    for _ in 0..14 {
        v.apply(&a, CoverageCommand::Right, &areas);
    }
    assert_eq!(v.selected_member(&a), Some(14));
    let text = format!("{:?}", draw(&a, &v, 80, 24).backend().buffer());
    assert!(text.contains("Member 11"), "{text}");
    assert!(!text.contains("Anna Berg"), "scrolled past the first member");
    assert!(text.contains("of 15"), "the summary says where we are: {text}");
}

#[test]
fn uncovered_and_gaps_stand_out() {
    let a = demo();
    let v = view_on(&a, "p-ivanov", Rect::new(0, 0, 100, 30));
    let term = draw(&a, &v, 100, 30);
    let buf = term.backend().buffer();
    let line = |needle: &str| {
        (0..30u16)
            .find(|&y| (0..100u16).map(|x| buf[(x, y)].symbol()).collect::<String>().contains(needle))
            .unwrap_or_else(|| panic!("{needle} not drawn"))
    };
    let y = line("Виктор Фёдоров");
    let row: String = (0..100u16).map(|x| buf[(x, y)].symbol()).collect();
    assert!(row.contains("uncovered"), "{row}");
    let x = row.find("uncovered").map(|b| row[..b].chars().count() as u16).unwrap();
    assert_eq!(buf[(x, y)].fg, Theme::with_color(true).error().fg.unwrap());
    let gap: String = (0..100u16).map(|x| buf[(x, line("Erik Lindqvist"))].symbol()).collect();
    assert!(gap.contains("tech gap: only sales"), "{gap}");
}

#[test]
fn any_size_draws_without_panicking() {
    let a = demo();
    let v = view_on(&a, "p-novak", Rect::new(0, 0, 40, 12));
    for w in 0..=60 {
        for h in 0..=20 {
            draw(&a, &v, w, h);
        }
    }
    draw(&a, &v, 300, 100);
    let empty = Account::new("e", "E");
    let mut ev = CoverageView::default();
    ev.sync(&empty, &Index::new(&empty), 0);
    let areas = layout(Rect::new(0, 0, 80, 24), &ev);
    ev.apply(&empty, CoverageCommand::End, &areas);
    assert!(format!("{:?}", draw(&empty, &ev, 80, 24).backend().buffer()).contains("No people yet"));
}

#[test]
fn the_selection_follows_the_person_through_an_edit() {
    let mut a = demo();
    let idx = Index::new(&a);
    let mut v = CoverageView::default();
    v.sync(&a, &idx, 1);
    let garcia = a.people.iter().position(|p| p.id == "p-garcia").unwrap();
    let areas = layout(Rect::new(0, 0, 80, 24), &v);
    v.select_person(&a, garcia, &areas);
    a.people.reverse();
    v.sync(&a, &Index::new(&a), 2);
    assert_eq!(v.selected_person().map(|p| a.people[p].id.as_str()), Some("p-garcia"));
}
