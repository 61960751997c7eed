//! Making user text fit a cell: inert (no control characters reach the terminal),
//! measured in terminal columns (CJK and emoji take two), and cut with an ellipsis
//! without ever splitting a wide character.

use crate::text::inert;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The number of terminal columns the text takes once made inert.
pub fn width(s: &str) -> usize {
    inert(s).width()
}

/// The text made inert and cut to at most `max` columns, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> String {
    let s = inert(s);
    if s.width() <= max {
        return s.into_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// The text [`fit`] to `w` columns and padded with spaces to exactly `w`: for columns
/// of text, where `format!`'s padding counts characters and a CJK name would push the
/// next column out.
pub fn fit_padded(s: &str, w: usize) -> String {
    let t = fit(s, w);
    let fill = w.saturating_sub(width(&t));
    format!("{t}{}", " ".repeat(fill))
}

/// Initials of a name for tight columns: "Anna Berg" -> "AB", "佐藤 健" -> "佐健".
pub fn initials(name: &str) -> String {
    inert(name).split_whitespace().filter_map(|w| w.chars().next()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_by_columns_and_never_splits_a_wide_character() {
        assert_eq!(fit("Иванов", 10), "Иванов");
        assert_eq!(fit("Иванов Пётр", 6), "Ивано…");
        // 佐藤 健 is 7 columns; in 4 only one wide char and the ellipsis fit.
        assert_eq!(fit("佐藤 健", 4), "佐…");
        assert!(width(&fit("佐藤 健", 4)) <= 4);
        assert_eq!(fit("佐藤", 1), "…");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn escapes_never_survive() {
        assert_eq!(fit("\u{1b}[2Jx", 10), "\u{FFFD}[2Jx");
        assert_eq!(initials("Anna  Berg"), "AB");
    }
}
