//! Named styles. Views ask for "the style of a champion" or "the selected row", never
//! for a colour, so a theme change is one file. With `NO_COLOR` set (any value, see
//! no-color.org) every colour is dropped and only bold, reverse and underline remain.

use crate::model::{Stance, Strength};
use ratatui::style::{Color, Modifier, Style};

/// The styles the views use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// The theme for this environment (`NO_COLOR` turns colours off).
    pub fn from_env() -> Theme {
        Theme { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    /// Colours on or off, whatever the environment says (for tests).
    pub fn with_color(color: bool) -> Theme {
        Theme { color }
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
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
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
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The border of a pane without the focus.
    pub fn border(&self) -> Style {
        self.dim()
    }

    /// Errors and broken files.
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Warnings (read-only, unsaved).
    pub fn warning(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Good news (saved).
    pub fn ok(&self) -> Style {
        self.fg(Color::Green)
    }

    /// Role badges.
    pub fn badge(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    /// A key in hints and help.
    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A stance, coloured from green (champion) to red (opponent).
    pub fn stance(&self, s: Stance) -> Style {
        match s {
            Stance::Champion => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            Stance::Supporter => self.fg(Color::Green),
            Stance::Neutral => self.fg(Color::Blue),
            Stance::Skeptic => self.fg(Color::Yellow),
            Stance::Opponent => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Stance::Unknown => self.dim(),
        }
    }

    /// How strongly a team member covers a person.
    pub fn strength(&self, s: Strength) -> Style {
        match s {
            Strength::Strong => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            Strength::Medium => self.text(),
            Strength::Weak => self.dim(),
        }
    }

    /// A form field with the focus.
    pub fn field_focused(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED)
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
}
