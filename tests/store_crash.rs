//! Saves survive being killed: a child process saves an account in a loop and is killed
//! with SIGKILL at random moments, 200 times. After each kill the account loads and holds
//! exactly one of the versions written, and the next start removes the temporary files.
//!
//! The child is this same test binary, started again with `DMU_CRASH_CHILD` set.

use dmu::model::Account;
use dmu::store::{AccountStore, DataDir, FileStore, load_file};
use std::hash::{BuildHasher, Hasher};
use std::path::Path;
use std::time::Duration;

const DEMO: &str = include_str!("../assets/demo.json");

/// Two versions that differ all through the file, so a torn write could not pass for one.
fn versions() -> [Account; 2] {
    let base: Account = serde_json::from_str(DEMO).unwrap();
    let mut a = base.clone();
    a.notes = Some("A".repeat(200_000));
    let mut b = base;
    b.notes = Some("B".repeat(150_000));
    b.people.reverse();
    [a, b]
}

#[test]
fn child_saves_forever() {
    let Some(path) = std::env::var_os("DMU_CRASH_CHILD") else { return };
    let [a, b] = versions();
    let (mut store, now) = FileStore::open(Path::new(&path)).unwrap();
    // Start with the version not on disk, so every round has a change to tear.
    let first = usize::from(now == a);
    for i in first.. {
        store.save(if i % 2 == 0 { &a } else { &b }).unwrap();
    }
}

fn random_below(n: u64) -> u64 {
    std::collections::hash_map::RandomState::new().build_hasher().finish() % n
}

#[cfg(unix)]
#[test]
fn killing_a_saving_process_never_leaves_a_torn_file() {
    if std::env::var_os("DMU_CRASH_CHILD").is_some() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path());
    data.ensure().unwrap();
    let path = data.accounts_dir().join("demo.json");
    std::fs::write(&path, DEMO).unwrap();
    // The lock file a first start leaves: on a loaded machine the first child may be
    // killed before it gets as far as making it, which is no torn save.
    std::fs::write(data.accounts_dir().join(".demo.json.lock"), b"").unwrap();
    let good: Vec<Vec<u8>> =
        versions().iter().map(Account::to_canonical_json).chain([DEMO.as_bytes().to_vec()]).collect();
    let exe = std::env::current_exe().unwrap();

    for round in 0..200 {
        let mut child = std::process::Command::new(&exe)
            .args(["--exact", "child_saves_forever", "--test-threads=1"])
            .env("DMU_CRASH_CHILD", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(1_000 + random_below(25_000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let bytes = std::fs::read(&path).unwrap();
        assert!(good.contains(&bytes), "round {round}: the file is neither the old nor the new version");
        load_file(&path).unwrap();

        data.ensure().unwrap();
        let mut left: Vec<String> = std::fs::read_dir(data.accounts_dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        left.retain(|n| n != "demo.json.bak");
        assert_eq!(left, [".demo.json.lock", "demo.json"], "round {round}");
    }
    // The lock died with the last child.
    let (store, _) = FileStore::open(&path).unwrap();
    assert_eq!(store.read_only(), None);
}
