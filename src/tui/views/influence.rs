//! The influence map view: a scrolling window onto the account's [`Drawing`], with
//! the selected person's links highlighted. It lays out once per change of the
//! account and then draws only the cells on screen.
//!
//! ```text
//! ◀    Influencers (5)           Deciders (2)            Payers (2)         Other▶
//!     ┌─────────────++─┐  │   ┌──────────────=─┐     ┌──────────────-─┐    ┌──────
//! ─┐  │Пётр Иванов     ├━━╋┳┐ │Алексей Морозов ├┄┄┐  │Ольга Кузнецова │    │Jan No
//!  └┳▶│UI Chief Engine…│  └╋┴▶│UD Production M…│  └┳▶│P Finance Direc…│    │B Proc
//!   ┃ └────────────────┘   ┃  └────────────────┘   ┃ └────────────────┘    └──────
//! ━strong ─medium ┄weak  champion supporter neutral skeptic opponent unknown    ▲
//! ```

mod canvas;
mod legend;

use crate::layout::influence::{BOX_W, Drawing, PersonBox};
use crate::layout::{Dir, Segment, Viewport};
use crate::model::{Account, Index, Stance, Strength};
use crate::tui::theme::Theme;
use canvas::Canvas;
use legend::{header, legend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;

/// The smallest area the map draws in (a box, a channel, the header and legend);
/// below it, it says the terminal is too small.
pub const MIN_SIZE: (u16, u16) = (30, 8);

/// What a key can ask of the influence map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfluenceCommand {
    /// The box above.
    Up,
    /// The box below.
    Down,
    /// The nearest box in the column to the left.
    Left,
    /// The nearest box in the column to the right.
    Right,
    /// The top box of the column.
    Top,
    /// The bottom box of the column.
    Bottom,
}

/// The influence map's state: the drawing of the open account and the selected box.
#[derive(Debug, Clone, Default)]
pub struct InfluenceView {
    drawing: Drawing,
    selected: Option<usize>,
    seen: Option<u64>,
    /// The screen width the boxes were sized for.
    width: u16,
}

impl InfluenceView {
    /// Lays `account` out with the narrowest boxes and selects the top box of the
    /// leftmost column with people.
    pub fn new(account: &Account, index: &Index) -> InfluenceView {
        let mut v = InfluenceView::default();
        v.rebuild(account, index, BOX_W);
        v
    }

    /// Lays the account out again when it changed since the last call (by its
    /// generation), or when a screen `width` columns wide wants other boxes (they
    /// widen with the screen, up to the longest label), keeping the selected person.
    pub fn sync(&mut self, account: &Account, index: &Index, generation: u64, width: u16) {
        let resized = self.width != width;
        self.width = width;
        let screen = width as u32;
        if self.seen != Some(generation) {
            self.seen = Some(generation);
            // The channels between the columns do not depend on the box width, so the
            // drawing before the change sizes the boxes; only when the change moved
            // the channels or the labels enough is it laid out a second time.
            let guess = if self.drawing.box_w == 0 { BOX_W } else { self.drawing.box_width_for(screen) };
            self.rebuild(account, index, guess);
            let fits = self.drawing.box_width_for(screen);
            if fits != self.drawing.box_w {
                self.rebuild(account, index, fits);
            }
        } else if resized {
            let fits = self.drawing.box_width_for(screen);
            if fits != self.drawing.box_w {
                self.rebuild(account, index, fits);
            }
        }
    }

    fn rebuild(&mut self, account: &Account, index: &Index, box_w: u32) {
        self.drawing = Drawing::new(account, index, box_w);
        self.selected = self.selected.filter(|&s| s < self.drawing.boxes.len()).or(self.drawing.first_box());
    }

    /// The drawing shown.
    pub fn drawing(&self) -> &Drawing {
        &self.drawing
    }

    /// The selected person's position in `people`, if the account has people.
    pub fn selected_person(&self) -> Option<usize> {
        self.selected
    }

    /// Selects a person by position (ignored when there is no such person).
    pub fn select(&mut self, person: usize) {
        if person < self.drawing.boxes.len() {
            self.selected = Some(person);
        }
    }

    /// The person whose box is at the point `(x, y)` of the map drawn in `area`: the
    /// same window onto the drawing the screen shows, found among the boxes in it.
    pub fn hit(&self, area: Rect, x: u16, y: u16) -> Option<usize> {
        let (min_w, min_h) = MIN_SIZE;
        if area.width < min_w || area.height < min_h {
            return None;
        }
        let screen = Rect { y: area.y + 1, height: area.height - 2, ..area };
        if !screen.contains(ratatui::layout::Position { x, y }) {
            return None;
        }
        let d = &self.drawing;
        let sel = d.boxes.get(self.selected?)?;
        let view = viewport(d, sel, screen.width as u32, screen.height as u32);
        let at =
            Viewport { x: view.x + (x - screen.x) as u32, y: view.y + (y - screen.y) as u32, w: 1, h: 1 };
        d.boxes_in(at).into_iter().next()
    }

    /// Carries out a command: moves along the drawing, not in list order, and stays
    /// put at an edge.
    pub fn apply(&mut self, cmd: InfluenceCommand) {
        let Some(s) = self.selected else { return };
        let d = &self.drawing;
        let column = d.columns.iter().find(|c| c.column == d.boxes[s].column);
        let next = match cmd {
            InfluenceCommand::Up => d.neighbour(s, Dir::Up),
            InfluenceCommand::Down => d.neighbour(s, Dir::Down),
            InfluenceCommand::Left => d.neighbour(s, Dir::Left),
            InfluenceCommand::Right => d.neighbour(s, Dir::Right),
            InfluenceCommand::Top => column.and_then(|c| c.boxes.first()).map(|&b| b as usize),
            InfluenceCommand::Bottom => column.and_then(|c| c.boxes.last()).map(|&b| b as usize),
        };
        if let Some(next) = next {
            self.selected = Some(next);
        }
    }
}

/// Draws an [`InfluenceView`] with a theme.
pub struct InfluenceWidget<'a> {
    /// The view's state.
    pub view: &'a InfluenceView,
    /// The styles.
    pub theme: Theme,
}

/// The weight a line is drawn with: 1 weak (dotted), 2 medium, 3 strong (heavy).
fn level(s: Strength) -> u8 {
    match s {
        Strength::Weak => 1,
        Strength::Medium => 2,
        Strength::Strong => 3,
    }
}

/// The mark in a box's top border, so stance reads without colour too.
fn stance_mark(s: Stance) -> &'static str {
    match s {
        Stance::Champion => "++",
        Stance::Supporter => "+",
        Stance::Neutral => "=",
        Stance::Skeptic => "-",
        Stance::Opponent => "--",
        Stance::Unknown => "?",
    }
}

/// The first cell of the drawing to show along one axis so that `centre` sits in the
/// middle of `view` cells, without showing space past either end of `total`.
fn scroll(centre: u32, view: u32, total: u32) -> u32 {
    if total <= view { 0 } else { centre.saturating_sub(view / 2).min(total - view) }
}

/// The part of the drawing to show: the selected box and, when they fit, everyone
/// linked to it; whole columns (with the channels on both sides, so arrows in and out
/// show) as far as the screen allows, and starting at a blank row where possible.
/// Centred on the selection when not even one column fits.
fn viewport(d: &Drawing, sel: &PersonBox, w: u32, h: u32) -> Viewport {
    let cols = &d.columns;
    // Where the channel left of column `c` starts, and where the one right of it ends.
    let left = |c: usize| if c == 0 { 0 } else { cols[c - 1].x + cols[c - 1].w };
    let right = |c: usize| cols.get(c + 1).map_or(d.width, |n| n.x);
    let linked = || {
        d.edges_of(sel.person).iter().map(|&e| {
            let e = &d.edges[e as usize];
            &d.boxes[if e.from == sel.person { e.to } else { e.from }]
        })
    };
    // Columns to keep in view: the selection's and, when they fit, those it links to.
    let c = sel.column as usize;
    let (mut l, mut r) =
        linked().fold((c, c), |(l, r), b| (l.min(b.column as usize), r.max(b.column as usize)));
    if right(r) - left(l) > w {
        (l, r) = (c, c);
    }
    let mut x = scroll(sel.x + sel.w / 2, w, d.width);
    if right(r) - left(l) <= w {
        loop {
            let grow_right = r + 1 < cols.len() && right(r + 1) - left(l) <= w;
            r += grow_right as usize;
            let grow_left = l > 0 && right(r) - left(l - 1) <= w;
            l -= grow_left as usize;
            if !grow_right && !grow_left {
                break;
            }
        }
        x = left(l).min(d.width.saturating_sub(w));
    }
    // Rows to keep in view: the selection and, when they fit, the people it links to.
    let (mut lo, mut hi) = (sel.y, sel.y + sel.h);
    for other in linked() {
        lo = lo.min(other.y);
        hi = hi.max(other.y + other.h);
    }
    if hi - lo > h {
        (lo, hi) = (sel.y, sel.y + sel.h);
    }
    let mut y = scroll((lo + hi) / 2, h, d.height);
    // Start at the first blank row above a row of boxes when that keeps them in view.
    let m = d.slot_y.partition_point(|&top| top + sel.h <= y);
    let snapped = if m == 0 { 0 } else { d.slot_y[m - 1] + sel.h };
    if snapped <= lo && hi <= snapped + h {
        y = snapped;
    }
    Viewport { x, y, w, h }
}

impl InfluenceWidget<'_> {
    fn person(&self, canvas: &mut Canvas<'_>, b: &PersonBox, selected: bool, leaves: bool) {
        let t = self.theme;
        let border =
            if selected { t.stance(b.stance).add_modifier(Modifier::BOLD) } else { t.stance(b.stance) };
        let [h, v, tl, tr, bl, br] = if selected {
            ['━', '┃', '┏', '┓', '┗', '┛']
        } else {
            ['─', '│', '┌', '┐', '└', '┘']
        };
        let (x1, y1) = (b.x + b.w - 1, b.y + b.h - 1);
        for x in b.x + 1..x1 {
            canvas.put(x, b.y, h, border);
            canvas.put(x, y1, h, border);
        }
        for y in b.y + 1..y1 {
            canvas.put(b.x, y, v, border);
            canvas.put(x1, y, v, border);
            for x in b.x + 1..x1 {
                canvas.put(x, y, ' ', t.text());
            }
        }
        for (x, y, c) in [(b.x, b.y, tl), (x1, b.y, tr), (b.x, y1, bl), (x1, y1, br)] {
            canvas.put(x, y, c, border);
        }
        if leaves {
            // Links leave from the upper inside row of the right side.
            canvas.put(x1, b.y + 1, if selected { '┣' } else { '├' }, border);
        }
        let mark = stance_mark(b.stance);
        canvas.text(x1 - 1 - mark.len() as u32, b.y, mark, border);
        let name = if selected { t.selected().add_modifier(Modifier::BOLD) } else { t.title() };
        canvas.text(b.x + 1, b.y + 1, self.view.drawing.name(b), name);
        canvas.text(b.x + 1, b.y + 2, self.view.drawing.detail(b), t.dim());
    }
}

impl Widget for &InfluenceWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let area = area.intersection(buf.area);
        let (min_w, min_h) = MIN_SIZE;
        if area.width < min_w || area.height < min_h {
            let msg = crate::t!("tui-views-influence-too-small", size = format!("{min_w}x{min_h}"));
            centred(buf, area, &msg, t.warning());
            return;
        }
        let d = &self.view.drawing;
        let screen = Rect { y: area.y + 1, height: area.height - 2, ..area };
        let selected = self.view.selected.and_then(|s| d.boxes.get(s));
        let Some(sel) = selected else {
            centred(buf, screen, &crate::t!("tui-views-influence-empty"), t.dim());
            return;
        };
        let view = viewport(d, sel, screen.width as u32, screen.height as u32);
        let mut lit: Vec<u32> = d.edges_of(sel.person).to_vec();
        lit.sort_unstable();
        let mut canvas = Canvas { buf, screen, view };
        let look =
            |s: &Segment| (level(d.edges[s.edge as usize].strength), lit.binary_search(&s.edge).is_ok());
        canvas.lines(d.segments_in(view), look, t.key(), t.dim());
        for b in d.boxes_in(view) {
            let leaves = d.edges_of(b).first().is_some_and(|&e| d.edges[e as usize].from == b);
            self.person(&mut canvas, &d.boxes[b], b == sel.person, leaves);
        }
        header(buf, area, d, view, t);
        legend(buf, Rect { y: area.bottom() - 1, height: 1, ..area }, view, d.height, t);
    }
}

fn centred(buf: &mut Buffer, area: Rect, msg: &str, style: Style) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let w = msg.chars().count().min(area.width as usize) as u16;
    let x = area.x + (area.width - w) / 2;
    buf.set_stringn(x, area.y + area.height / 2, msg, area.width as usize, style);
}

fn influence_command(action: crate::tui::action::Action) -> Option<InfluenceCommand> {
    Some(match action {
        crate::tui::action::Action::Up => InfluenceCommand::Up,
        crate::tui::action::Action::Down => InfluenceCommand::Down,
        crate::tui::action::Action::Left => InfluenceCommand::Left,
        crate::tui::action::Action::Right => InfluenceCommand::Right,
        crate::tui::action::Action::Top => InfluenceCommand::Top,
        crate::tui::action::Action::Bottom => InfluenceCommand::Bottom,
        _ => return None,
    })
}

impl crate::tui::views::account_view::AccountViewState for InfluenceView {
    fn reveal_person(&mut self, cx: &crate::tui::views::account_view::ViewContext, person: usize) {
        InfluenceView::sync(self, cx.account, cx.index, cx.generation, cx.body.width);
        self.select(person);
    }

    fn handle(
        &mut self,
        _cx: &crate::tui::views::account_view::ViewContext,
        action: crate::tui::action::Action,
    ) -> bool {
        let Some(cmd) = influence_command(action) else { return false };
        self.apply(cmd);
        true
    }

    fn mode(&self) -> crate::tui::keymap::Mode {
        crate::tui::keymap::Mode::Influence
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        InfluenceView::selected_person(self)
    }

    fn sync(&mut self, cx: &crate::tui::views::account_view::ViewContext) {
        InfluenceView::sync(self, cx.account, cx.index, cx.generation, cx.body.width)
    }

    fn render(&self, cx: &crate::tui::views::account_view::ViewContext, area: Rect, buf: &mut Buffer) {
        (&InfluenceWidget { view: self, theme: cx.theme }).render(area, buf)
    }

    fn click(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) -> bool {
        let Some(person) = self.hit(cx.body, x, y) else { return false };
        self.select(person);
        true
    }
}
