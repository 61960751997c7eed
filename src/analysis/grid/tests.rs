use super::*;
use crate::model::{HistoryEntry, Influence, Status};
use serde_json::json;

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

const RULE: GridRule = GridRule { recent_days: 60 };

fn standing(influence: i64, stance: Stance, seen: Option<&str>) -> Standing {
    Standing { influence, stance, seen: seen.map(day) }
}

#[test]
fn power_is_high_from_influence_four() {
    let today = day("2026-12-01");
    let at = |i| RULE.place(&standing(i, Stance::Supporter, Some("2026-11-30")), today);
    assert_eq!(at(3), Quadrant::KeepInformed, "3 is low power");
    assert_eq!(at(4), Quadrant::ManageClosely, "4 is high power");
    assert_eq!(at(5), Quadrant::ManageClosely);
    assert_eq!(at(1), Quadrant::KeepInformed);
    let cold = |i| RULE.place(&standing(i, Stance::Unknown, None), today);
    assert_eq!(cold(3), Quadrant::Monitor);
    assert_eq!(cold(4), Quadrant::KeepSatisfied);
}

#[test]
fn interest_needs_a_stance_that_cares_and_a_recent_date() {
    let today = day("2026-12-01");
    let q = |stance, seen| RULE.place(&standing(4, stance, seen), today);
    for s in [Stance::Champion, Stance::Supporter, Stance::Skeptic, Stance::Opponent] {
        assert_eq!(q(s, Some("2026-11-30")), Quadrant::ManageClosely, "{s:?} cares");
    }
    for s in [Stance::Neutral, Stance::Unknown] {
        assert_eq!(q(s, Some("2026-11-30")), Quadrant::KeepSatisfied, "{s:?} does not");
    }
    // The border of recency: 60 days old is recent, 61 is stale; no date is stale.
    assert_eq!(today.days_since(day("2026-10-02")), 60);
    assert_eq!(q(Stance::Opponent, Some("2026-10-02")), Quadrant::ManageClosely);
    assert_eq!(q(Stance::Opponent, Some("2026-10-01")), Quadrant::KeepSatisfied);
    assert_eq!(q(Stance::Opponent, None), Quadrant::KeepSatisfied);
    let low = |seen| RULE.place(&standing(3, Stance::Skeptic, seen), today);
    assert_eq!(low(Some("2026-10-02")), Quadrant::KeepInformed);
    assert_eq!(low(Some("2026-10-01")), Quadrant::Monitor);
    // Another account's stale_days moves the border.
    let short = GridRule { recent_days: 7 };
    assert!(short.engaged(&standing(3, Stance::Champion, Some("2026-11-24")), today));
    assert!(!short.engaged(&standing(3, Stance::Champion, Some("2026-11-23")), today));
}

#[test]
fn the_later_of_contact_and_confirmation_counts() {
    let mut p = Person::new("p", "P");
    p.stance = Stance::Supporter;
    p.last_contact = Some(day("2026-01-01"));
    p.stance_on = Some(day("2026-11-20"));
    assert_eq!(Standing::of(&p).seen, Some(day("2026-11-20")));
    p.stance_on = None;
    assert_eq!(Standing::of(&p).seen, Some(day("2026-01-01")));
    p.last_contact = None;
    p.stance_on = Some(day("2026-11-20"));
    assert_eq!(Standing::of(&p).seen, Some(day("2026-11-20")));
}

#[test]
fn arrows_point_up_for_power_and_right_for_interest() {
    use Quadrant::*;
    assert_eq!(ManageClosely.arrow_from(Monitor), "↗");
    assert_eq!(ManageClosely.arrow_from(KeepInformed), "↑");
    assert_eq!(ManageClosely.arrow_from(KeepSatisfied), "→");
    assert_eq!(Monitor.arrow_from(ManageClosely), "↙");
    assert_eq!(KeepInformed.arrow_from(KeepSatisfied), "↘");
    assert_eq!(KeepSatisfied.arrow_from(KeepInformed), "↖");
    for q in Quadrant::ALL {
        assert_eq!(Quadrant::of(q.high_power(), q.high_interest()), q);
    }
}

fn change(id: &str, at: &str, person: &str, field: &str, from: Value, to: Value) -> HistoryEntry {
    let mut e = HistoryEntry::new(id.into(), at.into(), None);
    e.person = Some(person.into());
    e.field = Some(field.into());
    e.from = Some(from);
    e.to = Some(to);
    e
}

/// An account on 2026-12-01 whose history since 2026-11-01 moved some people.
fn moved_account() -> Account {
    let mut a = Account::new("a", "A");
    // Raised to 4 and won over this month: from monitor to manage closely.
    let mut plant = Person::new("plant", "Plant manager");
    plant.influence = Influence(4);
    plant.stance = Stance::Supporter;
    plant.last_contact = Some(day("2026-11-25"));
    a.history.push(change("h1", "2026-11-10T09:00:00Z", "plant", "influence", json!(2), json!(4)));
    a.history.push(change(
        "h2",
        "2026-11-10T09:01:00Z",
        "plant",
        "stance",
        json!("unknown"),
        json!("neutral"),
    ));
    a.history.push(change(
        "h3",
        "2026-11-25T09:00:00Z",
        "plant",
        "stance",
        json!("neutral"),
        json!("supporter"),
    ));
    a.history.push(change(
        "h4",
        "2026-11-25T09:00:00Z",
        "plant",
        "last_contact",
        Value::Null,
        json!("2026-11-25"),
    ));
    // Changed before the start only: no move.
    let mut cfo = Person::new("cfo", "CFO");
    cfo.influence = Influence(5);
    cfo.stance = Stance::Champion;
    cfo.last_contact = Some(day("2026-11-28"));
    a.history.push(change("h0", "2026-10-01T09:00:00Z", "cfo", "influence", json!(3), json!(5)));
    // Nothing recorded, but gone stale since: engaged on 2026-11-01 (59 days), not now.
    let mut buyer = Person::new("buyer", "Buyer");
    buyer.influence = Influence(2);
    buyer.stance = Stance::Skeptic;
    buyer.last_contact = Some(day("2026-09-03"));
    // Added this month: no earlier place.
    let mut new = Person::new("new", "Newcomer");
    new.stance = Stance::Champion;
    new.last_contact = Some(day("2026-11-30"));
    let mut added = HistoryEntry::new("h5".into(), "2026-11-15T09:00:00Z".into(), None);
    added.record = Some("people/new".into());
    added.change = Some("added".into());
    a.history.push(added);
    // Left: not on the grid.
    let mut gone = Person::new("gone", "Gone");
    gone.status = Some(Status::Left);
    a.people.extend([plant, cfo, buyer, new, gone]);
    a
}

#[test]
fn who_moved_since_a_start_shows_where_they_were() {
    let a = moved_account();
    let since = parse_time("2026-11-01").unwrap();
    let g = grid(&a, RULE, day("2026-12-01"), Some(since));
    let by = |i: usize| g.iter().find(|p| p.person == i).cloned();
    assert_eq!(g.len(), 4, "the one who left is not placed");
    assert!(by(4).is_none());
    let plant = by(0).unwrap();
    assert_eq!((plant.quadrant, plant.was), (Quadrant::ManageClosely, Some(Quadrant::Monitor)));
    assert_eq!(by(1).unwrap(), Placed { person: 1, quadrant: Quadrant::ManageClosely, was: None });
    let buyer = by(2).unwrap();
    assert_eq!((buyer.quadrant, buyer.was), (Quadrant::Monitor, Some(Quadrant::KeepInformed)));
    assert_eq!(by(3).unwrap().was, None, "added since: no earlier place");
    // From a start after the changes, nobody moved but whoever time moved.
    let late = grid(&a, RULE, day("2026-12-01"), Some(parse_time("2026-11-30").unwrap()));
    assert!(late.iter().all(|p| p.was.is_none()), "{late:?}");
    // From the start of the history, the CFO's raise counts too: influence 3 then.
    let all = grid(&a, RULE, day("2026-12-01"), None);
    let cfo = all.iter().find(|p| p.person == 1).unwrap();
    assert_eq!(cfo.was, Some(Quadrant::KeepInformed));
}

#[test]
fn a_move_back_and_forth_within_the_period_is_no_move() {
    let mut a = Account::new("a", "A");
    let mut p = Person::new("p", "P");
    p.influence = Influence(4);
    a.history.push(change("h1", "2026-11-10T09:00:00Z", "p", "influence", json!(4), json!(2)));
    a.history.push(change("h2", "2026-11-20T09:00:00Z", "p", "influence", json!(2), json!(4)));
    a.people.push(p);
    let g = grid(&a, RULE, day("2026-12-01"), Some(parse_time("2026-11-01").unwrap()));
    assert_eq!(g[0], Placed { person: 0, quadrant: Quadrant::KeepSatisfied, was: None });
}
