//! Placing an account on screen, without drawing it: the org chart's tree and rows,
//! the coverage matrix, and the influence map as plain geometry on an unbounded
//! character grid (where each box goes and which cells each line passes through).
//! No ratatui here; the views under `tui` draw these, clipping a viewport.

pub mod coverage;
pub mod influence;
mod lanes;
pub mod org;
mod query;

pub use query::Viewport;

use unicode_width::UnicodeWidthChar;

/// A direction on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    /// Towards the top row.
    Up,
    /// Towards the bottom row.
    Down,
    /// Towards the first column.
    Left,
    /// Towards the last column.
    Right,
}

/// A cell of the drawing: `x` counts columns to the right, `y` rows down, from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Point {
    /// Column.
    pub x: u32,
    /// Row.
    pub y: u32,
}

impl Point {
    /// The point at `(x, y)`.
    pub const fn new(x: u32, y: u32) -> Point {
        Point { x, y }
    }
}

/// One straight piece of a line, from `a` to `b` (both cells included, in the order the
/// line travels). Either `a.x == b.x` (vertical) or `a.y == b.y` (horizontal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Segment {
    /// Where the piece starts.
    pub a: Point,
    /// Where the piece ends.
    pub b: Point,
    /// The position of the edge it belongs to in the drawing's edge list.
    pub edge: u32,
    /// The first piece of its edge: `a` is the cell just outside the source box.
    pub first: bool,
    /// The last piece of its edge: `b` is the arrow head, just outside the target box.
    pub head: bool,
}

impl Segment {
    /// Whether the piece runs along a row.
    pub fn is_horizontal(&self) -> bool {
        self.a.y == self.b.y
    }

    /// The direction the piece travels in (`Right` for a single cell).
    pub fn dir(&self) -> Dir {
        match (self.a.x.cmp(&self.b.x), self.a.y.cmp(&self.b.y)) {
            (std::cmp::Ordering::Greater, _) => Dir::Left,
            (_, std::cmp::Ordering::Less) => Dir::Down,
            (_, std::cmp::Ordering::Greater) => Dir::Up,
            _ => Dir::Right,
        }
    }

    /// The smallest and largest coordinate along the piece (x for horizontal, y for
    /// vertical).
    pub fn span(&self) -> (u32, u32) {
        if self.is_horizontal() {
            (self.a.x.min(self.b.x), self.a.x.max(self.b.x))
        } else {
            (self.a.y.min(self.b.y), self.a.y.max(self.b.y))
        }
    }
}

/// `s` made inert and cut to at most `width` terminal columns, ending in `…` when cut.
/// Widths follow Unicode East Asian Width, so CJK names take two columns per character.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    fit_into(&mut out, s.chars(), width);
    out
}

/// [`fit`], appending to `out` (so many labels can share one allocation). Returns
/// the width of the whole text, before any cut.
pub(crate) fn fit_into(out: &mut String, chars: impl Iterator<Item = char> + Clone, width: usize) -> usize {
    // The same replacements as `text::inert`, a character at a time.
    let safe = chars.map(|c| match c {
        '\n' | '\r' | '\t' => ' ',
        c if crate::text::is_unsafe(c) => '\u{FFFD}',
        c => c,
    });
    let total: usize = safe.clone().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        out.extend(safe);
        return total;
    }
    let mut used = 0;
    for c in safe {
        let w = c.width().unwrap_or(0);
        // Keep one column for the ellipsis.
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    total
}

/// `items` reordered by `key`, keeping the given order among equal keys. A counting
/// sort, linear in the items plus the largest key, so layouts stay linear where a
/// comparison sort would add a log factor; short lists use the standard sort.
pub(crate) fn sort_by_small_key(items: &[u32], key: impl Fn(u32) -> u32) -> Vec<u32> {
    if items.len() < 64 {
        let mut out = items.to_vec();
        out.sort_by_key(|&i| key(i));
        return out;
    }
    let keys: Vec<u32> = items.iter().map(|&i| key(i)).collect();
    let range = keys.iter().max().map_or(0, |&m| m as usize + 1);
    let mut start = vec![0u32; range + 1];
    for &k in &keys {
        start[k as usize + 1] += 1;
    }
    for k in 1..start.len() {
        start[k] += start[k - 1];
    }
    let mut out = vec![0; items.len()];
    for (&i, &k) in items.iter().zip(&keys) {
        out[start[k as usize] as usize] = i;
        start[k as usize] += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_display_columns_and_marks_cuts() {
        assert_eq!(fit("Maria Garcia", 12), "Maria Garcia");
        assert_eq!(fit("Maria Garcia", 8), "Maria G…");
        // Each CJK character takes two columns: 2 + 2 + 1 (ellipsis) fits in 6, a third does not.
        assert_eq!(fit("佐藤健太郎", 6), "佐藤…");
        assert_eq!(fit("佐藤健太郎", 5), "佐藤…");
        assert_eq!(fit("a\u{1b}[2Jb", 20), "a\u{FFFD}[2Jb");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn counting_sort_is_stable_and_agrees_with_the_standard_sort() {
        let items: Vec<u32> = (0..500).collect();
        let key = |i: u32| (i * 7919) % 37;
        let mut want = items.clone();
        want.sort_by_key(|&i| key(i));
        assert_eq!(sort_by_small_key(&items, key), want);
        assert_eq!(sort_by_small_key(&[3, 1, 2], |i| i % 2), vec![2, 3, 1]);
    }

    #[test]
    fn segment_direction_and_span() {
        let s = Segment { a: Point::new(5, 2), b: Point::new(1, 2), edge: 0, first: false, head: true };
        assert_eq!((s.dir(), s.span(), s.is_horizontal()), (Dir::Left, (1, 5), true));
        let v = Segment { a: Point::new(3, 9), b: Point::new(3, 4), ..s };
        assert_eq!((v.dir(), v.span(), v.is_horizontal()), (Dir::Up, (4, 9), false));
    }
}
