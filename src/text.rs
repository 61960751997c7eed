//! Making untrusted text safe to show: account files are written by other tools and
//! people, so a name may hold control characters, terminal escape sequences or
//! direction overrides. No UI types here; the TUI and the exports both use it.

use std::borrow::Cow;

/// Whether a character must not reach a terminal or an export as it is: C0 and C1
/// controls (ESC starts escape sequences), DEL, and the bidirectional overrides and
/// isolates that can make text display in an order other than it is stored.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text with every unsafe character replaced by U+FFFD, and newlines and tabs by
/// a space, so it is inert and stays on one line. Borrows when nothing changes.
pub fn inert(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' => ' ',
                c if is_unsafe(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Text from outside (a paste) made fit for a one-line field: each line break
/// (`\r\n`, `\r`, `\n` and the other breaks) and each tab becomes one space, and every
/// other unsafe character is dropped, so nothing invisible gets stored.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push(' ');
            }
            '\n' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{inert, one_line};

    #[test]
    fn pasted_text_keeps_to_one_line_and_drops_what_is_invisible() {
        assert_eq!(one_line("Meeting notes\ndy"), "Meeting notes dy");
        assert_eq!(one_line("a\r\nb\rc\td\u{2028}e"), "a b c d e", "a CRLF is one break");
        assert_eq!(one_line("\u{1b}[31mred\u{7}\u{202E}!"), "[31mred!");
        assert_eq!(one_line("Пётр 佐藤 👩‍🔧"), "Пётр 佐藤 👩‍🔧");
    }

    #[test]
    fn escapes_and_overrides_become_visible_placeholders() {
        assert_eq!(inert("Ivanov"), "Ivanov");
        assert!(matches!(inert("Пётр 佐藤 👩‍🔧"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(inert("\u{1b}[31mred\u{7}"), "\u{FFFD}[31mred\u{FFFD}");
        assert_eq!(inert("a\u{202E}b\nc"), "a\u{FFFD}b c");
        assert_eq!(inert("\u{9b}2J"), "\u{FFFD}2J", "C1 CSI is a control too");
    }
}
