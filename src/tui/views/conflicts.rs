//! The conflicts screen of an open account: each conflict a merge recorded
//! (`conflicts[]`), as words, with the selected one's values side by side — ours,
//! theirs and the one before both — who set each and when (from the history, else the
//! merge's time), which one the merge kept, and the rule that decided, if any. Drawn
//! over the account's body; `o` and `t` decide (see `app/merge_conflicts.rs`).
//!
//! ```text
//! ┌Conflicts from a merge · 2 to decide─────────────────────────────────────────┐
//! │▶ stance of Klaus Weber: kept neutral (ours), the other was skeptic (theirs) │
//! │  title of Пётр Иванов: kept Chief Engineer (ours), the other was …          │
//! └─────────────────────────────────────────────────────────────────────────────┘
//! ┌stance of Klaus Weber────────────────────────────────────────────────────────┐
//! │Ours (this copy)         neutral   set by Anna Berg, 2026-11-27 14:05        │
//! │Theirs (the other copy)  skeptic   set by Omar Haddad, 2026-11-28 09:10      │
//! │Before both              opponent                                            │
//! │The merge kept           ours, until you decide                              │
//! └─────────────────────────────────────────────────────────────────────────────┘
//! ```

use crate::change::resolve::who_set;
use crate::change::timeline::short_time;
use crate::change::{Names, conflict_place, conflict_text, conflict_value};
use crate::model::{Account, Conflict, HistoryEntry};
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::app::sync_texts as words;
use crate::tui::fit::{fit, width};
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::grid::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// Which conflict is selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConflictsView {
    /// The position in `conflicts[]` of the one selected.
    pub selected: usize,
}

impl ConflictsView {
    /// Moves the selection by `delta` among `n` conflicts.
    pub fn move_by(&mut self, delta: isize, n: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(n.saturating_sub(1));
    }

    /// Keeps the selection on a conflict after some went (or came back).
    pub fn clamp(&mut self, n: usize) {
        self.selected = self.selected.min(n.saturating_sub(1));
    }
}

/// The screen, ready to draw.
pub struct ConflictsWidget<'a> {
    pub view: &'a ConflictsView,
    pub account: &'a Account,
    pub theme: Theme,
}

/// Who set a side's value and when, or the merge's time.
fn who(names: &Names, c: &Conflict, e: Option<&HistoryEntry>) -> String {
    match e {
        Some(e) => words::set_by(e.by.as_deref().map(|b| names.by(b)).as_deref(), &short_time(&e.at)),
        None => words::merged_at(&short_time(&c.at)),
    }
}

/// The key of an action on this screen, as the hints write it.
fn key(action: Action) -> String {
    keymap::key_for(Mode::MergeConflicts, action).map_or_else(String::new, keymap::key_label)
}

impl ConflictsWidget<'_> {
    fn list(&self, names: &Names, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let all = &self.account.conflicts;
        let w = area.width.saturating_sub(2) as usize;
        let title = words::conflicts_title(all.len());
        let block = Block::bordered().title(Span::styled(fit(&title, w), t.title())).border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        let page = inner.height as usize;
        let offset = scroll_into_view(0, self.view.selected, page.max(1));
        let lines: Vec<Line> = all
            .iter()
            .enumerate()
            .skip(offset)
            .take(page)
            .map(|(i, c)| {
                let text = inert(&conflict_text(names, c)).into_owned();
                let on = i == self.view.selected;
                let mark = if on { "▶ " } else { "  " };
                Line::styled(fit(&format!("{mark}{text}"), w), if on { t.selected() } else { t.text() })
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }

    fn detail(&self, names: &Names, c: &Conflict, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let w = area.width.saturating_sub(2) as usize;
        let place = inert(&conflict_place(names, c)).into_owned();
        let block = Block::bordered().title(Span::styled(fit(&place, w), t.title())).border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        let (ours_by, theirs_by) = who_set(self.account, c);
        // A whole record (a person, a link) absent on a side: not there, rather than "none".
        let record = c.path.parse::<crate::change::Path>().is_ok_and(|p| p.is_record());
        let value = |v: &serde_json::Value| match v {
            serde_json::Value::Null if record => crate::i18n::fixed("tui-app-not-there").to_string(),
            v => inert(&conflict_value(names, c, v)).into_owned(),
        };
        let (ours, theirs, base) = (value(&c.ours), value(&c.theirs), value(&c.base));
        let label_w = [
            crate::i18n::fixed("tui-app-conflict-ours"),
            crate::i18n::fixed("tui-app-conflict-theirs"),
            crate::i18n::fixed("tui-app-conflict-base"),
            crate::i18n::fixed("tui-app-conflict-kept"),
            crate::i18n::fixed("tui-app-conflict-rule"),
        ]
        .iter()
        .map(|l| width(l))
        .max()
        .unwrap_or(0)
            + 2;
        let mut lines = Vec::new();
        let mut row = |label: &str, text: String, style: Style| {
            let room = w.saturating_sub(label_w).max(1);
            for (i, part) in wrap(&text, room).into_iter().enumerate() {
                let head = if i == 0 { label } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("{head:<label_w$}"), t.dim()),
                    Span::styled(part, style),
                ]));
            }
        };
        let kept_style = |side: &str| if c.kept == side { t.ok() } else { t.text() };
        row(
            crate::i18n::fixed("tui-app-conflict-ours"),
            format!("{ours} — {}", inert(&who(names, c, ours_by))),
            kept_style("ours"),
        );
        row(
            crate::i18n::fixed("tui-app-conflict-theirs"),
            format!("{theirs} — {}", inert(&who(names, c, theirs_by))),
            kept_style("theirs"),
        );
        row(crate::i18n::fixed("tui-app-conflict-base"), base, t.text());
        row(crate::i18n::fixed("tui-app-conflict-kept"), words::kept(&c.kept).to_string(), t.text());
        if let Some(rule) = &c.rule {
            row(crate::i18n::fixed("tui-app-conflict-rule"), inert(rule).into_owned(), t.warning());
        }
        lines.push(Line::default());
        let hint = words::decide_hint(&key(Action::KeepOurs), &key(Action::KeepTheirs), &key(Action::Undo));
        lines.extend(wrap(&hint, w.max(1)).into_iter().map(|l| Line::styled(l, t.dim())));
        Paragraph::new(lines).render(inner, buf);
    }

    fn none_left(&self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let w = area.width.saturating_sub(2) as usize;
        let block = Block::bordered()
            .title(Span::styled(fit(&words::conflicts_title(0), w), t.title()))
            .border_style(t.border());
        let inner = block.inner(area);
        block.render(area, buf);
        let lines: Vec<Line> = wrap(crate::i18n::fixed("tui-app-conflicts-none-left"), w.max(1))
            .into_iter()
            .map(|l| Line::styled(l, t.ok()))
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

impl Widget for &ConflictsWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        ratatui::widgets::Clear.render(area, buf);
        let all = &self.account.conflicts;
        let Some(c) = all.get(self.view.selected.min(all.len().saturating_sub(1))) else {
            return self.none_left(area, buf);
        };
        let names = Names::new(self.account);
        // The list gets a row per conflict, up to a third of the screen; the selected
        // conflict's details the rest.
        let list_h = (all.len() as u16 + 2).min((area.height / 3).max(3));
        let [list, detail] =
            area.layout(&Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]));
        self.list(&names, list, buf);
        self.detail(&names, c, detail, buf);
    }
}
