//! When this machine last synced: `<data folder>/.dmu/last-sync`, one RFC 3339 time.
//! Local state (the `.gitignore` that `dmu sync --init` writes keeps `.dmu/` out of
//! git), so each colleague has their own.

use std::path::{Path, PathBuf};

fn file(root: &Path) -> PathBuf {
    root.join(".dmu").join("last-sync")
}

/// The time of the last sync that finished here, if any.
pub fn last_sync(root: &Path) -> Option<String> {
    let text = std::fs::read_to_string(file(root)).ok()?;
    let at = text.trim();
    (at.len() >= 10 && at.get(..10)?.parse::<crate::model::Date>().is_ok()).then(|| at.to_string())
}

/// Records that a sync finished at `at` (written atomically: a torn file would lose
/// only this mark, but there is no reason to risk even that).
pub fn mark_synced(root: &Path, at: &str) -> std::io::Result<()> {
    let path = file(root);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, format!("{at}\n"))?;
    std::fs::rename(&tmp, &path)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_mark_is_read_back_and_a_missing_or_bad_one_is_none() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(super::last_sync(dir.path()), None);
        super::mark_synced(dir.path(), "2026-12-01T10:00:00Z").unwrap();
        assert_eq!(super::last_sync(dir.path()).as_deref(), Some("2026-12-01T10:00:00Z"));
        std::fs::write(dir.path().join(".dmu/last-sync"), "garbage").unwrap();
        assert_eq!(super::last_sync(dir.path()), None);
    }
}
