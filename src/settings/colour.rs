//! Colours and the theme's style names, as the settings file writes them, with no
//! terminal library: the TUI turns a [`Colour`] into its own colour type.

use super::words;
use std::fmt;

/// A colour: one of the terminal's sixteen (which the terminal's own palette decides),
/// the terminal's default, or an exact `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Colour {
    /// The terminal's own text colour.
    Default,
    /// Black.
    Black,
    /// Red.
    Red,
    /// Green.
    Green,
    /// Yellow.
    Yellow,
    /// Blue.
    Blue,
    /// Magenta.
    Magenta,
    /// Cyan.
    Cyan,
    /// Light grey.
    Gray,
    /// Dark grey.
    DarkGray,
    /// Light red.
    LightRed,
    /// Light green.
    LightGreen,
    /// Light yellow.
    LightYellow,
    /// Light blue.
    LightBlue,
    /// Light magenta.
    LightMagenta,
    /// Light cyan.
    LightCyan,
    /// White.
    White,
    /// An exact colour (terminals without true colour show the nearest they have).
    Rgb(u8, u8, u8),
}

/// The named colours and how they are written (the first name is the one dmu writes).
const NAMED: &[(Colour, &[&str])] = &[
    (Colour::Default, &["default", "reset"]),
    (Colour::Black, &["black"]),
    (Colour::Red, &["red"]),
    (Colour::Green, &["green"]),
    (Colour::Yellow, &["yellow"]),
    (Colour::Blue, &["blue"]),
    (Colour::Magenta, &["magenta", "purple"]),
    (Colour::Cyan, &["cyan"]),
    (Colour::Gray, &["gray", "grey", "light_gray", "light_grey"]),
    (Colour::DarkGray, &["dark_gray", "dark_grey"]),
    (Colour::LightRed, &["light_red"]),
    (Colour::LightGreen, &["light_green"]),
    (Colour::LightYellow, &["light_yellow"]),
    (Colour::LightBlue, &["light_blue"]),
    (Colour::LightMagenta, &["light_magenta"]),
    (Colour::LightCyan, &["light_cyan"]),
    (Colour::White, &["white"]),
];

/// The colour names dmu writes, in order (for messages and the docs).
pub fn colour_names() -> impl Iterator<Item = &'static str> {
    NAMED.iter().map(|(_, n)| n[0])
}

impl Colour {
    /// Reads a colour name (any case; `-`, `_` and spaces alike: `dark-grey`,
    /// `Dark Gray`) or `#rrggbb`.
    pub fn parse(text: &str) -> Result<Colour, String> {
        let t = text.trim();
        if let Some(hex) = t.strip_prefix('#') {
            let ok = hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit());
            if !ok {
                return Err(words::colour_bad_hex(text));
            }
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
            return Ok(Colour::Rgb(byte(0), byte(2), byte(4)));
        }
        let folded: String =
            t.chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
        for (colour, names) in NAMED {
            if names.contains(&folded.as_str()) {
                return Ok(*colour);
            }
        }
        let all = NAMED.iter().flat_map(|(_, n)| n.iter().copied());
        Err(words::colour_unknown(text, super::suggest::closest(t, all)))
    }
}

impl fmt::Display for Colour {
    /// The way the settings file writes it; it reads back the same.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Colour::Rgb(r, g, b) => write!(f, "#{r:02x}{g:02x}{b:02x}"),
            c => f.write_str(NAMED.iter().find(|(n, _)| n == c).map_or("default", |(_, n)| n[0])),
        }
    }
}

/// The styles of the TUI whose colour the `[theme]` table may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StyleName {
    /// Secondary text: labels, empty values, hints, unfocused borders.
    Dim,
    /// Keys in hints and the help.
    Key,
    /// The border of the focused pane.
    BorderFocused,
    /// The form field with the focus.
    FieldFocused,
    /// Role badges.
    Badge,
    /// Errors and broken files.
    Error,
    /// Warnings (read-only, not saved).
    Warning,
    /// Good news (saved).
    Ok,
    /// Champions.
    Champion,
    /// Supporters.
    Supporter,
    /// Neutral people.
    Neutral,
    /// Skeptics.
    Skeptic,
    /// Opponents.
    Opponent,
    /// Strong coverage by our team.
    Strong,
}

impl StyleName {
    /// Every style, in the order the docs and `dmu config` list them.
    pub const ALL: &'static [StyleName] = &[
        StyleName::Dim,
        StyleName::Key,
        StyleName::BorderFocused,
        StyleName::FieldFocused,
        StyleName::Badge,
        StyleName::Error,
        StyleName::Warning,
        StyleName::Ok,
        StyleName::Champion,
        StyleName::Supporter,
        StyleName::Neutral,
        StyleName::Skeptic,
        StyleName::Opponent,
        StyleName::Strong,
    ];

    /// The name in the `[theme]` table.
    pub fn name(self) -> &'static str {
        match self {
            StyleName::Dim => "dim",
            StyleName::Key => "key",
            StyleName::BorderFocused => "border_focused",
            StyleName::FieldFocused => "field_focused",
            StyleName::Badge => "badge",
            StyleName::Error => "error",
            StyleName::Warning => "warning",
            StyleName::Ok => "ok",
            StyleName::Champion => "champion",
            StyleName::Supporter => "supporter",
            StyleName::Neutral => "neutral",
            StyleName::Skeptic => "skeptic",
            StyleName::Opponent => "opponent",
            StyleName::Strong => "strong",
        }
    }

    /// The colour it has unless the settings say otherwise.
    pub fn default_colour(self) -> Colour {
        match self {
            StyleName::Dim => Colour::DarkGray,
            StyleName::Key | StyleName::BorderFocused | StyleName::FieldFocused => Colour::Cyan,
            StyleName::Badge => Colour::Magenta,
            StyleName::Error | StyleName::Opponent => Colour::Red,
            StyleName::Warning | StyleName::Skeptic => Colour::Yellow,
            StyleName::Ok | StyleName::Champion | StyleName::Supporter | StyleName::Strong => Colour::Green,
            StyleName::Neutral => Colour::Blue,
        }
    }

    /// The style a `[theme]` name means (any case, `-` for `_`).
    pub fn from_name(name: &str) -> Option<StyleName> {
        let folded = name.to_ascii_lowercase().replace('-', "_");
        StyleName::ALL.iter().copied().find(|s| s.name() == folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_hex_read_and_write_back() {
        assert_eq!(Colour::parse("red"), Ok(Colour::Red));
        assert_eq!(Colour::parse("Dark Grey"), Ok(Colour::DarkGray));
        assert_eq!(Colour::parse("light-blue"), Ok(Colour::LightBlue));
        assert_eq!(Colour::parse("#1E90ff"), Ok(Colour::Rgb(0x1e, 0x90, 0xff)));
        for c in colour_names().map(|n| Colour::parse(n).unwrap()).chain([Colour::Rgb(1, 2, 255)]) {
            assert_eq!(Colour::parse(&c.to_string()), Ok(c));
        }
    }

    #[test]
    fn bad_colours_say_what_is_allowed() {
        let e = Colour::parse("#12345").unwrap_err();
        assert!(e.contains("#rrggbb"), "{e}");
        let e = Colour::parse("blu").unwrap_err();
        assert!(e.contains("blue") && e.contains("#rrggbb"), "{e}");
        assert!(Colour::parse("#gggggg").is_err());
    }

    #[test]
    fn style_names_are_unique_and_found_again() {
        for s in StyleName::ALL {
            assert_eq!(StyleName::from_name(s.name()), Some(*s));
        }
        assert_eq!(StyleName::from_name("Border-Focused"), Some(StyleName::BorderFocused));
        assert_eq!(StyleName::from_name("title"), None);
    }
}
