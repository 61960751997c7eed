//! `dmu diff-text FILE` on the real binary: the one-fact-a-line rendering git's textconv
//! shows, a file that is not an account echoed as it is, and a real `git log -p`.

use serde_json::{Value, json};
use std::path::Path;
use std::process::{Command, Output};

fn diff_text(file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dmu"))
        .env_remove("DMU_DATA_DIR")
        .env_remove("DMU_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/dmu-tests-config")
        .arg("diff-text")
        .arg(file)
        .output()
        .unwrap()
}

fn sample() -> Value {
    json!({
        "schema": 1, "id": "acc-northwind", "name": "Northwind Machining", "industry": "Industrial machinery",
        "tier": "key", "currency": "EUR", "annual_revenue": 1200000, "margin": 18,
        "notes": "Two lines\nof notes",
        "team": [
            { "id": "t-omar", "name": "Omar Haddad", "function": "technical" },
            { "id": "t-anna", "name": "Anna Berg", "function": "sales" }
        ],
        "people": [
            { "id": "p-ivanov", "name": "Пётр Иванов", "title": "Chief Engineer", "roles": ["influencer", "user"],
              "stance": "supporter", "influence": 4, "last_contact": "2026-10-01",
              "coverage": [ { "member": "t-omar", "strength": "strong" }, { "member": "t-anna", "strength": "weak" } ] },
            { "id": "p-olga", "name": "Ольга Кузнецова", "roles": ["decider"], "stance": "skeptic", "influence": 4,
              "stance_basis": "observed", "status": "leaving", "status_on": "2027-03-01", "favours": "Uralmash Service",
              "email": "olga@example.com", "external_ids": { "salesforce": "0035g00000XyZab" },
              "coverage": [ { "member": "t-anna", "strength": "strong" } ] },
            { "id": "p-o2", "name": "Olga", "crm_id": "C-17" },
            { "id": "p-o1", "name": "Olga", "notes": "Evil \u{1b}[31mred" }
        ],
        "links": [
            { "from": "p-olga", "to": "p-o1", "kind": "influences", "strength": "strong" },
            { "from": "p-ivanov", "to": "p-o1", "kind": "reports_to" }
        ],
        "actions": [
            { "id": "a2", "text": "Call back", "owner": "t-anna", "due": "2026-12-10", "done": "2026-12-01" },
            { "id": "a1", "text": "Send the trial report", "owner": "t-omar", "person": "p-ivanov", "due": "2026-12-04" }
        ],
        "demands": [ { "id": "d1", "date": "2026-10-05", "text": "Free training", "kind": "service", "granted": true } ],
        "deals": [ { "id": "d1", "name": "Lathes", "stage": "proposal", "value": 500000 } ],
        "history": [
            { "id": "h2", "at": "2026-11-28T10:00:00Z", "by": "Jane", "person": "p-olga", "field": "coverage",
              "from": [ { "member": "t-anna", "strength": "weak" } ], "to": [ { "member": "t-anna", "strength": "strong" } ] },
            { "id": "h1", "at": "2026-11-27T14:05:00Z", "by": "t-anna", "person": "p-olga", "field": "stance",
              "from": "neutral", "to": "skeptic", "note": "Doubts the payback" },
            { "id": "h3", "at": "2026-11-29T08:30:00Z", "by": "t-omar", "record": "people/p-sergey", "change": "removed",
              "label": "Сергей Петров" }
        ],
        "conflicts": [ { "id": "c1", "path": "people/p-ivanov/stance", "base": "neutral", "ours": "supporter",
                         "theirs": "skeptic", "kept": "ours", "at": "2026-11-28T09:00:00Z" } ]
    })
}

const EXPECTED: &str = "\
Account: Northwind Machining (key)
id: acc-northwind
industry: Industrial machinery
currency: EUR
annual revenue: 1200000
notes: Two lines of notes
margin: 18

Team
Anna Berg (sales)
Omar Haddad (technical)

People
Olga [p-o1]: stance unknown
Olga [p-o1]: stance basis reported
Olga [p-o1]: influence 3
Olga [p-o1]: status active
Olga [p-o1]: notes Evil \u{FFFD}[31mred
Olga [p-o2]: stance unknown
Olga [p-o2]: stance basis reported
Olga [p-o2]: influence 3
Olga [p-o2]: status active
Olga [p-o2]: crm id C-17
Ольга Кузнецова: roles decider
Ольга Кузнецова: stance skeptic
Ольга Кузнецова: stance basis observed
Ольга Кузнецова: influence 4
Ольга Кузнецова: status leaving
Ольга Кузнецова: status since 2027-03-01
Ольга Кузнецова: favours Uralmash Service
Ольга Кузнецова: covered by Anna Berg (strong)
Ольга Кузнецова: email olga@example.com
Ольга Кузнецова: external ids salesforce 0035g00000XyZab
Пётр Иванов: title Chief Engineer
Пётр Иванов: roles influencer, user
Пётр Иванов: stance supporter
Пётр Иванов: stance basis reported
Пётр Иванов: influence 4
Пётр Иванов: status active
Пётр Иванов: covered by Anna Berg (weak)
Пётр Иванов: covered by Omar Haddad (strong)
Пётр Иванов: last contact 2026-10-01

Links
Ольга Кузнецова influences Olga [p-o1] (strong)
Пётр Иванов reports to Olga [p-o1]

Follow-ups
\"Send the trial report\": Omar Haddad, due 2026-12-04, with Пётр Иванов
\"Call back\": Anna Berg, due 2026-12-10, done 2026-12-01

Demands
2026-10-05 \"Free training\": extra service, granted

Deals
Lathes: stage proposal
Lathes: value 500000

History
2026-11-27 14:05 Ольга Кузнецова: stance neutral → skeptic (Anna Berg) — \"Doubts the payback\"
2026-11-28 10:00 Ольга Кузнецова: coverage: Anna Berg weak → strong (Jane)
2026-11-29 08:30 removed Сергей Петров (person) (Omar Haddad)

Conflicts
stance of Пётр Иванов: kept supporter (ours), the other was skeptic (theirs)
";

fn write(dir: &Path, name: &str, v: &Value) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(v).unwrap()).unwrap();
    path
}

#[test]
fn an_account_reads_one_fact_a_line_sorted_and_inert() {
    let tmp = tempfile::tempdir().unwrap();
    let out = diff_text(&write(tmp.path(), "a.json", &sample()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), EXPECTED);
}

#[test]
fn the_order_of_records_in_the_file_does_not_change_the_text() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = sample();
    for list in ["team", "people", "links", "actions", "history"] {
        v[list].as_array_mut().unwrap().reverse();
    }
    v["people"][3]["coverage"].as_array_mut().unwrap().reverse();
    let out = diff_text(&write(tmp.path(), "a.json", &v));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), EXPECTED);
}

#[test]
fn a_file_that_is_not_an_account_is_echoed_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let conflicted = "{\n<<<<<<< ours\n  \"name\": \"A\",\n=======\n  \"name\": \"B\",\n>>>>>>> theirs\n}\n";
    for (name, bytes) in [
        ("conflict.json", conflicted.as_bytes().to_vec()),
        ("binary.json", vec![0xff, 0xfe, 0x00, b'{', 0x1b]),
        ("empty.json", Vec::new()),
        ("not-an-account.json", b"{\"schema\": 1}".to_vec()),
    ] {
        let path = tmp.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let out = diff_text(&path);
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.stdout, bytes, "{name}");
    }
    let missing = diff_text(&tmp.path().join("missing.json"));
    assert!(!missing.status.success(), "a file that is not there is an error, not an empty version");
}

#[test]
fn ten_thousand_people_render_quickly() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = dmu::generate::account(10_000, 7);
    for (i, p) in a.people.iter().enumerate().take(5_000) {
        let mut e = dmu::model::HistoryEntry::new(
            format!("h{i}"),
            dmu::model::timestamp(1_790_000_000 + i as u64),
            None,
        );
        e.person = Some(p.id.clone());
        e.field = Some("influence".into());
        e.from = Some(json!(3));
        e.to = Some(json!(4));
        a.history.push(e);
    }
    let path = tmp.path().join("big.json");
    std::fs::write(&path, a.to_canonical_json()).unwrap();
    let started = std::time::Instant::now();
    let out = diff_text(&path);
    let took = started.elapsed();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 10_000 * 4 + 5_000, "every person and entry has its lines");
    // Unoptimised and on a shared machine; an optimised build is several times faster.
    assert!(took < std::time::Duration::from_secs(10), "took {took:?}");
}

fn git(repo: &Path, home: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(repo)
        .env("HOME", home)
        .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "core.pager=cat"])
        .args(["-c", "color.ui=false", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn git_log_shows_changed_facts_and_new_history_as_sentences() {
    let tmp = tempfile::tempdir().unwrap();
    let (repo, home) = (tmp.path().join("repo"), tmp.path().join("home"));
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(home.join("gitconfig"), "").unwrap();
    git(&repo, &home, &["init", "-q"]);
    std::fs::write(repo.join(".gitattributes"), "*.json diff=dmu\n").unwrap();
    let textconv = format!("'{}' diff-text", env!("CARGO_BIN_EXE_dmu"));
    git(&repo, &home, &["config", "diff.dmu.textconv", &textconv]);

    let mut v = sample();
    v["history"] = json!([]);
    let account: dmu::model::Account = serde_json::from_value(v.clone()).unwrap();
    std::fs::write(repo.join("northwind.json"), account.to_canonical_json()).unwrap();
    git(&repo, &home, &["add", "."]);
    git(&repo, &home, &["commit", "-q", "-m", "Northwind"]);

    let mut account = account;
    let olga = account.people.iter_mut().find(|p| p.id == "p-olga").unwrap();
    olga.stance = dmu::model::Stance::Neutral;
    let mut e =
        dmu::model::HistoryEntry::new("h9".into(), "2026-11-27T14:05:00Z".into(), Some("t-anna".into()));
    e.person = Some("p-olga".into());
    e.field = Some("stance".into());
    e.from = Some(json!("skeptic"));
    e.to = Some(json!("neutral"));
    account.history.push(e);
    std::fs::write(repo.join("northwind.json"), account.to_canonical_json()).unwrap();
    git(&repo, &home, &["commit", "-q", "-am", "Olga came round"]);

    let log = git(&repo, &home, &["log", "-p"]);
    for line in [
        "-Ольга Кузнецова: stance skeptic",
        "+Ольга Кузнецова: stance neutral",
        "+2026-11-27 14:05 Ольга Кузнецова: stance skeptic → neutral (Anna Berg)",
        "+Account: Northwind Machining (key)",
    ] {
        assert!(log.lines().any(|l| l == line), "no line {line:?} in:\n{log}");
    }
    assert!(!log.contains("\"stance\": \"neutral\""), "the JSON itself is not shown:\n{log}");
}
