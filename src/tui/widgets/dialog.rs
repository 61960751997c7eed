//! What can pop up over a screen, and how the small dialogs draw: a yes/no question,
//! a one-line prompt, the changed-on-disk choice, leaving with unsaved edits and the
//! recovery offer. The person form and the help have their own files.

use super::field::TextField;
use super::form::PersonForm;
use crate::t;
use crate::tui::action::Action;
use crate::tui::fit::fit;
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use std::path::PathBuf;

/// What is shown over the screen, if anything; at most one at a time.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// The keys, from the keymap; scrolled this many lines.
    Help(u16),
    /// A yes/no question before something that cannot be undone here.
    Confirm(Confirm),
    /// One line of text to type (a new account's name, a rename).
    Prompt(Prompt),
    /// Adding or editing a person.
    Person(Box<PersonForm>),
    /// The open file changed on disk: reload, save a copy, or keep editing unsaved.
    Conflict,
    /// Unsaved edits from an earlier session were found.
    Recovery(Vec<PathBuf>),
    /// Quitting or leaving the account with edits that could not be saved.
    Leaving(Leaving),
    /// Adding or editing a follow-up or a demand.
    Record(Box<super::record_form::RecordForm>),
    /// Our team, a person's coverage or a person's links being edited.
    Relations(Box<crate::tui::relations::Editor>),
    /// The open account's conflicts from a merge, to decide.
    MergeConflicts(Box<crate::tui::views::conflicts::ConflictsView>),
    /// Something to read (what a sync did), until Esc.
    Notice(Box<super::notice::Notice>),
}

impl Modal {
    /// The mode whose bindings apply while this is open.
    pub fn mode(&self) -> Mode {
        match self {
            Modal::Help(_) => Mode::Help,
            Modal::Confirm(_) => Mode::Confirm,
            Modal::Prompt(_) => Mode::Form,
            Modal::Person(f) => f.mode(),
            Modal::Conflict => Mode::Conflict,
            Modal::Recovery(_) => Mode::Recovery,
            Modal::Leaving(l) if matches!(l.kept, Kept::Nowhere(_)) => Mode::Unsaved,
            Modal::Leaving(_) => Mode::Confirm,
            Modal::Record(f) => f.mode(),
            Modal::Relations(e) => e.mode(),
            Modal::MergeConflicts(_) => Mode::MergeConflicts,
            Modal::Notice(_) => Mode::Notice,
        }
    }
}

/// What a confirmed question goes on to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Delete a person (and their links) from the open account.
    DeletePerson(String),
    /// Move an account file to the trash.
    TrashAccount(PathBuf),
    /// Delete a follow-up (by id) from the open account.
    DeleteFollowUp(String),
    /// Delete a demand (by id) from the open account.
    DeleteDemand(String),
    /// Delete a deal (by id) from the open account.
    DeleteDeal(String),
    /// Delete an initiative of the account plan, by id.
    DeletePlanItem(String),
    /// Quit although edits are not saved (they were written somewhere first, or the
    /// rep chose to lose them).
    QuitUnsaved,
    /// Go back to the account list although edits are not saved (likewise).
    CloseUnsaved,
}

/// Where unsaved edits are, as the leaving dialog says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// In this recovery file, written and read back; the next start offers it.
    Recovery(PathBuf),
    /// In this file the rep named, written and read back; the next start does not offer it.
    File(PathBuf),
    /// Nowhere: no recovery place would take them; the sentence names each and why.
    Nowhere(String),
}

/// Leaving with edits that could not be saved: what happened to them, and what leaving
/// goes on to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaving {
    /// Quit, or go back to the account list.
    pub pending: Pending,
    /// Why the last save failed.
    pub why: String,
    /// Where the edits are.
    pub kept: Kept,
}

impl Leaving {
    fn quitting(&self) -> bool {
        self.pending == Pending::QuitUnsaved
    }
}

/// A yes/no question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    /// The question, one line.
    pub question: String,
    /// What happens, in a sentence or two.
    pub detail: String,
    /// What yes does.
    pub on_yes: Pending,
}

/// What a prompt's text is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptFor {
    /// The name of a new account.
    NewAccount,
    /// A new name for the account in this file.
    Rename(PathBuf),
    /// A new file to write the open account to, when leaving found no recovery place.
    WriteAccount(Box<Leaving>),
    /// A note for the history before the what-if is applied (empty: none); Esc goes
    /// back to the what-if.
    WhatIfNote,
    /// The name to save the import's mapping under, as a profile; Esc goes back to the
    /// import's preview.
    ImportProfile,
}

/// A one-line text question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// The title of the box.
    pub title: String,
    /// The text typed so far.
    pub field: TextField,
    /// What the text is for.
    pub purpose: PromptFor,
    /// Why the last attempt was refused.
    pub error: Option<String>,
}

/// A small dialog, ready to draw.
pub struct DialogWidget<'a> {
    /// The dialog.
    pub modal: &'a Modal,
    /// Styles.
    pub theme: Theme,
}

impl DialogWidget<'_> {
    fn hint_line(&self, mode: Mode, actions: &[Action]) -> Line<'static> {
        let mut spans = Vec::new();
        for (k, d) in keymap::hints(mode, actions) {
            if !spans.is_empty() {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(k, self.theme.key()));
            spans.push(Span::raw(format!(" {d}")));
        }
        Line::from(spans)
    }

    /// [`DialogWidget::hint_line`] with words of the dialog's own for what the keys do.
    fn hint_line_saying(&self, mode: Mode, actions: &[Action], words: &[&str]) -> Line<'static> {
        let mut spans = Vec::new();
        for ((k, _), d) in keymap::hints(mode, actions).into_iter().zip(words) {
            if !spans.is_empty() {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(k, self.theme.key()));
            spans.push(Span::raw(format!(" {d}")));
        }
        Line::from(spans)
    }

    /// One choice on a line of its own: its key, then what it does (`desc`, or the
    /// keymap's words).
    fn choice(&self, mode: Mode, action: Action, desc: Option<String>) -> Line<'static> {
        let Some(bind) = keymap::bindings().iter().find(|b| b.modes.contains(&mode) && b.action == action)
        else {
            return Line::default();
        };
        Line::from(vec![
            Span::styled(keymap::key_label(bind.key), self.theme.key()),
            Span::raw(format!(" {}", desc.as_deref().unwrap_or(bind.desc))),
        ])
    }

    fn leaving(&self, l: &Leaving) -> (String, Vec<Line<'static>>) {
        // The reason comes from the store, which may begin it with "not saved: ".
        let why = l.why.strip_prefix("not saved: ").unwrap_or(&l.why);
        let failed = Line::raw(fit(&t!("tui-forms-leaving-failed", why = why), usize::MAX));
        let title =
            if l.quitting() { t!("tui-forms-leaving-quit-title") } else { t!("tui-forms-leaving-title") };
        let yes_no = self.hint_line(Mode::Confirm, &[Action::Yes, Action::Back]);
        match &l.kept {
            Kept::Recovery(p) => (
                title,
                vec![
                    failed,
                    Line::raw(fit(
                        &t!("tui-forms-leaving-kept-recovery", path = p.display().to_string()),
                        usize::MAX,
                    )),
                    Line::default(),
                    yes_no,
                ],
            ),
            Kept::File(p) => (
                title,
                vec![
                    failed,
                    Line::raw(fit(
                        &t!("tui-forms-leaving-kept-file", path = p.display().to_string()),
                        usize::MAX,
                    )),
                    Line::default(),
                    yes_no,
                ],
            ),
            Kept::Nowhere(places) => {
                let mut c = places.chars();
                let places: String =
                    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
                let (lose, would_lose) = if l.quitting() {
                    (t!("tui-forms-leaving-quit-and-lose"), t!("tui-forms-leaving-quitting-loses"))
                } else {
                    (t!("tui-forms-leaving-leave-and-lose"), t!("tui-forms-leaving-leaving-loses"))
                };
                (
                    t!("tui-forms-leaving-nowhere-title"),
                    vec![
                        failed,
                        Line::raw(fit(&t!("tui-forms-leaving-places", places = places), usize::MAX)),
                        Line::raw(would_lose),
                        Line::default(),
                        self.choice(
                            Mode::Unsaved,
                            Action::WriteElsewhere,
                            Some(t!("tui-forms-leaving-write-elsewhere")),
                        ),
                        self.choice(Mode::Unsaved, Action::LoseEdits, Some(lose)),
                        self.choice(Mode::Unsaved, Action::Back, Some(t!("tui-forms-leaving-stay"))),
                    ],
                )
            }
        }
    }

    fn content(&self, width: usize) -> (String, Vec<Line<'static>>) {
        let t = &self.theme;
        match self.modal {
            Modal::Confirm(c) => (
                c.question.clone(),
                vec![
                    Line::raw(fit(&c.detail, usize::MAX)),
                    Line::default(),
                    self.hint_line(Mode::Confirm, &[Action::Yes, Action::Back]),
                ],
            ),
            Modal::Prompt(p) => {
                let mut lines = vec![p.field.line(width, t.text(), Some(t.selected()))];
                if let Some(e) = &p.error {
                    lines.push(Line::styled(fit(&format!("↳ {e}"), usize::MAX), t.error()));
                }
                lines.push(Line::default());
                lines.push(match p.purpose {
                    PromptFor::WhatIfNote => self.hint_line_saying(
                        Mode::Form,
                        &[Action::Submit, Action::Back],
                        &[
                            crate::i18n::fixed("tui-messages-what-if-note-apply"),
                            crate::i18n::fixed("tui-messages-what-if-note-back"),
                        ],
                    ),
                    _ => self.hint_line(Mode::Form, &[Action::Submit, Action::Back]),
                });
                (p.title.clone(), lines)
            }
            Modal::Conflict => (
                t!("tui-forms-conflict-title"),
                vec![
                    Line::raw(t!("tui-forms-conflict-explained")),
                    Line::default(),
                    self.choice(Mode::Conflict, Action::Reload, None),
                    self.choice(Mode::Conflict, Action::SaveCopy, None),
                    self.choice(Mode::Conflict, Action::Back, None),
                ],
            ),
            Modal::Leaving(l) => self.leaving(l),
            Modal::Recovery(files) => {
                let first = files.first().map(|p| p.display().to_string()).unwrap_or_default();
                let kept = match files.len() {
                    0 | 1 => t!("tui-forms-recovery-kept-in", first = first),
                    n => t!("tui-forms-recovery-kept-in-more", first = first, more = n - 1),
                };
                (
                    t!("tui-forms-recovery-title"),
                    vec![
                        Line::raw(fit(&kept, usize::MAX)),
                        Line::raw(t!("tui-forms-recovery-explained")),
                        Line::default(),
                        self.hint_line(Mode::Recovery, &[Action::Restore, Action::Discard, Action::Back]),
                    ],
                )
            }
            Modal::Help(_)
            | Modal::Person(_)
            | Modal::Relations(_)
            | Modal::Record(_)
            | Modal::MergeConflicts(_)
            | Modal::Notice(_) => (String::new(), Vec::new()),
        }
    }
}

impl Widget for &DialogWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let width = area.width.min(64);
        let inner_w = width.saturating_sub(2) as usize;
        let (title, lines) = self.content(inner_w);
        let rows: usize = lines.iter().map(|l| wrapped_rows(l, inner_w)).sum();
        let para = Paragraph::new(lines).wrap(Wrap { trim: false });
        let height = (rows.min(u16::MAX as usize / 2) as u16).saturating_add(2).min(area.height);
        let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(Span::styled(fit(&title, inner_w), self.theme.title()))
            .border_style(self.theme.border_focused());
        para.block(block).render(popup, buf);
    }
}

/// Rows a line takes when word-wrapped greedily into `width` columns (what ratatui's
/// `Wrap` does, near enough to size a box; its exact count is an unstable API).
fn wrapped_rows(line: &Line, width: usize) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    if width == 0 {
        return 1;
    }
    let (mut rows, mut used) = (1, 0);
    for word in text.split(' ') {
        let w = crate::tui::fit::width(word);
        let need = if used == 0 { w } else { used + 1 + w };
        if need <= width {
            used = need;
        } else {
            rows += 1 + w.saturating_sub(1) / width;
            used = w % width;
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_rows_counts_word_wrapping() {
        assert_eq!(wrapped_rows(&Line::raw("aaa bbb"), 7), 1);
        assert_eq!(wrapped_rows(&Line::raw("aaa bbb"), 6), 2);
        assert_eq!(wrapped_rows(&Line::raw(""), 6), 1);
    }
}
