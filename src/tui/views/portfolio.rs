//! Drawing the portfolio screen: the portfolio's red flags, each a sentence, above the
//! table of accounts; the selected file's path (or why it does not load) below.
//!
//! ```text
//! ┌Portfolio · 4 accounts · revenue 3,450,000 · top 1 52% · top 3 91% · HHI 3,480┐
//! │▲ Revenue is concentrated: the largest account brings 52%, ...                 │
//! └───────────────────────────────────────────────────────────────────────────────┘
//! ┌Accounts in /data · sorted by pull score, lowest first─────────────────────────┐
//! │Account            Tier     Revenue Share Score Flags Contact    Open Overdue  │
//! │Volga Pipe Works   Key      850,000 24.6%    28     4 2026-11-20    3       1  │
//! └───────────────────────────────────────────────────────────────────────────────┘
//! ```

use super::accounts::{AccountRow, AccountsView};
use super::sync_marks::Marks;
use crate::analysis::portfolio::{AccountFigures, PortfolioConfig, PortfolioFlagCode};
use crate::analysis::portfolio_text::{amount, share};
use crate::model::Date;
use crate::tui::action::Action;
use crate::tui::app::sync_texts as sync_words;
use crate::tui::fit::{fit, width};
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::grid::{Cell, Col, Grid, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

const INFO_HEIGHT: u16 = 4;

/// Where the parts of the portfolio screen go: flags, table, the strategy panel (no
/// rows when there is nothing for it), info.
pub fn layout(view: &AccountsView, area: Rect) -> [Rect; 4] {
    let inner = area.width.saturating_sub(2) as usize;
    let wanted = flag_lines(view, inner, true).len().max(1) as u16 + 2;
    // The table keeps room for all its rows, or at least half of what is left; the
    // flags get the rest (a cut flag says how many lines are hidden).
    // On a short screen the rows matter more than the selected file's path.
    let info = if area.height >= 20 { INFO_HEIGHT } else { 0 };
    let strategy = super::portfolio_strategy::height(view.portfolio(), area);
    let strategy = if area.height.saturating_sub(info) >= strategy + 10 { strategy } else { 0 };
    let room = area.height.saturating_sub(info + strategy);
    let table = (view.rows().len() as u16 + 3).min(room / 2).max(4);
    let flags = wanted.min(room.saturating_sub(table)).max(3.min(room));
    area.layout(&Layout::vertical([
        Constraint::Length(flags),
        Constraint::Fill(1),
        Constraint::Length(strategy),
        Constraint::Length(info),
    ]))
}

/// Rows of the table visible in a screen body of this size.
pub fn page_rows(view: &AccountsView, body: Rect) -> usize {
    layout(view, body)[1].height.saturating_sub(3) as usize
}

/// The flags as lines, each flag's first line marked: wrapped, or one line a flag (cut).
fn flag_lines(view: &AccountsView, width: usize, wrapped: bool) -> Vec<(String, PortfolioFlagCode, bool)> {
    let mut out = Vec::new();
    for f in &view.portfolio().flags {
        let lines = if wrapped {
            wrap(&f.message, width.saturating_sub(2))
        } else {
            vec![fit(&f.message, width.saturating_sub(2))]
        };
        for (i, l) in lines.into_iter().enumerate() {
            let mark = if i == 0 { "▲ " } else { "  " };
            out.push((format!("{mark}{l}"), f.code, i == 0));
        }
    }
    out
}

/// Whole units with thousands grouped: with commas in English (as `dmu portfolio`
/// prints them), with spaces in Russian (`1 200 000`).
pub fn money(v: f64) -> String {
    let whole = v.round() as i64;
    if crate::i18n::lang() != crate::i18n::Lang::En {
        return crate::i18n::numbers::show_int(whole);
    }
    let digits = whole.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if whole < 0 { format!("-{out}") } else { out }
}

/// The portfolio screen, ready to draw.
pub struct PortfolioWidget<'a> {
    /// The list state with its figures.
    pub view: &'a AccountsView,
    /// Styles.
    pub theme: Theme,
    /// The data folder, shown in the title.
    pub root: String,
}

impl PortfolioWidget<'_> {
    fn flags(&self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let p = self.view.portfolio();
        let c = &p.concentration;
        let n = p.accounts.len();
        let revenue = match &p.currency {
            Some(c) => format!("{} {}", money(p.total_revenue), crate::text::inert(c)),
            None => money(p.total_revenue),
        };
        // Shares are passed as text: rounded to whole percents, never plural forms.
        let title = crate::t!(
            "tui-views-portfolio-title",
            n = n,
            revenue = revenue,
            top1 = format!("{:.0}", c.top1_share * 100.0),
            top3 = format!("{:.0}", c.top3_share * 100.0),
            hhi = money(c.hhi)
        );
        let w = area.width.saturating_sub(2) as usize;
        let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        let lines: Vec<Line> = if p.flags.is_empty() {
            vec![Line::styled(fit(&crate::t!("tui-views-portfolio-no-flags"), w), t.dim())]
        } else {
            let fits = inner.height as usize;
            let mut all = flag_lines(self.view, w, true);
            if all.len() > fits {
                // Every flag on one line beats some flags whole.
                all = flag_lines(self.view, w, false);
            }
            if all.len() > fits && fits > 0 {
                let hidden = all.len() - fits + 1;
                all.truncate(fits - 1);
                let more = crate::t!("tui-views-portfolio-more-flags", n = hidden);
                all.push((fit(&more, w), PortfolioFlagCode::RisingDemands, true));
            }
            all.into_iter()
                .map(|(text, code, _)| {
                    let style = match code {
                        PortfolioFlagCode::Concentration
                        | PortfolioFlagCode::KeyAccountAtRisk
                        | PortfolioFlagCode::MarginSqueeze => t.error(),
                        _ => t.warning(),
                    };
                    Line::styled(text, style)
                })
                .collect()
        };
        Paragraph::new(lines).render(inner, buf);
    }

    /// The cells of a row; `marks` when the marks column is shown (after the name).
    fn cells(
        &self,
        row: &AccountRow,
        fig: Option<&AccountFigures>,
        today: Date,
        marks: Option<Marks>,
        extra: Extra,
    ) -> Vec<Cell> {
        let t = &self.theme;
        let mark = marks.map(|m| {
            let style = if m.conflicts > 0 { t.warning() } else { t.text() };
            Cell::new(sync_words::marks(m.conflicts, m.changed), style)
        });
        let Some(f) = fig else {
            let err = row.summary.as_ref().err().cloned().unwrap_or_default();
            let mut cells = vec![Cell::new(format!("{}.json", row.slug), t.text())];
            cells.extend(mark.map(|_| Cell::new("", t.text())));
            cells.push(Cell::new(format!("⚠ {err}"), t.error()));
            return cells;
        };
        let cfg = PortfolioConfig::default();
        let score_style = match f.score {
            Some(s) if s < cfg.key_score_min => t.error(),
            _ => t.text(),
        };
        let flags_style = match f.red_flags {
            0 => t.text(),
            1 | 2 => t.warning(),
            _ => t.error(),
        };
        let quiet = f.last_contact.is_none_or(|d| today.days_since(d) > cfg.neglect_days);
        let mut cells = vec![Cell::new(f.name.clone(), t.text())];
        cells.extend(mark);
        cells.extend([
            Cell::new(f.tier.tr_str(), t.text()),
            Cell::new(amount(f, f.revenue), t.text()),
            Cell::new(share(f), t.text()),
        ]);
        if extra.margins {
            let mean = self.view.portfolio().mean_margin;
            let text = f.margin.map_or_else(|| "–".to_string(), crate::analysis::portfolio_deals::percent);
            // A margin well below the portfolio's stands out before any flag says why.
            let low = f
                .margin
                .zip(mean)
                .is_some_and(|(m, mean)| crate::analysis::portfolio_deals::well_below(m, mean));
            cells.push(Cell::new(text, if low { t.warning() } else { t.text() }));
        }
        if extra.pipeline {
            let text = if f.open_deals == 0 { "–".to_string() } else { amount(f, f.pipeline_value) };
            cells.push(Cell::new(text, t.text()));
        }
        cells.extend([
            Cell::new(amount(f, f.potential), t.text()),
            Cell::new(f.score.map_or("–".into(), |s| s.to_string()), score_style),
            Cell::new(if f.people == 0 { "–".into() } else { f.red_flags.to_string() }, flags_style),
            Cell::new(
                f.last_contact.map_or_else(|| crate::t!("tui-views-never"), crate::i18n::dates::show),
                if quiet { t.warning() } else { t.text() },
            ),
            Cell::new(f.open_followups.to_string(), t.text()),
            Cell::new(
                f.overdue_followups.to_string(),
                if f.overdue_followups > 0 { t.error() } else { t.text() },
            ),
        ]);
        cells
    }

    /// What the selected account's marks mean, below the table.
    fn marks_info(&self, m: Marks) -> Vec<Line<'static>> {
        let t = &self.theme;
        let mut out = Vec::new();
        if m.conflicts > 0 {
            let key = crate::tui::keymap::key_for(Mode::People, Action::ShowConflicts)
                .map_or_else(String::new, crate::tui::keymap::key_label);
            out.push(Line::styled(sync_words::info_conflicts(m.conflicts, &key), t.warning()));
        }
        if m.changed > 0 {
            out.push(Line::styled(sync_words::info_changed(m.changed), t.text()));
        }
        out
    }
}

/// The strategy columns a table shows, each only when some account has its figure.
#[derive(Debug, Clone, Copy)]
struct Extra {
    margins: bool,
    pipeline: bool,
}

fn col(head: String, min: u16, want: u16, priority: u8, right: bool) -> Col {
    Col { head: super::head(head), min, want, need: want, priority, right }
}

impl Widget for &PortfolioWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let v = self.view;
        let [flags, list, strategy, info] = layout(v, area);
        self.flags(flags, buf);
        let panel = super::portfolio_strategy::StrategyPanel { portfolio: v.portfolio(), theme: *t };
        (&panel).render(strategy, buf);
        let (sort, rev) = v.sort();
        let title = if rev {
            crate::t!("tui-views-portfolio-list-title-reversed", root = &self.root, sort = sort.label())
        } else {
            crate::t!("tui-views-portfolio-list-title", root = &self.root, sort = sort.label())
        };
        let w = list.width.saturating_sub(2) as usize;
        let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
        let inner = block.inner(list);
        block.render(list, buf);
        let rows: Vec<_> = v.display().collect();
        if rows.is_empty() {
            Paragraph::new(fit(&crate::t!("tui-views-portfolio-empty"), w)).style(t.dim()).render(inner, buf);
        } else {
            let name_w = rows.iter().map(|(r, f)| f.map_or(width(&r.slug) + 5, |f| width(&f.name))).max();
            // An amount in another currency carries its code (`12,000,000 RUB`).
            let money_w = rows.iter().filter_map(|(_, f)| *f).map(|f| width(&amount(f, f.revenue))).max();
            let money_w = money_w.unwrap_or(0).clamp(11, 16) as u16;
            let name_w = name_w.unwrap_or(10).min(u16::MAX as usize) as u16;
            // The marks column (conflicts, changes since the last sync) only when an
            // account has one.
            let marked = v.any_marks();
            let marks: Vec<Marks> = if marked { v.display_marks().collect() } else { Vec::new() };
            let mut cols = vec![Col {
                need: name_w,
                ..col(crate::t!("tui-views-col-account"), 10, name_w.min(40), 0, false)
            }];
            if marked {
                let mark_w = marks.iter().map(|m| width(&sync_words::marks(m.conflicts, m.changed))).max();
                let mark_w = mark_w.unwrap_or(0).clamp(4, 8) as u16;
                cols.push(col(crate::i18n::fixed("tui-app-sync-column").to_string(), 4, mark_w, 1, false));
            }
            cols.extend([
                col(crate::t!("tui-views-col-tier"), 8, 8, 3, false),
                col(crate::t!("tui-views-col-revenue"), 9, money_w, 1, true),
                col(crate::t!("tui-views-col-share"), 6, 6, 6, true),
            ]);
            // The margin column only when an account gives one; the open deals' value
            // only when an account has an open deal, and first to go when narrow.
            let extra = Extra {
                margins: v.portfolio().accounts.iter().any(|f| f.margin.is_some()),
                pipeline: v.portfolio().accounts.iter().any(|f| f.open_deals > 0),
            };
            if extra.margins {
                cols.push(col(crate::t!("strategy-tui-col-margin"), 6, 6, 2, true));
            }
            if extra.pipeline {
                cols.push(col(crate::t!("strategy-tui-col-pipeline"), 9, money_w, 8, true));
            }
            cols.extend([
                col(crate::t!("tui-views-col-potential"), 9, money_w, 7, true),
                col(crate::t!("tui-views-col-score"), 5, 5, 1, true),
                col(crate::t!("tui-views-col-flags"), 5, 5, 1, true),
                col(crate::t!("tui-views-col-contact"), 10, 10, 4, false),
                col(crate::t!("tui-views-col-open"), 4, 4, 5, true),
                col(crate::t!("tui-views-col-overdue"), 7, 7, 2, true),
            ]);
            let page = inner.height.saturating_sub(1) as usize;
            let today = v.portfolio().today;
            (&Grid {
                cols: &cols,
                len: rows.len(),
                row: |i| self.cells(rows[i].0, rows[i].1, today, marked.then(|| marks[i]), extra),
                selected: Some(v.selected_row()),
                offset: scroll_into_view(v.offset(), v.selected_row(), page),
                theme: *t,
            })
                .render(inner, buf);
        }
        let text = match v.selected() {
            Some(AccountRow { summary: Err(e), path, .. }) => Line::from(vec![
                Span::styled(format!("{} ", crate::t!("tui-views-portfolio-bad-file")), t.error()),
                Span::raw(fit(&format!("{}: {e}", path.display()), usize::MAX)),
            ]),
            Some(AccountRow { path, .. }) => {
                Line::styled(fit(&path.display().to_string(), usize::MAX), t.dim())
            }
            None => Line::default(),
        };
        // The marks say what to do, so they come first; the path after them.
        let mut lines = self.marks_info(v.selected_marks());
        lines.push(text);
        let text = lines;
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().border_style(t.border()))
            .render(info, buf);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn money_groups_thousands() {
        assert_eq!(super::money(850_000.0), "850,000");
        assert_eq!(super::money(1234.4), "1,234");
        assert_eq!(super::money(-5.0), "-5");
    }
}
