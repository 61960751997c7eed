//! The import's preview, before anything changes: the file (format, encoding,
//! delimiter, what its columns were read as), how many people would be added, updated
//! (which facts), left unchanged or skipped and why, the rows of other companies left
//! out, and the reporting lines added, replaced or left out, with names. `r` shows the
//! rows one by one instead. The summary's lines are worked out once per plan, never
//! per frame; the row list draws only the rows on screen, so 100,000 rows cost a page.

use super::job::Planned;
use super::mapping::MappingEditor;
use crate::change::ChangeSet;
use crate::import::profile::Profile;
use crate::import::{LinkOutcome, Mapping, Outcome, Plan, SkipReason, Table};
use crate::model::Account;
use crate::tui::action::Action;
use crate::tui::app::import_texts::{self as words, Label};
use crate::tui::keymap::{self, Mode};
use std::path::PathBuf;
use std::sync::Arc;

/// How many names a section of the summary lists before it counts the rest.
const LISTED: usize = 8;

/// Where a preview's mapping came from, kept when the file is planned again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, as the rep gave it (`~` expanded).
    pub path: PathBuf,
    /// Its name, for titles and the history's note.
    pub file_label: String,
    /// Whether the rep changed the mapping in the editor.
    pub edited: bool,
    /// The saved profile the mapping came from (`None`: the column names).
    pub profile: Option<usize>,
}

/// How a line of the summary is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    /// Something that will change.
    Change,
    /// Something left out, or that cannot be done.
    Warn,
    /// An explanation.
    Dim,
}

/// A line of the summary: a label (empty under the line it belongs to) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub label: String,
    pub text: String,
    pub tone: Tone,
}

/// A labelled line of the summary.
fn said(label: Label, text: impl Into<String>, tone: Tone) -> Said {
    Said { label: words::label(label), text: text.into(), tone }
}

/// A line under the one it belongs to, or on its own.
fn more(text: impl Into<String>, tone: Tone) -> Said {
    Said { label: String::new(), text: text.into(), tone }
}

/// The preview's state.
#[derive(Debug)]
pub struct Preview {
    pub origin: Origin,
    pub table: Arc<Table>,
    pub mapping: Mapping,
    /// What the file's column names were read as, for `P` to come back to.
    pub recognised: Mapping,
    /// No column gives names: nothing was planned.
    pub no_names: bool,
    pub plan: Plan,
    /// What applying changes (worked out with the plan).
    pub changes: ChangeSet,
    /// The account's generation the plan was made on.
    pub generation: u64,
    /// The summary, worked out once per plan.
    pub summary: Vec<Said>,
    /// Whether the row list shows instead of the summary.
    pub show_rows: bool,
    /// The summary's first row shown (as drawn, wrapped).
    pub scroll: usize,
    /// The row selected in the row list.
    pub row: usize,
    /// The mapping editor, while open.
    pub editor: Option<MappingEditor>,
    /// The saved profiles, read when the preview first opened.
    pub profiles: Vec<Profile>,
}

impl Preview {
    /// A preview of a plan. `before` carries the screen's state over when the file was
    /// planned again (the row list stays shown, the profiles stay read).
    pub fn new(
        done: Planned,
        origin: Origin,
        before: Option<&Preview>,
        profiles: Vec<Profile>,
        account: &Account,
        read_only: Option<&str>,
    ) -> Preview {
        let recognised = before.map_or_else(|| done.mapping.clone(), |b| b.recognised.clone());
        let mut p = Preview {
            origin,
            table: done.table,
            mapping: done.mapping,
            recognised,
            no_names: done.no_names,
            plan: done.plan,
            changes: done.changes,
            generation: done.generation,
            summary: Vec::new(),
            show_rows: before.is_some_and(|b| b.show_rows),
            scroll: 0,
            row: 0,
            editor: None,
            profiles,
        };
        p.summary = summary(&p, account, read_only);
        p
    }

    /// The keyboard's mode while the preview is up.
    pub fn mode(&self) -> Mode {
        match &self.editor {
            Some(e) if e.picker.is_some() => Mode::Picker,
            Some(_) => Mode::ImportMapping,
            None => Mode::ImportPreview,
        }
    }

    /// Moves through the row list, or scrolls the summary, drawn in `body` (the box's
    /// border included): the summary scrolls until its last row is at the bottom.
    pub fn move_by(&mut self, action: Action, body: ratatui::layout::Rect) {
        let inside = body.height.saturating_sub(2) as usize;
        let page = if self.show_rows { inside.saturating_sub(1) } else { inside }.max(1);
        let Some(delta) = action.list_step(page) else { return };
        if self.show_rows {
            self.row = self.row.saturating_add_signed(delta).min(self.plan.rows.len().saturating_sub(1));
        } else {
            let rows = super::draw::summary_rows(self, body.width.saturating_sub(2) as usize).len();
            self.scroll = self.scroll.saturating_add_signed(delta).min(rows.saturating_sub(page));
        }
    }
}

fn key(mode: Mode, action: Action) -> String {
    keymap::key_for(mode, action).map_or_else(String::new, keymap::key_label)
}

/// The summary's lines.
fn summary(p: &Preview, account: &Account, read_only: Option<&str>) -> Vec<Said> {
    let t = &p.table;
    let mut out = vec![
        said(Label::File, p.origin.path.display().to_string(), Tone::Plain),
        said(Label::Format, words::format_line(t.format, t.encoding, t.delimiter), Tone::Plain),
    ];
    if !t.preamble.is_empty() {
        out.push(more(words::header_at(t.header_line, t.preamble.len()), Tone::Dim));
    }
    out.push(said(
        Label::Columns,
        words::columns_line(&p.mapping.source, p.origin.edited, t.rows.len()),
        Tone::Plain,
    ));
    out.push(more("", Tone::Plain));
    if p.no_names {
        out.push(more(words::no_names(&key(Mode::ImportPreview, Action::EditMapping)), Tone::Warn));
        return out;
    }
    people(&p.plan, &mut out);
    reporting_lines(&p.plan, account, &mut out);
    out.push(more("", Tone::Plain));
    let last = match read_only {
        Some(why) => more(words::preview_read_only(why), Tone::Warn),
        None if p.plan.is_empty() => more(words::changes_nothing(), Tone::Dim),
        None => more(
            words::apply_hint(&key(Mode::ImportPreview, Action::Submit), &key(Mode::People, Action::Undo)),
            Tone::Dim,
        ),
    };
    out.push(last);
    out
}

/// The people: added, updated (which facts), unchanged, skipped (why), other companies.
fn people(plan: &Plan, out: &mut Vec<Said>) {
    let k = plan.counts;
    let mut added = Vec::new();
    let mut facts: Vec<(&'static str, usize)> = Vec::new();
    let mut skipped: Vec<(&'static str, usize, Vec<String>)> = Vec::new();
    for r in &plan.rows {
        match &r.outcome {
            Outcome::Add { .. } if added.len() < LISTED => added.push(r.name.clone()),
            Outcome::Update { fields, .. } => {
                for f in fields {
                    match facts.iter_mut().find(|(x, _)| x == f) {
                        Some((_, n)) => *n += 1,
                        None => facts.push((f, 1)),
                    }
                }
            }
            Outcome::Skip(reason) if !matches!(reason, SkipReason::OtherCompany(_)) => {
                let kind = words::skip_kind(reason);
                let i = match skipped.iter().position(|(x, _, _)| *x == kind) {
                    Some(i) => i,
                    None => {
                        skipped.push((kind, 0, Vec::new()));
                        skipped.len() - 1
                    }
                };
                let (_, n, some) = &mut skipped[i];
                *n += 1;
                if some.len() < LISTED / 2 {
                    some.push(words::skipped_row(&r.name, r.line));
                }
            }
            _ => {}
        }
    }
    let tone = |n: usize, t: Tone| if n > 0 { t } else { Tone::Plain };
    out.push(said(Label::ToAdd, words::with_names(k.added, &added), tone(k.added, Tone::Change)));
    let update = if k.updated > 0 { words::updated(k.updated, &facts) } else { words::num(0) };
    out.push(said(Label::ToUpdate, update, tone(k.updated, Tone::Change)));
    out.push(said(Label::Unchanged, words::num(k.unchanged), Tone::Plain));
    out.push(said(Label::Skipped, words::num(k.skipped), tone(k.skipped, Tone::Warn)));
    for (kind, n, some) in &skipped {
        out.push(more(words::skip_group(&words::skip_kind_words(kind), *n, some), Tone::Warn));
    }
    if !plan.other_companies.is_empty() {
        let listed = &plan.other_companies[..plan.other_companies.len().min(LISTED)];
        let mut text = words::left_out(k.other_company, &words::other_companies(listed));
        if plan.other_companies.len() > LISTED {
            text = format!("{text} {}", words::and_more(plan.other_companies.len() - LISTED));
        }
        out.push(said(Label::OtherCompanies, text, Tone::Dim));
    }
}

/// The reporting lines the file gives: those added or replaced, those left out.
fn reporting_lines(plan: &Plan, account: &Account, out: &mut Vec<Said>) {
    if plan.links.is_empty() {
        return;
    }
    let names = plan.names(account);
    let name = |id: &str| names.get(id).copied().unwrap_or(id).to_string();
    let line = |l: &crate::import::LinkPlan| {
        let was = match &l.outcome {
            LinkOutcome::Replace { was } => Some(name(was)),
            _ => None,
        };
        words::line_words(&name(&l.from), &name(&l.to), &l.outcome, was.as_deref(), l.line)
    };
    let made: Vec<_> = plan
        .links
        .iter()
        .filter(|l| matches!(l.outcome, LinkOutcome::Add | LinkOutcome::Replace { .. }))
        .collect();
    let left: Vec<_> = plan
        .links
        .iter()
        .filter(|l| matches!(l.outcome, LinkOutcome::Cycle | LinkOutcome::UnknownManager { .. }))
        .collect();
    let mut section = |label: Label, head: String, links: &[&crate::import::LinkPlan], tone: Tone| {
        if links.is_empty() {
            return;
        }
        out.push(said(label, head, tone));
        for l in links.iter().take(LISTED) {
            out.push(more(line(l), tone));
        }
        if links.len() > LISTED {
            out.push(more(words::and_more(links.len() - LISTED), Tone::Dim));
        }
    };
    let replaced = made.iter().filter(|l| matches!(l.outcome, LinkOutcome::Replace { .. })).count();
    section(Label::Reporting, words::lines_count(made.len() - replaced, replaced), &made, Tone::Change);
    section(Label::NotLinked, words::num(left.len()), &left, Tone::Warn);
}
