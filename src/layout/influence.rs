//! The influence map as geometry: one box per person in a column by their stage in the
//! decision, and every influence link as a line of straight pieces ending in an arrow
//! head at the person influenced. Built once per change of the account; reading a
//! viewport of it afterwards touches only what is inside.
//!
//! ```text
//!  Users            Influencers        Deciders
//! ┌──────────┐     ┌──────────┐       ┌──────────┐
//! │Petrov    ├───┐ │Ivanov    ├──┬──┐ │Sato      │
//! │UN Foreman│   └▶│IU Chief… │  │  └▶│DI Tech…  │
//! └──────────┘     └──────────┘  │    └──────────┘
//! ```

mod order;
mod route;

use super::query::SegmentIndex;
use super::{Dir, Segment, Viewport, fit_into};
use crate::analysis::{Stage, stage_of};
use crate::model::{Account, Index, LinkKind, Role, Stance, Strength};

/// The narrowest box, border included: room for a 16-column name. Boxes are as wide
/// as the caller asks (the view widens them on wide terminals), never narrower.
pub const BOX_W: u32 = 18;
/// Height of every box: border, name, detail line, border.
pub const BOX_H: u32 = 4;
/// The least width of a channel between two columns.
const MIN_CHANNEL: u32 = 4;

/// A person's box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonBox {
    /// Position of the person in the account's `people`.
    pub person: usize,
    /// The column it stands in.
    pub column: Stage,
    /// Left column of the border.
    pub x: u32,
    /// Top row of the border.
    pub y: u32,
    /// Width, border included.
    pub w: u32,
    /// Height, border included.
    pub h: u32,
    /// Where its name and detail line lie in the drawing's label text.
    label: [u32; 3],
    /// The person's stance, for the border colour.
    pub stance: Stance,
}

/// An influence link as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Position of the link in the account's `links`.
    pub link: usize,
    /// Box (= person position) the link starts at.
    pub from: usize,
    /// Box (= person position) the arrow points at.
    pub to: usize,
    /// The influence's strength, for the line style.
    pub strength: Strength,
    first: u32,
    len: u32,
}

/// A column's place and its boxes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSpan {
    /// Which column.
    pub column: Stage,
    /// Left edge of its boxes.
    pub x: u32,
    /// Width of its boxes.
    pub w: u32,
    /// Its boxes (person positions), top to bottom.
    pub boxes: Vec<u32>,
}

/// The whole influence map of one account, computed once per change. The default is
/// the empty drawing of an account with no people.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Drawing {
    /// One box per person; `boxes[i]` is the box of `people[i]`, so a box id is a
    /// person position.
    pub boxes: Vec<PersonBox>,
    /// One edge per `influences` link between two people of the account.
    pub edges: Vec<Edge>,
    /// The five columns, left to right (empty ones included, so a missing stage shows).
    pub columns: Vec<ColumnSpan>,
    /// Columns of cells the drawing takes.
    pub width: u32,
    /// Rows of cells the drawing takes.
    pub height: u32,
    /// The top row of each row of boxes (boxes of all columns line up in rows, with
    /// blank rows between them that links cross columns along).
    pub slot_y: Vec<u32>,
    /// The width of every box, border included, as laid out.
    pub box_w: u32,
    /// The box width, border included, that would show every name and detail line
    /// whole (never less than [`BOX_W`]).
    pub whole_w: u32,
    labels: String,
    segments: Vec<Segment>,
    index: SegmentIndex,
    /// For each box, the start of its run in `incident` (one extra entry at the end).
    incident_start: Vec<u32>,
    incident: Vec<u32>,
}

impl Drawing {
    /// Lays out the influence map of `account` (`index` must be built from it) with
    /// boxes `box_w` columns wide (at least [`BOX_W`]), in time close to linear in
    /// people plus links. Only the columns' places and the labels depend on the box
    /// width: the order of the boxes and the lanes of the lines do not.
    pub fn new(account: &Account, index: &Index, box_w: u32) -> Drawing {
        let box_w = box_w.max(BOX_W);
        let people = &account.people;
        let columns: Vec<Stage> = people.iter().map(stage_of).collect();
        // Both ends of every link from the index's adjacency (no id is hashed), then one
        // pass over the links in file order.
        let mut ends_of = vec![(u32::MAX, u32::MAX); account.links.len()];
        for p in 0..index.people() {
            let (outs, ins) = (index.out_links(p), index.in_links(p));
            for &l in outs {
                ends_of[l].0 = p as u32;
            }
            for &l in ins {
                ends_of[l].1 = p as u32;
            }
        }
        let mut edges: Vec<Edge> = account
            .links
            .iter()
            .zip(&ends_of)
            .enumerate()
            .filter(|&(_, (link, &(f, t)))| {
                link.kind == LinkKind::Influences && f != u32::MAX && t != u32::MAX
            })
            .map(|(l, (link, &(f, t)))| Edge {
                link: l,
                from: f as usize,
                to: t as usize,
                strength: link.strength(),
                first: 0,
                len: 0,
            })
            .collect();
        let pairs: Vec<(usize, usize)> = edges.iter().map(|e| (e.from, e.to)).collect();
        let (order, slot) = order::arrange(people, &columns, &pairs);
        let tallest = order.iter().map(Vec::len).max().unwrap_or(0);
        let ends: Vec<route::Ends> = edges
            .iter()
            .map(|e| route::Ends {
                from_col: columns[e.from] as u8,
                from_slot: slot[e.from],
                to_col: columns[e.to] as u8,
                to_slot: slot[e.to],
            })
            .collect();
        let rows = route::Rows::new(&ends, tallest);
        let height = rows.height;
        let y_of = |p: usize| rows.slot_y[slot[p] as usize];
        let lanes = route::assign(&ends, &rows, Stage::ALL.len());
        let widths = lanes.widths(MIN_CHANNEL);
        let mut col_x = Vec::with_capacity(Stage::ALL.len());
        let mut starts = Vec::with_capacity(Stage::ALL.len());
        let mut x = 0;
        for w in &widths {
            col_x.push(x);
            starts.push(x + box_w);
            x += box_w + w;
        }
        let width = x;

        let mut segments = Vec::with_capacity(edges.len() * 5);
        for (i, (e, end)) in edges.iter_mut().zip(&ends).enumerate() {
            let first = segments.len() as u32;
            let points = lanes.path(i, end, &rows, &starts, &widths, &col_x);
            route::pieces(&points, i as u32, &mut segments);
            e.first = first;
            e.len = segments.len() as u32 - first;
        }
        // All labels in one string: one allocation instead of two per person.
        let mut labels = String::with_capacity(people.len() * 2 * box_w as usize);
        let inside = (box_w - 2) as usize;
        let mut widest = 0;
        let boxes = people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let start = labels.len() as u32;
                let name_w = fit_into(&mut labels, p.name.chars(), inside);
                let mid = labels.len() as u32;
                let badges = Role::ALL.iter().filter(|r| p.has(**r)).map(|r| r.tr_badge());
                let sep = (!p.roles.is_empty() && p.title.is_some()).then_some(' ');
                let title = p.title.iter().flat_map(|t| t.chars());
                let detail_w = fit_into(&mut labels, badges.chain(sep).chain(title), inside);
                widest = widest.max(name_w).max(detail_w);
                PersonBox {
                    person: i,
                    column: columns[i],
                    x: col_x[columns[i] as usize],
                    y: y_of(i),
                    w: box_w,
                    h: BOX_H,
                    label: [start, mid, labels.len() as u32],
                    stance: p.stance,
                }
            })
            .collect();
        let columns = Stage::ALL
            .iter()
            .zip(order)
            .map(|(&column, boxes)| ColumnSpan { column, x: col_x[column as usize], w: box_w, boxes })
            .collect();
        let (incident_start, incident) = incidence(people.len(), &edges);
        let index = SegmentIndex::new(&segments, width, height);
        let slot_y = rows.slot_y;
        Drawing {
            boxes,
            edges,
            columns,
            width,
            height,
            slot_y,
            box_w,
            whole_w: (widest.min(u32::MAX as usize / 2) as u32 + 2).max(BOX_W),
            labels,
            segments,
            index,
            incident_start,
            incident,
        }
    }

    /// The name in a box: made inert and cut to the inside width.
    pub fn name(&self, b: &PersonBox) -> &str {
        self.labels.get(b.label[0] as usize..b.label[1] as usize).unwrap_or("")
    }

    /// The second line of a box, role badges then title ("DI Technical Director"):
    /// made inert and cut to the inside width.
    pub fn detail(&self, b: &PersonBox) -> &str {
        self.labels.get(b.label[1] as usize..b.label[2] as usize).unwrap_or("")
    }

    /// The pieces of an edge, in the order the line travels from source to arrow head.
    pub fn path(&self, edge: usize) -> &[Segment] {
        let e = &self.edges[edge];
        &self.segments[e.first as usize..(e.first + e.len) as usize]
    }

    /// The edges (positions in `edges`) that leave or enter a box: outgoing first.
    pub fn edges_of(&self, b: usize) -> &[u32] {
        match (self.incident_start.get(b), self.incident_start.get(b + 1)) {
            (Some(&s), Some(&e)) => &self.incident[s as usize..e as usize],
            _ => &[],
        }
    }

    /// The pieces with a cell inside `v`, each once.
    pub fn segments_in(&self, v: Viewport) -> impl Iterator<Item = &Segment> {
        self.index.within(&self.segments, v).into_iter().map(|i| &self.segments[i as usize])
    }

    /// The boxes (person positions) with a cell inside `v`.
    pub fn boxes_in(&self, v: Viewport) -> Vec<usize> {
        let mut out = Vec::new();
        for c in &self.columns {
            if !v.touches(c.x, 0, c.x + c.w - 1, self.height) {
                continue;
            }
            let from = c.boxes.partition_point(|&b| self.boxes[b as usize].y + BOX_H <= v.y);
            for &b in &c.boxes[from..] {
                let bx = &self.boxes[b as usize];
                if !v.touches(bx.x, bx.y, bx.x + bx.w - 1, bx.y + bx.h - 1) {
                    break;
                }
                out.push(b as usize);
            }
        }
        out
    }

    /// The box width that lets the five columns fill `screen` columns, between
    /// [`BOX_W`] and the width that shows every label whole. The channels between
    /// the columns do not depend on the box width, so this drawing tells them.
    pub fn box_width_for(&self, screen: u32) -> u32 {
        let columns = self.columns.len().max(1) as u32;
        let channels = self.width.saturating_sub(columns * self.box_w);
        (screen.saturating_sub(channels) / columns).clamp(BOX_W, self.whole_w.max(BOX_W))
    }

    /// The box a rep starts on: the top of the leftmost column that has people.
    pub fn first_box(&self) -> Option<usize> {
        self.columns.iter().find_map(|c| c.boxes.first()).map(|&b| b as usize)
    }

    /// The nearest box on screen from `from` in a direction: the next box up or down
    /// the same column, or the box level with it (nearest by row, the upper one on a
    /// tie) in the nearest column with people to the left or right.
    pub fn neighbour(&self, from: usize, dir: Dir) -> Option<usize> {
        let b = self.boxes.get(from)?;
        let col = b.column as usize;
        let here = &self.columns[col].boxes;
        let k = here.partition_point(|&o| self.boxes[o as usize].y < b.y);
        let pick = |c: &ColumnSpan| {
            let k = c.boxes.partition_point(|&o| self.boxes[o as usize].y < b.y);
            let below = c.boxes.get(k).copied();
            let above = k.checked_sub(1).map(|k| c.boxes[k]);
            match (above, below) {
                (Some(a), Some(d)) => {
                    let (da, dd) = (b.y - self.boxes[a as usize].y, self.boxes[d as usize].y - b.y);
                    Some(if dd < da { d } else { a })
                }
                (a, d) => a.or(d),
            }
        };
        let found = match dir {
            Dir::Up => k.checked_sub(1).map(|k| here[k]),
            Dir::Down => here.get(k + 1).copied(),
            Dir::Left => self.columns[..col].iter().rev().find_map(pick),
            Dir::Right => self.columns[col + 1..].iter().find_map(pick),
        };
        found.map(|b| b as usize)
    }
}

/// For each box, its outgoing then incoming edges, in one flat array.
fn incidence(boxes: usize, edges: &[Edge]) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![0u32; boxes + 1];
    for e in edges {
        start[e.from + 1] += 1;
        if e.to != e.from {
            start[e.to + 1] += 1;
        }
    }
    for i in 1..=boxes {
        start[i] += start[i - 1];
    }
    let mut fill = start.clone();
    let mut list = vec![0u32; start[boxes] as usize];
    for (pass, want_out) in [true, false].into_iter().enumerate() {
        for (i, e) in edges.iter().enumerate() {
            let b = if want_out { e.from } else { e.to };
            if pass == 1 && e.to == e.from {
                continue;
            }
            list[fill[b] as usize] = i as u32;
            fill[b] += 1;
        }
    }
    (start, list)
}
