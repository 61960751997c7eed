//! Painting a viewport of a drawing into a terminal buffer: clipped cells and text,
//! and lines whose crossings and corners come out as the right box-drawing glyphs.
//! Nothing here knows about people; the org chart can draw its lines with it too.

use crate::layout::{Dir, Segment, Viewport};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthChar;

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

/// Draws on the buffer through a viewport: drawing coordinates in, clipped cells out.
pub(super) struct Canvas<'a> {
    /// The buffer painted on.
    pub buf: &'a mut Buffer,
    /// Where on the buffer the viewport shows (as large as the viewport).
    pub screen: Rect,
    /// The part of the drawing shown.
    pub view: Viewport,
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

    pub fn put(&mut self, x: u32, y: u32, c: char, style: Style) {
        if let Some(cell) = self.cell(x, y) {
            cell.set_char(c).set_style(style);
        }
    }

    /// Writes text from drawing column `x`, cutting it at the viewport's edges; a wide
    /// character cut in half by the left edge shows as a space.
    pub fn text(&mut self, x: u32, y: u32, s: &str, style: Style) {
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

impl Canvas<'_> {
    /// Draws `segments`: `look` gives each one's strength level (1 weak, 2 medium,
    /// 3 strong) and whether it is highlighted. Highlighted lines take `lit`, the rest
    /// `dim`; a cell several lines pass through gets the glyph joining all of them.
    pub fn lines<'s>(
        &mut self,
        segments: impl Iterator<Item = &'s Segment>,
        look: impl Fn(&Segment) -> (u8, bool),
        lit: Style,
        dim: Style,
    ) {
        let v = self.view;
        let mut ink = vec![Ink::default(); v.w as usize * v.h as usize];
        for s in segments {
            let (strength, hot) = look(s);
            let dir = s.dir();
            let (fwd, back) = (bit(dir), bit(opposite(dir)));
            walk(s, v, |x, y, is_a, is_b| {
                let mut bits = 0;
                if !is_b {
                    bits |= fwd;
                }
                if !is_a || s.first {
                    // The first cell also reaches back to the box border it leaves.
                    bits |= back;
                }
                let cell = &mut ink[((y - v.y) * v.w + (x - v.x)) as usize];
                cell.all |= bits;
                cell.all_strength = cell.all_strength.max(strength);
                if hot {
                    cell.lit |= bits;
                    cell.lit_strength = cell.lit_strength.max(strength);
                }
                if is_b && s.head && !matches!(cell.arrow, Some((_, true))) {
                    cell.arrow = Some((dir, hot));
                }
            });
        }
        for (i, cell) in ink.iter().enumerate() {
            let (x, y) = (v.x + i as u32 % v.w, v.y + i as u32 / v.w);
            if let Some((dir, hot)) = cell.arrow {
                self.put(x, y, arrow(dir), if hot { lit } else { dim });
            } else if cell.lit != 0 {
                // Dimmed lines joining or crossing stay visible in the glyph's shape.
                self.put(x, y, glyph(cell.all, cell.lit_strength), lit);
            } else if cell.all != 0 {
                self.put(x, y, glyph(cell.all, cell.all_strength), dim);
            }
        }
    }
}

/// Calls `f(x, y, is_a, is_b)` for each cell of `s` inside `v`, in travel order.
fn walk(s: &Segment, v: Viewport, mut f: impl FnMut(u32, u32, bool, bool)) {
    let (lo, hi) = s.span();
    let (first, end) =
        if s.is_horizontal() { (v.x, v.x.saturating_add(v.w)) } else { (v.y, v.y.saturating_add(v.h)) };
    for t in lo.max(first)..(hi + 1).min(end) {
        if s.is_horizontal() {
            if v.touches(t, s.a.y, t, s.a.y) {
                f(t, s.a.y, t == s.a.x, t == s.b.x);
            }
        } else if v.touches(s.a.x, t, s.a.x, t) {
            f(s.a.x, t, t == s.a.y, t == s.b.y);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Point;
    use ratatui::style::Color;

    fn seg(a: (u32, u32), b: (u32, u32), edge: u32, first: bool, head: bool) -> Segment {
        Segment { a: Point::new(a.0, a.1), b: Point::new(b.0, b.1), edge, first, head }
    }

    #[test]
    fn crossings_corners_and_arrows_get_their_glyphs() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 4));
        let view = Viewport { x: 10, y: 20, w: 6, h: 4 };
        let mut canvas = Canvas { buf: &mut buf, screen: Rect::new(0, 0, 6, 4), view };
        let lines = [
            // Edge 0, medium, dimmed: right along row 21, then down to an arrow below.
            seg((10, 21), (14, 21), 0, true, false),
            seg((14, 21), (14, 23), 0, false, true),
            // Edge 1, strong, highlighted: down column 12 across edge 0.
            seg((12, 20), (12, 23), 1, true, false),
        ];
        let lit = Style::new().fg(Color::Cyan);
        let dim = Style::new().fg(Color::DarkGray);
        canvas.lines(lines.iter(), |s| if s.edge == 1 { (3, true) } else { (2, false) }, lit, dim);
        let row = |y: u16| (0..6).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>();
        assert_eq!(row(0), "  ┃   ");
        assert_eq!(row(1), "──╋─┐ ");
        assert_eq!(row(2), "  ┃ │ ");
        assert_eq!(row(3), "  ┃ ▼ ");
        assert_eq!(
            buf[(2, 1)].fg,
            Color::Cyan,
            "a highlighted line stays highlighted where dimmed ones cross"
        );
        assert_eq!(buf[(4, 1)].fg, Color::DarkGray);
    }

    #[test]
    fn text_is_cut_at_both_edges_without_splitting_wide_characters() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        let view = Viewport { x: 1, y: 0, w: 4, h: 1 };
        let mut canvas = Canvas { buf: &mut buf, screen: Rect::new(0, 0, 4, 1), view };
        // 佐 covers drawing columns 0-1, 藤 2-3, 健 4-5: the view shows 1..=4.
        canvas.text(0, 0, "佐藤健", Style::new());
        let row: String = (0..4).map(|x| buf[(x, 0)].symbol().to_string()).collect();
        assert_eq!(row, " 藤  ", "half of 佐 and half of 健 show as blanks");
    }
}
