//! The stage columns of the Pull view: one card per person, coloured by stance. Cards
//! on a best path are bold with their step number (`2›`); the selected card has `▶`,
//! the people of the selected flag or next best contact `*`, people changed in a
//! what-if `~`. Roomy terminals get boxed cards with stance, how sure we are of it
//! ("observed 12d", "reported 140d", "assumed", "undated"), influence, roles, where the
//! person stands ("leaves 2027-04-01") and coverage; small ones one line per person.
//! A judgement we cannot lean on (assumed, or older than the half-life) is italic and
//! its one-line card ends in `?`; someone leaving ends in `»`; someone who has left is
//! struck through and ends in `×`. Only visible cards are built.

use super::pull::{Focus, PullView};
use crate::analysis::{PullConfig, Stage, belief};
use crate::model::{Account, Basis, Date, Person, Stance, Status};
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

/// How sure the analysis is of one person's stance, as a card says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sureness {
    /// "observed 12d", "reported 140d", "assumed", "undated"; empty for an unknown stance.
    pub words: String,
    /// Assumed, or older than the half-life (or undated): not to be leaned on.
    pub unsure: bool,
    /// Where they stand, when not simply active: "new", "leaves 2027-04-01", "left".
    pub status: Option<String>,
    /// Leaving on a day still to come (or on no day given).
    pub leaving: bool,
    /// No longer there on the day of the analysis.
    pub gone: bool,
}

/// How sure we are of `p`'s stance on `today`, from the analysis's belief.
pub fn sureness(p: &Person, cfg: &PullConfig, today: Date) -> Sureness {
    let b = belief(p, cfg, today);
    let words = if p.stance == Stance::Unknown {
        String::new()
    } else if b.basis == Basis::Assumed {
        crate::t!("tui-views-basis", basis = b.basis.key())
    } else {
        match b.age {
            Some(d) => format!("{} {}", crate::t!("tui-views-basis", basis = b.basis.key()), age(d)),
            None => crate::t!("tui-views-card-undated"),
        }
    };
    let unsure = p.stance != Stance::Unknown && (b.basis == Basis::Assumed || b.stale);
    let on = p.status_on;
    let status = match p.status() {
        Status::Active => None,
        Status::New => Some(on.map_or_else(
            || crate::t!("tui-views-card-new"),
            |d| crate::t!("tui-views-card-new-since", date = d),
        )),
        Status::Leaving if b.present => Some(on.map_or_else(
            || crate::t!("tui-views-card-leaving"),
            |d| crate::t!("tui-views-card-leaves", date = d),
        )),
        Status::Leaving | Status::Left => Some(on.map_or_else(
            || crate::t!("tui-views-card-left"),
            |d| crate::t!("tui-views-card-left-on", date = d),
        )),
    };
    let leaving = b.present && p.status() == Status::Leaving;
    Sureness { words, unsure, status, leaving, gone: !b.present }
}

/// An age in days as a card says it: `today`, `140d`, past two years `3y`.
fn age(days: i64) -> String {
    match days {
        0 => crate::t!("tui-views-detail-today"),
        730.. => crate::t!("tui-views-card-years", n = days / 365),
        _ => crate::t!("tui-views-detail-days-short", n = days),
    }
}

impl Columns<'_> {
    /// The sureness of the person at position `i`, as the view's analysis ages it.
    fn sure(&self, i: usize) -> Option<Sureness> {
        let c = self.view.computed()?;
        Some(sureness(&self.account.people[i], &c.config, c.today))
    }

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
        let sure = self.sure(i);
        let mut style = match &sure {
            Some(s) if s.gone => t.gone(),
            Some(s) if s.unsure => t.stance(p.stance).add_modifier(Modifier::ITALIC),
            _ => t.stance(p.stance),
        };
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
            format!("{}{} ({})", if current { "▶" } else { "" }, Stage::ALL[stage].tr_label(), col.len());
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
            Line::styled(fit(&crate::t!("tui-views-card-nobody"), inner.width as usize), t.dim())
                .render(inner, buf);
            return;
        }
        let (page, offset) = window(inner, height, col.len(), self.view.card[stage]);
        for (k, (row, &i)) in col.iter().enumerate().skip(offset).take(page).enumerate() {
            let y = inner.y + k as u16 * height;
            let rect = Rect { y, height: height.min(inner.bottom().saturating_sub(y)), ..inner };
            self.card(stage, row, i, height, rect, buf);
        }
        if offset + page < col.len() {
            let more = crate::t!("tui-views-card-more", n = col.len() - offset - page);
            let row = Rect { y: inner.bottom() - 1, height: 1, ..inner };
            Line::styled(fit(&more, inner.width as usize), t.dim()).right_aligned().render(row, buf);
        }
    }

    fn card(&self, stage: usize, row: usize, i: usize, height: u16, area: Rect, buf: &mut Buffer) {
        let p = &self.account.people[i];
        let marker = self.marker(stage, row, i);
        let style = self.card_style(stage, row, i);
        let sure = self.sure(i);
        let w = area.width as usize;
        if height == 1 {
            let tail = match &sure {
                Some(s) if s.gone => "×",
                Some(s) if s.leaving => "»",
                Some(s) if s.unsure => "?",
                _ => "",
            };
            let name = fit(&p.name, w.saturating_sub(3 + tail.len().min(1)));
            let mut spans = vec![Span::raw(marker), Span::styled(name, style)];
            if !tail.is_empty() {
                spans.push(Span::styled(tail, self.theme.unsure()));
            }
            Line::from(spans).render(area, buf);
            return;
        }
        let on_path = self.steps.get(i).is_some();
        let title = fit(&format!("{}{}", marker.trim(), inert(&p.name)), w.saturating_sub(2));
        let gone = sure.as_ref().is_some_and(|s| s.gone);
        let border = if gone { self.theme.dim() } else { self.theme.stance(p.stance) };
        let block = Block::bordered()
            .title(Span::styled(title, style))
            .border_type(if on_path { BorderType::Thick } else { BorderType::Rounded })
            .border_style(border);
        let inner = block.inner(area);
        block.render(area, buf);
        Paragraph::new(self.details(p, sure.as_ref(), inner.width as usize)).render(inner, buf);
    }

    fn details(&self, p: &Person, sure: Option<&Sureness>, w: usize) -> Vec<Line<'static>> {
        let t = &self.theme;
        let gone = sure.is_some_and(|s| s.gone);
        let stance_style = if gone { t.gone() } else { t.stance(p.stance) };
        let mut first = vec![Span::styled(p.stance.tr_str().to_string(), stance_style)];
        if let Some(s) = sure.filter(|s| !s.words.is_empty()) {
            first.push(Span::styled(" · ", t.dim()));
            first.push(Span::styled(s.words.clone(), if s.unsure { t.unsure() } else { t.dim() }));
        }
        // The influence only when it fits whole: a cut "in…" says nothing.
        let infl =
            Span::styled(format!(" · {}", crate::t!("tui-views-card-influence", n = p.influence.0)), t.dim());
        let used: usize = first.iter().map(|s| crate::tui::fit::width(&s.content)).sum();
        if used + crate::tui::fit::width(&infl.content) <= w {
            first.push(infl);
        }
        let badges: String = p.roles.iter().map(|r| super::people_cells::badge(*r)).collect();
        let mut second = vec![Span::styled(badges, t.badge())];
        if let Some((s, status)) = sure.and_then(|s| s.status.as_ref().map(|st| (s, st))) {
            let style = if s.gone {
                t.dim()
            } else if s.leaving {
                t.warning()
            } else {
                t.text()
            };
            second.push(Span::styled(" · ", t.dim()));
            second.push(Span::styled(status.clone(), style));
        }
        let cover = match p.coverage.iter().max_by_key(|c| c.strength) {
            Some(c) => {
                let who = self
                    .account
                    .team
                    .iter()
                    .find(|m| m.id == c.member)
                    .map_or(c.member.as_str(), |m| &m.name);
                let first_name = who.split_whitespace().next().unwrap_or(who);
                let strength = crate::t!("tui-views-strength", strength = c.strength.key());
                Span::styled(format!("{} {strength}", inert(first_name)), t.strength(c.strength))
            }
            None => Span::styled(crate::t!("tui-views-card-not-covered"), t.warning()),
        };
        second.push(Span::styled(" · ", t.dim()));
        second.push(cover);
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
