//! The influence map's header (each column's title, with scroll marks) and its legend
//! (line strengths and stance marks, in as many words as the width allows).

use super::canvas::Canvas;
use super::stance_mark;
use crate::layout::Viewport;
use crate::layout::influence::Drawing;
use crate::model::Stance;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// How much of the legend fits: whole words, short ones, or the marks alone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Legend {
    Long,
    Short,
    Marks,
}

impl Legend {
    /// The longest legend that fits `room` cells.
    fn fitting(room: usize) -> Legend {
        [Legend::Long, Legend::Short].into_iter().find(|l| l.width() <= room).unwrap_or(Legend::Marks)
    }

    /// The line strengths, each after its line's mark.
    fn lines(self) -> Vec<String> {
        let (strong, weak) = (crate::t!("tui-views-legend-strong"), crate::t!("tui-views-legend-weak"));
        match self {
            Legend::Long => {
                vec![
                    format!("━{strong} "),
                    format!("─{} ", crate::t!("tui-views-legend-medium")),
                    format!("┄{weak}  "),
                ]
            }
            Legend::Short => vec![
                format!("━{strong} "),
                format!("─{} ", crate::t!("tui-views-legend-medium-short")),
                format!("┄{weak} "),
            ],
            Legend::Marks => vec!["━".into(), "─".into(), "┄ ".into()],
        }
    }

    fn word(self, s: Stance) -> String {
        match self {
            Legend::Long => crate::t!("tui-views-stance-word", stance = s.key()),
            Legend::Short => crate::t!("tui-views-stance-short", stance = s.key()),
            Legend::Marks => String::new(),
        }
    }

    fn width(self) -> usize {
        use crate::tui::fit::width;
        let lines: usize = self.lines().iter().map(|l| width(l)).sum();
        lines + Stance::ALL.iter().map(|&s| width(stance_mark(s)) + width(&self.word(s)) + 1).sum::<usize>()
    }
}

pub(super) fn header(buf: &mut Buffer, area: Rect, d: &Drawing, view: Viewport, t: Theme) {
    let row = Rect { height: 1, ..area };
    let mut canvas = Canvas { buf, screen: row, view: Viewport { y: 0, h: 1, ..view } };
    for c in &d.columns {
        let label = format!("{} ({})", c.column.tr_label(), c.boxes.len());
        let centred = c.x + c.w.saturating_sub(crate::tui::fit::width(&label) as u32) / 2;
        // A column partly scrolled off to the left keeps its whole title in the part
        // still on screen, after the scroll mark, rather than showing its tail.
        let x = if centred < view.x + 2 && c.x + c.w > view.x + 2 { view.x + 2 } else { centred };
        let room = (c.x + c.w).saturating_sub(x).saturating_sub(1) as usize;
        canvas.text(x, 0, &crate::tui::fit::fit(&label, room), t.title());
    }
    if view.x > 0 {
        buf.set_stringn(row.x, row.y, "◀", 1, t.key());
    }
    if view.x + view.w < d.width {
        buf.set_stringn(row.right() - 1, row.y, "▶", 1, t.key());
    }
}

pub(super) fn legend(buf: &mut Buffer, row: Rect, view: Viewport, height: u32, t: Theme) {
    // Two cells at the right end are kept for the up and down scroll marks.
    let end = row.right().saturating_sub(3);
    let room = end.saturating_sub(row.x) as usize;
    // The stance marks are what a box shows, so they stay; the words shorten first.
    let legend = Legend::fitting(room);
    let mut x = row.x;
    let mut put = |buf: &mut Buffer, s: &str, style: Style| {
        x = buf.set_stringn(x, row.y, s, end.saturating_sub(x) as usize, style).0;
    };
    for s in legend.lines() {
        put(buf, &s, t.dim());
    }
    for &stance in Stance::ALL {
        let style = t.stance(stance);
        put(buf, stance_mark(stance), style);
        put(buf, &legend.word(stance), style);
        put(buf, " ", Style::new());
    }
    let up = if view.y > 0 { '▲' } else { ' ' };
    let down = if view.y + view.h < height { '▼' } else { ' ' };
    buf.set_stringn(row.right() - 2, row.y, format!("{up}{down}"), 2, t.key());
}
