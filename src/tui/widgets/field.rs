//! A one-line text field with a cursor. The cursor counts characters, display is
//! measured in terminal columns, and a long text scrolls so the cursor stays visible.
//! Without the focus a field shows the start of its text, cut with `…` when it does
//! not fit (a reader looks for how a text begins, not how it ends).

use crate::text::inert;
use crate::tui::action::Action;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// The text being typed and where the cursor is. The cursor is kept as a byte offset
/// (always on a character boundary), so typing at the end costs the same however
/// long the text: a 100 KB burst or paste goes in in linear time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    cursor: usize,
}

impl TextField {
    /// A field holding `text`, with the cursor at its end.
    pub fn new(text: impl Into<String>) -> TextField {
        let text = text.into();
        let cursor = text.len();
        TextField { text, cursor }
    }

    /// The text as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor position in characters.
    pub fn cursor(&self) -> usize {
        self.text[..self.cursor].chars().count()
    }

    /// The byte offset of the character before the cursor, if any.
    fn before(&self) -> Option<usize> {
        self.text[..self.cursor].chars().next_back().map(|c| self.cursor - c.len_utf8())
    }

    /// The byte offset just past the character under the cursor, if any.
    fn after(&self) -> Option<usize> {
        self.text[self.cursor..].chars().next().map(|c| self.cursor + c.len_utf8())
    }

    /// Carries out an editing action; returns whether it was one.
    pub fn handle(&mut self, action: Action) -> bool {
        match action {
            Action::Insert(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Action::DeleteBack => {
                if let Some(at) = self.before() {
                    self.text.remove(at);
                    self.cursor = at;
                }
            }
            Action::DeleteForward => {
                if self.after().is_some() {
                    self.text.remove(self.cursor);
                }
            }
            Action::CursorLeft => self.cursor = self.before().unwrap_or(0),
            Action::CursorRight => self.cursor = self.after().unwrap_or(self.cursor),
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.text.len(),
            _ => return false,
        }
        true
    }

    /// The visible part of the field in `width` columns. With `cursor_style` (the field
    /// has the focus), the cell under the cursor is drawn in it (a space past the end of
    /// the text) and the text scrolls to keep it in view; without, the start of the text
    /// is shown, ending in `…` when cut.
    pub fn line(&self, width: usize, style: Style, cursor_style: Option<Style>) -> Line<'static> {
        if width == 0 {
            return Line::default();
        }
        let Some(cursor_style) = cursor_style else {
            return Line::from(Span::styled(crate::tui::fit::fit(&self.text, width), style));
        };
        // `inert` swaps characters one for one, so character positions still match.
        let cursor = self.cursor();
        let chars: Vec<(char, usize)> =
            inert(&self.text).chars().map(|c| (c, c.width().unwrap_or(0))).collect();
        // Scroll so that the cursor cell (one column) fits at the right edge.
        let mut start = 0;
        let mut before: usize = chars[..cursor.min(chars.len())].iter().map(|c| c.1).sum();
        while before + 1 > width && start < cursor {
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
            match i.cmp(&cursor) {
                std::cmp::Ordering::Less => head.push(c),
                std::cmp::Ordering::Equal => at.push(c),
                _ => tail.push(c),
            }
        }
        if at.is_empty() && used < width {
            at.push(' ');
        }
        Line::from(vec![Span::styled(head, style), Span::styled(at, cursor_style), Span::styled(tail, style)])
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
    fn typing_a_hundred_thousand_characters_takes_linear_time() {
        let start = std::time::Instant::now();
        let f = typed(&"x".repeat(100_000));
        assert_eq!((f.text().len(), f.cursor()), (100_000, 100_000));
        // Quadratic (finding the cursor from the start on every key) takes minutes in
        // a debug build; linear takes milliseconds.
        assert!(start.elapsed().as_secs_f64() < 2.0, "{:?}", start.elapsed());
    }

    #[test]
    fn a_long_text_scrolls_to_keep_the_cursor_in_view() {
        let f = typed("佐藤健佐藤健");
        let line = f.line(5, Style::new(), Some(Style::new()));
        let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(shown, "藤健 ", "two wide chars and the cursor cell fill five columns");
        assert_eq!(f.line(0, Style::new(), None).spans.len(), 0);
    }

    fn shown(line: Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn without_the_focus_a_long_text_shows_its_start_and_an_ellipsis() {
        let f = typed("Подготовить расчёт");
        assert_eq!(shown(f.line(10, Style::new(), None)), "Подготови…");
        assert_eq!(shown(f.line(18, Style::new(), None)), "Подготовить расчёт", "fits whole");
        assert_eq!(shown(f.line(4, Style::new(), None)), "Под…");
        assert_eq!(shown(f.line(5, Style::new(), Some(Style::new()))), "счёт ", "focused: the cursor end");
    }
}
