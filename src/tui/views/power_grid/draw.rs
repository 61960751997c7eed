//! How the grid is laid out and drawn: the rule on the first row, the four quadrants,
//! and below them who moved and the selected person in a line each; from 120 columns
//! the movers and the person's whole detail get a column of their own on the right. A
//! quadrant with more people than rows keeps the selected one in sight and says how
//! many more there are.

use super::PowerGridView;
use crate::analysis::grid::{HIGH_POWER, Placed, Quadrant};
use crate::model::Account;
use crate::text::inert;
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use crate::tui::views::account_view::ViewContext;
use crate::tui::views::person_detail::PersonDetail;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// Where each part goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The rule, in a line.
    pub axes: Rect,
    /// The quadrants, in [`Quadrant::ALL`] order.
    pub quads: [Rect; 4],
    /// Who moved: a line, or a box in the right column.
    pub movers: Rect,
    /// The selected person: a line, or their whole detail in the right column.
    pub detail: Rect,
    /// Whether the movers and the detail have the right column.
    pub wide: bool,
}

impl Areas {
    /// The rows a quadrant shows.
    pub fn page(&self) -> usize {
        (self.quads[0].height.saturating_sub(2) as usize).max(1)
    }
}

/// The parts of a view drawn in `body`, for `movers` people who moved.
pub fn areas(body: Rect, movers: usize) -> Areas {
    let wide = body.width >= 120 && body.height >= 16;
    let (left, right) = if wide {
        let [l, r] = body.layout(&Layout::horizontal([Constraint::Percentage(60), Constraint::Fill(1)]));
        (l, Some(r))
    } else {
        (body, None)
    };
    let bottom = if wide { 0 } else { 2 };
    let [axes, grid, lines] = left.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(bottom),
    ]));
    let [top, low] = grid.layout(&Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]));
    let halves = |r: Rect| r.layout(&Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]));
    let ([q0, q1], [q2, q3]) = (halves(top), halves(low));
    let (movers, detail) = match right {
        Some(r) => {
            let h = (movers as u16 + 2).clamp(3, r.height / 2);
            let [m, d] = r.layout(&Layout::vertical([Constraint::Length(h), Constraint::Fill(1)]));
            (m, d)
        }
        None => {
            let [m, d] = lines.layout(&Layout::vertical([Constraint::Length(1), Constraint::Length(1)]));
            (m, d)
        }
    };
    Areas { axes, quads: [q0, q1, q2, q3], movers, detail, wide }
}

/// Which rows of a quadrant's `len` people show in `rows` lines with `selected` in
/// sight: the first shown, how many, and whether a line says how many more there are.
fn window(len: usize, rows: usize, selected: Option<usize>) -> (usize, usize, bool) {
    if len <= rows {
        return (0, len, false);
    }
    let shown = rows.saturating_sub(1);
    let first = selected.map_or(0, |s| (s + 1).saturating_sub(shown)).min(len - shown);
    (first, shown, true)
}

/// The quadrant and row at a point of the body, if a person is drawn there.
pub(super) fn hit(v: &PowerGridView, body: Rect, x: u16, y: u16) -> Option<(usize, usize)> {
    let a = areas(body, v.movers.len());
    let q = a.quads.iter().position(|r| r.contains(Position { x, y }))?;
    let inner = Block::bordered().inner(a.quads[q]);
    if !inner.contains(Position { x, y }) {
        return None;
    }
    let selected = (v.at.0 == q).then_some(v.at.1);
    let (first, shown, _) = window(v.cells[q].len(), inner.height as usize, selected);
    let n = usize::from(y - inner.y);
    (n < shown).then_some((q, first + n))
}

/// The marker of a mover: the arrow and where they were, or only the arrow when the
/// line is too narrow for both beside a name.
fn marker(p: &Placed, room: usize) -> String {
    let Some(was) = p.was else { return String::new() };
    let arrow = p.quadrant.arrow_from(was);
    let long = format!(" {}", crate::t!("grid-from", arrow = arrow, quadrant = was.tr_word()));
    if width(&long) + 8 <= room { long } else { format!(" {arrow}") }
}

/// A person's line in a quadrant: influence, name in the stance's colour, marker.
fn person_line(a: &Account, p: &Placed, w: usize, t: &Theme) -> Line<'static> {
    let person = &a.people[p.person];
    let lead = format!("{} ", person.influence.0);
    let mark = marker(p, w.saturating_sub(width(&lead)));
    let room = w.saturating_sub(width(&lead) + width(&mark));
    Line::from(vec![
        Span::styled(lead, t.dim()),
        Span::styled(fit(&inert(&person.name), room), t.stance(person.stance)),
        Span::styled(mark, t.warning()),
    ])
}

fn quadrant(v: &PowerGridView, a: &Account, t: &Theme, q: usize, area: Rect, buf: &mut Buffer) {
    let list = &v.cells[q];
    let focused = v.at.0 == q && !list.is_empty();
    let title = crate::t!("grid-quadrant-title", quadrant = Quadrant::ALL[q].tr_label(), n = list.len());
    let w = area.width.saturating_sub(2) as usize;
    let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(if focused {
        t.border_focused()
    } else {
        t.border()
    });
    let inner = block.inner(area);
    block.render(area, buf);
    if list.is_empty() {
        return Line::styled(fit(&crate::t!("grid-quadrant-nobody"), w), t.dim()).render(inner, buf);
    }
    let (first, shown, more) = window(list.len(), inner.height as usize, focused.then_some(v.at.1));
    for n in 0..shown {
        let row = Rect { y: inner.y + n as u16, height: 1, ..inner };
        let mut line = person_line(a, &v.placed[list[first + n]], w, t);
        if focused && first + n == v.at.1 {
            buf.set_style(row, t.selected());
            line = line.patch_style(t.selected());
        }
        line.render(row, buf);
    }
    if more {
        let row = Rect { y: inner.y + shown as u16, height: 1, ..inner };
        let text = crate::t!("grid-more", n = list.len() - shown);
        Line::styled(fit(&text, w), t.dim()).render(row, buf);
    }
}

/// Spans cut to `w` columns: whole spans while they fit, the next one cut.
fn fitted(parts: Vec<(String, Style)>, w: usize) -> Line<'static> {
    let mut left = w;
    let mut spans = Vec::new();
    for (text, style) in parts {
        if left == 0 {
            break;
        }
        let text = fit(&text, left);
        left -= width(&text);
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}

/// The selected person in a line: name, title, stance, influence, when last seen, and
/// where they were if they moved.
fn detail_line(v: &PowerGridView, a: &Account, t: &Theme, w: usize) -> Line<'static> {
    let Some(p) = v.selected_placed() else { return Line::default() };
    let person = &a.people[p.person];
    let mut parts = vec![(inert(&person.name).into_owned(), t.stance(person.stance))];
    if let Some(title) = person.title.as_deref() {
        parts.push((format!(" · {}", inert(title)), t.text()));
    }
    parts.push((format!(" · {}", person.stance.tr_str()), t.stance(person.stance)));
    parts.push((format!(" · {}", crate::t!("grid-detail-influence", n = person.influence.0)), t.text()));
    let seen = crate::analysis::grid::Standing::of(person).seen;
    let seen = seen.map_or_else(
        || crate::t!("grid-detail-never-seen"),
        |d| crate::t!("grid-detail-seen", day = crate::i18n::dates::show(d)),
    );
    parts.push((format!(" · {seen}"), t.dim()));
    if let Some(was) = p.was {
        let from = crate::t!("grid-from", arrow = p.quadrant.arrow_from(was), quadrant = was.tr_word());
        parts.push((format!(" · {from}"), t.warning()));
    }
    fitted(parts, w)
}

/// The start as the lines say it.
fn since_text(v: &PowerGridView) -> String {
    v.start().map(|s| s.text.clone()).unwrap_or_default()
}

/// Who moved, in a line: their names and arrows, as many as fit.
fn movers_line(v: &PowerGridView, a: &Account, t: &Theme, w: usize) -> Line<'static> {
    let since = since_text(v);
    if v.movers.is_empty() {
        return Line::styled(fit(&crate::t!("grid-moved-none", since = since), w), t.dim());
    }
    let names: Vec<String> = v
        .movers
        .iter()
        .map(|&i| {
            let p = &v.placed[i];
            let arrow = p.was.map_or("", |was| p.quadrant.arrow_from(was));
            format!("{} {arrow}", inert(&a.people[p.person].name))
        })
        .collect();
    let text = crate::t!("grid-moved-summary", since = since, n = v.movers.len(), names = names.join(", "));
    Line::styled(fit(&text, w), t.warning())
}

/// Who moved, in a box: a line each, from where to where.
fn movers_box(v: &PowerGridView, a: &Account, t: &Theme, area: Rect, buf: &mut Buffer) {
    let w = area.width.saturating_sub(2) as usize;
    let title = crate::t!("grid-moved-title", since = since_text(v), n = v.movers.len());
    let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
    let inner = block.inner(area);
    block.render(area, buf);
    if v.movers.is_empty() {
        let text = crate::t!("grid-moved-none", since = since_text(v));
        return Line::styled(fit(&text, w), t.dim()).render(inner, buf);
    }
    let (_, shown, more) = window(v.movers.len(), inner.height as usize, None);
    for (n, &i) in v.movers.iter().take(shown).enumerate() {
        let p = &v.placed[i];
        let Some(was) = p.was else { continue };
        let person = &a.people[p.person];
        let text = crate::t!(
            "grid-moved-line",
            arrow = p.quadrant.arrow_from(was),
            name = inert(&person.name),
            from = was.tr_word(),
            to = p.quadrant.tr_word()
        );
        let row = Rect { y: inner.y + n as u16, height: 1, ..inner };
        Line::styled(fit(&text, w), t.stance(person.stance)).render(row, buf);
    }
    if more {
        let row = Rect { y: inner.y + shown as u16, height: 1, ..inner };
        Line::styled(fit(&crate::t!("grid-more", n = v.movers.len() - shown), w), t.dim()).render(row, buf);
    }
}

/// Draws the view.
pub(super) fn render(v: &PowerGridView, cx: &ViewContext, area: Rect, buf: &mut Buffer) {
    let (a, t) = (cx.account, &cx.theme);
    if v.placed.is_empty() {
        let text = crate::t!("grid-empty");
        return Paragraph::new(text).style(t.dim()).wrap(Wrap { trim: true }).render(area, buf);
    }
    let parts = areas(area, v.movers.len());
    let days = v.rule.map_or(0, |r| r.recent_days);
    let axes = crate::t!("grid-axes", min = HIGH_POWER, days = days);
    Line::styled(fit(&axes, parts.axes.width as usize), t.dim()).render(parts.axes, buf);
    for (q, rect) in parts.quads.iter().enumerate() {
        quadrant(v, a, t, q, *rect, buf);
    }
    if parts.wide {
        movers_box(v, a, t, parts.movers, buf);
        let person = v.selected().map(|i| (i, &a.people[i]));
        let detail = PersonDetail {
            person,
            account: a,
            index: cx.index,
            theme: cx.theme,
            today: cx.today,
            focused: false,
            scroll: 0,
            judgement: None,
        };
        (&detail).render(parts.detail, buf);
    } else {
        movers_line(v, a, t, parts.movers.width as usize).render(parts.movers, buf);
        detail_line(v, a, t, parts.detail.width as usize).render(parts.detail, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_quadrant_keeps_the_selected_in_sight_and_counts_the_rest() {
        assert_eq!(window(3, 5, Some(2)), (0, 3, false));
        assert_eq!(window(5, 5, Some(4)), (0, 5, false), "exactly full: no more line");
        assert_eq!(window(6, 5, None), (0, 4, true));
        assert_eq!(window(6, 5, Some(3)), (0, 4, true));
        assert_eq!(window(6, 5, Some(4)), (1, 4, true));
        assert_eq!(window(10, 5, Some(9)), (6, 4, true));
    }

    #[test]
    fn eighty_by_twenty_four_has_two_lines_under_the_quadrants_and_wide_a_column() {
        let narrow = areas(Rect::new(0, 1, 80, 21), 2);
        assert!(!narrow.wide);
        assert_eq!(narrow.quads[0].width + narrow.quads[1].width, 80);
        assert_eq!((narrow.movers.y, narrow.detail.y), (20, 21));
        assert_eq!(narrow.page(), 7);
        let wide = areas(Rect::new(0, 1, 160, 45), 2);
        assert!(wide.wide && wide.movers.x >= 96 && wide.movers.height == 4);
    }
}
