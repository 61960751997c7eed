//! The person form: one field per line, checked as you type, with the problem shown
//! under the field. Roles toggle with their badge letters; the stance, how we know it
//! and the status cycle, or are picked by their first letters; a digit on the
//! influence replaces it. A name another person of the account has is pointed out
//! under the name (two people may share a name, so it is a warning, not a problem).
//! Esc on a changed form asks first. When the fields do not fit the screen, the form
//! scrolls to keep the focused field (and what is said under it) in view.
//!
//! A changed stance is a fresh judgement: changing the stance fills "Confirmed on"
//! with today, and says so under it, until the rep types a date there themselves (or
//! puts the stance back, which puts the date back). How we know the stance and the
//! status are written to the file only when the rep changes them: a person whose file
//! leaves them out (meaning `reported` and `active`) keeps them out.
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
use super::form_note::HistoryNote;
use super::form_words::{self, Edited, Namesakes};
use super::wrap::wrap;
use crate::model::{Basis, Date, Influence, Person, Role, Stance, Status};
use crate::t;
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
    /// How we know the stance (observed, reported, assumed), cycled.
    Basis,
    /// When the stance was last confirmed, YYYY-MM-DD or empty.
    StanceOn,
    /// The competitor this person prefers, by name.
    Favours,
    /// Influence, 1 to 5.
    Influence,
    /// Where they stand now (active, new, leaving, left), cycled.
    Status,
    /// When they started, will leave or left, YYYY-MM-DD or empty.
    StatusOn,
    /// Date of the last contact, YYYY-MM-DD or empty.
    LastContact,
    /// Email address, as given.
    Email,
    /// Phone number, as given.
    Phone,
    /// Free notes.
    Notes,
    /// A note for the history of this edit (not saved in the person; see `form_note`).
    HistoryNote,
}

impl Focus {
    const ALL: [Focus; 16] = [
        Focus::Name,
        Focus::Title,
        Focus::Department,
        Focus::Roles,
        Focus::Stance,
        Focus::Basis,
        Focus::StanceOn,
        Focus::Favours,
        Focus::Influence,
        Focus::Status,
        Focus::StatusOn,
        Focus::LastContact,
        Focus::Email,
        Focus::Phone,
        Focus::Notes,
        Focus::HistoryNote,
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

    /// The label in front of the field; the status date's says what the date means
    /// for the status chosen.
    fn label(self, status: Status) -> String {
        match self {
            Focus::Name => t!("tui-forms-person-name"),
            Focus::Title => t!("tui-forms-person-title"),
            Focus::Department => t!("tui-forms-person-department"),
            Focus::Roles => t!("tui-forms-person-roles"),
            Focus::Stance => t!("tui-forms-person-stance"),
            Focus::Basis => t!("tui-forms-person-basis"),
            Focus::StanceOn => t!("tui-forms-person-stance-on"),
            Focus::Favours => t!("tui-forms-person-favours"),
            Focus::Influence => t!("tui-forms-person-influence"),
            Focus::Status => t!("tui-forms-person-status"),
            Focus::StatusOn => match status {
                Status::Active => t!("tui-forms-person-active-since"),
                Status::New => t!("tui-forms-person-new-since"),
                Status::Leaving => t!("tui-forms-person-leaving-on"),
                Status::Left => t!("tui-forms-person-left-on"),
            },
            Focus::LastContact => t!("tui-forms-person-last-contact"),
            Focus::Email => t!("tui-forms-person-email"),
            Focus::Phone => t!("tui-forms-person-phone"),
            Focus::Notes => t!("tui-forms-person-notes"),
            Focus::HistoryNote => HistoryNote::label(),
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
    /// How we know the stance, as shown (the file's default when it does not say).
    basis: Basis,
    stance_on: TextField,
    /// Whether the rep typed in "Confirmed on"; until then a changed stance dates it
    /// today (see the module's notes).
    stance_on_typed: bool,
    favours: TextField,
    influence: TextField,
    /// Where they stand, as shown (the file's default when it does not say).
    status: Status,
    status_on: TextField,
    last_contact: TextField,
    email: TextField,
    phone: TextField,
    notes: TextField,
    history_note: HistoryNote,
    /// The day a changed stance is confirmed on.
    today: Date,
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
    /// The deal in the lens, when the roles field shows and edits the person's roles in
    /// that deal (the person's own roles stay as they are).
    deal: Option<InDeal>,
}

/// The deal whose roles the person form edits: its id and name.
#[derive(Debug, Clone, PartialEq)]
struct InDeal {
    id: String,
    name: String,
}

/// What the form's fields hold, compared to tell a changed form: the texts as typed,
/// the roles as a set, the stance, how we know it and the status.
type Values = (Vec<String>, Vec<Role>, (Stance, Basis, Status));

/// A date field's text: the date as the language writes it, or empty.
fn date_text(d: Option<Date>) -> TextField {
    TextField::new(form_words::date_text(d))
}

impl PersonForm {
    /// A form for a new person with this id; `today` dates a stance chosen.
    pub fn add(id: String, today: Date) -> PersonForm {
        PersonForm { adding: true, ..Self::edit(&Person::new(id, ""), today) }
    }

    /// A form filled in from a person; `today` dates a changed stance.
    pub fn edit(p: &Person, today: Date) -> PersonForm {
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
            basis: p.basis(),
            stance_on: date_text(p.stance_on),
            stance_on_typed: false,
            favours: text(&p.favours),
            influence: TextField::new(p.influence.0.to_string()),
            status: p.status(),
            status_on: date_text(p.status_on),
            last_contact: date_text(p.last_contact),
            email: text(&p.email),
            phone: text(&p.phone),
            notes: text(&p.notes),
            history_note: HistoryNote::default(),
            today,
            namesakes: Vec::new(),
            namesakes_for: None,
            initial: Default::default(),
            asking: false,
            letters: TypeAhead::default(),
            deal: None,
        };
        form.initial = form.values();
        form
    }

    /// The form seen through a deal: the roles field shows and edits the person's roles
    /// in `deal` (their account roles where it names nothing for them).
    pub fn in_deal(mut self, deal: &crate::model::Deal) -> PersonForm {
        self.roles = deal.roles_of(&self.base).to_vec();
        self.deal = Some(InDeal { id: deal.id.clone(), name: deal.name.clone() });
        self.initial = self.values();
        self
    }

    /// Through a deal: its id and the roles the form gives the person in it.
    pub fn deal_roles(&self) -> Option<(String, Vec<Role>)> {
        self.deal.as_ref().map(|d| (d.id.clone(), self.roles.clone()))
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

    /// The note typed for the history, if any (it goes with the edit, not the person).
    pub fn history_note(&self) -> Option<String> {
        self.history_note.value()
    }

    /// The id of the person edited (or to be added).
    pub fn person_id(&self) -> &str {
        &self.base.id
    }

    fn values(&self) -> Values {
        let texts = Focus::ALL.iter().filter_map(|f| self.field(*f)).map(|t| t.text().to_string());
        let mut roles = self.roles.clone();
        roles.sort();
        (texts.collect(), roles, (self.stance, self.basis, self.status))
    }

    /// Whether "Confirmed on" holds today because the stance changed (the rep has not
    /// typed a date of their own there).
    fn stance_on_by_us(&self) -> bool {
        !self.stance_on_typed && self.stance != self.base.stance
    }

    /// After the stance changed: "Confirmed on" says today while the stance differs
    /// from the one the form opened with, and what it said before when it is back,
    /// unless the rep typed a date there.
    fn date_the_stance(&mut self) {
        if self.stance_on_typed {
            return;
        }
        let date = if self.stance_on_by_us() { Some(self.today) } else { self.base.stance_on };
        self.stance_on = date_text(date);
    }

    /// Whether any field differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.values() != self.initial
    }

    /// The question Esc asks on a changed form.
    pub fn discard_question(&self) -> String {
        let what = if self.adding { Edited::NewPerson } else { Edited::Person(&self.base.name) };
        form_words::discard_question(what)
    }

    /// Which bindings apply: the question before dropping changes, or those of the
    /// focused field.
    pub fn mode(&self) -> Mode {
        if self.asking { Mode::DiscardChanges } else { self.field_mode() }
    }

    /// Which bindings the focused field has: text, roles or a choice (the stance's
    /// keys say "stance", the other choices' "choice").
    fn field_mode(&self) -> Mode {
        match self.focus {
            Focus::Roles => Mode::FormRoles,
            Focus::Stance => Mode::FormChoice,
            Focus::Basis | Focus::Status => Mode::FormPick,
            _ => Mode::Form,
        }
    }

    fn field_mut(&mut self, f: Focus) -> Option<&mut TextField> {
        Some(match f {
            Focus::Name => &mut self.name,
            Focus::Title => &mut self.title,
            Focus::Department => &mut self.department,
            Focus::StanceOn => &mut self.stance_on,
            Focus::Favours => &mut self.favours,
            Focus::Influence => &mut self.influence,
            Focus::StatusOn => &mut self.status_on,
            Focus::LastContact => &mut self.last_contact,
            Focus::Email => &mut self.email,
            Focus::Phone => &mut self.phone,
            Focus::Notes => &mut self.notes,
            Focus::HistoryNote => &mut self.history_note.0,
            Focus::Roles | Focus::Stance | Focus::Basis | Focus::Status => return None,
        })
    }

    fn field(&self, f: Focus) -> Option<&TextField> {
        Some(match f {
            Focus::Name => &self.name,
            Focus::Title => &self.title,
            Focus::Department => &self.department,
            Focus::StanceOn => &self.stance_on,
            Focus::Favours => &self.favours,
            Focus::Influence => &self.influence,
            Focus::StatusOn => &self.status_on,
            Focus::LastContact => &self.last_contact,
            Focus::Email => &self.email,
            Focus::Phone => &self.phone,
            Focus::Notes => &self.notes,
            Focus::HistoryNote => &self.history_note.0,
            Focus::Roles | Focus::Stance | Focus::Basis | Focus::Status => return None,
        })
    }

    /// What is wrong with a field as typed, in words for the rep.
    pub fn problem(&self, f: Focus) -> Option<String> {
        match f {
            Focus::Name if self.name.text().trim().is_empty() => Some(t!("tui-forms-name-required")),
            Focus::Influence => match self.influence.text().trim().parse::<i64>() {
                Ok(1..=5) => None,
                _ => Some(t!("tui-forms-influence-range")),
            },
            // The same words as the last contact's, for each of the dates.
            Focus::LastContact | Focus::StanceOn | Focus::StatusOn => {
                let text = self.field(f)?.text().trim();
                if text.is_empty() { None } else { form_words::date_problem(text, self.today) }
            }
            _ => None,
        }
    }

    /// What to point out about a field that is not wrong: a name others have, or a
    /// confirmation dated today because the stance changed.
    pub fn warning(&self, f: Focus) -> Option<String> {
        if f == Focus::StanceOn && self.stance_on_by_us() {
            return Some(form_words::stance_dated_today());
        }
        if f == Focus::HistoryNote && self.focus == f {
            return Some(HistoryNote::explained());
        }
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
        // Through a deal the roles are the deal's (see `deal_roles`); the person keeps theirs.
        if self.deal.is_some() {
            roles = self.base.roles.clone();
        }
        let date = |f: &TextField| form_words::date(f.text(), self.today);
        // A choice left as the file had it stays as the file had it: absent when absent.
        let stance_basis =
            if self.basis == self.base.basis() { self.base.stance_basis } else { Some(self.basis) };
        let status = if self.status == self.base.status() { self.base.status } else { Some(self.status) };
        Some(Person {
            name: self.name.text().trim().to_string(),
            title: opt(&self.title),
            department: opt(&self.department),
            roles,
            stance: self.stance,
            influence: Influence(self.influence.text().trim().parse().ok()?),
            last_contact: date(&self.last_contact),
            notes: opt(&self.notes),
            stance_basis,
            stance_on: date(&self.stance_on),
            status,
            status_on: date(&self.status_on),
            favours: opt(&self.favours),
            email: opt(&self.email),
            phone: opt(&self.phone),
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
            Action::CycleNext | Action::CyclePrev | Action::Insert(_)
                if matches!(self.focus, Focus::Stance | Focus::Basis | Focus::Status) =>
            {
                self.choose(action)
            }
            // Influence is one digit, 1 to 5: what is typed replaces it (4 gives 4, not 34).
            Action::Insert(c) if self.focus == Focus::Influence => self.influence = TextField::new(c),
            other => {
                let focus = self.focus;
                if let Some(f) = self.field_mut(focus)
                    && f.handle(other)
                    && focus == Focus::StanceOn
                {
                    self.stance_on_typed = true;
                }
            }
        }
        FormOutcome::Editing
    }

    /// Cycles the focused choice (stance, how we know it, status) or picks it by the
    /// letters typed.
    fn choose(&mut self, action: Action) {
        /// The choice after `action` among `all`, `now` chosen.
        fn step<T: Copy + PartialEq>(
            letters: &mut TypeAhead,
            action: Action,
            all: &[T],
            now: T,
            label: fn(T) -> &'static str,
        ) -> T {
            let at = all.iter().position(|x| *x == now).unwrap_or(0);
            let n = all.len();
            match action {
                Action::CycleNext => all[(at + 1) % n],
                Action::CyclePrev => all[(at + n - 1) % n],
                Action::Insert(c) => {
                    let labels: Vec<&str> = all.iter().map(|x| label(*x)).collect();
                    letters.pick(c, &labels, at).map_or(now, |i| all[i])
                }
                _ => now,
            }
        }
        let letters = &mut self.letters;
        match self.focus {
            Focus::Stance => {
                self.stance = step(letters, action, Stance::ALL, self.stance, Stance::label);
                self.date_the_stance();
            }
            Focus::Basis => self.basis = step(letters, action, Basis::ALL, self.basis, Basis::label),
            Focus::Status => self.status = step(letters, action, Status::ALL, self.status, Status::label),
            _ => {}
        }
    }
}

/// The form as a centred box over the screen.
pub struct FormWidget<'a> {
    /// The form.
    pub form: &'a PersonForm,
    /// Styles.
    pub theme: Theme,
}

/// The label column's least width: the English labels' widest and a gap.
const LABEL: u16 = 14;

/// The label column: [`LABEL`], or wider when a language's labels need it (Russian
/// "Последний контакт"), so no label is cut. The history note has its own width.
fn label_column(status: Status) -> u16 {
    let widest = Focus::ALL
        .iter()
        .filter(|f| **f != Focus::HistoryNote)
        .map(|f| crate::tui::fit::width(&f.label(status)) as u16 + 1)
        .max()
        .unwrap_or(0);
    widest.max(LABEL)
}

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
                let names: Vec<&str> = names.iter().map(|r| r.tr_str()).collect();
                let rest = width.saturating_sub(15);
                spans.push(Span::raw(fit(&names.join(", "), rest)));
                Line::from(spans)
            }
            Focus::Stance => {
                let s = self.form.stance;
                let arrows = if focused { format!("‹ {} ›", s.tr_str()) } else { s.tr_str().to_string() };
                Line::from(Span::styled(fit(&arrows, width), t.stance(s)))
            }
            Focus::Basis | Focus::Status => {
                let label =
                    if f == Focus::Basis { self.form.basis.tr_str() } else { self.form.status.tr_str() };
                let shown = if focused { format!("‹ {label} ›") } else { label.to_string() };
                Line::from(Span::styled(fit(&shown, width), t.text()))
            }
            _ => {
                let field = self.form.field(f).cloned().unwrap_or_default();
                let cursor = focused.then(|| t.selected());
                field.line(width, t.text(), cursor)
            }
        }
    }
}

/// The first line to show of `rows` lines in `height`, so that the focused field's
/// lines (`focus_at`, `focus_len` of them) are in view: from the top while they fit
/// there, else with them at the bottom.
fn scrolled(rows: usize, height: usize, focus_at: usize, focus_len: usize) -> usize {
    if rows <= height {
        return 0;
    }
    (focus_at + focus_len).saturating_sub(height).min(rows - height)
}

impl Widget for &FormWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        // The value column's width, to know how many lines the notes under fields take.
        let label_col = label_column(self.form.status);
        let vw = area.width.min(72).saturating_sub(2 + label_col) as usize;
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
        let rows = Focus::ALL.len() + note_lines;
        let height = (rows as u16).saturating_add(2).min(area.height);
        let popup = area.centered(Constraint::Max(72), Constraint::Length(height));
        Clear.render(popup, buf);
        let title = match (&self.form.deal, self.form.adding) {
            (Some(d), true) => t!("deals-person-add", deal = crate::text::inert(&d.name)),
            (Some(d), false) => {
                t!("deals-person-edit", name = &self.form.base.name, deal = crate::text::inert(&d.name))
            }
            (None, true) => t!("tui-forms-add-person"),
            (None, false) => t!("tui-forms-edit-person", name = &self.form.base.name),
        };
        let mode = self.form.field_mode();
        let wanted: &[Action] = match mode {
            Mode::FormChoice | Mode::FormPick => &[Action::Insert(' '), Action::Submit, Action::Back],
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
        // Every line of the form, as (field, which of its lines), then the ones in view.
        let lines: Vec<(Focus, usize)> =
            Focus::ALL.iter().flat_map(|f| (0..=notes[f.at()].0.len()).map(move |i| (*f, i))).collect();
        let focus_at = lines.iter().position(|(f, _)| *f == self.form.focus).unwrap_or(0);
        let focus_len = notes[self.form.focus.at()].0.len() + 1;
        let skip = scrolled(lines.len(), inner.height as usize, focus_at, focus_len);
        for (k, &(f, i)) in lines.iter().skip(skip).take(inner.height as usize).enumerate() {
            let row = Rect { y: inner.y + k as u16, height: 1, ..inner };
            let label_w =
                if f == Focus::HistoryNote { HistoryNote::label_width(label_col) } else { label_col };
            let x = inner.x + label_w.min(inner.width);
            let value_area = Rect { x, width: inner.width.saturating_sub(label_w), ..row };
            if i == 0 {
                let label_style = if self.form.focus == f { t.field_focused() } else { t.dim() };
                let label = match (f, &self.form.deal) {
                    (Focus::Roles, Some(_)) => t!("deals-person-roles"),
                    _ => f.label(self.form.status),
                };
                let label = fit(&label, label_w.min(row.width) as usize);
                Span::styled(label, label_style).render(row, buf);
                self.value(f, value_area.width as usize).render(value_area, buf);
            } else {
                let (lines, style) = &notes[f.at()];
                // Lines after the first are indented under the text after the arrow.
                let indent = if i == 1 { "" } else { "  " };
                Span::styled(fit(&format!("{indent}{}", lines[i - 1]), value_area.width as usize), *style)
                    .render(value_area, buf);
            }
        }
        // Scrolled: arrows on the right border say there is more above or below.
        if popup.width >= 2 && inner.height > 0 {
            let right = popup.right() - 1;
            if skip > 0 {
                buf.set_string(right, inner.y, "▲", t.dim());
            }
            if skip + (inner.height as usize) < lines.len() {
                buf.set_string(right, inner.bottom() - 1, "▼", t.dim());
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

    fn today() -> Date {
        Date::from_ymd(2026, 12, 1).unwrap()
    }

    fn typed(form: &mut PersonForm, s: &str) {
        for c in s.chars() {
            form.handle(Action::Insert(c));
        }
    }

    #[test]
    fn validates_as_you_type_and_refuses_to_save_while_invalid() {
        let mut f = PersonForm::add("p-1".into(), today());
        assert_eq!(f.problem(Focus::Name).as_deref(), Some("a name is required"));
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
        let mut f = PersonForm::edit(&base, today());
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
        assert_eq!(Focus::Name.prev(), Focus::HistoryNote);
    }

    #[test]
    fn choices_left_as_the_file_had_them_stay_absent() {
        let base = Person::new("p-1", "Anna");
        let mut f = PersonForm::edit(&base, today());
        f.focus = Focus::Basis;
        assert_eq!(f.mode(), Mode::FormPick);
        f.handle(Action::CycleNext);
        f.handle(Action::CyclePrev);
        let FormOutcome::Save(p) = f.handle(Action::Submit) else { panic!("valid form") };
        assert_eq!(*p, base, "nothing set: nothing written");
        let mut f = PersonForm::edit(&base, today());
        f.focus = Focus::Status;
        typed(&mut f, "le");
        f.focus = Focus::Basis;
        typed(&mut f, "r");
        let FormOutcome::Save(p) = f.handle(Action::Submit) else { panic!("valid form") };
        assert_eq!((p.status, p.stance_basis), (Some(Status::Leaving), None), "le: Leaving, not Left");
    }

    #[test]
    fn a_changed_stance_dates_itself_today_until_a_date_is_typed() {
        let mut base = Person::new("p-1", "Anna");
        base.stance_on = Date::from_ymd(2026, 1, 5);
        let mut f = PersonForm::edit(&base, today());
        f.focus = Focus::Stance;
        f.handle(Action::CycleNext);
        assert_eq!(f.stance_on.text(), "2026-12-01");
        assert!(f.warning(Focus::StanceOn).is_some());
        f.handle(Action::CyclePrev);
        assert_eq!(f.stance_on.text(), "2026-01-05", "the stance is back, so is its date");
        assert_eq!(f.warning(Focus::StanceOn), None);
        f.focus = Focus::StanceOn;
        f.handle(Action::DeleteBack);
        typed(&mut f, "4");
        f.focus = Focus::Stance;
        f.handle(Action::CycleNext);
        assert_eq!(f.stance_on.text(), "2026-01-04", "typed by the rep: kept");
    }

    #[test]
    fn scrolling_keeps_the_focused_lines_in_view() {
        assert_eq!(scrolled(10, 20, 9, 1), 0, "everything fits");
        assert_eq!(scrolled(30, 10, 3, 1), 0, "near the top: from the top");
        assert_eq!(scrolled(30, 10, 12, 2), 4, "further down: at the bottom, with its note");
        assert_eq!(scrolled(30, 10, 29, 1), 20);
    }
}
