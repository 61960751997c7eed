//! Deleting an account moves it to `trash/`; nothing a rep wrote is ever erased, and an
//! account in the trash can be put back ([`DataDir::restore_trashed`]), never over a file.

use super::atomic::{create_private, lock_path, release_lock, sync_dir, take_lock};
use super::data_dir::make_dir;
use super::load::load_file;
use super::{DataDir, LoadError, StoreError};
use crate::model::Date;
use crate::t;
use crate::text::inert;
use std::fs;
use std::path::{Path, PathBuf};

impl DataDir {
    /// Moves an account file (and its `.bak`) into `trash/` under a timestamped name,
    /// and returns the new path. Refuses files outside `accounts/`, and accounts that a
    /// dmu window (this one included) has open.
    pub fn trash(&self, path: &Path) -> Result<PathBuf, StoreError> {
        let accounts = self.accounts_dir();
        let inside = path.parent().zip(fs::canonicalize(&accounts).ok()).is_some_and(|(parent, acc)| {
            fs::canonicalize(if parent.as_os_str().is_empty() { Path::new(".") } else { parent })
                .is_ok_and(|p| p == acc)
        });
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(stem) =
            name.strip_suffix(".json").filter(|s| inside && !s.is_empty() && !s.starts_with('.'))
        else {
            let (path, folder) = (path.display().to_string(), accounts.display().to_string());
            return Err(StoreError::BadName(t!("store-not-account-file", path = path, folder = folder)));
        };
        if path.is_dir() {
            return Err(StoreError::BadName(t!("store-trash-folder", path = path.display().to_string())));
        }
        if !path.is_file() {
            return Err(StoreError::BadName(t!("store-does-not-exist", path = path.display().to_string())));
        }

        // Hold the account's lock while moving, so an editor cannot save it meanwhile
        // (a lock that cannot be taken at all, in a folder that cannot be written, say,
        // does not stop the move: the move itself then fails with the reason).
        let lock_path = lock_path(path);
        let lock = match take_lock(&lock_path) {
            Ok(Some(held)) => Some(held),
            Ok(None) => {
                return Err(StoreError::BadName(t!("store-open-elsewhere")));
            }
            Err(_) => None,
        };

        let moved = self.move_to_trash(path, stem, &name);
        if let Some(held) = lock {
            release_lock(held, &lock_path);
        }
        moved
    }

    /// Moves `accounts/<name>` and its `.bak` to the trash as `<stem>.<stamp>.json`.
    fn move_to_trash(&self, path: &Path, stem: &str, name: &str) -> Result<PathBuf, StoreError> {
        let trash = self.trash_dir();
        make_dir(&trash)?;
        let stamp = timestamp();
        let mut target = trash.join(format!("{stem}.{stamp}.json"));
        for n in 2.. {
            if fs::symlink_metadata(&target).is_err() {
                break;
            }
            target = trash.join(format!("{stem}.{stamp}-{n}.json"));
        }
        move_file(path, &target)?;
        let bak = self.accounts_dir().join(format!("{name}.bak"));
        if bak.is_file() {
            move_file(&bak, &with_bak(&target))?;
        }
        Ok(target)
    }

    /// The accounts in `trash/`, newest first: the files [`DataDir::trash`] put there
    /// (`<name>.<YYYY-MM-DD-HHMMSS>.json`); recovery files dealt with, which go there
    /// too, are not accounts and are left out. No trash folder is an empty trash.
    pub fn trashed(&self) -> Result<Vec<Trashed>, StoreError> {
        let dir = self.trash_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(&t!("store-do-read-folder"), &dir, &e)),
        };
        let mut out: Vec<Trashed> = entries
            .flatten()
            .filter(|e| e.path().is_file())
            .filter_map(|e| {
                let file = e.file_name().to_string_lossy().into_owned();
                let (slug, when) = trashed_name(&file)?;
                let path = e.path();
                let account = load_file(&path).map(|a| a.name);
                Some(Trashed { slug, when, account, path })
            })
            .collect();
        out.sort_by(|a, b| b.when.cmp(&a.when).then_with(|| a.path.cmp(&b.path)));
        Ok(out)
    }

    /// Puts an account from the trash back into `accounts/`, under the name it had, or
    /// when a file has that name now, the first free one of `<name>-2.json`,
    /// `<name>-3.json`, ...: never over a file. Its `.bak` comes along when its place is
    /// free. Returns the account's file.
    pub fn restore_trashed(&self, trashed: &Path) -> Result<PathBuf, StoreError> {
        let file = trashed.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let in_trash = trashed
            .parent()
            .zip(fs::canonicalize(self.trash_dir()).ok())
            .is_some_and(|(parent, trash)| fs::canonicalize(parent).is_ok_and(|p| p == trash));
        let Some((slug, _)) = trashed_name(&file).filter(|_| in_trash && trashed.is_file()) else {
            let (path, trash) = (trashed.display().to_string(), self.trash_dir().display().to_string());
            return Err(StoreError::BadName(t!("store-not-in-trash", path = path, trash = trash)));
        };
        make_dir(&self.accounts_dir())?;
        for n in 1..10_000 {
            let name = if n == 1 { format!("{slug}.json") } else { format!("{slug}-{n}.json") };
            let target = self.accounts_dir().join(name);
            if fs::symlink_metadata(&target).is_ok() || fs::symlink_metadata(with_bak(&target)).is_ok() {
                continue;
            }
            match move_new(trashed, &target) {
                Ok(()) => {}
                // Taken in the very moment: the next name.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&t!("store-do-untrash"), trashed, &e)),
            }
            let bak = with_bak(trashed);
            if bak.is_file() {
                let _ = move_new(&bak, &with_bak(&target));
            }
            sync_dir(&self.accounts_dir());
            return Ok(target);
        }
        Err(StoreError::BadName(t!("store-too-many-to-restore", slug = slug)))
    }

    /// The account in the trash a rep named (the command line): by its file name in the
    /// trash, by the file name it had, or by the start of its name, in any case. Several
    /// trashings of one account are told apart by their file in the trash.
    pub fn find_trashed(&self, query: &str) -> Result<Trashed, StoreError> {
        let q = query.trim();
        let all = self.trashed()?;
        let lower = q.to_lowercase();
        let file_of =
            |t: &Trashed| t.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tests: [&dyn Fn(&Trashed) -> bool; 3] = [
            &|t| file_of(t) == q || file_of(t).strip_suffix(".json") == Some(q),
            &|t| t.slug == q.strip_suffix(".json").unwrap_or(q),
            &|t| {
                !lower.is_empty()
                    && (t.account.as_ref().is_ok_and(|n| n.trim().to_lowercase().starts_with(&lower))
                        || t.slug.to_lowercase().starts_with(&lower))
            },
        ];
        for test in tests {
            let found: Vec<&Trashed> = all.iter().filter(|t| test(t)).collect();
            match found[..] {
                [] => continue,
                [one] => return Ok(one.clone()),
                ref many => {
                    let candidates = many.iter().map(|t| describe(t, &file_of(t))).collect();
                    return Err(StoreError::Ambiguous { query: inert(q).into_owned(), candidates });
                }
            }
        }
        let candidates = all.iter().map(|t| describe(t, &file_of(t))).collect();
        Err(StoreError::Unknown { query: inert(q).into_owned(), candidates })
    }
}

/// An account file in the trash.
#[derive(Debug, Clone)]
pub struct Trashed {
    /// The file in `trash/`.
    pub path: PathBuf,
    /// The name its file had in `accounts/`, without `.json`.
    pub slug: String,
    /// When it went to the trash (read from its file name).
    pub when: TrashedAt,
    /// The account's name, or why the file does not load.
    pub account: Result<String, LoadError>,
}

/// When an account went to the trash, in UTC, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TrashedAt {
    /// The day.
    pub date: Date,
    /// Seconds since midnight.
    pub seconds: u32,
}

impl std::fmt::Display for TrashedAt {
    /// `2026-11-27 14:03 UTC` (`27.11.2026 14:03 UTC` in Russian: the day as the
    /// interface writes days).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let day = crate::i18n::dates::show(self.date);
        write!(f, "{day} {:02}:{:02} UTC", self.seconds / 3600, self.seconds / 60 % 60)
    }
}

/// The slug and time in a name [`DataDir::trash`] gives: `<slug>.<YYYY-MM-DD-HHMMSS>.json`,
/// or `...-HHMMSS-<n>.json` for a second trashing in the same second.
fn trashed_name(file: &str) -> Option<(String, TrashedAt)> {
    let (slug, stamp) = file.strip_suffix(".json")?.rsplit_once('.')?;
    let (day, rest) = (stamp.get(..10)?, stamp.get(10..)?);
    let time = rest.strip_prefix('-')?;
    let (hms, n) = time.split_at(time.len().min(6));
    if hms.len() != 6 || !hms.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !(n.is_empty()
        || n.strip_prefix('-').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
    {
        return None;
    }
    let date: Date = day.parse().ok()?;
    let num = |r: std::ops::Range<usize>| hms[r].parse::<u32>().ok();
    let (h, m, s) = (num(0..2)?, num(2..4)?, num(4..6)?);
    if slug.is_empty() || slug.starts_with('.') || h > 23 || m > 59 || s > 59 {
        return None;
    }
    Some((slug.to_string(), TrashedAt { date, seconds: h * 3600 + m * 60 + s }))
}

/// One line about a trashed account, for a list of candidates.
fn describe(t: &Trashed, file: &str) -> String {
    let name = t.account.as_ref().map_or_else(|_| t!("store-trashed-unreadable"), |n| inert(n).into_owned());
    t!("store-trashed-line", name = name, when = t.when.to_string(), file = inert(file))
}

/// `<path>.bak`.
fn with_bak(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".bak");
    PathBuf::from(p)
}

/// Moves a file to a new name, never over a file there (`AlreadyExists` then): a hard
/// link, which fails on an existing name, then the old name goes; where there are no
/// hard links (or the trash is on another disk), a copy to a file created new.
fn move_new(from: &Path, to: &Path) -> std::io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => {
            let mut src = fs::File::open(from)?;
            let mut dst = create_private(to)?;
            let copied = std::io::copy(&mut src, &mut dst).and_then(|_| dst.sync_all());
            if let Err(e) = copied {
                let _ = fs::remove_file(to);
                return Err(e);
            }
        }
    }
    fs::remove_file(from)
}

/// Renames, or copies and then removes when the trash is on another disk.
fn move_file(from: &Path, to: &Path) -> Result<(), StoreError> {
    if fs::rename(from, to).is_ok() {
        return Ok(());
    }
    fs::copy(from, to).map_err(|e| StoreError::io(&t!("store-do-trash"), from, &e))?;
    fs::remove_file(from).map_err(|e| StoreError::io(&t!("store-do-remove-trashed"), from, &e))
}

/// `YYYY-MM-DD-HHMMSS` in UTC: sorts by time and is safe in file names everywhere.
fn timestamp() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let day = Date::from_ymd(1970, 1, 1).map(|d| d.add_days((secs / 86_400) as i32));
    let (y, m, d) = day.map_or((1970, 1, 1), Date::ymd);
    let t = secs % 86_400;
    format!("{y:04}-{m:02}-{d:02}-{:02}{:02}{:02}", t / 3600, t / 60 % 60, t % 60)
}
