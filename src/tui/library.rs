//! What the TUI needs from the data folder, as a trait: listing, opening, creating,
//! renaming, trashing and restoring accounts, and recovery files. The real implementation is
//! the store's `DataDir` (in `library_store.rs`); tests can put a double in its place.

use super::views::accounts::AccountRow;
use crate::model::Account;
use crate::store::{AccountStore, Rescue, Restored, Trashed};
use std::path::{Path, PathBuf};

/// The data folder as the TUI sees it. Errors are sentences for the rep.
pub trait Library {
    /// The folder, for titles and messages.
    fn root(&self) -> PathBuf;
    /// Every account file, loaded or with the reason it does not load.
    fn list(&self) -> Result<Vec<AccountRow>, String>;
    /// Opens an account for editing (read-only when another dmu holds it).
    fn open(&self, path: &Path) -> Result<(String, Box<dyn AccountStore>, Account), String>;
    /// Creates an empty account; returns its file.
    fn create(&self, name: &str) -> Result<PathBuf, String>;
    /// Gives the account in a file a new name (the file keeps its name).
    fn rename(&self, path: &Path, name: &str) -> Result<(), String>;
    /// Moves an account file or a recovery file to the trash; returns where it went.
    fn trash(&self, path: &Path) -> Result<PathBuf, String>;
    /// Recovery files left by earlier sessions, in every place they may be.
    fn recoveries(&self) -> Vec<PathBuf>;
    /// Puts a recovery file's edits back into their account, through the change check
    /// of every save: saved when the account's file is as the edits found it, else
    /// handed back unsaved with the store ([`Restored::Changed`]) so the rep chooses.
    fn restore(&self, recovery: &Path) -> Result<Restored<Box<dyn AccountStore>>, String>;
    /// Writes unsaved edits to a recovery file in the first place that takes it, read
    /// back before it counts; returns the file. The error names every place tried.
    fn write_recovery(&self, rescue: &Rescue) -> Result<PathBuf, String>;
    /// The accounts in the trash, newest first (none, for a library without a trash).
    fn trashed(&self) -> Result<Vec<Trashed>, String> {
        Ok(Vec::new())
    }
    /// Puts an account from the trash back into the accounts folder, under a free name
    /// (never over a file); returns its file there.
    fn restore_trashed(&self, trashed: &Path) -> Result<PathBuf, String> {
        Err(format!("{} cannot be put back here", trashed.display()))
    }
    /// Writes an account to a new file the rep named (outside the accounts folder,
    /// never over a file), read back before it counts; returns the file.
    fn write_account_to(&self, path: &Path, account: &Account) -> Result<PathBuf, String>;
}
