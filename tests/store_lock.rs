//! Lock files: closing an account removes its `.lock` file when this dmu held the lock,
//! and never otherwise; removing it cannot let two windows edit one account at once,
//! however their opening and closing interleave (threads hammering one account, each
//! checking that it alone holds it).

use dmu::model::Account;
use dmu::store::{AccountStore, DataDir, FileStore};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

fn account(dir: &Path) -> PathBuf {
    let accounts = dir.join("accounts");
    fs::create_dir_all(&accounts).unwrap();
    let path = accounts.join("nordic.json");
    fs::write(&path, Account::new("acc-n", "Nordic Steel").to_canonical_json()).unwrap();
    path
}

fn lock_of(path: &Path) -> PathBuf {
    path.with_file_name(format!(".{}.lock", path.file_name().unwrap().to_string_lossy()))
}

/// Files in the folder whose name ends in `.lock`.
fn locks(dir: &Path) -> Vec<String> {
    let names = fs::read_dir(dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned());
    names.filter(|n| n.ends_with(".lock")).collect()
}

#[test]
fn closing_the_account_removes_the_lock_file_only_when_it_held_the_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let path = account(tmp.path());
    let (first, _) = FileStore::open(&path).unwrap();
    assert!(first.read_only().is_none());
    assert!(lock_of(&path).exists(), "held while open");
    let (second, _) = FileStore::open(&path).unwrap();
    assert!(second.read_only().is_some(), "a second window is read-only");
    drop(second);
    assert!(lock_of(&path).exists(), "the read-only window did not hold it, so it leaves it");
    assert!(!second_opens_writable(&path), "and the first still holds it");
    drop(first);
    assert_eq!(locks(&tmp.path().join("accounts")), Vec::<String>::new(), "no lock file left behind");
    let (third, _) = FileStore::open(&path).unwrap();
    assert!(third.read_only().is_none(), "the next opening takes the lock again");
}

fn second_opens_writable(path: &Path) -> bool {
    FileStore::open(path).unwrap().0.read_only().is_none()
}

#[test]
fn a_read_only_window_sees_the_lock_let_go_when_the_file_went_and_creates_none() {
    let tmp = tempfile::tempdir().unwrap();
    let path = account(tmp.path());
    let (first, _) = FileStore::open(&path).unwrap();
    let (mut second, _) = FileStore::open(&path).unwrap();
    assert!(!second.lock_released());
    drop(first);
    assert!(second.lock_released(), "the holder let go");
    assert!(!lock_of(&path).exists(), "asking made no lock file");
    second.reload().unwrap();
    assert!(second.read_only().is_none(), "reloading takes the lock");
    assert!(lock_of(&path).exists());
    drop(second);
    assert!(!lock_of(&path).exists());
}

#[test]
fn a_saved_copy_and_a_trashed_account_leave_no_lock_file() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path());
    data.ensure().unwrap();
    let path = account(tmp.path());
    let (mut store, a) = FileStore::open(&path).unwrap();
    let copy = store.save_as_copy(&a).unwrap();
    assert!(!lock_of(&path).exists(), "the original is let go of, its lock file with it");
    assert!(lock_of(&copy).exists(), "the copy is guarded now");
    drop(store);
    data.trash(&path).unwrap();
    assert_eq!(locks(&data.accounts_dir()), Vec::<String>::new());
}

#[test]
fn windows_opening_and_closing_at_once_never_both_edit_and_leave_no_lock_file() {
    let tmp = tempfile::tempdir().unwrap();
    let path = Arc::new(account(tmp.path()));
    let holders = Arc::new(AtomicUsize::new(0));
    let (took, overlaps) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let threads: Vec<_> = (0..6)
        .map(|_| {
            let (path, holders, took, overlaps) =
                (path.clone(), holders.clone(), took.clone(), overlaps.clone());
            std::thread::spawn(move || {
                for _ in 0..1000 {
                    let (store, _) = FileStore::open(&path).unwrap();
                    if store.read_only().is_none() {
                        took.fetch_add(1, Ordering::SeqCst);
                        if holders.fetch_add(1, Ordering::SeqCst) != 0 {
                            overlaps.fetch_add(1, Ordering::SeqCst);
                        }
                        // Holding a moment lets a window that locked a file already
                        // unlinked (had it not checked) meet one that made a new one.
                        std::thread::sleep(std::time::Duration::from_micros(200));
                        holders.fetch_sub(1, Ordering::SeqCst);
                    }
                    // Closing removes the lock file while others are opening it.
                    drop(store);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert!(took.load(Ordering::SeqCst) > 100, "the windows took turns editing");
    assert_eq!(overlaps.load(Ordering::SeqCst), 0, "never two at once");
    assert_eq!(locks(&tmp.path().join("accounts")), Vec::<String>::new(), "and no lock file is left");
}

/// A window that is just letting go (quitting; or a forked child still sharing the
/// lock's open file until it execs) holds the lock for milliseconds: an opener waits
/// that long rather than open read-only. One held for longer still means read-only.
#[test]
fn an_opener_waits_a_moment_for_a_lock_that_is_being_let_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = account(dir.path());
    let (first, _) = FileStore::open(&path).unwrap();
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(25));
        drop(first);
    });
    let (second, _) = FileStore::open(&path).unwrap();
    letting_go.join().unwrap();
    assert_eq!(second.read_only(), None, "the lock let go 25 ms later was taken");
    drop(second);

    let (held, _) = FileStore::open(&path).unwrap();
    let (third, _) = FileStore::open(&path).unwrap();
    assert!(third.read_only().is_some(), "a lock still held opens read-only");
    drop(held);
}
