//! The question a form asks when Esc would drop changes, drawn over the form: `y`
//! drops them and closes the form, `n` or Esc go back to editing. A form that was not
//! changed closes at once, without it.
//!
//! ```text
//!        ┌Unsaved changes─────────────────────────┐
//!        │Discard your changes to Пётр Иванов?    │
//!        └y discard · n Esc keep editing──────────┘
//! ```

use super::form_words::discard_title;
use crate::tui::action::Action;
use crate::tui::fit::{fit, width};
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

/// `keys desc` for each action of a mode, every key of the action named ("n Esc keep
/// editing"), joined with ` · `.
pub fn all_keys_hint(mode: Mode, actions: &[Action]) -> String {
    let mut parts = Vec::new();
    for a in actions {
        let binds: Vec<_> =
            keymap::bindings().iter().filter(|b| b.modes.contains(&mode) && b.action == *a).collect();
        let Some(first) = binds.first() else { continue };
        let keys: Vec<String> = binds.iter().map(|b| keymap::key_label(b.key)).collect();
        parts.push(format!("{} {}", keys.join(" "), first.desc));
    }
    parts.join(" · ")
}

/// The question, ready to draw over the form it belongs to.
pub struct DiscardWidget<'a> {
    /// The question ([`super::form_words::discard_question`]).
    pub question: &'a str,
    /// Styles.
    pub theme: Theme,
}

impl Widget for &DiscardWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let hint = all_keys_hint(Mode::DiscardChanges, &[Action::Yes, Action::Back]);
        let title = discard_title();
        let wide = width(self.question).max(width(&hint)).max(width(&title)) + 2;
        let popup = area.centered(Constraint::Max(wide as u16), Constraint::Length(3.min(area.height)));
        Clear.render(popup, buf);
        let w = popup.width.saturating_sub(2) as usize;
        let block = Block::bordered()
            .title(Span::styled(fit(&title, w), t.title()))
            .title_bottom(Span::styled(fit(&hint, w), t.dim()))
            .border_style(t.warning());
        let inner = block.inner(popup);
        block.render(popup, buf);
        Span::styled(fit(self.question, w), t.warning()).render(inner, buf);
    }
}
