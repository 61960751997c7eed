//! Small builders for the analysis tests: accounts written as a few readable lines.
#![allow(dead_code)]

use dmu::analysis::{Analysis, PullConfig, analyze};
use dmu::model::{
    Account, Basis, Coverage, Date, Function, Index, Link, LinkKind, Person, Role, Stance, Status, Strength,
    TeamMember,
};

/// The date the tests judge staleness against.
pub fn today() -> Date {
    "2026-11-27".parse().unwrap()
}

/// An account with two team members: `t-sales` (sales) and `t-tech` (technical).
pub fn account() -> Account {
    let mut a = Account::new("acc-test", "Test Works");
    for (id, f) in [("t-sales", Function::Sales), ("t-tech", Function::Technical)] {
        a.team.push(TeamMember { id: id.into(), name: id.into(), function: f, extra: Default::default() });
    }
    a
}

/// Adds a person; `roles` is comma-separated file words ("user,decider"), the name is
/// the id without its `p-`, capitalised, so messages read naturally.
pub fn person(a: &mut Account, id: &str, roles: &str, stance: &str) {
    let short = id.trim_start_matches("p-");
    let mut name: String = short[..1].to_uppercase();
    name.push_str(&short[1..]);
    let mut p = Person::new(id, name);
    p.roles = roles.split(',').filter(|r| !r.is_empty()).map(|r| Role::from_key(r).unwrap()).collect();
    p.stance = Stance::from_key(stance).unwrap();
    p.last_contact = Some(today());
    a.people.push(p);
}

/// Mutable access to a person by id.
pub fn p<'a>(a: &'a mut Account, id: &str) -> &'a mut Person {
    a.people.iter_mut().find(|p| p.id == id).unwrap()
}

/// `member` covers `id` at `strength`.
pub fn cover(a: &mut Account, id: &str, member: &str, strength: &str) {
    let s = Strength::from_key(strength).unwrap();
    p(a, id).coverage.push(Coverage { member: member.into(), strength: s, extra: Default::default() });
}

/// `from` influences `to` at `strength`.
pub fn influences(a: &mut Account, from: &str, to: &str, strength: &str) {
    let s = Strength::from_key(strength).unwrap();
    a.links.push(Link {
        from: from.into(),
        to: to.into(),
        kind: LinkKind::Influences,
        strength: Some(s),
        extra: Default::default(),
    });
}

/// `from` reports to `to`.
pub fn reports(a: &mut Account, from: &str, to: &str) {
    a.links.push(Link {
        from: from.into(),
        to: to.into(),
        kind: LinkKind::ReportsTo,
        strength: None,
        extra: Default::default(),
    });
}

/// The analysis with the default model.
pub fn run(a: &Account) -> Analysis {
    run_with(a, &PullConfig::default())
}

/// The analysis with a given model.
pub fn run_with(a: &Account, cfg: &PullConfig) -> Analysis {
    analyze(a, &Index::new(a), cfg, today())
}

/// Position of a person.
pub fn at(a: &Account, id: &str) -> usize {
    a.people.iter().position(|p| p.id == id).unwrap()
}

/// Ids of positions.
pub fn ids(a: &Account, people: &[usize]) -> Vec<String> {
    people.iter().map(|&i| a.people[i].id.clone()).collect()
}

/// The day `n` days before [`today`] (after it for a negative `n`).
pub fn ago(n: i32) -> Date {
    today().add_days(-n)
}

/// How we know `id`'s stance: "observed", "reported" or "assumed".
pub fn basis(a: &mut Account, id: &str, basis: &str) {
    p(a, id).stance_basis = Some(Basis::from_key(basis).unwrap());
}

/// `id`'s stance was confirmed `days` days ago.
pub fn stance_on(a: &mut Account, id: &str, days: i32) {
    p(a, id).stance_on = Some(ago(days));
}

/// Nobody on our team has ever been in touch with `id`: no contact, no coverage.
pub fn never_contacted(a: &mut Account, id: &str) {
    let q = p(a, id);
    q.last_contact = None;
    q.coverage.clear();
}

/// `id` is "new", "leaving" or "left" since (or on) the day `days` days ago (negative:
/// in the future).
pub fn status(a: &mut Account, id: &str, status: &str, days: i32) {
    let q = p(a, id);
    q.status = Some(Status::from_key(status).unwrap());
    q.status_on = Some(ago(days));
}

/// `id` favours the competitor `rival`.
pub fn favours(a: &mut Account, id: &str, rival: &str) {
    p(a, id).favours = Some(rival.into());
}

/// `id`'s influence, 1 to 5.
pub fn influence(a: &mut Account, id: &str, n: i64) {
    p(a, id).influence.0 = n;
}

/// Whether two figures agree to within floating-point error.
pub fn close(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-9
}

/// The steps as (person id, kind, via id, gain), best first.
pub fn steps(a: &Account, an: &Analysis) -> Vec<(String, dmu::analysis::Step, Option<String>, u8)> {
    an.next_best
        .iter()
        .map(|s| (a.people[s.person].id.clone(), s.step, s.via.map(|v| a.people[v].id.clone()), s.gain))
        .collect()
}

/// The flag codes raised, in order.
pub fn codes(an: &Analysis) -> Vec<dmu::analysis::FlagCode> {
    an.red_flags.iter().map(|f| f.code).collect()
}

/// Adds a person as [`person`] does, whose stance we saw ourselves today (`observed`):
/// their factor is exactly their stance factor.
pub fn seen(a: &mut Account, id: &str, roles: &str, stance: &str) {
    person(a, id, roles, stance);
    basis(a, id, "observed");
}
