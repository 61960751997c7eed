//! Making untrusted text safe to show: account files are written by other tools and
//! people, so a name may hold control characters, terminal escape sequences or
//! direction overrides. No UI types here; the TUI and the exports both use it.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a character must not reach a terminal or an export as it is: C0 and C1
/// controls (ESC starts escape sequences, U+009B is a one-character CSI), DEL, and
/// every bidirectional control (the marks U+061C, U+200E and U+200F, the embeddings
/// and overrides U+202A to U+202E, the isolates U+2066 to U+2069), which can make text
/// display in an order other than it is stored.
pub fn is_unsafe(c: char) -> bool {
    // `is_control` is Unicode's Cc category: exactly U+0000-U+001F, U+007F-U+009F.
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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

/// Text of several lines made inert: like [`inert`], but a newline stays a newline.
/// For whole outputs (a table, a report, an error message) whose line breaks are the
/// writer's own; each value in them should have gone through [`inert`] already, so
/// this is the last guard before the terminal.
pub fn inert_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.split('\n').map(inert).collect::<Vec<_>>().join("\n"))
}

/// JSON, as `serde_json` writes it, with every unsafe character inside its strings
/// written as a `\uXXXX` escape, so a terminal shows six harmless characters while a
/// parser reads back exactly the same strings.
///
/// Only valid for `serde_json` output: outside strings it writes ASCII punctuation,
/// digits, spaces and newlines only, and inside strings it already escapes `\n` (and
/// every other C0 control), so the newlines left raw are the layout's own and stay.
/// Every unsafe character is in the Basic Multilingual Plane, so one escape each does.
pub fn json_for_terminal(json: &str) -> Cow<'_, str> {
    if !json.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c != '\n' && is_unsafe(c) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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
    use super::*;

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
        assert_eq!(inert("a\u{61c}b\u{7f}"), "a\u{FFFD}b\u{FFFD}", "the Arabic letter mark and DEL");
        // Arabic and Hebrew text themselves are fine; only the invisible controls go.
        assert_eq!(inert("شركة עברית"), "شركة עברית");
    }

    #[test]
    fn whole_outputs_keep_their_lines() {
        assert_eq!(inert_lines("a\u{1b}\nb\tc\n"), "a\u{FFFD}\nb c\n");
        assert_eq!(inert_lines("x\n\ny"), "x\n\ny");
        assert!(matches!(inert_lines("plain\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_keeps_its_meaning_and_loses_its_raw_controls() {
        let name = "Evil\u{61c} \u{1b}[31m \u{9b}2J \u{2067}x\u{2069} \u{7f}\u{200e}\n";
        let json = serde_json::to_string_pretty(&serde_json::json!({ "name": name })).unwrap();
        let safe = json_for_terminal(&json);
        assert!(!safe.chars().any(|c| c != '\n' && is_unsafe(c)), "{safe}");
        assert!(safe.contains(r"\u061c") && safe.contains(r"\u009b") && safe.contains(r"\u2067"), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["name"], name);
        assert!(matches!(json_for_terminal("{\n  \"a\": \"Пётр\"\n}"), Cow::Borrowed(_)));
    }
}
