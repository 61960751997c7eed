//! An account open for editing, backed by its file: the real [`AccountStore`].
//!
//! Three guards keep a rep's work safe: an advisory lock (a second dmu opens the account
//! read-only, and the OS drops the lock if the holder dies), a content hash of what was
//! loaded (a change by git or an editor is noticed before it is overwritten), and atomic
//! writes with a `.bak` of the previous version.

use super::atomic::{LockFailed, lock_path, release_lock, take_lock};
use super::load::{load_bytes, load_bytes_indexed, read};
use super::replace::{Replaced, write_checked};
use super::words::io_words;
use super::{AccountStore, LoadError, ReadOnly, SaveError};
use crate::model::{Account, FxHasher, Index, SCHEMA, new_id};
use crate::t;
use std::borrow::Cow;
use std::fs::File;
use std::hash::Hasher;
use std::io;
use std::path::{Path, PathBuf};

/// How bytes reach the disk: [`write_checked`] normally; tests put a failing writer here
/// to simulate a full disk. Arguments: path, bytes, and the fingerprint the file must
/// still have to be replaced (`None`: create a new file, as a save as copy does).
pub type Writer = Box<dyn FnMut(&Path, &[u8], Option<Fingerprint>) -> io::Result<Replaced> + Send>;

/// An open account file. Dropping it releases the lock.
pub struct FileStore {
    path: PathBuf,
    /// Held for as long as this store lives; `None` when another process holds it.
    lock: Option<File>,
    read_only: Option<ReadOnly>,
    /// Length and hash of the bytes on disk as last loaded or saved.
    seen: Fingerprint,
    writer: Writer,
    /// After a save as copy: how the original and the copy are named, so that saving
    /// the in-memory account (which still has the original's id and name) writes the
    /// copy's, and two files never share an id.
    renamed: Option<Renamed>,
}

/// (id, name) of the original account and of its copy.
struct Renamed {
    from: (String, String),
    to: (String, String),
}

impl Drop for FileStore {
    /// Closing the account lets go of its lock and removes the lock file (see
    /// [`release_lock`] for why that is safe against a second dmu opening it).
    fn drop(&mut self) {
        if let Some(held) = self.lock.take() {
            release_lock(held, &lock_path(&self.path));
        }
    }
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileStore").field("path", &self.path).field("read_only", &self.read_only).finish()
    }
}

impl FileStore {
    /// Loads the account and takes its lock. When another process holds the lock the
    /// account opens read-only ([`ReadOnly::LockedElsewhere`]), as does a file from a
    /// newer dmu ([`ReadOnly::NewerSchema`]).
    pub fn open(path: &Path) -> Result<(FileStore, Account), LoadError> {
        FileStore::with_writer(path, Box::new(write_checked))
    }

    /// As [`FileStore::open`], writing through `writer` (the seam for fault injection).
    pub fn with_writer(path: &Path, writer: Writer) -> Result<(FileStore, Account), LoadError> {
        FileStore::open_indexed_with(path, writer).map(|(s, a, _)| (s, a))
    }

    /// As [`FileStore::open`], also returning the index that loading built.
    pub fn open_indexed(path: &Path) -> Result<(FileStore, Account, Index), LoadError> {
        FileStore::open_indexed_with(path, Box::new(write_checked))
    }

    fn open_indexed_with(path: &Path, writer: Writer) -> Result<(FileStore, Account, Index), LoadError> {
        let bytes = read(path)?;
        let (account, index) = load_bytes_indexed(path, &bytes)?;
        let mut store = FileStore {
            path: path.to_path_buf(),
            lock: None,
            read_only: None,
            seen: fingerprint(&bytes),
            writer,
            renamed: None,
        };
        store.relock(&account);
        Ok((store, account, index))
    }

    /// Replaces the writer (a test makes the disk "full", then frees it again).
    pub fn set_writer(&mut self, writer: Writer) {
        self.writer = writer;
    }

    /// Takes the lock if not held yet, and works out whether saves are allowed.
    fn relock(&mut self, account: &Account) {
        let mut reason = None;
        if self.lock.is_none() {
            match take_lock(&lock_path(&self.path)) {
                Ok(Some(f)) => self.lock = Some(f),
                Ok(None) => reason = Some(ReadOnly::LockedElsewhere),
                Err(LockFailed::Lock(e)) => {
                    reason = Some(ReadOnly::NotWritable(t!("store-cannot-lock", why = io_words(&e))))
                }
                Err(LockFailed::Open(e)) => {
                    reason = Some(ReadOnly::NotWritable(t!("store-folder-not-writable", why = io_words(&e))))
                }
            }
        }
        if let Some(uid) = super::perms::foreign_owner(&self.path) {
            let path = super::perms::shell_quote(&self.path);
            let why = t!("store-foreign-owner", uid = uid.to_string(), path = path);
            reason = Some(ReadOnly::NotWritable(why));
        }
        if account.schema > SCHEMA {
            reason = Some(ReadOnly::NewerSchema(account.schema));
        }
        self.read_only = reason;
    }

    /// The account as it should be written: after a save as copy, with the copy's id.
    fn outgoing<'a>(&self, account: &'a Account) -> Cow<'a, Account> {
        let Some(r) = &self.renamed else { return Cow::Borrowed(account) };
        if account.id != r.from.0 && account.name != r.from.1 {
            return Cow::Borrowed(account);
        }
        let mut a = account.clone();
        if a.id == r.from.0 {
            a.id = r.to.0.clone();
        }
        // The same name as the original means "not renamed since the copy".
        if a.name == r.from.1 {
            a.name = r.to.1.clone();
        }
        Cow::Owned(a)
    }
}

/// What a file's bytes were, in brief: their length and a hash. Recovery files keep the
/// fingerprint of the file their edits were made on, so restoring them goes through
/// the same change check as a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fingerprint {
    /// The length in bytes.
    pub len: u64,
    /// The word-at-a-time hash of the bytes.
    pub hash: u64,
}

impl Fingerprint {
    /// The fingerprint of some bytes.
    pub fn of(bytes: &[u8]) -> Fingerprint {
        fingerprint(bytes)
    }
}

fn fingerprint(bytes: &[u8]) -> Fingerprint {
    // The changes to catch are edits by git or an editor, not attacks, so a fast
    // word-at-a-time hash does: a difference in any one word always changes it (each
    // step is a bijection of the state), and the length is compared too. It runs on
    // every save of files that can be megabytes long.
    let mut h = FxHasher::default();
    h.write(bytes);
    Fingerprint { len: bytes.len() as u64, hash: h.finish() }
}

fn io_error(e: &io::Error) -> SaveError {
    SaveError::Io(io_words(e))
}

impl AccountStore for FileStore {
    fn path(&self) -> &Path {
        &self.path
    }

    fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    fn base(&self) -> Option<Fingerprint> {
        Some(self.seen)
    }

    fn expect_base(&mut self, base: Fingerprint) {
        self.seen = base;
    }

    fn lock_released(&self) -> bool {
        if !matches!(self.read_only, Some(ReadOnly::LockedElsewhere)) {
            return false;
        }
        // Probe: take the lock and let it go at once (dropping the file unlocks it); the
        // caller reloads, which takes it for good. A holder removes the lock file as it
        // lets go, so a file that is gone was let go of; the probe creates none.
        match File::open(lock_path(&self.path)) {
            Ok(f) => f.try_lock().is_ok(),
            Err(e) => e.kind() == io::ErrorKind::NotFound,
        }
    }

    fn save(&mut self, account: &Account) -> Result<(), SaveError> {
        if let Some(r) = &self.read_only {
            return Err(SaveError::ReadOnly(r.clone()));
        }
        let bytes = self.outgoing(account).to_canonical_json();
        // A file dmu would refuse to open again is not written: the previous one stays.
        if bytes.len() as u64 > super::MAX_FILE_BYTES {
            let size = (bytes.len() as u64).div_ceil(1 << 20);
            return Err(SaveError::Io(t!(
                "store-too-big-to-save",
                size = size,
                max = super::MAX_FILE_BYTES >> 20
            )));
        }
        match std::fs::metadata(&self.path) {
            // A different size is a change for certain: refuse before writing anything.
            Ok(m) if m.is_file() && m.len() == self.seen.len => {}
            // Deleted, or replaced by a folder, behind our back: as much a change as an
            // edit is, and the rep gets the same choice (reload, or save a copy).
            Ok(_) => return Err(SaveError::ChangedOnDisk),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(SaveError::ChangedOnDisk),
            Err(e) => return Err(io_error(&e)),
        }
        // What was last loaded or saved: nothing to write. (Had someone changed the
        // file since, it stays as they left it, and the next real save notices.)
        let fp = fingerprint(&bytes);
        if fp == self.seen {
            return Ok(());
        }
        // The content check happens as the writer swaps the file in, in one step, so
        // that nobody can replace the file between the check and the replacement.
        match (self.writer)(&self.path, &bytes, Some(self.seen)).map_err(|e| io_error(&e))? {
            Replaced::Done => {
                self.seen = fp;
                Ok(())
            }
            Replaced::Changed => Err(SaveError::ChangedOnDisk),
        }
    }

    fn reload(&mut self) -> Result<Account, LoadError> {
        let bytes = read(&self.path)?;
        let account = load_bytes(&self.path, &bytes)?;
        self.seen = fingerprint(&bytes);
        self.relock(&account);
        Ok(account)
    }

    fn save_as_copy(&mut self, account: &Account) -> Result<PathBuf, SaveError> {
        let stem = self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let stem = if stem.is_empty() { "account".to_string() } else { stem };
        let target = (1..10_000)
            .map(|n| if n == 1 { format!("{stem}-copy.json") } else { format!("{stem}-copy-{n}.json") })
            .map(|name| self.path.with_file_name(name))
            .find(|p| std::fs::symlink_metadata(p).is_err())
            .ok_or_else(|| SaveError::Io(t!("store-too-many-copies")))?;

        let mut copy = account.clone();
        copy.id = new_id("acc");
        copy.name = t!("store-copy-name", name = &account.name);
        let bytes = copy.to_canonical_json();
        (self.writer)(&target, &bytes, None).map_err(|e| io_error(&e))?;

        let from = self.renamed.take().map_or_else(|| (account.id.clone(), account.name.clone()), |r| r.from);
        self.renamed = Some(Renamed { from, to: (copy.id.clone(), copy.name.clone()) });
        // Letting go of the old lock releases the original; from now on we guard the copy.
        if let Some(held) = self.lock.take() {
            release_lock(held, &lock_path(&self.path));
        }
        self.path = target.clone();
        self.seen = fingerprint(&bytes);
        self.relock(&copy);
        Ok(target)
    }
}
