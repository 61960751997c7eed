//! Named styles. Views ask for "the style of a champion" or "the selected row", never
//! for a colour, so a theme change is one file. With `NO_COLOR` set (any value, see
//! no-color.org) every colour is dropped and only bold, reverse and underline remain.

use crate::model::{Stance, Strength};
use crate::settings::{Colour, Settings, StyleName};
use ratatui::style::{Color, Modifier, Style};

/// The styles the views use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
    palette: Palette,
}

/// The colour of each style the settings file can change (`[theme]`, see
/// [`StyleName`], which also holds the defaults).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Palette {
    dim: Color,
    key: Color,
    border_focused: Color,
    field_focused: Color,
    badge: Color,
    error: Color,
    warning: Color,
    ok: Color,
    champion: Color,
    supporter: Color,
    neutral: Color,
    skeptic: Color,
    opponent: Color,
    strong: Color,
}

impl Palette {
    fn of(colour: impl Fn(StyleName) -> Colour) -> Palette {
        let c = |s| to_color(colour(s));
        Palette {
            dim: c(StyleName::Dim),
            key: c(StyleName::Key),
            border_focused: c(StyleName::BorderFocused),
            field_focused: c(StyleName::FieldFocused),
            badge: c(StyleName::Badge),
            error: c(StyleName::Error),
            warning: c(StyleName::Warning),
            ok: c(StyleName::Ok),
            champion: c(StyleName::Champion),
            supporter: c(StyleName::Supporter),
            neutral: c(StyleName::Neutral),
            skeptic: c(StyleName::Skeptic),
            opponent: c(StyleName::Opponent),
            strong: c(StyleName::Strong),
        }
    }
}

/// The terminal colour of a settings colour.
pub fn to_color(c: Colour) -> Color {
    match c {
        Colour::Default => Color::Reset,
        Colour::Black => Color::Black,
        Colour::Red => Color::Red,
        Colour::Green => Color::Green,
        Colour::Yellow => Color::Yellow,
        Colour::Blue => Color::Blue,
        Colour::Magenta => Color::Magenta,
        Colour::Cyan => Color::Cyan,
        Colour::Gray => Color::Gray,
        Colour::DarkGray => Color::DarkGray,
        Colour::LightRed => Color::LightRed,
        Colour::LightGreen => Color::LightGreen,
        Colour::LightYellow => Color::LightYellow,
        Colour::LightBlue => Color::LightBlue,
        Colour::LightMagenta => Color::LightMagenta,
        Colour::LightCyan => Color::LightCyan,
        Colour::White => Color::White,
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

impl Theme {
    /// The theme for this environment (`NO_COLOR` turns colours off).
    pub fn from_env() -> Theme {
        Theme::with_color(crate::settings::colour_allowed())
    }

    /// Colours on or off, whatever the environment says (for tests).
    pub fn with_color(color: bool) -> Theme {
        Theme { color, palette: Palette::of(StyleName::default_colour) }
    }

    /// The same theme with the settings file's colours (`NO_COLOR` still wins).
    pub fn with_settings(self, settings: &Settings) -> Theme {
        Theme { palette: Palette::of(|s| settings.colour(s)), ..self }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color { Style::new().fg(c) } else { Style::new() }
    }

    /// Plain text.
    pub fn text(&self) -> Style {
        Style::new()
    }

    /// Secondary text: labels, empty values, hints.
    pub fn dim(&self) -> Style {
        if self.color { Style::new().fg(self.palette.dim) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    /// Titles and table headers.
    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The selected row of a focused table.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The selected row of a table that does not have the focus.
    pub fn selected_unfocused(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// The border of the focused pane.
    pub fn border_focused(&self) -> Style {
        self.fg(self.palette.border_focused).add_modifier(Modifier::BOLD)
    }

    /// The border of a pane without the focus.
    pub fn border(&self) -> Style {
        self.dim()
    }

    /// Errors and broken files.
    pub fn error(&self) -> Style {
        self.fg(self.palette.error).add_modifier(Modifier::BOLD)
    }

    /// Warnings (read-only, unsaved).
    pub fn warning(&self) -> Style {
        self.fg(self.palette.warning).add_modifier(Modifier::BOLD)
    }

    /// Good news (saved).
    pub fn ok(&self) -> Style {
        self.fg(self.palette.ok)
    }

    /// Role badges.
    pub fn badge(&self) -> Style {
        self.fg(self.palette.badge).add_modifier(Modifier::BOLD)
    }

    /// A key in hints and help.
    pub fn key(&self) -> Style {
        self.fg(self.palette.key).add_modifier(Modifier::BOLD)
    }

    /// A stance, coloured from green (champion) to red (opponent).
    pub fn stance(&self, s: Stance) -> Style {
        match s {
            Stance::Champion => self.fg(self.palette.champion).add_modifier(Modifier::BOLD),
            Stance::Supporter => self.fg(self.palette.supporter),
            Stance::Neutral => self.fg(self.palette.neutral),
            Stance::Skeptic => self.fg(self.palette.skeptic),
            Stance::Opponent => self.fg(self.palette.opponent).add_modifier(Modifier::BOLD),
            Stance::Unknown => self.dim(),
        }
    }

    /// A judgement we are not sure of: assumed, or older than the half-life.
    pub fn unsure(&self) -> Style {
        self.dim().add_modifier(Modifier::ITALIC)
    }

    /// Someone who is no longer there: kept for the record, counting for nothing.
    pub fn gone(&self) -> Style {
        self.dim().add_modifier(Modifier::CROSSED_OUT)
    }

    /// How strongly a team member covers a person.
    pub fn strength(&self, s: Strength) -> Style {
        match s {
            Strength::Strong => self.fg(self.palette.strong).add_modifier(Modifier::BOLD),
            Strength::Medium => self.text(),
            Strength::Weak => self.dim(),
        }
    }

    /// A form field with the focus.
    pub fn field_focused(&self) -> Style {
        self.fg(self.palette.field_focused).add_modifier(Modifier::UNDERLINED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_keeps_emphasis_but_drops_colours() {
        let t = Theme::with_color(false);
        assert_eq!(t.stance(Stance::Opponent), Style::new().add_modifier(Modifier::BOLD));
        assert_eq!(t.selected(), Style::new().add_modifier(Modifier::REVERSED));
        assert_eq!(t.error().fg, None);
        assert_eq!(Theme::with_color(true).error().fg, Some(Color::Red));
    }

    #[test]
    fn the_settings_colour_the_styles_they_name_and_no_color_still_wins() {
        let parsed = crate::settings::parse_str(
            std::path::Path::new("settings.toml"),
            "[theme]\nerror = \"#ff5555\"\nchampion = \"light_green\"\ndim = \"default\"\n",
        );
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let t = Theme::with_color(true).with_settings(&parsed.settings);
        assert_eq!(t.error().fg, Some(Color::Rgb(0xff, 0x55, 0x55)));
        assert_eq!(t.stance(Stance::Champion).fg, Some(Color::LightGreen));
        assert_eq!(t.stance(Stance::Supporter).fg, Some(Color::Green), "other styles keep theirs");
        assert_eq!(t.dim().fg, Some(Color::Reset));
        assert_eq!(t.warning(), Theme::with_color(true).warning());
        let off = Theme::with_color(false).with_settings(&parsed.settings);
        assert_eq!(off.error().fg, None);
        assert_eq!(off, Theme::with_color(false).with_settings(&parsed.settings));
    }

    #[test]
    fn the_default_palette_is_the_colours_dmu_always_had() {
        let t = Theme::with_color(true);
        assert_eq!(t.dim().fg, Some(Color::DarkGray));
        assert_eq!(
            (t.key().fg, t.border_focused().fg, t.field_focused().fg),
            (Some(Color::Cyan), Some(Color::Cyan), Some(Color::Cyan))
        );
        assert_eq!(
            (t.ok().fg, t.badge().fg, t.warning().fg),
            (Some(Color::Green), Some(Color::Magenta), Some(Color::Yellow))
        );
        assert_eq!(t.stance(Stance::Neutral).fg, Some(Color::Blue));
        assert_eq!(t.strength(Strength::Strong).fg, Some(Color::Green));
    }
}
