//! The data folder: where it is, what is in it, and creating accounts in it.
//!
//! ```text
//! <root>/accounts/<slug>.json         one account per file (the contract)
//! <root>/accounts/<slug>.json.bak     the version before the last save
//! <root>/accounts/.<slug>.json.lock   held while a dmu edits the account (removed
//!                                     when it closes the account)
//! <root>/trash/                       deleted accounts and recovery files, never erased
//! <root>/recovery/<slug>.json         unsaved edits, kept when a save failed and dmu
//!                                     was left, or crashed (a plain account file)
//! <root>/recovery/<slug>.json.meta    what those edits were made on (see below)
//! <root>/recovery/<slug>.2.json       a second recovery of the same account (never
//!                                     written over the first), with its .meta
//! ```
//!
//! When the data folder cannot take a recovery file (the disk is full, say), it goes
//! to the first fallback that does, with the same names: the system's state folder
//! (`~/.local/state/dmu/recovery` on Linux; the runtime folder where there is no state
//! folder), then `dmu-recovery-<uid>` in the temp folder (owner-only; refused when it
//! is a link or someone else's). Each fallback has a `trash/` folder of its own for
//! recovery files dealt with. At start, dmu offers the recovery files in `recovery/`,
//! and those in the fallbacks whose `.meta` names an account file of this data folder.
//!
//! A `.meta` file is JSON:
//!
//! ```json
//! { "dmu_recovery": 1,
//!   "account_file": "/home/rep/.local/share/dmu/accounts/demo.json",
//!   "base": { "len": 48213, "hash": 1234567890123 } }
//! ```
//!
//! `account_file` is the file the edits belong to (only its name is used on restore:
//! a restore writes into this data folder's `accounts/` only). `base` is the length and
//! hash of that file's bytes as last loaded or saved before the edits, so a restore
//! saves only over a file still as it was, and otherwise asks (reload, or save as a
//! copy). Either may be `null`. A recovery file without a `.meta` (from an older dmu)
//! restores too; with nothing to show what it was made on, dmu asks unless the file
//! already holds exactly those edits.

use super::atomic::{clean_stale_temps, create_atomic};
use super::load::load_file_indexed;
use super::slug::slugify;
use super::{LoadError, StoreError};
use crate::model::{Account, Index, new_id};
use crate::t;
use std::fs;
use std::path::{Path, PathBuf};

/// The demo account installed on first start (`assets/demo.json`).
const DEMO: &str = include_str!("../../assets/demo.json");

/// The folder that holds all of a rep's accounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
    /// The places tried for a recovery file after `recovery/`; `None`: the system's
    /// ([`super::system_recovery_places`]).
    fallbacks: Option<Vec<PathBuf>>,
}

/// One account file found by [`DataDir::scan`]; a file that cannot be read carries its
/// error instead of an account.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The file name without `.json`.
    pub slug: String,
    /// `accounts/<slug>.json`.
    pub path: PathBuf,
    /// The account, or why the file cannot be opened (located where possible).
    pub account: Result<Account, LoadError>,
    /// The index loading built (with the account), so a caller that analyses every
    /// account does not build a second one.
    pub index: Option<Index>,
}

impl Listed {
    /// The name to show and sort by: the account's name, or the slug of a broken file.
    pub fn display_name(&self) -> &str {
        self.account.as_ref().map_or(self.slug.as_str(), |a| a.name.as_str())
    }
}

impl DataDir {
    /// The data folder: `flag` when given, else `DMU_DATA_DIR` when set, else the
    /// system's place for application data (`~/.local/share/dmu` on Linux).
    pub fn locate(flag: Option<&Path>) -> Result<DataDir, StoreError> {
        if let Some(p) = flag {
            return Ok(DataDir::at(p));
        }
        if let Some(p) = std::env::var_os("DMU_DATA_DIR").filter(|p| !p.is_empty()) {
            return Ok(DataDir::at(p));
        }
        directories::ProjectDirs::from("", "", "dmu")
            .map(|d| DataDir::at(d.data_dir()))
            .ok_or(StoreError::NoDataDir)
    }

    /// A data folder at a given place (nothing is created until [`DataDir::ensure`]).
    pub fn at(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into(), fallbacks: None }
    }

    /// The same data folder with other fallback places for recovery files (tests put
    /// places there that they can fill, break or look into).
    pub fn with_recovery_places(self, fallbacks: Vec<PathBuf>) -> DataDir {
        DataDir { fallbacks: Some(fallbacks), ..self }
    }

    /// The places tried for a recovery file when `recovery/` does not take it.
    pub fn fallback_places(&self) -> Vec<PathBuf> {
        self.fallbacks.clone().unwrap_or_else(super::system_recovery_places)
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the account files are.
    pub fn accounts_dir(&self) -> PathBuf {
        self.root.join("accounts")
    }

    pub(crate) fn trash_dir(&self) -> PathBuf {
        self.root.join("trash")
    }

    pub(crate) fn recovery_dir(&self) -> PathBuf {
        self.root.join("recovery")
    }

    /// Creates the folder and `accounts/` (owner-only) when missing, and removes
    /// temporary files that crashed saves left behind.
    pub fn ensure(&self) -> Result<(), StoreError> {
        make_dir(&self.root)?;
        make_dir(&self.accounts_dir())?;
        clean_stale_temps(&self.accounts_dir());
        self.clean_recovery_temps();
        Ok(())
    }

    /// Installs the demo account as `accounts/demo.json` when there is no account yet,
    /// and returns its path (so the caller can say so).
    pub fn install_demo_if_empty(&self) -> Result<Option<PathBuf>, StoreError> {
        if !self.json_files()?.is_empty() {
            return Ok(None);
        }
        let path = self.accounts_dir().join("demo.json");
        match create_atomic(&path, DEMO.as_bytes()) {
            Ok(()) => Ok(Some(path)),
            // Another dmu started at the same moment and installed it.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(None),
            Err(e) => Err(StoreError::io(&t!("store-do-install-demo"), &path, &e)),
        }
    }

    /// Every account file, sorted by account name (then slug). A file that cannot be
    /// read is listed with its error and does not stop the others.
    pub fn scan(&self) -> Result<Vec<Listed>, StoreError> {
        let mut out: Vec<Listed> = self
            .json_files()?
            .into_iter()
            .map(|(slug, path)| {
                let (account, index) = match load_file_indexed(&path) {
                    Ok((a, i)) => (Ok(a), Some(i)),
                    Err(e) => (Err(e), None),
                };
                Listed { slug, path, account, index }
            })
            .collect();
        out.sort_by_cached_key(|l| (l.display_name().to_lowercase(), l.slug.clone()));
        Ok(out)
    }

    /// `accounts/*.json` as (slug, path), skipping hidden files (locks, temporaries).
    /// A folder named like an account is listed (loading it says what it is), so a file
    /// replaced by a folder does not vanish without a word; anything else that is not a
    /// file (a pipe would block a read forever) is skipped.
    pub(crate) fn json_files(&self) -> Result<Vec<(String, PathBuf)>, StoreError> {
        let dir = self.accounts_dir();
        let entries =
            fs::read_dir(&dir).map_err(|e| StoreError::io(&t!("store-do-read-folder"), &dir, &e))?;
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(slug) = name.strip_suffix(".json") else { continue };
            if slug.is_empty() || slug.starts_with('.') || !(path.is_file() || path.is_dir()) {
                continue;
            }
            out.push((slug.to_string(), path));
        }
        out.sort();
        Ok(out)
    }

    /// Creates a new empty account named `name` with a fresh id, in a file whose slug
    /// comes from the name (made unique with `-2`, `-3`, ...). Returns its path.
    pub fn create(&self, name: &str) -> Result<PathBuf, StoreError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::BadName(t!("store-needs-name")));
        }
        let base = slugify(name);
        let bytes = Account::new(new_id("acc"), name).to_canonical_json();
        for n in 1..10_000 {
            let slug = if n == 1 { base.clone() } else { format!("{base}-{n}") };
            let path = self.accounts_dir().join(format!("{slug}.json"));
            if fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            match create_atomic(&path, &bytes) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&t!("store-do-create-account"), &path, &e)),
            }
        }
        Err(StoreError::BadName(t!("store-too-many-named", name = name)))
    }
}

/// Creates a folder readable by the owner only, explaining what stands in the way.
pub(crate) fn make_dir(path: &Path) -> Result<(), StoreError> {
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => return Err(StoreError::NotAFolder(path.to_path_buf())),
        Err(_) => {}
    }
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(path).map_err(|e| StoreError::io(&t!("store-do-create-folder"), path, &e))
}
