//! The contract's rules that the parser alone cannot check: unique ids, links between
//! existing people, no `reports_to` cycle, and values in range.

use super::account::{Account, SCHEMA};
use super::kinds::LinkKind;
use std::collections::{HashMap, HashSet};

/// One broken rule, located by a JSON pointer (`/people/3/influence`) so that the store
/// can turn it into a line and column of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pointer: String,
    pub message: String,
}

fn problem(pointer: String, message: String) -> Problem {
    Problem { pointer, message }
}

/// Every broken rule of an account, in file order. Empty when the account is valid.
///
/// A `schema` higher than [`SCHEMA`] is not a problem here: such a file is valid for a
/// newer program, and the store opens it read-only instead.
pub fn validate(a: &Account) -> Vec<Problem> {
    let mut out = Vec::new();
    if a.schema == 0 {
        out.push(problem("/schema".into(), format!("schema must be {SCHEMA} or higher, found 0")));
    }
    if a.id.trim().is_empty() {
        out.push(problem("/id".into(), "the account id is empty".into()));
    }
    if a.name.trim().is_empty() {
        out.push(problem("/name".into(), "the account name is empty".into()));
    }

    let mut team = HashSet::new();
    for (i, m) in a.team.iter().enumerate() {
        if m.id.trim().is_empty() {
            out.push(problem(format!("/team/{i}/id"), "a team member has an empty id".into()));
        } else if !team.insert(m.id.as_str()) {
            out.push(problem(format!("/team/{i}/id"), format!("team id `{}` is used twice", m.id)));
        }
        if m.name.trim().is_empty() {
            out.push(problem(format!("/team/{i}/name"), format!("team member `{}` has no name", m.id)));
        }
    }

    let mut people = HashSet::new();
    for (i, p) in a.people.iter().enumerate() {
        if p.id.trim().is_empty() {
            out.push(problem(format!("/people/{i}/id"), "a person has an empty id".into()));
        } else if !people.insert(p.id.as_str()) {
            out.push(problem(format!("/people/{i}/id"), format!("person id `{}` is used twice", p.id)));
        }
        if p.name.trim().is_empty() {
            out.push(problem(format!("/people/{i}/name"), format!("person `{}` has no name", p.id)));
        }
        let mut roles = HashSet::new();
        for (j, r) in p.roles.iter().enumerate() {
            if !roles.insert(r) {
                out.push(problem(
                    format!("/people/{i}/roles/{j}"),
                    format!("role `{r}` is listed twice for `{}`", p.id),
                ));
            }
        }
        if !(1..=5).contains(&p.influence.0) {
            out.push(problem(
                format!("/people/{i}/influence"),
                format!("influence of `{}` is {}; it must be 1 to 5", p.id, p.influence.0),
            ));
        }
        let mut members = HashSet::new();
        for (j, c) in p.coverage.iter().enumerate() {
            if !team.contains(c.member.as_str()) {
                out.push(problem(
                    format!("/people/{i}/coverage/{j}/member"),
                    format!("coverage of `{}` names `{}`, who is not in the team", p.id, c.member),
                ));
            } else if !members.insert(c.member.as_str()) {
                out.push(problem(
                    format!("/people/{i}/coverage/{j}/member"),
                    format!("`{}` covers `{}` twice", c.member, p.id),
                ));
            }
        }
    }

    let mut seen = HashSet::new();
    for (i, l) in a.links.iter().enumerate() {
        for (end, id) in [("from", &l.from), ("to", &l.to)] {
            if !people.contains(id.as_str()) {
                out.push(problem(
                    format!("/links/{i}/{end}"),
                    format!("link {end} `{id}`: no person has that id"),
                ));
            }
        }
        if l.from == l.to {
            out.push(problem(format!("/links/{i}/to"), format!("`{}` is linked to themselves", l.from)));
        } else if !seen.insert((l.from.as_str(), l.to.as_str(), l.kind)) {
            out.push(problem(
                format!("/links/{i}"),
                format!("the link `{}` {} `{}` appears twice", l.from, l.kind.label(), l.to),
            ));
        }
    }
    if let Some(i) = reports_to_cycle(a) {
        out.push(problem(
            format!("/links/{i}"),
            format!("reports_to links form a cycle through `{}`", a.links[i].from),
        ));
    }

    let mut actions = HashSet::new();
    for (i, f) in a.actions.iter().enumerate() {
        if f.id.trim().is_empty() || !actions.insert(f.id.as_str()) {
            out.push(problem(
                format!("/actions/{i}/id"),
                format!("follow-up id `{}` is empty or used twice", f.id),
            ));
        }
        if f.text.trim().is_empty() {
            out.push(problem(format!("/actions/{i}/text"), format!("follow-up `{}` says nothing", f.id)));
        }
        if !team.contains(f.owner.as_str()) {
            out.push(problem(
                format!("/actions/{i}/owner"),
                format!("follow-up `{}` is owned by `{}`, who is not in the team", f.id, f.owner),
            ));
        }
        if let Some(p) = &f.person
            && !people.contains(p.as_str())
        {
            out.push(problem(
                format!("/actions/{i}/person"),
                format!("follow-up `{}` names `{p}`: no person has that id", f.id),
            ));
        }
    }
    let mut demands = HashSet::new();
    for (i, d) in a.demands.iter().enumerate() {
        if d.id.trim().is_empty() || !demands.insert(d.id.as_str()) {
            out.push(problem(
                format!("/demands/{i}/id"),
                format!("demand id `{}` is empty or used twice", d.id),
            ));
        }
    }
    out
}

/// The index of a `reports_to` link that closes a cycle, if any.
pub fn reports_to_cycle(a: &Account) -> Option<usize> {
    // Each person has at most a few managers; follow every chain with colouring
    // (0 unvisited, 1 on the current chain, 2 done) so the whole check is linear.
    let mut managers: HashMap<&str, Vec<(usize, &str)>> = HashMap::new();
    for (i, l) in a.links.iter().enumerate() {
        if l.kind == LinkKind::ReportsTo && l.from != l.to {
            managers.entry(l.from.as_str()).or_default().push((i, l.to.as_str()));
        }
    }
    let mut colour: HashMap<&str, u8> = HashMap::new();
    let mut starts: Vec<&str> = managers.keys().copied().collect();
    starts.sort_unstable();
    for start in starts {
        if colour.get(start).copied().unwrap_or(0) != 0 {
            continue;
        }
        // Iterative depth-first search: (node, next manager to try).
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        colour.insert(start, 1);
        while let Some(&(node, next)) = stack.last() {
            let edges = managers.get(node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&(link, to)) = edges.get(next) {
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                match colour.get(to).copied().unwrap_or(0) {
                    1 => return Some(link),
                    0 => {
                        colour.insert(to, 1);
                        stack.push((to, 0));
                    }
                    _ => {}
                }
            } else {
                colour.insert(node, 2);
                stack.pop();
            }
        }
    }
    None
}

/// Whether adding `from reports_to to` would close a cycle: it does when `from` is
/// already above `to` (reachable from `to` by following managers).
pub fn would_close_cycle(a: &Account, from: &str, to: &str) -> bool {
    let mut managers: HashMap<&str, Vec<&str>> = HashMap::new();
    for l in &a.links {
        if l.kind == LinkKind::ReportsTo {
            managers.entry(l.from.as_str()).or_default().push(l.to.as_str());
        }
    }
    let mut seen = HashSet::new();
    let mut todo = vec![to];
    while let Some(n) = todo.pop() {
        if n == from {
            return true;
        }
        if seen.insert(n) {
            todo.extend(managers.get(n).into_iter().flatten());
        }
    }
    false
}
