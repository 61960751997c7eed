//! The deal form: name, stage, value, close date, competitors (comma-separated),
//! process and a tender's quiet period. The roles a deal gives are not here: they are
//! edited in the person form while the deal is the lens.

use super::*;
use crate::model::{Deal, DealStage, Process};

impl RecordForm {
    /// A form for a deal: new (with a fresh id) or changed.
    pub fn deal(a: &Account, existing: Option<&Deal>, today: Date) -> RecordForm {
        let picks = |keys: Vec<(&str, &str)>| -> Vec<(String, String)> {
            keys.into_iter().map(|(k, l)| (k.to_string(), l.to_string())).collect()
        };
        let stages = picks(DealStage::ALL.iter().map(|s| (s.key(), s.tr_str())).collect());
        let processes = picks(Process::ALL.iter().map(|p| (p.key(), p.tr_str())).collect());
        let (purpose, d) = match existing {
            Some(d) => (RecordFor::Deal(Box::new(d.clone())), d.clone()),
            None => {
                let id = crate::model::new_id_avoiding("deal", a.deals.iter().map(|d| d.id.as_str()));
                (RecordFor::NewDeal(id.clone()), Deal::new(id, ""))
            }
        };
        let stage = DealStage::ALL.iter().position(|s| *s == d.stage()).unwrap_or(0);
        let process = Process::ALL.iter().position(|p| *p == d.process()).unwrap_or(0);
        let value = d.value.as_ref().map(form_words::amount_text).unwrap_or_default();
        let fields = vec![
            field(t!("deals-form-name"), Value::Required(text(d.name.clone()))),
            field(t!("deals-form-stage"), Value::Pick(stages, stage)),
            field(t!("deals-form-value"), Value::Amount(text(value))),
            field(t!("deals-form-close"), Value::OptionalDate(text(form_words::date_text(d.close)))),
            field(t!("deals-form-competitors"), Value::Optional(text(d.competitors.join(", ")))),
            field(t!("deals-form-process"), Value::Pick(processes, process)),
            field(
                t!("deals-form-quiet"),
                Value::OptionalDate(text(form_words::date_text(d.no_contact_until))),
            ),
        ];
        RecordForm::new(purpose, fields, today)
    }

    /// The deal the form describes, from the fields' trimmed values `v`; the original
    /// keeps its id, its roles and what the form does not show.
    pub(super) fn made_deal(&self, v: &[String]) -> Option<Deal> {
        let base = match &self.purpose {
            RecordFor::Deal(d) => (**d).clone(),
            RecordFor::NewDeal(id) => Deal::new(id.clone(), ""),
            _ => return None,
        };
        let date = |s: &str| form_words::date(s, self.today);
        let stage = DealStage::from_key(&v[1]).unwrap_or_default();
        let process = Process::from_key(&v[5]).unwrap_or_default();
        Some(Deal {
            name: v[0].clone(),
            // A choice left as the file had it stays as the file had it: absent when absent.
            stage: if stage == base.stage() { base.stage } else { Some(stage) },
            value: amount(&v[2]),
            close: date(&v[3]),
            competitors: v[4].split(',').map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect(),
            process: if process == base.process() { base.process } else { Some(process) },
            no_contact_until: date(&v[6]),
            ..base
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(f: &mut RecordForm, s: &str) {
        for c in s.chars() {
            f.handle(Action::Insert(c));
        }
    }

    fn today() -> Date {
        Date::from_ymd(2026, 11, 27).unwrap()
    }

    #[test]
    fn a_new_deal_needs_a_name_and_reads_its_fields() {
        let a = Account::new("a", "A");
        let mut f = RecordForm::deal(&a, None, today());
        assert!(f.record().is_none(), "no name yet");
        typed(&mut f, "Furnace");
        f.handle(Action::NextField);
        typed(&mut f, "p"); // Proposal
        f.handle(Action::NextField);
        typed(&mut f, "1200000");
        f.handle(Action::NextField);
        typed(&mut f, "2027-03-01");
        f.handle(Action::NextField);
        typed(&mut f, "Danieli, , SMS ");
        f.handle(Action::NextField);
        f.handle(Action::CycleNext); // Tender
        f.handle(Action::NextField);
        typed(&mut f, "2027-01-15");
        let RecordOutcome::Save(r) = f.handle(Action::Submit) else { panic!("a valid deal") };
        let Record::Deal(d) = *r else { panic!("a deal") };
        assert_eq!(d.name, "Furnace");
        assert_eq!((d.stage, d.process), (Some(DealStage::Proposal), Some(Process::Tender)));
        assert_eq!(d.value, Some(1_200_000.into()));
        assert_eq!(d.close, Date::from_ymd(2027, 3, 1));
        assert_eq!(d.competitors, ["Danieli", "SMS"]);
        assert_eq!(d.no_contact_until, Date::from_ymd(2027, 1, 15));
        assert!(d.id.starts_with("deal"), "{}", d.id);
    }

    #[test]
    fn an_unchanged_deal_saves_as_it_was_and_a_bad_date_is_refused() {
        let mut d = Deal::new("d1", "Spares");
        d.roles.insert("p".into(), vec![crate::model::Role::Decider]);
        d.value = Some(serde_json::Number::from_f64(2500.5).unwrap());
        let a = Account::new("a", "A");
        let f = RecordForm::deal(&a, Some(&d), today());
        assert_eq!(f.record(), Some(Record::Deal(d.clone())), "defaults stay absent, roles stay");
        let mut f = RecordForm::deal(&a, Some(&d), today());
        f.focus = 3;
        typed(&mut f, "2027-13-01");
        assert!(f.problem(3).is_some());
        assert_eq!(f.handle(Action::Submit), RecordOutcome::Editing);
        assert_eq!(f.focus, 3, "taken to the problem");
    }
}
