//! The influence map screen: a scrolling window onto the account's [`Drawing`], with
//! the selected person's links highlighted. It lays out once per change and then
//! draws only the cells on screen.
//!
//! ```text
//! ◀ Influencers (5)          Deciders (2)              Payers (2)           ▶
//! ┌────────────────┐      ┌────────────────┐      ┌───────────────=─┐
//! │Пётр Иванов     ├──┬──┐│佐藤 健          ├─────▶│Дмитрий Волков    │
//! │IU Chief Engin… │  │  └▶DI Technical D… │       │P General Direc…  │
//! └─────────────++─┘  │   ┗━━━━━━━━━━━━━━━┛       └──────────────────┘
//! ━strong ─medium ┄weak  champion supporter neutral skeptic opponent unknown ▲▼
//! ```
//!
//! Temporarily outside `src/tui/` until the TUI foundation lands; it becomes
//! `src/tui/views/influence.rs` then.

mod canvas;

use crate::layout::influence::{Drawing, PersonBox};
use crate::layout::{Dir, Viewport};
use crate::model::{Account, Index, Stance, Strength};
use canvas::Canvas;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

/// Below this size the map is replaced by a message: one box and a channel need it.
pub const MIN_WIDTH: u16 = 30;
/// Below this height the map is replaced by a message: header, one box, legend.
pub const MIN_HEIGHT: u16 = 8;

/// The influence map's state: the drawing of the open account and the selected box.
#[derive(Debug, Clone)]
pub struct InfluenceView {
    drawing: Drawing,
    selected: Option<usize>,
}

impl InfluenceView {
    /// Lays out `account` and selects the top box of the leftmost non-empty column.
    pub fn new(account: &Account, index: &Index) -> InfluenceView {
        let drawing = Drawing::new(account, index);
        let selected = drawing.first_box();
        InfluenceView { drawing, selected }
    }

    /// Lays the account out again after a change, keeping the selected position when
    /// it still exists.
    pub fn rebuild(&mut self, account: &Account, index: &Index) {
        self.drawing = Drawing::new(account, index);
        self.selected = self.selected.filter(|&s| s < self.drawing.boxes.len()).or(self.drawing.first_box());
    }

    /// The drawing shown.
    pub fn drawing(&self) -> &Drawing {
        &self.drawing
    }

    /// The selected person's position in `people`, if the account has people.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Selects a person by position (ignored when there is no such person).
    pub fn select(&mut self, person: usize) {
        if person < self.drawing.boxes.len() {
            self.selected = Some(person);
        }
    }

    /// Moves the selection to the nearest box on screen in `dir`; stays put at an edge.
    pub fn step(&mut self, dir: Dir) {
        if let Some(next) = self.selected.and_then(|s| self.drawing.neighbour(s, dir)) {
            self.selected = Some(next);
        }
    }
}

/// The weight a line is drawn with: 1 weak (dotted), 2 medium, 3 strong (heavy).
fn level(s: Strength) -> u8 {
    match s {
        Strength::Weak => 1,
        Strength::Medium => 2,
        Strength::Strong => 3,
    }
}

/// The border colour of a stance.
pub fn stance_color(s: Stance) -> Color {
    match s {
        Stance::Champion => Color::LightGreen,
        Stance::Supporter => Color::Green,
        Stance::Neutral => Color::White,
        Stance::Skeptic => Color::Yellow,
        Stance::Opponent => Color::Red,
        Stance::Unknown => Color::DarkGray,
    }
}

/// The mark in a box's top border, so stance reads without colour too.
pub fn stance_mark(s: Stance) -> &'static str {
    match s {
        Stance::Champion => "++",
        Stance::Supporter => "+",
        Stance::Neutral => "=",
        Stance::Skeptic => "-",
        Stance::Opponent => "--",
        Stance::Unknown => "?",
    }
}

const LIT: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
const DIM: Style = Style::new().fg(Color::DarkGray);
const HEADER: Style = Style::new().add_modifier(Modifier::BOLD);

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

impl InfluenceView {
    fn person(&self, canvas: &mut Canvas<'_>, b: &PersonBox, selected: bool, leaves: bool) {
        let color = stance_color(b.stance);
        let border = if selected {
            Style::new().fg(color).add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(color)
        };
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
                canvas.put(x, y, ' ', Style::new());
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
        let name = if selected {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        };
        canvas.text(b.x + 1, b.y + 1, self.drawing.name(b), name);
        canvas.text(b.x + 1, b.y + 2, self.drawing.detail(b), Style::new().fg(Color::Gray));
    }
}

impl Widget for &InfluenceView {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let msg = format!(
                "Terminal too small for the influence map: make it at least {MIN_WIDTH}x{MIN_HEIGHT}."
            );
            centred(buf, area, &msg, Style::new().fg(Color::Yellow));
            return;
        }
        let d = &self.drawing;
        let screen = Rect { y: area.y + 1, height: area.height - 2, ..area };
        let selected = self.selected.and_then(|s| d.boxes.get(s));
        let Some(sel) = selected else {
            centred(buf, screen, "No people in this account yet.", Style::new());
            return;
        };
        let view = viewport(d, sel, screen.width as u32, screen.height as u32);
        let mut lit: Vec<u32> = d.edges_of(sel.person).to_vec();
        lit.sort_unstable();
        let mut canvas = Canvas { buf, screen, view };
        let look = |s: &crate::layout::Segment| {
            (level(d.edges[s.edge as usize].strength), lit.binary_search(&s.edge).is_ok())
        };
        canvas.lines(d.segments_in(view), look, LIT, DIM);
        for b in d.boxes_in(view) {
            let leaves = d.edges_of(b).first().is_some_and(|&e| d.edges[e as usize].from == b);
            self.person(&mut canvas, &d.boxes[b], b == sel.person, leaves);
        }
        header(buf, area, d, view);
        legend(buf, Rect { y: area.bottom() - 1, height: 1, ..area }, view, d.height);
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

fn header(buf: &mut Buffer, area: Rect, d: &Drawing, view: Viewport) {
    let row = Rect { height: 1, ..area };
    let mut canvas = Canvas { buf, screen: row, view: Viewport { y: 0, h: 1, ..view } };
    for c in &d.columns {
        let label = format!("{} ({})", c.column.label(), c.boxes.len());
        let x = c.x + c.w.saturating_sub(label.len() as u32) / 2;
        canvas.text(x, 0, &label, HEADER);
    }
    if view.x > 0 {
        buf.set_stringn(row.x, row.y, "◀", 1, HEADER);
    }
    if view.x + view.w < d.width {
        buf.set_stringn(row.right() - 1, row.y, "▶", 1, HEADER);
    }
}

fn legend(buf: &mut Buffer, row: Rect, view: Viewport, height: u32) {
    // Two cells at the right end are kept for the up and down scroll marks.
    let end = row.right().saturating_sub(3);
    let wide = row.width >= 100;
    let mut x = row.x;
    let mut put = |buf: &mut Buffer, s: &str, style: Style| {
        x = buf.set_stringn(x, row.y, s, end.saturating_sub(x) as usize, style).0;
    };
    for s in ["━strong ", "─medium ", "┄weak  "] {
        put(buf, s, Style::new().fg(Color::Gray));
    }
    for &stance in Stance::ALL {
        let style = Style::new().fg(stance_color(stance));
        if wide {
            put(buf, stance_mark(stance), style);
        }
        put(buf, stance.key(), style);
        put(buf, " ", Style::new());
    }
    let up = if view.y > 0 { '▲' } else { ' ' };
    let down = if view.y + view.h < height { '▼' } else { ' ' };
    buf.set_stringn(row.right() - 2, row.y, format!("{up}{down}"), 2, HEADER);
}
