//! The demo account in every export format, compared byte for byte with the files in
//! `tests/golden/`.
//!
//! After an intended change to an export, regenerate the files and review the diff:
//! `UPDATE_GOLDEN=1 cargo test --test export_golden`

mod export_common;

use std::path::PathBuf;

fn check(file: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1 to create it", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{file} differs from the export, first at line {}:\n  golden: {:?}\n  export: {:?}\n\
             If the change is intended: UPDATE_GOLDEN=1 cargo test --test export_golden",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line),
        );
    }
}

#[test]
fn demo_dot() {
    check("demo.dot", &dmu::export::to_dot(&export_common::demo()));
}

#[test]
fn demo_mermaid() {
    check("demo.mmd", &dmu::export::to_mermaid(&export_common::demo()));
}

#[test]
fn demo_markdown() {
    check("demo.md", &dmu::export::to_markdown(&export_common::demo(), "2026-11-27".parse().unwrap()));
}

#[test]
fn demo_csv() {
    check("demo.csv", &dmu::export::to_csv(&export_common::demo()));
}

#[test]
fn every_format_is_deterministic_and_ends_with_a_newline() {
    for a in [export_common::demo(), export_common::nasty()] {
        let b = a.clone();
        for ((name, first), (_, again)) in
            export_common::all_formats(&a).iter().zip(export_common::all_formats(&b))
        {
            assert_eq!(first, &again, "{name}");
            assert!(first.ends_with('\n'), "{name} has no trailing newline");
        }
    }
}
