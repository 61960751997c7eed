//! An open account: atomic saves with a backup, owner-only files, the lock against a
//! second writer, changes made on disk, a full disk, and saving as a copy.

use dmu::model::Account;
use dmu::store::{
    AccountStore, FileStore, Fingerprint, ReadOnly, SaveError, load_file, write_atomic, write_checked,
};
use std::fs;
use std::path::{Path, PathBuf};

const DEMO: &str = include_str!("../assets/demo.json");

fn demo_in(dir: &Path) -> PathBuf {
    let path = dir.join("demo.json");
    fs::write(&path, DEMO).unwrap();
    path
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}

#[test]
fn unknown_fields_survive_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.json");
    fs::write(
        &path,
        r#"{"schema":1,"id":"a","name":"A","crm":{"id":7},"people":[{"id":"p","name":"P","linkedin":"u"}]}"#,
    )
    .unwrap();
    let (mut store, mut a) = FileStore::open(&path).unwrap();
    a.name = "A2".into();
    store.save(&a).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"crm\": {\n    \"id\": 7\n  }"), "{text}");
    assert!(text.contains("\"linkedin\": \"u\""), "{text}");
    assert_eq!(load_file(&path).unwrap(), a);
}

#[test]
fn a_save_is_atomic_keeps_a_backup_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let (mut store, mut a) = FileStore::open(&path).unwrap();
    a.people.pop();
    store.save(&a).unwrap();
    assert_eq!(fs::read(&path).unwrap(), a.to_canonical_json());
    assert_eq!(fs::read_to_string(dir.path().join("demo.json.bak")).unwrap(), DEMO);
    assert_eq!(names(dir.path()), [".demo.json.lock", "demo.json", "demo.json.bak"]);
}

#[test]
fn saving_an_unchanged_account_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let (mut store, a) = FileStore::open(&path).unwrap();
    store.set_writer(Box::new(|_, _, _| panic!("nothing to write")));
    store.save(&a).unwrap();
}

#[cfg(unix)]
#[test]
fn new_files_and_backups_are_readable_by_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("open.json");
    fs::write(&path, DEMO).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let (mut store, mut a) = FileStore::open(&path).unwrap();
    a.name = "Changed".into();
    store.save(&a).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir.path().join("open.json.bak")), 0o600);
    assert_eq!(mode(&dir.path().join(".open.json.lock")), 0o600);
    write_atomic(&dir.path().join("new.json"), b"{}", false).unwrap();
    assert_eq!(mode(&dir.path().join("new.json")), 0o600);
}

#[test]
fn a_second_store_is_read_only_until_the_first_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let (first, _) = FileStore::open(&path).unwrap();
    assert_eq!(first.read_only(), None);
    let (mut second, a) = FileStore::open(&path).unwrap();
    assert_eq!(second.read_only(), Some(&ReadOnly::LockedElsewhere));
    assert_eq!(second.save(&a), Err(SaveError::ReadOnly(ReadOnly::LockedElsewhere)));
    drop(second);
    drop(first);
    let (mut third, mut a) = FileStore::open(&path).unwrap();
    assert_eq!(third.read_only(), None);
    a.name = "Mine now".into();
    third.save(&a).unwrap();
}

#[test]
fn a_read_only_store_takes_the_lock_on_reload_once_it_is_free() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let (first, _) = FileStore::open(&path).unwrap();
    let (mut second, _) = FileStore::open(&path).unwrap();
    assert!(second.read_only().is_some());
    drop(first);
    second.reload().unwrap();
    assert_eq!(second.read_only(), None);
}

#[test]
fn a_newer_schema_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.json");
    fs::write(&path, r#"{"schema": 99, "id": "a", "name": "A"}"#).unwrap();
    let (mut store, a) = FileStore::open(&path).unwrap();
    assert_eq!(store.read_only(), Some(&ReadOnly::NewerSchema(99)));
    assert!(matches!(store.save(&a), Err(SaveError::ReadOnly(_))));
    assert_eq!(fs::read_to_string(&path).unwrap(), r#"{"schema": 99, "id": "a", "name": "A"}"#);
}

#[test]
fn a_change_on_disk_is_caught_even_with_size_and_time_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let (mut store, mut a) = FileStore::open(&path).unwrap();
    let before = fs::metadata(&path).unwrap();

    // Same length, same modification time, different content: what a careful `git
    // checkout` of another version, or a sloppy sync tool, can leave.
    let other = DEMO.replacen("Volga Pipe Works", "Volga Pipe Wörk", 1);
    assert_eq!(other.len(), DEMO.len());
    fs::write(&path, &other).unwrap();
    let f = fs::File::options().write(true).open(&path).unwrap();
    f.set_modified(before.modified().unwrap()).unwrap();
    drop(f);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), before.modified().unwrap());

    a.name = "Mine".into();
    assert_eq!(store.save(&a), Err(SaveError::ChangedOnDisk));
    assert_eq!(fs::read_to_string(&path).unwrap(), other, "nothing was written");

    // Reloading accepts the change; the next save goes through.
    let mut fresh = store.reload().unwrap();
    assert_eq!(fresh.name, "Volga Pipe Wörk");
    fresh.notes = Some("after reload".into());
    store.save(&fresh).unwrap();
    assert_eq!(load_file(&path).unwrap(), fresh);
}

#[test]
fn a_deleted_file_counts_as_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let (mut store, a) = FileStore::open(&path).unwrap();
    fs::remove_file(&path).unwrap();
    assert_eq!(store.save(&a), Err(SaveError::ChangedOnDisk));
    assert!(!path.exists());
}

#[test]
fn a_full_disk_leaves_the_file_byte_identical_and_the_next_save_works() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let enospc =
        || Box::new(|_: &Path, _: &[u8], _: Option<Fingerprint>| Err(std::io::Error::from_raw_os_error(28)));
    let (mut store, mut a) = FileStore::with_writer(&path, enospc()).unwrap();
    a.name = "Edited".into();
    let err = store.save(&a).unwrap_err();
    assert!(err.to_string().contains("the disk is full"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), DEMO);
    assert_eq!(names(dir.path()), [".demo.json.lock", "demo.json"]);

    store.set_writer(Box::new(write_checked));
    store.save(&a).unwrap();
    assert_eq!(load_file(&path).unwrap().name, "Edited");
}

#[test]
fn save_as_copy_gets_a_new_file_id_and_name_and_takes_the_lock_along() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_in(dir.path());
    let (mut store, mut a) = FileStore::open(&path).unwrap();
    fs::write(&path, DEMO.replace("Volga Pipe Works", "Changed By Git")).unwrap();
    a.notes = Some("my edit".into());
    assert_eq!(store.save(&a), Err(SaveError::ChangedOnDisk));

    let copy = store.save_as_copy(&a).unwrap();
    assert_eq!(copy, dir.path().join("demo-copy.json"));
    assert_eq!(store.path(), copy);
    let c = load_file(&copy).unwrap();
    assert_ne!(c.id, a.id);
    assert_eq!(c.name, "Volga Pipe Works (copy)");
    assert_eq!(c.notes.as_deref(), Some("my edit"));

    // The original is free again, the copy is ours.
    let (orig, _) = FileStore::open(&path).unwrap();
    assert_eq!(orig.read_only(), None);
    let (other, _) = FileStore::open(&copy).unwrap();
    assert_eq!(other.read_only(), Some(&ReadOnly::LockedElsewhere));
    drop(other);

    // Saving the in-memory account (original id and name) writes the copy's id and name.
    a.notes = Some("more".into());
    store.save(&a).unwrap();
    let c2 = load_file(&copy).unwrap();
    assert_eq!(
        (c2.id.as_str(), c2.name.as_str(), c2.notes.as_deref()),
        (c.id.as_str(), c.name.as_str(), Some("more"))
    );
    assert!(fs::read_to_string(&path).unwrap().contains("Changed By Git"), "the original is untouched");

    let second = store.save_as_copy(&a).unwrap();
    assert_eq!(second, dir.path().join("demo-copy-copy.json"));
}

#[test]
fn opening_a_broken_file_fails_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    let bytes = b"{\"schema\": 1, \"id\": \"a\", \"name\": \"A\", \"people\": [}";
    fs::write(&path, bytes).unwrap();
    let e = FileStore::open(&path).unwrap_err();
    assert_eq!(e.line, Some(1), "{e}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn the_account_type_is_what_the_store_saves() {
    // Guards the contract between FileStore and Account::to_canonical_json.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.json");
    fs::write(&path, Account::new("acc-1", "Новый").to_canonical_json()).unwrap();
    let (_, a) = FileStore::open(&path).unwrap();
    assert_eq!(a.name, "Новый");
}
