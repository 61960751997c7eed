//! One way to describe a change to an account: a [`ChangeSet`] of [`Change`]s, each
//! addressed by record id and field (never by a list position), with its value before
//! and after. [`diff`] finds the change set between two accounts, [`ChangeSet::apply`]
//! makes it (all or nothing, checking that what it changes is still what it was), and
//! [`ChangeSet::invert`] undoes it. Undo and redo, the history log, the merge of two
//! copies, the semantic diff and the what-if are all this one thing seen differently.
//! No I/O, no UI.

mod apply;
mod build;
mod describe;
mod diff;
pub mod facts;
pub mod history;
mod path;
pub mod resolve;

pub mod timeline;
pub mod words;

pub use apply::ChangeError;
pub use build::{added, place_of, removed, replaced};
pub use describe::{
    EntryText, Names, change_text, conflict_place, conflict_text, conflict_value, describe_change,
    describe_conflict, describe_entry, entry_text,
};
pub use diff::{diff, diff_records};
pub use path::{LIST_KEYS, Path, coverage_key, link_key};

use serde_json::Value;

/// Where an added record goes in its list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Place {
    /// At the end (the default, and the fallback when the record to follow is gone).
    #[default]
    End,
    /// First in the list.
    First,
    /// Right after the record with this key.
    After(String),
}

/// One change: the value at `path` goes from `before` to `after` (`None`: absent, or
/// the record is not there). For a record added or removed, `place` says where it
/// goes (or where it was, so that the inverse puts it back there).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: Path,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub place: Place,
}

impl Change {
    /// A change of a value, with no place.
    pub fn new(path: Path, before: Option<Value>, after: Option<Value>) -> Change {
        Change { path, before, after, place: Place::End }
    }

    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        Change {
            path: self.path.clone(),
            before: self.after.clone(),
            after: self.before.clone(),
            place: self.place.clone(),
        }
    }

    /// Whether a whole record comes (`before` absent) or goes (`after` absent).
    pub fn is_record(&self) -> bool {
        self.path.is_record()
    }
}

/// Changes that stand or fall together, in the order they are made.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeSet {
    pub changes: Vec<Change>,
}

impl ChangeSet {
    pub fn new(changes: Vec<Change>) -> ChangeSet {
        ChangeSet { changes }
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    pub fn len(&self) -> usize {
        self.changes.len()
    }

    /// The change set that undoes this one: each change inverted, in reverse order.
    pub fn invert(&self) -> ChangeSet {
        ChangeSet { changes: self.changes.iter().rev().map(Change::inverse).collect() }
    }

    /// This change set followed by `other`, as one.
    pub fn then(mut self, other: ChangeSet) -> ChangeSet {
        self.changes.extend(other.changes);
        self
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Change> {
        self.changes.iter()
    }
}

impl<'a> IntoIterator for &'a ChangeSet {
    type Item = &'a Change;
    type IntoIter = std::slice::Iter<'a, Change>;
    fn into_iter(self) -> Self::IntoIter {
        self.changes.iter()
    }
}

#[cfg(test)]
mod describe_tests;
#[cfg(test)]
mod tests;
