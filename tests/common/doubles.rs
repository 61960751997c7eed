//! In-memory stand-ins for the data folder and an account's store, so App tests run
//! without a disk and can make saves fail on demand.

use dmu::model::{Account, Date};
use dmu::store::{AccountStore, Done, Fingerprint, LoadError, ReadOnly, Rescue, Restored, SaveError};
use dmu::tui::app::App;
use dmu::tui::library::Library;
use dmu::tui::theme::Theme;
use dmu::tui::views::accounts::{AccountRow, Summary};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

/// The demo account from `assets/`.
pub fn demo() -> Account {
    serde_json::from_str(include_str!("../../assets/demo.json")).unwrap()
}

/// The fixed day snapshots count ages to.
pub fn today() -> Date {
    "2026-11-27".parse().unwrap()
}

/// What a test can see of and do to a [`MemStore`] after handing it to the app.
#[derive(Default, Clone)]
pub struct Disk {
    /// The bytes of every successful save, in order.
    pub saves: Rc<RefCell<Vec<Vec<u8>>>>,
    /// When set, every save fails with this error.
    pub fail: Rc<RefCell<Option<SaveError>>>,
    /// The account in each file as last saved, which opening the file again reads.
    pub by_path: Rc<RefCell<Vec<(PathBuf, Account)>>>,
}

impl Disk {
    /// The account as last saved.
    pub fn last(&self) -> Option<Account> {
        self.saves.borrow().last().map(|b| serde_json::from_slice(b).unwrap())
    }
}

/// An account store in memory.
pub struct MemStore {
    pub path: PathBuf,
    pub read_only: Option<ReadOnly>,
    pub disk: Disk,
    pub on_disk: Account,
}

impl AccountStore for MemStore {
    fn path(&self) -> &Path {
        &self.path
    }
    fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }
    fn save(&mut self, account: &Account) -> Result<(), SaveError> {
        if let Some(ro) = &self.read_only {
            return Err(SaveError::ReadOnly(ro.clone()));
        }
        if let Some(e) = self.disk.fail.borrow().clone() {
            return Err(e);
        }
        self.on_disk = account.clone();
        self.disk.saves.borrow_mut().push(account.to_canonical_json());
        let mut files = self.disk.by_path.borrow_mut();
        files.retain(|(p, _)| *p != self.path);
        files.push((self.path.clone(), account.clone()));
        Ok(())
    }
    fn base(&self) -> Option<Fingerprint> {
        Some(Fingerprint::of(&self.on_disk.to_canonical_json()))
    }
    fn reload(&mut self) -> Result<Account, LoadError> {
        Ok(self.on_disk.clone())
    }
    fn save_as_copy(&mut self, account: &Account) -> Result<PathBuf, SaveError> {
        self.path = self.path.with_file_name("copy.json");
        self.on_disk = Account { id: format!("{}-copy", account.id), ..account.clone() };
        Ok(self.path.clone())
    }
}

/// Files by slug: an account, or why it does not load.
pub type Files = Rc<RefCell<Vec<(String, Result<Account, String>)>>>;

/// A data folder in memory: named accounts, or files that do not load.
/// Clones share their state, so a test keeps a clone to look inside after boxing one.
#[derive(Default, Clone)]
pub struct MemLibrary {
    pub files: Files,
    pub disk: Disk,
    pub read_only: Option<ReadOnly>,
    pub recoveries: Rc<RefCell<Vec<(PathBuf, String, Account)>>>,
    pub trashed: Rc<RefCell<Vec<PathBuf>>>,
    /// When set, no recovery place takes a file: writing one fails with these words.
    pub no_recovery_place: Rc<RefCell<Option<String>>>,
    /// Accounts written to files the rep named, by path.
    pub written_to: Rc<RefCell<Vec<(PathBuf, Account)>>>,
}

impl MemLibrary {
    /// A library holding the demo account and one broken file.
    pub fn with_demo() -> MemLibrary {
        let lib = MemLibrary::default();
        lib.files.borrow_mut().push(("volga-pipe-works".into(), Ok(demo())));
        lib.files.borrow_mut().push(("broken".into(), Err("line 3, column 14: expected `,` or `}`".into())));
        lib
    }

    fn path(slug: &str) -> PathBuf {
        PathBuf::from(format!("/data/accounts/{slug}.json"))
    }

    /// Changes a file behind dmu's back (as git or an editor would).
    pub fn change_on_disk(&self, slug: &str, change: impl FnOnce(&mut Account)) {
        let path = Self::path(slug);
        let saved = self.disk.by_path.borrow().iter().find(|(p, _)| *p == path).map(|(_, a)| a.clone());
        let from_files =
            || self.files.borrow().iter().find(|(s, _)| s == slug).and_then(|(_, a)| a.clone().ok());
        let mut a = saved.or_else(from_files).expect("an account in that file");
        change(&mut a);
        let mut files = self.disk.by_path.borrow_mut();
        files.retain(|(p, _)| *p != path);
        files.push((path, a));
    }

    fn slug(path: &Path) -> String {
        path.file_stem().unwrap().to_string_lossy().into_owned()
    }
}

impl Library for MemLibrary {
    fn root(&self) -> PathBuf {
        PathBuf::from("/data")
    }
    fn list(&self) -> Result<Vec<AccountRow>, String> {
        let saved = self.disk.by_path.borrow();
        Ok(self
            .files
            .borrow()
            .iter()
            .map(|(slug, a)| {
                let path = Self::path(slug);
                let a = match saved.iter().find(|(p, _)| *p == path) {
                    Some((_, saved)) => Ok(saved),
                    None => a.as_ref(),
                };
                AccountRow { slug: slug.clone(), path, summary: a.map(Summary::of).map_err(Clone::clone) }
            })
            .collect())
    }
    fn open(&self, path: &Path) -> Result<(String, Box<dyn AccountStore>, Account), String> {
        let slug = Self::slug(path);
        let files = self.files.borrow();
        let (_, a) = files.iter().find(|(s, _)| *s == slug).ok_or("no such account")?;
        let saved = self.disk.by_path.borrow().iter().find(|(p, _)| p == path).map(|(_, a)| a.clone());
        let a = match saved {
            Some(a) => a,
            None => a.clone()?,
        };
        let store = MemStore {
            path: path.into(),
            read_only: self.read_only.clone(),
            disk: self.disk.clone(),
            on_disk: a.clone(),
        };
        Ok((slug, Box::new(store), a))
    }
    fn create(&self, name: &str) -> Result<PathBuf, String> {
        let slug = name.to_lowercase().replace(' ', "-");
        self.files.borrow_mut().push((slug.clone(), Ok(Account::new(format!("acc-{slug}"), name))));
        Ok(Self::path(&slug))
    }
    fn rename(&self, path: &Path, name: &str) -> Result<(), String> {
        let slug = Self::slug(path);
        for (s, a) in self.files.borrow_mut().iter_mut() {
            if *s == slug {
                a.as_mut().map_err(|e| e.clone())?.name = name.into();
            }
        }
        Ok(())
    }
    fn trash(&self, path: &Path) -> Result<PathBuf, String> {
        let slug = Self::slug(path);
        self.files.borrow_mut().retain(|(s, _)| *s != slug);
        self.recoveries.borrow_mut().retain(|(p, _, _)| p != path);
        self.trashed.borrow_mut().push(path.into());
        Ok(PathBuf::from("/data/trash").join(path.file_name().unwrap()))
    }
    fn recoveries(&self) -> Vec<PathBuf> {
        self.recoveries.borrow().iter().map(|r| r.0.clone()).collect()
    }
    fn restore(&self, recovery: &Path) -> Result<Restored<Box<dyn AccountStore>>, String> {
        let mut recs = self.recoveries.borrow_mut();
        let i = recs.iter().position(|r| r.0 == recovery).ok_or("gone")?;
        let (_, slug, account) = recs.remove(i);
        for (s, a) in self.files.borrow_mut().iter_mut() {
            if *s == slug {
                *a = Ok(account.clone());
            }
        }
        self.trashed.borrow_mut().push(recovery.into());
        Ok(Restored::Done {
            how: Done::Saved,
            file: Self::path(&slug),
            trash: Ok("/data/trash/r.json".into()),
        })
    }
    fn write_recovery(&self, rescue: &Rescue) -> Result<PathBuf, String> {
        if let Some(why) = self.no_recovery_place.borrow().clone() {
            return Err(why);
        }
        let n = self.recoveries.borrow().len() + self.trashed.borrow().len();
        let p = if n == 0 {
            PathBuf::from(format!("/data/recovery/{}.json", rescue.slug))
        } else {
            PathBuf::from(format!("/data/recovery/{}.{}.json", rescue.slug, n + 1))
        };
        self.recoveries.borrow_mut().push((p.clone(), rescue.slug.clone(), rescue.account.clone()));
        Ok(p)
    }
    fn write_account_to(&self, path: &Path, account: &Account) -> Result<PathBuf, String> {
        if path.starts_with("/data/accounts") {
            return Err("that is inside the accounts folder".into());
        }
        self.written_to.borrow_mut().push((path.into(), account.clone()));
        Ok(path.into())
    }
}

/// An app on a library, 100x30, colours off, today fixed.
pub fn app(lib: MemLibrary) -> App {
    let mut app = App::new(Box::new(lib), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    // Edits are made at noon of `today`, so what the history shows does not age.
    app.clock = || "2026-11-27T12:00:00Z".to_string();
    app.update(dmu::tui::action::Action::Resize(100, 30));
    app
}
