//! Cutting a note under a field (a warning) into lines of a width, at spaces, so that
//! a long one is read whole rather than cut off.

use crate::tui::fit::{fit, width};

/// `text` in lines of at most `w` columns, broken at spaces, at most `max` lines (the
/// last ending in `…` when the text goes on). A word wider than a line is cut.
pub fn wrap(text: &str, w: usize, max: usize) -> Vec<String> {
    if w == 0 || max == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let longer = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if width(&longer) <= w || line.is_empty() {
            line = longer;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    lines.push(line);
    if lines.len() > max {
        let rest = lines.split_off(max - 1).join(" ");
        lines.push(rest);
    }
    lines.iter().map(|l| fit(l, w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_at_spaces_and_cuts_what_does_not_fit() {
        assert_eq!(wrap("another person is called this", 14, 3), ["another person", "is called this"]);
        assert_eq!(wrap("another person is called this", 14, 1), ["another perso…"]);
        assert_eq!(wrap("Пётр", 10, 2), ["Пётр"]);
        assert_eq!(wrap("Chief-Engineer", 5, 2), ["Chie…"]);
        assert!(wrap("x", 0, 2).is_empty());
    }
}
