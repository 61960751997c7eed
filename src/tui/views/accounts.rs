//! The account list: every file in the data folder with its name, tier, number of
//! people and revenue. A file that does not load is listed with its error (never
//! hidden), and the pane below shows the whole message for the selected row.

use crate::model::{Account, Tier};
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use std::path::PathBuf;

/// What the list shows about an account that loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The account's name.
    pub name: String,
    /// How important it is.
    pub tier: Tier,
    /// How many people of theirs are mapped.
    pub people: usize,
    /// Our yearly sales to them, if known.
    pub revenue: Option<f64>,
    /// The currency of the revenue.
    pub currency: Option<String>,
}

impl Summary {
    /// The summary of a loaded account.
    pub fn of(a: &Account) -> Summary {
        Summary {
            name: a.name.clone(),
            tier: a.tier,
            people: a.people.len(),
            revenue: a.annual_revenue.as_ref().and_then(|n| n.as_f64()),
            currency: a.currency.clone(),
        }
    }
}

/// One file in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountRow {
    /// The file name without `.json`.
    pub slug: String,
    /// The file.
    pub path: PathBuf,
    /// The summary, or why the file does not load.
    pub summary: Result<Summary, String>,
}

/// The state of the account list.
#[derive(Debug, Clone, Default)]
pub struct AccountsView {
    rows: Vec<AccountRow>,
    selected: usize,
    offset: usize,
}

/// Rows of the list visible in a screen body of this size.
pub fn page_rows(body: Rect) -> usize {
    body.height.saturating_sub(INFO_HEIGHT + 3) as usize
}

const INFO_HEIGHT: u16 = 4;

impl AccountsView {
    /// Replaces the rows (after a rescan), keeping the selection on the same file.
    pub fn set_rows(&mut self, rows: Vec<AccountRow>) {
        let keep = self.selected().map(|r| r.slug.clone());
        self.rows = rows;
        self.selected = keep
            .and_then(|s| self.rows.iter().position(|r| r.slug == s))
            .unwrap_or(self.selected)
            .min(self.rows.len().saturating_sub(1));
    }

    /// The rows in display order.
    pub fn rows(&self) -> &[AccountRow] {
        &self.rows
    }

    /// The selected row.
    pub fn selected(&self) -> Option<&AccountRow> {
        self.rows.get(self.selected)
    }

    /// Selects the row of a slug, if listed.
    pub fn select_slug(&mut self, slug: &str) {
        if let Some(i) = self.rows.iter().position(|r| r.slug == slug) {
            self.selected = i;
        }
    }

    /// Moves the selection by `delta`, keeping it on a page of `page` rows.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.rows.len().saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
    }
}

/// The account list, ready to draw.
pub struct AccountsWidget<'a> {
    /// The list state.
    pub view: &'a AccountsView,
    /// Styles.
    pub theme: Theme,
    /// The data folder, shown in the title.
    pub root: String,
}

fn money(v: f64, currency: Option<&str>) -> String {
    let whole = v.round() as i64;
    let digits = whole.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    let sign = if whole < 0 { "-" } else { "" };
    match currency {
        Some(c) => format!("{sign}{out} {c}"),
        None => format!("{sign}{out}"),
    }
}

fn pad(s: &str, w: usize) -> String {
    let s = fit(s, w);
    let n = w.saturating_sub(width(&s));
    format!("{s}{}", " ".repeat(n))
}

fn pad_left(s: &str, w: usize) -> String {
    let s = fit(s, w);
    format!("{}{s}", " ".repeat(w.saturating_sub(width(&s))))
}

impl AccountsWidget<'_> {
    fn row_line(&self, r: &AccountRow, w: usize) -> Line<'static> {
        // Name gets what the fixed columns leave: tier 9, people 6, revenue 16.
        let name_w = w.saturating_sub(34).max(4);
        match &r.summary {
            Ok(s) => {
                let revenue = s.revenue.map(|v| money(v, s.currency.as_deref())).unwrap_or_default();
                let text = format!(
                    "{} {} {} {}",
                    pad(&s.name, name_w),
                    pad(s.tier.label(), 9),
                    pad_left(&s.people.to_string(), 6),
                    pad_left(&revenue, 16)
                );
                Line::raw(fit(&text, w))
            }
            Err(e) => {
                let name = pad(&format!("{}.json", r.slug), name_w);
                let rest = w.saturating_sub(width(&name) + 1);
                Line::from(vec![
                    Span::raw(name),
                    Span::raw(" "),
                    Span::styled(fit(&format!("⚠ {e}"), rest), self.theme.error()),
                ])
            }
        }
    }
}

impl Widget for &AccountsWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [list, info] =
            area.layout(&Layout::vertical([Constraint::Fill(1), Constraint::Length(INFO_HEIGHT)]));
        let title = fit(&format!("Accounts in {}", self.root), list.width.saturating_sub(2) as usize);
        let block = Block::bordered()
            .title(Span::styled(title, self.theme.title()))
            .border_style(self.theme.border());
        let inner = block.inner(list);
        block.render(list, buf);
        let w = inner.width as usize;
        let v = self.view;
        if v.rows.is_empty() {
            Paragraph::new(fit("No accounts yet: press a to create one.", w))
                .style(self.theme.dim())
                .render(inner, buf);
        } else if inner.height > 0 {
            let name_w = w.saturating_sub(34).max(4);
            let head = format!(
                "{} {} {} {}",
                pad("Name", name_w),
                pad("Tier", 9),
                pad_left("People", 6),
                pad_left("Revenue", 16)
            );
            Line::styled(fit(&head, w), self.theme.title()).render(Rect { height: 1, ..inner }, buf);
            let page = inner.height.saturating_sub(1) as usize;
            let offset = scroll_into_view(v.offset, v.selected, page);
            for (n, r) in v.rows.iter().enumerate().skip(offset).take(page) {
                let y = inner.y + 1 + (n - offset) as u16;
                let line = self.row_line(r, w);
                let line = if n == v.selected { line.style(self.theme.selected()) } else { line };
                let row = Rect { y, height: 1, ..inner };
                if n == v.selected {
                    buf.set_style(row, self.theme.selected());
                }
                line.render(row, buf);
            }
        }
        let text = match v.selected() {
            Some(AccountRow { summary: Err(e), path, .. }) => Line::from(vec![
                Span::styled("This file does not load; dmu will not change it. ", self.theme.error()),
                Span::raw(fit(&format!("{}: {e}", path.display()), usize::MAX)),
            ]),
            Some(AccountRow { path, .. }) => {
                Line::styled(fit(&path.display().to_string(), usize::MAX), self.theme.dim())
            }
            None => Line::default(),
        };
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().border_style(self.theme.border()))
            .render(info, buf);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn money_groups_thousands() {
        assert_eq!(super::money(850_000.0, Some("EUR")), "850,000 EUR");
        assert_eq!(super::money(1234.4, None), "1,234");
        assert_eq!(super::money(-5.0, None), "-5");
    }
}
