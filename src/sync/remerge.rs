//! The semantic three-way merge of an account file, as `dmu sync --resolve` needs it:
//! the same merge git's driver (`dmu merge-driver`) makes, so that a re-merge gives
//! exactly what git's merge would have given.

use super::words;

/// Merges `ours` and `theirs`, both made from `base`. Returns the merged bytes and how
/// many conflicts the merge recorded in the file's `conflicts[]`, or why it could not.
pub(crate) fn merge_files(base: &[u8], ours: &[u8], theirs: &[u8]) -> Result<(Vec<u8>, usize), String> {
    crate::merge::merge_files(base, ours, theirs, &crate::model::now_utc())
        .map_err(|e| words::merge_failed(&e.to_string()))
}
