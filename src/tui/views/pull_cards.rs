//! The stage columns of the Pull view: one card per person, coloured by stance. Cards
//! on a best path are bold with their step number (`2›`); the selected card has `▶`,
//! the people of the selected flag or next best contact `*`, people changed in a
//! what-if `~`. Roomy terminals get boxed cards with stance, influence, roles and
//! coverage; small ones one line per person. Only visible cards are built.

use super::pull::{Focus, PullView};
use crate::analysis::Stage;
use crate::model::{Account, Person};
use crate::text::inert;
use crate::tui::fit::fit;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

/// The columns, ready to draw.
pub struct Columns<'a> {
    /// Stage, selection and the columns' order.
    pub view: &'a PullView,
    /// The people as shown (the scenario's copy in a what-if).
    pub account: &'a Account,
    /// The account as saved, to mark what a what-if changed.
    pub base: &'a Account,
    /// Each person's step on a best path.
    pub steps: &'a super::pull::PathSteps,
    /// The people the selected flag or next best contact concerns.
    pub concerned: &'a [usize],
    /// Styles.
    pub theme: Theme,
}

/// Below this width the Others column gives way (unless it is the stage stepped to).
const ALL_COLUMNS_WIDTH: u16 = 64;
/// Narrowest inner width for boxed cards.
const BOX_WIDTH: u16 = 18;

/// The stages whose columns are drawn, left to right.
fn visible(width: u16, current: usize) -> Vec<usize> {
    let others = Stage::ALL.len() - 1;
    if width >= ALL_COLUMNS_WIDTH {
        (0..Stage::ALL.len()).collect()
    } else if current == others {
        (1..Stage::ALL.len()).collect()
    } else {
        (0..others).collect()
    }
}

/// The rows of a card: 1 (a line), or a box of 3 or 4.
fn card_height(inner: Rect, tallest: usize) -> u16 {
    if inner.width < BOX_WIDTH {
        return 1;
    }
    let fits = |h: u16| tallest.saturating_mul(h as usize) <= inner.height as usize;
    if fits(4) {
        4
    } else if fits(3) {
        3
    } else {
        1
    }
}

/// The column rects for an area, and the stages they show.
fn rects(area: Rect, current: usize) -> (Vec<usize>, Vec<Rect>) {
    let shown = visible(area.width, current);
    let others = Stage::ALL.len() - 1;
    let constraints: Vec<Constraint> =
        shown.iter().map(|&s| Constraint::Fill(if s == others { 3 } else { 4 })).collect();
    let rects = area.layout_vec(&Layout::horizontal(constraints));
    (shown, rects)
}

/// The height the columns would like for a column of `tallest` cards: boxed cards when
/// the columns are wide enough, else one line each, plus the borders.
pub fn wanted_height(width: u16, tallest: usize, current: usize) -> u16 {
    let (_, rects) = rects(Rect::new(0, 0, width, 1), current);
    let narrowest = rects.iter().map(|r| r.width.saturating_sub(2)).min().unwrap_or(0);
    let per = if narrowest >= BOX_WIDTH { 4 } else { 1 };
    u16::try_from(tallest.max(1).saturating_mul(per)).unwrap_or(u16::MAX).saturating_add(2)
}

/// How many cards of `len` fit a column's inside `inner` in cards `height` rows tall,
/// and the first one shown when row `selected` must be among them.
fn window(inner: Rect, height: u16, len: usize, selected: usize) -> (usize, usize) {
    let mut page = (inner.height / height.max(1)).max(1) as usize;
    if len > page {
        // Keep the last row for "+N more".
        page = (inner.height.saturating_sub(1) / height.max(1)).max(1) as usize;
    }
    let selected = selected.min(len.saturating_sub(1));
    let offset = if selected >= page { selected + 1 - page } else { 0 };
    (page, offset)
}

/// The stage column at the point `(x, y)` of the columns drawn in `area`, and the row
/// in it of the card there, if the point is on one: the same rects, card height and
/// scroll the drawing uses.
pub fn card_at(view: &PullView, area: Rect, x: u16, y: u16) -> Option<(usize, Option<usize>)> {
    let c = view.computed()?;
    let (shown, rects) = rects(area, view.stage);
    let at = ratatui::layout::Position { x, y };
    let k = rects.iter().position(|r| r.contains(at))?;
    let stage = shown[k];
    let tallest = shown.iter().map(|&s| c.columns[s].len()).max().unwrap_or(0);
    let narrowest = rects.iter().min_by_key(|r| r.width).copied().unwrap_or_default();
    let height = card_height(Block::bordered().inner(narrowest), tallest);
    let inner = Block::bordered().inner(rects[k]);
    let len = c.columns[stage].len();
    if !inner.contains(at) || len == 0 {
        return Some((stage, None));
    }
    let (page, offset) = window(inner, height, len, view.card[stage]);
    let n = ((y - inner.y) / height) as usize;
    let row = (n < page).then_some(offset + n).filter(|&r| r < len);
    Some((stage, row))
}

impl Columns<'_> {
    fn marker(&self, stage: usize, row: usize, i: usize) -> String {
        let selected = stage == self.view.stage && row == self.view.card[stage];
        let changed = self.base.people.get(i) != self.account.people.get(i);
        let sel = if selected {
            '▶'
        } else if self.concerned.contains(&i) {
            '*'
        } else if changed {
            '~'
        } else {
            ' '
        };
        let step = match self.steps.get(i) {
            Some(k) if k < 9 => format!("{}›", k + 1),
            Some(_) => "+›".to_string(),
            None => "  ".to_string(),
        };
        format!("{sel}{step}")
    }

    fn card_style(&self, stage: usize, row: usize, i: usize) -> Style {
        let t = &self.theme;
        let p = &self.account.people[i];
        let mut style = t.stance(p.stance);
        if self.steps.get(i).is_some() {
            style = style.add_modifier(Modifier::BOLD);
        }
        if self.concerned.contains(&i) {
            style = style.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
        }
        if stage == self.view.stage && row == self.view.card[stage] {
            style =
                if self.view.focus == Focus::Stages { style.patch(t.selected()) } else { style.underlined() };
        }
        style
    }

    fn column(&self, stage: usize, area: Rect, height: u16, buf: &mut Buffer) {
        let t = &self.theme;
        let Some(c) = self.view.computed() else { return };
        let col = &c.columns[stage];
        let current = stage == self.view.stage;
        let w = area.width.saturating_sub(2) as usize;
        let title =
            format!("{}{} ({})", if current { "▶" } else { "" }, Stage::ALL[stage].label(), col.len());
        let block = Block::bordered()
            .title(Span::styled(fit(&title, w), if current { t.border_focused() } else { t.title() }))
            .border_type(if current { BorderType::Thick } else { BorderType::Plain })
            .border_style(if current { t.border_focused() } else { t.border() });
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        if col.is_empty() {
            Line::styled(fit("nobody", inner.width as usize), t.dim()).render(inner, buf);
            return;
        }
        let (page, offset) = window(inner, height, col.len(), self.view.card[stage]);
        for (k, (row, &i)) in col.iter().enumerate().skip(offset).take(page).enumerate() {
            let y = inner.y + k as u16 * height;
            let rect = Rect { y, height: height.min(inner.bottom().saturating_sub(y)), ..inner };
            self.card(stage, row, i, height, rect, buf);
        }
        if offset + page < col.len() {
            let more = format!("+{} more", col.len() - offset - page);
            let row = Rect { y: inner.bottom() - 1, height: 1, ..inner };
            Line::styled(fit(&more, inner.width as usize), t.dim()).right_aligned().render(row, buf);
        }
    }

    fn card(&self, stage: usize, row: usize, i: usize, height: u16, area: Rect, buf: &mut Buffer) {
        let p = &self.account.people[i];
        let marker = self.marker(stage, row, i);
        let style = self.card_style(stage, row, i);
        let w = area.width as usize;
        if height == 1 {
            let name = fit(&p.name, w.saturating_sub(3));
            Line::from(vec![Span::raw(marker), Span::styled(name, style)]).render(area, buf);
            return;
        }
        let on_path = self.steps.get(i).is_some();
        let title = fit(&format!("{}{}", marker.trim(), inert(&p.name)), w.saturating_sub(2));
        let block = Block::bordered()
            .title(Span::styled(title, style))
            .border_type(if on_path { BorderType::Thick } else { BorderType::Rounded })
            .border_style(self.theme.stance(p.stance));
        let inner = block.inner(area);
        block.render(area, buf);
        Paragraph::new(self.details(p, inner.width as usize)).render(inner, buf);
    }

    fn details(&self, p: &Person, w: usize) -> Vec<Line<'static>> {
        let t = &self.theme;
        let stance = Span::styled(p.stance.label().to_string(), t.stance(p.stance));
        let first = vec![stance, Span::styled(format!(" · infl {}", p.influence.0), t.dim())];
        let badges: String = p.roles.iter().map(|r| r.badge()).collect();
        let cover = match p.coverage.iter().max_by_key(|c| c.strength) {
            Some(c) => {
                let who = self
                    .account
                    .team
                    .iter()
                    .find(|m| m.id == c.member)
                    .map_or(c.member.as_str(), |m| &m.name);
                let first_name = who.split_whitespace().next().unwrap_or(who);
                Span::styled(format!("{} {}", inert(first_name), c.strength.key()), t.strength(c.strength))
            }
            None => Span::styled("not covered", t.warning()),
        };
        let second = vec![Span::styled(badges, t.badge()), Span::styled(" · ", t.dim()), cover];
        [first, second].into_iter().map(|spans| super::pull_panels::fit_spans(spans, w)).collect()
    }
}

impl Widget for &Columns<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(c) = self.view.computed() else { return };
        let (shown, rects) = rects(area, self.view.stage);
        let tallest = shown.iter().map(|&s| c.columns[s].len()).max().unwrap_or(0);
        let narrowest = rects.iter().min_by_key(|r| r.width).copied().unwrap_or_default();
        let height = card_height(Block::bordered().inner(narrowest), tallest);
        for (&s, &r) in shown.iter().zip(&rects) {
            self.column(s, r, height, buf);
        }
    }
}
