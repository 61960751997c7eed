//! Drawing the Deals view (see [`super::deals`]): the table of deals and, under it,
//! the selected deal's pull, the roles it gives, its best next step and the lens key.

use super::account_view::ViewContext;
use super::deals::{DealsView, layout, page_rows};
use crate::i18n::dates;
use crate::model::{Deal, DealStage};
use crate::t;
use crate::tui::action::Action;
use crate::tui::fit::{fit, width};
use crate::tui::keymap::{self, Mode};
use crate::tui::widgets::grid::{Cell, Col, Grid};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// The Deals view, ready to draw.
pub struct DealsWidget<'a> {
    pub view: &'a DealsView,
    pub cx: &'a ViewContext<'a>,
}

/// The mark before the name of the deal in the lens.
const LENS_MARK: &str = "◉ ";

/// The key of an action in the Deals view, as the help writes it.
fn key(action: Action) -> String {
    keymap::key_for(Mode::Deals, action).map(keymap::key_label).unwrap_or_default()
}

/// A deal's value in the account's currency (`1,200,000 EUR`), or nothing when unknown.
pub fn value_text(d: &Deal, currency: Option<&str>) -> String {
    match (d.value.as_ref(), currency) {
        (None, _) => String::new(),
        (Some(_), Some(c)) => format!("{} {}", super::portfolio::money(d.worth()), crate::text::inert(c)),
        (Some(_), None) => super::portfolio::money(d.worth()),
    }
}

/// How the customer buys, with a tender's quiet period: "Tender until 15.01.2027".
pub fn process_text(d: &Deal) -> String {
    match d.no_contact_until {
        Some(day) => t!("deals-process-until", process = d.process().tr_str(), date = dates::show(day)),
        None => d.process().tr_str().to_string(),
    }
}

fn col(head: String, min: u16, need: u16, cap: u16, priority: u8, right: bool) -> Col {
    Col { head: super::head(head), min, want: need.min(cap), need, priority, right }
}

impl DealsWidget<'_> {
    fn block(&self, title: String, area: Rect, focused: bool) -> Block<'static> {
        let t = &self.cx.theme;
        let w = area.width.saturating_sub(2) as usize;
        let border = if focused { t.border_focused() } else { t.border() };
        Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(border)
    }

    fn table(&self, area: Rect, buf: &mut Buffer) {
        let (a, t, today) = (self.cx.base, &self.cx.theme, self.cx.today);
        let open = a.deals.iter().filter(|d| d.stage().open()).count();
        let mut title = t!("deals-title", n = a.deals.len(), open = open);
        if let Some(d) = self.cx.deal.and_then(|id| a.deal(id)) {
            title = t!("deals-title-lens", title = title, deal = crate::text::inert(&d.name));
        }
        let block = self.block(title, area, true);
        let inner = block.inner(area);
        block.render(area, buf);
        if a.deals.is_empty() {
            let hint = t!("deals-empty", key = key(Action::Add));
            let lines: Vec<Line> = crate::tui::widgets::grid::wrap(&hint, inner.width.max(1) as usize)
                .into_iter()
                .map(|l| Line::styled(l, t.dim()))
                .collect();
            return Paragraph::new(lines).render(inner, buf);
        }
        let currency = a.currency.as_deref();
        let widest = |f: &dyn Fn(&Deal) -> String| {
            a.deals.iter().map(|d| width(&f(d))).max().unwrap_or(0).min(u16::MAX as usize) as u16
        };
        let mark = width(LENS_MARK) as u16;
        let cols = [
            col(t!("deals-col-deal"), 8, widest(&|d| d.name.clone()) + mark, 30, 0, false),
            col(t!("deals-col-stage"), 6, widest(&|d| d.stage().tr_str().into()), 16, 1, false),
            // A sum cut short misleads: the value column keeps its whole width.
            {
                let need = widest(&|d| value_text(d, currency));
                col(t!("deals-col-value"), need.clamp(6, 18), need, 18, 2, true)
            },
            col(t!("deals-col-close"), 10, 10, 10, 4, false),
            col(t!("deals-col-competitors"), 8, widest(&|d| d.competitors.join(", ")), 30, 5, false),
            col(t!("deals-col-process"), 6, widest(&process_text), 28, 3, false),
            col(t!("deals-col-pull"), 4, 4, 4, 1, true),
        ];
        let v = self.view;
        let lens = self.cx.deal;
        (&Grid {
            cols: &cols,
            len: a.deals.len(),
            row: |i| {
                let d = &a.deals[i];
                let ended = !d.stage().open();
                let text = if ended { t.dim() } else { t.text() };
                let name = if lens == Some(d.id.as_str()) {
                    format!("{LENS_MARK}{}", d.name)
                } else {
                    d.name.clone()
                };
                let stage = match d.stage() {
                    DealStage::Won => t.ok(),
                    _ => text,
                };
                let late = !ended && d.close.is_some_and(|c| c < today);
                // A quiet period still running: no steps with their people for now.
                let quiet = d.quiet_on(today);
                let score = v.summaries().get(i).filter(|s| s.id == d.id).map(|s| s.score);
                vec![
                    Cell::new(name, text),
                    Cell::new(d.stage().tr_str(), stage),
                    Cell::new(value_text(d, currency), text),
                    Cell::new(
                        d.close.map(dates::show).unwrap_or_default(),
                        if late { t.error() } else { text },
                    ),
                    Cell::new(d.competitors.join(", "), text),
                    Cell::new(process_text(d), if quiet && !ended { t.warning() } else { text }),
                    Cell::new(score.map(|s| s.to_string()).unwrap_or_default(), score_style(t, score, text)),
                ]
            },
            selected: v.selected_deal(a),
            offset: v.offset(page_rows(area)),
            theme: *t,
        })
            .render(inner, buf);
    }

    fn detail(&self, area: Rect, buf: &mut Buffer) {
        let (a, t) = (self.cx.base, &self.cx.theme);
        let Some(i) = self.view.selected_deal(a) else {
            let block = self.block(t!("deals-detail-none"), area, false);
            let inner = block.inner(area);
            block.render(area, buf);
            let hint = crate::tui::widgets::grid::wrap(&t!("deals-detail-hint"), inner.width.max(1) as usize);
            let lines: Vec<Line> = hint.into_iter().map(|l| Line::styled(l, t.dim())).collect();
            return Paragraph::new(lines).render(inner, buf);
        };
        let d = &a.deals[i];
        let block = self.block(crate::text::inert(&d.name).into_owned(), area, false);
        let inner = block.inner(area);
        block.render(area, buf);
        let w = inner.width as usize;
        let mut lines = Vec::new();
        if let Some(s) = self.view.summaries().get(i).filter(|s| s.id == d.id) {
            let pull = t!("deals-detail-pull", score = s.score.to_string(), flags = s.flags);
            lines.push(Line::styled(fit(&pull, w), score_style(t, Some(s.score), t.text())));
            let roles = if s.own_roles.is_empty() {
                t!("deals-detail-no-own-roles")
            } else {
                t!("deals-detail-own-roles", roles = s.own_roles.join("; "))
            };
            lines.push(Line::styled(fit(&roles, w), t.text()));
            let next = match (&s.next, &s.held) {
                (Some(step), _) => t!("deals-detail-next", step = step.clone()),
                (None, Some(why)) => why.clone(),
                (None, None) => t!("deals-detail-no-next"),
            };
            lines.push(Line::styled(fit(&next, w), t.text()));
        }
        let hint = if self.cx.deal == Some(d.id.as_str()) {
            t!("deals-detail-lens-on", key = key(Action::DealLens))
        } else {
            t!("deals-detail-lens-off", key = key(Action::DealLens))
        };
        lines.push(Line::styled(fit(&hint, w), t.dim()));
        Paragraph::new(lines).render(inner, buf);
    }
}

/// A pull score's colour: green from 60, amber from 30, red below.
fn score_style(t: &crate::tui::theme::Theme, score: Option<u8>, plain: Style) -> Style {
    match score {
        Some(s) if s >= 60 => t.ok(),
        Some(s) if s >= 30 => t.warning(),
        Some(_) => t.error(),
        None => plain,
    }
}

impl Widget for &DealsWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [table, detail] = layout(area);
        self.table(table, buf);
        self.detail(detail, buf);
    }
}
