//! Our team across accounts: each of our people (matched by name across account
//! files), the accounts they work on with how many people there they cover, and their
//! open and overdue follow-ups (from [`crate::analysis::agenda::team`]).
//!
//! ```text
//! ┌Our team across 4 accounts: 5 people────────────────────────────────────┐
//! │Name        Function   Covers Open Overdue Accounts (people covered)     │
//! │Anna Berg   Sales          7     3       1 Volga Pipe Works (5), Nord (2)│
//! └─────────────────────────────────────────────────────────────────────────┘
//! ```

use crate::analysis::agenda::TeamRow;
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::grid::{Cell, Col, Grid};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Widget};

/// The state of the team screen; the rows live with the portfolio.
#[derive(Debug, Clone, Default)]
pub struct OurTeamView {
    selected: usize,
    offset: usize,
}

impl OurTeamView {
    /// The selected row's index.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The first visible row.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Moves the selection by `delta` rows among `len`, in pages of `page` rows.
    pub fn move_by(&mut self, delta: isize, len: usize, page: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(len.saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
    }
}

/// The accounts a member works on, as one cell.
fn accounts(r: &TeamRow) -> String {
    let parts: Vec<String> = r.accounts.iter().map(|(_, name, n)| format!("{name} ({n})")).collect();
    parts.join(", ")
}

/// The team screen, ready to draw.
pub struct OurTeamWidget<'a> {
    /// The view state.
    pub view: &'a OurTeamView,
    /// Our people across accounts.
    pub rows: &'a [TeamRow],
    /// How many accounts loaded.
    pub accounts: usize,
    /// Styles.
    pub theme: Theme,
}

/// A column whose content is `need` wide: a fair share of `cap` at first, the rest
/// when the terminal has room to spare.
fn col(head: String, min: u16, need: u16, cap: u16, priority: u8, right: bool) -> Col {
    Col { head: super::head(head), min, want: need.min(cap), need, priority, right }
}

impl Widget for &OurTeamWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let title = crate::t!("tui-views-team-title", accounts = self.accounts, people = self.rows.len());
        let w = area.width.saturating_sub(2) as usize;
        let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        if self.rows.is_empty() {
            let text = crate::t!("tui-views-team-empty");
            return Paragraph::new(fit(&text, w)).style(t.dim()).render(inner, buf);
        }
        let widest = |f: &dyn Fn(&TeamRow) -> usize| {
            self.rows.iter().map(f).max().unwrap_or(0).min(u16::MAX as usize) as u16
        };
        let functions = |r: &TeamRow| r.functions.iter().map(|f| f.tr_str()).collect::<Vec<_>>().join(", ");
        let cols = [
            col(crate::t!("tui-views-col-name"), 8, widest(&|r| width(&r.name)), 24, 0, false),
            col(crate::t!("tui-views-col-function"), 8, widest(&|r| width(&functions(r))), 20, 4, false),
            col(crate::t!("tui-views-col-covers"), 6, 6, 6, 1, true),
            col(crate::t!("tui-views-col-open"), 4, 4, 4, 2, true),
            col(crate::t!("tui-views-col-overdue"), 7, 7, 7, 1, true),
            col(crate::t!("tui-views-col-team-accounts"), 12, widest(&|r| width(&accounts(r))), 60, 5, false),
        ];
        let page = inner.height.saturating_sub(1) as usize;
        let v = self.view;
        (&Grid {
            cols: &cols,
            len: self.rows.len(),
            row: |i| {
                let r = &self.rows[i];
                vec![
                    Cell::new(r.name.clone(), t.text()),
                    Cell::new(functions(r), t.dim()),
                    Cell::new(r.covered.to_string(), if r.covered == 0 { t.warning() } else { t.text() }),
                    Cell::new(r.open_followups.to_string(), t.text()),
                    Cell::new(
                        r.overdue_followups.to_string(),
                        if r.overdue_followups > 0 { t.error() } else { t.text() },
                    ),
                    Cell::new(accounts(r), t.text()),
                ]
            },
            selected: Some(v.selected),
            offset: scroll_into_view(v.offset, v.selected, page),
            theme: *t,
        })
            .render(inner, buf);
    }
}
