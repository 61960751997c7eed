//! The form for an initiative of the account plan: its text (required), kind and
//! status (picked), who on our team owns it and with whom on the customer's side
//! (found by typing a few letters of the name, as the follow-up form finds them; either
//! may be nobody yet), its due day (optional) and its value a year (a sum, optional).
//!
//! ```text
//! ┌Add initiative───────────────────────────────────────┐
//! │Initiative  Cut the furnace's energy cost            │
//! │Kind        ‹ Cost reduction ›                       │
//! │Owner       Anna Berg                                │
//! │With        pla▏ → Пётр Иванов · Plant manager 1 of 1│
//! │Status      Idea                                     │
//! │Due         2027-03-31                               │
//! │Value a year 1 200 000                               │
//! └Enter save · Esc cancel · Tab next field─────────────┘
//! ```

use super::{Field, Record, RecordFor, RecordForm, Value, field, item, text};
use crate::model::{Account, Date, PlanItem, PlanKind, PlanStatus};
use crate::t;
use crate::tui::widgets::finder::Finder;
use crate::tui::widgets::form_words::{self, amount};
use crate::tui::widgets::picker::PickItem;

/// The fields, in order (the record reads them back by these positions).
const TEXT: usize = 0;
const KIND: usize = 1;
const OWNER: usize = 2;
const WITH: usize = 3;
const STATUS: usize = 4;
const DUE: usize = 5;
const VALUE: usize = 6;

impl RecordForm {
    /// A form for an initiative: new (`existing` none, with the person `with`
    /// preselected) or changed.
    pub fn plan_item(
        a: &Account,
        existing: Option<&PlanItem>,
        with: Option<&str>,
        today: Date,
    ) -> RecordForm {
        let mut owners = vec![item("", &t!("plan-form-nobody"), "")];
        owners.extend(a.team.iter().map(|m| item(&m.id, &m.name, m.function.tr_str())));
        let mut people: Vec<PickItem> = vec![item("", &t!("plan-form-nobody"), "")];
        people.extend(a.people.iter().map(|p| item(&p.id, &p.name, p.title.as_deref().unwrap_or(""))));
        let at = |list: &[PickItem], id: Option<&str>| {
            id.and_then(|id| list.iter().position(|it| it.key == id)).unwrap_or(0)
        };
        let kinds: Vec<(String, String)> =
            PlanKind::ALL.iter().map(|k| (k.key().to_string(), k.tr_str().to_string())).collect();
        let statuses: Vec<(String, String)> =
            PlanStatus::ALL.iter().map(|s| (s.key().to_string(), s.tr_str().to_string())).collect();
        let blank = PlanItem::new("", "");
        let (purpose, x) = match existing {
            Some(x) => (RecordFor::PlanItem(Box::new(x.clone())), x),
            None => {
                let id = crate::model::new_id_avoiding("x", a.plan.iter().map(|x| x.id.as_str()));
                (RecordFor::NewPlanItem(id), &blank)
            }
        };
        // A new initiative is our first team member's until someone else takes it.
        let owner = match existing {
            Some(x) => at(&owners, x.owner.as_deref()),
            None => usize::from(owners.len() > 1),
        };
        let who = at(&people, existing.map_or(with, |x| x.with.as_deref()));
        let kind = PlanKind::ALL.iter().position(|k| *k == x.kind()).unwrap_or(0);
        let status = PlanStatus::ALL.iter().position(|s| *s == x.status()).unwrap_or(0);
        let value = x.value.as_ref().map(form_words::amount_text).unwrap_or_default();
        let fields: Vec<Field> = vec![
            field(t!("plan-form-text"), Value::Required(text(x.text.clone()))),
            field(t!("plan-form-kind"), Value::Pick(kinds, kind)),
            field(t!("plan-form-owner"), Value::Find(Finder::new(owners, owner))),
            field(t!("plan-form-with"), Value::Find(Finder::new(people, who))),
            field(t!("plan-form-status"), Value::Pick(statuses, status)),
            field(t!("plan-form-due"), Value::OptionalDate(text(form_words::date_text(x.due)))),
            field(t!("plan-form-value"), Value::Amount(text(value))),
        ];
        RecordForm::new(purpose, fields, today)
    }

    /// The initiative the form describes (its fields already checked), keeping what
    /// the form does not show of the one edited.
    pub(super) fn plan_record(&self, v: &[String]) -> Option<Record> {
        let base = match &self.purpose {
            RecordFor::PlanItem(x) => (**x).clone(),
            RecordFor::NewPlanItem(id) => PlanItem::new(id.clone(), ""),
            _ => return None,
        };
        let optional = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
        // A kind or status the file left out stays out while it is still the default,
        // so a save changes nothing the rep did not change.
        let kind = PlanKind::from_key(&v[KIND]).filter(|k| base.kind.is_some() || *k != base.kind());
        let status =
            PlanStatus::from_key(&v[STATUS]).filter(|s| base.status.is_some() || *s != base.status());
        Some(Record::PlanItem(PlanItem {
            text: v[TEXT].clone(),
            kind,
            owner: optional(&v[OWNER]),
            with: optional(&v[WITH]),
            status,
            due: form_words::date(&v[DUE], self.today),
            value: amount(&v[VALUE]),
            ..base
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::widgets::record_form::RecordOutcome;

    fn saved(form: &mut RecordForm) -> PlanItem {
        match form.handle(Action::Submit) {
            RecordOutcome::Save(r) => match *r {
                Record::PlanItem(x) => x,
                other => panic!("{other:?}"),
            },
            other => panic!("not saved: {other:?}"),
        }
    }

    #[test]
    fn an_untouched_initiative_saves_as_it_was_and_bad_sums_are_refused() {
        let a = Account::new("a", "A");
        let today: Date = "2026-11-27".parse().unwrap();
        let mut x = PlanItem::new("x1", "Joint forecast");
        x.extra.insert("future".into(), serde_json::json!(1));
        let mut form = RecordForm::plan_item(&a, Some(&x), None, today);
        assert_eq!(saved(&mut form), x, "no kind or status written, unknown fields kept");
        form.focus = VALUE;
        for c in "12,5x".chars() {
            form.handle(Action::Insert(c));
        }
        assert!(form.problem(VALUE).is_some());
        assert!(matches!(form.handle(Action::Submit), RecordOutcome::Editing));
        assert_eq!(form.focus, VALUE, "taken to the field to fix");
    }
}
