//! What can pop up over a screen, and how the small dialogs draw: a yes/no question,
//! a one-line prompt, the changed-on-disk choice and the recovery offer. The person
//! form and the help have their own files.

use super::field::TextField;
use super::form::PersonForm;
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
    /// Adding or editing a follow-up or a demand.
    Record(Box<super::record_form::RecordForm>),
    /// Our team, a person's coverage or a person's links being edited.
    Relations(Box<crate::tui::relations::Editor>),
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
            Modal::Record(f) => f.mode(),
            Modal::Relations(e) => e.mode(),
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
    /// Quit although edits are not saved (they go to a recovery file).
    QuitUnsaved,
    /// Go back to the account list although edits are not saved (likewise).
    CloseUnsaved,
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
                lines.push(self.hint_line(Mode::Form, &[Action::Submit, Action::Back]));
                (p.title.clone(), lines)
            }
            Modal::Conflict => (
                "The file changed on disk".into(),
                vec![
                    Line::raw(
                        "Someone (another program, git, a text editor) changed this account's file since you opened it. dmu has not overwritten it. Your latest edits are kept in memory.",
                    ),
                    Line::default(),
                    self.hint_line(Mode::Conflict, &[Action::Reload, Action::SaveCopy, Action::Back]),
                ],
            ),
            Modal::Recovery(files) => {
                let first = files.first().map(|p| p.display().to_string()).unwrap_or_default();
                let more = if files.len() > 1 {
                    format!(" ({} more after this one)", files.len() - 1)
                } else {
                    String::new()
                };
                (
                    "Unsaved edits found".into(),
                    vec![
                        Line::raw(fit(
                            &format!(
                                "dmu stopped last time before it could save some edits. They were kept in {first}{more}."
                            ),
                            usize::MAX,
                        )),
                        Line::raw("Restore puts them back into the account and saves it."),
                        Line::default(),
                        self.hint_line(Mode::Recovery, &[Action::Restore, Action::Discard, Action::Back]),
                    ],
                )
            }
            Modal::Help(_) | Modal::Person(_) | Modal::Relations(_) | Modal::Record(_) => {
                (String::new(), Vec::new())
            }
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
