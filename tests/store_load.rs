//! Loading account files: canonical bytes, and a located, readable error for every way
//! a file can be broken.

use dmu::model::{Account, SCHEMA};
use dmu::store::{LoadError, check_file, load_bytes, load_file};
use std::path::Path;

const DEMO: &str = include_str!("../assets/demo.json");

fn load(text: &[u8]) -> Result<Account, LoadError> {
    load_bytes(Path::new("acme.json"), text)
}

fn err(text: &[u8]) -> LoadError {
    load(text).expect_err("should not load")
}

#[test]
fn the_demo_loads_and_writes_back_to_the_same_bytes() {
    let a = load(DEMO.as_bytes()).unwrap();
    assert_eq!(a.to_canonical_json(), DEMO.as_bytes());
    let again = load(&a.to_canonical_json()).unwrap();
    assert_eq!(again, a);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(DEMO.as_bytes());
    assert_eq!(load(&bytes).unwrap(), load(DEMO.as_bytes()).unwrap());
}

#[test]
fn a_dangling_link_id_is_reported_at_its_line_and_column() {
    let text = "{\n  \"schema\": 1,\n  \"id\": \"a\",\n  \"name\": \"A\",\n  \"people\": [{\"id\": \"p1\", \"name\": \"P\"}],\n  \"links\": [\n    {\"from\": \"p1\", \"to\": \"ghost\", \"kind\": \"reports_to\"}\n  ]\n}\n";
    let e = err(text.as_bytes());
    assert_eq!((e.line, e.column), (Some(7), Some(26)), "{e}");
    assert!(e.message.contains("ghost"), "{e}");
    assert!(e.render().starts_with("acme.json:7:26: "), "{}", e.render());
}

#[test]
fn check_lists_every_problem_each_located() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    let text = "{\"schema\": 1, \"id\": \"a\", \"name\": \"A\",\n \"people\": [{\"id\": \"p\", \"name\": \"P\", \"influence\": 9},\n {\"id\": \"p\", \"name\": \"Q\"}]}\n";
    std::fs::write(&path, text).unwrap();
    let problems = check_file(&path);
    let lines: Vec<String> = problems.iter().map(LoadError::render).collect();
    assert_eq!(problems.len(), 2, "{lines:#?}");
    assert_eq!((problems[0].line, problems[0].column), (Some(2), Some(51)), "{lines:#?}");
    assert!(problems[0].message.contains("1 to 5"), "{lines:#?}");
    assert_eq!((problems[1].line, problems[1].column), (Some(3), Some(9)), "{lines:#?}");
    assert!(problems[1].message.contains("used twice"), "{lines:#?}");
    // load_file reports the first and counts the rest.
    let e = load_file(&path).unwrap_err();
    assert!(e.message.contains("and 1 more"), "{e}");
}

#[test]
fn a_parse_error_keeps_the_place_of_the_bad_value() {
    let text = "{\n  \"schema\": 1,\n  \"id\": \"a\",\n  \"name\": \"Ж\",\n  \"tier\": \"gold\"\n}\n";
    let e = err(text.as_bytes());
    assert_eq!(e.line, Some(5), "{e}");
    assert!(e.message.contains("gold"), "{e}");
    assert!(!e.message.contains("at line"), "the place is not repeated in the words: {e}");
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "{\"name\": \"ЖЖЖ\", \"schema\": 1, \"id\": \"a\", \"tier\": 7}";
    let e = err(text.as_bytes());
    // `7` is the 49th character (but the 52nd byte).
    assert_eq!((e.line, e.column), (Some(1), Some(49)), "{e}");
    assert!(
        e.message.contains("key, growth, maintain or prospect, in quotes"),
        "valid JSON is not called invalid: {e}"
    );
}

#[test]
fn broken_bytes_give_clear_errors() {
    let cases: &[(&[u8], &str)] = &[
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"{\"schema\": 1, \"id\": \"\xFF\"}", "not UTF-8"),
        (b"{\"schema\": 1,\0\0\0}", "NUL"),
        (b"{\"schema\": 1, \"id\": \"a\"", "ends too early"),
        (b"[1, 2]", "object"),
        (b"{\"schema\": 1, \"id\": \"a\"}", "required field `name`"),
        (b"{\"schema\": 1, \"id\": \"a\", \"name\": \"A\",}", "not valid JSON"),
        (b"not json", "not valid JSON"),
    ];
    for (bytes, words) in cases {
        let e = err(bytes);
        assert!(e.message.contains(words), "{:?}: {e}", String::from_utf8_lossy(bytes));
    }
    let e = err(b"{\"schema\": 1, \"id\": \"ok\xFF\"}");
    assert_eq!((e.line, e.column), (Some(1), Some(24)), "{e}");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let mut text = String::from("{\"schema\": 1, \"id\": \"a\", \"name\": \"A\", \"x\": ");
    text.push_str(&"[".repeat(100_000));
    let e = err(text.as_bytes());
    assert!(e.message.contains("nested too deeply"), "{e}");
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: costs no disk space
    let e = load_file(&path).unwrap_err();
    assert!(e.message.contains("100 MB"), "{e}");
}

#[test]
fn a_folder_or_a_missing_file_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    assert!(load_file(dir.path()).unwrap_err().message.contains("folder"));
    let e = load_file(&dir.path().join("nope.json")).unwrap_err();
    assert!(e.message.contains("does not exist"), "{e}");
}

#[test]
fn a_newer_schema_that_parses_loads_and_one_that_does_not_says_why() {
    let newer = format!("{{\"schema\": {}, \"id\": \"a\", \"name\": \"A\", \"hologram\": true}}", SCHEMA + 1);
    let a = load(newer.as_bytes()).unwrap();
    assert_eq!(a.schema, SCHEMA + 1);
    assert!(a.extra.contains_key("hologram"));

    let changed = format!("{{\"schema\": {}, \"id\": \"a\", \"name\": {{\"first\": \"A\"}}}}", SCHEMA + 1);
    let e = err(changed.as_bytes());
    assert!(e.message.contains("newer dmu"), "{e}");
    assert!(e.message.contains("update dmu"), "{e}");
}

#[test]
fn a_truncated_demo_never_panics_and_never_loads() {
    let bytes = DEMO.as_bytes();
    for cut in 0..bytes.len() - 2 {
        // Cutting only the final newline (or the brace before it) is the one exception:
        // without the brace it is no longer JSON.
        let r = load(&bytes[..cut]);
        assert!(r.is_err(), "loaded a demo cut at byte {cut}");
    }
}

#[test]
fn canonical_output_follows_the_documented_rules() {
    // Fields out of order, compact, nulls, a trailing-zero number, unknown fields at two
    // levels with unsorted keys: docs/file-format.md says what each becomes.
    let text = r#"{"name":"Ж \"q\"","zz":{"b":1,"a":2},"id":"a","schema":1,"industry":null,"potential":1.50,
        "people":[{"name":"P","id":"p","notes":""}]}"#;
    let a = load(text.as_bytes()).unwrap();
    let expected = "{\n  \"schema\": 1,\n  \"id\": \"a\",\n  \"name\": \"Ж \\\"q\\\"\",\n  \"tier\": \"key\",\n  \"potential\": 1.5,\n  \"team\": [],\n  \"people\": [\n    {\n      \"id\": \"p\",\n      \"name\": \"P\",\n      \"roles\": [],\n      \"stance\": \"unknown\",\n      \"influence\": 3,\n      \"coverage\": [],\n      \"notes\": \"\"\n    }\n  ],\n  \"links\": [],\n  \"zz\": {\n    \"a\": 2,\n    \"b\": 1\n  }\n}\n";
    assert_eq!(String::from_utf8(a.to_canonical_json()).unwrap(), expected);
}
