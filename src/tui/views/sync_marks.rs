//! What the portfolio marks on an account for sharing through git: the conflicts a
//! merge left to decide, and whether it changed here since the last sync.
//!
//! "Changed since the last sync" is read from the account's history: entries made
//! after the time `.dmu/last-sync` holds. That is cheap (one pass over each history,
//! once per scan, never per frame) and honest about what it sees: the history records
//! stances, influence, roles, status, favours, coverage and people and links added or
//! removed, not every edit (a new title or a follow-up is sent by the next sync all
//! the same, but not marked). Entries pulled from colleagues are dated before the sync
//! that brought them, so they are not marked.

use super::accounts::AccountRow;
use crate::change::timeline::parse_time;
use crate::model::Account;

/// The marks of one account.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    /// Conflicts from a merge, to decide.
    pub conflicts: usize,
    /// History entries made since the last sync.
    pub changed: usize,
}

impl Marks {
    /// Whether there is anything to mark.
    pub fn any(self) -> bool {
        self.conflicts > 0 || self.changed > 0
    }
}

/// The marks of every row, in file order, and the time they are counted from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncMarks {
    /// The last sync, seconds since 1970 (`None`: never synced, so nothing is marked
    /// as changed since).
    since: Option<i64>,
    marks: Vec<Marks>,
}

/// The entries of an account's history made after `since`.
pub fn changed_since(a: &Account, since: i64) -> usize {
    a.history.iter().filter(|e| parse_time(&e.at).is_some_and(|t| t > since)).count()
}

impl SyncMarks {
    /// Counts the marks of `rows` again.
    pub fn refresh(&mut self, rows: &[AccountRow]) {
        self.marks = rows
            .iter()
            .map(|r| match &r.summary {
                Ok(s) => Marks {
                    conflicts: s.account.conflicts.len(),
                    changed: self.since.map_or(0, |t| changed_since(&s.account, t)),
                },
                Err(_) => Marks::default(),
            })
            .collect();
    }

    /// Counts from another last sync (an RFC 3339 time); whether that changed anything.
    pub fn set_since(&mut self, at: Option<&str>) -> bool {
        let since = at.and_then(parse_time);
        let changed = since != self.since;
        self.since = since;
        changed
    }

    /// The marks of the row at `i` (file order).
    pub fn at(&self, i: usize) -> Marks {
        self.marks.get(i).copied().unwrap_or_default()
    }

    /// Whether any row has a mark (the portfolio then shows its column).
    pub fn any(&self) -> bool {
        self.marks.iter().any(|m| m.any())
    }
}
