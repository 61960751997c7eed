//! The small forms: a follow-up (text, owner, person, due, done), a demand (date,
//! text, kind, granted), and the account's own details (name, industry, tier,
//! currency, revenue, potential, notes). Text fields are checked as you type
//! and the problem is shown under the field; kind, granted and tier are picked from a
//! short list with Space or the arrow keys, or by their first letters; owner and
//! person are found by typing a few letters of the name (see [`super::finder`]), or
//! stepped through with Space and the arrow keys. Esc on a changed form asks first.
//!
//! ```text
//! ┌Add follow-up────────────────────────────────┐
//! │Text        Send the revised offer           │
//! │Owner       ann▏ → Anna Berg · Sales  1 of 2 │
//! │Due         2026-12-0                        │
//! │            ↳ write the date as YYYY-MM-DD   │
//! └Enter save · Esc cancel · Tab next field─────┘
//! ```

use super::choice::TypeAhead;
use super::discard::DiscardWidget;
use super::field::TextField;
use super::finder::Finder;
use super::form_words::{self, Edited, amount};
use super::picker::PickItem;
use crate::model::{Account, Date, Demand, DemandKind, FollowUp, Header, Tier};
use crate::t;
use crate::tui::action::Action;
use crate::tui::fit::{fit, width};
use crate::tui::keymap::{self, Mode};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use serde_json::Number;

/// What a field holds and how it is checked.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    /// Free text that must not be blank.
    Required(TextField),
    /// A date that must be given.
    Date(TextField),
    /// A date that may be left empty.
    OptionalDate(TextField),
    /// One of a few choices: (id or key, label), and which is chosen.
    Pick(Vec<(String, String)>, usize),
    /// One of many entries, found by typing (owner, person).
    Find(Finder),
    /// Free text that may be left empty.
    Optional(TextField),
    /// A sum of money, 0 or more, that may be left empty.
    Amount(TextField),
    /// A three-letter currency code, or empty.
    Currency(TextField),
    /// A percentage from -100 to 100 (a margin), or empty.
    Percent(TextField),
}

/// One labelled field.
#[derive(Debug, Clone, PartialEq)]
struct Field {
    label: String,
    value: Value,
}

/// A field labelled with the message `label` says.
fn field(label: String, value: Value) -> Field {
    Field { label, value }
}

/// What the form makes when saved; the originals keep the id and fields the form
/// does not show.
#[derive(Debug, Clone, PartialEq)]
pub enum RecordFor {
    /// A new follow-up with this id.
    NewFollowUp(String),
    /// Changes to this follow-up.
    FollowUp(Box<FollowUp>),
    /// A new demand with this id.
    NewDemand(String),
    /// Changes to this demand.
    Demand(Box<Demand>),
    /// Changes to the account's own details.
    Account(Box<Header>),
    /// A new deal with this id.
    NewDeal(String),
    /// Changes to this deal.
    Deal(Box<crate::model::Deal>),
    /// A new initiative of the account plan with this id.
    NewPlanItem(String),
    /// Changes to this initiative.
    PlanItem(Box<crate::model::PlanItem>),
}

/// What the form saved.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// A follow-up, new or changed.
    FollowUp(FollowUp),
    /// A demand, new or changed.
    Demand(Demand),
    /// The account's details.
    Account(Header),
    /// A deal, new or changed.
    Deal(crate::model::Deal),
    /// An initiative of the account plan, new or changed.
    PlanItem(crate::model::PlanItem),
}

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum RecordOutcome {
    /// Keep editing.
    Editing,
    /// Saved a valid record.
    Save(Box<Record>),
    /// Given up.
    Cancel,
}

/// A follow-up or demand being added or edited.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordForm {
    /// What it is for.
    pub purpose: RecordFor,
    fields: Vec<Field>,
    /// The field with the keyboard.
    pub focus: usize,
    /// The fields as the form opened, to tell whether Esc would drop anything.
    initial: Vec<String>,
    /// Whether Esc asked before dropping the changes.
    pub asking: bool,
    /// Letters typed on a choice field.
    letters: TypeAhead,
    /// The day relative dates (`+7d`, `today`) count from: the app's clock.
    today: Date,
}

fn text(t: impl Into<String>) -> TextField {
    TextField::new(t)
}

fn item(key: &str, label: &str, detail: &str) -> PickItem {
    PickItem { key: key.into(), label: label.into(), detail: detail.into() }
}

impl RecordForm {
    /// A form for a follow-up: new (`existing` none, with `person` preselected) or
    /// changed. `None` when the account has no team member to own it.
    pub fn follow_up(
        a: &Account,
        existing: Option<&FollowUp>,
        person: Option<&str>,
        today: Date,
    ) -> Option<RecordForm> {
        let owners: Vec<PickItem> =
            a.team.iter().map(|m| item(&m.id, &m.name, m.function.tr_str())).collect();
        if owners.is_empty() {
            return None;
        }
        let mut people = vec![item("", &t!("tui-forms-nobody-in-particular"), "")];
        people.extend(a.people.iter().map(|p| item(&p.id, &p.name, p.title.as_deref().unwrap_or(""))));
        let at = |list: &[PickItem], id: Option<&str>| {
            id.and_then(|id| list.iter().position(|it| it.key == id)).unwrap_or(0)
        };
        let (purpose, body, owner, who, due, done) = match existing {
            Some(f) => (
                RecordFor::FollowUp(Box::new(f.clone())),
                f.text.clone(),
                at(&owners, Some(&f.owner)),
                at(&people, f.person.as_deref()),
                form_words::date_text(Some(f.due)),
                form_words::date_text(f.done),
            ),
            None => {
                let id = crate::model::new_id_avoiding("f", a.follow_ups.iter().map(|f| f.id.as_str()));
                let due = form_words::date_text(Some(today.add_days(7)));
                (RecordFor::NewFollowUp(id), String::new(), 0, at(&people, person), due, String::new())
            }
        };
        let fields = vec![
            field(t!("tui-forms-follow-up-text"), Value::Required(text(body))),
            field(t!("tui-forms-follow-up-owner"), Value::Find(Finder::new(owners, owner))),
            field(t!("tui-forms-follow-up-person"), Value::Find(Finder::new(people, who))),
            field(t!("tui-forms-follow-up-due"), Value::Date(text(due))),
            field(t!("tui-forms-follow-up-done"), Value::OptionalDate(text(done))),
        ];
        Some(RecordForm::new(purpose, fields, today))
    }

    /// A form for a demand: new (dated today) or changed.
    pub fn demand(a: &Account, existing: Option<&Demand>, today: Date) -> RecordForm {
        let kinds: Vec<(String, String)> =
            DemandKind::ALL.iter().map(|k| (k.key().to_string(), k.tr_str().to_string())).collect();
        let granted = vec![("no".to_string(), t!("tui-forms-no")), ("yes".to_string(), t!("tui-forms-yes"))];
        let (purpose, date, body, kind, yes) = match existing {
            Some(d) => (
                RecordFor::Demand(Box::new(d.clone())),
                form_words::date_text(Some(d.date)),
                d.text.clone(),
                DemandKind::ALL.iter().position(|k| *k == d.kind).unwrap_or(0),
                usize::from(d.granted),
            ),
            None => {
                let id = crate::model::new_id_avoiding("d", a.demands.iter().map(|d| d.id.as_str()));
                (RecordFor::NewDemand(id), form_words::date_text(Some(today)), String::new(), 0, 0)
            }
        };
        let fields = vec![
            field(t!("tui-forms-demand-date"), Value::Date(text(date))),
            field(t!("tui-forms-demand-text"), Value::Required(text(body))),
            field(t!("tui-forms-demand-kind"), Value::Pick(kinds, kind)),
            field(t!("tui-forms-demand-granted"), Value::Pick(granted, yes)),
        ];
        RecordForm::new(purpose, fields, today)
    }

    fn new(purpose: RecordFor, fields: Vec<Field>, today: Date) -> RecordForm {
        let mut form = RecordForm {
            purpose,
            fields,
            focus: 0,
            initial: Vec::new(),
            asking: false,
            letters: TypeAhead::default(),
            today,
        };
        form.initial = form.values();
        form
    }

    /// What each field holds, as typed (untrimmed) or the key chosen.
    fn values(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| match &f.value {
                Value::Required(t)
                | Value::Date(t)
                | Value::OptionalDate(t)
                | Value::Optional(t)
                | Value::Amount(t)
                | Value::Percent(t)
                | Value::Currency(t) => t.text().to_string(),
                Value::Pick(list, i) => list.get(*i).map(|(k, _)| k.clone()).unwrap_or_default(),
                Value::Find(f) => f.current().map(|it| it.key.clone()).unwrap_or_default(),
            })
            .collect()
    }

    /// Whether any field differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.values() != self.initial
    }

    /// The question Esc asks on a changed form.
    pub fn discard_question(&self) -> String {
        let what = match self.purpose {
            RecordFor::NewPlanItem(_) => return t!("plan-form-discard-new"),
            RecordFor::PlanItem(_) => return t!("plan-form-discard"),
            RecordFor::Account(_) => Edited::AccountDetails,
            RecordFor::NewFollowUp(_) => Edited::NewFollowUp,
            RecordFor::FollowUp(_) => Edited::FollowUp,
            RecordFor::NewDemand(_) => Edited::NewDemand,
            RecordFor::Demand(_) => Edited::Demand,
            RecordFor::NewDeal(_) => Edited::NewDeal,
            RecordFor::Deal(ref d) => Edited::Deal(&d.name),
        };
        form_words::discard_question(what)
    }

    /// A form for the account's own details.
    pub fn account(a: &Account) -> RecordForm {
        let h = Header::of(a);
        let tiers: Vec<(String, String)> =
            Tier::ALL.iter().map(|t| (t.key().to_string(), t.tr_str().to_string())).collect();
        let tier = Tier::ALL.iter().position(|t| *t == h.tier).unwrap_or(0);
        let opt = |s: &Option<String>| text(s.clone().unwrap_or_default());
        let num = |n: &Option<Number>| text(n.as_ref().map(form_words::amount_text).unwrap_or_default());
        let fields = vec![
            field(t!("tui-forms-account-name"), Value::Required(text(h.name.clone()))),
            field(t!("tui-forms-account-industry"), Value::Optional(opt(&h.industry))),
            field(t!("tui-forms-account-tier"), Value::Pick(tiers, tier)),
            field(t!("tui-forms-account-currency"), Value::Currency(opt(&h.currency))),
            field(t!("tui-forms-account-revenue"), Value::Amount(num(&h.annual_revenue))),
            field(t!("tui-forms-account-potential"), Value::Amount(num(&h.potential))),
            field(t!("tui-forms-account-notes"), Value::Optional(opt(&h.notes))),
            field(t!("tui-forms-account-margin"), Value::Percent(num(&h.margin))),
        ];
        // The account's details have no date field: the wall clock's today is never read.
        RecordForm::new(RecordFor::Account(Box::new(h)), fields, Date::today())
    }

    /// The title of the box.
    pub fn title(&self) -> String {
        match self.purpose {
            RecordFor::Account(_) => t!("tui-forms-account-details"),
            RecordFor::NewFollowUp(_) => t!("tui-forms-add-follow-up"),
            RecordFor::FollowUp(_) => t!("tui-forms-edit-follow-up"),
            RecordFor::NewDemand(_) => t!("tui-forms-add-demand"),
            RecordFor::Demand(_) => t!("tui-forms-edit-demand"),
            RecordFor::NewDeal(_) => t!("deals-form-add"),
            RecordFor::Deal(ref d) => t!("deals-form-edit", name = crate::text::inert(&d.name)),
            RecordFor::NewPlanItem(_) => t!("plan-form-add"),
            RecordFor::PlanItem(_) => t!("plan-form-edit"),
        }
    }

    /// Which bindings apply: the question before dropping changes, or those of the
    /// focused field.
    pub fn mode(&self) -> Mode {
        if self.asking { Mode::DiscardChanges } else { self.field_mode() }
    }

    /// Which bindings the focused field has: text, picking a value, or a search.
    fn field_mode(&self) -> Mode {
        match self.fields.get(self.focus).map(|f| &f.value) {
            Some(Value::Find(f)) if f.searching() => Mode::FormFind,
            Some(Value::Find(_)) => Mode::FormFindable,
            Some(Value::Pick(..)) => Mode::FormPick,
            _ => Mode::Form,
        }
    }

    /// What is wrong with field `i` as typed, in words for the rep.
    pub fn problem(&self, i: usize) -> Option<String> {
        match &self.fields.get(i)?.value {
            Value::Required(f) if f.text().trim().is_empty() => Some(t!("tui-forms-text-required")),
            Value::Amount(f) if !f.text().trim().is_empty() && amount(f.text()).is_none() => {
                Some(t!("tui-forms-amount-problem"))
            }
            Value::Currency(f) if !currency_ok(f.text()) => Some(t!("tui-forms-currency-problem")),
            Value::Percent(f) if !f.text().trim().is_empty() && form_words::percent(f.text()).is_none() => {
                Some(t!("tui-forms-percent-problem"))
            }
            Value::Date(f) => form_words::date_problem(f.text(), self.today),
            Value::OptionalDate(f) if !f.text().trim().is_empty() => {
                form_words::date_problem(f.text(), self.today)
            }
            _ => None,
        }
    }

    fn texts(&self) -> impl Iterator<Item = String> + '_ {
        self.values().into_iter().map(|v| v.trim().to_string())
    }

    /// The record the form describes, if every field is valid.
    pub fn record(&self) -> Option<Record> {
        if (0..self.fields.len()).any(|i| self.problem(i).is_some()) {
            return None;
        }
        let v: Vec<String> = self.texts().collect();
        let date = |s: &str| form_words::date(s, self.today);
        let optional = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
        Some(match &self.purpose {
            RecordFor::NewPlanItem(_) | RecordFor::PlanItem(_) => return self.plan_record(&v),
            RecordFor::Account(_) => Record::Account(Header {
                name: v[0].clone(),
                industry: optional(&v[1]),
                tier: Tier::from_key(&v[2]).unwrap_or_default(),
                currency: optional(&v[3].to_uppercase()),
                annual_revenue: amount(&v[4]),
                potential: amount(&v[5]),
                notes: optional(&v[6]),
                margin: form_words::percent(&v[7]),
            }),
            RecordFor::NewFollowUp(_) | RecordFor::FollowUp(_) => {
                let base = match &self.purpose {
                    RecordFor::FollowUp(f) => (**f).clone(),
                    RecordFor::NewFollowUp(id) => FollowUp {
                        id: id.clone(),
                        text: String::new(),
                        owner: String::new(),
                        person: None,
                        due: date(&v[3])?,
                        done: None,
                        extra: Default::default(),
                    },
                    _ => return None,
                };
                Record::FollowUp(FollowUp {
                    text: v[0].clone(),
                    owner: v[1].clone(),
                    person: Some(v[2].clone()).filter(|p| !p.is_empty()),
                    due: date(&v[3])?,
                    done: date(&v[4]),
                    ..base
                })
            }
            RecordFor::NewDeal(_) | RecordFor::Deal(_) => Record::Deal(self.made_deal(&v)?),
            RecordFor::NewDemand(_) | RecordFor::Demand(_) => {
                let base = match &self.purpose {
                    RecordFor::Demand(d) => (**d).clone(),
                    RecordFor::NewDemand(id) => Demand {
                        id: id.clone(),
                        date: date(&v[0])?,
                        text: String::new(),
                        kind: DemandKind::default(),
                        granted: false,
                        extra: Default::default(),
                    },
                    _ => return None,
                };
                Record::Demand(Demand {
                    date: date(&v[0])?,
                    text: v[1].clone(),
                    kind: DemandKind::from_key(&v[2]).unwrap_or_default(),
                    granted: v[3] == "yes",
                    ..base
                })
            }
        })
    }

    /// Carries out an action of the form's modes.
    pub fn handle(&mut self, action: Action) -> RecordOutcome {
        if self.asking {
            match action {
                Action::Yes => return RecordOutcome::Cancel,
                Action::Back => self.asking = false,
                _ => {}
            }
            return RecordOutcome::Editing;
        }
        if !matches!(action, Action::Insert(_)) {
            self.letters.reset();
        }
        // A search in a field: Enter takes the match, Tab takes it and moves on, Esc
        // drops it (and closes nothing).
        if let Some(Value::Find(f)) = self.fields.get_mut(self.focus).map(|f| &mut f.value)
            && f.searching()
        {
            match action {
                Action::Submit => f.accept(),
                Action::Back => f.drop_search(),
                Action::NextField | Action::PrevField => f.accept(),
                _ => {}
            }
            if matches!(action, Action::Submit | Action::Back) {
                return RecordOutcome::Editing;
            }
        }
        let n = self.fields.len();
        match action {
            Action::NextField => self.focus = (self.focus + 1) % n,
            Action::PrevField => self.focus = (self.focus + n - 1) % n,
            Action::Back if self.changed() => self.asking = true,
            Action::Back => return RecordOutcome::Cancel,
            Action::Submit => match self.record() {
                Some(r) => return RecordOutcome::Save(Box::new(r)),
                // Refused while invalid: take the rep to what needs fixing.
                None => self.focus = (0..n).find(|i| self.problem(*i).is_some()).unwrap_or(self.focus),
            },
            other => match self.fields.get_mut(self.focus).map(|f| &mut f.value) {
                Some(Value::Pick(list, i)) => match other {
                    Action::CycleNext => *i = (*i + 1) % list.len().max(1),
                    Action::CyclePrev => *i = (*i + list.len().max(1) - 1) % list.len().max(1),
                    Action::Insert(c) => {
                        let labels: Vec<&str> = list.iter().map(|(_, l)| l.as_str()).collect();
                        if let Some(at) = self.letters.pick(c, &labels, *i) {
                            *i = at;
                        }
                    }
                    _ => {}
                },
                Some(Value::Find(f)) => f.handle(other),
                Some(
                    Value::Required(t)
                    | Value::Date(t)
                    | Value::OptionalDate(t)
                    | Value::Optional(t)
                    | Value::Amount(t)
                    | Value::Percent(t)
                    | Value::Currency(t),
                ) => {
                    t.handle(other);
                }
                None => {}
            },
        }
        RecordOutcome::Editing
    }
}

/// Whether a currency is a three-letter code, or left empty.
fn currency_ok(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || (s.len() == 3 && s.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The form as a centred box over the screen.
pub struct RecordFormWidget<'a> {
    /// The form.
    pub form: &'a RecordForm,
    /// Styles.
    pub theme: Theme,
}

/// The label column's least width: the English labels' widest and a gap.
const LABEL: u16 = 10;

impl RecordForm {
    /// The label column: [`LABEL`], or wider when a language's labels need it
    /// (Russian "Ответственный"), so no label is cut.
    fn label_column(&self) -> u16 {
        let widest = self.fields.iter().map(|f| width(&f.label) as u16 + 1).max().unwrap_or(0);
        widest.max(LABEL)
    }
}

impl Widget for &RecordFormWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.theme;
        let f = self.form;
        let problems = (0..f.fields.len()).filter(|i| f.problem(*i).is_some()).count() as u16;
        let height = (f.fields.len() as u16 + problems + 2).min(area.height);
        let popup = area.centered(Constraint::Max(64), Constraint::Length(height));
        Clear.render(popup, buf);
        let mode = f.field_mode();
        let wanted: &[Action] = match mode {
            Mode::FormPick | Mode::FormFindable => &[Action::Insert(' '), Action::Submit, Action::Back],
            Mode::FormFind => &[Action::Submit, Action::Back, Action::CycleNext],
            _ => &[Action::Submit, Action::Back, Action::NextField],
        };
        let hints = keymap::hints(mode, wanted);
        let hint_text: Vec<String> = hints.iter().map(|(k, d)| format!("{k} {d}")).collect();
        let w = popup.width.saturating_sub(2) as usize;
        let block = Block::bordered()
            .title(Span::styled(fit(&f.title(), w), t.title()))
            .title_bottom(Span::styled(fit(&hint_text.join(" · "), w), t.dim()))
            .border_style(t.border_focused());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let label_col = f.label_column();
        let mut y = inner.y;
        for (i, field) in f.fields.iter().enumerate() {
            if y >= inner.bottom() {
                break;
            }
            let focused = f.focus == i;
            let row = Rect { y, height: 1, ..inner };
            let label_style = if focused { t.field_focused() } else { t.dim() };
            Span::styled(fit(&field.label, label_col.min(row.width) as usize), label_style).render(row, buf);
            let value = Rect {
                x: row.x + label_col.min(row.width),
                width: row.width.saturating_sub(label_col),
                ..row
            };
            let vw = value.width as usize;
            let line = match &field.value {
                Value::Pick(list, at) => {
                    let label = list.get(*at).map(|(_, l)| l.as_str()).unwrap_or("");
                    let shown = if focused { format!("‹ {label} ›") } else { label.to_string() };
                    Line::raw(fit(&shown, vw))
                }
                Value::Find(finder) => found(finder, focused, vw, t),
                Value::Required(tf)
                | Value::Date(tf)
                | Value::OptionalDate(tf)
                | Value::Optional(tf)
                | Value::Amount(tf)
                | Value::Percent(tf)
                | Value::Currency(tf) => tf.line(vw, t.text(), focused.then(|| t.selected())),
            };
            line.render(value, buf);
            y += 1;
            if let Some(p) = f.problem(i)
                && y < inner.bottom()
            {
                Span::styled(fit(&format!("↳ {p}"), vw), t.error()).render(Rect { y, ..value }, buf);
                y += 1;
            }
        }
        if f.asking {
            let question = f.discard_question();
            (&DiscardWidget { question: &question, theme: self.theme }).render(popup, buf);
        }
    }
}

/// A field found by typing, in `w` columns: the entry (between arrows when focused),
/// or while searching, what was typed, the match it finds and how many match.
fn found(f: &Finder, focused: bool, w: usize, t: &Theme) -> Line<'static> {
    let label = f.current().map(|it| it.label.as_str()).unwrap_or("");
    let Some(query) = f.query() else {
        let shown = if focused { format!("‹ {label} ›") } else { label.to_string() };
        return Line::raw(fit(&shown, w));
    };
    let typed = (width(query.text()) + 1).min(w / 2).max(1);
    let mut spans = query.line(typed, t.text(), Some(t.selected())).spans;
    let mut left = w.saturating_sub(typed);
    let mut push = |text: String, style| {
        let text = fit(&text, left);
        left -= width(&text);
        spans.push(Span::styled(text, style));
    };
    match (f.current(), f.progress()) {
        (Some(it), Some((at, n))) if n > 0 => {
            push(format!(" → {}", it.label), t.field_focused());
            if !it.detail.is_empty() {
                push(format!(" · {}", it.detail), t.dim());
            }
            push(format!("  {}", form_words::match_count(at, n)), t.dim());
        }
        _ => push(format!(" {}", form_words::no_match()), t.warning()),
    }
    Line::from(spans)
}

// The deal form: its fields and the deal it makes.
mod deal;
// The account plan's form: the same fields and checks, its own record.
mod plan;
#[cfg(test)]
mod tests;
