//! Our team on the account: the list of members with their function and how many
//! people each covers; add and edit in a two-field form under the list (the function
//! cycles, or is picked by its first letters; a name another member has is pointed
//! out; Esc on a changed form asks first); delete asks first and takes the member's
//! coverage along in the same undoable step.
//!
//! ```text
//! ┌Our team (3)────────────────────────────────────┐
//! │Anna Berg                 Sales        covers 6 │
//! │Omar Haddad               Technical    covers 2 │
//! │                                                │
//! │Name      Omar Haddad▏                          │
//! │Function  ‹ Technical ›                         │
//! └Enter save · Esc cancel · Tab next field────────┘
//! ```

use super::{frame, step};
use crate::model::{Account, Function, TeamMember, new_id_avoiding, ops, readable_id};
use crate::t;
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::app::{App, Level, Screen};
use crate::tui::fit::fit;
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use crate::tui::views::people::scroll_into_view;
use crate::tui::widgets::choice::TypeAhead;
use crate::tui::widgets::field::TextField;
use crate::tui::widgets::form_words::{self, Edited, Namesakes};
use crate::tui::widgets::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The field of the member form that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MemberFocus {
    /// The name, typed.
    #[default]
    Name,
    /// The function, cycled.
    Function,
}

/// A member being added or edited.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberForm {
    /// The member as they were (a new one when adding); keeps id and unknown fields.
    base: TeamMember,
    /// Whether the member is new.
    pub adding: bool,
    /// The field with the keyboard.
    pub focus: MemberFocus,
    /// The name as typed.
    pub name: TextField,
    /// The function chosen.
    pub function: Function,
    /// Why the last save was refused.
    pub error: Option<String>,
    /// Whether Esc asked before dropping the changes.
    pub asking: bool,
    /// Letters typed on the function.
    letters: TypeAhead,
}

impl MemberForm {
    fn new(base: TeamMember, adding: bool) -> MemberForm {
        MemberForm {
            name: TextField::new(base.name.clone()),
            function: base.function,
            base,
            adding,
            focus: MemberFocus::Name,
            error: None,
            asking: false,
            letters: TypeAhead::default(),
        }
    }

    /// Whether the name or function differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.name.text() != self.base.name || self.function != self.base.function
    }

    /// The question Esc asks on a changed form.
    pub fn discard_question(&self) -> String {
        let what = if self.adding { Edited::NewMember } else { Edited::Member(&self.base.name) };
        form_words::discard_question(what)
    }

    /// The warning when another member of the team has the name typed.
    pub fn warning(&self, team: &[TeamMember]) -> Option<String> {
        let same: Vec<(&str, Option<&str>)> = team
            .iter()
            .filter(|m| m.id != self.base.id && form_words::same_name(self.name.text(), &m.name))
            .map(|m| (m.name.as_str(), Some(m.function.tr_str())))
            .collect();
        form_words::namesakes(Namesakes::Team, &same)
    }
}

/// What the team editor is doing.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum TeamState {
    /// Showing the list.
    #[default]
    List,
    /// Adding or editing a member.
    Form(MemberForm),
    /// Asking before deleting the member with this id.
    Ask {
        /// The member to delete.
        id: String,
        /// The question shown.
        question: String,
    },
}

/// The team editor's state; the members themselves are read from the account.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamEditor {
    /// The selected row (a position in `team`).
    pub selected: usize,
    /// What it is doing.
    pub state: TeamState,
}

impl TeamEditor {
    /// The mode whose bindings apply.
    pub fn mode(&self) -> Mode {
        match &self.state {
            TeamState::List => Mode::TeamEditor,
            TeamState::Form(f) if f.asking => Mode::DiscardChanges,
            TeamState::Form(f) if f.focus == MemberFocus::Function => Mode::MemberFunction,
            TeamState::Form(_) => Mode::Form,
            TeamState::Ask { .. } => Mode::Confirm,
        }
    }
}

/// The question asked before deleting a member, or why they cannot be deleted.
pub fn delete_question(a: &Account, m: &TeamMember) -> Result<String, String> {
    ops::delete_member(a, &m.id).map_err(|e| capitalised(&e.to_string()))?;
    let name = inert(&m.name);
    Ok(match ops::covered_by(a, &m.id) {
        0 => t!("tui-forms-team-delete-question", name = name),
        n => t!("tui-forms-team-delete-covering", name = name, n = n),
    })
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

impl App {
    pub(super) fn update_team(&mut self, mut ed: TeamEditor, action: Action) -> Option<TeamEditor> {
        let Screen::Account(s) = &self.screen else { return None };
        let a = s.session.account();
        ed.selected = step(ed.selected, Action::Top, a.team.len());
        let selected = a.team.get(ed.selected).cloned();
        match std::mem::take(&mut ed.state) {
            TeamState::List => match (action, selected) {
                (Action::Up | Action::Down, _) => ed.selected = step(ed.selected, action, a.team.len()),
                (Action::Add, _) => {
                    let id = new_id_avoiding("t", a.team.iter().map(|m| m.id.as_str()));
                    let base = TeamMember {
                        id,
                        name: String::new(),
                        function: Function::Sales,
                        extra: Default::default(),
                    };
                    ed.state = TeamState::Form(MemberForm::new(base, true));
                }
                (Action::Edit, Some(m)) => ed.state = TeamState::Form(MemberForm::new(m, false)),
                (Action::Delete, Some(m)) => match delete_question(a, &m) {
                    Ok(question) => ed.state = TeamState::Ask { id: m.id, question },
                    Err(why) => self.say(Level::Error, why),
                },
                (Action::Edit | Action::Delete, None) => self.say(Level::Info, t!("tui-forms-team-none-yet")),
                (Action::Undo | Action::Redo, _) => self.undo_redo(action == Action::Undo),
                (Action::Back, _) => return None,
                _ => {}
            },
            TeamState::Form(mut f) if f.asking => {
                match action {
                    Action::Yes => return Some(ed),
                    Action::Back => f.asking = false,
                    _ => {}
                }
                ed.state = TeamState::Form(f);
            }
            TeamState::Form(mut f) => {
                if !matches!(action, Action::Insert(_)) {
                    f.letters.reset();
                }
                self.update_member_form(&mut ed, f, action);
            }
            TeamState::Ask { id, question } => match action {
                Action::Yes => {
                    let name = selected.map(|m| m.name).unwrap_or_else(|| id.clone());
                    self.commit(
                        |a| ops::delete_member(a, &id),
                        t!("tui-forms-team-deleted", name = inert(&name)),
                    );
                }
                Action::Back => {}
                _ => ed.state = TeamState::Ask { id, question },
            },
        }
        Some(ed)
    }
    /// Carries out an action on the member form (not while it asks before dropping
    /// changes); leaves the form in `ed.state` unless it closed.
    fn update_member_form(&mut self, ed: &mut TeamEditor, mut f: MemberForm, action: Action) {
        match action {
            Action::Back if f.changed() => {
                f.asking = true;
                ed.state = TeamState::Form(f);
            }
            Action::Back => {}
            Action::Insert(c) if f.focus == MemberFocus::Function => {
                let labels: Vec<&str> = Function::ALL.iter().map(|x| x.tr_str()).collect();
                let at = Function::ALL.iter().position(|x| *x == f.function).unwrap_or(0);
                if let Some(i) = f.letters.pick(c, &labels, at) {
                    f.function = Function::ALL[i];
                }
                ed.state = TeamState::Form(f);
            }
            Action::NextField | Action::PrevField => {
                f.focus =
                    if f.focus == MemberFocus::Name { MemberFocus::Function } else { MemberFocus::Name };
                ed.state = TeamState::Form(f);
            }
            Action::CycleNext => {
                f.function = f.function.next();
                ed.state = TeamState::Form(f);
            }
            Action::CyclePrev => {
                f.function = f.function.prev();
                ed.state = TeamState::Form(f);
            }
            Action::Submit => {
                let name = f.name.text().trim().to_string();
                if name.is_empty() {
                    f.error = Some(t!("tui-forms-name-required"));
                    f.focus = MemberFocus::Name;
                    ed.state = TeamState::Form(f);
                    return;
                }
                let mut member = TeamMember { name, function: f.function, ..f.base.clone() };
                if f.adding {
                    // Readable ids, made once the name is known (the form opens before).
                    let taken: Vec<String> = self
                        .open_account()
                        .map(|s| s.session.account().team.iter().map(|m| m.id.clone()).collect())
                        .unwrap_or_default();
                    member.id = readable_id("t", &member.name, taken.iter().map(String::as_str));
                }
                let id = member.id.clone();
                let label = if f.adding {
                    t!("tui-forms-team-added", name = inert(&member.name))
                } else {
                    t!("tui-forms-team-edited", name = inert(&member.name))
                };
                let done = if f.adding {
                    self.commit(|a| Ok(ops::add_member(a, member)), label)
                } else {
                    self.commit(|a| ops::update_member(a, member), label)
                };
                if !done {
                    ed.state = TeamState::Form(f);
                } else if let Some(s) = self.open_account() {
                    ed.selected = s.session.account().team.iter().position(|m| m.id == id).unwrap_or(0);
                }
            }
            other => {
                if f.focus == MemberFocus::Name && f.name.handle(other) {
                    f.error = None;
                }
                ed.state = TeamState::Form(f);
            }
        }
    }
}

/// The team editor, ready to draw.
pub struct TeamEditorWidget<'a> {
    /// The editor's state.
    pub editor: &'a TeamEditor,
    /// The open account.
    pub account: &'a Account,
    /// Styles.
    pub theme: Theme,
}

const NAME: usize = 26;

impl TeamEditorWidget<'_> {
    fn member_line(&self, m: &TeamMember, selected: bool, width: usize) -> Line<'static> {
        let t = &self.theme;
        let covers = t!("tui-forms-team-covers", n = ops::covered_by(self.account, &m.id));
        let name = fit(&m.name, NAME.min(width));
        let pad = NAME.saturating_sub(crate::tui::fit::width(&name));
        let text = format!("{name}{} {:<12} {covers}", " ".repeat(pad), m.function.tr_str());
        let style = if selected && self.editor.state == super::team::TeamState::List {
            t.selected()
        } else if selected {
            t.selected_unfocused()
        } else {
            t.text()
        };
        Line::styled(fit(&text, width), style)
    }

    fn below(&self, width: usize) -> Vec<Line<'static>> {
        let t = &self.theme;
        match &self.editor.state {
            TeamState::List => Vec::new(),
            TeamState::Ask { question, .. } => {
                vec![Line::default(), Line::styled(fit(question, width), t.warning())]
            }
            TeamState::Form(f) => {
                let label = |s: &str, on: bool| {
                    Span::styled(format!("{s:<10}"), if on { t.field_focused() } else { t.dim() })
                };
                let on_name = f.focus == MemberFocus::Name;
                let mut name = vec![label(&t!("tui-forms-team-name"), on_name)];
                name.extend(
                    f.name.line(width.saturating_sub(10), t.text(), on_name.then(|| t.selected())).spans,
                );
                let choice = if on_name {
                    f.function.tr_str().to_string()
                } else {
                    format!("‹ {} ›", f.function.tr_str())
                };
                let mut lines = vec![
                    Line::default(),
                    Line::from(name),
                    Line::from(vec![label(&t!("tui-forms-team-function"), !on_name), Span::raw(choice)]),
                ];
                if let Some(e) = &f.error {
                    lines.push(Line::styled(fit(&format!("↳ {e}"), width), t.error()));
                } else if let Some(w) = f.warning(&self.account.team) {
                    // Under the name it is about, on a second line when it needs one.
                    let text = format!("↳ {w}");
                    for (i, part) in wrap(&text, width.saturating_sub(12), 2).into_iter().enumerate() {
                        let indent = if i == 0 { 10 } else { 12 };
                        let under =
                            Line::from(vec![Span::raw(" ".repeat(indent)), Span::styled(part, t.warning())]);
                        lines.insert(2 + i, under);
                    }
                }
                if f.asking {
                    lines.push(Line::styled(fit(&f.discard_question(), width), t.warning()));
                }
                lines
            }
        }
    }
}

impl Widget for &TeamEditorWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (ed, team) = (self.editor, &self.account.team);
        let below = self.below(64);
        let rows = team.len().max(1) as u16;
        let height = rows.saturating_add(below.len() as u16).saturating_add(2);
        let title = match &ed.state {
            TeamState::Form(f) if f.adding => t!("tui-forms-team-add-title"),
            TeamState::Form(f) => t!("tui-forms-team-edit-title", name = &f.base.name),
            _ => t!("tui-forms-team-title", n = team.len()),
        };
        let hints: &[Action] = match ed.mode() {
            Mode::TeamEditor => &[Action::Add, Action::Edit, Action::Delete, Action::Undo, Action::Back],
            Mode::Confirm => &[Action::Yes, Action::Back],
            Mode::MemberFunction => &[Action::Insert(' '), Action::Submit, Action::Back],
            Mode::DiscardChanges => &[Action::Yes, Action::Back],
            _ => &[Action::Submit, Action::Back, Action::NextField],
        };
        let inner = frame(area, buf, self.theme, &title, height, hints, ed.mode());
        let width = inner.width as usize;
        let list_h = inner.height.saturating_sub(below.len() as u16).max(1.min(inner.height));
        if team.is_empty() {
            Line::styled(fit(&t!("tui-forms-team-none-yet"), width), self.theme.dim())
                .render(Rect { height: 1.min(inner.height), ..inner }, buf);
        }
        let page = list_h as usize;
        let offset = scroll_into_view(0, ed.selected, page);
        for (i, m) in team.iter().enumerate().skip(offset).take(page) {
            let y = inner.y + (i - offset) as u16;
            self.member_line(m, i == ed.selected, width).render(Rect { y, height: 1, ..inner }, buf);
        }
        let rest = Rect { y: inner.y + list_h, height: inner.height.saturating_sub(list_h), ..inner };
        Paragraph::new(self.below(width)).render(rest, buf);
    }
}
