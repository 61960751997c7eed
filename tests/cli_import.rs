//! `dmu import` on the real binary: other companies with `--company` and `--new`, a
//! named profile, the JSON preview, rows one by one, vCard and Excel files.

mod common;

use common::cli::dmu;
use std::path::Path;

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name).display().to_string()
}

fn ok(o: &std::process::Output) -> String {
    assert!(o.status.success(), "dmu failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_whole_crm_export_goes_to_the_company_named_and_the_rest_with_new() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    ok(&dmu(data, &["new", "Volga Pipe Works"]));
    let file = fixture("whole_crm.csv");
    let text = ok(&dmu(data, &["import", &file, "--account", "volga", "--dry-run"]));
    assert!(text.contains("7 rows of 3 other companies left out"), "{text}");
    assert!(text.contains("add --company NAME"), "{text}");
    let text =
        ok(&dmu(data, &["import", &file, "--account", "volga", "--company", "Волжский трубный завод"]));
    assert!(text.contains("3 people added"), "{text}");
    assert!(text.contains("4 rows of 2 other companies left out"), "{text}");
    let text = ok(&dmu(
        data,
        &["import", &file, "--account", "volga", "--company", "Волжский трубный завод", "--new"],
    ));
    assert!(text.contains("Into Helios Freight AG (created)"), "{text}");
    let list = ok(&dmu(data, &["list", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3, "{list}");
    // Again: nothing anywhere.
    let text = ok(&dmu(
        data,
        &["import", &file, "--account", "volga", "--company", "Волжский трубный завод", "--new"],
    ));
    assert_eq!(text.matches("Nothing to change").count(), 3, "{text}");
}

#[test]
fn the_json_preview_lists_rows_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    ok(&dmu(data, &["new", "Helios Freight AG"]));
    let before = std::fs::read(data.join("accounts/helios-freight-ag.json")).unwrap();
    let out = ok(&dmu(
        data,
        &[
            "import",
            &fixture("salesforce_report.csv"),
            "--account",
            "helios",
            "--dry-run",
            "--format",
            "json",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["recognised_as"], "Salesforce report");
    assert_eq!(v["system"], "salesforce");
    assert_eq!(v["dry_run"], true);
    let acc = &v["accounts"][0];
    assert_eq!(acc["added"], 6);
    assert_eq!(acc["links_added"], 5);
    assert_eq!(acc["rows"].as_array().unwrap().len(), 6);
    assert_eq!(acc["rows"][0]["outcome"], "added");
    // Both ends of a reporting line are named, the new people included.
    let links: Vec<&str> =
        acc["links"].as_array().unwrap().iter().map(|l| l["text"].as_str().unwrap()).collect();
    assert!(links.contains(&"由紀 田中 reports to Margaret Chen: added"), "{links:?}");
    assert_eq!(std::fs::read(data.join("accounts/helios-freight-ag.json")).unwrap(), before);
    let rows = ok(&dmu(
        data,
        &["import", &fixture("salesforce_report.csv"), "--account", "helios", "--dry-run", "--rows"],
    ));
    assert!(rows.contains("line 2: ") && rows.contains(": added"), "{rows}");
}

#[test]
fn vcards_and_workbooks_import_too_and_a_missing_profile_says_what_exists() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    ok(&dmu(data, &["new", "Contacts"]));
    let text = ok(&dmu(data, &["import", &fixture("vcard40.vcf"), "--account", "contacts"]));
    assert!(text.contains("vCard"), "{text}");
    let text = ok(&dmu(data, &["import", &fixture("contacts.xlsx"), "--account", "contacts", "--dry-run"]));
    assert!(text.contains("Excel workbook"), "{text}");
    let o = dmu(data, &["import", &fixture("contacts.xlsx"), "--account", "contacts", "--sheet", "Nope"]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("no sheet"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = dmu(data, &["import", &fixture("zoho.csv"), "--account", "contacts", "--profile", "nonesuch"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("nonesuch") && err.contains("salesforce"), "{err}");
    let text = ok(&dmu(
        data,
        &["import", &fixture("zoho.csv"), "--account", "contacts", "--profile", "zoho", "--dry-run"],
    ));
    assert!(text.contains("Zoho"), "{text}");
    // Without --new an unknown account is an error that says how to create it.
    let o = dmu(data, &["import", &fixture("zoho.csv"), "--account", "Globex"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("--new"));
}

#[test]
fn with_new_and_no_account_each_company_gets_its_own_and_rows_without_one_are_told() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let file = data.join("mixed.csv");
    std::fs::write(&file, "First Name,Last Name,Account Name\nAnn,Lee,Globex\nBo,Chen,Initech\nCy,Day,\n")
        .unwrap();
    let o = dmu(data, &["import", file.to_str().unwrap(), "--new"]);
    let text = ok(&o);
    assert!(text.contains("Into Globex (created)") && text.contains("Into Initech (created)"), "{text}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("1 row without a company left out"), "{err}");
}

/// What a Russian reader must not find: Latin words that are neither names from the
/// file or the account, nor formats and products. Flags (`--dry-run`) are typed as
/// they are, like keys, so they are taken out first.
fn latin_left(text: &str, data: &str) -> Vec<String> {
    let without_flags: String =
        text.split_whitespace().filter(|w| !w.starts_with("--")).collect::<Vec<_>>().join(" ");
    common::russian::english_words(&without_flags, data)
}

#[test]
fn a_russian_dry_run_speaks_russian_with_its_plurals() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    ok(&dmu(data, &["new", "Helios Freight AG"]));
    let file = fixture("salesforce_report.csv");
    // The file's name is the rep's own, as the names in it are.
    let words = std::fs::read_to_string(&file).unwrap() + " Helios Freight AG salesforce_report.csv";
    let text =
        ok(&dmu(data, &["import", &file, "--account", "helios", "--dry-run", "--rows", "--lang", "ru"]));
    assert!(text.contains("отчёт Salesforce, CSV, UTF-8, через запятую, 6 строк"), "{text}");
    assert!(text.contains("В аккаунт Helios Freight AG:"), "{text}");
    assert!(text.contains("6 человек будут добавлены, 0 будут обновлены, 0 без изменений"), "{text}");
    assert!(text.contains("будет добавлено 5 связей подчинения"), "{text}");
    assert!(text.contains("строка 3: 由紀 田中: добавлен"), "{text}");
    assert!(text.contains("由紀 田中: руководитель — Margaret Chen, добавлено"), "{text}");
    assert!(text.contains("Пробный запуск: ничего не изменилось."), "{text}");
    assert_eq!(latin_left(&text, &words), Vec::<String>::new(), "{text}");

    // The import made: the past tense; again: nothing to change.
    let text = ok(&dmu(data, &["import", &file, "--account", "helios", "--lang", "ru"]));
    assert!(text.contains("6 человек добавлены"), "{text}");
    assert!(text.contains("добавлено 5 связей подчинения"), "{text}");
    assert!(text.contains("в истории отмечено «импортировано из salesforce_report.csv»"), "{text}");
    assert_eq!(latin_left(&text, &words), Vec::<String>::new(), "{text}");
    let text = ok(&dmu(data, &["import", &file, "--account", "helios", "--lang", "ru"]));
    assert!(text.contains("0 человек добавлены, 0 обновлены, 6 без изменений"), "{text}");
    assert!(text.contains("Менять нечего: файл совпадает с аккаунтом."), "{text}");

    // One person, two, and rows of other companies.
    let one = data.join("one.csv");
    std::fs::write(&one, "First Name,Last Name\nAnna,Berg\n").unwrap();
    let text =
        ok(&dmu(data, &["import", one.to_str().unwrap(), "-a", "helios", "--dry-run", "--lang", "ru"]));
    assert!(text.contains("1 человек будет добавлен, 0 будут обновлены, 0 без изменений"), "{text}");
    assert!(text.contains("названия столбцов, CSV, UTF-8, через запятую, 1 строка"), "{text}");
    std::fs::write(&one, "First Name,Last Name\nAnna,Berg\nOmar,Haddad\n,\n").unwrap();
    let text =
        ok(&dmu(data, &["import", one.to_str().unwrap(), "-a", "helios", "--dry-run", "--lang", "ru"]));
    assert!(text.contains("2 человека будут добавлены"), "{text}");
    ok(&dmu(data, &["new", "Volga Pipe Works"]));
    let crm = fixture("whole_crm.csv");
    let words = std::fs::read_to_string(&crm).unwrap() + " Volga Pipe Works whole_crm.csv";
    let text = ok(&dmu(data, &["import", &crm, "--account", "volga", "--dry-run", "--lang", "ru"]));
    assert!(text.contains("будет пропущено 7 строк 3 других компаний: "), "{text}");
    assert!(text.contains("Ни одна строка не относится к компании этого аккаунта"), "{text}");
    assert_eq!(latin_left(&text, &words), Vec::<String>::new(), "{text}");
}

#[test]
fn russian_refusals_say_why_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    ok(&dmu(data, &["new", "Contacts"]));
    let empty = data.join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let o = dmu(data, &["import", empty.to_str().unwrap(), "--account", "contacts", "--lang", "ru"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("файл пуст"), "{err}");
    let o = dmu(data, &["import", &fixture("zoho.csv"), "--account", "Globex", "--lang", "ru"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("добавьте --new, чтобы создать аккаунт «Globex»"), "{err}");
}
