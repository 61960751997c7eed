//! A one-line text field with a cursor. The cursor counts characters, display is
//! measured in terminal columns, and a long text scrolls so the cursor stays visible.

use crate::text::inert;
use crate::tui::action::Action;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// The text being typed and where the cursor is (a character index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    cursor: usize,
}

impl TextField {
    /// A field holding `text`, with the cursor at its end.
    pub fn new(text: impl Into<String>) -> TextField {
        let text = text.into();
        let cursor = text.chars().count();
        TextField { text, cursor }
    }

    /// The text as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor position in characters.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, char_index: usize) -> usize {
        self.text.char_indices().nth(char_index).map_or(self.text.len(), |(b, _)| b)
    }

    /// Carries out an editing action; returns whether it was one.
    pub fn handle(&mut self, action: Action) -> bool {
        let len = self.text.chars().count();
        match action {
            Action::Insert(c) => {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
            Action::DeleteBack if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Action::DeleteForward if self.cursor < len => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Action::CursorLeft => self.cursor = self.cursor.saturating_sub(1),
            Action::CursorRight => self.cursor = (self.cursor + 1).min(len),
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = len,
            Action::DeleteBack | Action::DeleteForward => {}
            _ => return false,
        }
        true
    }

    /// The visible part of the field in `width` columns. With `cursor_style`, the
    /// cell under the cursor is drawn in it (a space past the end of the text).
    pub fn line(&self, width: usize, style: Style, cursor_style: Option<Style>) -> Line<'static> {
        if width == 0 {
            return Line::default();
        }
        let chars: Vec<(char, usize)> =
            inert(&self.text).chars().map(|c| (c, c.width().unwrap_or(0))).collect();
        // Scroll so that the cursor cell (one column) fits at the right edge.
        let mut start = 0;
        let mut before: usize = chars[..self.cursor.min(chars.len())].iter().map(|c| c.1).sum();
        while before + 1 > width && start < self.cursor {
            before -= chars[start].1;
            start += 1;
        }
        let (mut head, mut at, mut tail) = (String::new(), String::new(), String::new());
        let mut used = 0;
        for (i, &(c, w)) in chars.iter().enumerate().skip(start) {
            if used + w > width {
                break;
            }
            used += w;
            match i.cmp(&self.cursor) {
                std::cmp::Ordering::Less => head.push(c),
                std::cmp::Ordering::Equal if cursor_style.is_some() => at.push(c),
                _ => tail.push(c),
            }
        }
        let mut spans = vec![Span::styled(head, style)];
        if let Some(cs) = cursor_style {
            if at.is_empty() && used < width {
                at.push(' ');
            }
            spans.push(Span::styled(at, cs));
        }
        spans.push(Span::styled(tail, style));
        Line::from(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextField {
        let mut f = TextField::default();
        for c in s.chars() {
            f.handle(Action::Insert(c));
        }
        f
    }

    #[test]
    fn edits_multibyte_text_by_character() {
        let mut f = typed("Пётр");
        f.handle(Action::CursorLeft);
        f.handle(Action::DeleteBack);
        assert_eq!(f.text(), "Пёр");
        f.handle(Action::CursorHome);
        f.handle(Action::DeleteForward);
        f.handle(Action::Insert('佐'));
        assert_eq!((f.text(), f.cursor()), ("佐ёр", 1));
        f.handle(Action::CursorEnd);
        f.handle(Action::DeleteBack);
        assert_eq!(f.text(), "佐ё");
        assert!(!f.handle(Action::Up));
    }

    #[test]
    fn a_long_text_scrolls_to_keep_the_cursor_in_view() {
        let f = typed("佐藤健佐藤健");
        let line = f.line(5, Style::new(), Some(Style::new()));
        let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(shown, "藤健 ", "two wide chars and the cursor cell fill five columns");
        assert_eq!(f.line(0, Style::new(), None).spans.len(), 0);
    }
}
