//! Putting two sides' change sets together (rules 1 to 4 of the module): which changes
//! of each side are made, and where the two met.
//!
//! Two changes meet when their paths are the same or one is inside the other (a record
//! and a field of it; an account field and a record of the unknown list it names). The
//! paths of one change set never meet each other, so every meeting is one change of
//! ours against one or more of theirs, or the reverse, along one chain of paths.

use super::{Found, Version};
use crate::change::{Change, Path};
use crate::model::FxHashMap;
use std::collections::BTreeMap;

/// The changes to make from each side (in each side's order), and the conflicts found.
pub(super) struct Plan {
    pub ours: Vec<Change>,
    pub theirs: Vec<Change>,
    /// In path order, one per path.
    pub found: Vec<Found>,
}

/// Why the record stays: said in the conflict, since the rep will want to know why a
/// record they deleted came back.
const EDIT_WINS: &str = "one copy deleted this record while the other changed it; it is kept with \
                         the changes, so that nothing is lost: delete it again if it should go";

/// A whole record removed (not one of its fields).
fn removes_record(c: &Change) -> bool {
    c.is_record() && c.before.is_some() && c.after.is_none()
}

pub(super) fn combine(ours: Vec<Change>, theirs: Vec<Change>) -> Plan {
    let mut take_ours = vec![true; ours.len()];
    let mut take_theirs = vec![true; theirs.len()];
    let mut found: BTreeMap<Path, (Version, Option<&'static str>)> = BTreeMap::new();
    let mut conflict = |path: &Path, kept: Version, rule: Option<&'static str>| {
        found.entry(path.clone()).or_insert((kept, rule));
    };

    // Theirs by path, and by every path that holds one of theirs (to find what is inside).
    let mut at: FxHashMap<&Path, usize> = FxHashMap::default();
    let mut inside: FxHashMap<Path, Vec<usize>> = FxHashMap::default();
    for (j, c) in theirs.iter().enumerate() {
        at.insert(&c.path, j);
        let seg = c.path.segments();
        for n in 1..seg.len() {
            inside.entry(Path(seg[..n].to_vec())).or_default().push(j);
        }
    }

    for (i, a) in ours.iter().enumerate() {
        // The same path.
        if let Some(&j) = at.get(&a.path) {
            take_theirs[j] = false;
            if theirs[j].after != a.after {
                // Rules 2 and 4: a field changed two ways, or a record added twice.
                conflict(&a.path, Version::Ours, None);
            }
        }
        // Theirs changed something that holds ours' change.
        let seg = a.path.segments();
        for n in 1..seg.len() {
            let Some(&j) = at.get(&Path(seg[..n].to_vec())) else { continue };
            take_theirs[j] = false;
            if removes_record(&theirs[j]) {
                // Rule 3: ours edited a record theirs deleted; the edit wins.
                conflict(&theirs[j].path, Version::Ours, Some(EDIT_WINS));
            } else {
                conflict(&theirs[j].path, Version::Ours, None);
            }
        }
        // Ours changed something that holds theirs' changes.
        if let Some(js) = inside.get(&a.path) {
            if removes_record(a) {
                // Rule 3 the other way: theirs edited a record ours deleted.
                take_ours[i] = false;
                conflict(&a.path, Version::Theirs, Some(EDIT_WINS));
            } else {
                for &j in js {
                    take_theirs[j] = false;
                }
                conflict(&a.path, Version::Ours, None);
            }
        }
    }

    let pick = |changes: Vec<Change>, take: &[bool]| -> Vec<Change> {
        changes.into_iter().zip(take).filter(|(_, t)| **t).map(|(c, _)| c).collect()
    };
    let found =
        found.into_iter().map(|(path, (kept, rule))| Found { path, kept, rule: rule.map(Into::into) });
    Plan { ours: pick(ours, &take_ours), theirs: pick(theirs, &take_theirs), found: found.collect() }
}
