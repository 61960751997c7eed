//! The follow-up and demand forms: checked as typed, saved with their picks.

use super::*;
use crate::model::{Person, TeamMember};

fn account() -> Account {
    let mut a = Account::new("a", "A");
    a.team.push(TeamMember {
        id: "t-1".into(),
        name: "Anna".into(),
        function: Default::default(),
        extra: Default::default(),
    });
    a.team.push(TeamMember {
        id: "t-2".into(),
        name: "Ben".into(),
        function: Default::default(),
        extra: Default::default(),
    });
    a.people.push(Person::new("p-1", "Пётр"));
    a
}

fn typed(f: &mut RecordForm, s: &str) {
    for c in s.chars() {
        f.handle(Action::Insert(c));
    }
}

#[test]
fn a_follow_up_is_checked_as_typed_and_saved_with_its_picks() {
    let today: Date = "2026-11-27".parse().unwrap();
    let mut f = RecordForm::follow_up(&account(), None, Some("p-1"), today).unwrap();
    assert_eq!(f.problem(0).as_deref(), Some("write what it is about"));
    assert_eq!(f.handle(Action::Submit), RecordOutcome::Editing);
    typed(&mut f, "Call back");
    f.handle(Action::NextField);
    assert_eq!(f.mode(), Mode::FormFindable);
    f.handle(Action::CycleNext);
    f.handle(Action::NextField);
    f.handle(Action::NextField);
    for _ in 0..3 {
        f.handle(Action::DeleteBack);
    }
    assert_eq!(f.problem(3).as_deref(), Some("write the date as YYYY-MM-DD"), "2026-12 is not a date");
    typed(&mut f, "-02");
    let RecordOutcome::Save(r) = f.handle(Action::Submit) else { panic!("valid") };
    let Record::FollowUp(fu) = *r else { panic!("a follow-up") };
    assert_eq!(
        (fu.text.as_str(), fu.owner.as_str(), fu.person.as_deref()),
        ("Call back", "t-2", Some("p-1"))
    );
    assert_eq!((fu.due.to_string(), fu.done), ("2026-12-02".to_string(), None));
    assert!(fu.id.starts_with("f-"));
}

#[test]
fn no_team_no_follow_up_and_a_demand_keeps_its_id() {
    let today: Date = "2026-11-27".parse().unwrap();
    assert!(RecordForm::follow_up(&Account::new("a", "A"), None, None, today).is_none());
    let d = Demand {
        id: "d-1".into(),
        date: today,
        text: "Free delivery".into(),
        kind: DemandKind::Service,
        granted: false,
        extra: Default::default(),
    };
    let mut f = RecordForm::demand(&account(), Some(&d), today);
    f.focus = 3;
    f.handle(Action::CycleNext);
    let RecordOutcome::Save(r) = f.handle(Action::Submit) else { panic!("valid") };
    assert_eq!(*r, Record::Demand(Demand { granted: true, ..d }));
}
