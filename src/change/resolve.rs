//! Deciding a merge conflict: keep the value the merge kept, or take the other one.
//! Either way it is one change set (so one undo): the conflict record goes, and, when
//! the other value is taken, the field (or record) gets it, through the same rules as
//! any edit (a person deleted takes their links along; a link that would close a
//! reporting cycle is refused).

use super::path::link_key;
use super::{Change, ChangeSet, Path, Place, added, place_of, removed};
use crate::model::{Account, Conflict, HistoryEntry, Link, ops, validate};
use serde::Serialize;
use serde_json::Value;

/// Which value of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

impl Side {
    /// As `conflicts[].kept` writes it.
    pub fn key(self) -> &'static str {
        match self {
            Side::Ours => "ours",
            Side::Theirs => "theirs",
        }
    }
}

/// Why a conflict cannot be decided that way.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("{}", crate::t!("core-resolve-no-conflict", id = .0))]
    NoConflict(String),
    #[error("{0}")]
    Rule(String),
}

fn value<T: Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

/// The value at `path` now (`None`: absent).
pub fn value_at(a: &Account, path: &Path) -> Option<Value> {
    let seg = path.segments();
    if seg.len() == 1 {
        return super::apply::get_header(a, &seg[0]);
    }
    let record = record_value(a, &seg[0], &seg[1])?;
    match &seg[2..] {
        [] => Some(record),
        [field] => record.get(field).cloned(),
        [field, member] => record
            .get(field)?
            .as_array()?
            .iter()
            .find(|c| c.get("member").and_then(Value::as_str) == Some(member))
            .cloned(),
        _ => None,
    }
}

fn record_value(a: &Account, list: &str, key: &str) -> Option<Value> {
    fn find<T: Serialize>(xs: &[T], is: impl Fn(&T) -> bool) -> Option<Value> {
        xs.iter().find(|x| is(x)).map(value)
    }
    match list {
        "team" => find(&a.team, |m| m.id == key),
        "people" => find(&a.people, |p| p.id == key),
        "links" => find(&a.links, |l| link_key(l) == key),
        "actions" => find(&a.follow_ups, |f| f.id == key),
        "demands" => find(&a.demands, |d| d.id == key),
        "history" => find(&a.history, |h| h.id == key),
        "conflicts" => find(&a.conflicts, |c| c.id == key),
        "deals" => find(&a.deals, |d| d.id == key),
        "plan" => find(&a.plan, |x| x.id == key),
        other => a.extra.get(other)?.as_array()?.iter().find(|r| r["id"].as_str() == Some(key)).cloned(),
    }
}

/// The change set that decides conflict `id` by keeping `side`'s value.
pub fn resolve(a: &Account, id: &str, side: Side) -> Result<ChangeSet, ResolveError> {
    let i = a.conflicts.iter().position(|c| c.id == id).ok_or_else(|| ResolveError::NoConflict(id.into()))?;
    let c = &a.conflicts[i];
    let mut cs = ChangeSet::default();
    if side.key() != c.kept {
        let path: Path = c.path.parse().unwrap_or_else(|e| match e {});
        let want = match side {
            Side::Ours => &c.ours,
            Side::Theirs => &c.theirs,
        };
        let want = (!want.is_null()).then(|| want.clone());
        cs = take(a, &path, want)?;
    }
    cs.push(removed("conflicts", id, c, place_of(&a.conflicts, i, |x| x.id.clone())));
    // The decided account must keep the rules; say which one it would break.
    let mut check = a.clone();
    cs.apply(&mut check).map_err(|e| ResolveError::Rule(e.to_string()))?;
    if let Some(p) = validate(&check).first() {
        return Err(ResolveError::Rule(p.message.clone()));
    }
    Ok(cs)
}

/// The change that gives `path` the value `want`, through the typed commands where a
/// whole record comes or goes.
fn take(a: &Account, path: &Path, want: Option<Value>) -> Result<ChangeSet, ResolveError> {
    let now = value_at(a, path);
    let rule = |e: ops::RuleError| ResolveError::Rule(e.to_string());
    let seg = path.segments();
    if seg.len() == 2 {
        match (seg[0].as_str(), &now, &want) {
            ("people", Some(_), None) => return ops::delete_person(a, &seg[1]).map_err(rule),
            ("team", Some(_), None) => return ops::delete_member(a, &seg[1]).map_err(rule),
            ("links", None, Some(v)) => {
                let link: Link =
                    serde_json::from_value(v.clone()).map_err(|e| ResolveError::Rule(e.to_string()))?;
                return ops::add_link(a, link).map_err(rule);
            }
            (list, None, Some(v)) => return Ok(ChangeSet::new(vec![added(list, &seg[1], v, Place::End)])),
            _ => {}
        }
    }
    Ok(ChangeSet::new(vec![Change::new(path.clone(), now, want)]))
}

/// The history entries that set each side's value of a conflict (who and when), when
/// the history has them: the latest entry on that person and field whose `to` is it.
pub fn who_set<'a>(a: &'a Account, c: &Conflict) -> (Option<&'a HistoryEntry>, Option<&'a HistoryEntry>) {
    let path: Path = c.path.parse().unwrap_or_else(|e| match e {});
    let seg = path.segments();
    let (person, field) = match seg {
        [list, key, field, ..] if list == "people" => (key.as_str(), Some(field.as_str())),
        [list, key] if list == "people" => (key.as_str(), None),
        _ => return (None, None),
    };
    let find = |v: &Value| {
        a.history.iter().rev().find(|h| {
            h.person.as_deref() == Some(person)
                && h.field.as_deref() == field
                && (field.is_none() || h.to.as_ref().unwrap_or(&Value::Null) == v)
        })
    };
    (find(&c.ours), find(&c.theirs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, Stance};

    fn conflicted() -> Account {
        let mut a = Account::new("acc", "Acme");
        let mut p = Person::new("p1", "Olga");
        p.stance = Stance::Supporter;
        a.people.push(p);
        a.people.push(Person::new("p2", "Petr"));
        a.conflicts.push(Conflict {
            id: "c1".into(),
            path: "people/p1/stance".into(),
            base: "neutral".into(),
            ours: "supporter".into(),
            theirs: "skeptic".into(),
            kept: "ours".into(),
            at: "2026-12-01T10:00:00Z".into(),
            rule: None,
            extra: Default::default(),
        });
        a
    }

    #[test]
    fn keeping_the_kept_value_only_removes_the_conflict() {
        let mut a = conflicted();
        resolve(&a, "c1", Side::Ours).unwrap().apply(&mut a).unwrap();
        assert!(a.conflicts.is_empty());
        assert_eq!(a.people[0].stance, Stance::Supporter);
    }

    #[test]
    fn taking_the_other_value_sets_it_in_one_undoable_change_set() {
        let mut a = conflicted();
        let before = a.clone();
        let cs = resolve(&a, "c1", Side::Theirs).unwrap();
        cs.apply(&mut a).unwrap();
        assert_eq!((a.people[0].stance, a.conflicts.len()), (Stance::Skeptic, 0));
        cs.invert().apply(&mut a).unwrap();
        assert_eq!(a, before);
    }

    #[test]
    fn taking_a_deletion_takes_the_persons_links_along() {
        let mut a = conflicted();
        a.links.push(Link {
            from: "p2".into(),
            to: "p1".into(),
            kind: crate::model::LinkKind::ReportsTo,
            strength: None,
            extra: Default::default(),
        });
        a.conflicts[0].path = "people/p1".into();
        a.conflicts[0].ours = Value::Null;
        a.conflicts[0].theirs = value(&a.people[0]);
        a.conflicts[0].kept = "theirs".into();
        resolve(&a, "c1", Side::Ours).unwrap().apply(&mut a).unwrap();
        assert_eq!((a.people.len(), a.links.len(), a.conflicts.len()), (1, 0, 0));
    }

    #[test]
    fn a_gone_conflict_is_refused_in_words() {
        let a = conflicted();
        assert_eq!(
            resolve(&a, "zz", Side::Ours).unwrap_err().to_string(),
            "there is no conflict `zz` any more"
        );
    }
}
