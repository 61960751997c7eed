//! The semantic three-way merge of an account file, as `dmu sync --resolve` needs it.
//!
//! It runs this dmu's `merge-driver` (the very command git runs for account files), on
//! scratch copies in the git folder, so that a re-merge gives exactly what git's merge
//! would have given. When `crate::merge` is in the same build, [`merge_files`] can call
//! `crate::merge::merge_files` directly instead; nothing else changes.

use super::summary::conflict_ids;
use super::words;
use std::path::Path;
use std::process::{Command, Stdio};

/// Whether this dmu has the merge driver (`dmu merge-driver --help` works).
pub fn merge_available() -> bool {
    let Ok(exe) = super::drivers::this_dmu() else { return false };
    Command::new(exe)
        .args(["merge-driver", "--help"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Merges `ours` and `theirs`, both made from `base`, for the account file at `path`
/// (a path in the repository, for messages), in the scratch folder `scratch` (made and
/// removed here). Returns the merged bytes and how many conflicts the merge recorded
/// in the file's `conflicts[]`.
pub(crate) fn merge_files(
    scratch: &Path,
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
    path: &str,
) -> Result<(Vec<u8>, usize), String> {
    if !merge_available() {
        return Err(words::NO_MERGE_DRIVER.into());
    }
    let exe = super::drivers::this_dmu()?;
    let io =
        |e: std::io::Error| words::scratch_error(&scratch.display().to_string(), &crate::store::io_words(&e));
    std::fs::create_dir_all(scratch).map_err(io)?;
    let result = (|| {
        let (o, a, b) = (scratch.join("base"), scratch.join("ours"), scratch.join("theirs"));
        std::fs::write(&o, base).map_err(io)?;
        std::fs::write(&a, ours).map_err(io)?;
        std::fs::write(&b, theirs).map_err(io)?;
        let out = Command::new(&exe)
            .arg("merge-driver")
            .args([&o, &a, &b])
            .arg(path)
            .stdin(Stdio::null())
            .output()
            .map_err(io)?;
        let merged = std::fs::read(&a).map_err(io)?;
        // Git's convention lets a driver exit non-zero when it left conflicts; dmu's
        // records them in the file, so a whole account file is a result either way.
        if crate::store::load_bytes(Path::new(path), &merged).is_err()
            || (merged == ours && !out.status.success())
        {
            let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
            return Err(words::merge_failed(&said));
        }
        let before: std::collections::BTreeSet<String> =
            conflict_ids(ours).union(&conflict_ids(theirs)).cloned().collect();
        let count = conflict_ids(&merged).difference(&before).count();
        Ok((merged, count))
    })();
    let _ = std::fs::remove_dir_all(scratch);
    result
}
