//! The rules that two sides can break together though neither broke them alone (rule 6
//! of the module): a `reports_to` cycle made of both sides' new links, and a reference
//! to a person or team member the other side deleted. Each repair is recorded as a
//! conflict whose `rule` says what was done and why.

use super::{Found, MergeError, Version};
use crate::change::{Change, Path, link_key};
use crate::model::{Account, FxHashMap, FxHashSet, Link, LinkKind, reports_to_cycle};
use std::collections::BTreeMap;

/// How the rep knows whom a message means: name and id, or the id alone.
fn named(name: &str, id: &str) -> String {
    let name = name.trim();
    if name.is_empty() { format!("`{id}`") } else { format!("{name} ({id})") }
}

fn person_named(a: &Account, id: &str) -> String {
    named(a.person(id).map_or("", |p| p.name.as_str()), id)
}

/// Leaves out each `reports_to` link that theirs added and that, with the links already
/// there, closes a cycle. Ours' links with what is left of base are a part of ours, so
/// they form no cycle; theirs' new links are then put back one by one in theirs' order,
/// and the first to close a cycle is the one left out (and so on). Nothing is done when
/// there is no cycle, which is nearly always.
pub(super) fn cycles(out: &mut Account, theirs: &[Change]) -> Vec<Found> {
    if reports_to_cycle(out).is_none() {
        return Vec::new();
    }
    let new: Vec<Link> = theirs
        .iter()
        .filter(|c| c.path.segments()[0] == "links" && c.is_record() && c.before.is_none())
        .filter_map(|c| c.after.clone().and_then(|v| serde_json::from_value::<Link>(v).ok()))
        .filter(|l| l.kind == LinkKind::ReportsTo)
        .collect();
    let keys: FxHashSet<String> = new.iter().map(link_key).collect();
    let mut managers: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for l in &out.links {
        if l.kind == LinkKind::ReportsTo && !keys.contains(&link_key(l)) {
            managers.entry(l.from.as_str()).or_default().push(l.to.as_str());
        }
    }
    let mut dropped: Vec<(String, Vec<String>)> = Vec::new();
    for l in &new {
        match chain_up(&managers, &l.from, &l.to) {
            Some(chain) => dropped.push((link_key(l), chain)),
            None => managers.entry(l.from.as_str()).or_default().push(l.to.as_str()),
        }
    }
    let gone: FxHashSet<&str> = dropped.iter().map(|(k, _)| k.as_str()).collect();
    out.links.retain(|l| !gone.contains(link_key(l).as_str()));
    dropped
        .iter()
        .map(|(key, chain)| {
            let people: Vec<String> = chain.iter().map(|id| person_named(out, id)).collect();
            Found {
                path: Path::record("links", key),
                kept: Version::Ours,
                rule: Some(format!(
                    "the other copy added this reporting line, but with this copy's lines it would close a \
                     circle ({}: each reports to the next), which the file does not allow; it was left out",
                    people.join(" → ")
                )),
            }
        })
        .collect()
}

/// Whether a new link `from` reports to `to` would close a circle: it does when `from`
/// is above `to` already. Then the circle `from` → `to` → … → `from`, in that order.
fn chain_up(managers: &FxHashMap<&str, Vec<&str>>, from: &str, to: &str) -> Option<Vec<String>> {
    // Breadth first up from `to`, remembering who led to whom, until `from` is met.
    let mut came: FxHashMap<&str, &str> = FxHashMap::default();
    let mut todo = std::collections::VecDeque::from([to]);
    came.insert(to, to);
    while let Some(n) = todo.pop_front() {
        if n == from {
            let mut up = vec![n.to_string()];
            let mut at = n;
            while at != to {
                at = came[at];
                up.push(at.to_string());
            }
            // `up` runs from `from` down to `to`; the circle runs the other way.
            up.reverse();
            up.insert(0, from.to_string());
            return Some(up);
        }
        for &m in managers.get(n).into_iter().flatten() {
            if !came.contains_key(m) {
                came.insert(m, n);
                todo.push_back(m);
            }
        }
    }
    None
}

/// What still needs a missing record, for the conflict's `rule`.
#[derive(Clone, Copy)]
enum Need {
    Link,
    Coverage,
    FollowUp,
}

/// Restores each person or team member that one side deleted while a record of the
/// other side still names them (a link's end, a coverage, a follow-up's `person` or
/// `owner`), as the other side has them, where the deleting side had them. Repeats until
/// nothing is missing, since a restored person may be covered by a restored member.
pub(super) fn references(
    out: &mut Account,
    ours: &Account,
    theirs: &Account,
    ours_made: &[Change],
    theirs_made: &[Change],
) -> Result<Vec<Found>, MergeError> {
    let mut found = Vec::new();
    loop {
        let missing = missing(out);
        if missing.is_empty() {
            return Ok(found);
        }
        let mut restored = 0;
        for ((list, id), need) in missing {
            let path = Path::record(list, &id);
            let deleted =
                |made: &[Change]| made.iter().find(|c| c.path == path && c.after.is_none()).cloned();
            let (deletion, keeper, kept) = match (deleted(ours_made), deleted(theirs_made)) {
                (Some(d), None) => (d, theirs, Version::Theirs),
                (None, Some(d)) => (d, ours, Version::Ours),
                // Nobody deleted it (or both did): no rule brings it back; the check of the
                // result reports what is wrong.
                _ => continue,
            };
            let Some(record) = super::value_at(keeper, &path) else { continue };
            let back =
                Change { path: path.clone(), before: None, after: Some(record), place: deletion.place };
            crate::change::ChangeSet::new(vec![back])
                .apply(out)
                .map_err(|e| MergeError::Internal(e.to_string()))?;
            restored += 1;
            let who = if list == "people" {
                person_named(keeper, &id)
            } else {
                named(keeper.member(&id).map_or("", |m| m.name.as_str()), &id)
            };
            let what = match need {
                Need::Link => "a link",
                Need::Coverage => "a coverage",
                Need::FollowUp => "a follow-up",
            };
            found.push(Found {
                path,
                kept,
                rule: Some(format!(
                    "one copy deleted {who}, but the other still needs them ({what} names them); a deletion \
                     gives way to a change that still needs the record, so they are kept: delete them again \
                     if they should go"
                )),
            });
        }
        if restored == 0 {
            return Ok(found);
        }
    }
}

/// The people and team members that records of the account name but that are not in it,
/// each with the first kind of record found naming them, in a stable order.
fn missing(a: &Account) -> BTreeMap<(&'static str, String), Need> {
    let people: FxHashSet<&str> = a.people.iter().map(|p| p.id.as_str()).collect();
    let team: FxHashSet<&str> = a.team.iter().map(|m| m.id.as_str()).collect();
    let mut out = BTreeMap::new();
    let mut need = |list: &'static str, id: &str, why: Need| {
        let known = if list == "people" { &people } else { &team };
        if !known.contains(id) {
            out.entry((list, id.to_string())).or_insert(why);
        }
    };
    for l in &a.links {
        need("people", &l.from, Need::Link);
        need("people", &l.to, Need::Link);
    }
    for p in &a.people {
        for c in &p.coverage {
            need("team", &c.member, Need::Coverage);
        }
    }
    for f in &a.follow_ups {
        need("team", &f.owner, Need::FollowUp);
        if let Some(p) = &f.person {
            need("people", p, Need::FollowUp);
        }
    }
    out
}
