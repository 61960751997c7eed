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
use super::BOX_H;

/// An influence link between two boxes that have a column and a slot (a row of boxes).
pub(crate) struct Ends {
    pub from_col: usize,
    pub from_slot: u32,
    pub to_col: usize,
    pub to_slot: u32,
}

impl Ends {
    /// Whether the link must cross a column along the blank rows between boxes.
    fn crosses(&self) -> bool {
        self.to_col > self.from_col + 1 || self.to_col < self.from_col
    }

    /// The gap it crosses in (gap `k` lies above slot `k`): the one halfway between.
    fn gap(&self) -> u32 {
        (self.from_slot + self.to_slot).div_ceil(2)
    }
}

/// Rows of the drawing: the top of each slot's boxes, and the first row of each gap
/// (`slots + 1` of them, above the first slot to below the last).
pub(crate) struct Rows {
    pub slot_y: Vec<u32>,
    pub gap_y: Vec<u32>,
    pub height: u32,
    /// For each link, its row in its gap (0 when it crosses no column).
    track: Vec<u32>,
}

impl Rows {
    /// Gives each link that crosses columns its own row in its gap, reusing a row for
    /// links whose channel ranges do not meet, and makes each gap as tall as it needs.
    pub(crate) fn new(links: &[Ends], slots: usize) -> Rows {
        let mut spans: Vec<Vec<Span>> = vec![Vec::new(); slots + 1];
        let mut at = vec![(0u32, 0u32); links.len()];
        for (i, l) in links.iter().enumerate().filter(|(_, l)| l.crosses()) {
            let (lo, hi) =
                if l.to_col > l.from_col { (l.from_col, l.to_col - 1) } else { (l.to_col, l.from_col) };
            let g = l.gap() as usize;
            at[i] = (g as u32, spans[g].len() as u32);
            spans[g].push(Span { lo: lo as u32, hi: hi as u32, key: i as u32 });
        }
        let assigned: Vec<(Vec<u32>, u32)> = spans.iter().map(|s| lanes::assign(s)).collect();
        let track = at
            .iter()
            .zip(links)
            .map(|(&(g, k), l)| if l.crosses() { assigned[g as usize].0[k as usize] } else { 0 })
            .collect();
        let (mut slot_y, mut gap_y) = (Vec::with_capacity(slots), Vec::with_capacity(slots + 1));
        let mut y = 0;
        for (k, (_, count)) in assigned.iter().enumerate() {
            gap_y.push(y);
            y += (*count).max(1);
            if k < slots {
                slot_y.push(y);
                y += BOX_H;
            }
        }
        Rows { slot_y, gap_y, height: y, track }
    }

    /// The rows where link `i` leaves its source, crosses columns, and arrives.
    fn of(&self, i: usize, l: &Ends) -> (u32, u32, u32) {
        let ys = self.slot_y[l.from_slot as usize] + 1;
        let yt = self.slot_y[l.to_slot as usize] + BOX_H - 2;
        (ys, self.gap_y[l.gap() as usize] + self.track[i], yt)
    }
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

fn span(a: u32, b: u32, key: u32) -> Span {
    Span { lo: a.min(b), hi: a.max(b), key }
}

/// Assigns lanes for `links` in a drawing with `channels` channels.
pub(crate) fn assign(links: &[Ends], rows: &Rows, channels: usize) -> Lanes {
    let mut spans: Vec<[Vec<Span>; 2]> = (0..channels).map(|_| [Vec::new(), Vec::new()]).collect();
    let mut at: Vec<[(usize, usize, u32); 2]> = Vec::with_capacity(links.len());
    for (i, e) in links.iter().enumerate() {
        let (ys, g, yt) = rows.of(i, e);
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
            [push(a, FORWARD, span(ys, g, k0)), push(b - 1, FORWARD, span(g, yt, k1))]
        } else if b == a {
            let p = push(a, BACK, span(ys, yt, k0));
            [p, p]
        } else {
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
    let parts = at.into_iter().map(|p| p.map(|(c, g, k)| (c, g, lane_of[c][g][k as usize]))).collect();
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

    /// The corner points of link `i` in the order the line travels (repeated at the end
    /// when it has fewer than six). `starts[c]` is the first cell right of column `c`,
    /// `col_x[c]` its left edge.
    pub(crate) fn path(
        &self,
        i: usize,
        e: &Ends,
        rows: &Rows,
        starts: &[u32],
        widths: &[u32],
        col_x: &[u32],
    ) -> [Point; 6] {
        let (ys, g, yt) = rows.of(i, e);
        let (a, b) = (e.from_col, e.to_col);
        let p0 = Point::new(starts[a], ys);
        let l1 = self.x(self.parts[i][0], starts, widths);
        let l2 = self.x(self.parts[i][1], starts, widths);
        let head = if b > a { Point::new(col_x[b] - 1, yt) } else { Point::new(starts[b], yt) };
        if b == a + 1 || b == a {
            let p = [p0, Point::new(l1, ys), Point::new(l1, yt), head];
            [p[0], p[1], p[2], p[3], p[3], p[3]]
        } else {
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
    if let Some(s) = out.get_mut(start..).and_then(|run| run.last_mut()) {
        s.head = true;
    }
}
