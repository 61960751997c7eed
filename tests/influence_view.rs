//! Snapshots of the influence map on the demo account, as a rep sees it.

use dmu::analysis::Stage;
use dmu::model::{Account, Index};
use dmu::tui::theme::Theme;
use dmu::tui::views::influence::{InfluenceCommand, InfluenceView, InfluenceWidget};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn demo() -> Account {
    serde_json::from_str(include_str!("../assets/demo.json")).unwrap()
}

fn view_on(id: &str) -> InfluenceView {
    let a = demo();
    let index = Index::new(&a);
    let mut v = InfluenceView::new(&a, &index);
    v.select(index.person(id).unwrap());
    v
}

fn draw(v: &InfluenceView, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let widget = InfluenceWidget { view: v, theme: Theme::with_color(true) };
    t.draw(|f| f.render_widget(&widget, f.area())).unwrap();
    t
}

#[test]
fn demo_at_80x24_with_the_technical_director_selected() {
    let t = draw(&view_on("p-sato"), 80, 24);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn demo_at_160x48_with_the_technical_director_selected() {
    let t = draw(&view_on("p-sato"), 160, 48);
    insta::assert_snapshot!(t.backend());
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut s = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            // A wide character covers the next cell, which the buffer keeps blank.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            s.push_str(sym);
        }
        s.push('\n');
    }
    s
}

#[test]
fn at_80x24_every_selection_shows_itself_and_everyone_it_links_to() {
    let a = demo();
    let index = Index::new(&a);
    let mut v = InfluenceView::new(&a, &index);
    for (i, p) in a.people.iter().enumerate() {
        v.select(i);
        let text = screen_text(&draw(&v, 80, 24));
        let d = v.drawing();
        for &e in d.edges_of(i) {
            let e = &d.edges[e as usize];
            for end in [e.from, e.to] {
                let name = d.name(&d.boxes[end]);
                assert!(text.contains(name), "selecting {} hides {name}:\n{text}", p.name);
            }
        }
        assert!(text.contains(d.name(&d.boxes[i])), "{}", p.name);
    }
}

#[test]
fn arrow_keys_move_along_the_drawing() {
    let a = demo();
    let index = Index::new(&a);
    let mut v = view_on("p-sato");
    let sato = v.selected_person().unwrap();
    v.apply(InfluenceCommand::Right);
    let right = v.drawing().boxes[v.selected_person().unwrap()].clone();
    assert_eq!(right.column, Stage::Payer);
    v.apply(InfluenceCommand::Left);
    assert_eq!(v.selected_person(), Some(sato), "left undoes right when the rows line up");
    v.apply(InfluenceCommand::Up);
    let up = v.selected_person().unwrap();
    assert_eq!(a.people[up].id, "p-morozov", "the other decider is above");
    v.apply(InfluenceCommand::Up);
    assert_eq!(v.selected_person(), Some(up), "stays put at the top of a column");
    v.apply(InfluenceCommand::Bottom);
    assert_eq!(v.selected_person(), Some(sato), "the technical director is the last decider");
    assert_eq!(index.person("p-morozov"), Some(up));
}

#[test]
fn never_panics_at_any_small_size_and_says_when_it_is_too_small() {
    let views = [
        view_on("p-sato"),
        InfluenceView::new(&Account::new("a", "Empty"), &Index::new(&Account::new("a", "E"))),
    ];
    for v in &views {
        for w in 0..=60 {
            for h in 0..=20 {
                let t = draw(v, w, h);
                if (w, h) == (60, 5) {
                    assert!(screen_text(&t).contains("too small"), "{}", screen_text(&t));
                }
            }
        }
        draw(v, 300, 100);
    }
    assert!(screen_text(&draw(&views[1], 60, 20)).contains("No people"));
}
