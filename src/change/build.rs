//! Change sets for the typed commands (`model::ops`): a record added, removed or
//! replaced, as the changes of its fields.

use super::diff::diff_records;
use super::{Change, ChangeSet, Path, Place};
use serde::Serialize;
use serde_json::Value;

fn value<T: Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

/// Where the record at `i` of a list sits: after the one before it, or first.
pub fn place_of<T>(list: &[T], i: usize, key: impl Fn(&T) -> String) -> Place {
    match i.checked_sub(1).and_then(|j| list.get(j)) {
        Some(prev) => Place::After(key(prev)),
        None => Place::First,
    }
}

/// A record added to `list` at `place`.
pub fn added<T: Serialize>(list: &str, key: &str, record: &T, place: Place) -> Change {
    Change { path: Path::record(list, key), before: None, after: Some(value(record)), place }
}

/// A record removed from `list`; `place` is where it was, for the undo.
pub fn removed<T: Serialize>(list: &str, key: &str, record: &T, place: Place) -> Change {
    Change { path: Path::record(list, key), before: Some(value(record)), after: None, place }
}

/// A record replaced by another with the same key: the fields that differ.
pub fn replaced<T: Serialize + PartialEq>(list: &str, key: &str, old: &T, new: &T) -> Vec<Change> {
    if old == new {
        return Vec::new();
    }
    diff_records(list, key, &value(old), &value(new))
}

impl ChangeSet {
    /// Adds changes at the end.
    pub fn push(&mut self, c: Change) {
        self.changes.push(c);
    }

    pub fn extend(&mut self, cs: impl IntoIterator<Item = Change>) {
        self.changes.extend(cs);
    }
}
