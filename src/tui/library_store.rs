//! The real [`Library`]: the store's data folder. Also the entry point the command
//! line calls.

use super::app::{App, Level};
use super::library::Library;
use super::session::RecoverySlot;
use super::views::accounts::{AccountRow, Summary};
use super::{RecoveryWriter, run_app};
use crate::model::{Account, Date};
use crate::store::{AccountStore, DataDir, FileStore, LoadError, create_atomic, load_file};
use std::fs;
use std::path::{Path, PathBuf};

/// Runs the TUI on a data folder: on the account list, or on the account in `open`.
/// Installs the demo account into an empty folder and says so. The settings' keys and
/// colours apply; their problems are told, and never stop the TUI.
pub fn run(data: DataDir, open: Option<PathBuf>, settings: &crate::settings::Loaded) -> anyhow::Result<()> {
    let setup = super::settings_apply::prepare(settings);
    data.ensure()?;
    let demo = data.install_demo_if_empty()?;
    let slot = RecoverySlot::default();
    let rescue = data.clone();
    let write: RecoveryWriter =
        Box::new(move |slug, a| rescue.write_recovery(slug, a).map_err(|e| e.to_string()));
    let mut app = App::new(Box::new(data), Date::today(), setup.theme, slot.clone());
    if let Some(path) = demo {
        app.say(
            Level::Info,
            format!("Welcome! dmu installed a demo account to try things on ({})", path.display()),
        );
    }
    setup.tell(&mut app);
    if let Some(path) = open {
        app.open_path(&path);
    }
    let result = run_app(app, slot, write);
    setup.print_after();
    result
}

/// Where in the file, without the path (the list shows the file name already).
fn short(e: &LoadError) -> String {
    match (e.line, e.column) {
        (Some(l), Some(c)) => format!("line {l}, column {c}: {}", e.message),
        _ => e.message.clone(),
    }
}

fn slug_of(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Moves a recovery file into `trash/` (recovery files live outside `accounts/`,
/// which [`DataDir::trash`] guards).
fn trash_recovery(data: &DataDir, path: &Path) -> Result<PathBuf, String> {
    let trash = data.root().join("trash");
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(&trash).map_err(|e| format!("could not create {}: {e}", trash.display()))?;
    let stem = slug_of(path);
    let target = (1..10_000)
        .map(|n| trash.join(format!("{stem}.recovery-{n}.json")))
        .find(|p| fs::symlink_metadata(p).is_err())
        .ok_or("the trash holds too many recovery files already")?;
    fs::rename(path, &target).map_err(|e| format!("could not move {} to the trash: {e}", path.display()))?;
    Ok(target)
}

impl Library for DataDir {
    fn root(&self) -> PathBuf {
        DataDir::root(self).to_path_buf()
    }

    fn list(&self) -> Result<Vec<AccountRow>, String> {
        let listed = self.scan().map_err(|e| e.to_string())?;
        Ok(listed
            .into_iter()
            .map(|l| AccountRow {
                summary: match (l.account, l.index) {
                    (Ok(a), Some(i)) => Ok(Summary::owning_indexed(a, i)),
                    (Ok(a), None) => Ok(Summary::owning(a)),
                    (Err(e), _) => Err(short(&e)),
                },
                slug: l.slug,
                path: l.path,
            })
            .collect())
    }

    fn open(&self, path: &Path) -> Result<(String, Box<dyn AccountStore>, Account), String> {
        let (store, account) = FileStore::open(path).map_err(|e| e.to_string())?;
        Ok((slug_of(path), Box::new(store), account))
    }

    fn create(&self, name: &str) -> Result<PathBuf, String> {
        DataDir::create(self, name).map_err(|e| e.to_string())
    }

    fn rename(&self, path: &Path, name: &str) -> Result<(), String> {
        let (mut store, mut account) = FileStore::open(path).map_err(|e| e.to_string())?;
        account.name = name.trim().to_string();
        store.save(&account).map_err(|e| e.to_string())
    }

    fn trash(&self, path: &Path) -> Result<PathBuf, String> {
        if path.starts_with(self.root().join("recovery")) {
            return trash_recovery(self, path);
        }
        DataDir::trash(self, path).map_err(|e| e.to_string())
    }

    fn recoveries(&self) -> Vec<PathBuf> {
        DataDir::recoveries(self)
    }

    fn restore(&self, recovery: &Path) -> Result<PathBuf, String> {
        let rescued = load_file(recovery).map_err(|e| e.to_string())?;
        let slug = slug_of(recovery);
        let mut target = self.accounts_dir().join(format!("{slug}.json"));
        let same = load_file(&target).is_ok_and(|a| a.id == rescued.id);
        if same {
            let (mut store, _) = FileStore::open(&target).map_err(|e| e.to_string())?;
            // The current file becomes the `.bak`, so restoring loses nothing either.
            store.save(&rescued).map_err(|e| e.to_string())?;
        } else {
            // The account was deleted or its file now holds another account: restore
            // beside it rather than over it.
            let bytes = rescued.to_canonical_json();
            target = (1..10_000)
                .map(|n| {
                    let name =
                        if n == 1 { format!("{slug}.json") } else { format!("{slug}-recovered-{n}.json") };
                    self.accounts_dir().join(name)
                })
                .find(|p| fs::symlink_metadata(p).is_err())
                .ok_or("there is no free file name to restore into")?;
            create_atomic(&target, &bytes)
                .map_err(|e| format!("could not write {}: {e}", target.display()))?;
        }
        trash_recovery(self, recovery)?;
        Ok(target)
    }

    fn write_recovery(&self, slug: &str, account: &Account) -> Result<PathBuf, String> {
        DataDir::write_recovery(self, slug, account).map_err(|e| e.to_string())
    }
}
