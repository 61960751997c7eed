//! The Deals view's state: the account's deals in file order, the selected one, and
//! what each shows beyond its own fields (its pull through its own lens, its red flags,
//! its best next step, whom it gives roles of their own), worked out once per edit of
//! the account — never per frame, and not again when the lens moves, since each deal
//! is analysed through its own lens whatever the views look through.
//!
//! ```text
//! ┌Deals: 3, 2 open · lens: Furnace──────────────────────────────────────────────┐
//! │Deal          Stage             Value Close      Competi… Process         Pull│
//! │◉ Furnace     Proposal    1200000 EUR 2027-03-01 Danieli… Tender until 2…    8│
//! │Spare parts   Negotiation   80000 EUR 2026-12-20          Open               8│
//! └──────────────────────────────────────────────────────────────────────────────┘
//! ┌Furnace───────────────────────────────────────────────────────────────────────┐
//! │Pull 8/100 · 4 red flags                                                      │
//! │Roles of their own here: Ivan Petrov: Decider                                 │
//! │Next: introduce: Ivan Petrov → Olga Orlova                                    │
//! │In the lens: every view shows this deal's roles and pull. Space again: the wh…│
//! └──────────────────────────────────────────────────────────────────────────────┘
//! ```

use super::account_view::{AccountViewState, ViewContext};
use super::people::scroll_into_view;
use crate::analysis::{PullConfig, analyze_deal};
use crate::model::{Account, Date};
use crate::tui::action::Action;
use crate::tui::keymap::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};

/// What a deal's row and detail show beyond the deal's own fields.
#[derive(Debug, Clone, PartialEq)]
pub struct DealSummary {
    /// The deal's id.
    pub id: String,
    /// The pull score through the deal's lens.
    pub score: u8,
    /// Red flags through its lens.
    pub flags: usize,
    /// The best next step through its lens, in words, if there is one.
    pub next: Option<String>,
    /// Why there is no next step when a tender's quiet period holds them back.
    pub held: Option<String>,
    /// The people the deal gives roles of their own: "Ivan Petrov: Decider".
    pub own_roles: Vec<String>,
}

impl DealSummary {
    fn of(a: &Account, i: usize, cfg: &PullConfig, today: Date) -> DealSummary {
        let d = &a.deals[i];
        let an = analyze_deal(a, Some(&d.id), cfg, today);
        let next = an.next_best.first().map(|s| super::pull_panels::step_short(s, a));
        let own_roles = d
            .roles
            .iter()
            .map(|(id, roles)| {
                let name = a.person(id).map_or(id.as_str(), |p| p.name.as_str());
                let words: Vec<&str> = roles.iter().map(|r| r.tr_str()).collect();
                let words = if words.is_empty() { crate::t!("deals-no-role") } else { words.join(", ") };
                format!("{}: {words}", crate::text::inert(name))
            })
            .collect();
        let held = an.quiet.as_ref().map(|q| q.sentence());
        DealSummary { id: d.id.clone(), score: an.score, flags: an.red_flags.len(), next, held, own_roles }
    }
}

/// The state of the Deals view.
#[derive(Debug, Clone, Default)]
pub struct DealsView {
    /// The selected deal's position in `account.deals`.
    selected: usize,
    /// The first row shown.
    offset: usize,
    /// The selected deal's id, to find it again after an edit.
    keep: Option<String>,
    /// The session generation (and day) the summaries were made for.
    seen: Option<(u64, Date)>,
    /// One per deal, in the account's order.
    summaries: Vec<DealSummary>,
}

/// Where the table and the selected deal's details go.
pub fn layout(area: Rect) -> [Rect; 2] {
    area.layout(&Layout::vertical([Constraint::Fill(1), Constraint::Length(6)]))
}

/// Rows visible in the table (border and header take three lines).
pub fn page_rows(table: Rect) -> usize {
    table.height.saturating_sub(3) as usize
}

impl DealsView {
    /// Works the summaries out again when the account changed (by the session's
    /// generation), keeping the same deal selected where it still is.
    pub fn sync(&mut self, base: &Account, generation: u64, today: Date) {
        if self.seen == Some((generation, today)) {
            return;
        }
        self.seen = Some((generation, today));
        let cfg = PullConfig::for_account(base).unwrap_or_default();
        self.summaries = (0..base.deals.len()).map(|i| DealSummary::of(base, i, &cfg, today)).collect();
        let kept = self.keep.as_deref().and_then(|id| base.deals.iter().position(|d| d.id == id));
        self.selected = kept.unwrap_or(self.selected).min(base.deals.len().saturating_sub(1));
        self.remember(base);
    }

    fn remember(&mut self, a: &Account) {
        self.keep = a.deals.get(self.selected).map(|d| d.id.clone());
    }

    /// The summaries, one per deal in the account's order (after a sync).
    pub fn summaries(&self) -> &[DealSummary] {
        &self.summaries
    }

    /// The position in `account.deals` of the selected deal, if there is one.
    pub fn selected_deal(&self, a: &Account) -> Option<usize> {
        (self.selected < a.deals.len()).then_some(self.selected)
    }

    /// The first row shown, for a table of `page` rows.
    pub fn offset(&self, page: usize) -> usize {
        scroll_into_view(self.offset, self.selected, page)
    }

    /// Selects the deal with an id (after adding it).
    pub fn select(&mut self, a: &Account, id: &str) {
        if let Some(i) = a.deals.iter().position(|d| d.id == id) {
            self.selected = i;
        }
        self.remember(a);
    }

    /// Moves the selection by `delta` rows in pages of `page` rows.
    pub fn move_by(&mut self, a: &Account, delta: isize, page: usize) {
        let last = a.deals.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.offset = scroll_into_view(self.offset, self.selected, page);
        self.remember(a);
    }

    /// The deal row at screen row `y` of the view drawn in `area`, if any.
    fn row_at(&self, a: &Account, area: Rect, x: u16, y: u16) -> Option<usize> {
        let [table, _] = layout(area);
        let inside = x > table.x && x + 1 < table.right();
        let row = super::people::row_at(table, y).filter(|_| inside)?;
        Some(self.offset(page_rows(table)) + row).filter(|&r| r < a.deals.len())
    }
}

impl AccountViewState for DealsView {
    fn mode(&self) -> Mode {
        Mode::Deals
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        None
    }

    fn sync(&mut self, cx: &ViewContext) {
        DealsView::sync(self, cx.base, cx.base_generation, cx.today)
    }

    fn handle(&mut self, cx: &ViewContext, action: Action) -> bool {
        let page = page_rows(layout(cx.body)[0]).max(1);
        let Some(delta) = action.list_step(page) else { return false };
        self.move_by(cx.base, delta, page);
        true
    }

    fn render(&self, cx: &ViewContext, area: Rect, buf: &mut Buffer) {
        use ratatui::widgets::Widget;
        (&super::deals_render::DealsWidget { view: self, cx }).render(area, buf)
    }

    fn click(&mut self, cx: &ViewContext, x: u16, y: u16) -> bool {
        let Some(row) = self.row_at(cx.base, cx.body, x, y) else { return false };
        let page = page_rows(layout(cx.body)[0]);
        self.offset = self.offset(page);
        self.selected = row;
        self.remember(cx.base);
        true
    }
}
