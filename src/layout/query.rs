//! Finding the line pieces inside a viewport without looking at the others, so that
//! drawing one screen costs the same for a hundred people or ten thousand.

use super::Segment;

/// A rectangle of the drawing: `w` columns from `x`, `h` rows from `y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Viewport {
    /// First column.
    pub x: u32,
    /// First row.
    pub y: u32,
    /// Number of columns.
    pub w: u32,
    /// Number of rows.
    pub h: u32,
}

impl Viewport {
    /// Whether the cell range `x0..=x1` on row range `y0..=y1` has a cell inside.
    pub fn touches(&self, x0: u32, y0: u32, x1: u32, y1: u32) -> bool {
        x1 >= self.x
            && (x0 as u64) < self.x as u64 + self.w as u64
            && y1 >= self.y
            && (y0 as u64) < self.y as u64 + self.h as u64
    }

    fn x_end(&self) -> u32 {
        self.x.saturating_add(self.w)
    }

    fn y_end(&self) -> u32 {
        self.y.saturating_add(self.h)
    }
}

/// Pieces bucketed for viewport queries: vertical pieces by cell column, each column
/// sorted by row; horizontal pieces by row.
///
/// Vertical pieces that share a cell column must not overlap (the layouts give each
/// one its own lane), which is what lets a column be searched by bisection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SegmentIndex {
    /// The cell columns that hold vertical pieces, ascending.
    xs: Vec<u32>,
    /// For each entry of `xs`, the start of its run in `vertical`.
    x_start: Vec<u32>,
    /// Vertical pieces, by column then by top row.
    vertical: Vec<u32>,
    /// For each row, the start of its run in `horizontal` (one extra entry at the end).
    row_start: Vec<u32>,
    /// Horizontal pieces, by row then by left end.
    horizontal: Vec<u32>,
}

impl SegmentIndex {
    /// Buckets `segments` of a drawing `width` columns by `height` rows (pieces outside
    /// are ignored) in linear time: a counting pass per axis, then each bucket (a lane
    /// or a row, holding a handful of pieces) sorted on its own.
    pub(crate) fn new(segments: &[Segment], width: u32, height: u32) -> SegmentIndex {
        // One pass over the pieces gathers what the sorts need into small arrays, which
        // stay in cache where the pieces themselves would not.
        const NONE: u32 = u32::MAX;
        let mut column = Vec::with_capacity(segments.len());
        let mut row = Vec::with_capacity(segments.len());
        let mut start = Vec::with_capacity(segments.len());
        for s in segments {
            let h = s.is_horizontal();
            column.push(if !h && s.a.x < width { s.a.x } else { NONE });
            row.push(if h && s.a.y < height { s.a.y } else { NONE });
            start.push(s.span().0);
        }
        let (x_all, mut vertical) = buckets(&column, width);
        let (row_start, mut horizontal) = buckets(&row, height);
        let (mut xs, mut x_start) = (Vec::new(), Vec::new());
        for x in 0..width as usize {
            if x_all[x] < x_all[x + 1] {
                xs.push(x as u32);
                x_start.push(x_all[x]);
                vertical[x_all[x] as usize..x_all[x + 1] as usize]
                    .sort_unstable_by_key(|&i| (start[i as usize], i));
            }
        }
        x_start.push(vertical.len() as u32);
        for r in 0..height as usize {
            horizontal[row_start[r] as usize..row_start[r + 1] as usize]
                .sort_unstable_by_key(|&i| (start[i as usize], i));
        }
        SegmentIndex { xs, x_start, vertical, row_start, horizontal }
    }

    /// The positions of the pieces with at least one cell inside `v`, vertical first.
    pub(crate) fn within(&self, segments: &[Segment], v: Viewport) -> Vec<u32> {
        let mut out = Vec::new();
        if v.w == 0 || v.h == 0 || self.row_start.is_empty() {
            return out;
        }
        let first = self.xs.partition_point(|&x| x < v.x);
        let last = self.xs.partition_point(|&x| x < v.x_end());
        for k in first..last {
            let run = &self.vertical[self.x_start[k] as usize..self.x_start[k + 1] as usize];
            // Pieces in one column are disjoint and sorted, so their bottoms are sorted too.
            let from = run.partition_point(|&i| segments[i as usize].span().1 < v.y);
            out.extend(run[from..].iter().take_while(|&&i| segments[i as usize].span().0 < v.y_end()));
        }
        let rows = self.row_start.len().saturating_sub(1) as u32;
        let (r0, r1) = (v.y.min(rows) as usize, v.y_end().min(rows) as usize);
        let run = &self.horizontal[self.row_start[r0] as usize..self.row_start[r1] as usize];
        out.extend(run.iter().filter(|&&i| {
            let (x0, x1) = segments[i as usize].span();
            x1 >= v.x && x0 < v.x_end()
        }));
        out
    }
}

/// The positions whose `bucket` is below `count` (`u32::MAX` for none), grouped by
/// bucket in position order (a counting sort), and where each bucket starts (one extra
/// entry at the end).
fn buckets(bucket: &[u32], count: u32) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![0u32; count as usize + 1];
    for &b in bucket.iter().filter(|&&b| b < count) {
        start[b as usize + 1] += 1;
    }
    for b in 1..start.len() {
        start[b] += start[b - 1];
    }
    let mut fill = start.clone();
    let mut out = vec![0u32; start[count as usize] as usize];
    for (i, &b) in bucket.iter().enumerate().filter(|&(_, &b)| b < count) {
        out[fill[b as usize] as usize] = i as u32;
        fill[b as usize] += 1;
    }
    (start, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Point;

    fn seg(ax: u32, ay: u32, bx: u32, by: u32) -> Segment {
        Segment { a: Point::new(ax, ay), b: Point::new(bx, by), edge: 0, first: false, head: false }
    }

    #[test]
    fn finds_exactly_the_pieces_that_reach_into_the_viewport() {
        let segs = [
            seg(2, 0, 2, 5),    // 0: vertical, rows 0..=5
            seg(2, 9, 2, 7),    // 1: vertical upwards, rows 7..=9
            seg(6, 3, 6, 30),   // 2: long vertical through the view
            seg(0, 4, 9, 4),    // 3: horizontal across
            seg(8, 20, 12, 20), // 4: horizontal below
            seg(20, 4, 15, 4),  // 5: horizontal to the right, leftwards
        ];
        let index = SegmentIndex::new(&segs, 21, 31);
        let v = Viewport { x: 1, y: 5, w: 10, h: 4 };
        let mut got = index.within(&segs, v);
        got.sort();
        assert_eq!(got, vec![0, 1, 2]);
        let v = Viewport { x: 9, y: 2, w: 7, h: 3 };
        let mut got = index.within(&segs, v);
        got.sort();
        assert_eq!(got, vec![3, 5]);
        assert!(index.within(&segs, Viewport { x: 0, y: 0, w: 0, h: 9 }).is_empty());
        assert!(index.within(&segs, Viewport { x: 0, y: 100, w: 50, h: 9 }).is_empty());
    }
}
