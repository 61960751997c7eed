//! The Changes view of an open account: every history entry since a start, newest
//! first, grouped by day, each said as a sentence with who made it and the note given
//! with it (`crate::change`'s sentences). Conflicts a merge left are listed above, as
//! they stand, for the conflicts screen to decide. `s` changes the start: the last 7
//! days, the last 30, since this machine's last sync, or everything. Enter on an entry
//! about a person shows them in the people view.
//!
//! ```text
//! ┌Changes since 2026-11-20, 7 days ago (times in UTC) · 3 entries──────────┐
//! │2026-11-27                                                               │
//! │  14:05  Ольга Кузнецова: stance skeptic → neutral (Anna Berg) — "…"     │
//! │2026-11-26                                                               │
//! │  09:30  added Пётр Иванов (person) (Omar Haddad)                        │
//! │─────────────────────────────────────────────────────────────────────────│
//! │2026-11-27 14:05 Ольга Кузнецова: stance skeptic → neutral (Anna Berg) — │
//! └s: since 30 days─────────────────────────────────────────────────────────┘
//! ```
//!
//! The rows are worked out once per session generation and start (a sentence each);
//! a frame draws the rows on screen and no more.

use super::account_view::{AccountViewState, ViewContext};
use super::people::scroll_into_view;
use crate::change::timeline::{self, entries_since, format_time, parse_time};
use crate::change::{Names, conflict_text, entry_text, words};
use crate::model::{Account, Date};
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::fit::fit;
use crate::tui::history_words as w;
use crate::tui::keymap::{self, Mode};
use crate::tui::widgets::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use std::path::Path;

/// Where the list starts, as `s` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Since {
    /// The last 7 days (the default, as `dmu changes` has it).
    #[default]
    Week,
    /// The last 30 days.
    Month,
    /// This machine's last sync.
    LastSync,
    /// Everything the history holds.
    Everything,
}

impl Since {
    /// The next start `s` chooses.
    pub fn next(self) -> Since {
        match self {
            Since::Week => Since::Month,
            Since::Month => Since::LastSync,
            Since::LastSync => Since::Everything,
            Since::Everything => Since::Week,
        }
    }

    /// How the key's hint names it.
    pub fn label(self) -> &'static str {
        match self {
            Since::Week => crate::i18n::fixed("tui-messages-since-7"),
            Since::Month => crate::i18n::fixed("tui-messages-since-30"),
            Since::LastSync => crate::i18n::fixed("tui-messages-since-sync"),
            Since::Everything => crate::i18n::fixed("tui-messages-since-all"),
        }
    }
}

/// A start worked out: the first second it lists (`None`: everything), and how the
/// title says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    pub since: Since,
    pub at: Option<i64>,
    pub text: String,
}

impl Start {
    /// `since` from `today`; the last sync is read from the data folder at `root`. A
    /// machine that never synced shows everything, and the second value says so.
    pub fn resolve(since: Since, today: Date, root: Option<&Path>) -> (Start, Option<&'static str>) {
        // The starts of `dmu changes` (`7d`, `30d`, `last-sync`), worked out the same way.
        let (core, n) = match since {
            Since::Week => (timeline::Since::DaysBack(7), 7),
            Since::Month => (timeline::Since::DaysBack(30), 30),
            Since::LastSync => (timeline::Since::LastSync, 0),
            Since::Everything => return (Start::everything(since), None),
        };
        let synced = root.and_then(crate::sync::last_sync);
        match core.start(today, synced.as_deref()) {
            Some((at, text)) if n > 0 => (Start { since, at: Some(at), text: w::days_back(&text, n) }, None),
            Some((at, text)) => (Start { since, at: Some(at), text }, None),
            None => (Start::everything(since), Some(crate::i18n::fixed("tui-messages-never-synced"))),
        }
    }

    /// Everything the history holds (`since`: what `s` chose, for the next press).
    fn everything(since: Since) -> Start {
        Start { since, at: None, text: crate::i18n::fixed("tui-messages-the-beginning").into() }
    }
}

/// One entry of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    /// The entry's id, to keep it selected across a change.
    id: String,
    /// `2026-11-27` and `14:05` (UTC).
    day: String,
    time: String,
    /// The whole sentence, with who and the note.
    sentence: String,
    /// The person it is about, with their position now (`None`: no longer there).
    person: Option<(String, Option<usize>)>,
}

/// The state of the Changes view.
#[derive(Debug, Clone, Default)]
pub struct ChangesView {
    start: Option<Start>,
    rows: Vec<Row>,
    /// For each line of the list, the row it shows, and whether it is the row's day
    /// heading (the first row of each day has one).
    lines: Vec<(usize, bool)>,
    /// The line of each row.
    line_of: Vec<usize>,
    conflicts: Vec<String>,
    selected: usize,
    /// The first line in view.
    offset: usize,
    seen: Option<(u64, Option<i64>)>,
}

/// Conflicts listed at most; the rest are counted.
const CONFLICTS_SHOWN: usize = 3;

/// Where the parts of the view go inside its border.
struct Areas {
    conflicts: Rect,
    list: Rect,
    footer: Rect,
}

impl ChangesView {
    /// The start shown.
    pub fn start(&self) -> Option<&Start> {
        self.start.as_ref()
    }

    /// Shows the entries since another start.
    pub fn set_start(&mut self, start: Start) {
        self.start = Some(start);
        self.selected = 0;
        self.offset = 0;
    }

    /// How many entries are listed.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The sentences listed, newest first (for tests and the mouse).
    pub fn sentences(&self) -> impl Iterator<Item = &str> {
        self.rows.iter().map(|r| r.sentence.as_str())
    }

    /// The conflicts listed, in words.
    pub fn conflicts(&self) -> &[String] {
        &self.conflicts
    }

    /// The index of the selected entry (newest first).
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The person the selected entry is about: their id, and position when still there.
    pub fn selected_about(&self) -> Option<(&str, Option<usize>)> {
        let (id, pos) = self.rows.get(self.selected)?.person.as_ref()?;
        Some((id.as_str(), *pos))
    }

    fn recompute(&mut self, cx: &ViewContext) {
        let keep = self.rows.get(self.selected).map(|r| r.id.clone());
        let a: &Account = cx.account;
        let names = Names::new(a);
        let at = self.start.as_ref().and_then(|s| s.at).unwrap_or(i64::MIN);
        self.rows = entries_since(a, at)
            .into_iter()
            .rev()
            .map(|e| {
                let when = format_time(parse_time(&e.at).unwrap_or(0));
                let id = e.person.as_deref().or_else(|| e.record.as_deref()?.strip_prefix("people/"));
                Row {
                    id: e.id.clone(),
                    day: when[..10].to_string(),
                    time: when[11..].to_string(),
                    sentence: entry_text(&names, e).sentence(),
                    person: id.map(|id| (id.to_string(), cx.index.person(id))),
                }
            })
            .collect();
        self.conflicts = a.conflicts.iter().map(|c| conflict_text(&names, c)).collect();
        self.lines.clear();
        self.line_of.clear();
        for (i, r) in self.rows.iter().enumerate() {
            if i == 0 || self.rows[i - 1].day != r.day {
                self.lines.push((i, true));
            }
            self.line_of.push(self.lines.len());
            self.lines.push((i, false));
        }
        let found = keep.and_then(|id| self.rows.iter().position(|r| r.id == id));
        self.selected = found.unwrap_or(self.selected).min(self.rows.len().saturating_sub(1));
    }

    fn areas(&self, body: Rect) -> Areas {
        let inner = Block::bordered().inner(body);
        let conflicts = match self.conflicts.len() {
            0 => 0,
            n if n > CONFLICTS_SHOWN => CONFLICTS_SHOWN + 2,
            n => n + 1,
        };
        let footer = if inner.height >= 12 && !self.rows.is_empty() { 3 } else { 0 };
        let [conflicts, list, footer] = inner.layout(&Layout::vertical([
            Constraint::Length(conflicts as u16),
            Constraint::Fill(1),
            Constraint::Length(footer),
        ]));
        Areas { conflicts, list, footer }
    }

    /// The first line in view so that the selected entry is, with its day's heading
    /// when that is just above it.
    fn top(&self, page: usize) -> usize {
        let Some(&line) = self.line_of.get(self.selected) else { return 0 };
        let top = scroll_into_view(self.offset, line, page);
        let heading_above = line > 0 && self.lines[line - 1].1;
        if top == line && heading_above && page > 1 { line - 1 } else { top }
    }

    fn move_by(&mut self, delta: isize, body: Rect) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.rows.len().saturating_sub(1));
        self.offset = self.top(self.areas(body).list.height as usize);
    }

    fn render_list(&self, cx: &ViewContext, area: Rect, buf: &mut Buffer) {
        let t = &cx.theme;
        let width = area.width as usize;
        let since =
            self.start.as_ref().map_or(crate::i18n::fixed("tui-messages-the-beginning"), |s| s.text.as_str());
        if self.rows.is_empty() {
            let text = vec![
                Line::styled(words::nothing_since(since), t.text()),
                Line::default(),
                Line::styled(crate::i18n::fixed("tui-messages-how-history-is-made"), t.dim()),
            ];
            Paragraph::new(text).wrap(Wrap { trim: false }).render(area, buf);
            return;
        }
        let page = area.height as usize;
        let top = self.top(page);
        for (k, &(i, heading)) in self.lines.iter().skip(top).take(page).enumerate() {
            let row = Rect { y: area.y + k as u16, height: 1, ..area };
            let r = &self.rows[i];
            if heading {
                Span::styled(fit(&super::show_day(&r.day), width), t.title()).render(row, buf);
                continue;
            }
            let style = if i == self.selected { t.selected() } else { t.text() };
            let text = fit(&format!("  {}  {}", r.time, inert(&r.sentence)), width);
            let line = Line::from(Span::styled(format!("{text:<width$}"), style));
            line.render(row, buf);
        }
    }
}

impl AccountViewState for ChangesView {
    fn mode(&self) -> Mode {
        Mode::Changes
    }

    fn selected_person(&self, _account: &Account) -> Option<usize> {
        self.selected_about().and_then(|(_, pos)| pos)
    }

    fn sync(&mut self, cx: &ViewContext) {
        if self.start.is_none() {
            self.start = Some(Start::resolve(Since::default(), cx.today, None).0);
        }
        let key = (cx.generation, self.start.as_ref().and_then(|s| s.at));
        if self.seen != Some(key) {
            self.seen = Some(key);
            self.recompute(cx);
        }
    }

    fn handle(&mut self, cx: &ViewContext, action: Action) -> bool {
        let page = self.areas(cx.body).list.height as usize;
        let Some(delta) = action.list_step(page) else { return false };
        self.move_by(delta, cx.body);
        true
    }

    fn render(&self, cx: &ViewContext, area: Rect, buf: &mut Buffer) {
        let t = &cx.theme;
        let since =
            self.start.as_ref().map_or(crate::i18n::fixed("tui-messages-the-beginning"), |s| s.text.as_str());
        let inner_w = area.width.saturating_sub(2) as usize;
        let next = self.start.as_ref().map_or(Since::default(), |s| s.since).next();
        let key = keymap::key_for(Mode::Changes, Action::ChangesSince).map(keymap::key_label);
        let hint = key.map(|k| w::since_hint(&k, next.label())).unwrap_or_default();
        let block = Block::bordered()
            .title(Span::styled(fit(&w::changes_title(since, self.rows.len()), inner_w), t.title()))
            .title_bottom(Span::styled(fit(&hint, inner_w), t.dim()))
            .border_style(t.border_focused());
        block.render(area, buf);
        let parts = self.areas(area);
        if !self.conflicts.is_empty() {
            let cw = parts.conflicts.width as usize;
            let mut lines =
                vec![Line::styled(fit(&w::conflicts_heading(self.conflicts.len()), cw), t.warning())];
            for c in self.conflicts.iter().take(CONFLICTS_SHOWN) {
                lines.push(Line::styled(fit(&format!("  {}", inert(c)), cw), t.warning()));
            }
            if self.conflicts.len() > CONFLICTS_SHOWN {
                lines.push(Line::styled(w::more_conflicts(self.conflicts.len() - CONFLICTS_SHOWN), t.dim()));
            }
            Paragraph::new(lines).render(parts.conflicts, buf);
        }
        self.render_list(cx, parts.list, buf);
        if let (Some(r), false) = (self.rows.get(self.selected), parts.footer.is_empty()) {
            let fw = parts.footer.width as usize;
            let mut lines = vec![Line::styled("─".repeat(fw), t.border())];
            let whole = format!("{} {} {}", super::show_day(&r.day), r.time, inert(&r.sentence));
            lines.extend(wrap(&whole, fw, 2).into_iter().map(Line::raw));
            Paragraph::new(lines).render(parts.footer, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_cycles_and_a_machine_that_never_synced_shows_everything() {
        assert_eq!(Since::Week.next().next().next().next(), Since::Week);
        let today = Date::from_ymd(2026, 11, 27).unwrap();
        let (s, note) = Start::resolve(Since::Week, today, None);
        assert_eq!((s.text.as_str(), note), ("2026-11-20, 7 days ago", None));
        assert_eq!(s.at, Some(timeline::day_start(Date::from_ymd(2026, 11, 20).unwrap())));
        let dir = tempfile::tempdir().unwrap();
        let (s, note) = Start::resolve(Since::LastSync, today, Some(dir.path()));
        assert_eq!(
            (s.at, s.since, note),
            (None, Since::LastSync, Some(crate::i18n::fixed("tui-messages-never-synced")))
        );
        crate::sync::mark_synced(dir.path(), "2026-11-25T08:00:00Z").unwrap();
        let (s, _) = Start::resolve(Since::LastSync, today, Some(dir.path()));
        assert_eq!(s.text, "the last sync, 2026-11-25 08:00");
    }
}
