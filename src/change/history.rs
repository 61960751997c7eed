//! The history entries a change set makes: one per change of a person's judgement
//! (`stance`, `stance_basis`, `influence`, `roles`, `status`, `favours`, coverage) and
//! one per person or link added or removed, as the format's "History" lists them.
//! They are added to the same change set, so undoing the edit takes them back.

use super::{ChangeSet, Path, Place, added};
use crate::model::{Account, HistoryEntry, Person, new_id};
use serde_json::Value;

/// The person fields whose changes are recorded.
pub const RECORDED: [&str; 6] = ["stance", "stance_basis", "influence", "roles", "status", "favours"];

/// Who made an edit, with when and why.
#[derive(Debug, Clone, Default)]
pub struct Stamp {
    /// A team id, or a free name (see [`author`]).
    pub by: Option<String>,
    /// RFC 3339, UTC.
    pub at: String,
    pub note: Option<String>,
}

/// The `by` of the history for `name` on this account: the id of the team member
/// of that name (case and spaces aside), else the name as given.
pub fn author(a: &Account, name: &str) -> String {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let want = norm(name);
    a.team.iter().find(|m| norm(&m.name) == want).map_or_else(|| name.trim().to_string(), |m| m.id.clone())
}

/// The entries `cs` makes on `before` (the account it is applied to).
pub fn entries(cs: &ChangeSet, before: &Account, stamp: &Stamp) -> Vec<HistoryEntry> {
    let mut out = Vec::new();
    let mut covered: Vec<&str> = Vec::new();
    let entry = |person: Option<&str>| {
        let mut e = HistoryEntry::new(new_id("h"), stamp.at.clone(), stamp.by.clone());
        e.person = person.map(str::to_string);
        e.note = stamp.note.clone().filter(|n| !n.trim().is_empty());
        e
    };
    for c in cs {
        let seg = c.path.segments();
        match seg {
            [list, key] if list == "people" || list == "links" => {
                let rec = c.after.as_ref().or(c.before.as_ref());
                let person =
                    if list == "people" { Some(key.as_str()) } else { rec.and_then(|r| r["from"].as_str()) };
                let mut e = entry(person);
                e.record = Some(c.path.to_string());
                e.change = Some(if c.after.is_some() { "added" } else { "removed" }.to_string());
                e.label = rec.map(|r| label(before, list, r));
                out.push(e);
            }
            [list, key, field] if list == "people" && RECORDED.contains(&field.as_str()) => {
                let mut e = entry(Some(key));
                e.field = Some(field.clone());
                e.from = c.before.clone();
                e.to = c.after.clone();
                out.push(e);
            }
            [list, key, field, _]
                if list == "people" && field == "coverage" && !covered.contains(&key.as_str()) =>
            {
                covered.push(key);
                if let Some(p) = before.person(key) {
                    let mut e = entry(Some(key));
                    e.field = Some("coverage".into());
                    e.from = Some(coverage_value(p));
                    e.to = Some(coverage_after(cs, p));
                    out.push(e);
                }
            }
            _ => {}
        }
    }
    out
}

/// `cs` with the history entries it makes on `before` added at the end.
pub fn recorded(mut cs: ChangeSet, before: &Account, stamp: &Stamp) -> ChangeSet {
    for e in entries(&cs, before, stamp) {
        cs.push(added("history", &e.id.clone(), &e, Place::End));
    }
    cs
}

fn coverage_value(p: &Person) -> Value {
    serde_json::to_value(&p.coverage).unwrap_or(Value::Null)
}

/// A person's coverage after the coverage changes of `cs` (worked out on a copy of
/// them alone).
fn coverage_after(cs: &ChangeSet, p: &Person) -> Value {
    let mut scratch = Account::new("scratch", "scratch");
    scratch.people.push(p.clone());
    let prefix = Path(vec!["people".into(), p.id.clone(), "coverage".into()]);
    let mine = ChangeSet::new(cs.iter().filter(|c| c.path.within(&prefix)).cloned().collect());
    match mine.apply(&mut scratch) {
        Ok(()) => coverage_value(&scratch.people[0]),
        Err(_) => coverage_value(p),
    }
}

/// How a record added or removed reads, so a removed one can still be named.
fn label(a: &Account, list: &str, r: &Value) -> String {
    let name = |id: &str| a.person(id).map_or_else(|| id.to_string(), |p| p.name.clone());
    match list {
        "people" => r["name"].as_str().unwrap_or_default().to_string(),
        _ => {
            let (from, to) = (r["from"].as_str().unwrap_or_default(), r["to"].as_str().unwrap_or_default());
            let kind = r["kind"].as_str().unwrap_or_default().replace('_', " ");
            format!("{} → {} ({kind})", name(from), name(to))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stance, Strength, TeamMember, ops};

    fn sample() -> Account {
        let mut a = Account::new("acc", "Acme");
        a.team.push(TeamMember {
            id: "t-anna".into(),
            name: "Anna Berg".into(),
            function: Default::default(),
            extra: Default::default(),
        });
        a.people.push(Person::new("p1", "Ольга Кузнецова"));
        a.people.push(Person::new("p2", "Пётр Иванов"));
        a
    }

    fn stamp() -> Stamp {
        Stamp { by: Some("t-anna".into()), at: "2026-11-27T14:05:00Z".into(), note: Some("steering".into()) }
    }

    #[test]
    fn judgement_changes_are_recorded_and_other_fields_are_not() {
        let a = sample();
        let mut p = a.people[0].clone();
        p.stance = Stance::Neutral;
        p.title = Some("CFO".into());
        let cs = ops::update_person(&a, p).unwrap();
        let e = entries(&cs, &a, &stamp());
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].field.as_deref(), e[0].person.as_deref()), (Some("stance"), Some("p1")));
        assert_eq!((e[0].from.clone(), e[0].to.clone()), (Some("unknown".into()), Some("neutral".into())));
        assert_eq!((e[0].by.as_deref(), e[0].note.as_deref()), (Some("t-anna"), Some("steering")));
    }

    #[test]
    fn coverage_is_one_entry_with_the_whole_list_before_and_after() {
        let a = sample();
        let cs = ops::set_coverage(&a, "p2", "t-anna", Some(Strength::Strong)).unwrap();
        let e = entries(&cs, &a, &stamp());
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].from, Some(serde_json::json!([])));
        assert_eq!(e[0].to, Some(serde_json::json!([{"member": "t-anna", "strength": "strong"}])));
    }

    #[test]
    fn a_removed_person_and_their_links_are_named_and_undo_takes_the_entries_back() {
        let mut a = sample();
        ops::add_link(
            &a,
            crate::model::Link {
                from: "p1".into(),
                to: "p2".into(),
                kind: crate::model::LinkKind::ReportsTo,
                strength: None,
                extra: Default::default(),
            },
        )
        .unwrap()
        .apply(&mut a)
        .unwrap();
        let before = a.clone();
        let cs = recorded(ops::delete_person(&a, "p2").unwrap(), &a, &stamp());
        cs.apply(&mut a).unwrap();
        let labels: Vec<_> = a.history.iter().map(|h| h.label.clone().unwrap_or_default()).collect();
        assert_eq!(labels, ["Ольга Кузнецова → Пётр Иванов (reports to)", "Пётр Иванов"]);
        assert_eq!(a.history[1].change.as_deref(), Some("removed"));
        cs.invert().apply(&mut a).unwrap();
        assert_eq!(a, before);
    }

    #[test]
    fn the_author_is_a_team_id_when_the_name_is_on_the_team() {
        let a = sample();
        assert_eq!(author(&a, " anna  berg "), "t-anna");
        assert_eq!(author(&a, "Omar Haddad"), "Omar Haddad");
    }
}
