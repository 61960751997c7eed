use super::*;
use crate::model::{Account, Coverage, Link, LinkKind, Person, Stance, Strength, TeamMember};

fn sample() -> Account {
    let mut a = Account::new("acc", "Acme");
    a.team.push(TeamMember {
        id: "t1".into(),
        name: "Anna".into(),
        function: Default::default(),
        extra: Default::default(),
    });
    for id in ["a", "b", "c", "d"] {
        a.people.push(Person::new(id, id.to_uppercase()));
    }
    a.links.push(Link {
        from: "a".into(),
        to: "b".into(),
        kind: LinkKind::ReportsTo,
        strength: None,
        extra: Default::default(),
    });
    a
}

fn round_trip(a: &Account, b: &Account) {
    let cs = diff(a, b);
    let mut x = a.clone();
    cs.apply(&mut x).unwrap();
    assert_eq!(&x, b, "diff then apply gives the other account");
    cs.invert().apply(&mut x).unwrap();
    assert_eq!(&x, a, "the inverse gives the first back");
}

#[test]
fn equal_accounts_have_no_changes() {
    assert!(diff(&sample(), &sample()).is_empty());
}

#[test]
fn a_field_change_is_addressed_by_id_and_field() {
    let a = sample();
    let mut b = a.clone();
    b.people[2].stance = Stance::Supporter;
    let cs = diff(&a, &b);
    assert_eq!(cs.len(), 1);
    assert_eq!(cs.changes[0].path.to_string(), "people/c/stance");
    assert_eq!(cs.changes[0].before, Some("unknown".into()));
    assert_eq!(cs.changes[0].after, Some("supporter".into()));
    round_trip(&a, &b);
}

#[test]
fn records_removed_and_added_go_back_where_they_were() {
    let a = sample();
    let mut b = a.clone();
    b.people.remove(1);
    b.people.remove(1);
    b.people.insert(0, Person::new("z", "Z"));
    b.links.clear();
    b.name = "Acme Tools".into();
    b.notes = Some("n".into());
    round_trip(&a, &b);
    let paths: Vec<String> = diff(&a, &b).iter().map(|c| c.path.to_string()).collect();
    assert!(paths.contains(&"links/a>b>reports_to".to_string()), "{paths:?}");
}

#[test]
fn coverage_is_changed_member_by_member() {
    let a = sample();
    let mut b = a.clone();
    b.people[0].coverage.push(Coverage {
        member: "t1".into(),
        strength: Strength::Strong,
        extra: Default::default(),
    });
    let cs = diff(&a, &b);
    assert_eq!(cs.changes[0].path.to_string(), "people/a/coverage/t1");
    round_trip(&a, &b);
}

#[test]
fn unknown_lists_with_ids_are_changed_record_by_record() {
    let mut a = sample();
    a.extra.insert("visits".into(), serde_json::json!([{"id": "d1", "stage": "qualify"}, {"id": "d2"}]));
    let mut b = a.clone();
    b.extra.insert("visits".into(), serde_json::json!([{"id": "d1", "stage": "propose"}, {"id": "d3"}]));
    let paths: Vec<String> = diff(&a, &b).iter().map(|c| c.path.to_string()).collect();
    assert_eq!(paths, ["visits/d2", "visits/d1/stage", "visits/d3"]);
    round_trip(&a, &b);
    let mut c = a.clone();
    c.extra.remove("visits");
    round_trip(&a, &c);
}

#[test]
fn a_stale_change_is_refused_and_leaves_the_account_as_it_was() {
    let a = sample();
    let mut b = a.clone();
    b.people[0].stance = Stance::Champion;
    b.people[3].influence = crate::model::Influence(5);
    let cs = diff(&a, &b);
    let mut moved = a.clone();
    moved.people[3].influence = crate::model::Influence(1);
    let before = moved.clone();
    assert!(matches!(cs.apply(&mut moved), Err(ChangeError::Stale(p)) if p == "people/d/influence"));
    assert_eq!(moved, before);
}

#[test]
fn paths_escape_slashes_in_ids() {
    let p = Path::record_field("people", "p/1~x", "stance");
    assert_eq!(p.to_string(), "people/p~11~0x/stance");
    assert_eq!(p.to_string().parse::<Path>().unwrap(), p);
}
