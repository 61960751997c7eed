//! Snapshots of the influence map on the demo account, as a rep sees it.

use dmu::influence_view::InfluenceView;
use dmu::layout::Dir;
use dmu::model::{Account, Index};
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
    t.draw(|f| f.render_widget(v, f.area())).unwrap();
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
