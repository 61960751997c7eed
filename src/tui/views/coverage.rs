//! The coverage view: their people (rows) by our team (columns), how well each of us
//! knows each of them, and who nobody or only the wrong people know. The matrix is
//! built once per change of the account; a frame draws only the visible window, and
//! scrolls sideways when the team is wider than the screen.
//!
//! ```text
//! 11 covered · 3 uncovered · 2 technical gaps
//! ┌Coverage──────────────────────────────────────────────────────────┐
//! │Person           Anna Berg  Omar Haddad  Elena Soko…              │
//! │                 sales 8    technical 3  service 2                │
//! │Сергей Петров    ●●         ·            ·                        │
//! │Виктор Фёдоров   ·          ·            ·            uncovered   │
//! │Erik Lindqvist   ●          ·            ·   tech gap: only sales │
//! └──────────────────────────────────────────────────────────────────┘
//! ```

use super::org_chart::{LineFit, too_small};
use crate::layout::coverage::CoverageMatrix;
use crate::model::{Account, Index, Strength};
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Paragraph, Widget};

/// The smallest area the view draws in; below it, it says the terminal is too small.
pub const MIN_SIZE: (u16, u16) = (30, 7);

/// Columns kept for the flag after a row's cells ("tech gap: only service").
const FLAG_WIDTH: u16 = 23;

/// How a strength is drawn in a cell: three dots strong, two medium, one weak, and
/// a middle dot where there is no coverage.
pub fn strength_dots(s: Option<Strength>) -> &'static str {
    match s {
        Some(Strength::Strong) => "●●●",
        Some(Strength::Medium) => "●●",
        Some(Strength::Weak) => "●",
        None => "·",
    }
}

/// What a key can ask of the coverage matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoverageCommand {
    /// One person up.
    Up,
    /// One person down.
    Down,
    /// One page up.
    PageUp,
    /// One page down.
    PageDown,
    /// The first person.
    Home,
    /// The last person.
    End,
    /// The team member to the left.
    Left,
    /// The team member to the right.
    Right,
}

/// The state of the coverage view: the matrix, the selected cell and the scroll.
#[derive(Debug, Clone, Default)]
pub struct CoverageView {
    matrix: CoverageMatrix,
    row: usize,
    col: usize,
    row_offset: usize,
    col_offset: usize,
    seen: Option<u64>,
    /// Columns the widest name needs (capped), measured once per change.
    name_want: u16,
    /// Columns per team member, from the widest member name (capped).
    cell_want: u16,
    /// Columns the widest name and the widest member name take, uncapped: what the
    /// columns grow to when the whole team fits with room to spare.
    name_need: u16,
    cell_need: u16,
    /// The number of team members.
    team: usize,
    /// The selected person by id, so a rebuilt matrix selects them again.
    selected_id: Option<String>,
}

/// Where the parts of the coverage view go, and how many rows and team columns fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageAreas {
    /// The summary line.
    pub summary: Rect,
    /// The matrix with its border.
    pub matrix: Rect,
    /// Columns for people's names.
    pub name_width: u16,
    /// Columns per team member.
    pub cell_width: u16,
    /// Whether the flag column is shown.
    pub flags: bool,
    /// People rows that fit.
    pub page_rows: usize,
    /// Team columns that fit.
    pub page_cols: usize,
}

/// Splits the view's area and sizes the columns from the widths measured at sync.
pub fn layout(area: Rect, view: &CoverageView) -> CoverageAreas {
    let summary = Rect { height: area.height.min(1), ..area };
    let matrix = Rect { y: area.y + summary.height, height: area.height - summary.height, ..area };
    let inner_w = matrix.width.saturating_sub(2);
    // Names get what they need up to a fair share, never crowding out a team column.
    let name_width = view.name_want.min((inner_w / 3).clamp(8, 24));
    // Whole member names when the whole team fits; otherwise narrower columns, so
    // more of the team is on screen at once.
    let whole_team = (view.team.min(u16::MAX as usize) as u16).saturating_mul(view.cell_want);
    let cell_width =
        if name_width + whole_team + FLAG_WIDTH <= inner_w { view.cell_want } else { view.cell_want.min(12) };
    let (mut name_width, mut cell_width) = (name_width, cell_width);
    let team = view.team.min(u16::MAX as usize) as u16;
    let whole = (name_width + FLAG_WIDTH).saturating_add(team.saturating_mul(cell_width));
    if team > 0 && whole < inner_w {
        // Room to spare with the whole team on screen: whole names, then whole member
        // names, in proportion to what each lacks.
        let mut items = [
            (name_width, view.name_need.max(name_width)),
            (team * cell_width, team.saturating_mul(view.cell_need)),
        ];
        super::super::widgets::columns::spread(inner_w - whole, &mut items);
        name_width = items[0].0;
        cell_width = (items[1].0 / team).max(cell_width);
    }
    let flags = inner_w >= name_width + cell_width + FLAG_WIDTH;
    let for_cells = inner_w.saturating_sub(name_width + if flags { FLAG_WIDTH } else { 0 });
    CoverageAreas {
        summary,
        matrix,
        name_width,
        cell_width,
        flags,
        // The border and the two header lines.
        page_rows: matrix.height.saturating_sub(4) as usize,
        page_cols: ((for_cells / cell_width.max(1)) as usize).max(1),
    }
}

fn scroll_into_view(offset: usize, selected: usize, page: usize) -> usize {
    if page == 0 || selected < offset {
        selected
    } else if selected >= offset + page {
        selected + 1 - page
    } else {
        offset
    }
}

impl CoverageView {
    /// Rebuilds the matrix when the account changed since the last call (by its
    /// generation), keeping the same person selected.
    pub fn sync(&mut self, a: &Account, idx: &Index, generation: u64) {
        if self.seen == Some(generation) {
            return;
        }
        self.seen = Some(generation);
        self.matrix = CoverageMatrix::build(a, idx);
        self.name_want = a.people.iter().map(|p| width(&p.name)).max().unwrap_or(0).clamp(6, 23) as u16 + 1;
        self.cell_want = a.team.iter().map(|m| width(&m.name)).max().unwrap_or(0).clamp(8, 17) as u16 + 1;
        let widest = |w: Option<usize>| w.unwrap_or(0).min(u16::MAX as usize / 2) as u16 + 1;
        self.name_need = widest(a.people.iter().map(|p| width(&p.name)).max());
        // A member's column also shows "function count" under the name.
        self.cell_need = widest(a.team.iter().map(|m| width(&m.name).max(m.function.key().len() + 5)).max())
            .max(self.cell_want);
        self.team = a.team.len();
        if let Some(r) =
            self.selected_id.as_deref().and_then(|id| idx.person(id)).and_then(|p| self.matrix.row_of(p))
        {
            self.row = r;
        }
        self.row = self.row.min(self.matrix.rows().len().saturating_sub(1));
        self.col = self.col.min(a.team.len().saturating_sub(1));
        self.remember(a);
    }

    fn remember(&mut self, a: &Account) {
        self.selected_id = self.selected_person().and_then(|p| a.people.get(p)).map(|p| p.id.clone());
    }

    /// Carries out a command and scrolls the selected cell into view.
    pub fn apply(&mut self, a: &Account, cmd: CoverageCommand, areas: &CoverageAreas) {
        let last_row = self.matrix.rows().len().saturating_sub(1);
        let last_col = a.team.len().saturating_sub(1);
        let page = areas.page_rows.max(1);
        self.row = match cmd {
            CoverageCommand::Up => self.row.saturating_sub(1),
            CoverageCommand::Down => self.row + 1,
            CoverageCommand::PageUp => self.row.saturating_sub(page),
            CoverageCommand::PageDown => self.row + page,
            CoverageCommand::Home => 0,
            CoverageCommand::End => last_row,
            _ => self.row,
        }
        .min(last_row);
        self.col = match cmd {
            CoverageCommand::Left => self.col.saturating_sub(1),
            CoverageCommand::Right => self.col + 1,
            _ => self.col,
        }
        .min(last_col);
        self.row_offset = scroll_into_view(self.row_offset, self.row, areas.page_rows);
        self.col_offset = scroll_into_view(self.col_offset, self.col, areas.page_cols);
        self.remember(a);
    }

    /// The person row and the team column at the point `(x, y)` of the view drawn in
    /// `area`, each when the point is on one (a member's name in the header has only a
    /// column, a person's name only a row). `None` off the matrix.
    pub fn hit(&self, area: Rect, x: u16, y: u16) -> Option<(Option<usize>, Option<usize>)> {
        let areas = layout(area, self);
        let inner = Block::bordered().inner(areas.matrix);
        if !inner.contains(ratatui::layout::Position { x, y }) || inner.height < 3 {
            return None;
        }
        let row = (y >= inner.y + 2)
            .then(|| {
                scroll_into_view(self.row_offset, self.row, areas.page_rows) + (y - inner.y - 2) as usize
            })
            .filter(|&r| r < self.matrix.rows().len());
        let cells = inner.x + areas.name_width;
        let col_offset = scroll_into_view(self.col_offset, self.col, areas.page_cols);
        let col = (x >= cells)
            .then(|| ((x - cells) / areas.cell_width.max(1)) as usize)
            .filter(|&k| k < areas.page_cols)
            .map(|k| col_offset + k)
            .filter(|&c| c < self.team);
        Some((row, col))
    }

    /// Selects the person row and the team column given (a click), keeping the
    /// scroll the screen showed.
    pub fn click(&mut self, a: &Account, row: Option<usize>, col: Option<usize>, areas: &CoverageAreas) {
        self.row_offset = scroll_into_view(self.row_offset, self.row, areas.page_rows);
        self.col_offset = scroll_into_view(self.col_offset, self.col, areas.page_cols);
        if let Some(r) = row.filter(|&r| r < self.matrix.rows().len()) {
            self.row = r;
        }
        if let Some(c) = col.filter(|&c| c < a.team.len()) {
            self.col = c;
        }
        self.row_offset = scroll_into_view(self.row_offset, self.row, areas.page_rows);
        self.col_offset = scroll_into_view(self.col_offset, self.col, areas.page_cols);
        self.remember(a);
    }

    /// Selects a person (to follow a selection made in another view).
    pub fn select_person(&mut self, a: &Account, person: usize, areas: &CoverageAreas) {
        if let Some(r) = self.matrix.row_of(person) {
            self.row = r;
            self.row_offset = scroll_into_view(self.row_offset, self.row, areas.page_rows);
            self.remember(a);
        }
    }

    /// The matrix shown.
    pub fn matrix(&self) -> &CoverageMatrix {
        &self.matrix
    }

    /// The selected person, by position in `account.people`.
    pub fn selected_person(&self) -> Option<usize> {
        self.matrix.rows().get(self.row).map(|r| r.person)
    }

    /// The selected team member, by position in `account.team`.
    pub fn selected_member(&self, a: &Account) -> Option<usize> {
        (self.col < a.team.len()).then_some(self.col)
    }
}

/// The coverage matrix of one account, ready to draw.
pub struct CoverageMatrixWidget<'a> {
    /// Matrix, selection and scroll.
    pub view: &'a CoverageView,
    /// The account shown.
    pub account: &'a Account,
    /// Styles.
    pub theme: Theme,
}

impl CoverageMatrixWidget<'_> {
    fn render_summary(&self, areas: &CoverageAreas, col_offset: usize, buf: &mut Buffer) {
        let (t, s) = (self.theme, self.view.matrix.summary());
        let mut l = LineFit::new(areas.summary.width as usize);
        l.push(
            &format!("{}: ", crate::t!("tui-views-coverage-people", n = self.account.people.len())),
            t.title(),
        );
        l.push(&crate::t!("tui-views-coverage-covered", n = s.covered), t.text());
        let uncovered = crate::t!("tui-views-coverage-uncovered", n = s.uncovered);
        l.push(" · ", t.dim()).push(&uncovered, if s.uncovered > 0 { t.error() } else { t.dim() });
        let gaps = crate::t!("tui-views-coverage-gaps", n = s.gaps);
        l.push(" · ", t.dim()).push(&gaps, if s.gaps > 0 { t.warning() } else { t.dim() });
        let team = self.account.team.len();
        if team > areas.page_cols {
            let last = (col_offset + areas.page_cols).min(team);
            let shown =
                crate::t!("tui-views-coverage-team-page", first = col_offset + 1, last = last, team = team);
            let more = format!(" · {shown}");
            l.push(&more, t.dim());
        }
        buf.set_line(areas.summary.x, areas.summary.y, &l.line(), areas.summary.width);
    }

    fn render_matrix(&self, areas: &CoverageAreas, col_offset: usize, buf: &mut Buffer) {
        let (t, a, v) = (self.theme, self.account, self.view);
        let block = Block::bordered().title(crate::t!("tui-views-view-coverage")).border_style(t.border());
        let inner = block.inner(areas.matrix);
        block.render(areas.matrix, buf);
        if inner.height < 3 {
            return;
        }
        let (nw, cw) = (areas.name_width as usize, areas.cell_width as usize);
        if a.people.is_empty() || a.team.is_empty() {
            let msg = if a.people.is_empty() {
                crate::t!("tui-views-coverage-no-people")
            } else {
                crate::t!("tui-views-coverage-no-team")
            };
            Paragraph::new(LineFit::new(inner.width as usize).push(&msg, t.dim()).line()).render(inner, buf);
            return;
        }
        let cols: Vec<usize> = (col_offset..a.team.len()).take(areas.page_cols).collect();
        let mut head = [LineFit::new(inner.width as usize), LineFit::new(inner.width as usize)];
        head[0].push(&format!("{:<nw$}", crate::t!("tui-views-col-person")), t.title());
        head[1].push(&" ".repeat(nw), t.text());
        for &m in &cols {
            let member = &a.team[m];
            let style = if m == v.col { t.title().add_modifier(Modifier::UNDERLINED) } else { t.title() };
            head[0].push(&pad(&member.name, cw), style);
            let function = crate::t!("tui-views-function-short", function = member.function.key());
            head[1].push(&pad(&format!("{function} {}", v.matrix.covers(m)), cw), t.dim());
        }
        for (k, l) in head.iter_mut().enumerate() {
            buf.set_line(inner.x, inner.y + k as u16, &l.line(), inner.width);
        }
        let body = Rect { y: inner.y + 2, height: inner.height - 2, ..inner };
        let page = body.height as usize;
        let offset = scroll_into_view(v.row_offset, v.row, page);
        for (n, row) in v.matrix.rows().iter().enumerate().skip(offset).take(page) {
            let p = &a.people[row.person];
            let y = body.y + (n - offset) as u16;
            let mut l = LineFit::new(body.width as usize);
            let name_style =
                if n == v.row { t.stance(p.stance).add_modifier(Modifier::BOLD) } else { t.stance(p.stance) };
            l.push(&pad(&p.name, nw), name_style);
            for &m in &cols {
                let s = v.matrix.cell(n, m);
                let style = match s {
                    _ if n == v.row && m == v.col => t.selected(),
                    Some(s) => t.strength(s),
                    None => t.dim(),
                };
                l.push(&format!("{:<3}", strength_dots(s)), style)
                    .push(&" ".repeat(cw.saturating_sub(3)), t.text());
            }
            if areas.flags {
                if row.uncovered {
                    l.push(&crate::t!("tui-views-coverage-row-uncovered"), t.error());
                } else if row.technical_gap {
                    let fs: Vec<String> = v
                        .matrix
                        .covering_functions(a, n)
                        .iter()
                        .map(|f| crate::t!("tui-views-function-short", function = f.key()))
                        .collect();
                    l.push(&crate::t!("tui-views-coverage-row-gap", functions = fs.join(", ")), t.warning());
                }
            }
            buf.set_line(body.x, y, &l.line(), body.width);
        }
    }
}

/// User text cut to `w - 1` columns and padded to `w`, so columns stay apart.
fn pad(s: &str, w: usize) -> String {
    let t = fit(s, w.saturating_sub(1));
    let fill = w.saturating_sub(width(&t));
    format!("{t}{}", " ".repeat(fill))
}

impl Widget for &CoverageMatrixWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if too_small(area, MIN_SIZE, self.theme, buf) {
            return;
        }
        let areas = layout(area, self.view);
        let col_offset = scroll_into_view(self.view.col_offset, self.view.col, areas.page_cols);
        self.render_summary(&areas, col_offset, buf);
        self.render_matrix(&areas, col_offset, buf);
    }
}

fn coverage_command(action: crate::tui::action::Action) -> Option<CoverageCommand> {
    Some(match action {
        crate::tui::action::Action::Up => CoverageCommand::Up,
        crate::tui::action::Action::Down => CoverageCommand::Down,
        crate::tui::action::Action::PageUp => CoverageCommand::PageUp,
        crate::tui::action::Action::PageDown => CoverageCommand::PageDown,
        crate::tui::action::Action::Top => CoverageCommand::Home,
        crate::tui::action::Action::Bottom => CoverageCommand::End,
        crate::tui::action::Action::Left => CoverageCommand::Left,
        crate::tui::action::Action::Right => CoverageCommand::Right,
        _ => return None,
    })
}

impl crate::tui::views::account_view::AccountViewState for CoverageView {
    fn reveal_person(&mut self, cx: &crate::tui::views::account_view::ViewContext, person: usize) {
        CoverageView::sync(self, cx.account, cx.index, cx.generation);
        let areas = layout(cx.body, self);
        CoverageView::select_person(self, cx.account, person, &areas);
    }

    fn handle(
        &mut self,
        cx: &crate::tui::views::account_view::ViewContext,
        action: crate::tui::action::Action,
    ) -> bool {
        let Some(cmd) = coverage_command(action) else { return false };
        let areas = layout(cx.body, self);
        self.apply(cx.account, cmd, &areas);
        true
    }

    fn mode(&self) -> crate::tui::keymap::Mode {
        crate::tui::keymap::Mode::Coverage
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        CoverageView::selected_person(self)
    }

    fn sync(&mut self, cx: &crate::tui::views::account_view::ViewContext) {
        CoverageView::sync(self, cx.account, cx.index, cx.generation)
    }

    fn render(&self, cx: &crate::tui::views::account_view::ViewContext, area: Rect, buf: &mut Buffer) {
        (&CoverageMatrixWidget { view: self, account: cx.account, theme: cx.theme }).render(area, buf)
    }

    fn click(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) -> bool {
        match self.hit(cx.body, x, y) {
            Some((row, col)) if row.is_some() || col.is_some() => {
                let areas = layout(cx.body, self);
                CoverageView::click(self, cx.account, row, col, &areas);
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests;
