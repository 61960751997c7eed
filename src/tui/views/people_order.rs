//! The people table's display order and column widths, with what they are derived
//! from kept per person (search score, width of each cell), so that an edit of one
//! person moves one row and measures one person instead of sorting and measuring the
//! whole account again: a keystroke on ten thousand people costs about what it costs
//! on a hundred.
//!
//! The order is a total one: the sort key, then the best search score, then the file
//! position, all reversed together when the sort is reversed. Being total, one person
//! can be put back in place by a binary search and the result is the order a full
//! sort gives.

use super::people::SortKey;
use super::people_cells::{COLS, cell_text};
use crate::i18n::collate::SortBy;
use crate::model::{Account, Person};
use crate::search::Fuzzy;
use crate::tui::fit::width;
use std::cmp::{Ordering, Reverse};

/// The width of each column's cell for one person.
type Cells = [u16; COLS.len()];

/// The filtered, sorted people and the widest cell of each column among them.
#[derive(Debug, Clone, Default)]
pub(super) struct Order {
    /// Positions in `account.people`, in display order.
    pub rows: Vec<usize>,
    /// By position: the search score, `None` when the query filters the person out.
    scores: Vec<Option<u32>>,
    /// By position: the display width of each cell.
    cells: Vec<Cells>,
    /// The widest cell per column over `rows`.
    pub content: Cells,
}

/// The way a sort arranges people.
#[derive(Clone, Copy)]
pub(super) struct Arrange<'q> {
    pub query: &'q str,
    pub sort: SortKey,
    pub reverse: bool,
    /// Which word of a name sorts by name.
    pub names: SortBy,
}

fn fields(p: &Person) -> [&str; 3] {
    [p.name.as_str(), p.title.as_deref().unwrap_or(""), p.department.as_deref().unwrap_or("")]
}

fn measure(account: &Account, p: &Person) -> Cells {
    let mut cells = Cells::default();
    for (w, spec) in cells.iter_mut().zip(&COLS) {
        *w = width(&cell_text(account, p, spec.col)).min(u16::MAX as usize) as u16;
    }
    cells
}

impl Order {
    /// Measures every person again (after the people changed in a way that cannot
    /// be patched), then arranges them.
    pub fn rebuild(&mut self, account: &Account, how: Arrange) {
        self.cells = account.people.iter().map(|p| measure(account, p)).collect();
        self.arrange(account, how);
    }

    /// Scores and sorts everyone again with the widths measured before (after the
    /// query or the sort changed; the people are as they were).
    pub fn arrange(&mut self, account: &Account, how: Arrange) {
        if self.cells.len() != account.people.len() {
            self.cells = account.people.iter().map(|p| measure(account, p)).collect();
        }
        let people = &account.people;
        let mut fuzzy = Fuzzy::new(how.query);
        self.scores = people.iter().map(|p| fuzzy.score_fields(&fields(p))).collect();
        let scores = &self.scores;
        let mut rows: Vec<usize> = (0..people.len()).filter(|&i| scores[i].is_some()).collect();
        if matches!(how.sort, SortKey::Name | SortKey::Title | SortKey::Department) {
            // Folded once per person rather than once per comparison.
            rows.sort_by_cached_key(|&i| (how.sort.text(&people[i], how.names), Reverse(scores[i]), i));
        } else {
            rows.sort_by(|&a, &b| self.compare(account, how, a, b));
        }
        if how.reverse {
            rows.reverse();
        }
        self.rows = rows;
        for c in 0..COLS.len() {
            self.content[c] = self.widest(c);
        }
    }

    /// Puts the person at `i`, just replaced in place, back where they now belong,
    /// and updates the column widths: one measure, one binary search.
    pub fn patch(&mut self, account: &Account, i: usize, how: Arrange) {
        let Some(p) = account.people.get(i) else { return };
        if self.cells.len() != account.people.len() {
            return self.rebuild(account, how);
        }
        let was = self.rows.iter().position(|&j| j == i);
        if let Some(row) = was {
            self.rows.remove(row);
        }
        let old = std::mem::replace(&mut self.cells[i], measure(account, p));
        self.scores[i] = Fuzzy::new(how.query).score_fields(&fields(p));
        let shown = self.scores[i].is_some();
        if shown {
            let before = if how.reverse { Ordering::Greater } else { Ordering::Less };
            let at = self.rows.partition_point(|&j| self.compare(account, how, j, i) == before);
            self.rows.insert(at, i);
        }
        let new = self.cells[i];
        for c in 0..COLS.len() {
            if shown && new[c] > self.content[c] {
                self.content[c] = new[c];
            } else if was.is_some() && old[c] == self.content[c] && !(shown && new[c] == old[c]) {
                // The widest cell may have narrowed or left: measure the column again
                // from the kept widths (no text is built).
                self.content[c] = self.widest(c);
            }
        }
    }

    fn widest(&self, c: usize) -> u16 {
        self.rows.iter().map(|&j| self.cells[j][c]).max().unwrap_or(0)
    }

    /// The full order of two positions, before any reversal.
    fn compare(&self, account: &Account, how: Arrange, a: usize, b: usize) -> Ordering {
        let (pa, pb) = (&account.people[a], &account.people[b]);
        let key = match (how.sort.text(pa, how.names), how.sort.text(pb, how.names)) {
            (Some(ta), Some(tb)) => ta.cmp(&tb),
            _ => how.sort.compare(pa, pb),
        };
        key.then(self.scores[b].cmp(&self.scores[a])).then(a.cmp(&b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stance;

    fn account(n: usize) -> Account {
        let mut a = crate::generate::account(n, 3);
        // Ties on every key, so the tie-breaks are exercised.
        for p in a.people.iter_mut().step_by(3) {
            p.stance = Stance::Neutral;
        }
        a
    }

    /// Patching after an edit gives exactly what arranging from scratch gives, for
    /// every sort, both directions, with and without a query.
    #[test]
    fn a_patched_order_is_the_order_a_full_sort_gives() {
        let mut a = account(120);
        for sort in SortKey::CYCLE {
            for reverse in [false, true] {
                for (query, names) in
                    [("", SortBy::Written), ("an", SortBy::SurnameLast), ("", SortBy::SurnameFirst)]
                {
                    let how = Arrange { query, sort, reverse, names };
                    let mut patched = Order::default();
                    patched.rebuild(&a, how);
                    for (k, i) in [5usize, 0, 119, 42, 5].into_iter().enumerate() {
                        let p = &mut a.people[i];
                        p.name =
                            format!("{}{}", if k % 2 == 0 { "Aaron " } else { "Zed " }, "x".repeat(k * 9));
                        p.stance = if k % 2 == 0 { Stance::Champion } else { Stance::Opponent };
                        p.title = None;
                        patched.patch(&a, i, how);
                        let mut fresh = Order::default();
                        fresh.rebuild(&a, how);
                        assert_eq!(patched.rows, fresh.rows, "{sort:?} reverse={reverse} query={query:?}");
                        assert_eq!(patched.content, fresh.content, "{sort:?} widths");
                    }
                }
            }
        }
    }
}
