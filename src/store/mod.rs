//! Where account files live and how they are read and written: the data folder,
//! loading with located errors, atomic saves with a backup, locks against a second
//! writer, and detection of changes made on disk by someone else. No UI.
//!
//! The TUI talks to an open account only through [`AccountStore`], the seam that tests
//! use to inject faults (a full disk, a file changed behind our back).

use crate::model::Account;
use std::path::{Path, PathBuf};

/// A problem with a file, located as precisely as the problem allows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.render())]
pub struct LoadError {
    pub path: PathBuf,
    /// 1-based line and column, where the problem has a place in the text.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
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
            ReadOnly::NewerSchema(v) => {
                write!(f, "read-only: written by a newer dmu (schema {v}); update dmu to edit it")
            }
            ReadOnly::LockedElsewhere => {
                write!(f, "read-only: another dmu window is editing this account")
            }
            ReadOnly::NotWritable(why) => write!(f, "read-only: {why}"),
        }
    }
}

/// Why a save did not happen. In every case the file on disk is untouched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error("{0}")]
    ReadOnly(ReadOnly),
    /// The file changed on disk since it was loaded (compared by content hash).
    #[error("the file changed on disk since it was opened; reload it, or save your version as a copy")]
    ChangedOnDisk,
    /// The write failed (full disk, permissions, ...); the message says which.
    #[error("not saved: {0}")]
    Io(String),
}

/// An account opened for editing: the seam between the TUI and the disk.
pub trait AccountStore {
    /// The file behind the account (for messages).
    fn path(&self) -> &Path;
    /// `Some` when saves are refused, with the reason to show.
    fn read_only(&self) -> Option<&ReadOnly>;
    /// Writes the account atomically, keeping the previous file as `<slug>.json.bak`.
    /// Refuses when read-only or when the file changed on disk since load or last save.
    fn save(&mut self, account: &Account) -> Result<(), SaveError>;
    /// Reads the file again (after a change on disk); saves go to it from then on.
    fn reload(&mut self) -> Result<Account, LoadError>;
    /// Writes the account under a new file name and id (when the original changed on
    /// disk); saves go to the copy from then on. Returns the new path.
    fn save_as_copy(&mut self, account: &Account) -> Result<PathBuf, SaveError>;
}
