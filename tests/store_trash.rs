//! The way back from the trash: listing the accounts there (name, when, file) and
//! putting one back into `accounts/`, under its old name or a free one, never over a
//! file; finding one by name for `dmu trash restore`.

use dmu::model::Account;
use dmu::store::{DataDir, StoreError};
use std::fs;

fn fresh() -> (tempfile::TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::at(tmp.path().join("data"));
    data.ensure().unwrap();
    (tmp, data)
}

fn add(data: &DataDir, slug: &str, id: &str, name: &str) -> std::path::PathBuf {
    let path = data.accounts_dir().join(format!("{slug}.json"));
    fs::write(&path, Account::new(id, name).to_canonical_json()).unwrap();
    path
}

#[test]
fn a_trashed_account_is_listed_and_restored_with_its_backup_under_its_old_name() {
    let (_tmp, data) = fresh();
    assert!(data.trashed().unwrap().is_empty(), "no trash folder yet: an empty trash");
    let path = add(&data, "nordic", "acc-n", "Nordic Steel");
    fs::write(data.accounts_dir().join("nordic.json.bak"), "the version before").unwrap();
    let bytes = fs::read(&path).unwrap();
    let moved = data.trash(&path).unwrap();

    let listed = data.trashed().unwrap();
    assert_eq!(listed.len(), 1);
    let t = &listed[0];
    assert_eq!(
        (t.slug.as_str(), t.account.as_deref().ok(), &t.path),
        ("nordic", Some("Nordic Steel"), &moved)
    );
    let when = t.when.to_string();
    assert!(when.ends_with(" UTC") && when.len() == "2026-11-27 14:03 UTC".len(), "{when}");

    let back = data.restore_trashed(&t.path).unwrap();
    assert_eq!(back, path, "its old name was free");
    assert_eq!(fs::read(&back).unwrap(), bytes, "byte for byte");
    assert_eq!(
        fs::read_to_string(data.accounts_dir().join("nordic.json.bak")).unwrap(),
        "the version before"
    );
    assert!(!moved.exists());
    assert!(data.trashed().unwrap().is_empty());
    assert_eq!(data.scan().unwrap().len(), 1);
}

#[test]
fn restoring_never_writes_over_a_file_but_picks_a_free_name() {
    let (_tmp, data) = fresh();
    let path = add(&data, "nordic", "acc-n", "Nordic Steel");
    let trashed = data.trash(&path).unwrap();
    // A new account took the name meanwhile, and so did a copy.
    let newer = add(&data, "nordic", "acc-new", "Nordic Steel (new)");
    add(&data, "nordic-2", "acc-n2", "Nordic two");
    let newer_bytes = fs::read(&newer).unwrap();
    let back = data.restore_trashed(&trashed).unwrap();
    assert_eq!(back, data.accounts_dir().join("nordic-3.json"));
    assert_eq!(fs::read(&newer).unwrap(), newer_bytes, "the file that has the name is untouched");
    assert_eq!(dmu::store::load_file(&back).unwrap().id, "acc-n");
}

#[test]
fn only_accounts_are_listed_newest_first_and_only_the_trash_is_restored_from() {
    let (tmp, data) = fresh();
    let trash = data.root().join("trash");
    fs::create_dir_all(&trash).unwrap();
    let write = |name: &str, id: &str| {
        fs::write(trash.join(name), Account::new(id, format!("Account {id}")).to_canonical_json()).unwrap();
    };
    write("old.2025-01-02-030405.json", "a");
    write("old.2026-11-27-140305.json", "b");
    write("old.2026-11-27-140305-2.json", "c");
    write("my.dotted.name.2026-03-01-000000.json", "d");
    // Recovery files dealt with go to the trash too; they are not accounts.
    write("volga.recovery-1.json", "r");
    fs::write(trash.join("volga.recovery-1.json.meta"), "{}").unwrap();
    write("old.2026-11-27-140305.json.bak", "bak");
    fs::write(trash.join("broken.2026-05-05-050505.json"), "{ not json").unwrap();
    let listed = data.trashed().unwrap();
    let files: Vec<String> =
        listed.iter().map(|t| t.path.file_name().unwrap().to_string_lossy().into()).collect();
    assert_eq!(
        files,
        [
            "old.2026-11-27-140305-2.json",
            "old.2026-11-27-140305.json",
            "broken.2026-05-05-050505.json",
            "my.dotted.name.2026-03-01-000000.json",
            "old.2025-01-02-030405.json",
        ]
    );
    assert_eq!(listed[3].slug, "my.dotted.name");
    assert!(listed[2].account.is_err(), "a file that does not load is listed with its error");
    assert_eq!(listed[1].when.to_string(), "2026-11-27 14:03 UTC");

    let outside = tmp.path().join("elsewhere.2026-11-27-140305.json");
    fs::write(&outside, "{}").unwrap();
    assert!(matches!(data.restore_trashed(&outside), Err(StoreError::BadName(_))));
    assert!(data.restore_trashed(&trash.join("volga.recovery-1.json")).is_err(), "not an account");
    assert!(outside.exists());
}

#[test]
fn the_command_line_names_a_trashed_account_by_name_file_or_trash_file() {
    let (_tmp, data) = fresh();
    let path = add(&data, "nordic", "acc-n", "Nordic Steel");
    data.trash(&path).unwrap();
    let baltic = add(&data, "baltic", "acc-b", "Baltic Foods");
    let baltic_in_trash = data.trash(&baltic).unwrap();
    assert_eq!(data.find_trashed("nord").unwrap().slug, "nordic", "the start of its name");
    assert_eq!(data.find_trashed("baltic.json").unwrap().path, baltic_in_trash, "its old file name");
    let file = baltic_in_trash.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(data.find_trashed(&file).unwrap().path, baltic_in_trash, "its file in the trash");
    assert!(matches!(data.find_trashed("volga"), Err(StoreError::Unknown { .. })));

    // Trashed twice: the name alone is not enough, the trash file is.
    let again = add(&data, "nordic", "acc-n", "Nordic Steel");
    let second = data.trash(&again).unwrap();
    match data.find_trashed("Nordic") {
        Err(StoreError::Ambiguous { candidates, .. }) => assert_eq!(candidates.len(), 2, "{candidates:?}"),
        other => panic!("{other:?}"),
    }
    let second_file = second.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(data.find_trashed(&second_file).unwrap().path, second);
}
