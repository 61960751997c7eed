//! Drawing an import over the account's body: the path prompt and the progress as
//! small boxes, the preview (summary or row list) filling the body, the mapping editor
//! over it, and the field picker over that. Never changes the state.
//!
//! ```text
//! ┌Import contacts.csv into Volga Pipe Works: what would change──────────────┐
//! │File             /home/anna/exports/contacts.csv                          │
//! │Format           CSV · UTF-8 · delimiter , (comma)                        │
//! │Columns          read by column names · 7 rows                            │
//! │To add           3: Ann Lee, Boris Chen, Dana Fox                         │
//! │To update        1: title 1                                               │
//! └──────────────────────────────────────────────────────────────────────────┘
//! ```

use super::mapping::MappingEditor;
use super::path::PathPrompt;
use super::preview::{Preview, Tone};
use super::{Import, Stage, Working};
use crate::import::Stage as Step;
use crate::tui::action::Action;
use crate::tui::app::import_texts as words;
use crate::tui::fit::{fit, fit_padded, width};
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::grid::wrap;
use crate::tui::widgets::picker::PickerWidget;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// The import, ready to draw.
pub struct ImportWidget<'a> {
    pub import: &'a Import,
    pub theme: Theme,
}

impl Widget for &ImportWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let account = crate::text::inert(&self.import.account).into_owned();
        match &self.import.stage {
            Stage::Path(p) => path_box(p, &account, &self.theme, area, buf),
            Stage::Working(w) => progress_box(w, &account, &self.theme, area, buf),
            Stage::Preview(p) => {
                preview(p, &account, &self.theme, area, buf);
                if let Some(e) = &p.editor {
                    editor(e, p, &self.theme, area, buf);
                    if let Some(picker) = &e.picker {
                        (&PickerWidget { picker, theme: self.theme }).render(area, buf);
                    }
                }
            }
        }
    }
}

/// `key what` pairs of a mode's keys on one line.
fn hint_line(t: &Theme, mode: Mode, actions: &[Action]) -> Line<'static> {
    let mut spans = Vec::new();
    for (k, d) in keymap::hints(mode, actions) {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(k, t.key()));
        let d = super::keys::words(d).unwrap_or_else(|| d.to_string());
        spans.push(Span::styled(format!(" {d}"), t.dim()));
    }
    Line::from(spans)
}

/// A box of `lines` in the middle of `area`, at most `max_w` wide.
fn small_box(title: &str, lines: Vec<Line<'static>>, max_w: u16, t: &Theme, area: Rect, buf: &mut Buffer) {
    let width = area.width.min(max_w);
    let height = (lines.len() as u16).saturating_add(2).min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    Clear.render(popup, buf);
    let inner_w = width.saturating_sub(2) as usize;
    let block = Block::bordered()
        .title(Span::styled(fit(title, inner_w), t.title()))
        .border_style(t.border_focused());
    Paragraph::new(lines).block(block).render(popup, buf);
}

fn path_box(p: &PathPrompt, account: &str, t: &Theme, area: Rect, buf: &mut Buffer) {
    let inner_w = area.width.min(80).saturating_sub(2) as usize;
    let mut lines = vec![p.field.line(inner_w, t.text(), Some(t.selected()))];
    if let Some(e) = &p.error {
        for l in wrap(&format!("↳ {e}"), inner_w) {
            lines.push(Line::styled(fit(&l, inner_w), t.error()));
        }
    }
    if !p.choices.is_empty() {
        // As a shell lists them: as many to a line as fit, two spaces apart.
        let mut row = String::new();
        for c in &p.choices {
            let c = fit(c, inner_w);
            if !row.is_empty() && width(&row) + 2 + width(&c) > inner_w {
                lines.push(Line::styled(std::mem::take(&mut row), t.dim()));
            }
            if !row.is_empty() {
                row.push_str("  ");
            }
            row.push_str(&c);
        }
        lines.push(Line::styled(row, t.dim()));
        if p.more > 0 {
            lines.push(Line::styled(fit(&words::more_choices(p.more), inner_w), t.dim()));
        }
    }
    lines.push(Line::default());
    lines.push(hint_line(t, Mode::ImportPath, &[Action::Submit, Action::CompletePath, Action::Back]));
    small_box(&words::path_title(account), lines, 80, t, area, buf);
}

fn progress_box(w: &Working, account: &str, t: &Theme, area: Rect, buf: &mut Buffer) {
    let inner_w = area.width.min(64).saturating_sub(2) as usize;
    let file = crate::text::inert(&w.job.file_label).into_owned();
    let (step, done, total) = w.job.progress();
    let ratio = (total > 0).then(|| done.min(total) as f64 / total as f64);
    let said = match step {
        Step::Reading => words::reading(&file, ratio.filter(|_| done > 0).map(|r| (r * 100.0) as u64)),
        Step::Matching => words::matching(done, total),
        Step::Done => words::working_out(),
    };
    let bar_w = inner_w.max(2);
    let filled = match step {
        Step::Done => bar_w,
        _ => ratio.map_or(0, |r| (r * bar_w as f64) as usize).min(bar_w),
    };
    let mut lines = vec![
        Line::styled(fit(&said, inner_w), t.text()),
        Line::from(vec![
            Span::styled("█".repeat(filled), t.ok()),
            Span::styled("░".repeat(bar_w - filled), t.dim()),
        ]),
        Line::default(),
    ];
    lines.extend(
        wrap(&words::stop_hint(), inner_w).into_iter().map(|l| Line::styled(fit(&l, inner_w), t.dim())),
    );
    lines.push(hint_line(t, Mode::ImportProgress, &[Action::Back]));
    small_box(&words::progress_title(&file, account), lines, 64, t, area, buf);
}

fn tone(t: &Theme, tone: Tone) -> Style {
    match tone {
        Tone::Plain => t.text(),
        Tone::Change => t.ok(),
        Tone::Warn => t.warning(),
        Tone::Dim => t.dim(),
    }
}

/// A bordered box filling `area`, cleared; its inside.
fn full_box(title: &str, t: &Theme, area: Rect, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    let inner_w = area.width.saturating_sub(2) as usize;
    let block = Block::bordered()
        .title(Span::styled(fit(title, inner_w), t.title()))
        .border_style(t.border_focused());
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

fn preview(p: &Preview, account: &str, t: &Theme, area: Rect, buf: &mut Buffer) {
    let file = crate::text::inert(&p.origin.file_label).into_owned();
    let inner = full_box(&words::preview_title(&file, account), t, area, buf);
    if p.show_rows {
        rows(p, t, inner, buf);
    } else {
        summary(p, t, inner, buf);
    }
}

/// Words in the bottom border of the box around `inner`, on the right.
fn in_border(text: &str, t: &Theme, inner: Rect, buf: &mut Buffer) {
    let row = Rect { y: inner.bottom(), height: 1, ..inner };
    if inner.width > 4 {
        Line::styled(fit(&format!(" {text} "), inner.width as usize - 2), t.dim())
            .right_aligned()
            .render(row, buf);
    }
}

/// The summary as it is drawn `w` columns wide: labels in a column, texts wrapped
/// beside them; each row's label (on its first row only), text and tone. The preview
/// scrolls by these rows.
pub fn summary_rows(p: &Preview, w: usize) -> Vec<(&str, String, Tone)> {
    let label_w = p.summary.iter().map(|s| width(&s.label)).max().unwrap_or(0) + 2;
    let room = w.saturating_sub(label_w).max(8);
    let mut out = Vec::new();
    for s in &p.summary {
        for (i, part) in wrap(&s.text, room).into_iter().enumerate() {
            out.push((if i == 0 { s.label.as_str() } else { "" }, part, s.tone));
        }
    }
    out
}

/// The summary from its scrolled row; the border says when there is more above or
/// below.
fn summary(p: &Preview, t: &Theme, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let label_w = p.summary.iter().map(|s| width(&s.label)).max().unwrap_or(0) + 2;
    let room = w.saturating_sub(label_w).max(8);
    let all = summary_rows(p, w);
    let height = area.height as usize;
    let from = p.scroll.min(all.len().saturating_sub(1));
    let lines: Vec<Line> = all
        .iter()
        .skip(from)
        .take(height)
        .map(|(label, part, tn)| {
            Line::from(vec![
                Span::styled(format!("{label:<label_w$}"), t.dim()),
                Span::styled(fit(part, room), tone(t, *tn)),
            ])
        })
        .collect();
    if from + height < all.len() {
        in_border(&words::more_below(), t, area, buf);
    } else if from > 0 {
        in_border(&words::more_above(), t, area, buf);
    }
    Paragraph::new(lines).render(area, buf);
}

/// The rows one by one: line, name, what happens.
fn rows(p: &Preview, t: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let w = area.width as usize;
    let all = &p.plan.rows;
    let heads = words::row_heads();
    let line_w = all.last().map_or(1, |r| r.line.to_string().len()).max(width(&heads[0]));
    let name_w = (w.saturating_sub(line_w + 4) * 2 / 5).clamp(8, 32);
    let rest = w.saturating_sub(line_w + name_w + 6);
    // `▶` marks the selected row, so it shows without colours too.
    let row = |mark: &str, cells: [String; 3]| {
        format!("{mark}{:>line_w$}  {}  {}", cells[0], fit_padded(&cells[1], name_w), cells[2])
    };
    let head = row("  ", heads);
    Line::styled(fit(&head, w), t.title()).render(Rect { height: 1, ..area }, buf);
    let list = Rect { y: area.y + 1, height: area.height - 1, ..area };
    let page = list.height as usize;
    let offset = scroll_into_view(0, p.row, page.max(1));
    for (n, r) in all.iter().enumerate().skip(offset).take(page) {
        let y = list.y + (n - offset) as u16;
        let mark = if n == p.row { "▶ " } else { "  " };
        let text = row(mark, [r.line.to_string(), r.name.clone(), fit(&words::outcome(&r.outcome), rest)]);
        let style = if n == p.row { t.selected() } else { t.text() };
        let at = Rect { y, height: 1, ..list };
        if n == p.row {
            buf.set_style(at, t.selected());
        }
        Line::styled(fit(&text, w), style).render(at, buf);
    }
    let at = (p.row + 1).min(all.len()) as u64;
    in_border(&words::row_of(at, all.len() as u64), t, area, buf);
}

/// The mapping editor, over the preview.
fn editor(e: &MappingEditor, p: &Preview, t: &Theme, area: Rect, buf: &mut Buffer) {
    let file = crate::text::inert(&p.origin.file_label).into_owned();
    let inner = full_box(&words::mapping_title(&file), t, area, buf);
    if inner.height < 2 {
        return;
    }
    let w = inner.width as usize;
    let headers = &p.table.headers;
    let holds = |f: Option<crate::import::Field>| f.map_or_else(words::not_used, |f| f.label());
    let col_w = headers.iter().map(|h| width(h)).max().unwrap_or(0).clamp(6, 28);
    let holds_w = crate::import::Field::ALL.iter().map(|f| width(&f.label())).max().unwrap_or(8) + 2;
    // The sample only shows what a column holds: a long one would push the field off.
    let sample_w = w.saturating_sub(col_w + holds_w + 6).clamp(4, 40);
    let row = |mark: &str, c: &str, s: &str, h: &str| {
        format!("{mark}{}  {}  {h}", fit_padded(c, col_w), fit_padded(s, sample_w))
    };
    let [c, s, h] = words::mapping_heads();
    Line::styled(fit(&row("  ", &c, &s, &h), w), t.title()).render(Rect { height: 1, ..inner }, buf);
    // The last line says why the selected column's field is not read, when it is not.
    let note = e.shadowed(e.selected).then(words::earlier_wins);
    let list_h = inner.height.saturating_sub(1 + u16::from(note.is_some()));
    let list = Rect { y: inner.y + 1, height: list_h, ..inner };
    let page = list.height as usize;
    let offset = scroll_into_view(0, e.selected, page.max(1));
    for (i, field) in e.fields.iter().enumerate().skip(offset).take(page) {
        let at = Rect { y: list.y + (i - offset) as u16, height: 1, ..list };
        let header = headers.get(i).map_or("", String::as_str);
        let mark = if i == e.selected { "▶ " } else { "  " };
        let mut text = row(mark, header, e.samples.get(i).map_or("", String::as_str), &holds(*field));
        if e.shadowed(i) {
            text.push_str(" *");
        }
        let style = match (i == e.selected, field) {
            (true, _) => t.selected(),
            (false, None) => t.dim(),
            (false, Some(_)) => t.text(),
        };
        if i == e.selected {
            buf.set_style(at, t.selected());
        }
        Line::styled(fit(&text, w), style).render(at, buf);
    }
    if let Some(n) = note {
        let at = Rect { y: inner.bottom() - 1, height: 1, ..inner };
        Line::styled(fit(&format!("* {n}"), w), t.warning()).render(at, buf);
    }
}
