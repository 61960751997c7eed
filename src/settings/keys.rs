//! Keys as the settings file writes them: `"q"`, `"Q"`, `"Ctrl-r"`, `"Alt-x"`, `"F1"`,
//! `"PgDn"`, `"Space"`, `"Enter"`. Parsing and writing back, with no terminal library:
//! the TUI turns a [`KeySpec`] into its own key type.

use super::words;
use std::fmt;

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyName {
    /// A character; upper case means Shift (`S` is Shift-s). `' '` is Space.
    Char(char),
    /// A function key, F1 to F24.
    F(u8),
    /// The arrow up.
    Up,
    /// The arrow down.
    Down,
    /// The arrow left.
    Left,
    /// The arrow right.
    Right,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Home.
    Home,
    /// End.
    End,
    /// Enter (Return).
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab, as terminals send it.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete (forward).
    Delete,
    /// Insert.
    Insert,
}

/// A key with its modifiers. Shift is folded into the character for letters (`Q`), so
/// `shift` is only ever set on named keys (`Shift-Up`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    /// The key.
    pub name: KeyName,
    /// With Ctrl held.
    pub ctrl: bool,
    /// With Alt held.
    pub alt: bool,
    /// With Shift held (named keys only).
    pub shift: bool,
}

impl KeySpec {
    /// A key without modifiers.
    pub fn plain(name: KeyName) -> KeySpec {
        KeySpec { name, ctrl: false, alt: false, shift: false }
    }

    /// Whether typing this key in a text field would type a character (a character
    /// without Ctrl or Alt).
    pub fn is_typing(&self) -> bool {
        matches!(self.name, KeyName::Char(_)) && !self.ctrl && !self.alt
    }
}

/// Named keys and the names they may be written as (any case). The first name is the
/// one dmu writes.
const NAMES: &[(KeyName, &[&str])] = &[
    (KeyName::Char(' '), &["Space"]),
    (KeyName::Enter, &["Enter", "Return"]),
    (KeyName::Esc, &["Esc", "Escape"]),
    (KeyName::Tab, &["Tab"]),
    (KeyName::BackTab, &["Shift-Tab", "BackTab"]),
    (KeyName::Backspace, &["Backspace", "Bksp"]),
    (KeyName::Delete, &["Delete", "Del"]),
    (KeyName::Insert, &["Insert", "Ins"]),
    (KeyName::Up, &["Up", "↑"]),
    (KeyName::Down, &["Down", "↓"]),
    (KeyName::Left, &["Left", "←"]),
    (KeyName::Right, &["Right", "→"]),
    (KeyName::PageUp, &["PgUp", "PageUp"]),
    (KeyName::PageDown, &["PgDn", "PageDown"]),
    (KeyName::Home, &["Home"]),
    (KeyName::End, &["End"]),
];

/// Reads one key. The error says what is wrong and how keys are written.
pub fn parse_key(text: &str) -> Result<KeySpec, String> {
    if text.is_empty() {
        return Err(words::key_empty());
    }
    if let Some(name) = named(text) {
        return Ok(KeySpec::plain(name));
    }
    // A single character is that character, whatever it is (`-`, `+`, `?`).
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return single(c, text);
    }
    let (mut ctrl, mut alt, mut shift) = (false, false, false);
    let mut rest = text;
    while let Some((modifier, tail)) = split_modifier(rest) {
        match modifier {
            Modifier::Ctrl => ctrl = true,
            Modifier::Alt => alt = true,
            Modifier::Shift => shift = true,
        }
        rest = tail;
    }
    if rest.len() == text.len() {
        return Err(unknown(text));
    }
    let mut rc = rest.chars();
    let name = match (rc.next(), rc.next()) {
        (Some(c), None) => KeyName::Char(c),
        _ => named(rest).ok_or_else(|| unknown(text))?,
    };
    let mut key = KeySpec { name, ctrl, alt, shift };
    if let KeyName::Char(c) = key.name {
        if c.is_control() || (c.is_whitespace() && c != ' ') {
            return Err(unknown(text));
        }
        if key.shift {
            // Shift-s is S; Shift with anything but a letter is a character of its own.
            if !c.is_alphabetic() || !c.is_lowercase() && !c.is_uppercase() {
                return Err(words::key_shift_symbol(text));
            }
            key.name = KeyName::Char(c.to_uppercase().next().unwrap_or(c));
            key.shift = false;
        }
        if key.ctrl {
            // Terminals send Ctrl-R and Ctrl-r alike, and Ctrl only with letters and Space.
            if !(c.is_ascii_alphabetic() || c == ' ') {
                return Err(words::key_ctrl_symbol(text));
            }
            key.name = KeyName::Char(c.to_ascii_lowercase());
        }
    }
    if key.shift && key.name == KeyName::Tab {
        key = KeySpec { name: KeyName::BackTab, shift: false, ..key };
    }
    Ok(key)
}

/// The error for a key dmu cannot read, with the closest key name when there is one
/// (`Ctrl-PgDown` → `Ctrl-PgDn`).
fn unknown(text: &str) -> String {
    let mut rest = text;
    while let Some((_, tail)) = split_modifier(rest) {
        rest = tail;
    }
    let prefix = &text[..text.len() - rest.len()];
    let fkeys: Vec<String> = (1..=12).map(|n| format!("F{n}")).collect();
    let candidates =
        NAMES.iter().flat_map(|(_, s)| s.iter().copied()).chain(fkeys.iter().map(String::as_str));
    let suggestion = super::suggest::closest(rest, candidates).map(|s| format!("{prefix}{s}"));
    words::key_unknown(text, suggestion)
}

fn single(c: char, text: &str) -> Result<KeySpec, String> {
    if c.is_control() || (c.is_whitespace() && c != ' ') {
        return Err(unknown(text));
    }
    Ok(KeySpec::plain(KeyName::Char(c)))
}

fn named(text: &str) -> Option<KeyName> {
    for (name, spellings) in NAMES {
        if spellings.iter().any(|s| s.eq_ignore_ascii_case(text)) {
            return Some(*name);
        }
    }
    let digits = text.strip_prefix('F').or_else(|| text.strip_prefix('f'))?;
    let n: u8 = digits.parse().ok()?;
    (digits.len() <= 2 && (1..=24).contains(&n)).then_some(KeyName::F(n))
}

#[derive(Clone, Copy)]
enum Modifier {
    Ctrl,
    Alt,
    Shift,
}

/// `Ctrl-x` → (Ctrl, "x"); the separator is `-` or `+`, and something must follow it.
fn split_modifier(text: &str) -> Option<(Modifier, &str)> {
    const MODIFIERS: &[(&str, Modifier)] = &[
        ("ctrl", Modifier::Ctrl),
        ("control", Modifier::Ctrl),
        ("alt", Modifier::Alt),
        ("meta", Modifier::Alt),
        ("shift", Modifier::Shift),
    ];
    for (word, modifier) in MODIFIERS {
        let Some(head) = text.get(..word.len()) else { continue };
        if !head.eq_ignore_ascii_case(word) {
            continue;
        }
        let tail = &text[word.len()..];
        let rest = tail.strip_prefix('-').or_else(|| tail.strip_prefix('+'))?;
        if !rest.is_empty() {
            return Some((*modifier, rest));
        }
    }
    None
}

impl fmt::Display for KeySpec {
    /// The way the settings file and `dmu config` write a key; it reads back the same.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        if self.shift {
            f.write_str("Shift-")?;
        }
        match self.name {
            KeyName::Char(' ') => f.write_str("Space"),
            KeyName::Char(c) => write!(f, "{c}"),
            KeyName::F(n) => write!(f, "F{n}"),
            other => {
                let spelled = NAMES.iter().find(|(n, _)| *n == other).map_or("?", |(_, s)| s[0]);
                f.write_str(spelled)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> KeySpec {
        parse_key(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn the_documented_spellings_read() {
        assert_eq!(key("q"), KeySpec::plain(KeyName::Char('q')));
        assert_eq!(key("Q"), KeySpec::plain(KeyName::Char('Q')));
        assert_eq!(key("Shift-q"), KeySpec::plain(KeyName::Char('Q')));
        assert_eq!(key("-"), KeySpec::plain(KeyName::Char('-')));
        assert_eq!(key("й"), KeySpec::plain(KeyName::Char('й')));
        assert_eq!(key("Ctrl-r"), KeySpec { ctrl: true, ..KeySpec::plain(KeyName::Char('r')) });
        assert_eq!(key("ctrl+R"), key("Ctrl-r"), "terminals cannot tell Ctrl-R from Ctrl-r");
        assert_eq!(key("Alt-x"), KeySpec { alt: true, ..KeySpec::plain(KeyName::Char('x')) });
        assert_eq!(key("Alt--"), KeySpec { alt: true, ..KeySpec::plain(KeyName::Char('-')) });
        assert_eq!(key("F1"), KeySpec::plain(KeyName::F(1)));
        assert_eq!(key("f12"), KeySpec::plain(KeyName::F(12)));
        assert_eq!(key("PgDn"), KeySpec::plain(KeyName::PageDown));
        assert_eq!(key("pagedown"), KeySpec::plain(KeyName::PageDown));
        assert_eq!(key("Space"), KeySpec::plain(KeyName::Char(' ')));
        assert_eq!(key("Enter"), KeySpec::plain(KeyName::Enter));
        assert_eq!(key("Shift-Tab"), KeySpec::plain(KeyName::BackTab));
        assert_eq!(key("shift+tab"), KeySpec::plain(KeyName::BackTab));
        assert_eq!(key("↑"), KeySpec::plain(KeyName::Up));
        assert_eq!(key("Ctrl-Up"), KeySpec { ctrl: true, ..KeySpec::plain(KeyName::Up) });
        assert_eq!(key("Shift-Down"), KeySpec { shift: true, ..KeySpec::plain(KeyName::Down) });
    }

    #[test]
    fn bad_keys_say_how_keys_are_written() {
        for bad in [
            "", "PgDown", "Ctrl-", "Ctrl-1", "Ctrl-?", "Ctrl--", "Shift-1", "F0", "F25", "Hyper-x", "ab",
            "\t",
        ] {
            let e = parse_key(bad).expect_err(bad);
            assert!(!e.is_empty(), "{bad}");
        }
        let e = parse_key("PgDown").unwrap_err();
        assert!(e.contains("PgDown") && e.contains("PgDn"), "{e}");
        assert!(parse_key("Ctrl-1").unwrap_err().contains("letters"), "{}", parse_key("Ctrl-1").unwrap_err());
    }

    #[test]
    fn written_keys_read_back_the_same() {
        for s in [
            "q",
            "Q",
            "?",
            "Ctrl-r",
            "Alt-x",
            "Ctrl-Alt-d",
            "F1",
            "F24",
            "PgDn",
            "PgUp",
            "Space",
            "Enter",
            "Esc",
            "Tab",
            "Shift-Tab",
            "Backspace",
            "Delete",
            "Up",
            "Down",
            "Left",
            "Right",
            "Home",
            "End",
            "Insert",
            "Shift-Up",
            "Ctrl-Space",
        ] {
            let k = key(s);
            assert_eq!(k.to_string(), s);
            assert_eq!(key(&k.to_string()), k);
        }
    }
}
