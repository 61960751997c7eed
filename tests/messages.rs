//! Messages that used to mislead, each loaded from a crafted file: every one is a
//! sentence in the words of the file format that says what is wrong, where, and what
//! to do; no serde or Rust words, and no advice that does not apply (a backup that is
//! not there).

mod common;

use common::cli::dmu;
use dmu::store::{DataDir, LoadError, StoreError, check_file, load_bytes, load_file};
use std::path::Path;

const DEMO: &str = include_str!("../assets/demo.json");

fn err(text: &str) -> LoadError {
    load_bytes(Path::new("acme.json"), text.as_bytes()).expect_err("should not load")
}

/// Words of serde and Rust that must never reach a rep.
const LIBRARY_WORDS: &[&str] = &[
    "invalid type",
    "invalid value",
    "expected",
    "i64",
    "u64",
    "u8",
    "f64",
    "map",
    "sequence",
    "struct",
    "floating point",
    "variant",
    "integer `",
    "unit value",
];

fn assert_plain(message: &str) {
    for w in LIBRARY_WORDS {
        assert!(!message.contains(w), "library word {w:?} in: {message}");
    }
}

#[test]
fn a_cut_file_names_its_backup_only_when_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.json");
    std::fs::write(&path, &DEMO[..DEMO.len() / 2]).unwrap();
    let e = load_file(&path).unwrap_err();
    assert!(e.message.starts_with("the file ends too early, so it was probably cut off;"), "{e}");
    assert!(e.message.contains("there is no backup (`acme.json.bak`) beside it"), "{e}");
    assert!(!e.message.contains("may hold"), "no backup is promised: {e}");

    std::fs::write(dir.path().join("acme.json.bak"), DEMO).unwrap();
    let e = load_file(&path).unwrap_err();
    assert!(e.message.contains("`acme.json.bak` beside it holds the version before the last save"), "{e}");
    assert!(e.message.contains("copy it over this file"), "{e}");
    // `dmu check` says the same.
    assert_eq!(check_file(&path), vec![e]);
}

#[test]
fn a_file_cut_inside_a_character_is_cut_off_not_other_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.json");
    // `Ж` is D0 96: the file stops after its first byte.
    std::fs::write(&path, b"{\"schema\": 1,\n \"name\": \"\xD0").unwrap();
    let e = load_file(&path).unwrap_err();
    assert!(
        e.message.starts_with("the file was cut off in the middle of a character (it ends too early)"),
        "{e}"
    );
    assert!(!e.message.contains("UTF-8"), "{e}");
    assert!(e.message.contains("there is no backup (`acme.json.bak`)"), "{e}");
    assert_eq!((e.line, e.column), (Some(2), Some(11)), "{e}");
    std::fs::write(dir.path().join("acme.json.bak"), DEMO).unwrap();
    assert!(load_file(&path).unwrap_err().message.contains("`acme.json.bak` beside it holds"));

    // The same byte anywhere else is not an end: that file is not UTF-8.
    let e = load_bytes(Path::new("acme.json"), b"{\"name\": \"\xD0\"}").unwrap_err();
    assert!(e.message.contains("not UTF-8") && !e.message.contains("cut off"), "{e}");
}

#[test]
fn an_unknown_word_says_which_words_are_allowed() {
    let link = r#"{"schema": 1, "id": "a", "name": "A", "people": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}],
        "links": [{"from": "p", "to": "q", "kind": "manages"}]}"#;
    assert_eq!(err(link).message, "`manages` is not allowed here; use reports_to or influences");
    let tier = r#"{"schema": 1, "id": "a", "name": "A", "tier": "gold"}"#;
    assert_eq!(err(tier).message, "`gold` is not allowed here; use one of key, growth, maintain or prospect");
}

/// (what the file says at `VALUE`, the message).
fn table(template: &str, cases: &[(&str, &str)]) {
    for (value, words) in cases {
        let text = template.replace("VALUE", value);
        let e = err(&text);
        assert_eq!(e.message, *words, "{text}");
        assert!(e.line.is_some() && e.column.is_some(), "located: {e}");
        assert_plain(&e.message);
    }
}

#[test]
fn huge_numbers_are_called_too_large_not_text() {
    let person =
        r#"{"schema": 1, "id": "a", "name": "A", "people": [{"id": "p", "name": "P", "influence": VALUE}]}"#;
    let i64_range = "a whole number from -9223372036854775808 to 9223372036854775807";
    table(
        person,
        &[
            ("1e400", &format!("this number is too large: it should be {i64_range}")),
            ("99999999999999999999999", &format!("this number is too large: it should be {i64_range}")),
            ("-1e400", &format!("this number is too small: it should be {i64_range}")),
        ],
    );
    table(
        r#"{"schema": VALUE, "id": "a", "name": "A"}"#,
        &[("1e400", "this number is too large: it should be a whole number from 0 to 18446744073709551615")],
    );
    let words =
        "this should be one of the words key, growth, maintain or prospect, in quotes, not the number";
    table(
        r#"{"schema": 1, "id": "a", "name": "A", "tier": VALUE}"#,
        &[
            ("99999999999999999999999", &format!("{words} 99999999999999999999999")),
            ("1e400", &format!("{words} 1e400")),
            ("7", &format!("{words} 7")),
        ],
    );
    table(
        r#"{"schema": 1, "id": "a", "name": VALUE}"#,
        &[
            ("1e400", "this should be text in quotes, not the number 1e400"),
            ("99999999999999999999999", "this should be text in quotes, not the number 1e+23"),
        ],
    );
    table(
        r#"{"schema": 1, "id": "a", "name": "A", "annual_revenue": VALUE}"#,
        &[(
            "1e400",
            "this number is too large to be read (the limit is about 1.8e308); write the real figure",
        )],
    );
    // In a field this dmu does not know, too.
    table(
        r#"{"schema": 1, "id": "a", "name": "A", "hologram": [VALUE]}"#,
        &[(
            "-1e400",
            "this number is too small to be read (the limit is about -1.8e308); write the real figure",
        )],
    );
}

#[test]
fn values_of_the_wrong_kind_are_named_in_the_words_of_the_format() {
    let head = r#""schema": 1, "id": "a", "name": "A""#;
    let whole = "this should be a whole number, 0 or more, not";
    table(
        r#"{"schema": VALUE, "id": "a", "name": "A"}"#,
        &[
            ("1.5", &format!("{whole} 1.5")),
            ("\"1\"", &format!("{whole} the text \"1\"")),
            ("true", &format!("{whole} true")),
            ("null", &format!("{whole} null")),
            ("{}", &format!("{whole} an object {{…}}")),
            ("[1]", &format!("{whole} a list […]")),
            ("-1", "this number is too small: it should be a whole number from 0 to 18446744073709551615"),
        ],
    );
    table(
        &format!(r#"{{{head}, "people": [{{"id": "p", "name": "P", "influence": VALUE}}]}}"#),
        &[
            ("3.0", "this should be a whole number: write 3, not 3.0"),
            ("2.5", "this should be a whole number, not 2.5"),
            ("\"high\"", "this should be a whole number, not the text \"high\""),
        ],
    );
    table(
        r#"{"schema": 1, "id": "a", "name": VALUE}"#,
        &[
            ("5", "this should be text in quotes, not the number 5"),
            ("false", "this should be text in quotes, not false"),
            ("null", "this should be text in quotes, not null"),
            ("[\"A\"]", "this should be text in quotes, not a list […]"),
            ("{\"first\": \"A\"}", "this should be text in quotes, not an object {…}"),
        ],
    );
    let list = "this should be a list […], not";
    table(
        &format!("{{{head}, VALUE}}"),
        &[
            (r#""people": {}"#, &format!("{list} an object {{…}}")),
            (r#""people": "Eva""#, &format!("{list} the text \"Eva\"")),
            (r#""people": ["Eva"]"#, "this should be an object {…} (a person), not the text \"Eva\""),
            (r#""team": [1]"#, "this should be an object {…} (a member of our team), not the number 1"),
            (r#""links": [[]]"#, "this should be an object {…} (a link), not a list […]"),
            (r#""actions": [true]"#, "this should be an object {…} (a follow-up), not true"),
            (r#""demands": [null]"#, "this should be an object {…} (a demand), not null"),
            (
                r#""people": [{"id": "p", "name": "P", "coverage": [5]}]"#,
                "this should be an object {…} (a coverage entry), not the number 5",
            ),
            (
                r#""people": [{"id": "p", "name": "P", "roles": "user"}]"#,
                &format!("{list} the text \"user\""),
            ),
            (r#""annual_revenue": "1,5""#, "this should be a number, not the text \"1,5\""),
            (r#""potential": true"#, "this should be a number, not true"),
            (
                r#""people": [{"id": "p", "name": "P", "last_contact": 20260101}]"#,
                "this should be text in quotes, not the number 20260101",
            ),
            (
                r#""demands": [{"id": "d", "date": "2026-01-01", "text": "x", "granted": "yes"}]"#,
                "this should be true or false, not the text \"yes\"",
            ),
            (
                r#""people": [{"id": "p", "name": "P", "roles": [null]}]"#,
                "this should be one of the words user, influencer, decider, payer, buyer, gatekeeper or \
                 initiator, in quotes, not null",
            ),
        ],
    );
    let words = "this should be one of the words key, growth, maintain or prospect, in quotes, not";
    table(
        r#"{"schema": 1, "id": "a", "name": "A", "tier": VALUE}"#,
        &[
            ("{ }", &format!("{words} an object {{…}}")),
            ("[\"key\"]", &format!("{words} a list […]")),
            (
                "\"\"",
                "an empty word (\"\") is not allowed here; use one of key, growth, maintain or prospect",
            ),
        ],
    );
    // Not an object at all.
    let e = err("[1, 2]");
    assert_eq!(e.message, "this should be an object {…} (an account), not a list […]");
}

#[test]
fn git_conflict_markers_are_named_at_the_first_marker() {
    let text = "{\n  \"schema\": 1,\n<<<<<<< HEAD\n  \"id\": \"a\", \"name\": \"Ours\"\n=======\n  \"id\": \"a\", \
                \"name\": \"Theirs\"\n>>>>>>> feature/names\n}\n";
    let e = err(text);
    assert_eq!((e.line, e.column), (Some(3), Some(1)), "{e}");
    assert_eq!(
        e.message,
        "this file is in the middle of a git merge (conflict markers at line 3): run `dmu sync --resolve` to \
         merge it again person by person, or resolve the conflict by hand (keep one side of each <<<<<<< … \
         >>>>>>> block and delete the marker lines), or run `git merge --abort`; then open it again"
    );
    // Half resolved (the first marker already gone), with Windows line ends: still a merge.
    let e = err(&text.replace("<<<<<<< HEAD\n", "").replace('\n', "\r\n"));
    assert!(e.message.contains("git merge (conflict markers at line 4)"), "{e}");
    // `dmu check` says the same.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.json");
    std::fs::write(&path, text).unwrap();
    assert_eq!(check_file(&path)[0].message, err(text).message);
    // Marker-like text inside a value is text, not a conflict.
    let fine = "{\"schema\": 1, \"id\": \"a\", \"name\": \"A\",\n \"notes\": \"<<<<<<< HEAD\\n=======\"}\n";
    assert!(load_bytes(Path::new("acme.json"), fine.as_bytes()).is_ok());
}

/// A data folder holding the demo twice: `volga.json` and a copy made by hand.
fn copied() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("accounts");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("volga.json"), DEMO).unwrap();
    std::fs::write(dir.join("volga-copy.json"), DEMO).unwrap();
    tmp
}

#[test]
fn an_id_held_by_two_files_is_ambiguous_and_names_both() {
    let tmp = copied();
    let data = DataDir::at(tmp.path());
    match data.resolve("acc-demo-volga") {
        Err(StoreError::Ambiguous { candidates, .. }) => {
            assert!(
                candidates[0].contains("slug `volga-copy`") || candidates[1].contains("slug `volga-copy`")
            );
            assert!(candidates.iter().any(|c| c.contains("slug `volga`,")), "{candidates:#?}");
            assert_eq!(
                candidates.last().unwrap(),
                "these 2 files hold the same id `acc-demo-volga`: name one by its file name (`volga` or \
                 `volga-copy`); `dmu check` says how to fix the other"
            );
        }
        other => panic!("{other:?}"),
    }
    // Named by file name, each is found.
    assert_eq!(data.resolve("volga-copy").unwrap(), data.accounts_dir().join("volga-copy.json"));
    assert_eq!(data.resolve("volga").unwrap(), data.accounts_dir().join("volga.json"));

    let o = dmu(tmp.path(), &["show", "acc-demo-volga"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("`acc-demo-volga` could mean several accounts"), "{err}");
    assert!(err.contains("name one by its file name (`volga` or `volga-copy`)"), "{err}");
    assert!(!err.contains("no account matches"), "{err}");
    assert!(dmu(tmp.path(), &["show", "volga-copy"]).status.success());
}
