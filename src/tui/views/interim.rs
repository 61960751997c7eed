//! Stand-ins for `tui::theme::Theme` and `tui::fit`, with the same names and
//! signatures, so the org chart and coverage views build before the TUI foundation
//! lands; after it does, this file goes and the views import the real ones.

use crate::model::{Stance, Strength};
use crate::text::inert;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The styles the views use; with `NO_COLOR` only bold, dim and reverse remain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
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

    /// The border of a pane.
    pub fn border(&self) -> Style {
        self.dim()
    }

    /// Errors.
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Warnings.
    pub fn warning(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Role badges.
    pub fn badge(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
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

    /// How strong a relationship is.
    pub fn strength(&self, s: Strength) -> Style {
        match s {
            Strength::Strong => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            Strength::Medium => self.text(),
            Strength::Weak => self.dim(),
        }
    }
}

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
