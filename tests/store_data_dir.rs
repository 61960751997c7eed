//! The data folder: creating it safely, the demo, listing, new accounts with safe file
//! names, finding an account by name, the trash, recovery files and stale temp files.

use dmu::model::Account;
use dmu::store::{
    AccountStore, DataDir, Done, FileStore, Rescue, Restored, SaveError, StoreError, load_file, write_atomic,
};
use std::fs;
use std::path::Path;

fn fresh() -> (tempfile::TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path().join("data"));
    data.ensure().unwrap();
    (tmp, data)
}

fn add(data: &DataDir, slug: &str, id: &str, name: &str) {
    let path = data.accounts_dir().join(format!("{slug}.json"));
    fs::write(path, Account::new(id, name).to_canonical_json()).unwrap();
}

#[test]
fn the_flag_wins_over_everything() {
    let d = DataDir::locate(Some(Path::new("/some/where"))).unwrap();
    assert_eq!(d.root(), Path::new("/some/where"));
    assert_eq!(d.accounts_dir(), Path::new("/some/where/accounts"));
}

#[cfg(unix)]
#[test]
fn folders_are_created_for_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, data) = fresh();
    for dir in [data.root().to_path_buf(), data.accounts_dir()] {
        assert_eq!(fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700, "{}", dir.display());
    }
    let r = data.write_recovery(&Rescue::new("demo", Account::new("a", "A"))).unwrap();
    assert_eq!(fs::metadata(&r).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(fs::metadata(r.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
}

#[test]
fn a_file_where_the_folder_should_be_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("data");
    fs::write(&root, "oops").unwrap();
    let e = DataDir::at(&root).ensure().unwrap_err();
    assert_eq!(e, StoreError::NotAFolder(root.clone()));
    assert!(e.to_string().contains("is not a folder"), "{e}");

    fs::remove_file(&root).unwrap();
    fs::create_dir(&root).unwrap();
    fs::write(root.join("accounts"), "oops").unwrap();
    assert!(matches!(DataDir::at(&root).ensure(), Err(StoreError::NotAFolder(_))));
}

#[cfg(unix)]
#[test]
fn a_read_only_parent_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let r = DataDir::at(tmp.path().join("data")).ensure();
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o700)).unwrap();
    // Root can write anywhere; then there is nothing to test.
    if let Err(e) = r {
        let s = e.to_string();
        assert!(s.contains("could not create the folder") && s.contains("permission denied"), "{s}");
    }
}

#[test]
fn the_demo_is_installed_once_and_only_into_an_empty_folder() {
    let (_tmp, data) = fresh();
    let path = data.install_demo_if_empty().unwrap().unwrap();
    assert_eq!(path, data.accounts_dir().join("demo.json"));
    assert_eq!(fs::read_to_string(&path).unwrap(), include_str!("../assets/demo.json"));
    assert_eq!(data.install_demo_if_empty().unwrap(), None);

    let (_tmp, data) = fresh();
    add(&data, "mine", "acc-1", "Mine");
    assert_eq!(data.install_demo_if_empty().unwrap(), None);
    assert!(!data.accounts_dir().join("demo.json").exists());
}

#[test]
fn scan_sorts_by_name_and_lists_broken_files_without_stopping() {
    let (_tmp, data) = fresh();
    add(&data, "z", "acc-z", "alpha");
    add(&data, "a", "acc-a", "Zeta");
    fs::write(data.accounts_dir().join("broken.json"), "{").unwrap();
    fs::write(data.accounts_dir().join(".hidden.json"), "{").unwrap();
    fs::write(data.accounts_dir().join("z.json.bak"), "{").unwrap();
    let listed = data.scan().unwrap();
    let slugs: Vec<&str> = listed.iter().map(|l| l.slug.as_str()).collect();
    assert_eq!(slugs, ["z", "broken", "a"]);
    assert!(listed[1].account.is_err());
    assert_eq!(listed[2].account.as_ref().unwrap().name, "Zeta");
}

#[test]
fn new_accounts_get_safe_unique_file_names_inside_the_accounts_folder() {
    let (tmp, data) = fresh();
    let cases = [
        ("../x", "x.json"),
        ("/etc/passwd", "etc-passwd.json"),
        ("con", "con-account.json"),
        (".", "account.json"),
        ("🚀", "account-2.json"),
        ("Северсталь", "северсталь.json"),
        ("x", "x-2.json"),
    ];
    for (name, file) in cases {
        let path = data.create(name).unwrap();
        assert_eq!(path, data.accounts_dir().join(file), "for {name:?}");
        let a = load_file(&path).unwrap();
        assert_eq!(a.name, name);
        assert!(a.id.starts_with("acc-"), "{}", a.id);
    }
    assert!(!tmp.path().join("x.json").exists());
    assert!(matches!(data.create("   "), Err(StoreError::BadName(_))));
    let ids: std::collections::HashSet<String> =
        data.scan().unwrap().into_iter().map(|l| l.account.unwrap().id).collect();
    assert_eq!(ids.len(), cases.len(), "every account has its own id");
}

#[test]
fn resolve_finds_accounts_by_id_slug_and_name_prefix() {
    let (_tmp, data) = fresh();
    add(&data, "northwind", "acc-nw", "Northwind Machining");
    add(&data, "north-star", "acc-ns", "North Star Steel");
    add(&data, "severstal", "acc-ss", "Северсталь");
    add(&data, "acme", "acc-acme", "Acme");
    add(&data, "acme-east", "acc-ae", "Acme East");
    let dir = data.accounts_dir();
    let r = |q: &str| data.resolve(q);
    assert_eq!(r("acc-nw").unwrap(), dir.join("northwind.json"));
    assert_eq!(r("north-star").unwrap(), dir.join("north-star.json"));
    assert_eq!(r("north-star.json").unwrap(), dir.join("north-star.json"));
    assert_eq!(r("NORTHW").unwrap(), dir.join("northwind.json"));
    assert_eq!(r("сев").unwrap(), dir.join("severstal.json"), "Cyrillic, any case");
    assert_eq!(r("СЕВЕР").unwrap(), dir.join("severstal.json"));
    assert_eq!(r("acme").unwrap(), dir.join("acme.json"), "a whole name beats a longer one");

    match r("north") {
        Err(e @ StoreError::Ambiguous { .. }) => {
            let s = e.to_string();
            assert!(s.contains("Northwind Machining") && s.contains("North Star Steel"), "{s}");
            assert!(!s.contains("Acme"), "{s}");
        }
        other => panic!("{other:?}"),
    }
    match r("globex") {
        Err(e @ StoreError::Unknown { .. }) => {
            let s = e.to_string();
            assert!(s.contains("no account matches `globex`") && s.contains("Северсталь"), "{s}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(r("../northwind"), Err(StoreError::Unknown { .. })));
    assert!(matches!(r(""), Err(StoreError::Unknown { .. })));
}

#[test]
fn a_broken_file_can_still_be_named_by_its_slug() {
    let (_tmp, data) = fresh();
    fs::write(data.accounts_dir().join("broken.json"), "{").unwrap();
    assert_eq!(data.resolve("broken").unwrap(), data.accounts_dir().join("broken.json"));
}

#[test]
fn trash_moves_the_file_and_its_backup_and_erases_nothing() {
    let (_tmp, data) = fresh();
    add(&data, "old", "acc-old", "Old");
    let path = data.accounts_dir().join("old.json");
    fs::write(data.accounts_dir().join("old.json.bak"), "backup").unwrap();
    let bytes = fs::read(&path).unwrap();
    let moved = data.trash(&path).unwrap();
    assert!(moved.starts_with(data.root().join("trash")), "{}", moved.display());
    assert_eq!(fs::read(&moved).unwrap(), bytes);
    let mut bak = moved.clone().into_os_string();
    bak.push(".bak");
    assert_eq!(fs::read_to_string(bak).unwrap(), "backup");
    assert!(!path.exists());
    assert!(data.scan().unwrap().is_empty());

    add(&data, "old", "acc-old", "Old");
    let again = data.trash(&path).unwrap();
    assert_ne!(again, moved, "a second deletion of the same name keeps both");
    assert!(moved.exists());
}

#[test]
fn trash_refuses_files_outside_the_accounts_folder_and_open_accounts() {
    let (tmp, data) = fresh();
    let outside = tmp.path().join("precious.json");
    fs::write(&outside, "{}").unwrap();
    assert!(data.trash(&outside).is_err());
    assert!(outside.exists());

    add(&data, "busy", "acc-b", "Busy");
    let path = data.accounts_dir().join("busy.json");
    let (store, _) = dmu::store::FileStore::open(&path).unwrap();
    let e = data.trash(&path).unwrap_err();
    assert!(e.to_string().contains("open in a dmu window"), "{e}");
    assert!(path.exists());
    drop(store);
    data.trash(&path).unwrap();
}

#[test]
fn recovery_files_are_listed_and_their_names_are_safe() {
    let (_tmp, data) = fresh();
    assert!(data.recoveries().is_empty());
    let a = data.write_recovery(&Rescue::new("demo", Account::new("a", "A"))).unwrap();
    let b = data.write_recovery(&Rescue::new("../../etc/x", Account::new("b", "B"))).unwrap();
    assert!(b.starts_with(data.root().join("recovery")), "{}", b.display());
    assert_eq!(data.recoveries(), {
        let mut v = vec![a, b];
        v.sort();
        v
    });
}

#[test]
fn stale_temp_files_of_dead_processes_are_removed_at_start() {
    let (_tmp, data) = fresh();
    let dir = data.accounts_dir();
    // No live process has a pid this high (Linux caps pids at 2^22).
    let dead = dir.join(".demo.json.tmp-4294967294-0");
    let mine = dir.join(format!(".demo.json.tmp-{}-9", std::process::id()));
    fs::write(&dead, "half").unwrap();
    fs::write(&mine, "busy").unwrap();
    data.ensure().unwrap();
    if cfg!(target_os = "linux") {
        assert!(!dead.exists());
    }
    assert!(mine.exists(), "a live writer's file is left alone");
}

#[test]
fn a_failed_write_leaves_the_target_and_no_temp_file() {
    let tmp = tempfile::tempdir().unwrap();
    // A non-empty folder cannot be replaced by a file, so the final rename fails.
    let target = tmp.path().join("target.json");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("inside"), "x").unwrap();
    assert!(write_atomic(&target, b"new", false).is_err());
    let left: Vec<_> = fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, ["target.json"]);
    assert_eq!(fs::read_to_string(target.join("inside")).unwrap(), "x");
}

/// The demo in a fresh data folder (recovery fallbacks as given), and unsaved edits to
/// it: a rescue that knows its file and what the edits were made on.
fn demo_rescue(data: &DataDir) -> (std::path::PathBuf, Rescue) {
    let file = data.accounts_dir().join("demo.json");
    fs::write(&file, include_str!("../assets/demo.json")).unwrap();
    let (store, mut account) = FileStore::open(&file).unwrap();
    account.name = "Volga Pipe Works (edited)".into();
    let rescue = Rescue { slug: "demo".into(), account, file: Some(file.clone()), base: store.base() };
    (file, rescue)
}

#[test]
fn a_recovery_file_restores_only_over_the_version_its_edits_were_made_on() {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path().join("data")).with_recovery_places(Vec::new());
    data.ensure().unwrap();
    let (file, rescue) = demo_rescue(&data);
    let demo = fs::read(&file).unwrap();

    // The meta says which file and which version.
    let r = data.write_recovery(&rescue).unwrap();
    assert_eq!(r, data.root().join("recovery").join("demo.json"));
    let meta: serde_json::Value =
        serde_json::from_slice(&fs::read(data.root().join("recovery").join("demo.json.meta")).unwrap())
            .unwrap();
    assert_eq!(meta["account_file"], fs::canonicalize(&file).unwrap().to_str().unwrap());
    assert_eq!(meta["base"]["len"], demo.len() as u64);

    // Changed since: nothing is written, the recovery file stays, the store refuses.
    let mut theirs = demo.clone();
    theirs.extend_from_slice(b"\n");
    fs::write(&file, &theirs).unwrap();
    match data.restore_recovery(&r).unwrap() {
        Restored::Changed { slug, mut store, rescued } => {
            assert_eq!((slug.as_str(), &*rescued), ("demo", &rescue.account));
            assert_eq!(store.save(&rescued), Err(SaveError::ChangedOnDisk));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read(&file).unwrap(), theirs, "byte-identical");
    assert!(r.exists());

    // As it was: saved, the previous version is the .bak, the recovery file is trashed.
    fs::write(&file, &demo).unwrap();
    match data.restore_recovery(&r).unwrap() {
        Restored::Done { how: Done::Saved, file: f, trash } => {
            assert_eq!(f, file);
            assert!(trash.unwrap().starts_with(data.root().join("trash")));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(load_file(&file).unwrap(), rescue.account);
    assert_eq!(fs::read(data.accounts_dir().join("demo.json.bak")).unwrap(), demo);
    assert!(!r.exists() && !data.root().join("recovery").join("demo.json.meta").exists());
    assert!(data.recoveries().is_empty());
}

#[test]
fn recovery_places_are_tried_in_turn_and_each_data_folder_is_offered_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("a-file");
    fs::write(&blocker, "x").unwrap();
    let state = tmp.path().join("state").join("recovery");
    let places = vec![blocker.join("recovery"), state.clone()];
    let data = DataDir::at(tmp.path().join("data")).with_recovery_places(places.clone());
    data.ensure().unwrap();
    fs::write(data.root().join("recovery"), "in the way").unwrap();
    let (_, rescue) = demo_rescue(&data);

    let first = data.write_recovery(&rescue).unwrap();
    assert_eq!(first, state.join("demo.json"), "the data folder and the first fallback fail");
    assert_eq!(load_file(&first).unwrap(), rescue.account);
    // A second one never writes over the first.
    let mut later = rescue.clone();
    later.account.notes = Some("later".into());
    let second = data.write_recovery(&later).unwrap();
    assert_eq!(second, state.join("demo.2.json"));
    assert_eq!(load_file(&first).unwrap(), rescue.account);
    assert_eq!(data.recoveries(), [first.clone(), second]);

    // Another data folder shares the fallback places but is not offered these.
    let other = DataDir::at(tmp.path().join("other")).with_recovery_places(places);
    other.ensure().unwrap();
    assert!(other.recoveries().is_empty());
    assert!(other.restore_recovery(&data.root().join("elsewhere.json")).is_err(), "only recovery files");

    // No place at all: every place is named with its reason.
    fs::remove_dir_all(&state).unwrap();
    fs::write(&state, "in the way").unwrap();
    let e = data.write_recovery(&rescue).unwrap_err().to_string();
    for p in [data.root().join("recovery"), blocker.join("recovery"), state] {
        assert!(e.contains(&p.display().to_string()), "{e}");
    }
}

#[cfg(unix)]
#[test]
fn a_recovery_place_in_the_temp_folder_must_be_the_users_own() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    assert!(tmp.path().starts_with(std::env::temp_dir()));
    let place = tmp.path().join("dmu-recovery-test");
    let data = DataDir::at(tmp.path().join("data")).with_recovery_places(vec![place.clone()]);
    data.ensure().unwrap();
    fs::write(data.root().join("recovery"), "in the way").unwrap();
    let (_, rescue) = demo_rescue(&data);

    // A link (to a folder someone else could read), and a folder open to others: refused.
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &place).unwrap();
    assert!(data.write_recovery(&rescue).is_err());
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0, "nothing went through the link");
    fs::remove_file(&place).unwrap();
    fs::create_dir(&place).unwrap();
    fs::set_permissions(&place, fs::Permissions::from_mode(0o777)).unwrap();
    let e = data.write_recovery(&rescue).unwrap_err().to_string();
    assert!(e.contains("open to other users"), "{e}");
    assert_eq!(fs::read_dir(&place).unwrap().count(), 0);

    // Created by dmu: owner-only, and so is the file.
    fs::remove_dir(&place).unwrap();
    let r = data.write_recovery(&rescue).unwrap();
    assert_eq!(r, place.join("demo.json"));
    assert_eq!(fs::metadata(&place).unwrap().permissions().mode() & 0o777, 0o700);
    assert_eq!(fs::metadata(&r).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(fs::metadata(place.join("demo.json.meta")).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(data.recoveries(), [r]);
}

#[test]
fn an_account_written_to_a_named_file_lands_outside_the_accounts_and_over_nothing() {
    let (tmp, data) = fresh();
    let a = Account::new("a", "A");
    let inside = data.accounts_dir().join("sub.json");
    assert!(
        data.write_account_to(&inside, &a).unwrap_err().to_string().contains("inside the accounts folder")
    );
    let taken = tmp.path().join("taken.json");
    fs::write(&taken, "mine").unwrap();
    assert!(data.write_account_to(&taken, &a).unwrap_err().to_string().contains("exists already"));
    assert_eq!(fs::read_to_string(&taken).unwrap(), "mine");
    let out = tmp.path().join("out.json");
    assert_eq!(data.write_account_to(&out, &a).unwrap(), out);
    assert_eq!(load_file(&out).unwrap(), a);
    assert!(!inside.exists());
}
