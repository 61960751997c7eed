//! Drawing the people view: the search line, the table (only the visible rows are
//! built, so ten thousand people cost no more than a screenful) and the detail pane.

use super::people::{Pane, PeopleView, layout, page_rows, scroll_into_view};
use super::people_cells::{COLS, Col, cell_text, sort_col};
use super::person_detail::PersonDetail;
use crate::model::{Account, Date, Index};
use crate::tui::fit::{self, fit};
use crate::tui::theme::Theme;
use crate::tui::widgets::columns::{self, Column};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Widget};

/// The people view of one account, ready to draw.
pub struct PeopleWidget<'a> {
    /// Selection, order, query and focus.
    pub view: &'a PeopleView,
    /// The account shown.
    pub account: &'a Account,
    /// Lookups for links and coverage.
    pub index: &'a Index,
    /// Styles.
    pub theme: Theme,
    /// The day "days since last contact" counts to.
    pub today: Date,
}

impl PeopleWidget<'_> {
    /// Column widths: a fair share for each column first, then whatever is spare to
    /// the columns still cut, up to the widest cell of the filtered people.
    fn widths(&self, total: u16) -> Vec<Option<u16>> {
        let content = self.view.content_widths();
        let cols: Vec<Column> = COLS
            .iter()
            .zip(content)
            .map(|(spec, &content)| {
                let need = content.max(crate::tui::fit::width(&spec.head()) as u16);
                let want = need.min(spec.max);
                Column { min: spec.min.min(want), want, need, priority: spec.priority }
            })
            .collect();
        columns::fit(total, 1, &cols)
    }

    fn render_table(&self, area: Rect, buf: &mut Buffer) {
        let v = self.view;
        let focused = v.focus == Pane::Table;
        let title = if v.query.text().is_empty() {
            crate::t!("tui-views-people-title", n = self.account.people.len())
        } else {
            crate::t!("tui-views-people-title-found", found = v.order().len(), n = self.account.people.len())
        };
        let border = if focused { self.theme.border_focused() } else { self.theme.border() };
        let block =
            Block::bordered().title(fit(&title, area.width.saturating_sub(2) as usize)).border_style(border);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        if v.order().is_empty() {
            let msg = if self.account.people.is_empty() {
                crate::t!("tui-views-people-empty")
            } else {
                crate::t!("tui-views-people-no-match", query = v.query.text())
            };
            Paragraph::new(fit(&msg, inner.width as usize)).style(self.theme.dim()).render(inner, buf);
            return;
        }
        let page = page_rows(area);
        let offset = scroll_into_view(v.offset(), v.selected_row(), page);
        let visible: Vec<usize> = v.order().iter().skip(offset).take(page).copied().collect();
        let widths = self.widths(inner.width);
        let shown: Vec<(usize, Col, u16)> =
            COLS.iter().enumerate().filter_map(|(i, c)| widths[i].map(|w| (i, c.col, w))).collect();
        let (sort, reverse) = v.sort();
        let header = Row::new(shown.iter().map(|&(i, col, w)| {
            let arrow = if sort_col(sort) == Some(col) { if reverse { "▲" } else { "▼" } } else { "" };
            let spec = &COLS[i];
            let full = format!("{}{arrow}", spec.head());
            let head =
                if fit::width(&full) <= w as usize { full } else { format!("{}{arrow}", spec.short()) };
            Cell::from(fit(&head, w as usize))
        }))
        .style(self.theme.title());
        let rows = visible.iter().enumerate().map(|(n, &pi)| {
            let p = &self.account.people[pi];
            let cells = shown.iter().map(|&(_, col, w)| {
                let text = fit(&cell_text(self.account, p, col), w as usize);
                let style = match col {
                    Col::Stance => self.theme.stance(p.stance),
                    Col::Roles => self.theme.badge(),
                    Col::Cover => p.best_coverage().map_or(self.theme.text(), |s| self.theme.strength(s)),
                    _ => self.theme.text(),
                };
                Cell::from(Span::styled(text, style))
            });
            let row = Row::new(cells);
            if offset + n == v.selected_row() {
                row.style(if focused { self.theme.selected() } else { self.theme.selected_unfocused() })
            } else {
                row
            }
        });
        Table::new(rows, shown.iter().map(|s| Constraint::Length(s.2)))
            .header(header)
            .column_spacing(1)
            .render(inner, buf);
    }
}

impl Widget for &PeopleWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let v = self.view;
        let show_search = v.searching || !v.query.text().is_empty();
        let areas = layout(area, show_search);
        if show_search {
            let label = Span::styled("/", self.theme.key());
            let w = areas.search.width.saturating_sub(2) as usize;
            let cursor = v.searching.then(|| self.theme.selected());
            let mut line = v.query.line(w, self.theme.text(), cursor);
            line.spans.insert(0, label);
            line.spans.insert(1, Span::raw(" "));
            Line::from(line.spans).render(areas.search, buf);
        }
        self.render_table(areas.table, buf);
        let person = v.selected_position().and_then(|i| self.account.people.get(i).map(|p| (i, p)));
        PersonDetail {
            person,
            account: self.account,
            index: self.index,
            theme: self.theme,
            today: self.today,
            focused: v.focus == Pane::Detail,
            scroll: v.detail_scroll,
            judgement: person.and_then(|(_, p)| v.history.of(&p.id)),
        }
        .render(areas.detail, buf);
    }
}
