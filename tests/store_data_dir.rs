//! The data folder: creating it safely, the demo, listing, new accounts with safe file
//! names, finding an account by name, the trash, recovery files and stale temp files.

use dmu::model::Account;
use dmu::store::{DataDir, Rescue, StoreError, load_file, write_atomic};
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
