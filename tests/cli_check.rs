//! `dmu check`: `path:line:column: message` per problem, exit 1 on any problem, and the
//! file is never touched.

mod common;

use common::cli::dmu;

const BROKEN: &str = "{\n  \"schema\": 1,\n  \"id\": \"acc-x\",\n  \"name\": \"X\",\n  \"people\": [\n    {\"id\": \"p1\", \"name\": \"P\"}\n  ],\n  \"links\": [\n    {\"from\": \"p1\", \"to\": \"p9\", \"kind\": \"reports_to\"}\n  ]\n}\n";

/// A data folder holding the demo as `accounts/demo.json` (check never installs it).
fn with_demo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("accounts")).unwrap();
    std::fs::write(tmp.path().join("accounts/demo.json"), include_str!("../assets/demo.json")).unwrap();
    tmp
}

#[test]
fn the_demo_is_valid() {
    let tmp = with_demo();
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
    let tmp = with_demo();
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
    let tmp = with_demo();
    let o = dmu(tmp.path(), &["check", "demo", "no-such-account"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no account matches"));
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_newer_schema_is_valid_but_said_to_open_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("newer.json");
    std::fs::write(&file, "{\"schema\": 2, \"id\": \"a\", \"name\": \"A\", \"hologram\": true}\n").unwrap();
    let o = dmu(&tmp.path().join("data"), &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "valid is valid: {}", stderr(&o));
    assert_eq!(stdout(&o), "", "not a problem line");
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "note: {}: valid, but written by a newer dmu (format version 2; this dmu knows 1), so it opens \
             read-only until you update dmu",
            file.display()
        )),
        "{err}"
    );
    assert!(err.contains("Checked 1 file: all valid (one opens read-only, see the note above)."), "{err}");
}

#[test]
fn check_never_installs_the_demo_nor_creates_the_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let o = dmu(&data, &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("There are no accounts in"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("demo"), "{}", stderr(&o));
    assert!(!data.exists(), "checking wrote nothing");
    std::fs::create_dir_all(data.join("accounts")).unwrap();
    let o = dmu(&data, &["check", "demo"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no account matches `demo`"), "{}", stderr(&o));
    assert_eq!(std::fs::read_dir(data.join("accounts")).unwrap().count(), 0, "no demo installed");
}

/// Runs `dmu check PATH`, failing the test if it has not finished in 20 seconds (a
/// device or a pipe read without end).
fn check_in_time(data: &std::path::Path, path: &str) -> std::process::Output {
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_dmu"))
        .env_remove("DMU_DATA_DIR")
        .args(["--data-dir", data.to_str().unwrap(), "check", path])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait_with_output().unwrap()));
    rx.recv_timeout(std::time::Duration::from_secs(20)).unwrap_or_else(|_| {
        // SAFETY: kill(2) on the child this test started.
        unsafe { libc::kill(id as i32, libc::SIGKILL) };
        panic!("dmu check {path} did not finish")
    })
}

#[test]
fn a_path_is_checked_as_a_file_even_when_it_is_not_one() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let not_regular = "this is not a regular file (it is a device, a pipe or a socket), so dmu does not read it; \
                       an account file is a plain .json file";
    let o = check_in_time(&data, "/dev/zero");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), format!("/dev/zero: {not_regular}\n"));
    assert!(!stderr(&o).contains("no account matches"), "{}", stderr(&o));

    let fifo = tmp.path().join("pipe.json");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string; mkfifo only creates the node.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let o = check_in_time(&data, fifo.to_str().unwrap());
    assert_eq!(stdout(&o), format!("{}: {not_regular}\n", fifo.display()));

    for missing in ["/nonexistent.json", "no/such/folder/acme.json", "acme.json"] {
        let o = dmu(&data, &["check", missing]);
        assert_eq!(o.status.code(), Some(1), "{missing}");
        assert!(
            stdout(&o).starts_with(&format!("{missing}: cannot read the file: it does not exist")),
            "{}",
            stdout(&o)
        );
        assert!(!stderr(&o).contains("no account matches"), "{}", stderr(&o));
    }
    assert!(!data.exists(), "checking paths touches no data folder");
}

#[test]
fn a_folder_is_checked_file_by_file() {
    let tmp = with_demo();
    let folder = tmp.path().join("exported");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("good.json"),
        include_str!("../assets/demo.json").replace("acc-demo", "acc-x"),
    )
    .unwrap();
    std::fs::write(folder.join("broken.json"), BROKEN).unwrap();
    std::fs::write(folder.join("notes.txt"), "not an account").unwrap();
    let o = dmu(tmp.path(), &["check", folder.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        format!("{}:9:26: link to `p9`: no person has that id\n", folder.join("broken.json").display())
    );
    assert!(stderr(&o).contains("Checked 2 files: 1 problem; 1 not valid."), "{}", stderr(&o));

    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = dmu(tmp.path(), &["check", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "nothing checked is not all valid");
    assert_eq!(
        stdout(&o),
        format!("{}: this folder holds no account files (*.json) to check\n", empty.display())
    );
    // An account's file name still names the account, from anywhere.
    assert_eq!(dmu(tmp.path(), &["check", "demo.json"]).status.code(), Some(0));
}

#[test]
fn an_account_id_held_by_two_files_is_a_problem_of_the_second() {
    let tmp = with_demo();
    let accounts = tmp.path().join("accounts");
    let copy = accounts.join("demo-copy.json");
    std::fs::copy(accounts.join("demo.json"), &copy).unwrap();
    let expected = format!(
        "{}:3:9: the id `acc-demo-volga` is also the id of demo.json beside it, so two files hold the same \
         account: if one is a copy, move it to the trash (delete it in dmu); if they are different accounts, \
         give this one a new id\n",
        copy.display()
    );
    let o = dmu(tmp.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), expected);
    assert!(stderr(&o).contains("Checked 2 files: 1 problem; 1 not valid."), "{}", stderr(&o));
    // Named in either order, the same file is the second; named twice, a file is not its own copy.
    let (a, b) = (accounts.join("demo.json"), copy.clone());
    let o = dmu(tmp.path(), &["check", b.to_str().unwrap(), a.to_str().unwrap()]);
    assert_eq!(stdout(&o), expected);
    let o = dmu(tmp.path(), &["check", a.to_str().unwrap(), "demo"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[cfg(unix)]
#[test]
fn check_names_files_others_can_read_with_the_command_that_fixes_them_and_still_passes() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = with_demo();
    let set = |p: &std::path::Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
    };
    set(tmp.path(), 0o700);
    set(&tmp.path().join("accounts"), 0o700);
    set(&tmp.path().join("accounts/demo.json"), 0o600);
    let o = dmu(tmp.path(), &["check"]);
    assert!(
        !String::from_utf8_lossy(&o.stderr).contains("Other users"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    set(&tmp.path().join("accounts/demo.json"), 0o644);
    let o = dmu(tmp.path(), &["check"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "a warning, not a failure: {err}");
    assert!(err.contains("note: Other users of this computer can read"), "{err}");
    assert!(err.contains(&format!("chmod -R go-rwx {}", tmp.path().display())), "{err}");
    // The mode is the rep's to change: checking leaves it.
    let mode = std::fs::metadata(tmp.path().join("accounts/demo.json")).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o644);
}

/// A file with values of the wrong kind in several places: `dmu check` lists every one,
/// each at the value itself (not at the end of its object), with an impossible date
/// called by what the calendar lacks, and the rules broken elsewhere too. In file
/// order, a field missing from a record after what the record holds (it is named at the
/// record's `{`).
#[test]
fn every_problem_of_a_file_is_listed_each_at_its_value() {
    let text = "{\n  \"schema\": 1,\n  \"id\": \"acc-x\",\n  \"name\": \"X\",\n  \"tier\": \"gold\",\n  \"team\": [{\"id\": \"t1\", \"name\": \"Anna\"}],\n  \"people\": [\n    {\"id\": \"p1\", \"name\": \"P\", \"influence\": \"high\", \"last_contact\": \"2026-02-30\"},\n    {\"id\": \"p2\", \"stance\": \"friendly\"}\n  ],\n  \"links\": [{\"from\": \"p1\", \"to\": \"p9\", \"kind\": \"reports_to\"}],\n  \"actions\": [{\"id\": \"f1\", \"text\": \"Call\", \"owner\": \"t1\", \"due\": \"2026-13-01\"}]\n}\n";
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("x.json");
    std::fs::write(&file, text).unwrap();
    let o = dmu(&tmp.path().join("data"), &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let f = file.display();
    assert_eq!(
        stdout(&o),
        format!(
            "{f}:5:11: `gold` is not allowed here; use one of key, growth, maintain or prospect\n\
             {f}:8:44: this should be a whole number, not the text \"high\"\n\
             {f}:8:68: 2026-02-30: February 2026 has 28 days\n\
             {f}:9:28: `friendly` is not allowed here; use one of champion, supporter, neutral, skeptic, opponent or unknown\n\
             {f}:9:5: the required field `name` is missing\n\
             {f}:11:34: link to `p9`: no person has that id\n\
             {f}:12:66: 2026-13-01: there is no month 13; months go from 01 to 12\n"
        )
    );
    assert!(stderr(&o).contains("Checked 1 file: 7 problems; 1 not valid."), "{}", stderr(&o));
    // Opening it says the first and how many more.
    let e = dmu::store::load_file(&file).unwrap_err();
    assert_eq!((e.line, e.column), (Some(5), Some(11)));
    assert!(e.message.ends_with("(and 6 more; `dmu check` lists them all)"), "{e}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text, "never touched");
}

/// Problems about people name them, with their ids: a cycle is the chain of names.
#[test]
fn problems_name_people_by_name_and_id() {
    let text = "{\n  \"schema\": 1,\n  \"id\": \"acc-x\",\n  \"name\": \"X\",\n  \"people\": [\n    {\"id\": \"p-ivanov\", \"name\": \"Пётр Иванов\", \"influence\": 6},\n    {\"id\": \"p-7eec55498e\", \"name\": \"Анна Смирнова\"}\n  ],\n  \"links\": [\n    {\"from\": \"p-ivanov\", \"to\": \"p-7eec55498e\", \"kind\": \"reports_to\"},\n    {\"from\": \"p-7eec55498e\", \"to\": \"p-ivanov\", \"kind\": \"reports_to\"}\n  ]\n}\n";
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("x.json");
    std::fs::write(&file, text).unwrap();
    let o = dmu(&tmp.path().join("data"), &["check", file.to_str().unwrap()]);
    let f = file.display();
    assert_eq!(
        stdout(&o),
        format!(
            "{f}:6:60: influence of Пётр Иванов (p-ivanov) is 6; it must be 1 to 5\n\
             {f}:11:5: reports_to links form a cycle through Анна Смирнова (p-7eec55498e) → Пётр Иванов \
             (p-ivanov) → Анна Смирнова (p-7eec55498e): each reports to the next; remove one of these links\n"
        )
    );
}
