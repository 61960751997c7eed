//! Making a change set: each change checks that what it changes is still what it was
//! (`before`), so a stale undo or a merge on the wrong base is refused, not guessed;
//! a change set that fails part way is rolled back.

use super::diff::is_keyed;
use super::path::link_key;
use super::{Change, ChangeSet, Place};
use crate::model::Account;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::borrow::Cow;

/// Why a change set does not fit the account it is applied to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    /// The value is no longer what the change was made on.
    #[error("{0} is no longer what the change was made on")]
    Stale(String),
    /// The record it changes is not there.
    #[error("there is no {0}")]
    Missing(String),
    /// The new value cannot be a value of that field.
    #[error("{0}: {1}")]
    Invalid(String, String),
}

impl ChangeSet {
    /// Makes every change, in order. On error the account is left exactly as it was.
    pub fn apply(&self, a: &mut Account) -> Result<(), ChangeError> {
        // A big change set (an import of thousands of people, or its undo) finds its
        // records through an index instead of a scan per change.
        let mut at = Positions { on: self.changes.len() > 64, lists: Default::default() };
        for (i, c) in self.changes.iter().enumerate() {
            if let Err(e) = apply_one(a, c, &mut at) {
                for done in self.changes[..i].iter().rev() {
                    // The inverse of a change just made always fits.
                    let _ = apply_one(a, &done.inverse(), &mut at);
                }
                return Err(e);
            }
        }
        Ok(())
    }
}

/// Where the records of each typed list are, by key, while one change set is applied.
/// An index stays right while records are added at the end of a list or removed from
/// its end (an import and its undo) and is dropped on any other insertion or removal,
/// to be built again when next needed.
struct Positions {
    on: bool,
    lists: crate::model::FxHashMap<&'static str, crate::model::FxHashMap<String, usize>>,
}

impl Positions {
    fn find<T>(
        &mut self,
        list: &'static str,
        items: &[T],
        key: &impl Fn(&T) -> Cow<'_, str>,
        k: &str,
    ) -> Option<usize> {
        if !self.on {
            return items.iter().position(|x| key(x) == k);
        }
        let index = self
            .lists
            .entry(list)
            .or_insert_with(|| items.iter().enumerate().map(|(i, x)| (key(x).into_owned(), i)).collect());
        index.get(k).copied()
    }

    /// A record with key `k` went in at `at`; the list is now `len` long.
    fn inserted(&mut self, list: &'static str, at: usize, len: usize, k: &str) {
        if let Some(index) = self.lists.get_mut(list) {
            if at + 1 == len {
                index.insert(k.to_string(), at);
            } else {
                self.lists.remove(list);
            }
        }
    }

    /// The record with key `k` at `at` went out of a list that was `len` long.
    fn removed(&mut self, list: &'static str, at: usize, len: usize, k: &str) {
        if let Some(index) = self.lists.get_mut(list) {
            if at + 1 == len {
                index.remove(k);
            } else {
                self.lists.remove(list);
            }
        }
    }
}

/// Makes one change.
fn apply_one(a: &mut Account, c: &Change, at: &mut Positions) -> Result<(), ChangeError> {
    let seg = c.path.segments();
    match seg.first().map(String::as_str) {
        None => Err(ChangeError::Missing("empty path".into())),
        Some(field) if seg.len() == 1 => header(a, field, c),
        Some("team") => typed("team", &mut a.team, |m| Cow::Borrowed(&m.id), c, at),
        Some("people") => typed("people", &mut a.people, |p| Cow::Borrowed(&p.id), c, at),
        Some("links") => typed("links", &mut a.links, |l| Cow::Owned(link_key(l)), c, at),
        Some("actions") => typed("actions", &mut a.follow_ups, |f| Cow::Borrowed(&f.id), c, at),
        Some("demands") => typed("demands", &mut a.demands, |d| Cow::Borrowed(&d.id), c, at),
        Some("history") => typed("history", &mut a.history, |h| Cow::Borrowed(&h.id), c, at),
        Some("conflicts") => typed("conflicts", &mut a.conflicts, |x| Cow::Borrowed(&x.id), c, at),
        Some("deals") => typed("deals", &mut a.deals, |d| Cow::Borrowed(&d.id), c, at),
        Some("plan") => typed("plan", &mut a.plan, |x| Cow::Borrowed(&x.id), c, at),
        Some(list) => {
            let slot = a.extra.entry(list.to_string()).or_insert_with(|| Value::Array(Vec::new()));
            if !matches!(slot, Value::Array(_))
                || (!slot.as_array().is_some_and(Vec::is_empty) && !is_keyed(slot))
            {
                return Err(ChangeError::Stale(c.path.to_string()));
            }
            let Value::Array(items) = slot else { unreachable!("checked above") };
            let r = records(items, |v| v.get("id").and_then(Value::as_str) == Some(seg[1].as_str()), c);
            if items.is_empty() {
                a.extra.remove(list);
            }
            r
        }
    }
}

fn value<T: Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

fn read<T: DeserializeOwned>(c: &Change, v: Value) -> Result<T, ChangeError> {
    serde_json::from_value(v).map_err(|e| ChangeError::Invalid(c.path.to_string(), e.to_string()))
}

/// A typed list: the one record the change touches goes through JSON and back.
fn typed<T: Serialize + DeserializeOwned>(
    name: &'static str,
    list: &mut Vec<T>,
    key: impl Fn(&T) -> Cow<'_, str>,
    c: &Change,
    positions: &mut Positions,
) -> Result<(), ChangeError> {
    let k = c.path.segments()[1].as_str();
    let pos = positions.find(name, list, &key, k);
    let mut one: Vec<Value> = pos.map(|i| vec![value(&list[i])]).unwrap_or_default();
    records(&mut one, |_| true, c)?;
    match (pos, one.pop()) {
        (Some(i), None) => {
            let len = list.len();
            list.remove(i);
            positions.removed(name, i, len, k);
        }
        (Some(i), Some(v)) => list[i] = read(c, v)?,
        (None, Some(v)) => {
            let rec = read(c, v)?;
            let at = match &c.place {
                Place::First => 0,
                Place::End => list.len(),
                Place::After(after) => positions.find(name, list, &key, after).map_or(list.len(), |i| i + 1),
            };
            list.insert(at, rec);
            positions.inserted(name, at, list.len(), k);
        }
        (None, None) => {}
    }
    Ok(())
}

fn place_at(len: usize, place: &Place, find: impl Fn(&str) -> Option<usize>) -> usize {
    match place {
        Place::First => 0,
        Place::End => len,
        Place::After(k) => find(k).map_or(len, |i| i + 1),
    }
}

/// A list of JSON records; `is` finds the one the change is about.
fn records(items: &mut Vec<Value>, is: impl Fn(&Value) -> bool, c: &Change) -> Result<(), ChangeError> {
    let seg = c.path.segments();
    let path = || c.path.to_string();
    let pos = items.iter().position(&is);
    if seg.len() == 2 {
        if pos.map(|i| &items[i]) != c.before.as_ref() {
            return Err(ChangeError::Stale(path()));
        }
        match (pos, &c.after) {
            (Some(i), None) => {
                items.remove(i);
            }
            (Some(i), Some(v)) => items[i] = v.clone(),
            (None, Some(v)) => {
                let v = v.clone();
                let at = place_at(items.len(), &c.place, |k| {
                    items.iter().position(|x| x.get("id").and_then(Value::as_str) == Some(k))
                });
                items.insert(at, v);
            }
            (None, None) => {}
        }
        return Ok(());
    }
    let i = pos.ok_or_else(|| ChangeError::Missing(path()))?;
    let mut rec = items[i].clone();
    let Value::Object(map) = &mut rec else { return Err(ChangeError::Stale(path())) };
    patch(map, &seg[2..], c).ok_or_else(|| ChangeError::Stale(path()))?;
    items[i] = rec;
    Ok(())
}

/// Sets a field of a record (or one coverage entry); `None` when it is not what the
/// change expects.
fn patch(map: &mut Map<String, Value>, rest: &[String], c: &Change) -> Option<()> {
    match rest {
        [field] => {
            if map.get(field) != c.before.as_ref() {
                return None;
            }
            match &c.after {
                Some(v) => map.insert(field.clone(), v.clone()),
                None => map.remove(field),
            };
            Some(())
        }
        [field, member] => {
            let slot = map.entry(field.clone()).or_insert_with(|| Value::Array(Vec::new()));
            let items = slot.as_array_mut()?;
            let pos = items.iter().position(|x| x.get("member").and_then(Value::as_str) == Some(member));
            if pos.map(|i| &items[i]) != c.before.as_ref() {
                return None;
            }
            match (pos, &c.after) {
                (Some(i), None) => {
                    items.remove(i);
                }
                (Some(i), Some(v)) => items[i] = v.clone(),
                (None, Some(v)) => {
                    let find = |k: &str| {
                        items.iter().position(|x| x.get("member").and_then(Value::as_str) == Some(k))
                    };
                    let at = place_at(items.len(), &c.place, find);
                    items.insert(at, v.clone());
                }
                (None, None) => {}
            }
            Some(())
        }
        _ => None,
    }
}

/// An account field: the known ones typed, the others kept as they are.
fn header(a: &mut Account, field: &str, c: &Change) -> Result<(), ChangeError> {
    let stale = || ChangeError::Stale(c.path.to_string());
    let now = get_header(a, field);
    if now != c.before {
        return Err(stale());
    }
    let after = c.after.clone();
    macro_rules! set {
        (always $f:ident) => {
            a.$f = read(c, after.ok_or_else(stale)?)?
        };
        ($f:ident) => {
            a.$f = after.map(|v| read(c, v)).transpose()?
        };
    }
    match field {
        "schema" => set!(always schema),
        "id" => set!(always id),
        "name" => set!(always name),
        "tier" => set!(always tier),
        "industry" => set!(industry),
        "currency" => set!(currency),
        "annual_revenue" => set!(annual_revenue),
        "potential" => set!(potential),
        "notes" => set!(notes),
        "margin" => set!(margin),
        _ => {
            match after {
                Some(v) => a.extra.insert(field.to_string(), v),
                None => a.extra.remove(field),
            };
        }
    }
    Ok(())
}

/// The value of an account field as the file writes it (absent: `None`).
pub(super) fn get_header(a: &Account, field: &str) -> Option<Value> {
    fn opt<T: Serialize>(x: &Option<T>) -> Option<Value> {
        x.as_ref().map(value)
    }
    match field {
        "schema" => Some(value(&a.schema)),
        "id" => Some(value(&a.id)),
        "name" => Some(value(&a.name)),
        "tier" => Some(value(&a.tier)),
        "industry" => opt(&a.industry),
        "currency" => opt(&a.currency),
        "annual_revenue" => opt(&a.annual_revenue),
        "potential" => opt(&a.potential),
        "notes" => opt(&a.notes),
        "margin" => opt(&a.margin),
        _ => a.extra.get(field).cloned(),
    }
}
