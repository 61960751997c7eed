use super::*;
use crate::model::Person;
use ratatui::{Terminal, backend::TestBackend};

const DEMO: &str = include_str!("../../../../assets/demo.json");

fn demo() -> Account {
    serde_json::from_str(DEMO).unwrap()
}

fn draw(a: &Account, view: &OrgChartView, w: u16, h: u16) -> Terminal<TestBackend> {
    let idx = Index::new(a);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let widget = OrgChartWidget { view, account: a, index: &idx, theme: Theme::with_color(true) };
    term.draw(|f| f.render_widget(&widget, f.area())).unwrap();
    term
}

fn view_on(a: &Account, id: &str, page: usize) -> OrgChartView {
    let mut v = OrgChartView::default();
    v.sync(a, &Index::new(a), 1);
    let p = a.people.iter().position(|p| p.id == id).unwrap();
    v.reveal(a, p, page);
    v
}

#[test]
fn demo_at_80x24() {
    let a = demo();
    let v = view_on(&a, "p-ivanov", page_rows(Rect::new(0, 0, 80, 24)));
    insta::assert_snapshot!(draw(&a, &v, 80, 24).backend());
}

#[test]
fn demo_at_160x48_with_a_folded_branch() {
    let a = demo();
    let mut v = view_on(&a, "p-kuznetsova", 40);
    v.apply(&a, OrgCommand::Left, 40);
    v.apply(&a, OrgCommand::Down, 40);
    assert_eq!(
        v.selected_person(),
        a.people.iter().position(|p| p.id == "p-weber"),
        "the folded branch is skipped"
    );
    insta::assert_snapshot!(draw(&a, &v, 160, 48).backend());
}

#[test]
fn the_selection_and_stances_are_styled() {
    let a = demo();
    let v = view_on(&a, "p-ivanov", 20);
    let term = draw(&a, &v, 80, 24);
    let buf = term.backend().buffer();
    let row = v.outline().selected_row() as u16 + 1;
    assert!(buf[(10, row)].modifier.contains(ratatui::style::Modifier::REVERSED));
    let t = Theme::with_color(true);
    let volkov_row = 1; // the top of the chart, drawn with the neutral colour
    let name_x = (0..40).find(|&x| buf[(x, volkov_row)].symbol() == "Д").unwrap();
    assert_eq!(buf[(name_x, volkov_row)].fg, t.stance(crate::model::Stance::Neutral).fg.unwrap());
}

#[test]
fn any_size_draws_without_panicking_and_tiny_ones_say_so() {
    let a = demo();
    let v = view_on(&a, "p-novak", 10);
    for w in 0..=60 {
        for h in 0..=20 {
            draw(&a, &v, w, h);
        }
    }
    draw(&a, &v, 300, 100);
    let small = draw(&a, &v, 23, 10);
    assert!(format!("{:?}", small.backend().buffer()).contains("Terminal too small"));
}

#[test]
fn hostile_names_are_inert_and_deep_branches_keep_names_visible() {
    let mut a = Account::new("a", "A");
    for i in 0..200 {
        a.people.push(Person::new(format!("p{i}"), format!("\u{1b}[31mN{i}")));
        if i > 0 {
            a.links.push(crate::model::Link {
                from: format!("p{i}"),
                to: format!("p{}", i - 1),
                kind: crate::model::LinkKind::ReportsTo,
                strength: None,
                extra: Default::default(),
            });
        }
    }
    let v = view_on(&a, "p199", 20);
    let term = draw(&a, &v, 80, 24);
    let text = format!("{:?}", term.backend().buffer());
    assert!(!text.contains('\u{1b}'));
    assert!(text.contains("N199"), "the deepest name is on screen: {text}");
}

#[test]
fn ten_thousand_people_draw_only_a_screenful() {
    let mut a = Account::new("a", "A");
    for i in 0..10_000 {
        a.people.push(Person::new(format!("p{i:05}"), format!("Person {i:05}")));
        if i > 0 {
            a.links.push(crate::model::Link {
                from: format!("p{i:05}"),
                to: format!("p{:05}", (i - 1) / 4),
                kind: crate::model::LinkKind::ReportsTo,
                strength: None,
                extra: Default::default(),
            });
        }
    }
    let mut v = view_on(&a, "p09999", 40);
    v.apply(&a, OrgCommand::End, 40);
    let term = draw(&a, &v, 120, 42);
    let text = format!("{:?}", term.backend().buffer());
    assert!(text.contains("10000 people"));
    assert_eq!(v.outline().rows().len(), 10_000);
}

#[test]
fn a_second_manager_is_marked_in_the_tree_and_named_in_the_panel() {
    let mut a = demo();
    a.links.push(crate::model::Link {
        from: "p-ivanov".into(),
        to: "p-morozov".into(),
        kind: crate::model::LinkKind::ReportsTo,
        strength: None,
        extra: Default::default(),
    });
    let v = view_on(&a, "p-ivanov", 20);
    let text = format!("{:?}", draw(&a, &v, 100, 24).backend().buffer());
    assert!(text.contains("Пётр Иванов [+1 mgr]"), "{text}");
    assert!(text.contains("Reports to 佐藤 健, Алексей Морозов"), "{text}");
}
