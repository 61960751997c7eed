//! `history[]` and `conflicts[]` (rule 5 of the module): records that are added and
//! removed whole, never edited, so two copies' lists are put together by id and never
//! conflict.

use crate::model::{FxHashMap, HistoryEntry};

/// The union of two copies' lists by id, three-way: a record either side added is in,
/// one that a side removed while the other left it as it was stays out (a conflict
/// someone decided must not come back), and an id both sides have keeps ours' record.
/// Ours' records in ours' order, then the ones only theirs has, in theirs' order.
pub(super) fn by_id<T: Clone + PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> &str,
) -> Vec<T> {
    let map = |xs: &'_ [T]| -> FxHashMap<String, usize> {
        xs.iter().enumerate().map(|(i, x)| (id(x).to_string(), i)).collect()
    };
    let (in_base, in_ours, in_theirs) = (map(base), map(ours), map(theirs));
    let unchanged = |k: &str, x: &T| in_base.get(k).is_some_and(|&i| base[i] == *x);
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    for x in ours {
        let k = id(x);
        if !in_theirs.contains_key(k) && unchanged(k, x) {
            continue;
        }
        out.push(x.clone());
    }
    for y in theirs {
        let k = id(y);
        if in_ours.contains_key(k) || unchanged(k, y) {
            continue;
        }
        out.push(y.clone());
    }
    out
}

/// [`by_id`] for history, ordered by time, then id: the log reads in the order things
/// happened whichever copy they happened in.
pub(super) fn history(
    base: &[HistoryEntry],
    ours: &[HistoryEntry],
    theirs: &[HistoryEntry],
) -> Vec<HistoryEntry> {
    let mut out = by_id(base, ours, theirs, |h| &h.id);
    out.sort_by(|a, b| (a.at.as_str(), a.id.as_str()).cmp(&(b.at.as_str(), b.id.as_str())));
    out
}
