//! Fitting table columns into the width there is: the most important columns stay,
//! the rest drop out on narrow terminals, and spare width grows the columns whose
//! content is widest. Widths are terminal columns (see `tui::fit`).
//!
//! Three passes: keep columns at their narrowest, most important first, while they
//! fit; grow them towards a fair width (`want`), most important first; then share
//! what is still spare among the columns whose content is cut, in proportion to how
//! much each is short of its content (`need`), never past it. So a wide terminal
//! shows whole titles and names instead of empty columns at the right.

/// One column as the table would like it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Narrowest useful width.
    pub min: u16,
    /// A fair width: the content's, capped so one long cell does not take the row
    /// before the other columns have theirs.
    pub want: u16,
    /// Width of the widest content (or header), uncapped: what the column grows to
    /// when there is room to spare.
    pub need: u16,
    /// Lower numbers are kept longer.
    pub priority: u8,
}

/// The width of each column, `None` for columns that do not fit, with `gap` columns
/// between neighbours. The total never exceeds `total`.
pub fn fit(total: u16, gap: u16, cols: &[Column]) -> Vec<Option<u16>> {
    let mut by_priority: Vec<usize> = (0..cols.len()).collect();
    by_priority.sort_by_key(|&i| cols[i].priority);
    let mut widths = vec![None; cols.len()];
    let mut used: u16 = 0;
    for &i in &by_priority {
        let need = cols[i].min.min(cols[i].want.max(1)) + if used == 0 { 0 } else { gap };
        if used.saturating_add(need) > total {
            continue;
        }
        used += need;
        widths[i] = Some(cols[i].min.min(cols[i].want.max(1)));
    }
    // Grow the kept columns toward what they want, most important first.
    for &i in &by_priority {
        if let Some(w) = widths[i].as_mut() {
            let grow = cols[i].want.saturating_sub(*w).min(total - used);
            *w += grow;
            used += grow;
        }
    }
    // Share the rest among the columns still cut, by how much each is short.
    let kept: Vec<usize> = by_priority.iter().copied().filter(|&i| widths[i].is_some()).collect();
    let mut items: Vec<(u16, u16)> =
        kept.iter().map(|&i| (widths[i].unwrap_or(0), cols[i].need.max(cols[i].want))).collect();
    spread(total - used, &mut items);
    for (&i, (w, _)) in kept.iter().zip(items) {
        widths[i] = Some(w);
    }
    widths
}

/// Adds up to `spare` columns to `items` (each `(width, need)`): every item short of
/// its need gets a share of `spare` in proportion to its shortfall, never past its
/// need; what rounding leaves goes one column at a time to the largest remainders
/// (the earlier item on a tie). Returns the columns given out.
pub fn spread(spare: u16, items: &mut [(u16, u16)]) -> u16 {
    let short: Vec<u32> = items.iter().map(|&(w, need)| need.saturating_sub(w) as u32).collect();
    let all: u32 = short.iter().sum();
    if all == 0 || spare == 0 {
        return 0;
    }
    if all <= spare as u32 {
        for (item, &s) in items.iter_mut().zip(&short) {
            item.0 += s as u16;
        }
        return all as u16;
    }
    let spare32 = spare as u32;
    let mut given = 0u32;
    let mut rest: Vec<(u32, usize)> = Vec::new();
    for (k, (item, &s)) in items.iter_mut().zip(&short).enumerate() {
        let share = spare32 * s / all;
        item.0 += share as u16;
        given += share;
        if share < s {
            rest.push((spare32 * s % all, k));
        }
    }
    rest.sort_by_key(|&(r, k)| (std::cmp::Reverse(r), k));
    for &(_, k) in rest.iter().take((spare32 - given) as usize) {
        items[k].0 += 1;
        given += 1;
    }
    given as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(min: u16, want: u16, priority: u8) -> Column {
        Column { min, want, need: want, priority }
    }

    #[test]
    fn drops_the_least_important_columns_first_and_never_overflows() {
        let cols = [col(8, 20, 0), col(10, 10, 2), col(5, 5, 1)];
        assert_eq!(fit(100, 1, &cols), [Some(20), Some(10), Some(5)]);
        assert_eq!(fit(20, 1, &cols), [Some(14), None, Some(5)]);
        assert_eq!(fit(3, 1, &cols), [None, None, None]);
        for total in 0..60 {
            let w = fit(total, 1, &cols);
            let n = w.iter().flatten().count() as u16;
            let sum: u16 = w.iter().flatten().sum::<u16>() + n.saturating_sub(1);
            assert!(sum <= total, "{total}: {w:?}");
        }
    }

    #[test]
    fn spare_width_goes_to_cut_columns_in_proportion_to_what_they_lack() {
        // Name wants 10 but needs 40, title wants 10 but needs 20, a date is whole.
        let cols = [
            Column { min: 4, want: 10, need: 40, priority: 0 },
            Column { min: 4, want: 10, need: 20, priority: 1 },
            Column { min: 10, want: 10, need: 10, priority: 2 },
        ];
        // 32 + 2 gaps: all at their fair width, nothing spare.
        assert_eq!(fit(32, 1, &cols), [Some(10), Some(10), Some(10)]);
        // 20 spare, shortfalls 30 and 10: three quarters to the name.
        assert_eq!(fit(52, 1, &cols), [Some(25), Some(15), Some(10)]);
        // Room for everything: each grows to its content and no further.
        assert_eq!(fit(200, 1, &cols), [Some(40), Some(20), Some(10)]);
        for total in 0..90 {
            let w = fit(total, 1, &cols);
            let n = w.iter().flatten().count() as u16;
            let sum: u16 = w.iter().flatten().sum::<u16>() + n.saturating_sub(1);
            assert!(sum <= total, "{total}: {w:?}");
            for (c, w) in cols.iter().zip(&w) {
                assert!(w.is_none_or(|w| w <= c.need), "{total}: {w:?}");
            }
        }
    }

    #[test]
    fn spreading_gives_out_exactly_the_spare_or_all_that_is_lacking() {
        let mut items = [(5, 8), (2, 2), (1, 4)];
        assert_eq!(spread(4, &mut items), 4);
        assert_eq!(items, [(7, 8), (2, 2), (3, 4)]);
        let mut items = [(5, 8), (1, 4)];
        assert_eq!(spread(100, &mut items), 6);
        assert_eq!(items, [(8, 8), (4, 4)]);
        assert_eq!(spread(0, &mut items), 0);
    }
}
