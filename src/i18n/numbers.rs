//! Numbers as each language writes them, and as reps type them.
//!
//! Files keep plain numbers (`1200000`, `45000000.5`); the screen shows `1 200 000`
//! and `45 000 000,5` in Russian, and English as before (`1200000`). A form takes
//! either way of writing: spaces, no-break spaces (U+00A0, U+202F), apostrophes or
//! dots between groups of three digits, and `,` or `.` as the decimal mark.

use super::{Lang, lang};

/// The no-break space Russian puts between groups of digits, so a number never
/// breaks across lines.
pub const GROUP_RU: char = '\u{00A0}';

/// A number in this thread's language.
pub fn show(n: f64) -> String {
    show_in(lang(), n, None)
}

/// A whole number in this thread's language (`1 200 000` in Russian).
pub fn show_int(n: i64) -> String {
    show_in(lang(), n as f64, Some(0))
}

/// A number in a language, with at most `max_fraction` decimals when given (rounded),
/// else as many as it has (up to six).
pub fn show_in(l: Lang, n: f64, max_fraction: Option<usize>) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let digits = max_fraction.unwrap_or(6).min(12);
    let mut text = format!("{:.*}", digits, n.abs());
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let negative = n < 0.0 && (int.bytes().any(|b| b != b'0') || frac.is_some());
    let sign = if negative { "-" } else { "" };
    match l {
        Lang::En => match frac {
            Some(f) => format!("{sign}{int}.{f}"),
            None => format!("{sign}{int}"),
        },
        Lang::Ru => {
            let grouped = group(&int, GROUP_RU);
            match frac {
                Some(f) => format!("{sign}{grouped},{f}"),
                None => format!("{sign}{grouped}"),
            }
        }
    }
}

/// Digits with a separator between groups of three, from the right; four-digit
/// numbers stay whole (`1200`, as Russian typography writes them).
fn group(int: &str, sep: char) -> String {
    if int.len() <= 4 {
        return int.to_string();
    }
    let mut out = String::with_capacity(int.len() + int.len() / 3 * 2);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A non-negative amount as typed, in either language's way of writing it: `None` when
/// it is no number. The text of the number is returned in the file's form (`1200000`,
/// `45000000.5`), so whole sums stay whole.
///
/// How a lone separator is read: `1,5` and `1.5` are one and a half; `1.200` and
/// `1,200` (exactly three digits after one mark, in a number that has no other) are
/// one thousand two hundred, as both languages' reps mean them; `1.200.000` and
/// `1 200 000,50` are grouped. Two different marks: the last one is the decimal mark.
pub fn parse_amount(s: &str) -> Option<String> {
    let s: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\''))
        .collect();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    if !s.as_bytes()[0].is_ascii_digit() || !s.as_bytes()[s.len() - 1].is_ascii_digit() {
        return None;
    }
    let marks: Vec<(usize, u8)> = s.bytes().enumerate().filter(|(_, b)| !b.is_ascii_digit()).collect();
    let (int, frac): (String, Option<&str>) = match marks.as_slice() {
        [] => (s.clone(), None),
        [(i, _)] => {
            let after = &s[i + 1..];
            if after.len() == 3 && s[..*i].len() <= 3 {
                (s.replace([',', '.'], ""), None)
            } else {
                (s[..*i].to_string(), Some(after))
            }
        }
        _ => {
            let last = marks[marks.len() - 1];
            let all_same = marks.iter().all(|(_, b)| *b == last.1);
            let (group_marks, decimal) =
                if all_same { (&marks[..], None) } else { (&marks[..marks.len() - 1], Some(last)) };
            // Group marks all alike, each followed by exactly three digits.
            let g = group_marks[0].1;
            if group_marks.iter().any(|(_, b)| *b != g) {
                return None;
            }
            let int_end = decimal.map_or(s.len(), |(i, _)| i);
            let int_part = &s[..int_end];
            let pieces: Vec<&str> = int_part.split(g as char).collect();
            if pieces[0].is_empty() || pieces[0].len() > 3 || pieces[1..].iter().any(|p| p.len() != 3) {
                return None;
            }
            (pieces.concat(), decimal.map(|(i, _)| &s[i + 1..]))
        }
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    match frac.map(|f| f.trim_end_matches('0')) {
        None | Some("") => Some(int.to_string()),
        Some(f) => Some(format!("{int}.{f}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_groups_thousands_with_no_break_spaces_and_a_decimal_comma() {
        let ru = |n: f64| show_in(Lang::Ru, n, None).replace(GROUP_RU, " ");
        assert_eq!(ru(1_200_000.0), "1 200 000");
        assert_eq!(ru(45_000_000.5), "45 000 000,5");
        assert_eq!(ru(1200.0), "1200");
        assert_eq!(ru(12_000.0), "12 000");
        assert_eq!(ru(0.0), "0");
        assert_eq!(ru(-15_000.25), "-15 000,25");
        assert_eq!(show_in(Lang::Ru, 2.345, Some(1)), "2,3");
        assert_eq!(show_in(Lang::En, 1_200_000.0, None), "1200000");
        assert_eq!(show_in(Lang::En, 0.75, None), "0.75");
    }

    #[test]
    fn amounts_are_read_as_either_language_writes_them() {
        let table = [
            ("1200000", Some("1200000")),
            ("12 000 000", Some("12000000")),
            ("12\u{00A0}000\u{00A0}000", Some("12000000")),
            ("12\u{202F}000", Some("12000")),
            ("45000000,50", Some("45000000.5")),
            ("45000000.50", Some("45000000.5")),
            ("1.200.000", Some("1200000")),
            ("1,200,000", Some("1200000")),
            ("1.200.000,75", Some("1200000.75")),
            ("1,200,000.75", Some("1200000.75")),
            ("1 200 000,75", Some("1200000.75")),
            ("1.200", Some("1200")),
            ("1,5", Some("1.5")),
            ("0,25", Some("0.25")),
            ("12'000", Some("12000")),
            ("007", Some("7")),
            ("", None),
            ("-5", None),
            ("+5", None),
            ("12,000,00", None),
            ("1.2.3", None),
            ("abc", None),
            ("5 €", None),
            (",5", None),
            ("5,", None),
        ];
        for (typed, want) in table {
            assert_eq!(parse_amount(typed).as_deref(), want, "{typed:?}");
        }
    }
}
