//! The panels under the Pull view's columns: red flags, next best contacts (the
//! selected entry opens to its whole sentence) and the push route; the model-weights
//! panel; and the text fitting they share (wrapping and cutting styled lines by
//! terminal columns).

use super::pull::{Focus, PullView};
use crate::analysis::{Analysis, NextStep, PullConfig, Step};
use crate::model::Account;
use crate::text::inert;
use crate::tui::fit::{fit, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// The panels, ready to draw.
pub struct Panels<'a> {
    /// Focus and selections.
    pub view: &'a PullView,
    /// The analysis shown (the scenario's in a what-if).
    pub analysis: &'a Analysis,
    /// The people as shown.
    pub account: &'a Account,
    /// Styles.
    pub theme: Theme,
}

/// Words of `text` in lines of at most `w` columns, at most `max` lines; the last line
/// ends in `…` when text is left over. Words wider than a line are cut.
pub fn wrap(text: &str, w: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // The line's width is kept as words are added (measuring the whole line again per
    // word made a long sentence cost its length squared, every frame).
    let mut line_w = 0;
    for word in inert(text).split_whitespace() {
        let word_w = width(word);
        let joined_w = if line.is_empty() { word_w } else { line_w + 1 + word_w };
        if joined_w <= w {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            line_w = joined_w;
            continue;
        }
        if lines.len() == max {
            // Past the lines shown: the rest only decides that an ellipsis is due.
            lines.push(String::new());
            line.clear();
            break;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        line = fit(word, w);
        line_w = width(&line);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            // Drop whole words until the ellipsis fits, so no word is cut in half.
            while width(&format!("{last} …")) > w {
                match last.rfind(' ') {
                    Some(i) => last.truncate(i),
                    None => break,
                }
            }
            *last = fit(&format!("{last} …"), w);
        }
    }
    lines
}

/// Styled spans cut to `w` columns (the last one kept ends in `…` when cut).
pub fn fit_spans(spans: Vec<Span<'static>>, w: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let sw = width(&s.content);
        if used + sw <= w {
            used += sw;
            out.push(s);
            continue;
        }
        let cut = fit(&s.content, w - used);
        if !cut.is_empty() {
            out.push(Span::styled(cut, s.style));
        }
        break;
    }
    Line::from(out)
}

/// A next step in a few words: "meet Bell", "introduce: Okoro → Marsh", "verify
/// Mulder", "neutralise Fedorov", "win over Волков: neutral → supporter". `a` is the
/// account the step was suggested on.
pub fn step_short(s: &NextStep, a: &Account) -> String {
    let person = |i: usize| a.people.get(i).map_or(String::new(), |p| inert(&p.name).into_owned());
    let member = |m: usize| a.team.get(m).map_or(String::new(), |t| inert(&t.name).into_owned());
    let who = person(s.person);
    let via = s.via.map(person);
    let label = s.step.tr_label();
    let stance = |st: crate::model::Stance| crate::t!("tui-views-stance-word", stance = st.key());
    match (s.step, via) {
        (Step::Introduce | Step::TestChampion | Step::MultiThread, Some(via)) => {
            crate::t!("tui-views-step-via", label = label, via = via, who = who)
        }
        (Step::TechnicalPeer, _) => match s.member {
            Some(m) => crate::t!("tui-views-step-member", label = label, member = member(m), who = who),
            None => crate::t!("tui-views-step-for", label = label, who = who),
        },
        (Step::RaiseStance, _) => {
            let before = a.people.get(s.person).map_or(s.after.stance, |p| p.stance);
            let (from, to) = (stance(before), stance(s.after.stance));
            crate::t!("tui-views-step-stance", label = label, who = who, from = from, to = to)
        }
        (Step::Cover, _) => {
            let how = s
                .after
                .best_coverage()
                .map_or_else(String::new, |c| crate::t!("tui-views-strength", strength = c.key()));
            match s.member {
                Some(m) => {
                    crate::t!("tui-views-step-cover", label = label, who = who, member = member(m), how = how)
                }
                None => crate::t!("tui-views-step-who", label = label, who = who),
            }
        }
        _ => crate::t!("tui-views-step-who", label = label, who = who),
    }
}

impl Panels<'_> {
    fn block(&self, title: String, focused: bool, w: u16) -> Block<'static> {
        let t = &self.theme;
        Block::bordered()
            .title(Span::styled(fit(&title, w.saturating_sub(2) as usize), t.title()))
            .border_style(if focused { t.border_focused() } else { t.border() })
    }

    /// A list of entries sharing the rows: the selected one (when focused) first gets
    /// its whole text, then the others one line more each in turn until the rows run out
    /// or all are whole; a cut entry ends in `…`. Scrolled so the selected one shows.
    fn list(
        &self,
        entries: Vec<(Span<'static>, String)>,
        selected: usize,
        focused: bool,
        area: Rect,
        buf: &mut Buffer,
    ) {
        let (w, h) = (area.width as usize, area.height as usize);
        if h == 0 || w == 0 || entries.is_empty() {
            return;
        }
        let body_w = |lead: &Span| w.saturating_sub(width(&lead.content) + 1);
        let whole: Vec<usize> =
            entries.iter().map(|(lead, text)| wrap(text, body_w(lead), h).len().max(1)).collect();
        let mut budget = vec![1; entries.len()];
        let mut left = h.saturating_sub(entries.len());
        if focused {
            let extra = (whole[selected] - 1).min(left);
            budget[selected] += extra;
            left -= extra;
        }
        while left > 0 {
            let before = left;
            for (b, &full) in budget.iter_mut().zip(&whole) {
                if left > 0 && *b < full {
                    *b += 1;
                    left -= 1;
                }
            }
            if left == before {
                break;
            }
        }
        let mut lines: Vec<Line> = Vec::new();
        let (mut start, mut end) = (0, 0);
        for (k, ((lead, text), rows)) in entries.iter().zip(budget).enumerate() {
            let is_sel = k == selected;
            if is_sel {
                start = lines.len();
            }
            let pointer = if is_sel && focused { "▶" } else { " " };
            let style = if is_sel && !focused { self.theme.selected_unfocused() } else { Style::new() };
            let pad = " ".repeat(width(&lead.content));
            for (j, l) in wrap(text, body_w(lead), rows).into_iter().enumerate() {
                let head = if j == 0 { lead.clone() } else { Span::raw(pad.clone()) };
                let p = if j == 0 { pointer } else { " " };
                lines.push(Line::from(vec![Span::raw(p), head, Span::styled(l, style)]));
            }
            if is_sel {
                end = lines.len();
            }
        }
        // The whole selected entry when it fits, else its start.
        let offset = end.saturating_sub(h).min(start);
        let shown: Vec<Line> = lines.into_iter().skip(offset).take(h).collect();
        Paragraph::new(shown).render(area, buf);
    }

    fn flags(&self, area: Rect, buf: &mut Buffer) {
        let an = self.analysis;
        let focused = self.view.focus == Focus::Flags;
        let title = match &self.view.scenario {
            Some(s) if s.base_flags != an.red_flags.len() => {
                crate::t!("tui-views-pull-flags-was", n = an.red_flags.len(), was = s.base_flags)
            }
            _ => crate::t!("tui-views-pull-flags", n = an.red_flags.len()),
        };
        let block = self.block(title, focused, area.width);
        let inner = block.inner(area);
        block.render(area, buf);
        if an.red_flags.is_empty() {
            return Line::styled(
                fit(&crate::t!("tui-views-pull-no-flags"), inner.width as usize),
                self.theme.ok(),
            )
            .render(inner, buf);
        }
        let entries = an
            .red_flags
            .iter()
            .map(|f| (Span::styled("! ", self.theme.error()), f.message.clone()))
            .collect();
        let selected = self.view.flag.min(an.red_flags.len() - 1);
        self.list(entries, selected, focused, inner, buf);
    }

    fn next_best(&self, area: Rect, buf: &mut Buffer) {
        let an = self.analysis;
        let focused = self.view.focus == Focus::NextBest;
        let block =
            self.block(crate::t!("tui-views-pull-next-best", n = an.next_best.len()), focused, area.width);
        let inner = block.inner(area);
        block.render(area, buf);
        if an.next_best.is_empty() {
            // A tender's quiet period first: the steps are there, the rules hold them.
            // Otherwise say what would raise it: the missing role, coverage, link or the
            // vetoes.
            let (text, style) = match &an.quiet {
                Some(q) => (q.sentence(), self.theme.warning()),
                None => (
                    an.when_stuck.clone().unwrap_or_else(|| crate::t!("tui-views-pull-stuck")),
                    self.theme.dim(),
                ),
            };
            let lines: Vec<Line> = wrap(&text, inner.width as usize, inner.height as usize)
                .into_iter()
                .map(|l| Line::styled(l, style))
                .collect();
            return ratatui::widgets::Paragraph::new(lines).render(inner, buf);
        }
        let entries = an
            .next_best
            .iter()
            .map(|s| {
                // The whole reason where there is room for it, else who and what.
                let roomy = focused || inner.width >= 50;
                let text = if roomy { s.reason.clone() } else { step_short(s, self.account) };
                (Span::styled(format!("+{:<2} ", s.gain), self.theme.ok().bold()), text)
            })
            .collect();
        let selected = self.view.next.min(an.next_best.len() - 1);
        self.list(entries, selected, focused, inner, buf);
    }

    fn push_route(&self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let block = self.block(crate::t!("tui-views-pull-push-route"), false, area.width);
        let inner = block.inner(area);
        block.render(area, buf);
        let w = inner.width as usize;
        let mut lines = vec![Line::styled(fit(&crate::t!("tui-views-pull-via-purchasing"), w), t.dim())];
        if self.analysis.push_route.is_empty() {
            lines = vec![Line::styled(fit(&crate::t!("tui-views-pull-no-push"), w), t.dim())];
        }
        for &i in &self.analysis.push_route {
            let p = &self.account.people[i];
            lines.push(Line::styled(fit(&p.name, w), t.stance(p.stance)));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

impl Widget for &Panels<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        if area.width >= 60 {
            let [flags, next, push] = area.layout(&Layout::horizontal([
                Constraint::Fill(5),
                Constraint::Fill(5),
                Constraint::Fill(3),
            ]));
            self.flags(flags, buf);
            self.next_best(next, buf);
            self.push_route(push, buf);
        } else {
            let [flags, next] = area.layout(&Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]));
            self.flags(flags, buf);
            self.next_best(next, buf);
        }
    }
}

/// The model's weights and thresholds (the account's override applied), scrolled.
pub fn model_panel(
    cfg: &PullConfig,
    error: Option<&str>,
    scroll: u16,
    t: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    Clear.render(area, buf);
    let w = area.width.saturating_sub(2) as usize;
    let block = Block::bordered()
        .title(Span::styled(fit(&crate::t!("tui-views-model-title"), w), t.title()))
        .title_bottom(Span::styled(fit(&crate::t!("tui-views-model-hint"), w), t.dim()))
        .border_style(t.border_focused());
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines = Vec::new();
    if let Some(e) = error {
        for l in wrap(&crate::t!("tui-views-model-ignored", error = e), inner.width as usize, 3) {
            lines.push(Line::styled(l, t.warning()));
        }
    }
    for d in cfg.describe() {
        let (key, rest) = d.split_once(" = ").unwrap_or((d.as_str(), ""));
        let text = format!("{key} = {rest}");
        for (j, l) in wrap(&text, inner.width as usize, 4).into_iter().enumerate() {
            let l = if j == 0 { l } else { format!("  {l}") };
            match (j, l.strip_prefix(key)) {
                (0, Some(tail)) => lines.push(Line::from(vec![
                    Span::styled(key.to_string(), t.key()),
                    Span::raw(tail.to_string()),
                ])),
                _ => lines.push(Line::raw(l)),
            }
        }
    }
    let max = lines.len().saturating_sub(inner.height as usize);
    Paragraph::new(lines).scroll(((scroll as usize).min(max) as u16, 0)).render(inner, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_marks_what_is_left_over() {
        assert_eq!(
            wrap("the case reaches 佐藤 健 at last", 12, 5),
            ["the case", "reaches 佐藤", "健 at last"]
        );
        assert_eq!(wrap("the case reaches 佐藤 健 at last", 12, 2), ["the case", "reaches …"]);
        assert_eq!(wrap("Кузнецова", 4, 1), ["Куз…"]);
        assert!(wrap("a b", 3, 0).is_empty());
        assert!(wrap("\u{1b}[2J", 10, 1)[0].starts_with('\u{FFFD}'));
    }

    #[test]
    fn a_quiet_period_says_why_there_are_no_steps_and_until_when() {
        let mut a = Account::new("a", "A");
        let mut p = crate::model::Person::new("p", "Pat");
        p.roles = vec![crate::model::Role::User, crate::model::Role::Decider, crate::model::Role::Payer];
        a.people.push(p);
        a.team.push(crate::model::TeamMember {
            id: "t".into(),
            name: "T".into(),
            function: crate::model::Function::Sales,
            extra: Default::default(),
        });
        let mut d = crate::model::Deal::new("d", "Boilers");
        d.process = Some(crate::model::Process::Tender);
        d.no_contact_until = Some("2026-12-15".parse().unwrap());
        a.deals.push(d);
        let an = crate::analysis::analyze_deal(
            &a,
            Some("d"),
            &PullConfig::default(),
            "2026-11-27".parse().unwrap(),
        );
        assert!(an.quiet.is_some() && an.next_best.is_empty());
        let view = PullView::default();
        let panels = Panels { view: &view, analysis: &an, account: &a, theme: Theme::with_color(false) };
        let mut buf = Buffer::empty(Rect::new(0, 0, 100, 8));
        (&panels).render(buf.area, &mut buf);
        let text: String = (0..8)
            .map(|y| (0..100).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains("No steps with the"), "{text}");
        assert!(text.contains("2026-12-15"), "{text}");
        let ru = crate::i18n::with_lang(crate::i18n::Lang::Ru, || {
            let mut buf = Buffer::empty(Rect::new(0, 0, 100, 8));
            (&panels).render(buf.area, &mut buf);
            (0..8)
                .map(|y| (0..100).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>())
                .collect::<String>()
        });
        let ru = ru.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(ru.contains("Никаких шагов") && ru.contains("15.12.2026"), "{ru}");
    }

    #[test]
    fn styled_lines_are_cut_by_columns() {
        let line = fit_spans(vec![Span::raw("Пётр "), Span::raw("佐藤健")], 8);
        assert_eq!(line.to_string(), "Пётр 佐…");
        assert!(line.width() <= 8);
    }
}
