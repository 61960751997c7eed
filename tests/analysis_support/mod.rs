//! Small builders for the analysis tests: accounts written as a few readable lines.
#![allow(dead_code)]

use dmu::analysis::{Analysis, PullConfig, analyze};
use dmu::model::{
    Account, Coverage, Date, Function, Index, Link, LinkKind, Person, Role, Stance, Strength, TeamMember,
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
