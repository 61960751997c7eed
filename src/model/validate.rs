//! The contract's rules that the parser alone cannot check: unique ids, links between
//! existing people, no `reports_to` cycle, values in range, and no blank names where
//! a name is the whole point (the competitor a person favours, an id elsewhere).

use super::account::{Account, SCHEMA};
use super::fast_hash::FxHashSet;
use super::index::Index;
use super::kinds::LinkKind;
use crate::t;
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

/// How a message names a person or a member of our team: by name and id
/// ("Пётр Иванов (p-ivanov)"), so the rep knows whom it means and can find the id in the
/// file; by the id alone ("`p-ivanov`") while the name is blank.
pub fn named(name: &str, id: &str) -> String {
    let name = name.trim();
    if name.is_empty() { format!("`{id}`") } else { format!("{name} ({id})") }
}

/// A key as one token of a JSON pointer (RFC 6901): `~` as `~0`, `/` as `~1`.
fn pointer_token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Every broken rule of an account, in file order. Empty when the account is valid.
///
/// A `schema` higher than [`SCHEMA`] is not a problem here: such a file is valid for a
/// newer program, and the store opens it read-only instead.
pub fn validate(a: &Account) -> Vec<Problem> {
    validate_indexed(a, &Index::new(a))
}

/// [`validate`] with an index the caller has built anyway (loading builds one), so that
/// ids are hashed once: this runs on every load of accounts with thousands of people.
pub fn validate_indexed(a: &Account, idx: &Index) -> Vec<Problem> {
    let mut out = Vec::new();
    if a.schema == 0 {
        out.push(problem("/schema".into(), t!("core-check-schema", schema = SCHEMA.to_string())));
    }
    if a.id.trim().is_empty() {
        out.push(problem("/id".into(), t!("core-check-account-id-empty")));
    }
    if a.name.trim().is_empty() {
        out.push(problem("/name".into(), t!("core-check-account-name-empty")));
    }

    for (i, m) in a.team.iter().enumerate() {
        if m.id.trim().is_empty() {
            out.push(problem(format!("/team/{i}/id"), t!("core-check-member-id-empty")));
        } else if let Some(first) = idx.member(&m.id).filter(|&f| f != i) {
            out.push(problem(
                format!("/team/{i}/id"),
                t!("core-check-member-id-twice", id = &m.id, other = named(&a.team[first].name, &m.id)),
            ));
        }
        if m.name.trim().is_empty() {
            out.push(problem(format!("/team/{i}/name"), t!("core-check-member-no-name", id = &m.id)));
        }
    }

    for (i, p) in a.people.iter().enumerate() {
        if p.id.trim().is_empty() {
            out.push(problem(format!("/people/{i}/id"), t!("core-check-person-id-empty")));
        } else if let Some(first) = idx.person(&p.id).filter(|&f| f != i) {
            out.push(problem(
                format!("/people/{i}/id"),
                t!("core-check-person-id-twice", id = &p.id, other = named(&a.people[first].name, &p.id)),
            ));
        }
        let who = named(&p.name, &p.id);
        if p.name.trim().is_empty() {
            out.push(problem(format!("/people/{i}/name"), t!("core-check-person-no-name", id = &p.id)));
        }
        let mut roles = 0u32;
        for (j, r) in p.roles.iter().enumerate() {
            let bit = 1 << (*r as u32);
            if roles & bit != 0 {
                out.push(problem(
                    format!("/people/{i}/roles/{j}"),
                    t!("core-check-role-twice", role = r.key(), who = &who),
                ));
            }
            roles |= bit;
        }
        if !(1..=5).contains(&p.influence.0) {
            out.push(problem(
                format!("/people/{i}/influence"),
                t!("core-check-influence", who = &who, value = p.influence.0.to_string()),
            ));
        }
        if p.favours.as_deref().is_some_and(|f| f.trim().is_empty()) {
            out.push(problem(format!("/people/{i}/favours"), t!("core-check-favours-blank", who = &who)));
        }
        for (system, id) in &p.external_ids {
            let at = format!("/people/{i}/external_ids/{}", pointer_token(system));
            if system.trim().is_empty() {
                out.push(problem(at, t!("core-check-external-no-system", who = &who)));
            } else if id.trim().is_empty() {
                out.push(problem(at, t!("core-check-external-blank", system = system, who = &who)));
            }
        }
        for (j, c) in p.coverage.iter().enumerate() {
            if idx.member(&c.member).is_none() {
                out.push(problem(
                    format!("/people/{i}/coverage/{j}/member"),
                    t!("core-check-coverage-stranger", who = &who, member = &c.member),
                ));
            } else if p.coverage[..j].iter().any(|o| o.member == c.member) {
                let member = a.team.get(idx.member(&c.member).unwrap_or(0)).map_or("", |m| m.name.as_str());
                out.push(problem(
                    format!("/people/{i}/coverage/{j}/member"),
                    t!("core-check-coverage-twice", member = named(member, &c.member), who = &who),
                ));
            }
        }
    }

    let mut seen: FxHashSet<u64> = FxHashSet::default();
    seen.reserve(a.links.len());
    for (i, l) in a.links.iter().enumerate() {
        let Some((f, t)) = idx.link_ends[i] else {
            for (end, id) in [("from", &l.from), ("to", &l.to)] {
                if idx.person(id).is_none() {
                    out.push(problem(
                        format!("/links/{i}/{end}"),
                        t!("core-check-link-end", end = end, id = id),
                    ));
                }
            }
            continue;
        };
        let who = |k: usize| named(&a.people[k].name, &a.people[k].id);
        if f == t {
            out.push(problem(format!("/links/{i}/to"), t!("core-check-link-self", who = who(f))));
        } else if !seen
            .insert(((f as u64) << 33) | ((t as u64) << 1) | (l.kind == LinkKind::Influences) as u64)
        {
            out.push(problem(
                format!("/links/{i}"),
                t!("core-check-link-twice", from = who(f), kind = l.kind.key(), to = who(t)),
            ));
        }
    }
    if let Some((i, chain)) = reports_to_cycle_indexed(a, idx) {
        let chain: Vec<String> = chain.iter().map(|&k| named(&a.people[k].name, &a.people[k].id)).collect();
        out.push(problem(format!("/links/{i}"), t!("core-check-cycle", chain = chain.join(" → "))));
    }

    let mut actions = HashSet::new();
    for (i, f) in a.follow_ups.iter().enumerate() {
        if f.id.trim().is_empty() || !actions.insert(f.id.as_str()) {
            out.push(problem(format!("/actions/{i}/id"), t!("core-check-follow-up-id", id = &f.id)));
        }
        if f.text.trim().is_empty() {
            out.push(problem(format!("/actions/{i}/text"), t!("core-check-follow-up-empty", id = &f.id)));
        }
        if idx.member(&f.owner).is_none() {
            out.push(problem(
                format!("/actions/{i}/owner"),
                t!("core-check-follow-up-owner", id = &f.id, owner = &f.owner),
            ));
        }
        if let Some(p) = &f.person
            && idx.person(p).is_none()
        {
            out.push(problem(
                format!("/actions/{i}/person"),
                t!("core-check-follow-up-person", id = &f.id, person = p),
            ));
        }
    }
    let mut demands = HashSet::new();
    for (i, d) in a.demands.iter().enumerate() {
        if d.id.trim().is_empty() || !demands.insert(d.id.as_str()) {
            out.push(problem(format!("/demands/{i}/id"), t!("core-check-demand-id", id = &d.id)));
        }
    }
    deals_and_plan(a, idx, &mut out);
    out
}

/// The rules of the deals, the account plan and the margin.
fn deals_and_plan(a: &Account, idx: &Index, out: &mut Vec<Problem>) {
    let mut deals = HashSet::new();
    for (i, d) in a.deals.iter().enumerate() {
        if d.id.trim().is_empty() || !deals.insert(d.id.as_str()) {
            out.push(problem(format!("/deals/{i}/id"), t!("core-check-deal-id", id = &d.id)));
        }
        if d.name.trim().is_empty() {
            out.push(problem(format!("/deals/{i}/name"), t!("core-check-deal-no-name", id = &d.id)));
        }
        for (person, roles) in &d.roles {
            let at = format!("/deals/{i}/roles/{}", pointer_token(person));
            if idx.person(person).is_none() {
                out.push(problem(at.clone(), t!("core-check-deal-person", id = &d.id, person = person)));
            }
            for (j, r) in roles.iter().enumerate() {
                if roles[..j].contains(r) {
                    out.push(problem(
                        format!("{at}/{j}"),
                        t!("core-check-deal-role-twice", id = &d.id, person = person, role = r.key()),
                    ));
                }
            }
        }
    }
    let mut plan = HashSet::new();
    for (i, x) in a.plan.iter().enumerate() {
        if x.id.trim().is_empty() || !plan.insert(x.id.as_str()) {
            out.push(problem(format!("/plan/{i}/id"), t!("core-check-plan-id", id = &x.id)));
        }
        if x.text.trim().is_empty() {
            out.push(problem(format!("/plan/{i}/text"), t!("core-check-plan-empty", id = &x.id)));
        }
        if let Some(o) = &x.owner
            && idx.member(o).is_none()
        {
            out.push(problem(format!("/plan/{i}/owner"), t!("core-check-plan-owner", id = &x.id, owner = o)));
        }
        if let Some(p) = &x.with
            && idx.person(p).is_none()
        {
            out.push(problem(
                format!("/plan/{i}/with"),
                t!("core-check-plan-person", id = &x.id, person = p),
            ));
        }
    }
    if let Some(m) = a.margin_value()
        && !(-100.0..=100.0).contains(&m)
    {
        out.push(problem("/margin".into(), t!("core-check-margin", margin = m.to_string())));
    }
}

/// The index of a `reports_to` link that closes a cycle, if any.
pub fn reports_to_cycle(a: &Account) -> Option<usize> {
    reports_to_cycle_indexed(a, &Index::new(a)).map(|(link, _)| link)
}

/// The index of a `reports_to` link that closes a cycle, with the people of the cycle
/// in order from that link's `from` and back to them.
fn reports_to_cycle_indexed(a: &Account, idx: &Index) -> Option<(usize, Vec<usize>)> {
    // Depth-first search over managers with colouring (0 unvisited, 1 on the current
    // chain, 2 done), so the whole check is linear. People are visited in file order,
    // which makes the reported link deterministic.
    let managers = |p: usize| {
        idx.out_links(p)
            .iter()
            .filter(|&&l| a.links[l].kind == LinkKind::ReportsTo)
            .filter_map(|&l| idx.link_ends[l].map(|(_, t)| (l, t)))
    };
    let mut colour = vec![0u8; a.people.len()];
    for start in 0..a.people.len() {
        if colour[start] != 0 {
            continue;
        }
        // Iterative search: (person, how many of their manager links are done).
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        colour[start] = 1;
        while let Some(&(node, next)) = stack.last() {
            if let Some((link, to)) = managers(node).nth(next) {
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                match colour[to] {
                    1 => {
                        // `to` is on the chain, which runs from it to `node`: the cycle is
                        // `node` → `to` → … → `node`.
                        let from = stack.iter().position(|&(p, _)| p == to).unwrap_or(0);
                        let mut chain = vec![node];
                        chain.extend(stack[from..].iter().map(|&(p, _)| p));
                        return Some((link, chain));
                    }
                    0 => {
                        colour[to] = 1;
                        stack.push((to, 0));
                    }
                    _ => {}
                }
            } else {
                colour[node] = 2;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn account(extra_links: &str, people_extra: &str) -> Account {
        let text = format!(
            r#"{{"schema":1,"id":"a","name":"A","team":[{{"id":"t","name":"T"}}],
            "people":[{{"id":"a","name":"A"}},{{"id":"b","name":"B"}},{{"id":"c","name":"C"}}{people_extra}],
            "links":[{{"from":"a","to":"b","kind":"reports_to"}},{{"from":"b","to":"c","kind":"reports_to"}}{extra_links}]}}"#
        );
        serde_json::from_str(&text).unwrap()
    }

    fn pointers(a: &Account) -> Vec<String> {
        validate(a).into_iter().map(|p| p.pointer).collect()
    }

    #[test]
    fn a_clean_account_has_no_problems() {
        assert!(validate(&account("", "")).is_empty());
    }

    #[test]
    fn each_rule_is_reported_at_its_place() {
        assert_eq!(pointers(&account(r#",{"from":"c","to":"a","kind":"reports_to"}"#, "")), ["/links/2"]);
        assert_eq!(pointers(&account(r#",{"from":"a","to":"zz","kind":"influences"}"#, "")), ["/links/2/to"]);
        assert_eq!(pointers(&account(r#",{"from":"a","to":"a","kind":"influences"}"#, "")), ["/links/2/to"]);
        assert_eq!(pointers(&account(r#",{"from":"a","to":"b","kind":"reports_to"}"#, "")), ["/links/2"]);
        // The same pair as influence is a different link, not a duplicate.
        assert!(pointers(&account(r#",{"from":"a","to":"b","kind":"influences"}"#, "")).is_empty());
        assert_eq!(pointers(&account("", r#",{"id":"a","name":"Again"}"#)), ["/people/3/id"]);
        assert_eq!(pointers(&account("", r#",{"id":"d","name":" "}"#)), ["/people/3/name"]);
        assert_eq!(
            pointers(&account("", r#",{"id":"d","name":"D","influence":7}"#)),
            ["/people/3/influence"]
        );
        assert_eq!(
            pointers(&account("", r#",{"id":"d","name":"D","roles":["user","user"]}"#)),
            ["/people/3/roles/1"]
        );
        assert_eq!(
            pointers(&account("", r#",{"id":"d","name":"D","coverage":[{"member":"x","strength":"weak"}]}"#)),
            ["/people/3/coverage/0/member"]
        );
    }

    fn messages(a: &Account) -> Vec<String> {
        validate(a).into_iter().map(|p| p.message).collect()
    }

    #[test]
    fn messages_name_people_by_name_and_id() {
        let mut a = account(r#",{"from":"c","to":"a","kind":"reports_to"}"#, "");
        a.people[0].name = "Пётр Иванов".into();
        assert_eq!(
            messages(&a),
            [
                "reports_to links form a cycle through C (c) → Пётр Иванов (a) → B (b) → C (c): each reports to the \
              next; remove one of these links"
            ]
        );
        let a = account(
            r#",{"from":"a","to":"a","kind":"influences"},{"from":"a","to":"b","kind":"reports_to"}"#,
            r#",{"id":"a","name":"Again","influence":0,"roles":["user","user"],"coverage":[{"member":"t"},{"member":"t"},{"member":"x"}]}"#,
        );
        assert_eq!(
            messages(&a),
            [
                "person id `a` is used twice: A (a) has it too; give one of them another id",
                "role `user` is listed twice for Again (a)",
                "influence of Again (a) is 0; it must be 1 to 5",
                "T (t) covers Again (a) twice",
                "coverage of Again (a) names `x`, who is not in the team",
                "A (a) is linked to themselves",
                "the link A (a) reports to B (b) appears twice",
            ]
        );
        let mut a = account("", r#",{"id":"d","name":" ","influence":9}"#);
        a.team.push(a.team[0].clone());
        assert_eq!(
            messages(&a),
            [
                "team id `t` is used twice: T (t) has it too; give one of them another id",
                "person `d` has no name",
                "influence of `d` is 9; it must be 1 to 5",
            ]
        );
    }

    #[test]
    fn a_blank_favours_or_external_id_is_a_problem_at_its_place() {
        let a = account(
            "",
            r#",{"id":"d","name":"Dana","favours":"  ","external_ids":{"salesforce":"","a/b":" ","":"7","bitrix24":"1842"}}"#,
        );
        assert_eq!(
            pointers(&a),
            [
                "/people/3/favours",
                "/people/3/external_ids/",
                "/people/3/external_ids/a~1b",
                "/people/3/external_ids/salesforce"
            ]
        );
        assert_eq!(
            messages(&a),
            [
                "Dana (d) favours a competitor with a blank name; write its name or remove `favours`",
                "an external id of Dana (d) names no system; write which system it is from",
                "the a/b id of Dana (d) is blank; write the id or remove it from `external_ids`",
                "the salesforce id of Dana (d) is blank; write the id or remove it from `external_ids`",
            ]
        );
        let fine = account("", r#",{"id":"d","name":"D","favours":"Drivex","external_ids":{"crm":"1"}}"#);
        assert!(validate(&fine).is_empty());
    }

    #[test]
    fn cycles_are_found_and_predicted() {
        let a = account("", "");
        assert_eq!(reports_to_cycle(&a), None);
        assert!(would_close_cycle(&a, "c", "a"));
        assert!(!would_close_cycle(&a, "a", "c"));
    }
}
