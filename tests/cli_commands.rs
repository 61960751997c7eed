//! The real `dmu` binary with a temporary data folder: list, new, show, export, account
//! names, and where the data folder comes from.

mod common;

use common::cli::dmu;

use std::path::Path;
use std::process::{Command, Output};

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn commands_other_than_the_tui_never_install_the_demo_and_say_how_to_start() {
    let tmp = tempfile::tempdir().unwrap();
    let o = dmu(tmp.path(), &["list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("No accounts in"), "{}", stderr(&o));
    assert!(stderr(&o).contains("`dmu new NAME` creates one"), "{}", stderr(&o));
    for args in [&["show", "demo"][..], &["report", "demo"], &["export", "demo"], &["portfolio"], &["agenda"]]
    {
        let o = dmu(tmp.path(), args);
        assert_eq!(
            std::fs::read_dir(tmp.path().join("accounts")).unwrap().count(),
            0,
            "{args:?} installed a demo"
        );
        if args.len() > 1 {
            assert_eq!(o.status.code(), Some(1), "{args:?}");
            assert!(stderr(&o).contains("there are no accounts in"), "{args:?}: {}", stderr(&o));
        }
    }
    common::cli::demo_data(tmp.path());
    let out = stdout(&dmu(tmp.path(), &["list"]));
    assert!(out.starts_with("NAME "), "{out}");
    assert!(out.contains("Volga Pipe Works  key   14      850,000 EUR  demo"), "{out}");
}

#[test]
fn new_then_list_show_and_export() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(tmp.path());
    let o = dmu(tmp.path(), &["new", "Северсталь", "ПАО"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = tmp.path().join("accounts").join("северсталь-пао.json");
    assert_eq!(stdout(&o).trim(), path.display().to_string());

    let list = stdout(&dmu(tmp.path(), &["list", "--json"]));
    let items: serde_json::Value = serde_json::from_str(&list).unwrap();
    let names: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Volga Pipe Works", "Северсталь ПАО"]);

    let show = dmu(tmp.path(), &["show", "север"]);
    assert!(show.status.success(), "{}", stderr(&show));
    assert!(stdout(&show).starts_with("Северсталь ПАО\n"), "{}", stdout(&show));
    assert!(stdout(&show).contains("People (0)"), "{}", stdout(&show));

    let export = dmu(tmp.path(), &["export", "север", "--format", "json"]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert_eq!(export.stdout, std::fs::read(&path).unwrap(), "export prints the canonical file");
    assert_eq!(dmu(tmp.path(), &["show", "север", "--json"]).stdout, export.stdout);
}

#[test]
fn show_lists_people_with_roles_stance_influence_coverage_and_links() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(tmp.path());
    let o = dmu(tmp.path(), &["show", "acc-demo-volga"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let ivanov = out.lines().find(|l| l.contains("Пётр Иванов") && l.contains("Chief Engineer")).unwrap();
    for word in ["influencer, user", "champion", "4", "Omar Haddad (strong)"] {
        assert!(ivanov.contains(word), "{word} missing in {ivanov:?}");
    }
    assert!(out.contains("  Пётр Иванов reports to 佐藤 健\n"), "{out}");
    assert!(out.contains("influences"), "{out}");
}

#[test]
fn export_to_a_file_writes_it_and_prints_nothing() {
    // The file goes beside the data folder: dmu refuses to write exports into it.
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(&tmp.path().join("data"));
    let file = tmp.path().join("out.json");
    let o = dmu(&tmp.path().join("data"), &["export", "demo", "-o", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), include_str!("../assets/demo.json"));
}

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(tmp.path());
    for name in ["Acme Tools", "Acme East"] {
        assert!(dmu(tmp.path(), &["new", name]).status.success());
    }
    let o = dmu(tmp.path(), &["show", "acme"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("could mean several accounts"), "{err}");
    assert!(err.contains("Acme Tools") && err.contains("Acme East"), "{err}");
    assert!(!err.contains("Volga"), "{err}");
    assert!(o.stdout.is_empty());

    let o = dmu(tmp.path(), &["show", "initech"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no account matches `initech`") && stderr(&o).contains("Volga"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_broken_account_is_listed_with_its_error_and_show_says_where() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(tmp.path());
    let bad = tmp.path().join("accounts").join("bad.json");
    std::fs::write(&bad, "{\"schema\": 1,\n \"id\": 5}").unwrap();
    let o = dmu(tmp.path(), &["list"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("(cannot be read)"), "{}", stdout(&o));
    assert!(stdout(&o).contains(&format!("{}:2:", bad.display())), "{}", stdout(&o));
    assert!(stdout(&o).contains("Volga Pipe Works"), "the others still list");

    let o = dmu(tmp.path(), &["show", "bad"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(&format!("{}:2:", bad.display())), "{}", stderr(&o));
}

#[test]
fn the_flag_wins_over_the_environment() {
    let env_dir = tempfile::tempdir().unwrap();
    let flag_dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_dmu"))
            .env("DMU_DATA_DIR", env_dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(run(&["new", "From Env"]).status.success());
    assert!(env_dir.path().join("accounts/from-env.json").exists());
    assert!(run(&["--data-dir", flag_dir.path().to_str().unwrap(), "new", "From Flag"]).status.success());
    assert!(flag_dir.path().join("accounts/from-flag.json").exists());
    assert!(!env_dir.path().join("accounts/from-flag.json").exists());
}

#[test]
fn usage_errors_exit_2_and_a_file_as_data_folder_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(dmu(tmp.path(), &["frobnicate"]).status.code(), Some(2));
    assert_eq!(dmu(tmp.path(), &["export", "demo", "--format", "pdf"]).status.code(), Some(2));
    // --force only means something with -o; alone it would suggest a write that never happens.
    assert_eq!(dmu(tmp.path(), &["export", "demo", "--force"]).status.code(), Some(2));
    let file = tmp.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let o = dmu(&file, &["list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not a folder"), "{}", stderr(&o));
}

#[test]
fn the_screen_commands_fail_cleanly_in_a_build_without_it() {
    // Replaced by pseudo-terminal tests once the TUI is merged.
    let tmp = tempfile::tempdir().unwrap();
    let o = dmu(tmp.path(), &["open", "nothing-like-this"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no account matches"), "the account is resolved first: {}", stderr(&o));
}

#[test]
fn every_export_format_matches_its_golden_file_on_stdout_and_in_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    common::cli::demo_data(&data);
    for (format, golden) in
        [("dot", "demo.dot"), ("mermaid", "demo.mmd"), ("md", "demo.md"), ("csv", "demo.csv")]
    {
        let expected = std::fs::read(Path::new("tests/golden").join(golden)).unwrap();
        // The account plan's scores and risks are judged on a day; the golden file's.
        let o = dmu(&data, &["export", "demo", "--format", format, "--today", "2026-11-27"]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert_eq!(o.stdout, expected, "{format} on stdout");
        let file = tmp.path().join(golden);
        let o = dmu(
            &data,
            &["export", "volga", "--format", format, "-o", file.to_str().unwrap(), "--today", "2026-11-27"],
        );
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert_eq!(std::fs::read(&file).unwrap(), expected, "{format} in a file");
    }
}

#[test]
fn an_account_is_found_by_its_name_in_the_other_script() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(tmp.path());
    assert!(dmu(tmp.path(), &["new", "Северсталь"]).status.success());
    for (query, name) in
        [("волга", "Volga Pipe Works"), ("Volga", "Volga Pipe Works"), ("severstal", "Северсталь")]
    {
        let o = dmu(tmp.path(), &["show", query]);
        assert!(o.status.success(), "{query}: {}", stderr(&o));
        assert!(stdout(&o).starts_with(name), "{query}: {}", stdout(&o));
    }
}

/// Counts are said with the word in its form for that count, never `account(s)`.
#[test]
fn counts_are_said_in_words_that_agree_with_them() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(tmp.path());
    assert!(dmu(tmp.path(), &["new", "Acme"]).status.success());
    let o = dmu(tmp.path(), &["new", "Acme"]);
    assert!(stderr(&o).contains("Note: 1 other account has this name;"), "{}", stderr(&o));
    let o = dmu(tmp.path(), &["new", "acme"]);
    assert!(stderr(&o).contains("Note: 2 other accounts have this name;"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("(s)"), "{}", stderr(&o));
    let o = dmu(tmp.path(), &["portfolio", "--today", "2026-11-27"]);
    assert!(stdout(&o).starts_with("Portfolio on 2026-11-27: 4 accounts,"), "{}", stdout(&o));
    let only = tempfile::tempdir().unwrap();
    std::fs::create_dir(only.path().join("accounts")).unwrap();
    std::fs::write(
        only.path().join("accounts/solo.json"),
        r#"{"schema":1,"id":"a","name":"Solo","people":[{"id":"p","name":"P"}],
        "demands":[{"id":"d1","date":"2026-11-20","text":"x"},{"id":"d2","date":"2026-11-01","text":"y"}]}"#,
    )
    .unwrap();
    let text = stdout(&dmu(only.path(), &["portfolio", "--today", "2026-11-27"]));
    assert!(text.starts_with("Portfolio on 2026-11-27: 1 account,"), "{text}");
    assert!(text.contains("Solo: 2 demands beyond the contract in the last 90 days, up from 0"), "{text}");
    assert!(!text.contains("(s)"), "{text}");
}
