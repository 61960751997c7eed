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

use crate::layout::influence::{Drawing, PersonBox};
use crate::layout::{Dir, Segment, Viewport};
use crate::model::{Account, Index, Stance, Strength};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthChar;

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

const UP: u8 = 1;
const DOWN: u8 = 2;
const LEFT: u8 = 4;
const RIGHT: u8 = 8;

/// What the lines passing through one screen cell add up to.
#[derive(Debug, Clone, Copy, Default)]
struct Ink {
    /// Directions lines leave the cell in: all lines, and highlighted ones.
    all: u8,
    lit: u8,
    /// Strongest strength (0 none, 1 weak, 2 medium, 3 strong) of all and of highlighted.
    all_strength: u8,
    lit_strength: u8,
    arrow: Option<(Dir, bool)>,
}

fn level(s: Strength) -> u8 {
    match s {
        Strength::Weak => 1,
        Strength::Medium => 2,
        Strength::Strong => 3,
    }
}

fn bit(d: Dir) -> u8 {
    match d {
        Dir::Up => UP,
        Dir::Down => DOWN,
        Dir::Left => LEFT,
        Dir::Right => RIGHT,
    }
}

fn opposite(d: Dir) -> Dir {
    match d {
        Dir::Up => Dir::Down,
        Dir::Down => Dir::Up,
        Dir::Left => Dir::Right,
        Dir::Right => Dir::Left,
    }
}

/// The box-drawing character for lines leaving a cell in the `mask` directions.
fn glyph(mask: u8, strength: u8) -> char {
    let heavy = strength >= 3;
    let pick = |light: char, thick: char| if heavy { thick } else { light };
    match mask {
        m if m & (UP | DOWN) != 0 && m & (LEFT | RIGHT) == 0 => {
            if strength == 1 {
                '┆'
            } else {
                pick('│', '┃')
            }
        }
        m if m & (UP | DOWN) == 0 => {
            if strength == 1 {
                '┄'
            } else {
                pick('─', '━')
            }
        }
        m if m == DOWN | RIGHT => pick('┌', '┏'),
        m if m == DOWN | LEFT => pick('┐', '┓'),
        m if m == UP | RIGHT => pick('└', '┗'),
        m if m == UP | LEFT => pick('┘', '┛'),
        m if m == UP | DOWN | RIGHT => pick('├', '┣'),
        m if m == UP | DOWN | LEFT => pick('┤', '┫'),
        m if m == LEFT | RIGHT | DOWN => pick('┬', '┳'),
        m if m == LEFT | RIGHT | UP => pick('┴', '┻'),
        _ => pick('┼', '╋'),
    }
}

fn arrow(d: Dir) -> char {
    match d {
        Dir::Up => '▲',
        Dir::Down => '▼',
        Dir::Left => '◀',
        Dir::Right => '▶',
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

/// Draws on the buffer through a viewport: drawing coordinates in, clipped cells out.
struct Canvas<'a> {
    buf: &'a mut Buffer,
    screen: Rect,
    view: Viewport,
}

impl Canvas<'_> {
    fn cell(&mut self, x: u32, y: u32) -> Option<&mut ratatui::buffer::Cell> {
        if !self.view.touches(x, y, x, y) {
            return None;
        }
        let sx = self.screen.x + (x - self.view.x) as u16;
        let sy = self.screen.y + (y - self.view.y) as u16;
        self.buf.cell_mut((sx, sy))
    }

    fn put(&mut self, x: u32, y: u32, c: char, style: Style) {
        if let Some(cell) = self.cell(x, y) {
            cell.set_char(c).set_style(style);
        }
    }

    /// Writes text from drawing column `x`, cutting it at the viewport's edges; a wide
    /// character cut in half by the left edge shows as a space.
    fn text(&mut self, x: u32, y: u32, s: &str, style: Style) {
        let mut cx = x;
        for (i, c) in s.char_indices() {
            if cx >= self.view.x {
                let start = self.screen.x + (cx - self.view.x) as u16;
                let room = (self.view.x + self.view.w).saturating_sub(cx) as usize;
                let sy = self.screen.y + (y.saturating_sub(self.view.y)) as u16;
                if self.view.touches(cx, y, cx, y) {
                    self.buf.set_stringn(start, sy, &s[i..], room, style);
                }
                return;
            }
            let w = c.width().unwrap_or(0) as u32;
            if cx + w > self.view.x {
                self.put(self.view.x, y, ' ', style);
            }
            cx += w;
        }
    }
}

impl InfluenceView {
    fn lines(&self, canvas: &mut Canvas<'_>, lit: &[u32]) {
        let v = canvas.view;
        let mut ink = vec![Ink::default(); v.w as usize * v.h as usize];
        let d = &self.drawing;
        for s in d.segments_in(v) {
            let hot = lit.binary_search(&s.edge).is_ok();
            let strength = level(d.edges[s.edge as usize].strength);
            let dir = s.dir();
            let (fwd, back) = (bit(dir), bit(opposite(dir)));
            let mut mark = |x: u32, y: u32, bits: u8, head: bool| {
                if !v.touches(x, y, x, y) {
                    return;
                }
                let cell = &mut ink[((y - v.y) * v.w + (x - v.x)) as usize];
                cell.all |= bits;
                cell.all_strength = cell.all_strength.max(strength);
                if hot {
                    cell.lit |= bits;
                    cell.lit_strength = cell.lit_strength.max(strength);
                }
                if head && !matches!(cell.arrow, Some((_, true))) {
                    cell.arrow = Some((dir, hot));
                }
            };
            walk(s, v, |x, y, is_a, is_b| {
                let mut bits = 0;
                if !is_b {
                    bits |= fwd;
                }
                if !is_a || s.first {
                    // The first cell also reaches back to the box border it leaves.
                    bits |= back;
                }
                mark(x, y, bits, is_b && s.head);
            });
        }
        for (i, cell) in ink.iter().enumerate() {
            let (x, y) = (v.x + i as u32 % v.w, v.y + i as u32 / v.w);
            if let Some((dir, hot)) = cell.arrow {
                canvas.put(x, y, arrow(dir), if hot { LIT } else { DIM });
            } else if cell.lit != 0 {
                // Dimmed lines joining or crossing stay visible in the glyph's shape.
                canvas.put(x, y, glyph(cell.all, cell.lit_strength), LIT);
            } else if cell.all != 0 {
                canvas.put(x, y, glyph(cell.all, cell.all_strength), DIM);
            }
        }
    }

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
        canvas.text(b.x + 1, b.y + 1, &b.name, name);
        canvas.text(b.x + 1, b.y + 2, &b.detail, Style::new().fg(Color::Gray));
    }
}

/// Calls `f(x, y, is_a, is_b)` for each cell of `s` inside `v`, in travel order.
fn walk(s: &Segment, v: Viewport, mut f: impl FnMut(u32, u32, bool, bool)) {
    let (lo, hi) = s.span();
    if s.is_horizontal() {
        let (from, to) = (lo.max(v.x), hi.min((v.x + v.w).saturating_sub(1)));
        for x in from..=to.max(from) {
            if x <= to {
                f(x, s.a.y, x == s.a.x, x == s.b.x);
            }
        }
    } else {
        let (from, to) = (lo.max(v.y), hi.min((v.y + v.h).saturating_sub(1)));
        for y in from..=to.max(from) {
            if y <= to {
                f(s.a.x, y, y == s.a.y, y == s.b.y);
            }
        }
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
        self.lines(&mut canvas, &lit);
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
