//! The org chart view: the `reports_to` tree with folds, and beside it the selected
//! person's influence links. The rows come from [`OrgOutline`], rebuilt only when the
//! account or the folds change; a frame draws just the window of rows on screen.
//!
//! ```text
//! ┌Org chart · 14 people─────────────┐┌Пётр Иванов────────────┐
//! │▾ Дмитрий Волков  General Dir…  P ││Chief Engineer         │
//! │├─▾ 佐藤 健  Technical Director  DI││Influenced by (2)      │
//! ││ └── Пётр Иванов  Chief Eng…  UI ││ ●●● Сергей Петров     │
//! └──────────────────────────────────┘└───────────────────────┘
//! ```

use super::coverage::strength_dots;
use crate::layout::org::{OrgNode, OrgOutline, OrgRow, influence_links};
use crate::model::{Account, Index};
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// The smallest area the view draws in; below it, it says the terminal is too small.
pub const MIN_SIZE: (u16, u16) = (24, 6);

/// What a key can ask of the org chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgCommand {
    /// One row up.
    Up,
    /// One row down.
    Down,
    /// One page up.
    PageUp,
    /// One page down.
    PageDown,
    /// The first row.
    Home,
    /// The last row.
    End,
    /// Fold the branch, or go to the manager.
    Left,
    /// Open the branch, or go to the first report.
    Right,
    /// Fold or open the branch.
    Toggle,
    /// Open every branch.
    ExpandAll,
    /// Fold every branch.
    CollapseAll,
}

/// The state of the org chart view: the outline and the first visible row.
#[derive(Debug, Clone, Default)]
pub struct OrgChartView {
    outline: OrgOutline,
    offset: usize,
    seen: Option<u64>,
}

impl OrgChartView {
    /// Rebuilds the chart when the account changed since the last call (by its
    /// generation), keeping folds and the selected person.
    pub fn sync(&mut self, a: &Account, idx: &Index, generation: u64) {
        if self.seen != Some(generation) {
            self.seen = Some(generation);
            self.outline.rebuild(a, idx);
        }
    }

    /// Carries out a command, then scrolls the selection into a page of `page` rows.
    pub fn apply(&mut self, a: &Account, cmd: OrgCommand, page: usize) {
        let o = &mut self.outline;
        let step = page.max(1) as isize;
        match cmd {
            OrgCommand::Up => o.move_by(a, -1),
            OrgCommand::Down => o.move_by(a, 1),
            OrgCommand::PageUp => o.move_by(a, -step),
            OrgCommand::PageDown => o.move_by(a, step),
            OrgCommand::Home => o.move_by(a, isize::MIN),
            OrgCommand::End => o.move_by(a, isize::MAX),
            OrgCommand::Left => o.left(a),
            OrgCommand::Right => o.right(a),
            OrgCommand::Toggle => o.toggle(a),
            OrgCommand::ExpandAll => o.expand_all(a),
            OrgCommand::CollapseAll => o.collapse_all(a),
        }
        self.offset = scroll_into_view(self.offset, self.outline.selected_row(), page);
    }

    /// Selects a person, opening the branches above them (to follow a selection made
    /// in another view).
    pub fn reveal(&mut self, a: &Account, person: usize, page: usize) {
        self.outline.reveal(a, person);
        self.offset = scroll_into_view(self.offset, self.outline.selected_row(), page);
    }

    /// The row of the tree at the point `(x, y)` of the view drawn in `area`, and
    /// whether the point is on that row's fold marker (`▸` `▾`).
    pub fn hit(&self, area: Rect, x: u16, y: u16) -> Option<(usize, bool)> {
        if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
            return None;
        }
        let inner = Block::bordered().inner(layout(area).0);
        if !inner.contains(ratatui::layout::Position { x, y }) {
            return None;
        }
        let o = &self.outline;
        let offset = scroll_into_view(self.offset, o.selected_row(), inner.height as usize);
        let n = offset + (y - inner.y) as usize;
        let row = o.rows().get(n)?;
        let prefix = OrgChartWidget::prefix(row, inner.width as usize / 2);
        let marker = inner.x + (width(&prefix) as u16).saturating_sub(2);
        Some((n, row.has_children && x == marker))
    }

    /// Selects a row of the tree (a click), keeping the scroll the screen showed, and
    /// folds or opens it when `toggle` (a click on its marker).
    pub fn click(&mut self, a: &Account, row: usize, toggle: bool, page: usize) {
        self.offset = scroll_into_view(self.offset, self.outline.selected_row(), page);
        let delta = row as isize - self.outline.selected_row() as isize;
        self.outline.move_by(a, delta);
        if toggle {
            self.outline.toggle(a);
        }
        self.offset = scroll_into_view(self.offset, self.outline.selected_row(), page);
    }

    /// The tree, rows and selection.
    pub fn outline(&self) -> &OrgOutline {
        &self.outline
    }

    /// The selected person, by position in `account.people`.
    pub fn selected_person(&self) -> Option<usize> {
        self.outline.selected_person()
    }
}

/// The first visible row so that `selected` is on a page of `page` rows starting as
/// near `offset` as possible.
fn scroll_into_view(offset: usize, selected: usize, page: usize) -> usize {
    if page == 0 || selected < offset {
        selected
    } else if selected >= offset + page {
        selected + 1 - page
    } else {
        offset
    }
}

/// Where the tree and the side panel go: side by side when there is room, the panel
/// below the tree otherwise.
pub fn layout(area: Rect) -> (Rect, Rect) {
    if area.width >= 72 {
        let panel = (area.width * 2 / 5).clamp(28, 48);
        let tree = Rect { width: area.width - panel, ..area };
        (tree, Rect { x: area.x + tree.width, width: panel, ..area })
    } else {
        let panel = (area.height / 2).min(9);
        let tree = Rect { height: area.height - panel, ..area };
        (tree, Rect { y: area.y + tree.height, height: panel, ..area })
    }
}

/// Tree rows that fit in the view's area (the border takes two lines).
pub fn page_rows(area: Rect) -> usize {
    layout(area).0.height.saturating_sub(2) as usize
}

/// Text cut to fit what is left of a line, span by span.
pub(super) struct LineFit {
    spans: Vec<Span<'static>>,
    left: usize,
}

impl LineFit {
    /// An empty line of at most `width` columns.
    pub(super) fn new(width: usize) -> LineFit {
        LineFit { spans: Vec::new(), left: width }
    }

    /// Appends user text made inert and cut to the room left.
    pub(super) fn push(&mut self, text: &str, style: Style) -> &mut LineFit {
        if self.left > 0 && !text.is_empty() {
            let t = fit(text, self.left);
            self.left -= width(&t);
            self.spans.push(Span::styled(t, style));
        }
        self
    }

    /// The finished line.
    pub(super) fn line(&mut self) -> Line<'static> {
        Line::from(std::mem::take(&mut self.spans))
    }
}

/// Says the area is too small, if it is.
pub(super) fn too_small(area: Rect, min: (u16, u16), theme: Theme, buf: &mut Buffer) -> bool {
    if area.width >= min.0 && area.height >= min.1 {
        return false;
    }
    let msg = crate::t!("tui-views-view-too-small", size = format!("{}x{}", min.0, min.1));
    Paragraph::new(LineFit::new(area.width as usize).push(&msg, theme.warning()).line()).render(area, buf);
    true
}

/// The org chart of one account, ready to draw.
pub struct OrgChartWidget<'a> {
    /// Rows, folds and selection.
    pub view: &'a OrgChartView,
    /// The account shown.
    pub account: &'a Account,
    /// Lookups for the selected person's links.
    pub index: &'a Index,
    /// Styles.
    pub theme: Theme,
}

impl OrgChartWidget<'_> {
    /// The tree guides and fold marker in front of a row's text, cut to `max` columns
    /// so a very deep branch still leaves room for names.
    fn prefix(row: &OrgRow, max: usize) -> String {
        let marker = match (row.has_children, row.expanded) {
            (true, true) => '▾',
            (true, false) => '▸',
            (false, _) if row.depth == 0 => ' ',
            (false, _) => '─',
        };
        let mut s = String::new();
        if row.depth >= 1 {
            let levels = row.depth as usize - 1;
            let keep = levels.min(max.saturating_sub(5) / 2);
            if keep < levels {
                s.push('…');
            }
            for k in (row.depth as usize - keep)..row.depth as usize {
                s.push_str(if k < 64 && row.guides & (1 << k) != 0 { "│ " } else { "  " });
            }
            s.push_str(if row.is_last { "└─" } else { "├─" });
        }
        s.push(marker);
        s.push(' ');
        s
    }

    fn row_line(&self, row: &OrgRow, w: usize) -> Line<'static> {
        let (t, a, tree) = (self.theme, self.account, self.view.outline.tree());
        let mut l = LineFit::new(w);
        l.push(&Self::prefix(row, w / 2), t.dim());
        match row.node {
            OrgNode::Unmanaged => {
                l.push(&crate::t!("tui-views-org-unmanaged"), t.title());
                l.push(&format!(" ({})", tree.unmanaged().len()), t.dim());
            }
            OrgNode::Person(i) => {
                let p = &a.people[i];
                l.push(&p.name, t.stance(p.stance));
                if row.has_children && !row.expanded {
                    l.push(&format!(" (+{})", tree.children_of(row.node).len()), t.dim());
                }
                let others = tree.managers(i).len().saturating_sub(1);
                if others > 0 {
                    l.push(
                        &format!(" {}", crate::t!("tui-views-org-more-managers", n = others)),
                        t.warning(),
                    );
                }
                if let Some(title) = p.title.as_deref().filter(|s| !s.is_empty()) {
                    l.push("  ", t.text()).push(title, t.dim());
                }
                let mut roles = p.roles.clone();
                roles.sort();
                let badges: String = roles.iter().map(|r| super::people_cells::badge(*r)).collect();
                if !badges.is_empty() {
                    l.push("  ", t.text()).push(&badges, t.badge());
                }
            }
        }
        l.line()
    }

    fn render_tree(&self, area: Rect, buf: &mut Buffer) {
        let o = &self.view.outline;
        let title = crate::t!("tui-views-org-title", n = self.account.people.len());
        let block = Block::bordered().title(fit(&title, area.width.saturating_sub(2) as usize));
        let inner = block.inner(area);
        block.border_style(self.theme.border()).render(area, buf);
        if inner.is_empty() {
            return;
        }
        if o.rows().is_empty() {
            let msg = crate::t!("tui-views-org-empty");
            Paragraph::new(LineFit::new(inner.width as usize).push(&msg, self.theme.dim()).line())
                .render(inner, buf);
            return;
        }
        let page = inner.height as usize;
        let offset = scroll_into_view(self.view.offset, o.selected_row(), page);
        for (n, row) in o.rows().iter().enumerate().skip(offset).take(page) {
            let y = inner.y + (n - offset) as u16;
            buf.set_line(inner.x, y, &self.row_line(row, inner.width as usize), inner.width);
            if n == o.selected_row() {
                buf.set_style(Rect { y, height: 1, ..inner }, self.theme.selected());
            }
        }
    }

    fn panel_lines(&self, w: usize) -> (String, Vec<Line<'static>>) {
        let (t, a, o) = (self.theme, self.account, &self.view.outline);
        let Some(i) = o.selected_person() else {
            let n = o.tree().unmanaged().len();
            let text = crate::t!("tui-views-org-unmanaged-info", n = n);
            return (crate::t!("tui-views-org-unmanaged"), vec![LineFit::new(w).push(&text, t.dim()).line()]);
        };
        let p = &a.people[i];
        let mut lines = Vec::new();
        let mut l = LineFit::new(w);
        let role_line =
            p.title.iter().chain(p.department.iter()).map(String::as_str).collect::<Vec<_>>().join(" · ");
        if !role_line.is_empty() {
            lines.push(l.push(&role_line, t.dim()).line());
        }
        l = LineFit::new(w);
        l.push(p.stance.tr_str(), t.stance(p.stance))
            .push(&format!(" · {}", crate::t!("tui-views-org-influence", n = p.influence.0)), t.dim());
        lines.push(l.line());
        if !p.roles.is_empty() {
            let mut roles = p.roles.clone();
            roles.sort();
            let roles: Vec<&str> = roles.iter().map(|r| r.tr_str()).collect();
            lines.push(
                LineFit::new(w)
                    .push(&format!("{} ", crate::t!("tui-views-field-roles")), t.dim())
                    .push(&roles.join(", "), t.badge())
                    .line(),
            );
        }
        let managers = o.tree().managers(i);
        if !managers.is_empty() {
            let names: Vec<&str> = managers.iter().map(|&m| a.people[m].name.as_str()).collect();
            lines.push(
                LineFit::new(w)
                    .push(&format!("{} ", crate::t!("tui-views-field-reports-to")), t.dim())
                    .push(&names.join(", "), t.text())
                    .line(),
            );
        }
        let links = influence_links(a, self.index, i);
        let sections = [
            (crate::t!("tui-views-field-influenced-by"), &links.influenced_by),
            (crate::t!("tui-views-field-influences"), &links.influences),
        ];
        for (label, list) in sections {
            lines.push(Line::default());
            lines.push(LineFit::new(w).push(&format!("{label} ({})", list.len()), t.title()).line());
            if list.is_empty() {
                lines.push(
                    LineFit::new(w)
                        .push(&format!("  {}", crate::t!("tui-views-org-nobody-recorded")), t.dim())
                        .line(),
                );
            }
            for link in list {
                let other = &a.people[link.other];
                let mut l = LineFit::new(w);
                l.push(" ", t.text())
                    .push(&format!("{:<3} ", strength_dots(Some(link.strength))), t.strength(link.strength));
                l.push(&other.name, t.stance(other.stance))
                    .push(&format!("  {}", other.stance.tr_str()), t.dim());
                lines.push(l.line());
            }
        }
        (p.name.clone(), lines)
    }

    fn render_panel(&self, area: Rect, buf: &mut Buffer) {
        let inner_w = area.width.saturating_sub(2) as usize;
        let (title, mut lines) = self.panel_lines(inner_w);
        let block = Block::bordered().title(fit(&title, inner_w)).border_style(self.theme.border());
        let inner = block.inner(area);
        block.render(area, buf);
        let h = inner.height as usize;
        if lines.len() > h && h > 0 {
            let more = lines.len() - (h - 1);
            lines.truncate(h - 1);
            lines.push(
                LineFit::new(inner_w)
                    .push(&crate::t!("tui-views-more-lines", n = more), self.theme.dim())
                    .line(),
            );
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

impl Widget for &OrgChartWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if too_small(area, MIN_SIZE, self.theme, buf) {
            return;
        }
        let (tree, panel) = layout(area);
        self.render_tree(tree, buf);
        if self.view.outline.selected_node().is_some() {
            self.render_panel(panel, buf);
        }
    }
}

fn org_command(action: crate::tui::action::Action) -> Option<OrgCommand> {
    Some(match action {
        crate::tui::action::Action::Up => OrgCommand::Up,
        crate::tui::action::Action::Down => OrgCommand::Down,
        crate::tui::action::Action::PageUp => OrgCommand::PageUp,
        crate::tui::action::Action::PageDown => OrgCommand::PageDown,
        crate::tui::action::Action::Top => OrgCommand::Home,
        crate::tui::action::Action::Bottom => OrgCommand::End,
        crate::tui::action::Action::Left => OrgCommand::Left,
        crate::tui::action::Action::Right => OrgCommand::Right,
        crate::tui::action::Action::ToggleFold => OrgCommand::Toggle,
        crate::tui::action::Action::ExpandAll => OrgCommand::ExpandAll,
        crate::tui::action::Action::CollapseAll => OrgCommand::CollapseAll,
        _ => return None,
    })
}

impl crate::tui::views::account_view::AccountViewState for OrgChartView {
    fn reveal_person(&mut self, cx: &crate::tui::views::account_view::ViewContext, person: usize) {
        OrgChartView::sync(self, cx.account, cx.index, cx.generation);
        self.reveal(cx.account, person, page_rows(cx.body).max(1));
    }

    fn handle(
        &mut self,
        cx: &crate::tui::views::account_view::ViewContext,
        action: crate::tui::action::Action,
    ) -> bool {
        let Some(cmd) = org_command(action) else { return false };
        self.apply(cx.account, cmd, page_rows(cx.body).max(1));
        true
    }

    fn mode(&self) -> crate::tui::keymap::Mode {
        crate::tui::keymap::Mode::OrgChart
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        OrgChartView::selected_person(self)
    }

    fn sync(&mut self, cx: &crate::tui::views::account_view::ViewContext) {
        OrgChartView::sync(self, cx.account, cx.index, cx.generation)
    }

    fn render(&self, cx: &crate::tui::views::account_view::ViewContext, area: Rect, buf: &mut Buffer) {
        let widget = OrgChartWidget { view: self, account: cx.account, index: cx.index, theme: cx.theme };
        (&widget).render(area, buf)
    }

    fn click(&mut self, cx: &crate::tui::views::account_view::ViewContext, x: u16, y: u16) -> bool {
        let Some((row, toggle)) = self.hit(cx.body, x, y) else { return false };
        OrgChartView::click(self, cx.account, row, toggle, page_rows(cx.body).max(1));
        true
    }
}

#[cfg(test)]
mod tests;
