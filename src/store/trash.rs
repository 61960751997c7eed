//! Deleting an account moves it to `trash/`; nothing a rep wrote is ever erased.

use super::atomic::{lock_path, open_lock};
use super::data_dir::make_dir;
use super::{DataDir, StoreError};
use crate::model::Date;
use std::fs::{self, TryLockError};
use std::path::{Path, PathBuf};

impl DataDir {
    /// Moves an account file (and its `.bak`) into `trash/` under a timestamped name,
    /// and returns the new path. Refuses files outside `accounts/`, and accounts that a
    /// dmu window (this one included) has open.
    pub fn trash(&self, path: &Path) -> Result<PathBuf, StoreError> {
        let accounts = self.accounts_dir();
        let inside = path.parent().zip(fs::canonicalize(&accounts).ok()).is_some_and(|(parent, acc)| {
            fs::canonicalize(if parent.as_os_str().is_empty() { Path::new(".") } else { parent })
                .is_ok_and(|p| p == acc)
        });
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(stem) =
            name.strip_suffix(".json").filter(|s| inside && !s.is_empty() && !s.starts_with('.'))
        else {
            return Err(StoreError::BadName(format!(
                "{} is not an account file in {}",
                path.display(),
                accounts.display()
            )));
        };
        if path.is_dir() {
            return Err(StoreError::BadName(format!(
                "{} is a folder, not an account file; move it away by hand",
                path.display()
            )));
        }
        if !path.is_file() {
            return Err(StoreError::BadName(format!("{} does not exist", path.display())));
        }

        // Hold the account's lock while moving, so an editor cannot save it meanwhile.
        let lock_path = lock_path(path);
        let lock = open_lock(&lock_path).ok();
        if let Some(l) = &lock
            && let Err(TryLockError::WouldBlock) = l.try_lock()
        {
            return Err(StoreError::BadName(
                "this account is open in a dmu window; close it there before deleting it".into(),
            ));
        }

        let trash = self.trash_dir();
        make_dir(&trash)?;
        let stamp = timestamp();
        let mut target = trash.join(format!("{stem}.{stamp}.json"));
        for n in 2.. {
            if fs::symlink_metadata(&target).is_err() {
                break;
            }
            target = trash.join(format!("{stem}.{stamp}-{n}.json"));
        }
        move_file(path, &target)?;
        let bak = accounts.join(format!("{name}.bak"));
        if bak.is_file() {
            let mut bak_target = target.clone().into_os_string();
            bak_target.push(".bak");
            move_file(&bak, Path::new(&bak_target))?;
        }
        let _ = fs::remove_file(&lock_path);
        drop(lock);
        Ok(target)
    }
}

/// Renames, or copies and then removes when the trash is on another disk.
fn move_file(from: &Path, to: &Path) -> Result<(), StoreError> {
    if fs::rename(from, to).is_ok() {
        return Ok(());
    }
    fs::copy(from, to).map_err(|e| StoreError::io("move to the trash", from, &e))?;
    fs::remove_file(from).map_err(|e| StoreError::io("remove after copying to the trash", from, &e))
}

/// `YYYY-MM-DD-HHMMSS` in UTC: sorts by time and is safe in file names everywhere.
fn timestamp() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let day = Date::from_ymd(1970, 1, 1).map(|d| d.add_days((secs / 86_400) as i32));
    let (y, m, d) = day.map_or((1970, 1, 1), Date::ymd);
    let t = secs % 86_400;
    format!("{y:04}-{m:02}-{d:02}-{:02}{:02}{:02}", t / 3600, t / 60 % 60, t % 60)
}
