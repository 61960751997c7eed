//! A plain table for the screens across accounts (portfolio, agenda, team): a header,
//! one line per row, columns fitted to the width with [`super::columns`], and only the
//! visible rows built. Cells carry their own style so a problem can stand out.

use super::columns::{Column, fit as fit_columns};
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// One column of a grid.
#[derive(Debug, Clone, Copy)]
pub struct Col {
    /// The header.
    pub head: &'static str,
    /// How narrow, how wide it would like to be, and how long it is kept (lower first).
    pub min: u16,
    /// A fair width: the widest content, capped so one long cell leaves the other
    /// columns theirs.
    pub want: u16,
    /// The width of the widest content, uncapped: what the column grows to when the
    /// terminal has room to spare (see [`super::columns`]).
    pub need: u16,
    /// Lower numbers are kept longer on narrow terminals.
    pub priority: u8,
    /// Numbers align right.
    pub right: bool,
}

/// One cell: its text and style.
#[derive(Debug, Clone)]
pub struct Cell {
    /// The text (made inert and cut to fit when drawn).
    pub text: String,
    /// How it is drawn.
    pub style: Style,
}

impl Cell {
    /// A cell in a style.
    pub fn new(text: impl Into<String>, style: Style) -> Cell {
        Cell { text: text.into(), style }
    }
}

/// The width of each column in `total` columns (none for those that do not fit).
pub fn widths(total: u16, cols: &[Col]) -> Vec<Option<u16>> {
    let specs: Vec<Column> = cols
        .iter()
        .map(|c| {
            let want = c.want.max(width(c.head) as u16);
            Column { min: c.min, want, need: c.need.max(want), priority: c.priority }
        })
        .collect();
    fit_columns(total, 1, &specs)
}

/// A row's line. A row with fewer cells than columns lets its last cell run to the
/// right edge (a broken file's error, say).
fn line(cells: &[Cell], cols: &[Col], widths: &[Option<u16>], total: usize) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    let spans_rest = cells.len() < cols.len();
    for (n, ((cell, col), w)) in cells.iter().zip(cols).zip(widths).enumerate() {
        let Some(mut w) = w.map(usize::from) else { continue };
        if !spans.is_empty() {
            spans.push(Span::raw(" "));
            used += 1;
        }
        if spans_rest && n + 1 == cells.len() {
            w = total.saturating_sub(used);
        }
        used += w;
        let text = fit(&cell.text, w);
        let pad = " ".repeat(w.saturating_sub(width(&text)));
        let padded = if col.right { format!("{pad}{text}") } else { format!("{text}{pad}") };
        spans.push(Span::styled(padded, cell.style));
    }
    Line::from(spans)
}

/// A grid ready to draw: `row(i)` builds the cells of row `i` (only visible rows are built).
pub struct Grid<'a, F: Fn(usize) -> Vec<Cell>> {
    /// The columns.
    pub cols: &'a [Col],
    /// How many rows there are.
    pub len: usize,
    /// The cells of a row.
    pub row: F,
    /// The selected row, highlighted.
    pub selected: Option<usize>,
    /// The first visible row.
    pub offset: usize,
    /// Styles.
    pub theme: Theme,
}

impl<F: Fn(usize) -> Vec<Cell>> Widget for &Grid<'_, F> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height == 0 {
            return;
        }
        let widths = widths(area.width, self.cols);
        let head: Vec<Cell> = self.cols.iter().map(|c| Cell::new(c.head, self.theme.title())).collect();
        let total = area.width as usize;
        line(&head, self.cols, &widths, total).render(Rect { height: 1, ..area }, buf);
        let page = area.height.saturating_sub(1) as usize;
        for (n, i) in (self.offset..self.len).take(page).enumerate() {
            let row = Rect { y: area.y + 1 + n as u16, height: 1, ..area };
            let mut l = line(&(self.row)(i), self.cols, &widths, total);
            if self.selected == Some(i) {
                buf.set_style(row, self.theme.selected());
                l = l.patch_style(self.theme.selected());
            }
            l.render(row, buf);
        }
    }
}

/// Greedy word wrap into lines of at most `width` columns (a word longer than a line
/// is cut), so a box can be sized to exactly what it shows.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let need = if cur.is_empty() { self::width(word) } else { self::width(&cur) + 1 + self::width(word) };
        if need > width && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
        if self::width(&cur) > width {
            lines.push(fit(&cur, width));
            cur.clear();
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_words_and_cuts_what_cannot_fit() {
        assert_eq!(wrap("aaa bbb ccc", 7), ["aaa bbb", "ccc"]);
        assert_eq!(wrap("abcdefghij", 4), ["abc…"]);
        assert_eq!(wrap("", 4), [""]);
    }

    #[test]
    fn a_short_row_lets_its_last_cell_run_to_the_edge() {
        let col = |head| Col { head, min: 3, want: 3, need: 3, priority: 0, right: false };
        let cols = [col("a"), col("b"), col("c")];
        let w = widths(20, &cols);
        let l =
            line(&[Cell::new("x", Style::new()), Cell::new("long error text", Style::new())], &cols, &w, 20);
        assert_eq!(l.width(), 20);
        assert!(l.to_string().contains("long error text"));
    }
}
