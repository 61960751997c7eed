//! The person form: one field per line, checked as you type, with the problem shown
//! under the field. Roles toggle with their badge letters; the stance cycles, or is
//! picked by its first letters; a digit on the influence replaces it. A name another
//! person of the account has is pointed out under the name (two people may share a
//! name, so it is a warning, not a problem). Esc on a changed form asks first.
//!
//! ```text
//! ┌Add person──────────────────────────────────┐
//! │Name          Пётр Иванов                   │
//! │Roles         U I D P B G N  User, Decider  │
//! │Influence     7                             │
//! │              ↳ influence is 1 to 5         │
//! └Enter save · Esc cancel · Tab next field────┘
//! ```

use super::choice::TypeAhead;
use super::discard::DiscardWidget;
use super::field::TextField;
use super::form_words::{self, Namesakes};
use super::wrap::wrap;
use crate::model::{Date, Influence, Person, Role, Stance};
use crate::tui::action::Action;
use crate::tui::fit::fit;
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// The field that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// The name (required).
    #[default]
    Name,
    /// Job title.
    Title,
    /// Department.
    Department,
    /// Roles, toggled by their badge letters.
    Roles,
    /// Stance, cycled.
    Stance,
    /// Influence, 1 to 5.
    Influence,
    /// Date of the last contact, YYYY-MM-DD or empty.
    LastContact,
    /// Free notes.
    Notes,
}

impl Focus {
    const ALL: [Focus; 8] = [
        Focus::Name,
        Focus::Title,
        Focus::Department,
        Focus::Roles,
        Focus::Stance,
        Focus::Influence,
        Focus::LastContact,
        Focus::Notes,
    ];

    fn at(self) -> usize {
        Self::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }

    /// The field below, wrapping to the top.
    pub fn next(self) -> Focus {
        Self::ALL[(self.at() + 1) % Self::ALL.len()]
    }

    /// The field above, wrapping to the bottom.
    pub fn prev(self) -> Focus {
        Self::ALL[(self.at() + Self::ALL.len() - 1) % Self::ALL.len()]
    }

    fn label(self) -> &'static str {
        match self {
            Focus::Name => "Name",
            Focus::Title => "Title",
            Focus::Department => "Department",
            Focus::Roles => "Roles",
            Focus::Stance => "Stance",
            Focus::Influence => "Influence",
            Focus::LastContact => "Last contact",
            Focus::Notes => "Notes",
        }
    }
}

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum FormOutcome {
    /// Keep editing.
    Editing,
    /// The user saved a valid person.
    Save(Box<Person>),
    /// The user gave up.
    Cancel,
}

/// Names longer than this (in bytes) are looked up as nobody's namesake.
const NAMESAKE_LIMIT: usize = 512;

/// A person being added or edited.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonForm {
    /// The person as they were (a new one when adding); keeps id, coverage and
    /// unknown fields that the form does not show.
    base: Person,
    /// Whether the person is new.
    pub adding: bool,
    /// The field with the keyboard.
    pub focus: Focus,
    name: TextField,
    title: TextField,
    department: TextField,
    roles: Vec<Role>,
    stance: Stance,
    influence: TextField,
    last_contact: TextField,
    notes: TextField,
    /// The other people called what the name field says, as (name, title), for the
    /// namesake warning, and the name they were looked up for (the app looks them up
    /// again, through the session's name index, when the name changes).
    namesakes: Vec<(String, Option<String>)>,
    namesakes_for: Option<String>,
    /// The fields as the form opened, to tell whether Esc would drop anything.
    initial: Values,
    /// Whether Esc asked before dropping the changes.
    pub asking: bool,
    /// Letters typed on the stance.
    letters: TypeAhead,
}

/// What the form's fields hold, compared to tell a changed form: the texts as typed,
/// the roles as a set, the stance.
type Values = (Vec<String>, Vec<Role>, Stance);

impl PersonForm {
    /// A form for a new person with this id.
    pub fn add(id: String) -> PersonForm {
        PersonForm { adding: true, ..Self::edit(&Person::new(id, "")) }
    }

    /// A form filled in from a person.
    pub fn edit(p: &Person) -> PersonForm {
        let text = |s: &Option<String>| TextField::new(s.clone().unwrap_or_default());
        let mut form = PersonForm {
            base: p.clone(),
            adding: false,
            focus: Focus::Name,
            name: TextField::new(p.name.clone()),
            title: text(&p.title),
            department: text(&p.department),
            roles: p.roles.clone(),
            stance: p.stance,
            influence: TextField::new(p.influence.0.to_string()),
            last_contact: TextField::new(p.last_contact.map(|d| d.to_string()).unwrap_or_default()),
            notes: text(&p.notes),
            namesakes: Vec::new(),
            namesakes_for: None,
            initial: Default::default(),
            asking: false,
            letters: TypeAhead::default(),
        };
        form.initial = form.values();
        form
    }

    /// The name the namesakes were last looked up for differs from the name field:
    /// `Some(name)` to look up again.
    pub fn namesakes_stale(&self) -> Option<&str> {
        let name = self.name.text();
        // Past this length nobody is a namesake; not looking keeps typing (or pasting)
        // a huge text as cheap per key as a short one.
        if name.len() > NAMESAKE_LIMIT {
            return None;
        }
        (self.namesakes_for.as_deref() != Some(name)).then_some(name)
    }

    /// The people other than this one who are called what the name field says.
    pub fn set_namesakes(&mut self, namesakes: Vec<(String, Option<String>)>) {
        self.namesakes_for = Some(self.name.text().to_string());
        self.namesakes = namesakes;
    }

    /// The id of the person edited (or to be added).
    pub fn person_id(&self) -> &str {
        &self.base.id
    }

    fn values(&self) -> Values {
        let texts =
            [&self.name, &self.title, &self.department, &self.influence, &self.last_contact, &self.notes];
        let mut roles = self.roles.clone();
        roles.sort();
        (texts.iter().map(|t| t.text().to_string()).collect(), roles, self.stance)
    }

    /// Whether any field differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.values() != self.initial
    }

    /// The question Esc asks on a changed form.
    pub fn discard_question(&self) -> String {
        let what = if self.adding { form_words::NEW_PERSON } else { &self.base.name };
        form_words::discard_question(what)
    }

    /// Which bindings apply: the question before dropping changes, or those of the
    /// focused field.
    pub fn mode(&self) -> Mode {
        if self.asking { Mode::DiscardChanges } else { self.field_mode() }
    }

    /// Which bindings the focused field has: text, roles or a choice.
    fn field_mode(&self) -> Mode {
        match self.focus {
            Focus::Roles => Mode::FormRoles,
            Focus::Stance => Mode::FormChoice,
            _ => Mode::Form,
        }
    }

    fn field_mut(&mut self, f: Focus) -> Option<&mut TextField> {
        Some(match f {
            Focus::Name => &mut self.name,
            Focus::Title => &mut self.title,
            Focus::Department => &mut self.department,
            Focus::Influence => &mut self.influence,
            Focus::LastContact => &mut self.last_contact,
            Focus::Notes => &mut self.notes,
            Focus::Roles | Focus::Stance => return None,
        })
    }

    fn field(&self, f: Focus) -> Option<&TextField> {
        Some(match f {
            Focus::Name => &self.name,
            Focus::Title => &self.title,
            Focus::Department => &self.department,
            Focus::Influence => &self.influence,
            Focus::LastContact => &self.last_contact,
            Focus::Notes => &self.notes,
            Focus::Roles | Focus::Stance => return None,
        })
    }

    /// What is wrong with a field as typed, in words for the rep.
    pub fn problem(&self, f: Focus) -> Option<&'static str> {
        match f {
            Focus::Name if self.name.text().trim().is_empty() => Some("a name is required"),
            Focus::Influence => match self.influence.text().trim().parse::<i64>() {
                Ok(1..=5) => None,
                _ => Some("influence is a number from 1 to 5"),
            },
            Focus::LastContact => {
                let t = self.last_contact.text().trim();
                if t.is_empty() { None } else { Date::problem(t) }
            }
            _ => None,
        }
    }

    /// What to point out about a field that is not wrong: a name others have.
    pub fn warning(&self, f: Focus) -> Option<String> {
        if f != Focus::Name {
            return None;
        }
        if self.name.text().len() > NAMESAKE_LIMIT {
            return None;
        }
        let same: Vec<(&str, Option<&str>)> =
            self.namesakes.iter().map(|(n, t)| (n.as_str(), t.as_deref())).collect();
        form_words::namesakes(Namesakes::People, &same)
    }

    /// The first field with a problem.
    pub fn first_problem(&self) -> Option<Focus> {
        Focus::ALL.into_iter().find(|f| self.problem(*f).is_some())
    }

    /// The person the form describes, if every field is valid.
    pub fn person(&self) -> Option<Person> {
        if self.first_problem().is_some() {
            return None;
        }
        let opt = |f: &TextField| Some(f.text().trim().to_string()).filter(|s| !s.is_empty());
        // A new person's roles in the usual order; an edited person's stay in the order
        // the file has them (new ones at the end), so an edit changes only what changed.
        let mut roles = self.roles.clone();
        if self.adding {
            roles.sort();
        }
        Some(Person {
            name: self.name.text().trim().to_string(),
            title: opt(&self.title),
            department: opt(&self.department),
            roles,
            stance: self.stance,
            influence: Influence(self.influence.text().trim().parse().ok()?),
            last_contact: self.last_contact.text().trim().parse().ok(),
            notes: opt(&self.notes),
            ..self.base.clone()
        })
    }

    /// Carries out an action of the form's modes.
    pub fn handle(&mut self, action: Action) -> FormOutcome {
        if self.asking {
            match action {
                Action::Yes => return FormOutcome::Cancel,
                Action::Back => self.asking = false,
                _ => {}
            }
            return FormOutcome::Editing;
        }
        if !matches!(action, Action::Insert(_)) {
            self.letters.reset();
        }
        match action {
            Action::NextField => self.focus = self.focus.next(),
            Action::PrevField => self.focus = self.focus.prev(),
            Action::Back if self.changed() => self.asking = true,
            Action::Back => return FormOutcome::Cancel,
            Action::Submit => match self.person() {
                Some(p) => return FormOutcome::Save(Box::new(p)),
                // Refused while invalid: take the rep to what needs fixing.
                None => self.focus = self.first_problem().unwrap_or(self.focus),
            },
            Action::ToggleRole(r) => match self.roles.iter().position(|x| *x == r) {
                Some(i) => {
                    self.roles.remove(i);
                }
                None => self.roles.push(r),
            },
            Action::CycleNext => self.stance = self.stance.next(),
            Action::CyclePrev => self.stance = self.stance.prev(),
            Action::Insert(c) if self.focus == Focus::Stance => {
                let labels: Vec<&str> = Stance::ALL.iter().map(|s| s.label()).collect();
                let at = Stance::ALL.iter().position(|s| *s == self.stance).unwrap_or(0);
                if let Some(i) = self.letters.pick(c, &labels, at) {
                    self.stance = Stance::ALL[i];
                }
            }
            // Influence is one digit, 1 to 5: what is typed replaces it (4 gives 4, not 34).
            Action::Insert(c) if self.focus == Focus::Influence => self.influence = TextField::new(c),
            other => {
                if let Some(f) = self.field_mut(self.focus) {
                    f.handle(other);
                }
            }
        }
        FormOutcome::Editing
    }
}

/// The form as a centred box over the screen.
pub struct FormWidget<'a> {
    /// The form.
    pub form: &'a PersonForm,
    /// Styles.
    pub theme: Theme,
}

const LABEL: u16 = 14;

impl FormWidget<'_> {
    fn value(&self, f: Focus, width: usize) -> Line<'static> {
        let t = &self.theme;
        let focused = self.form.focus == f;
        match f {
            Focus::Roles => {
                let mut spans = Vec::new();
                for r in Role::ALL {
                    let on = self.form.roles.contains(r);
                    let style =
                        if on { t.badge().add_modifier(ratatui::style::Modifier::REVERSED) } else { t.dim() };
                    spans.push(Span::styled(r.badge().to_string(), style));
                    spans.push(Span::raw(" "));
                }
                let mut names: Vec<Role> = self.form.roles.clone();
                names.sort();
                let names: Vec<&str> = names.iter().map(|r| r.label()).collect();
                let rest = width.saturating_sub(15);
                spans.push(Span::raw(fit(&names.join(", "), rest)));
                Line::from(spans)
            }
            Focus::Stance => {
                let s = self.form.stance;
                let arrows = if focused { format!("‹ {} ›", s.label()) } else { s.label().to_string() };
                Line::from(Span::styled(fit(&arrows, width), t.stance(s)))
            }
            _ => {
                let field = self.form.field(f).cloned().unwrap_or_default();
                let cursor = focused.then(|| t.selected());
                field.line(width, t.text(), cursor)
            }
        }
    }
}

impl Widget for &FormWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        // The value column's width, to know how many lines the notes under fields take.
        let vw = area.width.min(72).saturating_sub(2 + LABEL) as usize;
        let notes: Vec<(Vec<String>, ratatui::style::Style)> = Focus::ALL
            .iter()
            .map(|f| match (self.form.problem(*f), self.form.warning(*f)) {
                (Some(p), _) => (vec![fit(&format!("↳ {p}"), vw)], t.error()),
                // A warning names people: it may take a second line to be read whole.
                (None, Some(w)) => (wrap(&format!("↳ {w}"), vw.saturating_sub(2), 2), t.warning()),
                (None, None) => (Vec::new(), t.text()),
            })
            .collect();
        let note_lines: usize = notes.iter().map(|n| n.0.len()).sum();
        let height = (Focus::ALL.len() as u16 + note_lines as u16 + 2).min(area.height);
        let popup = area.centered(Constraint::Max(72), Constraint::Length(height));
        Clear.render(popup, buf);
        let title =
            if self.form.adding { "Add person".to_string() } else { format!("Edit {}", self.form.base.name) };
        let mode = self.form.field_mode();
        let wanted: &[Action] = match mode {
            Mode::FormChoice => &[Action::Insert(' '), Action::Submit, Action::Back],
            _ => &[Action::Submit, Action::Back, Action::NextField],
        };
        let hints = keymap::hints(mode, wanted);
        let hint_text: Vec<String> = hints.iter().map(|(k, d)| format!("{k} {d}")).collect();
        let w = popup.width.saturating_sub(2) as usize;
        let block = Block::bordered()
            .title(Span::styled(fit(&title, w), t.title()))
            .title_bottom(Span::styled(fit(&hint_text.join(" · "), w), t.dim()))
            .border_style(t.border_focused());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let mut y = inner.y;
        for f in Focus::ALL {
            if y >= inner.bottom() {
                break;
            }
            let row = Rect { y, height: 1, ..inner };
            let label_style = if self.form.focus == f { t.field_focused() } else { t.dim() };
            let label = fit(f.label(), LABEL.min(row.width) as usize);
            Span::styled(label, label_style).render(row, buf);
            let value_area =
                Rect { x: row.x + LABEL.min(row.width), width: row.width.saturating_sub(LABEL), ..row };
            self.value(f, value_area.width as usize).render(value_area, buf);
            y += 1;
            let (lines, style) = &notes[f.at()];
            for (i, line) in lines.iter().enumerate() {
                if y >= inner.bottom() {
                    break;
                }
                // Lines after the first are indented under the text after the arrow.
                let indent = if i == 0 { "" } else { "  " };
                Span::styled(fit(&format!("{indent}{line}"), value_area.width as usize), *style)
                    .render(Rect { y, ..value_area }, buf);
                y += 1;
            }
        }
        if self.form.asking {
            let question = self.form.discard_question();
            (&DiscardWidget { question: &question, theme: self.theme }).render(popup, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(form: &mut PersonForm, s: &str) {
        for c in s.chars() {
            form.handle(Action::Insert(c));
        }
    }

    #[test]
    fn validates_as_you_type_and_refuses_to_save_while_invalid() {
        let mut f = PersonForm::add("p-1".into());
        assert_eq!(f.problem(Focus::Name), Some("a name is required"));
        assert_eq!(f.handle(Action::Submit), FormOutcome::Editing);
        typed(&mut f, "Пётр");
        assert_eq!(f.problem(Focus::Name), None);
        f.focus = Focus::Influence;
        f.handle(Action::DeleteBack);
        typed(&mut f, "7");
        assert!(f.problem(Focus::Influence).is_some());
        f.focus = Focus::LastContact;
        typed(&mut f, "2026-13-01");
        assert!(f.problem(Focus::LastContact).is_some());
        f.focus = Focus::Name;
        assert_eq!(f.handle(Action::Submit), FormOutcome::Editing);
        assert_eq!(f.focus, Focus::Influence, "save takes you to the first problem");
    }

    #[test]
    fn roles_toggle_stance_cycles_and_hidden_fields_survive() {
        let mut base = Person::new("p-1", "Anna");
        base.notes = Some("old".into());
        base.extra.insert("crm".into(), serde_json::json!(7));
        let mut f = PersonForm::edit(&base);
        f.focus = Focus::Roles;
        assert_eq!(f.mode(), Mode::FormRoles);
        for r in [Role::Payer, Role::User, Role::Payer, Role::Decider] {
            f.handle(Action::ToggleRole(r));
        }
        f.focus = f.focus.next();
        f.handle(Action::CycleNext);
        let FormOutcome::Save(p) = f.handle(Action::Submit) else { panic!("valid form") };
        assert_eq!(p.roles, [Role::User, Role::Decider]);
        assert_eq!(p.stance, Stance::Unknown.next());
        assert_eq!((p.id.as_str(), p.notes.as_deref()), ("p-1", Some("old")));
        assert_eq!(p.extra["crm"], 7);
        assert_eq!(Focus::Name.prev(), Focus::Notes);
    }
}
