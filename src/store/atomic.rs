//! Writes that either happen completely or not at all.
//!
//! The new bytes go to a temporary file in the same folder (same file system, so the
//! final rename is atomic), which is flushed to disk before it replaces the old file;
//! then the folder itself is flushed so the rename survives a power cut. A crash at any
//! moment leaves either the old file or the new one, plus at worst a temporary file that
//! [`clean_stale_temps`] removes at the next start.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Marks temporary files: `.<name>.tmp-<pid>-<n>`. The pid tells whether the writer is
/// still alive, so a cleaner never removes a file another process is writing.
const TEMP_MARK: &str = ".tmp-";

/// Replaces `path` with `bytes` atomically. With `keep_backup`, the previous content is
/// first copied to `<name>.bak` (owner-only). New files are readable by the owner only.
/// On any error the target is byte-identical to before and no temporary file remains.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    let (dir, name) = split(path)?;
    if keep_backup && path.is_file() {
        keep_as_backup(path, &dir.join(format!("{name}.bak")), &dir, &name)?;
    }
    let tmp = temp_path(&dir, &name);
    let written = write_temp(&tmp, bytes).and_then(|()| fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(&dir);
    Ok(())
}

/// Makes `bak` hold the current content of `path`. A hard link costs nothing however
/// big the file (the old content is already on disk, and the new file is about to be
/// renamed over `path`, leaving the link as the only name of the old one); a copy is the
/// fallback for file systems without hard links.
pub(crate) fn keep_as_backup(path: &Path, bak: &Path, dir: &Path, name: &str) -> io::Result<()> {
    let tmp = temp_path(dir, &format!("{name}.bak"));
    // A file put there by hand may be readable by others; the backup must not be. The
    // link shares the old file's mode, so tighten it (the old content is the backup's
    // from now on, and the new file is created owner-only anyway).
    let kept = fs::hard_link(path, &tmp).and_then(|()| set_private(&File::open(&tmp)?)).or_else(|_| {
        let _ = fs::remove_file(&tmp);
        let mut from = File::open(path)?;
        let mut to = create_private(&tmp)?;
        io::copy(&mut from, &mut to)?;
        to.sync_all()
    });
    let result = kept.and_then(|()| fs::rename(&tmp, bak));
    // When `path` and `bak` are already one file (hard links made by hand or by a
    // tool), the rename is a no-op that succeeds and leaves `tmp`: remove it always.
    let _ = fs::remove_file(&tmp);
    result
}

/// Writes a new file atomically; fails with `AlreadyExists` (and writes nothing) when
/// `path` exists, so two processes creating the same account cannot overwrite each other.
pub fn create_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, name) = split(path)?;
    let tmp = temp_path(&dir, &name);
    let result = write_temp(&tmp, bytes).and_then(|()| match fs::hard_link(&tmp, path) {
        // A hard link never replaces an existing file, which is exactly the check we want.
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // Some file systems (FAT, a few network shares) have no hard links.
        Err(_) => {
            let mut f = OpenOptions::new().write(true).create_new(true).open(path)?;
            set_private(&f)?;
            f.write_all(bytes)?;
            f.sync_all()
        }
    });
    let _ = fs::remove_file(&tmp);
    result?;
    sync_dir(&dir);
    Ok(())
}

/// Removes temporary files left in `dir` by processes that have died. Best effort:
/// a folder that cannot be read or written is left as it is.
pub(crate) fn clean_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temp_owner) else { continue };
        if pid != std::process::id() && !alive(pid, &entry.path()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The pid in a temporary file's name, when the name is one of ours.
pub(crate) fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?;
    let (_, tail) = rest.rsplit_once(TEMP_MARK)?;
    let (pid, n) = tail.split_once('-')?;
    n.parse::<u64>().ok()?;
    pid.parse().ok()
}

#[cfg(target_os = "linux")]
fn alive(pid: u32, _file: &Path) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

/// Without /proc there is no std way to ask about a pid; a temporary file untouched for
/// an hour cannot belong to a save in progress (saves take milliseconds).
#[cfg(not(target_os = "linux"))]
fn alive(_pid: u32, file: &Path) -> bool {
    let age = fs::metadata(file).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_none_or(|a| a < std::time::Duration::from_secs(3600))
}

pub(crate) fn split(path: &Path) -> io::Result<(PathBuf, String)> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, name.to_string()))
}

pub(crate) fn temp_path(dir: &Path, name: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!(".{name}{TEMP_MARK}{}-{n}", std::process::id()))
}

fn write_temp(tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = create_private(tmp)?;
    f.write_all(bytes)?;
    f.flush()?;
    f.sync_all()
}

/// Creates a new file readable and writable by the owner only.
pub(crate) fn create_private(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)
}

/// The lock file that guards `path`: `.<name>.lock` beside it. Hidden, so listings
/// skip it.
///
/// Removing a lock file races with a second process that is just opening it: it may
/// have opened the file a moment before it went, and lock it (a file nobody can open
/// any more) a moment after, while a third process creates a new one and locks that.
/// So the holder removes the file while it still holds the lock, then lets go
/// ([`release_lock`]), and whoever takes a lock checks, once it holds it, that the path
/// still names the very file it locked, and starts again if not ([`take_lock`]).
pub(crate) fn lock_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.lock"))
}

/// Why a lock could not be taken (as opposed to being held by someone else).
#[derive(Debug)]
pub(crate) enum LockFailed {
    /// The lock file could not be opened or created (the folder is not writable, say).
    Open(io::Error),
    /// The file opened but the system would not lock it.
    Lock(io::Error),
}

/// Takes the lock in the lock file `lock` (made by [`lock_path`]), creating the file
/// when missing: `Some` with the file, held until it is dropped or given to
/// [`release_lock`]; `None` when another process (or another open file of this one)
/// holds it.
pub(crate) fn take_lock(lock: &Path) -> Result<Option<File>, LockFailed> {
    // A retry means the holder removed the file between our open and our lock; that
    // happens once per release, so a few tries always do.
    // A held lock is tried again for a moment: a dmu that is just quitting, or a process
    // forked from this one that has not yet closed its copy of the descriptor (flock
    // belongs to the open file, which a fork shares until exec), holds it for
    // milliseconds, and opening read-only for that would be wrong.
    let mut held = 0;
    for _ in 0..64 {
        let f = open_lock(lock).map_err(LockFailed::Open)?;
        match f.try_lock() {
            Ok(()) if names_file(lock, &f) => return Ok(Some(f)),
            // Locked a file that is no longer (or no longer at) the lock's path.
            Ok(()) => continue,
            Err(std::fs::TryLockError::WouldBlock) if held < 4 => {
                held += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
            Err(std::fs::TryLockError::Error(e)) => return Err(LockFailed::Lock(e)),
        }
    }
    Err(LockFailed::Lock(io::Error::other("the lock file kept being replaced while dmu locked it")))
}

/// Lets go of a lock taken with [`take_lock`] and removes its file, so that no empty
/// `.lock` file stays behind: the file goes first, while the lock is still held (nobody
/// else can hold it then), and the lock after. Where files have no inode numbers to
/// compare (not Unix), the file stays, as an opener could not tell it went.
pub(crate) fn release_lock(held: File, lock: &Path) {
    if cfg!(unix) && names_file(lock, &held) {
        let _ = fs::remove_file(lock);
    }
    drop(held);
}

/// Whether `path` names the open file `f` (the same device and inode).
#[cfg(unix)]
fn names_file(path: &Path, f: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(path), f.metadata()) {
        (Ok(p), Ok(f)) => p.dev() == f.dev() && p.ino() == f.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn names_file(_path: &Path, _f: &File) -> bool {
    true
}

/// Opens (creating, owner-only) a lock file without changing its content.
pub(crate) fn open_lock(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)
}

#[cfg(unix)]
pub(crate) fn set_private(f: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    f.set_permissions(fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
pub(crate) fn set_private(_f: &File) -> io::Result<()> {
    Ok(())
}

/// Flushes a folder's entries (the rename) to disk. Failure is ignored: the new file is
/// already in place, and some systems cannot sync a folder at all.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_carry_the_writer_pid() {
        let p = temp_path(Path::new("/x"), "demo.json");
        let name = p.file_name().unwrap().to_str().unwrap();
        assert_eq!(temp_owner(name), Some(std::process::id()));
        assert_eq!(temp_owner("demo.json"), None);
        assert_eq!(temp_owner(".demo.json.lock"), None);
        assert_eq!(temp_owner(".a.tmp-12-x"), None);
        assert_eq!(temp_owner(".demo.json.bak.tmp-77-3"), Some(77));
    }
}
