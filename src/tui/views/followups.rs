//! The follow-ups and demands of an open account: what we promised (open ones first,
//! soonest due first, then the done ones) and what the customer asked of us beyond the
//! contract (newest first). Tab moves between the two lists; the orders are recomputed
//! when the account changes, never per frame.
//!
//! ```text
//! ┌Follow-ups: 3 open, 1 overdue──────────┐┌Demands: 4, 2 granted──────────┐
//! │Due        Owner     Person   Text     ││Date       Kind      Granted ..│
//! │2026-11-20 Anna Berg Пётр     Call ... ││2026-11-02 Price     yes       │
//! └───────────────────────────────────────┘└───────────────────────────────┘
//! ```

use crate::model::{Account, Date, FxHashMap};
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::grid::{Cell, Col, Grid};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Widget};

/// Which list has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FollowUpPane {
    /// The follow-ups.
    #[default]
    FollowUps,
    /// The demands.
    Demands,
}

/// A list's display order and selection.
#[derive(Debug, Clone, Default)]
struct ListState {
    order: Vec<usize>,
    selected: usize,
    offset: usize,
}

impl ListState {
    fn set(&mut self, order: Vec<usize>, keep: Option<usize>) {
        self.order = order;
        self.selected = keep
            .and_then(|k| self.order.iter().position(|&i| i == k))
            .unwrap_or(self.selected)
            .min(self.order.len().saturating_sub(1));
    }

    fn position(&self) -> Option<usize> {
        self.order.get(self.selected).copied()
    }

    fn move_by(&mut self, delta: isize, page: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.order.len().saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
    }
}

/// The state of the follow-ups view.
#[derive(Debug, Clone, Default)]
pub struct FollowUpsView {
    /// Which list has the keyboard.
    pub pane: FollowUpPane,
    followups: ListState,
    demands: ListState,
    seen: Option<u64>,
    /// Ids of the selected items, to find them again after a change.
    keep: (Option<String>, Option<String>),
    /// What a frame needs from all the items, measured at sync.
    measured: Measured,
}

/// Counts, column widths and lookups over every follow-up and demand, computed once
/// per change of the account, so a frame costs the rows it shows and no more (with
/// ten thousand people, looking each row's person up by scanning the people cost a
/// frame 20 times a small account's).
#[derive(Debug, Clone, Default)]
struct Measured {
    /// By follow-up position: the position of the person it is with.
    person_of: Vec<Option<usize>>,
    /// Follow-ups not done yet (the first rows of the order).
    open: usize,
    /// Widest owner, person and text of the follow-ups.
    owner_w: u16,
    person_w: u16,
    text_w: u16,
    /// Demands we granted.
    granted: usize,
    /// Widest demand kind and text.
    demand_kind_w: u16,
    demand_text_w: u16,
}

impl Measured {
    fn of(a: &Account) -> Measured {
        let mut at: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, p) in a.people.iter().enumerate() {
            at.entry(p.id.as_str()).or_insert(i);
        }
        let person_of: Vec<Option<usize>> =
            a.follow_ups.iter().map(|f| f.person.as_deref().and_then(|id| at.get(id).copied())).collect();
        let widest =
            |it: &mut dyn Iterator<Item = usize>| it.max().unwrap_or(0).min(u16::MAX as usize) as u16;
        Measured {
            open: a.follow_ups.iter().filter(|f| f.done.is_none()).count(),
            owner_w: widest(&mut a.follow_ups.iter().map(|f| width(&owner_name(a, &f.owner)))),
            person_w: widest(&mut a.follow_ups.iter().zip(&person_of).map(|(f, &p)| {
                match (p, f.person.as_deref()) {
                    (Some(p), _) => width(&a.people[p].name),
                    (None, Some(id)) => width(id),
                    (None, None) => 0,
                }
            })),
            text_w: widest(&mut a.follow_ups.iter().map(|f| width(&f.text))),
            person_of,
            granted: a.demands.iter().filter(|d| d.granted).count(),
            demand_kind_w: widest(&mut a.demands.iter().map(|d| width(d.kind.tr_str()))),
            demand_text_w: widest(&mut a.demands.iter().map(|d| width(&d.text))),
        }
    }
}

fn owner_name(a: &Account, id: &str) -> String {
    a.member(id).map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// Where the two lists go: beside each other from 120 columns, else one above the other.
pub fn layout(area: Rect) -> [Rect; 2] {
    if area.width >= 120 {
        area.layout(&Layout::horizontal([Constraint::Percentage(62), Constraint::Fill(1)]))
    } else {
        area.layout(&Layout::vertical([Constraint::Fill(1), Constraint::Percentage(40)]))
    }
}

/// Rows visible in a list area (border and header take three lines).
pub fn page_rows(list: Rect) -> usize {
    list.height.saturating_sub(3) as usize
}

impl FollowUpsView {
    /// Recomputes the orders when the account changed (by its generation), keeping the
    /// same follow-up and demand selected where they still exist.
    pub fn sync(&mut self, a: &Account, generation: u64) {
        if self.seen == Some(generation) {
            return;
        }
        self.seen = Some(generation);
        let mut fu: Vec<usize> = (0..a.follow_ups.len()).collect();
        // Open first, soonest due first; then done, most recently done first.
        fu.sort_by_key(|&i| {
            let f = &a.follow_ups[i];
            (f.done.is_some(), f.done.map(std::cmp::Reverse), f.due)
        });
        let keep = self.keep.0.as_deref().and_then(|id| a.follow_ups.iter().position(|f| f.id == id));
        self.followups.set(fu, keep);
        let mut dm: Vec<usize> = (0..a.demands.len()).collect();
        dm.sort_by_key(|&i| std::cmp::Reverse(a.demands[i].date));
        let keep = self.keep.1.as_deref().and_then(|id| a.demands.iter().position(|d| d.id == id));
        self.demands.set(dm, keep);
        self.measured = Measured::of(a);
        self.remember(a);
    }

    fn remember(&mut self, a: &Account) {
        self.keep = (
            self.followups.position().and_then(|i| a.follow_ups.get(i)).map(|f| f.id.clone()),
            self.demands.position().and_then(|i| a.demands.get(i)).map(|d| d.id.clone()),
        );
    }

    /// The position in `account.follow_ups` of the selected follow-up.
    pub fn selected_followup(&self) -> Option<usize> {
        self.followups.position()
    }

    /// The position in `account.people` of the person the selected follow-up is with,
    /// so switching views keeps that person selected.
    pub fn selected_person(&self, a: &Account) -> Option<usize> {
        let i = self.selected_followup()?;
        match self.measured.person_of.get(i) {
            Some(&p) => p,
            // Not measured yet (before the first sync).
            None => {
                a.follow_ups.get(i)?.person.as_deref().and_then(|id| a.people.iter().position(|p| p.id == id))
            }
        }
    }

    /// The position in `account.demands` of the selected demand.
    pub fn selected_demand(&self) -> Option<usize> {
        self.demands.position()
    }

    /// Selects the follow-up with an id (after adding it, or coming from the agenda).
    pub fn select_followup(&mut self, a: &Account, id: &str) {
        if let Some(row) =
            self.followups.order.iter().position(|&i| a.follow_ups.get(i).is_some_and(|f| f.id == id))
        {
            self.followups.selected = row;
            self.pane = FollowUpPane::FollowUps;
        }
        self.remember(a);
    }

    /// Selects the demand with an id (after adding it).
    pub fn select_demand(&mut self, a: &Account, id: &str) {
        if let Some(row) =
            self.demands.order.iter().position(|&i| a.demands.get(i).is_some_and(|d| d.id == id))
        {
            self.demands.selected = row;
            self.pane = FollowUpPane::Demands;
        }
        self.remember(a);
    }

    /// Forgets the orders, so the next sync recomputes them (after an edit made here).
    pub fn invalidate(&mut self) {
        self.seen = None;
    }

    /// The list at the point `(x, y)` of the view drawn in `area`, and the row there
    /// (an index into that list's order) if the point is on one.
    pub fn hit(&self, area: Rect, x: u16, y: u16) -> Option<(FollowUpPane, Option<usize>)> {
        let at = ratatui::layout::Position { x, y };
        let [fu, dm] = layout(area);
        let (pane, rect, list) = if fu.contains(at) {
            (FollowUpPane::FollowUps, fu, &self.followups)
        } else if dm.contains(at) {
            (FollowUpPane::Demands, dm, &self.demands)
        } else {
            return None;
        };
        let offset = scroll_into_view(list.offset, list.selected, page_rows(rect));
        let inside = x > rect.x && x + 1 < rect.right();
        let row = crate::tui::views::people::row_at(rect, y)
            .map(|n| offset + n)
            .filter(|&r| inside && r < list.order.len());
        Some((pane, row))
    }

    /// Gives a list the keyboard and, when `row` is given, selects that row (a click),
    /// keeping the scroll the screen showed.
    pub fn click(&mut self, a: &Account, pane: FollowUpPane, row: Option<usize>, area: Rect) {
        self.pane = pane;
        let [fu, dm] = layout(area);
        let (list, rect) = match pane {
            FollowUpPane::FollowUps => (&mut self.followups, fu),
            FollowUpPane::Demands => (&mut self.demands, dm),
        };
        if let Some(row) = row {
            let page = page_rows(rect);
            list.offset = scroll_into_view(list.offset, list.selected, page);
            list.selected = row.min(list.order.len().saturating_sub(1));
            list.offset = scroll_into_view(list.offset, list.selected, page);
        }
        self.remember(a);
    }

    /// Moves the selection of the focused list by `delta` rows in pages of `page` rows.
    pub fn move_by(&mut self, a: &Account, delta: isize, page: usize) {
        match self.pane {
            FollowUpPane::FollowUps => self.followups.move_by(delta, page),
            FollowUpPane::Demands => self.demands.move_by(delta, page),
        }
        self.remember(a);
    }
}

/// The follow-ups view, ready to draw.
pub struct FollowUpsWidget<'a> {
    /// The view state.
    pub view: &'a FollowUpsView,
    /// The account.
    pub account: &'a Account,
    /// Styles.
    pub theme: Theme,
    /// The day follow-ups fall overdue against.
    pub today: Date,
}

/// A column whose content is `need` wide: a fair share of `cap` at first, the rest
/// when the terminal has room to spare.
fn col(head: String, min: u16, need: u16, cap: u16, priority: u8) -> Col {
    Col { head: super::head(head), min, want: need.min(cap), need, priority, right: false }
}

impl FollowUpsWidget<'_> {
    fn block(&self, title: String, focused: bool, area: Rect) -> Block<'static> {
        let t = &self.theme;
        let w = area.width.saturating_sub(2) as usize;
        Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(if focused {
            t.border_focused()
        } else {
            t.border()
        })
    }

    fn followups(&self, area: Rect, buf: &mut Buffer) {
        let (t, a, v) = (&self.theme, self.account, self.view);
        let (m, l) = (&v.measured, &v.followups);
        // Open ones come first in the order, soonest due first: the overdue lead.
        let open = m.open.min(l.order.len());
        let overdue =
            l.order[..open].partition_point(|&i| a.follow_ups.get(i).is_some_and(|f| f.due < self.today));
        let done = a.follow_ups.len().saturating_sub(open);
        let title = crate::t!("tui-views-followups-title", open = open, overdue = overdue, done = done);
        let block = self.block(title, v.pane == FollowUpPane::FollowUps, area);
        let inner = block.inner(area);
        block.render(area, buf);
        if a.follow_ups.is_empty() {
            let hint = crate::t!("tui-views-followups-empty");
            return Paragraph::new(fit(&hint, inner.width as usize)).style(t.dim()).render(inner, buf);
        }
        let owner = |id: &str| owner_name(a, id);
        let person = |i: usize| {
            let f = &a.follow_ups[i];
            match m.person_of.get(i).copied().flatten() {
                Some(p) => Some(a.people[p].name.clone()),
                None => f.person.clone(),
            }
        };
        let done_head = crate::t!("tui-views-col-done");
        let done_w = crate::tui::fit::width(&done_head) as u16;
        let cols = [
            col(crate::t!("tui-views-col-due"), 10, 10, 10, 0),
            col(crate::t!("tui-views-col-owner"), 6, m.owner_w, 20, 2),
            col(crate::t!("tui-views-col-person"), 6, m.person_w, 20, 3),
            col(crate::t!("tui-views-col-text"), 10, m.text_w, 40, 1),
            // As wide as a date once something is done, else just the header.
            col(done_head, 12, if open < a.follow_ups.len() { 12 } else { done_w }, 12, 4),
        ];
        let page = inner.height.saturating_sub(1) as usize;
        (&Grid {
            cols: &cols,
            len: l.order.len(),
            row: |n| {
                let f = &a.follow_ups[l.order[n]];
                let style = match (f.done, f.due < self.today) {
                    (Some(_), _) => t.dim(),
                    (None, true) => t.error(),
                    (None, false) => t.text(),
                };
                vec![
                    Cell::new(crate::i18n::dates::show(f.due), style),
                    Cell::new(owner(&f.owner), if f.done.is_some() { t.dim() } else { t.text() }),
                    Cell::new(
                        person(l.order[n]).unwrap_or_default(),
                        if f.done.is_some() { t.dim() } else { t.text() },
                    ),
                    Cell::new(f.text.clone(), if f.done.is_some() { t.dim() } else { t.text() }),
                    Cell::new(
                        f.done.map(|d| format!("✓ {}", crate::i18n::dates::show(d))).unwrap_or_default(),
                        t.ok(),
                    ),
                ]
            },
            selected: (v.pane == FollowUpPane::FollowUps).then_some(l.selected),
            offset: scroll_into_view(l.offset, l.selected, page),
            theme: *t,
        })
            .render(inner, buf);
    }

    fn demands(&self, area: Rect, buf: &mut Buffer) {
        let (t, a, v) = (&self.theme, self.account, self.view);
        let granted = v.measured.granted;
        let title = crate::t!("tui-views-demands-title", n = a.demands.len(), granted = granted);
        let block = self.block(title, v.pane == FollowUpPane::Demands, area);
        let inner = block.inner(area);
        block.render(area, buf);
        if a.demands.is_empty() {
            return Paragraph::new(fit(&crate::t!("tui-views-demands-empty"), inner.width as usize))
                .style(t.dim())
                .render(inner, buf);
        }
        let m = &v.measured;
        let cols = [
            col(crate::t!("tui-views-col-date"), 10, 10, 10, 0),
            col(crate::t!("tui-views-col-kind"), 5, m.demand_kind_w, 16, 2),
            col(crate::t!("tui-views-col-granted"), 7, 7, 7, 1),
            col(crate::t!("tui-views-col-text"), 10, m.demand_text_w, 40, 1),
        ];
        let l = &v.demands;
        let page = inner.height.saturating_sub(1) as usize;
        (&Grid {
            cols: &cols,
            len: l.order.len(),
            row: |n| {
                let d = &a.demands[l.order[n]];
                vec![
                    Cell::new(crate::i18n::dates::show(d.date), t.text()),
                    Cell::new(d.kind.tr_str(), t.text()),
                    Cell::new(
                        if d.granted { crate::t!("tui-views-yes") } else { crate::t!("tui-views-no") },
                        if d.granted { t.warning() } else { t.text() },
                    ),
                    Cell::new(d.text.clone(), t.text()),
                ]
            },
            selected: (v.pane == FollowUpPane::Demands).then_some(l.selected),
            offset: scroll_into_view(l.offset, l.selected, page),
            theme: *t,
        })
            .render(inner, buf);
    }
}

impl Widget for &FollowUpsWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [fu, dm] = layout(area);
        self.followups(fu, buf);
        self.demands(dm, buf);
    }
}

impl crate::tui::views::account_view::AccountViewState for FollowUpsView {
    fn mode(&self) -> crate::tui::keymap::Mode {
        crate::tui::keymap::Mode::FollowUps
    }

    fn selected_person(&self, account: &Account) -> Option<usize> {
        FollowUpsView::selected_person(self, account)
    }

    fn sync(&mut self, cx: &crate::tui::views::account_view::ViewContext) {
        FollowUpsView::sync(self, cx.account, cx.generation)
    }

    fn render(&self, cx: &crate::tui::views::account_view::ViewContext, area: Rect, buf: &mut Buffer) {
        let widget = FollowUpsWidget { view: self, account: cx.account, theme: cx.theme, today: cx.today };
        (&widget).render(area, buf)
    }

    fn click(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) -> bool {
        let Some((pane, row)) = self.hit(cx.body, x, y) else { return false };
        FollowUpsView::click(self, cx.account, pane, row, cx.body);
        true
    }

    fn wheel_at(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) {
        if let Some((pane, _)) = self.hit(cx.body, x, y) {
            FollowUpsView::click(self, cx.account, pane, None, cx.body);
        }
    }
}
