//! `dmu check`: `path:line:column: message` per problem, exit 1 on any problem, and the
//! file is never touched.

mod common;

use common::cli::dmu;

const BROKEN: &str = "{\n  \"schema\": 1,\n  \"id\": \"acc-x\",\n  \"name\": \"X\",\n  \"people\": [\n    {\"id\": \"p1\", \"name\": \"P\"}\n  ],\n  \"links\": [\n    {\"from\": \"p1\", \"to\": \"p9\", \"kind\": \"reports_to\"}\n  ]\n}\n";

#[test]
fn the_demo_is_valid() {
    let tmp = tempfile::tempdir().unwrap();
    let o = dmu(tmp.path(), &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("all valid"));
    // The demo has red flags on purpose, so --strict fails on it (tests/cli_analysis.rs).
    assert_eq!(dmu(tmp.path(), &["check", "--strict", "demo"]).status.code(), Some(1));
}

#[test]
fn a_broken_file_is_located_and_left_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("broken.json");
    std::fs::write(&file, BROKEN).unwrap();
    let data = tmp.path().join("data");
    let o = dmu(&data, &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out, format!("{}:9:26: link to `p9`: no person has that id\n", file.display()));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), BROKEN);
    assert!(!data.exists(), "checking a file by path touches no data folder");
}

#[test]
fn a_parse_error_is_located_too() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("cut.json");
    std::fs::write(&file, "{\n  \"schema\": 1,\n  \"id\": \"a\",\n  \"stance\": unknown\n}").unwrap();
    let o = dmu(tmp.path(), &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with(&format!("{}:4:", file.display())), "{out}");
}

#[test]
fn all_accounts_are_checked_when_none_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(dmu(tmp.path(), &["check"]).status.code(), Some(0));
    let bad = tmp.path().join("accounts").join("bad.json");
    std::fs::write(&bad, BROKEN).unwrap();
    let o = dmu(tmp.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with(&format!("{}:9:26: ", bad.display())), "{out}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("Checked 2 files"));
    // Named by slug, the same.
    assert_eq!(dmu(tmp.path(), &["check", "bad"]).status.code(), Some(1));
    assert_eq!(dmu(tmp.path(), &["check", "demo"]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), BROKEN);
}

#[test]
fn an_unknown_account_fails_the_check() {
    let tmp = tempfile::tempdir().unwrap();
    let o = dmu(tmp.path(), &["check", "demo", "no-such-account"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no account matches"));
}
