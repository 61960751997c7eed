//! The account plan of an open account: the joint initiatives with the customer
//! beyond selling (the textbook's joint planning, forecasting, cost reduction,
//! development and promotion), one row each, with the totals of what is planned,
//! running and done at the bottom. Running ones come first, then agreed, ideas, done
//! and dropped, each by due day. The rows' words, widths and totals are worked out once
//! per change of the account, never per frame.
//!
//! ```text
//! ┌Account plan: 2 initiatives───────────────────────────────────────────┐
//! │Initiative          Kind           Owner     With      Status  Due    │
//! │Cut furnace energy  Cost reduction Anna Berg Пётр      Running 2027-… │
//! │Joint forecast      Demand forec…  Omar      Ольга     Idea           │
//! └Planned 50 000 (1) · running 300 000 (1) · done 0 (0)─────────────────┘
//! ```

use super::account_view::{AccountViewState, ViewContext};
use super::people::scroll_into_view;
use crate::model::{Account, Index, PlanItem, PlanStatus};
use crate::tui::fit::{fit, width};
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use crate::tui::widgets::grid::{Cell, Col, Grid};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// The order statuses are listed in: what is under way first, what is over last.
fn rank(s: PlanStatus) -> u8 {
    match s {
        PlanStatus::Running => 0,
        PlanStatus::Agreed => 1,
        PlanStatus::Idea => 2,
        PlanStatus::Done => 3,
        PlanStatus::Dropped => 4,
    }
}

/// One row's words, made at sync.
#[derive(Debug, Clone, Default)]
struct Row {
    owner: String,
    with: String,
    /// The position of the person it is with.
    person: Option<usize>,
    value: String,
}

/// What is planned (ideas and agreed), running and done: how many, and worth how much.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub planned: (usize, f64),
    pub running: (usize, f64),
    pub done: (usize, f64),
}

impl Totals {
    /// The totals of a plan (dropped initiatives count nowhere).
    pub fn of(plan: &[PlanItem]) -> Totals {
        let mut t = Totals::default();
        for x in plan {
            let slot = match x.status() {
                PlanStatus::Idea | PlanStatus::Agreed => &mut t.planned,
                PlanStatus::Running => &mut t.running,
                PlanStatus::Done => &mut t.done,
                PlanStatus::Dropped => continue,
            };
            slot.0 += 1;
            slot.1 += x.worth();
        }
        t
    }

    /// The line under the table.
    pub fn line(&self) -> String {
        let sum = super::portfolio::money;
        crate::t!(
            "plan-totals",
            planned = sum(self.planned.1),
            planned_n = self.planned.0,
            running = sum(self.running.1),
            running_n = self.running.0,
            done = sum(self.done.1),
            done_n = self.done.0
        )
    }
}

/// The state of the plan view.
#[derive(Debug, Clone, Default)]
pub struct PlanView {
    /// Positions in `account.plan`, in display order.
    order: Vec<usize>,
    rows: Vec<Row>,
    selected: usize,
    offset: usize,
    seen: Option<u64>,
    /// The selected initiative's id, to find it again after a change.
    keep: Option<String>,
    totals: Totals,
    /// The id of the person selected in the view left for this one: a new initiative
    /// is with them.
    carried: Option<String>,
    /// Widest text, owner, with and value.
    widths: [u16; 4],
}

impl PlanView {
    /// Works the rows out again when the account changed (by its generation), keeping
    /// the same initiative selected where it still exists.
    pub fn sync(&mut self, a: &Account, index: &Index, generation: u64) {
        if self.seen == Some(generation) {
            return;
        }
        self.seen = Some(generation);
        let mut order: Vec<usize> = (0..a.plan.len()).collect();
        order.sort_by_key(|&i| {
            let x = &a.plan[i];
            (rank(x.status()), x.due.is_none(), x.due)
        });
        self.rows = a
            .plan
            .iter()
            .map(|x| {
                let person = x.with.as_deref().and_then(|id| index.person(id));
                Row {
                    owner: x
                        .owner
                        .as_deref()
                        .map(|id| a.member(id).map_or_else(|| id.to_string(), |m| m.name.clone()))
                        .unwrap_or_default(),
                    with: match (person, x.with.as_deref()) {
                        (Some(p), _) => a.people[p].name.clone(),
                        (None, id) => id.unwrap_or_default().to_string(),
                    },
                    person,
                    // As the portfolio writes sums: grouped, in whole units.
                    value: x.value.as_ref().map(|_| super::portfolio::money(x.worth())).unwrap_or_default(),
                }
            })
            .collect();
        let widest = |f: &dyn Fn(usize) -> usize| {
            (0..a.plan.len()).map(f).max().unwrap_or(0).min(u16::MAX as usize) as u16
        };
        self.widths = [
            widest(&|i| width(&a.plan[i].text)),
            widest(&|i| width(&self.rows[i].owner)),
            widest(&|i| width(&self.rows[i].with)),
            widest(&|i| width(&self.rows[i].value)),
        ];
        self.totals = Totals::of(&a.plan);
        let keep = self.keep.as_deref().and_then(|id| order.iter().position(|&i| a.plan[i].id == id));
        self.order = order;
        self.selected = keep.unwrap_or(self.selected).min(self.order.len().saturating_sub(1));
        self.remember(a);
    }

    fn remember(&mut self, a: &Account) {
        self.keep = self.selected_item().and_then(|i| a.plan.get(i)).map(|x| x.id.clone());
    }

    /// The position in `account.plan` of the selected initiative.
    pub fn selected_item(&self) -> Option<usize> {
        self.order.get(self.selected).copied()
    }

    /// Selects the initiative with an id (after adding or changing it).
    pub fn select(&mut self, a: &Account, id: &str) {
        if let Some(row) = self.order.iter().position(|&i| a.plan.get(i).is_some_and(|x| x.id == id)) {
            self.selected = row;
        }
        self.remember(a);
    }

    /// Forgets the rows, so the next sync works them out again.
    pub fn invalidate(&mut self) {
        self.seen = None;
    }

    /// Moves the selection by `delta` rows in pages of `page` rows.
    pub fn move_by(&mut self, a: &Account, delta: isize, page: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.order.len().saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
        self.remember(a);
    }

    /// The person a new initiative is with: the one selected in the view left.
    pub fn carried(&self) -> Option<&str> {
        self.carried.as_deref()
    }

    /// The totals of the plan as last synced.
    pub fn totals(&self) -> Totals {
        self.totals
    }
}

/// Rows of the table visible in the view's `area` (the borders, with the totals in
/// the bottom one, and the header take three lines).
pub fn page_rows(area: Rect) -> usize {
    area.height.saturating_sub(3).max(1) as usize
}

fn col(head: String, min: u16, need: u16, cap: u16, priority: u8, right: bool) -> Col {
    Col { head: super::head(head), min, want: need.min(cap), need, priority, right }
}

impl PlanView {
    fn draw(&self, a: &Account, theme: &Theme, area: Rect, buf: &mut Buffer) {
        let t = theme;
        let w = area.width.saturating_sub(2) as usize;
        let title = crate::t!("plan-title", n = a.plan.len());
        let mut block =
            Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
        if !a.plan.is_empty() {
            block = block.title_bottom(Span::styled(fit(&self.totals.line(), w), t.text()));
        }
        let inner = block.inner(area);
        block.render(area, buf);
        if a.plan.is_empty() {
            let key = keymap::key_for(Mode::Plan, crate::tui::action::Action::Add)
                .map_or_else(|| "a".to_string(), keymap::key_label);
            return Paragraph::new(crate::t!("plan-empty", key = key))
                .style(t.dim())
                .wrap(Wrap { trim: true })
                .render(inner, buf);
        }
        let [text_w, owner_w, with_w, value_w] = self.widths;
        // On a narrow terminal the kind and the owner go first: the text, with whom,
        // where it stands, by when and what it is worth say the most.
        let cols = [
            col(crate::t!("plan-col-text"), 20, text_w, 36, 0, false),
            col(crate::t!("plan-col-kind"), 14, 18, 18, 5, false),
            col(crate::t!("plan-col-owner"), 10, owner_w, 18, 6, false),
            col(crate::t!("plan-col-with"), 12, with_w, 20, 2, false),
            col(crate::t!("plan-col-status"), 11, 11, 11, 1, false),
            col(crate::t!("plan-col-due"), 10, 10, 10, 3, false),
            col(crate::t!("plan-col-value"), 9, value_w, 14, 4, true),
        ];
        let page = inner.height.saturating_sub(1) as usize;
        (&Grid {
            cols: &cols,
            len: self.order.len(),
            row: |n| {
                let i = self.order[n];
                let (x, r) = (&a.plan[i], &self.rows[i]);
                let over = matches!(x.status(), PlanStatus::Done | PlanStatus::Dropped);
                let style = if over { t.dim() } else { t.text() };
                let status_style = match x.status() {
                    PlanStatus::Running => t.ok(),
                    PlanStatus::Agreed => t.text(),
                    _ => t.dim(),
                };
                let with_style = match r.person.map(|p| a.people[p].stance) {
                    Some(s) if !over => t.stance(s),
                    _ => style,
                };
                vec![
                    Cell::new(x.text.clone(), style),
                    Cell::new(x.kind().tr_str(), style),
                    Cell::new(r.owner.clone(), style),
                    Cell::new(r.with.clone(), with_style),
                    Cell::new(x.status().tr_str(), status_style),
                    Cell::new(x.due.map(crate::i18n::dates::show).unwrap_or_default(), style),
                    Cell::new(r.value.clone(), style),
                ]
            },
            selected: Some(self.selected),
            offset: scroll_into_view(self.offset, self.selected, page),
            theme: *t,
        })
            .render(inner, buf);
    }
}

impl AccountViewState for PlanView {
    fn mode(&self) -> Mode {
        Mode::Plan
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        self.selected_item().and_then(|i| self.rows.get(i)).and_then(|r| r.person)
    }

    fn sync(&mut self, cx: &ViewContext) {
        PlanView::sync(self, cx.account, cx.index, cx.generation)
    }

    fn reveal_person(&mut self, cx: &ViewContext, person: usize) {
        self.carried = cx.account.people.get(person).map(|p| p.id.clone());
        PlanView::sync(self, cx.account, cx.index, cx.generation)
    }

    fn handle(&mut self, cx: &ViewContext, action: crate::tui::action::Action) -> bool {
        let page = page_rows(cx.body);
        let Some(delta) = action.list_step(page) else { return false };
        self.move_by(cx.account, delta, page);
        true
    }

    fn render(&self, cx: &ViewContext, area: Rect, buf: &mut Buffer) {
        self.draw(cx.account, &cx.theme, area, buf)
    }

    fn click(&mut self, cx: &ViewContext, x: u16, y: u16) -> bool {
        let inside = x > cx.body.x && x + 1 < cx.body.right();
        // Rows start under the top border and the header.
        let Some(n) = y.checked_sub(cx.body.y + 2).map(usize::from) else { return false };
        let page = page_rows(cx.body);
        if !inside || n >= page {
            return false;
        }
        let row = scroll_into_view(self.offset, self.selected, page) + n;
        if row >= self.order.len() {
            return false;
        }
        self.offset = scroll_into_view(self.offset, self.selected, page);
        self.selected = row;
        self.remember(cx.account);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn x(id: &str, status: Option<PlanStatus>, value: Option<u64>, due: Option<&str>) -> PlanItem {
        let mut x = PlanItem::new(id, id);
        x.status = status;
        x.value = value.map(Into::into);
        x.due = due.map(|d| d.parse().unwrap());
        x
    }

    #[test]
    fn totals_count_ideas_and_agreed_as_planned_and_dropped_nowhere() {
        let plan = [
            x("a", None, Some(100), None),
            x("b", Some(PlanStatus::Agreed), Some(50), None),
            x("c", Some(PlanStatus::Running), None, None),
            x("d", Some(PlanStatus::Done), Some(7), None),
            x("e", Some(PlanStatus::Dropped), Some(1_000), None),
        ];
        let t = Totals::of(&plan);
        assert_eq!((t.planned, t.running, t.done), ((2, 150.0), (1, 0.0), (1, 7.0)));
    }

    #[test]
    fn running_ones_come_first_and_the_selection_stays_on_its_initiative() {
        let mut a = Account::new("a", "A");
        a.plan = vec![
            x("idea", None, None, None),
            x("late", Some(PlanStatus::Running), None, Some("2027-05-01")),
            x("soon", Some(PlanStatus::Running), None, Some("2027-01-01")),
            x("done", Some(PlanStatus::Done), None, None),
        ];
        let mut v = PlanView::default();
        v.sync(&a, &Index::new(&a), 1);
        let ids = |v: &PlanView| v.order.iter().map(|&i| a.plan[i].id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&v), ["soon", "late", "idea", "done"]);
        v.move_by(&a, 2, 10);
        a.plan[0].status = Some(PlanStatus::Done);
        v.sync(&a, &Index::new(&a), 2);
        assert_eq!(a.plan[v.selected_item().unwrap()].id, "idea", "moved down the list, still selected");
    }
}
