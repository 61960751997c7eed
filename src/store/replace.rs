//! Replacing an account file only if it is still what we loaded: the change check and
//! the replacement as one step.
//!
//! Checking the file and then renaming over it leaves a gap in which another program
//! (git, a sync tool, an editor) can replace the file; its change would be overwritten
//! without a word. On Linux the new file is swapped in with `renameat2(RENAME_EXCHANGE)`,
//! which leaves the displaced file under the temporary name: if it is not what we
//! loaded, someone got in between, and the two are swapped back, so their version is
//! in place again and the caller reports a change on disk. Where the exchange is not
//! available (other systems, some network file systems), the file is checked again
//! immediately before the rename, which narrows the gap to microseconds.
//!
//! The path may be a symbolic link: the link is kept and the file it points to is
//! replaced, in that file's own folder (the only place the rename is atomic). The `.bak`
//! stays beside the link, in the data folder. A file outside the data folder keeps its
//! mode, and a file of another user keeps its owner (only root can save one at all:
//! `FileStore` opens it read-only for anyone else).

use super::Fingerprint;
use super::atomic::{create_private, keep_as_backup, split, sync_dir, temp_path, write_atomic};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What a checked replacement did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replaced {
    /// The new bytes are in place; the previous file is the `.bak`.
    Done,
    /// The file was not what was expected (changed, replaced or deleted by someone
    /// else); it is as they left it and nothing of theirs was overwritten.
    Changed,
}

/// Writes `bytes` to `path`. With `expect`, replaces the file only when it still has
/// that fingerprint, keeping the previous version as `<name>.bak`; without, creates a
/// new file and fails with `AlreadyExists` when there is one.
pub fn write_checked(path: &Path, bytes: &[u8], expect: Option<Fingerprint>) -> io::Result<Replaced> {
    let Some(expect) = expect else {
        super::atomic::create_atomic(path, bytes)?;
        return Ok(Replaced::Done);
    };
    let target = match resolve(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Replaced::Changed),
        Err(e) => return Err(e),
    };
    let meta = match fs::metadata(&target) {
        Ok(m) if m.is_file() => m,
        Ok(_) => return Ok(Replaced::Changed),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Replaced::Changed),
        Err(e) => return Err(e),
    };
    let (dir, name) = split(&target)?;
    let backup = backup_path(path)?;
    let inside = same_folder(&dir, path);
    let tmp = temp_path(&dir, &name);
    if let Err(e) = write_temp_like(&tmp, bytes, &meta, inside) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    let result = match exchange(&tmp, &target) {
        Ok(()) => after_exchange(&tmp, &target, bytes, expect, &backup, inside),
        Err(e) if unsupported(&e) => replace_rechecked(&tmp, &target, expect, &backup),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Replaced::Changed),
        Err(e) => Err(e),
    };
    // Whatever happened, our temporary name is gone afterwards: a leftover would be a
    // stray copy of the account in the folder.
    let _ = fs::remove_file(&tmp);
    sync_dir(&dir);
    result
}

/// The file at `path`, following symbolic links to the file itself.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    if fs::symlink_metadata(path)?.file_type().is_symlink() {
        fs::canonicalize(path)
    } else {
        Ok(path.into())
    }
}

fn backup_path(path: &Path) -> io::Result<PathBuf> {
    let (dir, name) = split(path)?;
    Ok(dir.join(format!("{name}.bak")))
}

/// Whether the file's folder is the folder of the name we were given (the data
/// folder's `accounts/`), as opposed to a place a symbolic link leads to.
fn same_folder(target_dir: &Path, path: &Path) -> bool {
    let Ok((dir, _)) = split(path) else { return false };
    match (fs::canonicalize(target_dir), fs::canonicalize(&dir)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The new bytes in a temporary file: owner-only in the data folder; outside it, with
/// the mode of the file it replaces. The owner is kept when it is someone else (which
/// only root may do; for anyone else the store is read-only before it gets here).
fn write_temp_like(tmp: &Path, bytes: &[u8], old: &fs::Metadata, inside: bool) -> io::Result<()> {
    let mut f = create_private(tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        if !inside {
            f.set_permissions(fs::Permissions::from_mode(old.mode() & 0o7777))?;
        }
        if old.uid() != super::perms::euid() {
            std::os::unix::fs::fchown(&f, Some(old.uid()), Some(old.gid()))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (old, inside);
    f.write_all(bytes)?;
    f.flush()?;
    f.sync_all()
}

/// The new file is in place and `tmp` holds the file it displaced: keep that as the
/// backup if it is what we loaded; otherwise put it back.
fn after_exchange(
    tmp: &Path,
    target: &Path,
    ours: &[u8],
    expect: Fingerprint,
    backup: &Path,
    inside: bool,
) -> io::Result<Replaced> {
    let displaced = fs::read(tmp);
    if displaced.as_ref().is_ok_and(|d| Fingerprint::of(d) == expect) {
        keep_displaced(tmp, backup, inside)?;
        return Ok(Replaced::Done);
    }
    // Someone replaced the file between our check and the exchange: theirs goes back.
    if exchange(tmp, target).is_err() {
        // Cannot happen short of the folder vanishing; a plain rename still puts their
        // version back in place (ours is only in memory then, as after any failed save).
        fs::rename(tmp, target)?;
        return Ok(Replaced::Changed);
    }
    // Normally `tmp` now holds our bytes again. If a third version came in the meantime
    // it holds a version of theirs, which is kept as the backup rather than dropped.
    if fs::read(tmp).is_ok_and(|b| b != ours) {
        keep_displaced(tmp, backup, inside)?;
    }
    Ok(Replaced::Changed)
}

/// Makes the displaced file the backup. In the data folder it is renamed (and made
/// owner-only, as every file there is); a file a link leads to elsewhere is copied into
/// the data folder instead, leaving its own folder and mode alone.
fn keep_displaced(tmp: &Path, backup: &Path, inside: bool) -> io::Result<()> {
    if inside {
        if let Ok(f) = File::open(tmp) {
            super::atomic::set_private(&f)?;
        }
        // When the account and its `.bak` were one file (hard links), this rename is a
        // no-op that leaves `tmp` in place; the caller removes it.
        return fs::rename(tmp, backup);
    }
    write_atomic(backup, &fs::read(tmp)?, false)
}

/// Without an exchange: check again right before the rename, keeping the backup first.
fn replace_rechecked(tmp: &Path, target: &Path, expect: Fingerprint, backup: &Path) -> io::Result<Replaced> {
    match fs::read(target) {
        Ok(b) if Fingerprint::of(&b) == expect => {}
        Ok(_) => return Ok(Replaced::Changed),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Replaced::Changed),
        Err(e) => return Err(e),
    }
    let (dir, name) = split(target)?;
    keep_as_backup(target, backup, &dir, &name)?;
    fs::rename(tmp, target)?;
    Ok(Replaced::Done)
}

/// Errors that mean "this system or file system has no exchange", not "it failed".
fn unsupported(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::Unsupported | io::ErrorKind::InvalidInput)
        || e.raw_os_error().is_some_and(|c| c == 38 /* ENOSYS */ || c == 95 /* EOPNOTSUPP */)
}

/// Swaps two names in one step.
#[cfg(all(target_os = "linux", any(target_env = "gnu", target_env = "musl")))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(|_| io::ErrorKind::InvalidInput);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that live across the call.
    let r = unsafe {
        libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE)
    };
    if r == 0 { Ok(()) } else { Err(io::Error::last_os_error()) }
}

#[cfg(not(all(target_os = "linux", any(target_env = "gnu", target_env = "musl"))))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}
