//! Keeping edits that could not be saved, and putting them back.
//!
//! A rescue is written to the first place that takes it: the data folder's `recovery/`,
//! then the system's state folder (`~/.local/state/dmu/recovery` on Linux), then a
//! folder of the user's own in the temp folder. Each write is read back and compared
//! before it counts. Beside each recovery file a small `.meta` file says which account
//! file the edits belong to and what that file was when the edits were made (its
//! [`Fingerprint`]), so that restoring goes through the same change check as a save:
//! a file changed since is never overwritten. The layout is in the `data_dir` module.

use super::atomic::{clean_stale_temps, create_atomic};
use super::data_dir::make_dir;
use super::file_store::{FileStore, Fingerprint};
use super::load::load_file;
use super::slug::{is_safe, slugify};
use super::words::io_words;
use super::{AccountStore, DataDir, SaveError, StoreError};
use crate::model::Account;
use crate::t;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Edits that could not be saved: the account as it is in memory, and what they were
/// made on.
#[derive(Debug, Clone, PartialEq)]
pub struct Rescue {
    /// The account file's name without `.json`.
    pub slug: String,
    /// The account with the unsaved edits.
    pub account: Account,
    /// The account's file, when known.
    pub file: Option<PathBuf>,
    /// The fingerprint of the file the edits were made on (as last loaded or saved);
    /// `None` when unknown, and restoring then asks before writing.
    pub base: Option<Fingerprint>,
}

impl Rescue {
    /// Edits to an account whose file and base are not known (restoring them asks).
    pub fn new(slug: impl Into<String>, account: Account) -> Rescue {
        Rescue { slug: slug.into(), account, file: None, base: None }
    }
}

/// A fingerprint no file has (no file is `u64::MAX` bytes long): a store told to expect
/// it treats the file on disk as changed, whatever it holds.
pub const UNKNOWN_BASE: Fingerprint = Fingerprint { len: u64::MAX, hash: u64::MAX };

/// What the `.meta` file beside a recovery file holds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Meta {
    /// The version of this layout.
    dmu_recovery: u32,
    /// The absolute path of the account file the edits belong to.
    account_file: Option<String>,
    /// The account file's fingerprint when the edits were made on it.
    base: Option<Fingerprint>,
}

/// How a restore ended when it wrote, or found nothing to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    /// Saved into the account's file, unchanged since the edits were made; the previous
    /// content is its `.bak`.
    Saved,
    /// The account was deleted, or its file holds another account or does not load:
    /// written as a new file beside it.
    Beside,
    /// The account's file already holds exactly these edits.
    AlreadyThere,
}

/// What restoring a recovery file did. `S` is the store handed back when the file
/// changed (a `FileStore` here; the TUI boxes it).
#[derive(Debug)]
pub enum Restored<S> {
    /// The edits are in `file`; the recovery file went to the trash (`trash` says
    /// where, or why it could not).
    Done { how: Done, file: PathBuf, trash: Result<PathBuf, String> },
    /// The account's file changed since the edits were made (or nothing shows that it
    /// did not): nothing was written. The store is open on the file and expects the
    /// version the edits were made on, so a save is refused as a change on disk; the
    /// caller shows the rescued account as unsaved edits and lets the rep choose. The
    /// recovery file stays where it is.
    Changed { slug: String, store: S, rescued: Box<Account> },
}

impl<S> Restored<S> {
    /// The same outcome with the store converted (boxed, say).
    pub fn map_store<T>(self, f: impl FnOnce(S) -> T) -> Restored<T> {
        match self {
            Restored::Done { how, file, trash } => Restored::Done { how, file, trash },
            Restored::Changed { slug, store, rescued } => {
                Restored::Changed { slug, store: f(store), rescued }
            }
        }
    }
}

/// The system's fallback places for recovery files, in the order tried: the state folder
/// (else the runtime folder), then `dmu-recovery-<uid>` in the temp folder.
pub fn system_recovery_places() -> Vec<PathBuf> {
    let mut places = Vec::new();
    if let Some(d) = directories::ProjectDirs::from("", "", "dmu") {
        if let Some(state) = d.state_dir() {
            places.push(state.join("recovery"));
        } else if let Some(run) = d.runtime_dir() {
            places.push(run.join("recovery"));
        }
    }
    places.push(std::env::temp_dir().join(format!("dmu-recovery-{}", user_tag())));
    places
}

/// The user's id (Linux) or name, to give each user a folder of their own in the temp
/// folder.
fn user_tag() -> String {
    if let Some(uid) = my_uid() {
        return uid.to_string();
    }
    let name = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default();
    if name.trim().is_empty() { "user".into() } else { slugify(&name) }
}

/// The effective user id (on systems with Unix users).
fn my_uid() -> Option<u32> {
    #[cfg(unix)]
    {
        Some(super::perms::euid())
    }
    #[cfg(not(unix))]
    None
}

/// `<slug>.json.meta` beside `<slug>.json`.
fn meta_path(recovery: &Path) -> PathBuf {
    let mut s = recovery.as_os_str().to_owned();
    s.push(".meta");
    PathBuf::from(s)
}

/// The slug a recovery file is for: its name up to the first dot (`demo.2.json` is the
/// second recovery of `demo`; slugs hold no dots).
fn slug_of(recovery: &Path) -> String {
    let name = recovery.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name.split('.').next().unwrap_or_default().to_string()
}

fn read_meta(recovery: &Path) -> Option<Meta> {
    let bytes = fs::read(meta_path(recovery)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn absolute(path: &Path) -> PathBuf {
    fs::canonicalize(path).or_else(|_| std::path::absolute(path)).unwrap_or_else(|_| path.to_path_buf())
}

/// Whether two folders are the same, following links where they exist.
fn same_folder(a: &Path, b: &Path) -> bool {
    a == b || matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

/// Whether a folder in the shared temp folder is fit to hold a rep's edits: a real
/// folder (not a link), the user's own, closed to everyone else.
#[cfg(unix)]
fn private_folder(m: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    m.is_dir()
        && !m.file_type().is_symlink()
        && m.mode() & 0o077 == 0
        && my_uid().is_none_or(|u| m.uid() == u)
}

#[cfg(not(unix))]
fn private_folder(m: &fs::Metadata) -> bool {
    m.is_dir() && !m.file_type().is_symlink()
}

/// Makes a place ready for a recovery file. A place in the shared temp folder must be
/// the user's own: created owner-only, and refused when someone else's or a link.
fn prepare(dir: &Path, shared: bool) -> Result<(), String> {
    let words = |e: StoreError| match e {
        StoreError::NotAFolder(p) => t!("store-recovery-not-folder", path = p.display().to_string()),
        e => e.to_string(),
    };
    if !shared {
        return make_dir(dir).map_err(words);
    }
    if let Some(parent) = dir.parent() {
        make_dir(parent).map_err(words)?;
    }
    let mut b = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    match b.create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(t!("store-recovery-cannot-create", why = io_words(&e))),
    }
    let m = fs::symlink_metadata(dir).map_err(|e| io_words(&e))?;
    if !private_folder(&m) {
        return Err(t!("store-recovery-unsafe"));
    }
    Ok(())
}

/// Writes `bytes` as a new file and reads them back; a file that reads back different is
/// removed (it is not a copy of anything).
fn write_verified(path: &Path, bytes: &[u8]) -> io::Result<()> {
    create_atomic(path, bytes)?;
    match fs::read(path) {
        Ok(back) if back == bytes => Ok(()),
        Ok(_) => {
            let _ = fs::remove_file(path);
            Err(io::Error::other(t!("store-recovery-read-back")))
        }
        Err(e) => {
            let _ = fs::remove_file(path);
            Err(e)
        }
    }
}

/// Writes a rescue into one place under a name no earlier recovery uses; returns the
/// recovery file.
fn keep_in(dir: &Path, shared: bool, slug: &str, meta: &[u8], bytes: &[u8]) -> Result<PathBuf, String> {
    prepare(dir, shared)?;
    for n in 1..1000 {
        let name = if n == 1 { format!("{slug}.json") } else { format!("{slug}.{n}.json") };
        let path = dir.join(name);
        let meta_file = meta_path(&path);
        if fs::symlink_metadata(&path).is_ok() || fs::symlink_metadata(&meta_file).is_ok() {
            continue;
        }
        // The meta first: a recovery file is never without it, so a crash in between
        // leaves at worst a meta file, which nothing lists.
        match write_verified(&meta_file, meta) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_words(&e)),
        }
        match write_verified(&path, bytes) {
            Ok(()) => return Ok(path),
            Err(e) => {
                let _ = fs::remove_file(&meta_file);
                if e.kind() == io::ErrorKind::AlreadyExists {
                    continue;
                }
                return Err(io_words(&e));
            }
        }
    }
    Err(t!("store-recovery-too-many"))
}

/// The number of a recovery file among those of its account: 1 for `demo.json`, 2 for
/// `demo.2.json`.
fn number_of(recovery: &Path) -> u32 {
    let name = recovery.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name.split('.').nth(1).and_then(|n| n.parse().ok()).unwrap_or(1)
}

/// Lists the recovery files in a folder (`*.json`, not hidden), by account and then in
/// the order they were written.
fn listed(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            name.ends_with(".json") && !name.starts_with('.') && p.is_file()
        })
        .collect();
    out.sort_by_cached_key(|p| (slug_of(p), number_of(p), p.clone()));
    out
}

impl DataDir {
    /// The places tried, in order, for a recovery file: `recovery/` in the data folder
    /// first, then the fallbacks.
    pub fn recovery_places(&self) -> Vec<PathBuf> {
        let mut v = vec![self.recovery_dir()];
        v.extend(self.fallback_places());
        v
    }

    /// Writes unsaved edits to the first place that takes them (see the module
    /// comment), with their `.meta`, and reads both back; returns the recovery file.
    /// An earlier recovery file is never overwritten: a second one for the same account
    /// is `<slug>.2.json`. When no place works, the error names each place and why.
    pub fn write_recovery(&self, rescue: &Rescue) -> Result<PathBuf, StoreError> {
        let slug = if is_safe(&rescue.slug) { rescue.slug.clone() } else { slugify(&rescue.slug) };
        let meta = Meta {
            dmu_recovery: 1,
            account_file: rescue.file.as_deref().map(absolute).and_then(|p| p.to_str().map(String::from)),
            base: rescue.base.filter(|b| *b != UNKNOWN_BASE),
        };
        let meta = serde_json::to_vec_pretty(&meta).map_err(|e| StoreError::Recovery(e.to_string()))?;
        let bytes = rescue.account.to_canonical_json();
        let mut tried = Vec::new();
        for (i, dir) in self.recovery_places().into_iter().enumerate() {
            let shared = i > 0 && dir.starts_with(std::env::temp_dir());
            match keep_in(&dir, shared, &slug, &meta, &bytes) {
                Ok(path) => return Ok(path),
                Err(why) => tried.push(format!("{} ({why})", dir.display())),
            }
        }
        Err(StoreError::Recovery(t!("store-recovery-nowhere", tried = tried.join("; "))))
    }

    /// The recovery files waiting to be restored: those in the data folder's
    /// `recovery/`, then those in the fallback places whose `.meta` names an account file
    /// of this data folder (other data folders share those places).
    pub fn recoveries(&self) -> Vec<PathBuf> {
        let mut out = listed(&self.recovery_dir());
        let accounts = self.accounts_dir();
        for dir in self.fallback_places() {
            if dir.starts_with(std::env::temp_dir())
                && !fs::symlink_metadata(&dir).is_ok_and(|m| private_folder(&m))
            {
                continue;
            }
            out.extend(listed(&dir).into_iter().filter(|p| {
                read_meta(p)
                    .and_then(|m| m.account_file)
                    .is_some_and(|f| Path::new(&f).parent().is_some_and(|d| same_folder(d, &accounts)))
            }));
        }
        out
    }

    /// Removes temporary files that crashed writes left in the recovery places.
    pub(crate) fn clean_recovery_temps(&self) {
        for dir in self.recovery_places() {
            clean_stale_temps(&dir);
        }
    }

    /// The recovery place that holds `path`, if it is in one.
    fn place_of(&self, path: &Path) -> Option<PathBuf> {
        let parent = path.parent()?;
        self.recovery_places().into_iter().find(|p| same_folder(p, parent))
    }

    /// Whether `path` lies in one of the recovery places.
    pub fn is_recovery(&self, path: &Path) -> bool {
        self.place_of(path).is_some()
    }

    /// Moves a recovery file and its `.meta` to the trash: the data folder's `trash/`
    /// for one in its `recovery/`, else a `trash/` folder inside the place that holds it
    /// (the same disk, so the move cannot fail for lack of space). Returns where it went.
    pub fn trash_recovery(&self, path: &Path) -> Result<PathBuf, StoreError> {
        let place = self.place_of(path).ok_or_else(|| {
            StoreError::Recovery(t!("store-recovery-not-ours", path = path.display().to_string()))
        })?;
        let trash = if place == self.recovery_dir() { self.trash_dir() } else { place.join("trash") };
        make_dir(&trash)?;
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let target = (1..10_000)
            .map(|n| trash.join(format!("{stem}.recovery-{n}.json")))
            .find(|p| fs::symlink_metadata(p).is_err() && fs::symlink_metadata(meta_path(p)).is_err())
            .ok_or_else(|| StoreError::Recovery(t!("store-recovery-trash-full")))?;
        fs::rename(path, &target).map_err(|e| StoreError::io(&t!("store-do-trash"), path, &e))?;
        let meta = meta_path(path);
        if fs::symlink_metadata(&meta).is_ok() {
            let _ = fs::rename(&meta, meta_path(&target));
        }
        Ok(target)
    }

    /// Puts the edits of a recovery file back into their account, through the same
    /// change check as every save: saved when the account's file is as it was when the
    /// edits were made, and otherwise handed back as [`Restored::Changed`] with nothing
    /// written. A recovery file without a `.meta` (older dmu) cannot show what its edits
    /// were made on, so it is treated as changed unless the file already holds them.
    pub fn restore_recovery(&self, recovery: &Path) -> Result<Restored<FileStore>, StoreError> {
        if !self.is_recovery(recovery) {
            return Err(StoreError::Recovery(t!(
                "store-recovery-not-ours",
                path = recovery.display().to_string()
            )));
        }
        let rescued = load_file(recovery).map_err(|e| StoreError::Recovery(e.to_string()))?;
        let meta = read_meta(recovery);
        let slug = slug_of(recovery);
        // Only the file name is taken from the meta: a restore writes nowhere but into
        // this data folder's accounts.
        let name = meta
            .as_ref()
            .and_then(|m| m.account_file.as_deref())
            .and_then(|f| Path::new(f).file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| n.strip_suffix(".json").is_some_and(is_safe))
            .unwrap_or_else(|| {
                format!("{}.json", if is_safe(&slug) { slug.clone() } else { slugify(&slug) })
            });
        let target = self.accounts_dir().join(&name);
        let bytes = rescued.to_canonical_json();

        let opened = match fs::symlink_metadata(&target) {
            Ok(_) => FileStore::open(&target).ok(),
            Err(_) => None,
        };
        let (how, file) = match opened {
            Some((mut store, on_disk)) if on_disk.id == rescued.id => {
                if let Some(why) = store.read_only() {
                    let path = target.display().to_string();
                    return Err(StoreError::Recovery(t!(
                        "store-recovery-cannot-restore",
                        path = path,
                        why = why.to_string()
                    )));
                }
                if fs::read(&target).is_ok_and(|b| b == bytes) {
                    (Done::AlreadyThere, target)
                } else {
                    let base = meta.and_then(|m| m.base).unwrap_or(UNKNOWN_BASE);
                    store.expect_base(base);
                    match store.save(&rescued) {
                        Ok(()) => (Done::Saved, target),
                        Err(SaveError::ChangedOnDisk) => {
                            let slug = name.trim_end_matches(".json").to_string();
                            return Ok(Restored::Changed { slug, store, rescued: Box::new(rescued) });
                        }
                        Err(e) => {
                            let (path, why) = (target.display().to_string(), e.to_string());
                            let message = t!("store-recovery-restore-failed", path = path, why = why);
                            return Err(StoreError::Recovery(message));
                        }
                    }
                }
            }
            // Deleted, or the file holds another account or does not load: beside it.
            _ => (Done::Beside, self.write_beside(name.trim_end_matches(".json"), &bytes)?),
        };
        let trash = self.trash_recovery(recovery).map_err(|e| e.to_string());
        Ok(Restored::Done { how, file, trash })
    }

    /// Writes a restored account as a new file: `<stem>.json` if free, else
    /// `<stem>-recovered-<n>.json`.
    fn write_beside(&self, stem: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        for n in 1..10_000 {
            let name = if n == 1 { format!("{stem}.json") } else { format!("{stem}-recovered-{n}.json") };
            let path = self.accounts_dir().join(name);
            if fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            match create_atomic(&path, bytes) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&t!("store-do-write"), &path, &e)),
            }
        }
        Err(StoreError::Recovery(t!("store-recovery-no-name")))
    }

    /// Writes an account to a new file the rep named (when no recovery place works):
    /// never inside `accounts/` (dmu would take it for a second copy of the account),
    /// never over an existing file, and read back before it counts. `~/` is the home
    /// folder. Returns the absolute path written.
    pub fn write_account_to(&self, path: &Path, account: &Account) -> Result<PathBuf, StoreError> {
        let refuse = |why: String| Err(StoreError::Recovery(why));
        let path = match path.strip_prefix("~") {
            Ok(rest) => match directories::BaseDirs::new() {
                Some(b) => b.home_dir().join(rest),
                None => return refuse(t!("store-elsewhere-no-home")),
            },
            Err(_) => path.to_path_buf(),
        };
        let path = std::path::absolute(&path).unwrap_or(path);
        if path.file_name().is_none() || path.as_os_str().to_string_lossy().ends_with('/') {
            return refuse(t!("store-elsewhere-folder", path = path.display().to_string()));
        }
        let accounts = self.accounts_dir();
        let parent = path.parent().unwrap_or(Path::new("/"));
        let inside = path.starts_with(&accounts)
            || matches!((fs::canonicalize(parent), fs::canonicalize(&accounts)),
                        (Ok(p), Ok(a)) if p.starts_with(&a));
        if inside {
            let (path, accounts) = (path.display().to_string(), accounts.display().to_string());
            return refuse(t!("store-elsewhere-inside", path = path, accounts = accounts));
        }
        if fs::symlink_metadata(&path).is_ok() {
            return refuse(t!("store-elsewhere-exists", path = path.display().to_string()));
        }
        write_verified(&path, &account.to_canonical_json()).map_err(|e| {
            StoreError::Recovery(t!(
                "store-elsewhere-failed",
                path = path.display().to_string(),
                why = io_words(&e)
            ))
        })?;
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_file_names_its_slug_before_the_first_dot() {
        assert_eq!(slug_of(Path::new("/r/demo.json")), "demo");
        assert_eq!(slug_of(Path::new("/r/demo.2.json")), "demo");
        assert_eq!(meta_path(Path::new("/r/demo.json")), Path::new("/r/demo.json.meta"));
    }

    #[test]
    fn the_unknown_base_is_written_as_unknown() {
        let tmp = tempfile::tempdir().unwrap();
        let data = DataDir::at(tmp.path().join("d")).with_recovery_places(Vec::new());
        let rescue = Rescue {
            slug: "a".into(),
            account: Account::new("a", "A"),
            file: None,
            base: Some(UNKNOWN_BASE),
        };
        let p = data.write_recovery(&rescue).unwrap();
        assert_eq!(read_meta(&p).unwrap().base, None);
    }
}
