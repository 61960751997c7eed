//! What the TUI needs from the data folder, as a trait: listing, opening, creating,
//! renaming and trashing accounts, and recovery files. The real implementation is
//! the store's `DataDir` (in `library_store.rs`); tests can put a double in its place.

use super::views::accounts::AccountRow;
use crate::model::Account;
use crate::store::AccountStore;
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
    /// Moves a file to the trash folder; returns where it went.
    fn trash(&self, path: &Path) -> Result<PathBuf, String>;
    /// Recovery files left by earlier sessions.
    fn recoveries(&self) -> Vec<PathBuf>;
    /// Puts a recovery file's account back in place and saves it; returns the
    /// account's file.
    fn restore(&self, recovery: &Path) -> Result<PathBuf, String>;
    /// Writes an unsaved account to a recovery file.
    fn write_recovery(&self, slug: &str, account: &Account) -> Result<PathBuf, String>;
}
