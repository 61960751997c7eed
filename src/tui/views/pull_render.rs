//! Drawing the Pull view: the score (or the what-if banner), the story of the stage
//! stepped to, the stage columns, the chains under them, and the panels of red flags,
//! next best contacts and the push route. The layout is sketched in `views/pull.rs`.

use super::pull::{PathSteps, PullView, path_steps};
use super::pull_cards::{Columns, wanted_height};
use super::pull_panels::{Panels, fit_spans, model_panel, wrap};
use crate::analysis::{Analysis, PullPath, Stage, join, shown};
use crate::model::Account;
use crate::text::inert;
use crate::tui::fit::fit;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The Pull view of one account, ready to draw.
pub struct PullWidget<'a> {
    /// Stage, selections, cached analysis and scenario.
    pub view: &'a PullView,
    /// The account as saved (the scenario holds its own copy).
    pub account: &'a Account,
    /// Styles.
    pub theme: Theme,
}

/// Where the parts of the Pull view go.
#[derive(Debug, Clone, Copy)]
pub struct PullAreas {
    /// The score line, or the what-if banner and its changes.
    pub top: Rect,
    /// The story of the current stage.
    pub sentence: Rect,
    /// The stage columns.
    pub columns: Rect,
    /// The chains (best paths), one per line.
    pub chains: Rect,
    /// Red flags, next best contacts, push route.
    pub panels: Rect,
}

/// Splits the view's area. The story gets the lines it needs (up to three), the
/// columns the height of their tallest card stack (`columns`), and the panels the rest;
/// on short terminals the chains, then the panels, then the story give way first.
pub fn layout(area: Rect, what_if: bool, story: usize, paths: usize, columns: u16) -> PullAreas {
    let h = area.height;
    let top = if what_if && h >= 8 { 2 } else { 1 };
    let sentence = match h {
        0..=8 => 0,
        9..=13 => 1,
        _ => story.clamp(1, 3) as u16,
    };
    let chains = match h {
        0..=10 => 0,
        11..=15 => 1,
        16..=29 => 2,
        _ => paths.clamp(1, 5) as u16,
    };
    let panels_min = match h {
        0..=13 => 0,
        14..=17 => 5,
        _ => 7,
    };
    let room = h.saturating_sub(top + sentence + chains + panels_min);
    let columns = columns.max(3).min(room);
    let panels = if panels_min == 0 { 0 } else { h.saturating_sub(top + sentence + chains + columns) };
    let [top, sentence, columns, chains, panels] = area.layout(&Layout::vertical([
        Constraint::Length(top),
        Constraint::Length(sentence),
        Constraint::Length(columns),
        Constraint::Length(chains),
        Constraint::Length(panels),
    ]));
    PullAreas { top, sentence, columns, chains, panels }
}

impl PullWidget<'_> {
    /// The people as the screen shows them: the scenario's copy while one is open.
    fn people_source(&self) -> &Account {
        self.view.scenario.as_ref().map_or(self.account, |s| &s.account)
    }

    fn top(&self, an: &Analysis, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let w = area.width as usize;
        let stage = self.view.current_stage();
        let pos = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0) + 1;
        let stepper = format!("◀ {pos}/{} {} ▶", Stage::ALL.len(), stage.tr_label());
        let score = |text: String| crate::t!("tui-views-pull-score", score = text);
        let rows: Vec<Rect> = (0..area.height).map(|i| Rect { y: area.y + i, height: 1, ..area }).collect();
        let Some(&first) = rows.first() else { return };
        let mut left = Vec::new();
        if let Some(s) = &self.view.scenario {
            let banner = format!(" {} ", crate::t!("tui-views-whatif-banner"));
            left.push(Span::styled(banner, t.warning().reversed()));
            left.push(Span::styled(format!("  {}", score(s.delta_text())), score_style(t, an.score)));
        } else {
            left.push(Span::styled(score(format!("{}/100", an.score)), score_style(t, an.score)));
            if let Some(e) = self.view.computed().and_then(|c| c.config_error.as_ref()) {
                let ignored = crate::t!("tui-views-pull-model-ignored", error = inert(e));
                left.push(Span::styled(format!("  {ignored}"), t.warning()));
            }
        }
        let left_w: usize = left.iter().map(|s| s.width()).sum();
        let gap = w.saturating_sub(left_w + crate::tui::fit::width(&stepper));
        if gap >= 2 {
            left.push(Span::raw(" ".repeat(gap)));
            left.push(Span::styled(stepper, t.title()));
        }
        fit_spans(left, w).render(first, buf);
        if let (Some(s), Some(&second)) = (&self.view.scenario, rows.get(1)) {
            let take = crate::tui::keymap::key_for(
                crate::tui::keymap::Mode::WhatIf,
                crate::tui::action::Action::TakeStep,
            )
            .map(crate::tui::keymap::key_label);
            let step = self.view.selected_person().and_then(|i| s.suggested(i)).zip(take);
            let text = if !s.changes.is_empty() {
                crate::t!("tui-views-whatif-trying", changes = s.changes.join("; "))
            } else if let Some((step, key)) = step {
                let what = super::pull_panels::step_short(step, &s.account);
                crate::t!("tui-views-whatif-step", key = key, step = what, gain = step.gain.to_string())
            } else {
                crate::t!("tui-views-whatif-try")
            };
            Line::styled(fit(&text, w), t.warning()).render(second, buf);
        }
    }

    /// The story of the stage stepped to, labelled with the stage.
    fn story(&self, an: &Analysis) -> String {
        let stage = self.view.current_stage();
        let text = match an.stages.iter().find(|s| s.stage == stage) {
            Some(story) => story.sentence.clone(),
            None => others_sentence(self.people_source(), an),
        };
        format!("{}: {text}", stage.tr_label())
    }

    fn sentence(&self, lines: Vec<String>, area: Rect, buf: &mut Buffer) {
        let label = format!("{}: ", self.view.current_stage().tr_label());
        let t = &self.theme;
        let out: Vec<Line> = lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| match (i, l.strip_prefix(&label)) {
                (0, Some(rest)) => {
                    Line::from(vec![Span::styled(label.clone(), t.title()), Span::raw(rest.to_string())])
                }
                _ => Line::raw(l),
            })
            .take(area.height as usize)
            .collect();
        Paragraph::new(out).render(area, buf);
    }

    fn chains(&self, an: &Analysis, steps: &PathSteps, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let a = self.people_source();
        let room = area.height as usize;
        // When every chain fits: the deciders', then the payers'. Otherwise the best to a
        // decider and the best to a payer come first, so that even two lines show both
        // ends of the decision, then as many others as fit and how many are left (a big
        // account has paths to hundreds of payers).
        let mut lines: Vec<Line> = Vec::with_capacity(room.min(8));
        let (decider, payer) =
            (crate::t!("tui-views-pull-decider-path"), crate::t!("tui-views-pull-payer-path"));
        let deciders = an.decider_paths.iter().map(|p| (decider.as_str(), p));
        let payers = an.payer_paths.iter().map(|p| (payer.as_str(), p));
        let total = an.decider_paths.len().max(1) + an.payer_paths.len().max(1);
        let none_decider = || Line::styled(crate::t!("tui-views-pull-no-decider-path"), t.warning());
        let none_payer = || Line::styled(crate::t!("tui-views-pull-no-payer-path"), t.warning());
        if total <= room {
            // Everything fits: the deciders' chains, then the payers'.
            lines.extend(deciders.map(|(l, p)| self.chain_line(l, p, a, steps)));
            if an.decider_paths.is_empty() {
                lines.push(none_decider());
            }
            lines.extend(payers.map(|(l, p)| self.chain_line(l, p, a, steps)));
            if an.payer_paths.is_empty() {
                lines.push(none_payer());
            }
        } else {
            match an.decider_paths.first() {
                Some(p) => lines.push(self.chain_line(&decider, p, a, steps)),
                None => lines.push(none_decider()),
            }
            match an.payer_paths.first() {
                Some(p) => lines.push(self.chain_line(&payer, p, a, steps)),
                None => lines.push(none_payer()),
            }
            let rest = deciders.skip(1).chain(payers.skip(1));
            let more = total - 2;
            let shown = room.saturating_sub(3);
            lines.extend(rest.take(shown).map(|(label, p)| self.chain_line(label, p, a, steps)));
            if room > 2 {
                let hidden = more - shown;
                lines.push(Line::styled(crate::t!("tui-views-pull-more-paths", n = hidden), t.dim()));
            }
        }
        for (i, line) in lines.into_iter().take(room).enumerate() {
            let row = Rect { y: area.y + i as u16, height: 1, ..area };
            fit_spans(line.spans, area.width as usize).render(row, buf);
        }
    }

    fn chain_line(&self, label: &str, p: &PullPath, a: &Account, steps: &PathSteps) -> Line<'static> {
        let t = &self.theme;
        let mut spans = vec![Span::styled(format!("{label}: "), t.dim())];
        for (k, &i) in p.people.iter().enumerate() {
            if k > 0 {
                let weak = (p.people[k - 1], i) == p.weakest;
                spans.push(Span::styled(" → ", if weak { t.error() } else { t.dim() }));
            }
            let person = &a.people[i];
            if let Some(mark) = steps.get(i) {
                spans.push(Span::styled(format!("{}›", mark + 1), t.dim()));
            }
            spans.push(Span::styled(inert(&person.name).into_owned(), t.stance(person.stance).bold()));
        }
        spans.push(Span::styled(format!("  {}", shown(p.strength)), t.title()));
        // How sure the path is: its least sure judgement; below half, the path rests on
        // guesses or old news.
        let percent = format!("{:.0}", (p.confidence * 100.0).clamp(0.0, 100.0));
        let sure = format!("  {}", crate::t!("tui-views-pull-sure", percent = percent));
        spans.push(Span::styled(sure, if p.confidence < 0.5 { t.unsure() } else { t.dim() }));
        if p.people.len() > 1 {
            let (f, to) = p.weakest;
            let (from, to) = (inert(&a.people[f].name), inert(&a.people[to].name));
            let weakest = format!("  {}", crate::t!("tui-views-pull-weakest", from = from, to = to));
            spans.push(Span::styled(weakest, t.dim()));
        }
        Line::from(spans)
    }
}

/// The story of the Others column: who is in it and the push route.
fn others_sentence(a: &Account, an: &Analysis) -> String {
    if an.push_route.is_empty() {
        return crate::t!("tui-views-pull-others-no-push");
    }
    let names = join(an.push_route.iter().map(|&i| inert(&a.people[i].name).into_owned()));
    crate::t!("tui-views-pull-others-push", names = names)
}

fn score_style(t: &Theme, score: u8) -> ratatui::style::Style {
    match score {
        0..=34 => t.error(),
        35..=69 => t.warning(),
        _ => t.ok().bold(),
    }
}

impl PullWidget<'_> {
    /// The story's lines and where the parts go, for the view drawn in `area`.
    fn areas(&self, an: &Analysis, area: Rect) -> (Vec<String>, PullAreas) {
        let paths = an.decider_paths.len().max(1) + an.payer_paths.len().max(1);
        let story = wrap(&self.story(an), area.width as usize, 3);
        let tallest = self.view.computed().map_or(0, |c| c.columns.iter().map(Vec::len).max().unwrap_or(0));
        let wanted = wanted_height(area.width, tallest, self.view.stage);
        let areas = layout(area, self.view.scenario.is_some(), story.len(), paths, wanted);
        (story, areas)
    }

    /// The stage column at the point `(x, y)` of the view drawn in `area`, and the
    /// row of the card there if the point is on one (see [`super::pull_cards::card_at`]).
    /// `None` off the columns, and while the model panel covers them.
    pub fn card_at(&self, area: Rect, x: u16, y: u16) -> Option<(usize, Option<usize>)> {
        if self.view.model.is_some() {
            return None;
        }
        let an = self.view.shown()?;
        let (_, areas) = self.areas(an, area);
        super::pull_cards::card_at(self.view, areas.columns, x, y)
    }
}

impl Widget for &PullWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(an) = self.view.shown() else { return };
        let (story, areas) = self.areas(an, area);
        self.top(an, areas.top, buf);
        self.sentence(story, areas.sentence, buf);
        let fallback;
        let steps = match self.view.shown_steps() {
            Some(s) => s,
            None => {
                fallback = path_steps(an);
                &fallback
            }
        };
        let body = Rect {
            height: areas.columns.height + areas.chains.height + areas.panels.height,
            ..areas.columns
        };
        if let (Some(scroll), Some(c)) = (self.view.model, self.view.computed()) {
            return model_panel(&c.config, c.config_error.as_deref(), scroll, self.theme, body, buf);
        }
        let concerned = self.view.concerned();
        let columns = Columns {
            view: self.view,
            account: self.people_source(),
            base: self.account,
            steps,
            concerned,
            theme: self.theme,
        };
        columns.render(areas.columns, buf);
        self.chains(an, steps, areas.chains, buf);
        let panels =
            Panels { view: self.view, analysis: an, account: self.people_source(), theme: self.theme };
        panels.render(areas.panels, buf);
    }
}
