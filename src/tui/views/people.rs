//! The people of an open account: the table (filtered by search, sorted by a column)
//! and which person is selected. The filtered and sorted order is a list of positions
//! recomputed when the account, the query or the sort changes, never per frame.
//!
//! ```text
//! ┌People (14)──────────────────────────────┐┌Пётр Иванов──────────┐
//! │Name          Roles Stance    Inf Cover  ││Chief Engineer · Eng │
//! │Пётр Иванов   UI    Supporter 4   OH     ││Roles  User, Influ…  │
//! └─────────────────────────────────────────┘└─────────────────────┘
//! ```

use super::people_order::{Arrange, Order};
use crate::i18n::collate::{self, SortBy};
use crate::model::{Account, Person};
use crate::tui::session::Change;
use crate::tui::widgets::field::TextField;
use ratatui::layout::{Constraint, Layout, Rect};
use std::cmp::Ordering;

/// Which pane of the account screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// The people table.
    #[default]
    Table,
    /// The selected person's details.
    Detail,
}

/// The column the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// As in the file.
    #[default]
    File,
    /// By name, A to Z.
    Name,
    /// By title.
    Title,
    /// By department.
    Department,
    /// By their first role (users first), more roles first.
    Roles,
    /// Champions first, unknown last.
    Stance,
    /// Most influential first.
    Influence,
    /// Strongest coverage by our team first.
    Coverage,
    /// Never contacted first, then longest ago.
    LastContact,
}

impl SortKey {
    pub(super) const CYCLE: [SortKey; 9] = [
        SortKey::File,
        SortKey::Name,
        SortKey::Title,
        SortKey::Department,
        SortKey::Roles,
        SortKey::Stance,
        SortKey::Influence,
        SortKey::Coverage,
        SortKey::LastContact,
    ];

    fn next(self) -> SortKey {
        let i = Self::CYCLE.iter().position(|k| *k == self).unwrap_or(0);
        Self::CYCLE[(i + 1) % Self::CYCLE.len()]
    }

    /// How the sort is described in messages ("sorted by stance").
    pub fn label(self) -> String {
        match self {
            SortKey::File => crate::t!("tui-views-people-sort-file"),
            SortKey::Name => crate::t!("tui-views-people-sort-name"),
            SortKey::Title => crate::t!("tui-views-people-sort-title"),
            SortKey::Department => crate::t!("tui-views-people-sort-department"),
            SortKey::Roles => crate::t!("tui-views-people-sort-roles"),
            SortKey::Stance => crate::t!("tui-views-people-sort-stance"),
            SortKey::Influence => crate::t!("tui-views-people-sort-influence"),
            SortKey::Coverage => crate::t!("tui-views-people-sort-coverage"),
            SortKey::LastContact => crate::t!("tui-views-people-sort-last-contact"),
        }
    }

    /// The text a person sorts by for the text columns, folded once per person (case
    /// aside, `ё` as `е`); names by the word `names` says (the surname, when asked).
    pub(super) fn text(self, p: &Person, names: SortBy) -> Option<String> {
        match self {
            SortKey::Name => Some(collate::key(&p.name, names)),
            SortKey::Title => Some(collate::fold(p.title.as_deref().unwrap_or(""))),
            SortKey::Department => Some(collate::fold(p.department.as_deref().unwrap_or(""))),
            _ => None,
        }
    }

    /// The natural order of two people for the other keys (before any reversal).
    pub(super) fn compare(self, a: &Person, b: &Person) -> Ordering {
        match self {
            SortKey::File | SortKey::Name | SortKey::Title | SortKey::Department => Ordering::Equal,
            SortKey::Roles => {
                a.roles.iter().min().cmp(&b.roles.iter().min()).then(b.roles.len().cmp(&a.roles.len()))
            }
            SortKey::Stance => a.stance.cmp(&b.stance),
            SortKey::Influence => b.influence.cmp(&a.influence),
            SortKey::Coverage => b.best_coverage().cmp(&a.best_coverage()),
            SortKey::LastContact => a.last_contact.cmp(&b.last_contact),
        }
    }
}

/// The state of the people view.
#[derive(Debug, Clone, Default)]
pub struct PeopleView {
    /// The display order, the widths of the cells, and what they derive from.
    order: Order,
    /// Index into `order` of the selected row.
    selected: usize,
    /// Index into `order` of the first visible row.
    offset: usize,
    /// The search query; filters while not empty.
    pub query: TextField,
    /// Whether the keyboard is typing into the query.
    pub searching: bool,
    sort: SortKey,
    reverse: bool,
    /// Which word of a name sorts by name (the settings' `sort_names`).
    pub names: SortBy,
    /// Which pane has the keyboard.
    pub focus: Pane,
    /// Lines scrolled in the detail pane.
    pub detail_scroll: u16,
    seen: Option<u64>,
    /// The history by person, and how the selected person's judgement moved.
    pub history: super::person_history::PersonHistory,
}

/// Where the parts of the people view go.
pub struct PeopleAreas {
    /// The search line (zero height when there is no query).
    pub search: Rect,
    /// The table with its border.
    pub table: Rect,
    /// The detail pane.
    pub detail: Rect,
}

/// Splits the view's area. Wide terminals (120 columns and more) put the detail pane
/// beside the table, narrower ones below it.
pub fn layout(area: Rect, show_search: bool) -> PeopleAreas {
    let [search, body] =
        area.layout(&Layout::vertical([Constraint::Length(show_search as u16), Constraint::Fill(1)]));
    let [table, detail] = if body.width >= 120 {
        let detail = (body.width * 3 / 8).clamp(44, 64);
        body.layout(&Layout::horizontal([Constraint::Fill(1), Constraint::Length(detail)]))
    } else {
        body.layout(&Layout::vertical([Constraint::Min(5), Constraint::Percentage(40)]))
    };
    PeopleAreas { search, table, detail }
}

/// Table rows visible in a table area (border and header take three lines).
pub fn page_rows(table: Rect) -> usize {
    table.height.saturating_sub(3) as usize
}

/// What a point of the people view is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleHit {
    /// A row of the table, by its index in the display order.
    Row(usize),
    /// The table, off its rows (the border, the header, below the last row).
    Table,
    /// The detail pane.
    Detail,
}

/// Where the rows of a table drawn in `table` (with border and header) start and
/// which row is at screen row `y`, counting from the first visible one.
pub fn row_at(table: Rect, y: u16) -> Option<usize> {
    let first = table.y + 2;
    let rows = page_rows(table) as u16;
    (y >= first && y < first + rows).then(|| (y - first) as usize)
}

impl PeopleView {
    /// A fresh view whose sort by name goes by the word `names` says.
    pub fn sorting_names(names: SortBy) -> PeopleView {
        PeopleView { names, ..PeopleView::default() }
    }

    /// Recomputes the order when the account changed since the last call (by its
    /// generation), keeping the same person selected where possible.
    pub fn sync(&mut self, account: &Account, generation: u64) {
        self.sync_with(account, generation, Change::Any);
    }

    /// Brings the order up to date with the account at `generation`, which `change`
    /// made from the one before: nothing to do when the people are untouched, one
    /// row moved when one person was edited, everything recomputed otherwise.
    pub fn sync_with(&mut self, account: &Account, generation: u64, change: Change) {
        if self.seen == Some(generation) {
            return;
        }
        let next = self.seen.is_some_and(|g| g.wrapping_add(1) == generation);
        self.seen = Some(generation);
        match change {
            Change::NoPeople if next => {}
            Change::Person(i) if next => {
                let keep = self.selected_position();
                let how = Arrange {
                    query: self.query.text(),
                    sort: self.sort,
                    reverse: self.reverse,
                    names: self.names,
                };
                self.order.patch(account, i, how);
                self.reselect(keep);
            }
            _ => {
                let keep = self.kept(account);
                let how = Arrange {
                    query: self.query.text(),
                    sort: self.sort,
                    reverse: self.reverse,
                    names: self.names,
                };
                self.order.rebuild(account, how);
                self.reselect_id(account, keep);
            }
        }
    }

    /// Recomputes the order after the query or the sort changed.
    pub fn recompute(&mut self, account: &Account) {
        let keep = self.kept(account);
        let how =
            Arrange { query: self.query.text(), sort: self.sort, reverse: self.reverse, names: self.names };
        self.order.arrange(account, how);
        self.reselect_id(account, keep);
    }

    /// The selected person's id, to find them again after the positions changed.
    fn kept(&self, account: &Account) -> Option<String> {
        self.selected_position().and_then(|i| account.people.get(i)).map(|p| p.id.clone())
    }

    fn reselect_id(&mut self, account: &Account, keep: Option<String>) {
        let people = &account.people;
        let row = keep.and_then(|id| self.order.rows.iter().position(|&i| people[i].id == id));
        self.selected = row.unwrap_or(self.selected).min(self.order.rows.len().saturating_sub(1));
    }

    /// Selects the same position again (positions did not change).
    fn reselect(&mut self, keep: Option<usize>) {
        let row = keep.and_then(|p| self.order.rows.iter().position(|&i| i == p));
        self.selected = row.unwrap_or(self.selected).min(self.order.rows.len().saturating_sub(1));
    }

    /// The widest cell of each column (in [`super::people_cells::COLS`] order) over the
    /// filtered people.
    pub fn content_widths(&self) -> &[u16] {
        &self.order.content
    }

    /// The positions in `account.people` in display order.
    pub fn order(&self) -> &[usize] {
        &self.order.rows
    }

    /// The selected row as an index into the display order.
    pub fn selected_row(&self) -> usize {
        self.selected
    }

    /// The first visible row.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The position in `account.people` of the selected person.
    pub fn selected_position(&self) -> Option<usize> {
        self.order.rows.get(self.selected).copied()
    }

    /// Selects the person with an id (after adding them, say).
    pub fn select_id(&mut self, account: &Account, id: &str) {
        let holds = |i: usize| account.people.get(i).is_some_and(|p| p.id == id);
        // After an edit the person is usually selected already: no scan then.
        if self.selected_position().is_some_and(holds) {
            return;
        }
        if let Some(row) = self.order.rows.iter().position(|&i| holds(i)) {
            self.selected = row;
        }
    }

    /// Moves the selection by `delta` rows, clamped, and scrolls it into a page of
    /// `page` rows.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        let last = self.order.rows.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.detail_scroll = 0;
        self.scroll(page);
    }

    /// Keeps the selected row inside a page of `page` rows.
    pub fn scroll(&mut self, page: usize) {
        self.offset = scroll_into_view(self.offset, self.selected, page);
    }

    /// What the point `(x, y)` is on, with the view drawn in `area` (the same layout
    /// and scroll the drawing uses, so a click lands on the row it was drawn on).
    pub fn hit(&self, area: Rect, x: u16, y: u16) -> Option<PeopleHit> {
        let areas = layout(area, self.searching || !self.query.text().is_empty());
        let at = ratatui::layout::Position { x, y };
        if areas.detail.contains(at) {
            return Some(PeopleHit::Detail);
        }
        if !areas.table.contains(at) {
            return None;
        }
        let page = page_rows(areas.table);
        let offset = scroll_into_view(self.offset, self.selected, page);
        let inside = x > areas.table.x && x + 1 < areas.table.right();
        match row_at(areas.table, y).map(|n| offset + n) {
            Some(row) if inside && row < self.order.rows.len() => Some(PeopleHit::Row(row)),
            _ => Some(PeopleHit::Table),
        }
    }

    /// Selects a row of the display order (a click on it), keeping the scroll the
    /// screen showed, and gives the table the keyboard.
    pub fn click_row(&mut self, row: usize, area: Rect) {
        let page = page_rows(layout(area, self.searching || !self.query.text().is_empty()).table);
        self.offset = scroll_into_view(self.offset, self.selected, page);
        self.selected = row.min(self.order.rows.len().saturating_sub(1));
        self.offset = scroll_into_view(self.offset, self.selected, page);
        self.detail_scroll = 0;
        self.focus = Pane::Table;
    }

    /// The current sort, and whether it is reversed.
    pub fn sort(&self) -> (SortKey, bool) {
        (self.sort, self.reverse)
    }

    /// Sorts by the next column.
    pub fn sort_next(&mut self, account: &Account) {
        self.sort = self.sort.next();
        self.reverse = false;
        self.recompute(account);
    }

    /// Reverses the sort order.
    pub fn sort_reverse(&mut self, account: &Account) {
        self.reverse = !self.reverse;
        self.recompute(account);
    }
}

/// The first visible row so that `selected` is on a page of `page` rows starting as
/// near `offset` as possible. Render and update both use it, so they agree.
pub fn scroll_into_view(offset: usize, selected: usize, page: usize) -> usize {
    if page == 0 {
        return selected;
    }
    if selected < offset {
        selected
    } else if selected >= offset + page {
        selected + 1 - page
    } else {
        offset
    }
}

impl crate::tui::views::account_view::AccountViewState for PeopleView {
    fn reveal_person(&mut self, cx: &crate::tui::views::account_view::ViewContext, person: usize) {
        self.select_id(cx.account, &cx.account.people[person].id);
        let show_search = self.searching || !self.query.text().is_empty();
        self.scroll(page_rows(layout(cx.body, show_search).table));
    }

    fn mode(&self) -> crate::tui::keymap::Mode {
        use crate::tui::keymap::Mode;
        if self.searching { Mode::Search } else { Mode::People }
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        self.selected_position()
    }

    // No `sync`: the people view is kept current whichever view is shown (the others
    // carry its selection along), see `App::sync`.

    fn render(
        &self,
        cx: &crate::tui::views::account_view::ViewContext,
        area: Rect,
        buf: &mut ratatui::buffer::Buffer,
    ) {
        use ratatui::widgets::Widget;
        let widget = crate::tui::views::people_table::PeopleWidget {
            view: self,
            account: cx.account,
            index: cx.index,
            theme: cx.theme,
            today: cx.today,
        };
        (&widget).render(area, buf)
    }

    fn click(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) -> bool {
        match self.hit(cx.body, x, y) {
            Some(PeopleHit::Row(row)) => self.click_row(row, cx.body),
            Some(PeopleHit::Table) => self.focus = Pane::Table,
            Some(PeopleHit::Detail) => self.focus = Pane::Detail,
            None => return false,
        }
        true
    }

    fn wheel_at(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) {
        match self.hit(cx.body, x, y) {
            Some(PeopleHit::Detail) => self.focus = Pane::Detail,
            Some(_) => self.focus = Pane::Table,
            None => {}
        }
    }
}

#[cfg(test)]
mod tests;
