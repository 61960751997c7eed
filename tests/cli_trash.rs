//! `dmu trash list` and `dmu trash restore NAME` on the real binary.

mod common;

use common::cli::dmu;
use dmu::model::Account;
use std::fs;

#[test]
fn the_trash_is_listed_and_an_account_restored_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let data = dmu::store::DataDir::at(root);
    data.ensure().unwrap();
    let path = data.accounts_dir().join("nordic.json");
    fs::write(&path, Account::new("acc-n", "Nordic Steel").to_canonical_json()).unwrap();
    let bytes = fs::read(&path).unwrap();
    let empty = dmu(root, &["trash", "list"]);
    assert!(empty.status.success());
    assert_eq!(String::from_utf8_lossy(&empty.stdout), "The trash is empty.\n");
    let in_trash = data.trash(&path).unwrap();
    let file = in_trash.file_name().unwrap().to_string_lossy().into_owned();

    let out = dmu(root, &["trash", "list"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("ACCOUNT") && lines[0].contains("TRASHED"), "{text}");
    assert!(
        lines[1].starts_with("Nordic Steel") && lines[1].contains(" UTC ") && lines[1].ends_with(&file),
        "{text}"
    );

    let miss = dmu(root, &["trash", "restore", "baltic"]);
    assert!(!miss.status.success());
    assert!(String::from_utf8_lossy(&miss.stderr).contains("Nordic Steel"), "names what there is");

    // The name is taken meanwhile: it comes back beside it, and the demo is not installed.
    fs::write(&path, Account::new("acc-new", "Newer").to_canonical_json()).unwrap();
    let out = dmu(root, &["trash", "restore", "nordic"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let back = data.accounts_dir().join("nordic-2.json");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), back.display().to_string());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Restored “Nordic Steel” as nordic-2.json: nordic.json is taken"), "{said}");
    assert_eq!(fs::read(&back).unwrap(), bytes);
    assert_eq!(dmu::store::load_file(&path).unwrap().id, "acc-new", "never over a file");
    assert_eq!(String::from_utf8_lossy(&dmu(root, &["trash", "list"]).stdout), "The trash is empty.\n");
    assert!(!data.accounts_dir().join("demo.json").exists());
}
