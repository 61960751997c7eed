//! Making the disk misbehave for real where the test may (we run as root in CI): a
//! tiny tmpfs that fills up, a read-only bind mount. Each guard undoes itself on drop,
//! also when the test fails. Where mounting is not allowed, the callers fall back to
//! faults injected through the store's writer seam, and say so.

use dmu::model::Account;
use dmu::store::{AccountStore, DataDir, FileStore, Rescue, Restored, Writer, write_checked};
use dmu::tui::library::Library;
use dmu::tui::views::accounts::AccountRow;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

fn run(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd).args(args).output().is_ok_and(|o| o.status.success())
}

/// A small tmpfs mounted on a folder, unmounted on drop.
pub struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (as `mount -o size=` takes it) on `dir`, if allowed.
    pub fn mount(dir: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).ok()?;
        let opts = format!("size={size},mode=0700");
        run("mount", &["-t", "tmpfs", "-o", &opts, "tmpfs", dir.to_str()?]).then(|| Tmpfs { dir: dir.into() })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        run("umount", &["-l", self.dir.to_str().unwrap_or_default()]);
    }
}

/// Fills the file system under `dir` until a write fails for lack of space.
pub fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let chunk = vec![0u8; 4096];
    loop {
        match f.write_all(&chunk).and_then(|()| f.sync_all()) {
            Ok(()) => {}
            Err(e) => {
                assert_eq!(e.raw_os_error(), Some(28), "expected ENOSPC, got {e}");
                break;
            }
        }
    }
    path
}

/// How a folder was made read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HowReadOnly {
    /// A read-only bind mount: nothing under it can be written, not even by root.
    BindMount,
    /// `chattr +i` on the folder: no file can be created, renamed or removed in it.
    Immutable,
}

/// A folder made read-only for real, writable again on drop.
pub struct ReadOnlyDir {
    dir: PathBuf,
    /// How it was done.
    pub how: HowReadOnly,
}

impl ReadOnlyDir {
    /// Makes `dir` read-only with a bind mount, else with `chattr +i`; `None` when
    /// neither is allowed (then permission bits would be the only way, and they do not
    /// stop root).
    pub fn new(dir: &Path) -> Option<ReadOnlyDir> {
        let d = dir.to_str()?;
        if run("mount", &["--bind", d, d]) {
            if run("mount", &["-o", "remount,bind,ro", d]) {
                return Some(ReadOnlyDir { dir: dir.into(), how: HowReadOnly::BindMount });
            }
            run("umount", &[d]);
        }
        run("chattr", &["+i", d]).then(|| ReadOnlyDir { dir: dir.into(), how: HowReadOnly::Immutable })
    }
}

impl Drop for ReadOnlyDir {
    fn drop(&mut self) {
        let d = self.dir.to_str().unwrap_or_default();
        match self.how {
            HowReadOnly::BindMount => run("umount", &["-l", d]),
            HowReadOnly::Immutable => run("chattr", &["-i", d]),
        };
    }
}

/// The real data folder, except that while `full` is set every write fails with
/// ENOSPC: the store's writer seam, for machines where no tmpfs can be mounted.
pub struct FaultyLibrary {
    /// The folder.
    pub data: DataDir,
    /// Set: the disk is "full".
    pub full: Arc<AtomicBool>,
}

impl Library for FaultyLibrary {
    fn root(&self) -> PathBuf {
        self.data.root().to_path_buf()
    }
    fn list(&self) -> Result<Vec<AccountRow>, String> {
        Library::list(&self.data)
    }
    fn open(&self, path: &Path) -> Result<(String, Box<dyn AccountStore>, Account), String> {
        let full = self.full.clone();
        let writer: Writer = Box::new(move |p, bytes, expect| {
            if full.load(Ordering::SeqCst) {
                return Err(std::io::Error::from_raw_os_error(28));
            }
            write_checked(p, bytes, expect)
        });
        let (store, account) = FileStore::with_writer(path, writer).map_err(|e| e.to_string())?;
        let slug = path.file_stem().unwrap().to_string_lossy().into_owned();
        Ok((slug, Box::new(store), account))
    }
    fn create(&self, name: &str) -> Result<PathBuf, String> {
        Library::create(&self.data, name)
    }
    fn rename(&self, path: &Path, name: &str) -> Result<(), String> {
        Library::rename(&self.data, path, name)
    }
    fn trash(&self, path: &Path) -> Result<PathBuf, String> {
        Library::trash(&self.data, path)
    }
    fn recoveries(&self) -> Vec<PathBuf> {
        Library::recoveries(&self.data)
    }
    fn restore(&self, recovery: &Path) -> Result<Restored<Box<dyn AccountStore>>, String> {
        Library::restore(&self.data, recovery)
    }
    fn write_recovery(&self, rescue: &Rescue) -> Result<PathBuf, String> {
        Library::write_recovery(&self.data, rescue)
    }
    fn write_account_to(&self, path: &Path, account: &Account) -> Result<PathBuf, String> {
        Library::write_account_to(&self.data, path, account)
    }
}
