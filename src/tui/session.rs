//! The open account: its data, the store it is saved through, the undo and redo
//! history, and whether the last save worked. Every change goes through
//! [`Session::commit`] (or undo/redo), which applies an [`Edit`], keeps its inverse and
//! saves at once. No terminal code here.

use crate::model::{Account, Edit, Index};
use crate::store::{AccountStore, SaveError};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The unsaved account, if any, where the panic hook can reach it: `(slug, account)`.
/// Filled only while a save has failed, so a panic never writes a recovery file for an
/// account that is safe on disk.
pub type RecoverySlot = Arc<Mutex<Option<(String, Account)>>>;

/// An edit with the words that describe it ("add Пётр Иванов").
#[derive(Debug, Clone)]
struct Step {
    edit: Edit,
    label: String,
}

/// Why an edit was not made at all (as opposed to made but not saved).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The account is read-only; the message says why.
    #[error("{0}; nothing was changed")]
    ReadOnly(String),
    /// The edit did not fit the account (a bug or a stale screen); nothing changed.
    #[error("that change no longer fits the account ({0}); nothing was changed")]
    Stale(String),
}

/// An account open for editing.
pub struct Session {
    slug: String,
    account: Account,
    index: Index,
    store: Box<dyn AccountStore>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    last_save: Result<(), SaveError>,
    generation: u64,
    recovery: RecoverySlot,
}

impl Session {
    /// Opens a session on an account loaded through `store`; `slug` names its file.
    pub fn new(
        slug: String,
        account: Account,
        store: Box<dyn AccountStore>,
        recovery: RecoverySlot,
    ) -> Session {
        let index = Index::new(&account);
        Session {
            slug,
            account,
            index,
            store,
            undo: Vec::new(),
            redo: Vec::new(),
            last_save: Ok(()),
            generation: 0,
            recovery,
        }
    }

    /// The account as it is now (including edits that failed to save).
    pub fn account(&self) -> &Account {
        &self.account
    }

    /// Lookups over the account, rebuilt after every change.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The file name stem of the account.
    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// The file behind the account.
    pub fn path(&self) -> PathBuf {
        self.store.path().to_path_buf()
    }

    /// Counts changes, so views can tell when to recompute what they derive.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Why the account cannot be saved at all, if so.
    pub fn read_only(&self) -> Option<String> {
        self.store.read_only().map(|r| r.to_string())
    }

    /// The error of the last save, if it failed (edits are then only in memory).
    pub fn save_error(&self) -> Option<&SaveError> {
        self.last_save.as_ref().err()
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Applies an edit, remembers how to undo it, and saves.
    pub fn commit(&mut self, edit: Edit, label: impl Into<String>) -> Result<(), Refused> {
        if let Some(why) = self.read_only() {
            return Err(Refused::ReadOnly(why));
        }
        let inverse = edit.apply(&mut self.account).map_err(|e| Refused::Stale(e.to_string()))?;
        self.undo.push(Step { edit: inverse, label: label.into() });
        self.redo.clear();
        self.changed();
        Ok(())
    }

    /// Undoes the last edit and saves; returns its label, or `None` when there is
    /// nothing to undo.
    pub fn undo(&mut self) -> Result<Option<String>, Refused> {
        Self::swap(&mut self.undo, &mut self.redo, &mut self.account)?.map_or(Ok(None), |label| {
            self.changed();
            Ok(Some(label))
        })
    }

    /// Redoes the last undone edit and saves; returns its label.
    pub fn redo(&mut self) -> Result<Option<String>, Refused> {
        Self::swap(&mut self.redo, &mut self.undo, &mut self.account)?.map_or(Ok(None), |label| {
            self.changed();
            Ok(Some(label))
        })
    }

    /// Applies the top of `from` and pushes its inverse on `to`.
    fn swap(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        account: &mut Account,
    ) -> Result<Option<String>, Refused> {
        let Some(step) = from.pop() else { return Ok(None) };
        match step.edit.clone().apply(account) {
            Ok(inverse) => {
                to.push(Step { edit: inverse, label: step.label.clone() });
                Ok(Some(step.label))
            }
            Err(e) => {
                from.push(step);
                Err(Refused::Stale(e.to_string()))
            }
        }
    }

    /// Tries the save again (after the disk was cleared, say).
    pub fn retry_save(&mut self) {
        self.save();
    }

    /// Drops the edits in memory and reads the file again (after it changed on disk).
    /// The history is cleared: its positions refer to the old content.
    pub fn reload(&mut self) -> Result<(), String> {
        let account = self.store.reload().map_err(|e| e.to_string())?;
        self.account = account;
        self.undo.clear();
        self.redo.clear();
        self.last_save = Ok(());
        self.changed_without_save();
        Ok(())
    }

    /// Saves the account as a new file beside the changed one; saves go there from now.
    pub fn save_as_copy(&mut self) -> Result<PathBuf, SaveError> {
        let path = self.store.save_as_copy(&self.account)?;
        if let Some(stem) = path.file_stem() {
            self.slug = stem.to_string_lossy().into_owned();
        }
        // The store gave the copy its own id and name; show them. The lists are
        // unchanged, so the history still fits.
        if let Ok(copy) = self.store.reload() {
            self.account.id = copy.id;
            self.account.name = copy.name;
        }
        self.last_save = Ok(());
        self.publish_recovery();
        Ok(path)
    }

    fn changed(&mut self) {
        self.changed_without_save();
        self.save();
    }

    fn changed_without_save(&mut self) {
        self.index = Index::new(&self.account);
        self.generation += 1;
        self.publish_recovery();
    }

    fn save(&mut self) {
        self.last_save = self.store.save(&self.account);
        self.publish_recovery();
    }

    /// Keeps the panic hook's copy in step: the account when it is unsaved, else none.
    fn publish_recovery(&self) {
        // A poisoned lock means a panic is already being handled; skipping the update
        // then is right, since the hook reads whatever was stored last.
        if let Ok(mut slot) = self.recovery.lock() {
            *slot = self.last_save.is_err().then(|| (self.slug.clone(), self.account.clone()));
        }
    }
}
