//! The portfolio screen's strategy panel, under the table: the margin across the
//! portfolio, the revenue at risk if key accounts drop their status, the pipeline of
//! open deals and the account plans' value. On a small screen it is one line; with room
//! the pipeline by stage and the plans by kind stand side by side under it.
//!
//! ```text
//! ┌Deals and plans───────────────────────────────────────────────────────────────┐
//! │Margin 14.3% · at risk 2,050,000 of 2,050,000                                 │
//! │Pipeline 2 deals 950,000 · plans 140,000 planned, 40,000 running              │
//! └──────────────────────────────────────────────────────────────────────────────┘
//! ```
//!
//! Shown only when some account has a margin, a deal or a plan: a portfolio without
//! them looks as it always has.

use super::portfolio::money;
use crate::analysis::portfolio::Portfolio;
use crate::analysis::portfolio_deals::percent;
use crate::tui::fit::fit;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// Whether the portfolio has anything for the panel.
pub fn has_content(p: &Portfolio) -> bool {
    p.mean_margin.is_some() || !p.pipeline.is_empty() || !p.plan.is_empty()
}

/// The rows the panel takes in a screen body of this size (0: not shown): the two
/// summary lines and the border when small, the stage and kind lists as well when the
/// body is tall.
pub fn height(p: &Portfolio, body: Rect) -> u16 {
    if !has_content(p) {
        return 0;
    }
    if body.height >= 36 && body.width >= 100 {
        // The summary, a blank line, a heading and one line per stage or kind.
        4 + p.pipeline.len().max(p.plan.len()).min(6) as u16 + 2
    } else {
        4
    }
}

/// An amount in the portfolio's currency, as the table shows them (the flags panel's
/// title names the currency).
fn amount(_p: &Portfolio, x: f64) -> String {
    money(x)
}

/// The panel, ready to draw.
pub struct StrategyPanel<'a> {
    pub portfolio: &'a Portfolio,
    pub theme: Theme,
}

impl StrategyPanel<'_> {
    /// The summary in two lines: the margin and the revenue at risk; the pipeline and
    /// the plans' totals.
    fn summary(&self) -> [Vec<String>; 2] {
        let p = self.portfolio;
        let mut parts = Vec::new();
        let mut work = Vec::new();
        if let Some(m) = p.mean_margin {
            parts.push(crate::t!("strategy-tui-margin", margin = percent(m)));
        }
        if p.key_revenue > 0.0 {
            parts.push(crate::t!(
                "strategy-tui-at-risk",
                risk = amount(p, p.revenue_at_risk),
                key = amount(p, p.key_revenue)
            ));
        }
        if !p.pipeline.is_empty() {
            let deals: usize = p.pipeline.iter().map(|s| s.deals).sum();
            let value: f64 = p.pipeline.iter().map(|s| s.value).sum();
            work.push(crate::t!("strategy-tui-pipeline", n = deals, value = amount(p, value)));
        }
        if !p.plan.is_empty() {
            let (planned, running) =
                p.plan.iter().fold((0.0, 0.0), |(a, b), k| (a + k.planned, b + k.running));
            work.push(crate::t!(
                "strategy-tui-plan",
                planned = amount(p, planned),
                running = amount(p, running)
            ));
        }
        [parts, work]
    }

    fn stages(&self) -> Vec<Line<'static>> {
        let p = self.portfolio;
        let mut lines = vec![Line::styled(crate::t!("strategy-tui-pipeline-head"), self.theme.title())];
        for s in &p.pipeline {
            let score = s.mean_score.map_or_else(|| "–".to_string(), |x| x.to_string());
            lines.push(Line::raw(crate::t!(
                "strategy-tui-stage",
                stage = s.stage.tr_str(),
                n = s.deals,
                value = amount(p, s.value),
                score = score
            )));
        }
        lines
    }

    fn kinds(&self) -> Vec<Line<'static>> {
        let p = self.portfolio;
        let mut lines = vec![Line::styled(crate::t!("strategy-tui-plan-head"), self.theme.title())];
        for k in &p.plan {
            lines.push(Line::raw(crate::t!(
                "strategy-tui-kind",
                kind = k.kind.tr_str(),
                planned = amount(p, k.planned),
                running = amount(p, k.running)
            )));
        }
        lines
    }
}

impl Widget for &StrategyPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height < 3 {
            return;
        }
        let t = &self.theme;
        let w = area.width.saturating_sub(2) as usize;
        let block = Block::bordered()
            .title(Span::styled(fit(&crate::t!("strategy-tui-title"), w), t.title()))
            .border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        let [money_line, work_line] = self.summary();
        let style = if self.portfolio.revenue_at_risk > 0.0 { t.warning() } else { t.text() };
        let lines = vec![
            Line::styled(fit(&money_line.join(" · "), w), style),
            Line::styled(fit(&work_line.join(" · "), w), t.text()),
        ];
        Paragraph::new(lines).render(Rect { height: inner.height.min(2), ..inner }, buf);
        if inner.height < 4 {
            return;
        }
        let rest = Rect { y: inner.y + 3, height: inner.height - 3, ..inner };
        let [left, right] = rest.layout(&Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]));
        let cut = |lines: Vec<Line<'static>>, w: u16| -> Vec<Line<'static>> {
            lines.into_iter().map(|l| Line::styled(fit(&l.to_string(), w as usize), l.style)).collect()
        };
        if !self.portfolio.pipeline.is_empty() {
            Paragraph::new(cut(self.stages(), left.width.saturating_sub(1))).render(left, buf);
        }
        let plan_at = if self.portfolio.pipeline.is_empty() { left } else { right };
        if !self.portfolio.plan.is_empty() {
            Paragraph::new(cut(self.kinds(), plan_at.width)).render(plan_at, buf);
        }
    }
}
