//! The command line in Russian: help, usage errors, `check` and `changes`, and which of
//! `--lang`, `DMU_LANG` and the locale wins.

mod common;

use clap::CommandFactory;
use common::russian::english_words;
use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

/// Runs `dmu ARGS` with only the given language variables set (none of the caller's).
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dmu"));
    cmd.env_remove("DMU_DATA_DIR")
        .env_remove("DMU_CONFIG")
        .env_remove("DMU_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("XDG_CONFIG_HOME", "/nonexistent/dmu-tests-config")
        .args(args);
    for (k, v) in env {
        cmd.env(k, OsStr::new(v));
    }
    cmd.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The words a Russian help may write in Latin letters: the names of commands, flags,
/// values and value placeholders, which are typed as they are.
fn typed_words() -> String {
    let mut cmd = dmu::cli::Cli::command();
    cmd.build();
    let mut words = HashSet::new();
    collect(&cmd, &mut words);
    words.into_iter().collect::<Vec<_>>().join(" ")
}

fn collect(cmd: &clap::Command, out: &mut HashSet<String>) {
    out.insert(cmd.get_name().to_string());
    for a in cmd.get_arguments() {
        // A positional without a value name shows its id in capitals (`<TARGETS>`).
        out.insert(a.get_id().to_string().to_uppercase());
        out.insert(a.get_id().to_string());
        out.extend(a.get_long().map(str::to_string));
        out.extend(a.get_value_names().into_iter().flatten().map(|v| v.to_string()));
        out.extend(a.get_possible_values().iter().map(|v| v.get_name().to_string()));
    }
    for sc in cmd.get_subcommands() {
        collect(sc, out);
    }
}

/// The Latin words of a Russian help that are no typed name.
fn english_in_help(help: &str) -> Vec<String> {
    // Help quotes example commands and file names; those are typed too.
    let allowed = format!("{} {}", typed_words(), EXAMPLES);
    english_words(help, &allowed)
}

/// What help quotes to type: git's settings, example commands and files, JSON keys,
/// environment variables, and the words `dmu config` prints as they are.
const EXAMPLES: &str = "merge driver diff textconv gitattributes config name accounts log NAME echo \
     last sync man RFC Tsvg README amocrm bitrix24 hubspot pipedrive salesforce zoho docs pull model \
     O A B P OURS THEIRS BASE REMOTE URL UTC roff error settings DATA DIR CONFIG LANG Acme Tools northwind \
     since file changes conflicts keys 7d 2w";

#[test]
fn help_is_russian_with_the_flag() {
    let o = run(&["--lang", "ru", "--help"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let help = stdout(&o);
    for heading in ["Использование:", "Команды:", "Параметры:"] {
        assert!(help.contains(heading), "{heading}:\n{help}");
    }
    assert!(help.contains("Показать справку"), "{help}");
    assert_eq!(english_in_help(&help), Vec::<String>::new(), "{help}");
}

#[test]
fn every_command_help_is_russian() {
    for sub in dmu::cli::Cli::command().get_subcommands().map(|s| s.get_name().to_string()) {
        let o = run(&["--lang", "ru", &sub, "--help"], &[]);
        assert_eq!(o.status.code(), Some(0), "{sub}: {}", stderr(&o));
        let help = stdout(&o);
        assert!(help.contains("Использование:"), "{sub}:\n{help}");
        assert_eq!(english_in_help(&help), Vec::<String>::new(), "{sub}:\n{help}");
    }
}

#[test]
fn export_help_says_its_formats_in_russian() {
    let o = run(&["--lang", "ru", "export", "--help"], &[]);
    let help = stdout(&o);
    assert!(help.contains("Аргументы:") && help.contains("Параметры:"), "{help}");
    assert!(help.contains("Возможные значения:") && help.contains("[по умолчанию: json]"), "{help}");
    assert!(!help.contains("[OPTIONS]") && help.contains("[ПАРАМЕТРЫ]"), "{help}");
    assert_eq!(english_in_help(&help), Vec::<String>::new(), "{help}");
}

#[test]
fn english_help_is_as_before() {
    let o = run(&["--help"], &[]);
    let help = stdout(&o);
    assert!(help.starts_with("Map the decision-making unit"), "{help}");
    assert!(help.contains("Usage: dmu [OPTIONS] [COMMAND]") && help.contains("Options:"), "{help}");
}

#[test]
fn the_locale_chooses_the_language_and_the_flag_and_dmu_lang_come_first() {
    let russian = |o: &Output| stdout(o).contains("Использование:");
    let english = |o: &Output| stdout(o).contains("Usage:");
    assert!(russian(&run(&["--help"], &[("LANG", "ru_RU.UTF-8")])));
    assert!(english(&run(&["--help"], &[("LANG", "en_US.UTF-8")])));
    assert!(english(&run(&["--help"], &[("LANG", "ru_RU.UTF-8"), ("DMU_LANG", "en")])));
    assert!(english(&run(&["--lang", "en", "--help"], &[("DMU_LANG", "ru")])));
    assert!(russian(&run(&["--lang", "ru", "--help"], &[("DMU_LANG", "en")])));
}

#[test]
fn usage_errors_are_russian() {
    let o = run(&["--lang", "ru", "export", "x", "--format", "pdf"], &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("ошибка: недопустимое значение «pdf» для «--format"), "{err}");

    let err = stderr(&run(&["--lang", "ru", "list", "--jsn"], &[]));
    assert!(err.contains("неизвестный аргумент «--jsn»") && err.contains("«--json»"), "{err}");

    let err = stderr(&run(&["--lang", "ru", "export", "--format"], &[]));
    assert!(err.contains("нужно значение"), "{err}");

    // A command without its subcommand shows its help, in Russian.
    let o = run(&["--lang", "ru", "trash"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Использование: dmu trash"), "{}", stderr(&o));

    let err = stderr(&run(&["--lang", "ru", "chek"], &[]));
    assert!(err.contains("неизвестная команда «chek»") && err.contains("«check»"), "{err}");

    let err = stderr(&run(&["--lang", "ru", "check", "--today", "2026-02-30", "--strict"], &[]));
    assert!(err.contains("в феврале 2026 года 28 дней"), "{err}");
    assert_eq!(english_words(&err, &typed_words()), Vec::<String>::new(), "{err}");
}

const BROKEN: &str = "{\n  \"schema\": 1,\n  \"id\": \"acc-x\",\n  \"name\": \"X\",\n  \"people\": [\n    {\"id\": \"p1\", \"name\": \"P\", \"influence\": 9}\n  ],\n  \"links\": [\n    {\"from\": \"p1\", \"to\": \"p9\", \"kind\": \"reports_to\"}\n  ]\n}\n";

#[test]
fn check_says_what_is_wrong_in_russian() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("broken.json");
    std::fs::write(&file, BROKEN).unwrap();
    let data = tmp.path().join("data");
    let o = common::cli::dmu(&data, &["check", "--lang", "ru", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("влияние P (p1) равно 9, а должно быть от 1 до 5"), "{out}");
    assert!(out.contains("конец связи `p9`: нет человека с таким id"), "{out}");
    assert_eq!(stderr(&o), "Проверен 1 файл: 2 проблемы; с ошибками: 1.\n");
    assert_eq!(english_words(&out, &format!("{BROKEN} {}", file.display())), Vec::<String>::new(), "{out}");
}

#[test]
fn check_counts_files_with_russian_plurals() {
    let tmp = tempfile::tempdir().unwrap();
    let accounts = tmp.path().join("accounts");
    std::fs::create_dir(&accounts).unwrap();
    for n in 1..=5 {
        let json = format!("{{\"schema\": 1, \"id\": \"a{n}\", \"name\": \"A{n}\"}}");
        std::fs::write(accounts.join(format!("a{n}.json")), json).unwrap();
    }
    // (A note that others can read the temporary folder may come first.)
    let o = common::cli::dmu(tmp.path(), &["--lang", "ru", "check"]);
    assert!(stderr(&o).ends_with("\nПроверено 5 файлов: ошибок нет.\n"), "{}", stderr(&o));
    std::fs::remove_file(accounts.join("a5.json")).unwrap();
    let o = common::cli::dmu(tmp.path(), &["--lang", "ru", "check"]);
    assert!(stderr(&o).ends_with("\nПроверено 4 файла: ошибок нет.\n"), "{}", stderr(&o));
}

fn account_with_history(root: &Path) {
    let accounts = root.join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    let json = serde_json::json!({
        "schema": 1, "id": "acc-n", "name": "Northwind",
        "team": [ { "id": "t-anna", "name": "Anna Berg", "function": "sales" } ],
        "people": [ { "id": "p-olga", "name": "Ольга Кузнецова" }, { "id": "p-o", "name": "Olga" } ],
        "history": [
            { "id": "h1", "at": "2026-11-20T10:00:00Z", "by": "t-anna", "person": "p-olga",
              "record": "links/p-olga>p-o>reports_to", "change": "added" },
            { "id": "h2", "at": "2026-11-21T10:00:00Z", "by": "t-anna", "person": "p-sergey",
              "record": "people/p-sergey", "change": "removed", "label": "Сергей Петров" }
        ],
        "conflicts": [
            { "id": "c1", "path": "people/p-olga/influence", "base": 2, "ours": 3, "theirs": 4, "kept": "ours",
              "at": "2026-11-21T10:00:00Z" },
            { "id": "c2", "path": "people/p-o/influence", "base": 2, "ours": 3, "theirs": 4, "kept": "theirs",
              "at": "2026-11-21T10:00:00Z" }
        ]
    });
    std::fs::write(accounts.join("northwind.json"), serde_json::to_string_pretty(&json).unwrap()).unwrap();
}

#[test]
fn changes_are_told_in_russian_with_plurals() {
    let tmp = tempfile::tempdir().unwrap();
    account_with_history(tmp.path());
    let o = common::cli::dmu(tmp.path(), &["changes", "--lang", "ru", "--since", "2026-11-01"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Изменения с 01.11.2026 (время UTC)\n"), "{out}");
    assert!(out.contains("добавлено: связь «Ольга Кузнецова → Olga (подчинение)» (Anna Berg)"), "{out}");
    assert!(out.contains("удалено: Сергей Петров (человек) (Anna Berg)"), "{out}");
    assert!(out.contains("2 конфликта к решению: people/p-olga/influence, people/p-o/influence"), "{out}");
    assert!(out.contains("оставлено 3 (наше), другое значение — 4 (их)"), "{out}");
    let data = std::fs::read_to_string(tmp.path().join("accounts/northwind.json")).unwrap();
    // UTC is how times are given; the file's name is the rep's own.
    assert_eq!(english_words(&out, &format!("{data} UTC northwind.json")), Vec::<String>::new(), "{out}");

    let o = common::cli::dmu(tmp.path(), &["changes", "--lang", "ru", "--since", "2026-11-30"]);
    assert!(stdout(&o).starts_with("С 30.11.2026 ничего не изменилось."), "{}", stdout(&o));
}
