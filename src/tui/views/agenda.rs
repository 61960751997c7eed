//! The agenda across accounts: every open follow-up, overdue first, then by due date
//! (the order of [`crate::analysis::agenda::agenda`], as `dmu agenda` prints it),
//! optionally only one owner's. Owners are matched by name across accounts, as the
//! team screen matches them.
//!
//! ```text
//! ┌Agenda: 5 open follow-ups, 2 overdue · owner: everyone───────────────────┐
//! │Due        When      Owner      Account           Person   Text          │
//! │2026-11-20 7d late   Anna Berg  Volga Pipe Works  Пётр     Send the offer│
//! └─────────────────────────────────────────────────────────────────────────┘
//! ```

use crate::analysis::agenda::AgendaEntry;
use crate::model::Date;
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::grid::{Cell, Col, Grid};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Widget};

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The state of the agenda screen; the entries themselves live with the portfolio.
#[derive(Debug, Clone, Default)]
pub struct AgendaView {
    /// The owner shown (a display name), or everyone.
    owner: Option<String>,
    /// Indices into the entries that pass the filter, in agenda order.
    rows: Vec<usize>,
    selected: usize,
    offset: usize,
    seen: Option<u64>,
    /// The follow-up last marked done here, `(account slug, follow-up id, the last
    /// contact it moved)`, for undo.
    pub last_done: Option<(String, String, Option<crate::model::ops::Contacted>)>,
}

impl AgendaView {
    /// An agenda showing one owner's follow-ups (a name), or everyone's.
    pub fn for_owner(owner: Option<String>) -> AgendaView {
        AgendaView { owner, ..AgendaView::default() }
    }

    /// Refilters when the entries changed (by the portfolio's scan generation).
    pub fn sync(&mut self, entries: &[AgendaEntry], generation: u64) {
        if self.seen != Some(generation) {
            self.seen = Some(generation);
            self.refilter(entries);
        }
    }

    fn refilter(&mut self, entries: &[AgendaEntry]) {
        let want = self.owner.as_deref().map(key);
        self.rows = (0..entries.len())
            .filter(|&i| want.as_ref().is_none_or(|w| key(&entries[i].owner_name) == *w))
            .collect();
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// Shows the next owner's follow-ups (owners in name order), then everyone's.
    pub fn next_owner(&mut self, entries: &[AgendaEntry]) {
        let mut owners: Vec<&str> = entries.iter().map(|e| e.owner_name.trim()).collect();
        owners.sort_by_key(|o| key(o));
        owners.dedup_by_key(|o| key(o));
        let at = self.owner.as_deref().and_then(|o| owners.iter().position(|x| key(x) == key(o)));
        self.owner = match at {
            None => owners.first().map(|s| s.to_string()),
            Some(i) => owners.get(i + 1).map(|s| s.to_string()),
        };
        self.selected = 0;
        self.offset = 0;
        self.refilter(entries);
    }

    /// The owner shown, or none for everyone.
    pub fn owner(&self) -> Option<&str> {
        self.owner.as_deref()
    }

    /// The selected entry.
    pub fn selected<'a>(&self, entries: &'a [AgendaEntry]) -> Option<&'a AgendaEntry> {
        self.rows.get(self.selected).and_then(|&i| entries.get(i))
    }

    /// Selects the shown entry that `is` picks, if there is one (coming back to the
    /// agenda after its entries changed, to stay on the same follow-up).
    pub fn select_where(&mut self, entries: &[AgendaEntry], is: impl Fn(&AgendaEntry) -> bool) {
        if let Some(row) = self.rows.iter().position(|&i| entries.get(i).is_some_and(&is)) {
            self.selected = row;
        }
    }

    /// The selected row's index among the entries shown.
    pub fn selected_row(&self) -> usize {
        self.selected
    }

    /// The first visible row.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// How many entries pass the filter.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether no entry passes the filter.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Moves the selection by `delta` rows in pages of `page` rows.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.rows.len().saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
    }
}

/// Rows of the agenda visible in a screen body of this size.
pub fn page_rows(body: Rect) -> usize {
    body.height.saturating_sub(3) as usize
}

/// The agenda, ready to draw.
pub struct AgendaWidget<'a> {
    /// The view state.
    pub view: &'a AgendaView,
    /// Every open follow-up, in agenda order.
    pub entries: &'a [AgendaEntry],
    /// Styles.
    pub theme: Theme,
    /// The day the agenda is judged against.
    pub today: Date,
}

/// A column whose content is `need` wide: a fair share of `cap` at first, the rest
/// when the terminal has room to spare.
fn col(head: String, min: u16, need: u16, cap: u16, priority: u8) -> Col {
    Col { head: super::head(head), min, want: need.min(cap), need, priority, right: false }
}

/// "7d late", "today", "in 3d".
fn when(e: &AgendaEntry, today_offset: i32) -> String {
    match (e.days_overdue, today_offset) {
        (d, _) if d > 0 => crate::t!("tui-views-agenda-late", n = d),
        (_, 0) => crate::t!("tui-views-agenda-today"),
        (_, n) => crate::t!("tui-views-agenda-ahead", n = n),
    }
}

impl Widget for &AgendaWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, v) = (&self.theme, self.view);
        let shown: Vec<&AgendaEntry> = v.rows.iter().filter_map(|&i| self.entries.get(i)).collect();
        let overdue = shown.iter().filter(|e| e.overdue()).count();
        let owner = v.owner.clone().unwrap_or_else(|| crate::t!("tui-views-agenda-everyone"));
        let title = crate::t!("tui-views-agenda-title", n = shown.len(), overdue = overdue, owner = owner);
        let w = area.width.saturating_sub(2) as usize;
        let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        if shown.is_empty() {
            let text = crate::t!("tui-views-agenda-empty");
            return Paragraph::new(fit(&text, w)).style(t.dim()).render(inner, buf);
        }
        let widest = |f: fn(&AgendaEntry) -> usize| {
            shown.iter().map(|e| f(e)).max().unwrap_or(0).min(u16::MAX as usize) as u16
        };
        let when_w = shown.iter().map(|e| width(&when(e, e.due.days_since(self.today)))).max();
        let when_w = when_w.unwrap_or(0).clamp(8, 16) as u16;
        let cols = [
            col(crate::t!("tui-views-col-due"), 10, 10, 10, 0),
            // As wide as its longest word ("7d late" is longer in Russian).
            col(crate::t!("tui-views-col-when"), 8, when_w, when_w, 1),
            // Text is kept longest but grows last, so names are readable first.
            col(crate::t!("tui-views-col-owner"), 6, widest(|e| width(&e.owner_name)), 40, 3),
            col(crate::t!("tui-views-col-account"), 8, widest(|e| width(&e.account_name)), 40, 2),
            col(
                crate::t!("tui-views-col-person"),
                6,
                widest(|e| e.person_name.as_deref().map_or(0, width)),
                40,
                4,
            ),
            col(crate::t!("tui-views-col-text"), 20, widest(|e| width(&e.text)), u16::MAX, 5),
        ];
        let page = inner.height.saturating_sub(1) as usize;
        (&Grid {
            cols: &cols,
            len: shown.len(),
            row: |i| {
                let e = shown[i];
                let ahead = e.due.days_since(self.today);
                let style = if e.overdue() { t.error() } else { t.text() };
                vec![
                    Cell::new(crate::i18n::dates::show(e.due), style),
                    Cell::new(when(e, ahead), style),
                    Cell::new(e.owner_name.clone(), t.text()),
                    Cell::new(e.account_name.clone(), t.text()),
                    Cell::new(e.person_name.clone().unwrap_or_default(), t.text()),
                    Cell::new(e.text.clone(), t.text()),
                ]
            },
            selected: Some(v.selected),
            offset: scroll_into_view(v.offset, v.selected, page),
            theme: *t,
        })
            .render(inner, buf);
    }
}
