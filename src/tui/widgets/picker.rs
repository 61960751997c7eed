//! A fuzzy picker: type a few letters (any script: `поп` finds "Анна Попова"), the
//! list narrows as you type, Up/Down choose, Enter picks, Esc cancels. Matching is
//! [`crate::search`]; only the rows on screen are built, so a long list costs one page.
//!
//! ```text
//! ┌Анна Попова influences…──────────────────┐
//! │› поп▏                                    │
//! │Анна Попова · Assistant to the CFO        │
//! │                                          │
//! └Enter pick · Esc cancel · 1 of 14─────────┘
//! ```

use super::field::TextField;
use crate::search;
use crate::tui::action::Action;
use crate::tui::fit::fit;
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// One choice: a key handed back when picked, a label to show and match, and a
/// detail shown dimmed and matched too (a title, a department).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    /// What the caller gets back (an id).
    pub key: String,
    /// The main text (a name).
    pub label: String,
    /// Secondary text, also searched.
    pub detail: String,
}

/// What a key did to the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickOutcome {
    /// Still choosing.
    Choosing,
    /// The key of the chosen item.
    Picked(String),
    /// The user gave up.
    Cancel,
}

/// The rows a page move jumps by (the drawn page may be smaller; drawing keeps the
/// selection visible whatever the height).
const PAGE: usize = 10;

/// The picker's state: the items, the query and the matches in ranked order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// The box title (what the pick is for).
    pub title: String,
    items: Vec<PickItem>,
    query: TextField,
    matches: Vec<usize>,
    selected: usize,
    offset: usize,
}

impl Picker {
    /// A picker over `items`, all shown until something is typed.
    pub fn new(title: impl Into<String>, items: Vec<PickItem>) -> Picker {
        let matches = (0..items.len()).collect();
        Picker { title: title.into(), items, query: TextField::default(), matches, selected: 0, offset: 0 }
    }

    /// The text typed so far.
    pub fn query(&self) -> &str {
        self.query.text()
    }

    /// The items that match, best first.
    pub fn matches(&self) -> impl Iterator<Item = &PickItem> {
        self.matches.iter().map(|&i| &self.items[i])
    }

    /// The item the cursor is on.
    pub fn current(&self) -> Option<&PickItem> {
        self.matches.get(self.selected).map(|&i| &self.items[i])
    }

    fn narrow(&mut self) {
        let fields = self.items.iter().map(|it| vec![it.label.as_str(), it.detail.as_str()]);
        self.matches = search::rank(self.query.text(), fields);
        self.selected = 0;
        self.offset = 0;
    }

    fn move_by(&mut self, delta: isize) {
        let last = self.matches.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.offset = scroll_into_view(self.offset, self.selected, PAGE);
    }

    /// Carries out an action of [`Mode::Picker`].
    pub fn handle(&mut self, action: Action) -> PickOutcome {
        match action {
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-(PAGE as isize)),
            Action::PageDown => self.move_by(PAGE as isize),
            Action::Back => return PickOutcome::Cancel,
            Action::Submit => {
                if let Some(item) = self.current() {
                    return PickOutcome::Picked(item.key.clone());
                }
            }
            other => {
                if self.query.handle(other) {
                    self.narrow();
                }
            }
        }
        PickOutcome::Choosing
    }
}

/// The picker as a box over the screen.
pub struct PickerWidget<'a> {
    /// The picker.
    pub picker: &'a Picker,
    /// Styles.
    pub theme: Theme,
}

impl Widget for &PickerWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (p, t) = (self.picker, &self.theme);
        let height = (p.items.len() as u16 + 3).clamp(5, 16).min(area.height);
        let popup = area.centered(Constraint::Max(60), Constraint::Length(height));
        Clear.render(popup, buf);
        let w = popup.width.saturating_sub(2) as usize;
        let hints: Vec<String> = keymap::hints(Mode::Picker, &[Action::Submit, Action::Back, Action::Down])
            .into_iter()
            .map(|(k, d)| format!("{k} {d}"))
            .collect();
        let count = crate::t!("tui-forms-picker-count", shown = p.matches.len(), all = p.items.len());
        let block = Block::bordered()
            .title(Span::styled(fit(&p.title, w), t.title()))
            .title_bottom(Span::styled(fit(&format!("{} · {count}", hints.join(" · ")), w), t.dim()))
            .border_style(t.border_focused());
        let inner = block.inner(popup);
        block.render(popup, buf);
        if inner.height == 0 {
            return;
        }
        let mut query = vec![Span::styled("› ", t.key())];
        query.extend(p.query.line(w.saturating_sub(2), t.text(), Some(t.selected())).spans);
        Line::from(query).render(Rect { height: 1, ..inner }, buf);
        let list = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
        let page = list.height as usize;
        if p.matches.is_empty() {
            Line::styled(fit(&super::form_words::no_match(), w), t.dim()).render(list, buf);
            return;
        }
        let offset = scroll_into_view(p.offset, p.selected, page);
        for (row, &i) in p.matches.iter().enumerate().skip(offset).take(page) {
            let item = &p.items[i];
            let y = list.y + (row - offset) as u16;
            let name = fit(&item.label, w);
            let rest = w.saturating_sub(crate::tui::fit::width(&name));
            let detail = if item.detail.is_empty() || rest < 4 {
                String::new()
            } else {
                fit(&format!(" · {}", item.detail), rest)
            };
            let selected = row == p.selected;
            let line = Line::from(vec![
                Span::styled(name, if selected { t.selected() } else { t.text() }),
                Span::styled(detail, if selected { t.selected() } else { t.dim() }),
            ]);
            line.render(Rect { y, height: 1, ..list }, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<PickItem> {
        [
            ("p-1", "Пётр Иванов", "Chief Engineer"),
            ("p-2", "Анна Попова", "Assistant"),
            ("p-3", "Anna Berg", ""),
        ]
        .iter()
        .map(|(k, l, d)| PickItem { key: k.to_string(), label: l.to_string(), detail: d.to_string() })
        .collect()
    }

    #[test]
    fn typing_cyrillic_narrows_and_enter_picks_the_best_match() {
        let mut p = Picker::new("pick", items());
        assert_eq!(p.matches().count(), 3);
        for c in "поп".chars() {
            assert_eq!(p.handle(Action::Insert(c)), PickOutcome::Choosing);
        }
        assert_eq!(p.matches().map(|i| i.key.as_str()).collect::<Vec<_>>(), ["p-2"]);
        assert_eq!(p.handle(Action::Submit), PickOutcome::Picked("p-2".into()));
    }

    #[test]
    fn moving_is_clamped_nothing_matching_picks_nothing_and_esc_cancels() {
        let mut p = Picker::new("pick", items());
        p.handle(Action::Down);
        p.handle(Action::PageDown);
        assert_eq!(p.current().map(|i| i.key.as_str()), Some("p-3"));
        p.handle(Action::Up);
        assert_eq!(p.current().map(|i| i.key.as_str()), Some("p-2"));
        p.handle(Action::Insert('z'));
        p.handle(Action::Insert('q'));
        assert_eq!(p.current(), None);
        assert_eq!(p.handle(Action::Submit), PickOutcome::Choosing);
        p.handle(Action::DeleteBack);
        p.handle(Action::DeleteBack);
        assert_eq!(p.matches().count(), 3, "Backspace widens again");
        assert_eq!(p.handle(Action::Back), PickOutcome::Cancel);
    }
}
