//! Editing the relationships of the open account: our team (`T`), the coverage of
//! the selected person (`C`) and their links (`L`, with a fuzzy picker for the other
//! end). Each editor is a modal over the account's views; every change it makes is one
//! [`crate::model::Edit`] committed through the session, so it is saved at once and
//! undoable. The editors read the account on every frame, so undo inside them shows
//! at once.

pub mod coverage;
pub mod keys;
pub mod links;
pub mod team;

use super::action::Action;
use super::app::{App, Level, Screen};
use super::fit::fit;
use super::keymap::{self, Mode};
use super::theme::Theme;
use super::widgets::dialog::Modal;
use coverage::CoverageEditor;
use links::LinksEditor;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};
use team::TeamEditor;

/// One of the three editors.
#[derive(Debug, Clone, PartialEq)]
pub enum Editor {
    /// Our team: add, edit, delete members.
    Team(TeamEditor),
    /// Who of our team covers one person, and how strongly.
    Coverage(CoverageEditor),
    /// The links from and to one person.
    Links(LinksEditor),
}

impl Editor {
    /// The mode whose bindings apply.
    pub fn mode(&self) -> Mode {
        match self {
            Editor::Team(e) => e.mode(),
            Editor::Coverage(_) => Mode::CoverageEdit,
            Editor::Links(e) => e.mode(),
        }
    }
}

impl App {
    /// Opens the editor an action asks for, over the open account.
    pub(super) fn open_relations(&mut self, action: Action) {
        let Screen::Account(s) = &self.screen else { return };
        let account = s.session.account();
        let person = s.selected_person().and_then(|i| account.people.get(i));
        let editor = match (action, person) {
            (Action::EditTeam, _) => Editor::Team(TeamEditor::default()),
            (Action::EditCoverage, _) if account.team.is_empty() => {
                return self.say(Level::Info, crate::t!("tui-forms-team-empty-for-coverage"));
            }
            (Action::EditCoverage, Some(p)) => Editor::Coverage(CoverageEditor::new(account, p)),
            (Action::EditLinks, Some(p)) => Editor::Links(LinksEditor::new(&p.id)),
            _ => return self.say(Level::Info, crate::t!("tui-forms-nobody-selected")),
        };
        self.modal = Some(Modal::Relations(Box::new(editor)));
    }

    /// Carries out an action on an open editor; returns the modal to keep open.
    pub(super) fn update_relations(&mut self, editor: Editor, action: Action) -> Option<Modal> {
        let kept = match editor {
            Editor::Team(e) => self.update_team(e, action).map(Editor::Team),
            Editor::Coverage(e) => self.update_coverage(e, action).map(Editor::Coverage),
            Editor::Links(e) => self.update_links(e, action).map(Editor::Links),
        };
        // A commit may have put up its own modal (the file changed on disk); that
        // question comes first and the editor closes.
        match self.modal.take() {
            Some(m) => Some(m),
            None => kept.map(|e| Modal::Relations(Box::new(e))),
        }
    }

    /// Draws an editor over the body of the screen.
    pub(super) fn render_relations(&self, editor: &Editor, area: Rect, buf: &mut Buffer) {
        let Some(s) = self.open_account() else { return };
        let (account, theme) = (s.session.account(), self.theme);
        match editor {
            Editor::Team(e) => (&team::TeamEditorWidget { editor: e, account, theme }).render(area, buf),
            Editor::Coverage(e) => {
                (&coverage::CoverageEditorWidget { editor: e, account, theme }).render(area, buf)
            }
            Editor::Links(e) => {
                let index = s.session.index();
                (&links::LinksWidget { editor: e, account, index, theme }).render(area, buf)
            }
        }
    }

    /// Commits an edit built from the account; on refusal returns the reason (which
    /// is also in the status bar).
    fn commit_or_reason(
        &mut self,
        build: impl FnOnce(&crate::model::Account) -> Result<crate::model::Edit, crate::model::ops::RuleError>,
        label: String,
    ) -> Result<(), String> {
        if self.commit(build, label) {
            Ok(())
        } else {
            Err(self.message.as_ref().map(|m| m.text.clone()).unwrap_or_default())
        }
    }
}

/// A centred editor box with a title and the mode's key hints along its bottom
/// border; returns the inside to draw on.
fn frame(
    area: Rect,
    buf: &mut Buffer,
    theme: Theme,
    title: &str,
    height: u16,
    hints: &[Action],
    mode: Mode,
) -> Rect {
    let popup = area.centered(Constraint::Max(66), Constraint::Length(height.min(area.height)));
    Clear.render(popup, buf);
    let w = popup.width.saturating_sub(2) as usize;
    let hint: Vec<String> = keymap::hints(mode, hints).into_iter().map(|(k, d)| format!("{k} {d}")).collect();
    let block = Block::bordered()
        .title(Span::styled(fit(title, w), theme.title()))
        .title_bottom(Span::styled(fit(&hint.join(" · "), w), theme.dim()))
        .border_style(theme.border_focused());
    let inner = block.inner(popup);
    block.render(popup, buf);
    inner
}

/// Moves a list selection by one step, clamped to `len` rows.
fn step(selected: usize, action: Action, len: usize) -> usize {
    match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(len.saturating_sub(1)),
        _ => selected.min(len.saturating_sub(1)),
    }
}
