//! Routing links between boxes that already have their rows.
//!
//! Every box has two rows inside its border: links leave a box from its right side on
//! the upper one and arrive on the lower one (on the left side when they come from the
//! column before, on the right side otherwise). The channel right of each column holds
//! lanes, one vertical line each:
//!
//! ```text
//!  column c  │ ◀ back lanes │ forward lanes ▶│ column c+1
//! ┌───────┐  │              │                │ ┌───────┐
//! │ name  ├──┼──────────────┼──┐             │ │       │
//! │ title │◀─┼──┐           │  └─────────────┼▶│       │
//! └───────┘  │  ...         │                │ └───────┘
//! ```
//!
//! Forward links to the next column use one forward lane. Links that skip columns go up
//! or down to the blank row between boxes (shared by all columns), along it, and down a
//! forward lane of the channel before the target. Links back to an earlier column, or
//! within one, leave on the right as well and arrive on the target's right side through
//! back lanes. Because back lanes lie left of forward lanes, the short pieces entering
//! boxes on the same row from both sides never overlap.

use super::super::lanes::{self, Span};
use super::super::{Point, Segment};
use super::{BOX_H, PITCH};

/// One influence link between two placed boxes: column and top row of each end.
pub(crate) struct Ends {
    pub from_col: usize,
    pub from_y: u32,
    pub to_col: usize,
    pub to_y: u32,
}

/// The two lane groups of a channel.
const BACK: usize = 0;
const FORWARD: usize = 1;

/// Lanes for every link, and the resulting channel widths.
pub(crate) struct Lanes {
    /// For each link, the (channel, group, lane) of its one or two vertical pieces.
    parts: Vec<[(usize, usize, u32); 2]>,
    /// For each channel and group, the number of lanes.
    count: Vec<[u32; 2]>,
}

/// The row the link leaves its source on, and the row it arrives on.
fn rows(e: &Ends) -> (u32, u32) {
    (e.from_y + 1, e.to_y + BOX_H - 2)
}

/// The blank row between boxes nearest the middle of a link, where it crosses columns.
fn crossing_row(from: u32, to: u32) -> u32 {
    ((from + to) / 2 + PITCH / 2) / PITCH * PITCH
}

fn span(a: u32, b: u32, key: u32) -> Span {
    Span { lo: a.min(b), hi: a.max(b), key }
}

/// Assigns lanes for `links` in a drawing with `channels` channels.
pub(crate) fn assign(links: &[Ends], channels: usize) -> Lanes {
    let mut spans: Vec<[Vec<Span>; 2]> = (0..channels).map(|_| [Vec::new(), Vec::new()]).collect();
    let mut at: Vec<[(usize, usize, u32); 2]> = Vec::with_capacity(links.len());
    for (i, e) in links.iter().enumerate() {
        let (ys, yt) = rows(e);
        let (k0, k1) = (2 * i as u32, 2 * i as u32 + 1);
        let mut push = |c: usize, g: usize, s: Span| {
            spans[c][g].push(s);
            (c, g, spans[c][g].len() as u32 - 1)
        };
        let (a, b) = (e.from_col, e.to_col);
        let parts = if b == a + 1 {
            let p = push(a, FORWARD, span(ys, yt, k0));
            [p, p]
        } else if b > a {
            let g = crossing_row(ys, yt);
            [push(a, FORWARD, span(ys, g, k0)), push(b - 1, FORWARD, span(g, yt, k1))]
        } else if b == a {
            let p = push(a, BACK, span(ys, yt, k0));
            [p, p]
        } else {
            let g = crossing_row(ys, yt);
            [push(a, BACK, span(ys, g, k0)), push(b, BACK, span(g, yt, k1))]
        };
        at.push(parts);
    }
    let mut count = vec![[0u32; 2]; channels];
    let mut lane_of: Vec<[Vec<u32>; 2]> = Vec::with_capacity(channels);
    for (c, groups) in spans.iter().enumerate() {
        let (back, nb) = lanes::assign(&groups[BACK]);
        let (fwd, nf) = lanes::assign(&groups[FORWARD]);
        count[c] = [nb, nf];
        lane_of.push([back, fwd]);
    }
    let parts = at
        .into_iter()
        .map(|p| p.map(|(c, g, k)| (c, g, lane_of[c][g][k as usize])))
        .collect();
    Lanes { parts, count }
}

impl Lanes {
    /// The width of each channel: its lanes, a cell on each side for the short pieces
    /// and arrow heads, and at least `min` so that columns stay apart.
    pub(crate) fn widths(&self, min: u32) -> Vec<u32> {
        let last = self.count.len().saturating_sub(1);
        self.count
            .iter()
            .enumerate()
            .map(|(c, [nb, nf])| {
                let need = nb + nf + 2;
                // Nothing comes after the last column, so it needs a channel only for back lanes.
                if c == last && nb + nf == 0 { 0 } else { need.max(min) }
            })
            .collect()
    }

    /// The x of a lane, given where each channel starts and how wide it is.
    fn x(&self, (c, g, lane): (usize, usize, u32), starts: &[u32], widths: &[u32]) -> u32 {
        let [nb, nf] = self.count[c];
        let pad = (widths[c] - (nb + nf + 2)) / 2;
        starts[c] + 1 + pad + if g == BACK { lane } else { nb + lane }
    }

    /// The pieces of link `i`, appended to `out` in the order the line travels.
    /// `starts[c]` is the first cell right of column `c`, `col_x[c]` its left edge.
    pub(crate) fn path(&self, i: usize, e: &Ends, starts: &[u32], widths: &[u32], col_x: &[u32]) -> [Point; 6] {
        let (ys, yt) = rows(e);
        let (a, b) = (e.from_col, e.to_col);
        let p0 = Point::new(starts[a], ys);
        let l1 = self.x(self.parts[i][0], starts, widths);
        let l2 = self.x(self.parts[i][1], starts, widths);
        let head = if b > a { Point::new(col_x[b] - 1, yt) } else { Point::new(starts[b], yt) };
        if b == a + 1 || b == a {
            let p = [p0, Point::new(l1, ys), Point::new(l1, yt), head];
            [p[0], p[1], p[2], p[3], p[3], p[3]]
        } else {
            let g = crossing_row(ys, yt);
            [p0, Point::new(l1, ys), Point::new(l1, g), Point::new(l2, g), Point::new(l2, yt), head]
        }
    }
}

/// Turns the corner points of a path into pieces, dropping repeated points.
pub(crate) fn pieces(points: &[Point], edge: u32, out: &mut Vec<Segment>) {
    let start = out.len();
    for w in points.windows(2) {
        if w[0] != w[1] {
            out.push(Segment { a: w[0], b: w[1], edge, first: false, head: false });
        }
    }
    if let Some(s) = out.get_mut(start) {
        s.first = true;
    }
    if out.len() > start {
        if let Some(s) = out.last_mut() {
            s.head = true;
        }
    }
}
