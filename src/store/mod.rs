//! Where account files live and how they are read and written: the data folder,
//! loading with located errors, atomic saves with a backup, locks against a second
//! writer, and detection of changes made on disk by someone else. No UI.
//!
//! The TUI talks to an open account only through [`AccountStore`], the seam that tests
//! use to inject faults (a full disk, a file changed behind our back).

mod atomic;
mod data_dir;
mod file_store;
mod load;
mod locate;
mod perms;
mod recovery;
mod replace;
mod resolve;
mod slug;
mod trash;
mod user;
mod words;

pub use atomic::{create_atomic, write_atomic};
pub use data_dir::{DataDir, Listed};
pub use file_store::{FileStore, Fingerprint, Writer};
pub use load::{
    Checked, MAX_FILE_BYTES, check_file, check_files, load_bytes, load_bytes_indexed, load_file,
    load_file_indexed,
};
pub use locate::locate_pointer;
pub use perms::{Exposed, exposed};
pub use recovery::{Done, Rescue, Restored, UNKNOWN_BASE, system_recovery_places};
pub use replace::{Replaced, write_checked};
pub use slug::slugify;
pub use trash::{Trashed, TrashedAt};
pub use user::user_name;
pub use words::io_words;

use crate::model::Account;
use crate::t;
use std::path::{Path, PathBuf};

/// A problem with the data folder or with finding an account in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No `--data-dir`, no `DMU_DATA_DIR`, and the system names no home folder.
    NoDataDir,
    /// Something other than a folder sits where a folder is needed.
    NotAFolder(PathBuf),
    /// A file or folder could not be read or written; `what` says what dmu was doing,
    /// in the words that follow "could not" (already in the interface's language).
    Io { what: String, path: PathBuf, why: String },
    /// A name is not usable for an account (empty after trimming, for example).
    BadName(String),
    /// Unsaved edits could not be kept, or put back; the sentence says why and where.
    Recovery(String),
    /// No account matches; lists what there is.
    Unknown { query: String, candidates: Vec<String> },
    /// Several accounts match; lists them.
    Ambiguous { query: String, candidates: Vec<String> },
}

impl std::fmt::Display for StoreError {
    /// The sentence in the interface's language (`store.ftl`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            StoreError::NoDataDir => t!("store-no-data-dir"),
            StoreError::NotAFolder(p) => t!("store-not-a-folder", path = p.display().to_string()),
            StoreError::Io { what, path, why } => {
                t!("store-io-failed", what = what, path = path.display().to_string(), why = why)
            }
            StoreError::BadName(s) | StoreError::Recovery(s) => s.clone(),
            StoreError::Unknown { query, candidates } => {
                t!("store-unknown", query = query, candidates = candidates_text(candidates))
            }
            StoreError::Ambiguous { query, candidates } => {
                t!("store-ambiguous", query = query, candidates = candidates_text(candidates))
            }
        })
    }
}

impl std::error::Error for StoreError {}

fn candidates_text(c: &[String]) -> String {
    if c.is_empty() {
        return String::new();
    }
    let mut s = String::from(":");
    for line in c {
        s.push_str("\n  ");
        s.push_str(line);
    }
    s
}

impl StoreError {
    /// An I/O failure while doing `what` to `path`, in words a rep can act on.
    pub fn io(what: &str, path: &Path, err: &std::io::Error) -> StoreError {
        StoreError::Io { what: what.to_string(), path: path.to_path_buf(), why: io_words(err) }
    }
}

/// A problem with a file, located as precisely as the problem allows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.render())]
pub struct LoadError {
    pub path: PathBuf,
    /// 1-based line and column, where the problem has a place in the text.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// What kind of problem it is, for code that treats some kinds apart (the merge
    /// driver); the message is in the rep's language and is never matched on.
    pub kind: LoadKind,
}

/// The kinds of load problem that callers tell apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LoadKind {
    /// Anything else: bad JSON, a broken rule, an unreadable file.
    #[default]
    Other,
    /// The file stops too early; `what` is what is wrong, without the advice about
    /// the backup beside it.
    CutOff { what: String },
    /// The file holds git's conflict markers.
    MergeMarkers,
}

impl LoadError {
    /// `path:line:column: message` (or `path: message` when there is no place).
    pub fn render(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}: {}", self.path.display(), self.message),
            _ => format!("{}: {}", self.path.display(), self.message),
        }
    }
}

/// Why an open account cannot be saved in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// The file was written by a newer program (its `schema`).
    NewerSchema(u64),
    /// Another `dmu` holds the account's lock.
    LockedElsewhere,
    /// The folder or file cannot be written (permissions).
    NotWritable(String),
}

impl std::fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // A schema is a version's name, not an amount: passed as text.
            ReadOnly::NewerSchema(v) => f.write_str(&t!("store-read-only-newer", schema = v.to_string())),
            ReadOnly::LockedElsewhere => f.write_str(&t!("store-read-only-locked")),
            ReadOnly::NotWritable(why) => f.write_str(&t!("store-read-only", why = why)),
        }
    }
}

/// Why a save did not happen. In every case the file on disk is untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    ReadOnly(ReadOnly),
    /// The file changed on disk since it was loaded (compared by content hash).
    ChangedOnDisk,
    /// The write failed (full disk, permissions, ...); the message says which.
    Io(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::ReadOnly(r) => r.fmt(f),
            SaveError::ChangedOnDisk => f.write_str(&t!("store-changed-on-disk")),
            SaveError::Io(why) => f.write_str(&t!("store-not-saved", why = why)),
        }
    }
}

impl std::error::Error for SaveError {}

/// An account opened for editing: the seam between the TUI and the disk.
pub trait AccountStore {
    /// The file behind the account (for messages).
    fn path(&self) -> &Path;
    /// `Some` when saves are refused, with the reason to show.
    fn read_only(&self) -> Option<&ReadOnly>;
    /// Writes the account atomically, keeping the previous file as `<slug>.json.bak`.
    /// Refuses when read-only or when the file changed on disk since load or last save.
    fn save(&mut self, account: &Account) -> Result<(), SaveError>;
    /// The fingerprint of the file as last loaded or saved: what a save expects to find.
    /// `None` for stores that do not track it (test doubles).
    fn base(&self) -> Option<Fingerprint> {
        None
    }
    /// Makes saves expect the file to be as `base` says (restoring a recovery file made
    /// on an older version: a file changed since is then a change on disk).
    fn expect_base(&mut self, _base: Fingerprint) {}
    /// Whether the account opened read-only because another dmu held it, and that dmu
    /// has let go since (a reload then opens it for editing).
    fn lock_released(&self) -> bool {
        false
    }
    /// Reads the file again (after a change on disk); saves go to it from then on.
    fn reload(&mut self) -> Result<Account, LoadError>;
    /// Writes the account under a new file name and id (when the original changed on
    /// disk); saves go to the copy from then on. Returns the new path.
    fn save_as_copy(&mut self, account: &Account) -> Result<PathBuf, SaveError>;
}
