//! The power-interest grid of an open account: the customer's people in Mendelow's
//! four quadrants (the rule is [`crate::analysis::grid`]'s), high power on top and high
//! interest on the right, each name in its stance's colour, and who moved since a start
//! (a month back at first; `s` cycles 30 days, the last sync, everything, 7 days) marked
//! with an arrow from where they were. The arrows move between people, within a
//! quadrant and across to the next; `e` or Enter edits the selected person with the
//! person form, `a`/`d`/`T`/`C`/`L` as in the other views.
//!
//! ```text
//! ↑ power: influence 4 or more · → interest: a stance that is not neutral, seen within 60 days
//! ┌Keep satisfied · 2────────────────┐┌Manage closely · 3───────────────────┐
//! │5 Иван Петров                     ││5 Ольга Кузнецова                    │
//! │4 Игорь Смирнов ↑ from monitor    ││4 Пётр Иванов ↗ from monitor         │
//! └──────────────────────────────────┘└─────────────────────────────────────┘
//! ┌Monitor · 4───────────────────────┐┌Keep informed · 1────────────────────┐
//! │2 Анна Соколова ↙ from manage clo…││3 Мария Орлова                       │
//! │+2 more                           ││                                     │
//! └──────────────────────────────────┘└─────────────────────────────────────┘
//! Moved since 2026-11-01, 30 days ago (2): Пётр Иванов ↗, Анна Соколова ↙
//! Пётр Иванов · Plant manager · Supporter · influence 4 · seen 2026-11-25
//! ```
//!
//! The placing, the order in each quadrant and the movers are worked out once per
//! session generation, start and day ([`PowerGridView::sync`]); a frame draws the names
//! on screen and no more.

use super::account_view::{AccountViewState, ViewContext};
use super::changes::{Since, Start};
use crate::analysis::grid::{GridRule, Placed, Quadrant, grid};
use crate::model::{Account, Date};
use crate::tui::action::Action;
use crate::tui::keymap::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

// How it is laid out and drawn, and where a click lands.
mod draw;
pub use draw::{Areas, areas};

/// The state of the grid view.
#[derive(Debug, Clone, Default)]
pub struct PowerGridView {
    /// Where the moves count from (a month back until `s` changes it).
    start: Option<Start>,
    /// The generation, start and day the placing was worked out for.
    seen: Option<(u64, Option<i64>, Date)>,
    pub(super) rule: Option<GridRule>,
    /// Everyone on the grid, in people order.
    pub(super) placed: Vec<Placed>,
    /// By quadrant (in [`Quadrant::ALL`] order): positions in `placed`, most influence
    /// first, then by name.
    pub(super) cells: [Vec<usize>; 4],
    /// Positions in `placed` of those who moved, in the order the quadrants list them.
    pub(super) movers: Vec<usize>,
    /// The selected quadrant (its index in [`Quadrant::ALL`]) and row in it.
    pub(super) at: (usize, usize),
    /// The selected person's id, to find them again after a change.
    keep: Option<String>,
}

/// A quadrant's index in [`Quadrant::ALL`].
fn slot(q: Quadrant) -> usize {
    Quadrant::ALL.iter().position(|x| *x == q).unwrap_or(0)
}

impl PowerGridView {
    /// The start the moves count from.
    pub fn start(&self) -> Option<&Start> {
        self.start.as_ref()
    }

    /// Counts the moves from another start.
    pub fn set_start(&mut self, start: Start) {
        self.start = Some(start);
        self.seen = None;
    }

    /// How many people moved since the start (as last placed).
    pub fn moved(&self) -> usize {
        self.movers.len()
    }

    /// The grid as last placed: everyone on it, in people order.
    pub fn placed(&self) -> &[Placed] {
        &self.placed
    }

    /// Places everyone again when the account, the start or the day changed.
    pub fn sync(&mut self, a: &Account, generation: u64, today: Date) {
        let start = self.start.get_or_insert_with(|| Start::resolve(Since::Month, today, None).0);
        let key = (generation, start.at, today);
        if self.seen == Some(key) {
            return;
        }
        self.seen = Some(key);
        let rule = GridRule::for_account(a);
        self.rule = Some(rule);
        self.placed = grid(a, rule, today, start.at);
        let mut cells: [Vec<usize>; 4] = Default::default();
        for (i, p) in self.placed.iter().enumerate() {
            cells[slot(p.quadrant)].push(i);
        }
        let by = crate::i18n::collate::SortBy::default();
        for list in &mut cells {
            list.sort_by_cached_key(|&i| {
                let p = &a.people[self.placed[i].person];
                (std::cmp::Reverse(p.influence), crate::i18n::collate::key(&p.name, by))
            });
        }
        self.movers = cells.iter().flatten().copied().filter(|&i| self.placed[i].was.is_some()).collect();
        self.cells = cells;
        // The same person stays selected; else the nearest row, else the first person of
        // the quadrants that matter most.
        let kept = self.keep.as_deref().and_then(|id| self.find(a, |p| p == id));
        self.at = match kept {
            Some(at) => at,
            None if self.keep.is_some() && !self.cells[self.at.0].is_empty() => {
                (self.at.0, self.at.1.min(self.cells[self.at.0].len() - 1))
            }
            None => {
                let order = [
                    Quadrant::ManageClosely,
                    Quadrant::KeepSatisfied,
                    Quadrant::KeepInformed,
                    Quadrant::Monitor,
                ];
                let q = order.iter().map(|q| slot(*q)).find(|&q| !self.cells[q].is_empty());
                (q.unwrap_or(self.at.0), 0)
            }
        };
        self.remember(a);
    }

    /// Where the person whose id passes `is` sits: quadrant and row.
    fn find(&self, a: &Account, is: impl Fn(&str) -> bool) -> Option<(usize, usize)> {
        self.cells.iter().enumerate().find_map(|(q, list)| {
            list.iter().position(|&i| is(&a.people[self.placed[i].person].id)).map(|row| (q, row))
        })
    }

    fn remember(&mut self, a: &Account) {
        self.keep = self.selected().and_then(|i| a.people.get(i)).map(|p| p.id.clone());
    }

    /// The selected person on the grid, if any.
    pub(super) fn selected_placed(&self) -> Option<&Placed> {
        let (q, row) = self.at;
        self.cells[q].get(row).map(|&i| &self.placed[i])
    }

    /// The position in `account.people` of the selected person.
    pub fn selected(&self) -> Option<usize> {
        self.selected_placed().map(|p| p.person)
    }

    /// The selected person's quadrant.
    pub fn selected_quadrant(&self) -> Quadrant {
        Quadrant::ALL[self.at.0]
    }

    /// Carries out a move: up and down within a quadrant and on to the one above or
    /// below at its ends, left and right to the quadrant beside (at the same row, or its
    /// last); pages and ends within the quadrant. An empty quadrant is passed over.
    fn go(&mut self, action: Action, page: usize) -> bool {
        let (q, row) = self.at;
        let len = |q: usize| self.cells[q].len();
        let top_row = q < 2;
        self.at = match action {
            Action::Up if row > 0 => (q, row - 1),
            Action::Up if !top_row && len(q - 2) > 0 => (q - 2, len(q - 2) - 1),
            Action::Down if row + 1 < len(q) => (q, row + 1),
            Action::Down if top_row && len(q + 2) > 0 => (q + 2, 0),
            Action::Left if q % 2 == 1 && len(q - 1) > 0 => (q - 1, row.min(len(q - 1) - 1)),
            Action::Right if q % 2 == 0 && len(q + 1) > 0 => (q + 1, row.min(len(q + 1) - 1)),
            Action::PageUp => (q, row.saturating_sub(page)),
            Action::PageDown => (q, (row + page).min(len(q).saturating_sub(1))),
            Action::Top => (q, 0),
            Action::Bottom => (q, len(q).saturating_sub(1)),
            Action::Up | Action::Down | Action::Left | Action::Right => (q, row),
            _ => return false,
        };
        true
    }
}

impl AccountViewState for PowerGridView {
    fn mode(&self) -> Mode {
        Mode::Grid
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        self.selected()
    }

    fn sync(&mut self, cx: &ViewContext) {
        PowerGridView::sync(self, cx.account, cx.generation, cx.today)
    }

    fn reveal_person(&mut self, cx: &ViewContext, person: usize) {
        PowerGridView::sync(self, cx.account, cx.generation, cx.today);
        let id = &cx.account.people[person].id;
        if let Some(at) = self.find(cx.account, |p| p == id) {
            self.at = at;
            self.remember(cx.account);
        }
    }

    fn handle(&mut self, cx: &ViewContext, action: Action) -> bool {
        let page = areas(cx.body, self.movers.len()).page();
        let moved = self.go(action, page);
        self.remember(cx.account);
        moved
    }

    fn render(&self, cx: &ViewContext, area: Rect, buf: &mut Buffer) {
        draw::render(self, cx, area, buf)
    }

    fn click(&mut self, cx: &ViewContext, x: u16, y: u16) -> bool {
        let Some(at) = draw::hit(self, cx.body, x, y) else { return false };
        self.at = at;
        self.remember(cx.account);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Influence, Person, Stance};

    /// Two high-power people engaged, one high-power cold, one low-power engaged.
    fn account() -> Account {
        let mut a = Account::new("a", "A");
        let today: Date = "2026-12-01".parse().unwrap();
        for (id, inf, stance) in [
            ("p1", 5, Stance::Champion),
            ("p2", 4, Stance::Skeptic),
            ("p3", 4, Stance::Unknown),
            ("p4", 2, Stance::Supporter),
        ] {
            let mut p = Person::new(id, id.to_uppercase());
            p.influence = Influence(inf);
            p.stance = stance;
            p.last_contact = Some(today);
            a.people.push(p);
        }
        a
    }

    #[test]
    fn arrows_move_within_and_between_quadrants() {
        let a = account();
        let mut v = PowerGridView::default();
        v.sync(&a, 1, "2026-12-01".parse().unwrap());
        let who = |v: &PowerGridView| a.people[v.selected().unwrap()].id.clone();
        let step = |v: &mut PowerGridView, action| {
            v.go(action, 5);
            v.remember(&a);
        };
        assert_eq!((v.selected_quadrant(), who(&v)), (Quadrant::ManageClosely, "p1".into()));
        step(&mut v, Action::Down);
        assert_eq!(who(&v), "p2", "most influence first");
        step(&mut v, Action::Down);
        assert_eq!((v.selected_quadrant(), who(&v)), (Quadrant::KeepInformed, "p4".into()), "on below");
        step(&mut v, Action::Left);
        assert_eq!(v.at.0, slot(Quadrant::KeepInformed), "monitor is empty: passed over");
        step(&mut v, Action::Up);
        assert_eq!(who(&v), "p2", "up from the bottom row lands on the last above");
        step(&mut v, Action::Left);
        assert_eq!((v.selected_quadrant(), who(&v)), (Quadrant::KeepSatisfied, "p3".into()));
        step(&mut v, Action::Right);
        assert_eq!(who(&v), "p1", "the same row beside, or its last");
    }

    #[test]
    fn the_selection_follows_the_person_when_they_move() {
        let mut a = account();
        let mut v = PowerGridView::default();
        let today = "2026-12-01".parse().unwrap();
        v.sync(&a, 1, today);
        v.go(Action::Down, 5);
        v.remember(&a);
        a.people[1].influence = Influence(2);
        v.sync(&a, 2, today);
        assert_eq!(a.people[v.selected().unwrap()].id, "p2");
        assert_eq!(v.selected_quadrant(), Quadrant::KeepInformed);
    }
}
