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
#[derive(Clone, Copy)]
pub(crate) struct Ends {
    pub from_col: u8,
    pub to_col: u8,
    pub from_slot: u32,
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
        let spans: Vec<Span> = links
            .iter()
            .map(|l| {
                let (lo, hi) =
                    if l.to_col > l.from_col { (l.from_col, l.to_col - 1) } else { (l.to_col, l.from_col) };
                // Links that cross no column still take part, in a group of their own.
                let group = if l.crosses() { l.gap() } else { slots as u32 + 1 };
                Span { lo: lo as u32, hi: hi as u32, group }
            })
            .collect();
        let (track, count) = lanes::assign(&spans, slots + 2);
        let (mut slot_y, mut gap_y) = (Vec::with_capacity(slots), Vec::with_capacity(slots + 1));
        let mut y = 0;
        for (k, tracks) in count.iter().take(slots + 1).enumerate() {
            gap_y.push(y);
            y += tracks.max(&1);
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
        let g = if l.crosses() { self.gap_y[l.gap() as usize] + self.track[i] } else { ys };
        (ys, g, yt)
    }
}

/// The two lane groups of a channel: back lanes (left), forward lanes (right).
const BACK: u32 = 0;
const FORWARD: u32 = 1;

/// Lanes for every link, and the resulting channel widths.
pub(crate) struct Lanes {
    /// For each link, the positions in `spans` of its one or two vertical pieces.
    parts: Vec<[u32; 2]>,
    /// The vertical pieces; a piece's group is `2 * channel + BACK or FORWARD`.
    spans: Vec<Span>,
    /// The lane of each piece within its group.
    lane: Vec<u32>,
    /// For each channel, the number of back and forward lanes.
    count: Vec<[u32; 2]>,
}

/// Assigns lanes for `links` in a drawing with `channels` channels.
pub(crate) fn assign(links: &[Ends], rows: &Rows, channels: usize) -> Lanes {
    let mut spans = Vec::with_capacity(links.len() * 2);
    let mut parts = Vec::with_capacity(links.len());
    for (i, e) in links.iter().enumerate() {
        let (ys, g, yt) = rows.of(i, e);
        let mut push = |c: u8, side: u32, from: u32, to: u32| {
            spans.push(Span { lo: from.min(to), hi: from.max(to), group: 2 * c as u32 + side });
            spans.len() as u32 - 1
        };
        let (a, b) = (e.from_col, e.to_col);
        parts.push(if b == a + 1 {
            let p = push(a, FORWARD, ys, yt);
            [p, p]
        } else if b > a {
            [push(a, FORWARD, ys, g), push(b - 1, FORWARD, g, yt)]
        } else if b == a {
            let p = push(a, BACK, ys, yt);
            [p, p]
        } else {
            [push(a, BACK, ys, g), push(b, BACK, g, yt)]
        });
    }
    let (lane, per_group) = lanes::assign(&spans, 2 * channels);
    let count = per_group.chunks(2).map(|c| [c[0], c[1]]).collect();
    Lanes { parts, spans, lane, count }
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

    /// The x of the lane of piece `p`, given where each channel starts and how wide it is.
    fn x(&self, p: u32, starts: &[u32], widths: &[u32]) -> u32 {
        let group = self.spans[p as usize].group;
        let c = (group / 2) as usize;
        let [nb, nf] = self.count[c];
        let pad = (widths[c] - (nb + nf + 2)) / 2;
        let lane = self.lane[p as usize];
        starts[c] + 1 + pad + if group % 2 == BACK { lane } else { nb + lane }
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
        let (a, b) = (e.from_col as usize, e.to_col as usize);
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
