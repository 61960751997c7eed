//! The trash screen: the accounts deleted from the portfolio, newest first, with when
//! they went and their file in the trash; `r` puts the selected one back (the store
//! picks a free name, never writing over a file).
//!
//! ```text
//! ┌Trash: 2 accounts, newest first · r puts the selected one back into accounts/─┐
//! │Account          Trashed               File in the trash                      │
//! │Nordic Steel     2026-11-27 14:03 UTC  nordic-steel.2026-11-27-140305.json    │
//! └──────────────────────────────────────────────────────────────────────────────┘
//! ```

use crate::store::Trashed;
use crate::tui::app::texts;
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::grid::{Cell, Col, Grid};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Widget};

/// The state of the trash screen: the accounts in the trash as last read.
#[derive(Debug, Clone, Default)]
pub struct TrashView {
    /// The accounts in the trash, newest first.
    pub rows: Vec<Trashed>,
    selected: usize,
    offset: usize,
}

impl TrashView {
    /// The screen on these accounts, the first (newest) selected.
    pub fn new(rows: Vec<Trashed>) -> TrashView {
        TrashView { rows, selected: 0, offset: 0 }
    }

    /// The selected account, if the trash has any.
    pub fn selected(&self) -> Option<&Trashed> {
        self.rows.get(self.selected)
    }

    /// Shows the trash as read again, staying on the same row (or the last).
    pub fn set_rows(&mut self, rows: Vec<Trashed>) {
        self.rows = rows;
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// Moves the selection by `delta` rows in pages of `page` rows.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.rows.len().saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
    }
}

/// The account's name as listed, or the file's when it does not load.
fn name(t: &Trashed) -> String {
    t.account.clone().unwrap_or_else(|_| texts::trash_unreadable(&t.slug))
}

fn file(t: &Trashed) -> String {
    t.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// When it went to the trash, the day as the language writes days.
fn trashed_at(at: crate::store::TrashedAt) -> String {
    let time = format!("{:02}:{:02}", at.seconds / 3600, at.seconds / 60 % 60);
    crate::t!("tui-views-trash-when", date = at.date, time = time)
}

/// Rows of the trash visible in a screen body of this size.
pub fn page_rows(body: Rect) -> usize {
    body.height.saturating_sub(3) as usize
}

/// The trash screen, ready to draw.
pub struct TrashWidget<'a> {
    /// The view state.
    pub view: &'a TrashView,
    /// Styles.
    pub theme: Theme,
}

impl Widget for &TrashWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, v) = (&self.theme, self.view);
        let w = area.width.saturating_sub(2) as usize;
        let title = texts::trash_title(v.rows.len());
        let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        if v.rows.is_empty() {
            return Paragraph::new(fit(crate::i18n::fixed("tui-app-trash-empty"), w))
                .style(t.dim())
                .render(inner, buf);
        }
        let widest =
            |f: &dyn Fn(&Trashed) -> String| v.rows.iter().map(|r| width(&f(r))).max().unwrap_or(0) as u16;
        let [account, when, in_trash] = [
            crate::i18n::fixed("tui-app-trash-column-account"),
            crate::i18n::fixed("tui-app-trash-column-trashed"),
            crate::i18n::fixed("tui-app-trash-column-file"),
        ];
        let cols = [
            Col {
                head: account,
                min: 8,
                want: widest(&name).min(40),
                need: widest(&name),
                priority: 0,
                right: false,
            },
            Col { head: when, min: 10, want: 20, need: 20, priority: 1, right: false },
            Col {
                head: in_trash,
                min: 12,
                want: widest(&file),
                need: widest(&file),
                priority: 2,
                right: false,
            },
        ];
        let page = inner.height.saturating_sub(1) as usize;
        (&Grid {
            cols: &cols,
            len: v.rows.len(),
            row: |i| {
                let r = &v.rows[i];
                let style = if r.account.is_ok() { t.text() } else { t.warning() };
                vec![
                    Cell::new(name(r), style),
                    Cell::new(trashed_at(r.when), t.text()),
                    Cell::new(file(r), t.dim()),
                ]
            },
            selected: Some(v.selected),
            offset: scroll_into_view(v.offset, v.selected, page),
            theme: *t,
        })
            .render(inner, buf);
    }
}
