//! A notice to read over the screen: what a sync did or why it stopped, one sentence a
//! line, wrapped to the box, scrolled with the arrows when it is taller than the
//! screen, closed with Esc.

use crate::tui::action::Action;
use crate::tui::app::Level;
use crate::tui::fit::fit;
use crate::tui::theme::Theme;
use crate::tui::widgets::grid::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// A notice: a title and lines of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The title of the box.
    pub title: String,
    /// The sentences, one a line.
    pub lines: Vec<String>,
    /// How loud: an error's lines are drawn as errors.
    pub level: Level,
    /// Lines scrolled.
    pub scroll: usize,
}

impl Notice {
    /// A notice, not scrolled.
    pub fn new(title: impl Into<String>, lines: Vec<String>, level: Level) -> Notice {
        Notice { title: title.into(), lines, level, scroll: 0 }
    }

    /// Carries out a key: the arrows scroll, Back closes (`None`).
    pub fn update(mut self, action: Action) -> Option<Notice> {
        match action {
            Action::Back => return None,
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = (self.scroll + 1).min(self.lines.len().saturating_sub(1)),
            _ => {}
        }
        Some(self)
    }

    /// The text as it is drawn in a box `width` columns wide inside: each line wrapped
    /// (indented lines keep their indent), then a blank line and how to close it.
    fn wrapped(&self, width: usize) -> Vec<String> {
        let mut out = Vec::new();
        for l in &self.lines {
            let indent = l.len() - l.trim_start().len();
            let pad = " ".repeat(indent.min(width / 2));
            let inner = width.saturating_sub(pad.len()).max(1);
            out.extend(wrap(l.trim_start(), inner).into_iter().map(|w| format!("{pad}{w}")));
        }
        out.push(String::new());
        out.push(crate::i18n::fixed("tui-app-notice-close").to_string());
        out
    }
}

/// A notice, ready to draw.
pub struct NoticeWidget<'a> {
    pub notice: &'a Notice,
    pub theme: Theme,
}

impl Widget for &NoticeWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let width = area.width.min(90);
        let inner_w = width.saturating_sub(2) as usize;
        let lines = self.notice.lines.iter().map(|l| crate::text::inert(l).into_owned()).collect();
        let safe = Notice { lines, ..self.notice.clone() };
        let all = safe.wrapped(inner_w);
        let room = area.height.saturating_sub(2) as usize;
        let from = self.notice.scroll.min(all.len().saturating_sub(room.max(1)));
        let close = all.len() - 1;
        let style = match self.notice.level {
            Level::Error => t.error(),
            Level::Warning => t.warning(),
            Level::Info => t.text(),
        };
        let lines: Vec<Line> = all
            .iter()
            .enumerate()
            .skip(from)
            .take(room)
            .map(|(i, l)| Line::styled(l.clone(), if i == close { t.dim() } else { style }))
            .collect();
        let height = (lines.len() as u16).saturating_add(2).min(area.height);
        let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
        Clear.render(popup, buf);
        let title = crate::text::inert(&self.notice.title).into_owned();
        let block = Block::bordered()
            .title(Span::styled(fit(&title, inner_w), t.title()))
            .border_style(t.border_focused());
        Paragraph::new(lines).block(block).render(popup, buf);
    }
}
