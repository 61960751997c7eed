//! Fitting table columns into the width there is: the most important columns stay,
//! the rest drop out on narrow terminals, and spare width grows the columns whose
//! content is widest. Widths are terminal columns (see `tui::fit`).

/// One column as the table would like it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Narrowest useful width.
    pub min: u16,
    /// Width of the widest content (or header), capped by the caller.
    pub want: u16,
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
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(min: u16, want: u16, priority: u8) -> Column {
        Column { min, want, priority }
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
}
