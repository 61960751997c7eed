//! The change set between two accounts: records matched by key, compared typed (cheap),
//! and only the records that differ turned into JSON to find their changed fields. An
//! account of 10,000 people with one edit costs one pass of comparisons, not a
//! serialisation of the whole file.

use super::path::{Path, link_key};
use super::{Change, ChangeSet, Place};
use crate::model::{Account, FxHashMap};
use serde::Serialize;
use serde_json::{Map, Value};

/// What turns `a` into `b`: `diff(a, b).apply(a) == b`, but for the order of records
/// in a list, which is not a change (a list keeps its order; records added go after the
/// one they follow in `b`).
pub fn diff(a: &Account, b: &Account) -> ChangeSet {
    let mut out = Vec::new();
    for (field, x, y) in header_pairs(a, b) {
        if x != y {
            out.push(Change::new(Path::field(field), x, y));
        }
    }
    list(&mut out, "team", &a.team, &b.team, |m| m.id.clone());
    list(&mut out, "people", &a.people, &b.people, |p| p.id.clone());
    list(&mut out, "links", &a.links, &b.links, link_key);
    list(&mut out, "actions", &a.follow_ups, &b.follow_ups, |f| f.id.clone());
    list(&mut out, "demands", &a.demands, &b.demands, |d| d.id.clone());
    list(&mut out, "history", &a.history, &b.history, |h| h.id.clone());
    list(&mut out, "conflicts", &a.conflicts, &b.conflicts, |c| c.id.clone());
    list(&mut out, "deals", &a.deals, &b.deals, |d| d.id.clone());
    list(&mut out, "plan", &a.plan, &b.plan, |x| x.id.clone());
    extras(&mut out, &a.extra, &b.extra);
    ChangeSet::new(out)
}

fn value<T: Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

fn some<T: Serialize>(x: &Option<T>) -> Option<Value> {
    x.as_ref().map(value)
}

/// The account's own fields, before and after.
#[allow(clippy::type_complexity)]
fn header_pairs(a: &Account, b: &Account) -> Vec<(&'static str, Option<Value>, Option<Value>)> {
    // Compared typed first, so an unchanged header costs no JSON.
    let mut v = Vec::new();
    macro_rules! pair {
        ($name:literal, $f:ident, always) => {
            if a.$f != b.$f {
                v.push(($name, Some(value(&a.$f)), Some(value(&b.$f))));
            }
        };
        ($name:literal, $f:ident) => {
            if a.$f != b.$f {
                v.push(($name, some(&a.$f), some(&b.$f)));
            }
        };
    }
    pair!("schema", schema, always);
    pair!("id", id, always);
    pair!("name", name, always);
    pair!("industry", industry);
    pair!("tier", tier, always);
    pair!("currency", currency);
    pair!("annual_revenue", annual_revenue);
    pair!("potential", potential);
    pair!("notes", notes);
    pair!("margin", margin);
    v
}

/// Whether a JSON value is a list of records with unique string ids (as `deals[]` and
/// `plan[]` are), so it is merged record by record rather than as one value.
pub(super) fn is_keyed(v: &Value) -> bool {
    let Value::Array(items) = v else { return false };
    let mut seen = std::collections::HashSet::new();
    !items.is_empty()
        && items.iter().all(|x| x.get("id").and_then(Value::as_str).is_some_and(|id| seen.insert(id)))
}

fn extras(
    out: &mut Vec<Change>,
    a: &std::collections::BTreeMap<String, Value>,
    b: &std::collections::BTreeMap<String, Value>,
) {
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let empty = Value::Array(Vec::new());
    for k in keys {
        let (x, y) = (a.get(k), b.get(k));
        if x == y {
            continue;
        }
        let keyed = |v: Option<&Value>| v.is_none_or(is_keyed);
        if keyed(x) && keyed(y) {
            let (x, y) = (x.unwrap_or(&empty), y.unwrap_or(&empty));
            let (xs, ys) = (x.as_array().map_or(&[][..], |v| v), y.as_array().map_or(&[][..], |v| v));
            list(out, k, xs, ys, |r| r["id"].as_str().unwrap_or_default().to_string());
        } else {
            out.push(Change::new(Path::field(k), x.cloned(), y.cloned()));
        }
    }
}

/// The changes of one list: records removed (in `a`'s order), then records added or
/// changed (in `b`'s order, so each added one can follow the one before it).
fn list<T: Serialize + PartialEq>(
    out: &mut Vec<Change>,
    name: &str,
    a: &[T],
    b: &[T],
    key: impl Fn(&T) -> String,
) {
    if a == b {
        return;
    }
    let ka: Vec<String> = a.iter().map(&key).collect();
    let kb: Vec<String> = b.iter().map(&key).collect();
    let in_a: FxHashMap<&str, usize> = ka.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    let in_b: FxHashMap<&str, usize> = kb.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    // A removed record remembers the nearest record before it that stays, so that
    // undoing the removal (which re-adds in reverse order) puts each back where it was.
    let mut kept_before = Place::First;
    for (i, x) in a.iter().enumerate() {
        if in_b.contains_key(ka[i].as_str()) {
            kept_before = Place::After(ka[i].clone());
        } else {
            out.push(Change {
                path: Path::record(name, &ka[i]),
                before: Some(value(x)),
                after: None,
                place: kept_before.clone(),
            });
        }
    }
    for (j, y) in b.iter().enumerate() {
        match in_a.get(kb[j].as_str()) {
            None => out.push(Change {
                path: Path::record(name, &kb[j]),
                before: None,
                after: Some(value(y)),
                place: if j == 0 { Place::First } else { Place::After(kb[j - 1].clone()) },
            }),
            Some(&i) if a[i] != *y => {
                out.extend(diff_records(name, &kb[j], &value(&a[i]), &value(y)));
            }
            Some(_) => {}
        }
    }
}

/// The field changes between two versions of one record (JSON objects), in field
/// order. A person's coverage is compared member by member.
pub fn diff_records(list: &str, key: &str, a: &Value, b: &Value) -> Vec<Change> {
    let empty = Map::new();
    let (ma, mb) = (a.as_object().unwrap_or(&empty), b.as_object().unwrap_or(&empty));
    let fields: std::collections::BTreeSet<&String> = ma.keys().chain(mb.keys()).collect();
    let mut out = Vec::new();
    for f in fields {
        let (x, y) = (ma.get(f), mb.get(f));
        if x == y {
            continue;
        }
        if list == "people" && f == "coverage" {
            coverage(&mut out, key, x, y);
        } else {
            out.push(Change::new(Path::record_field(list, key, f), x.cloned(), y.cloned()));
        }
    }
    out
}

fn coverage(out: &mut Vec<Change>, person: &str, x: Option<&Value>, y: Option<&Value>) {
    let entries = |v: Option<&Value>| -> Vec<(String, Value)> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|c| {
                        (c.get("member").and_then(Value::as_str).unwrap_or_default().to_string(), c.clone())
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (xs, ys) = (entries(x), entries(y));
    let path = |m: &str| Path(vec!["people".into(), person.into(), "coverage".into(), m.into()]);
    // Places as for the records of a list, so that an undo keeps the coverage's order.
    let mut kept = Place::First;
    for (m, c) in &xs {
        if ys.iter().any(|(n, _)| n == m) {
            kept = Place::After(m.clone());
        } else {
            out.push(Change { path: path(m), before: Some(c.clone()), after: None, place: kept.clone() });
        }
    }
    for (j, (m, c)) in ys.iter().enumerate() {
        match xs.iter().find(|(n, _)| n == m) {
            None => {
                let place = if j == 0 { Place::First } else { Place::After(ys[j - 1].0.clone()) };
                out.push(Change { path: path(m), before: None, after: Some(c.clone()), place });
            }
            Some((_, old)) if old != c => out.push(Change::new(path(m), Some(old.clone()), Some(c.clone()))),
            Some(_) => {}
        }
    }
}
