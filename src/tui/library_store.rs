//! The real [`Library`]: the store's data folder. Also the entry point the command
//! line calls.

use super::app::{App, Level};
use super::library::Library;
use super::session::RecoverySlot;
use super::views::accounts::{AccountRow, Summary};
use super::{RecoveryWriter, run_app};
use crate::model::{Account, Date};
use crate::store::{AccountStore, DataDir, FileStore, LoadError, Rescue, Restored, Trashed};
use std::path::{Path, PathBuf};

/// Runs the TUI on a data folder: on the account list, or on the account in `open`.
/// Installs the demo account into an empty folder and says so. The settings' keys and
/// colours apply; their problems are told, and never stop the TUI.
pub fn run(data: DataDir, open: Option<PathBuf>, settings: &crate::settings::Loaded) -> anyhow::Result<()> {
    let setup = super::settings_apply::prepare(settings);
    let data_root = data.root().to_path_buf();
    data.ensure()?;
    let demo = data.install_demo_if_empty()?;
    let exposure = crate::store::exposed(data.root());
    let slot = RecoverySlot::default();
    let rescue = data.clone();
    let write: RecoveryWriter = Box::new(move |r| rescue.write_recovery(r).map_err(|e| e.to_string()));
    let mut app = App::new(Box::new(data), Date::today(), setup.theme, slot.clone());
    // Only a main currency from the settings changes the figures App::new worked out.
    if let Some(c) = &settings.settings.currency {
        app.accounts.set_main_currency(Some(c.clone()));
    }
    app.sort_names = settings.settings.sort_by();
    app.user = crate::store::user_name(settings.settings.user.as_deref(), data_root.as_path());
    // Nothing says who the rep is: the first edit that records history asks (once).
    app.asks_who = true;
    app.settings_file = settings.location.path.clone();
    let welcome = demo.map(|path| crate::t!("tui-app-welcome-demo", path = path.display().to_string()));
    // One message at a time: the warning goes after the welcome, not instead of it.
    match (welcome, exposure) {
        (Some(w), Some(x)) => app.say(Level::Warning, format!("{w}. {}", x.warning())),
        (Some(w), None) => app.say(Level::Info, w),
        (None, Some(x)) => app.say(Level::Warning, x.warning()),
        (None, None) => {}
    }
    // dmu's merge and diff helpers, put back where a copy lacks them (a fresh clone).
    app.tell_drivers(&crate::sync::check_drivers(&data_root));
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
        // Line and column as text: places in a file, not counts.
        (Some(l), Some(c)) => {
            crate::t!("tui-app-load-error-at", line = l.to_string(), column = c.to_string(), why = &e.message)
        }
        _ => e.message.clone(),
    }
}

fn slug_of(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
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
        if self.is_recovery(path) {
            return self.trash_recovery(path).map_err(|e| e.to_string());
        }
        DataDir::trash(self, path).map_err(|e| e.to_string())
    }

    fn recoveries(&self) -> Vec<PathBuf> {
        DataDir::recoveries(self)
    }

    fn restore(&self, recovery: &Path) -> Result<Restored<Box<dyn AccountStore>>, String> {
        let restored = self.restore_recovery(recovery).map_err(|e| e.to_string())?;
        Ok(restored.map_store(|s| Box::new(s) as Box<dyn AccountStore>))
    }

    fn write_recovery(&self, rescue: &Rescue) -> Result<PathBuf, String> {
        DataDir::write_recovery(self, rescue).map_err(|e| e.to_string())
    }

    fn trashed(&self) -> Result<Vec<Trashed>, String> {
        DataDir::trashed(self).map_err(|e| e.to_string())
    }

    fn restore_trashed(&self, trashed: &Path) -> Result<PathBuf, String> {
        DataDir::restore_trashed(self, trashed).map_err(|e| e.to_string())
    }

    fn write_account_to(&self, path: &Path, account: &Account) -> Result<PathBuf, String> {
        DataDir::write_account_to(self, path, account).map_err(|e| e.to_string())
    }
}
