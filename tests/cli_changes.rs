//! `dmu changes` on the real binary: entries since a start, grouped by account then by
//! person, as text, Markdown and JSON; every form of `--since`; one account.

mod common;

use common::cli::dmu;
use dmu::change::timeline::format_time;
use dmu::model::{Date, timestamp};
use serde_json::{Value, json};
use std::path::Path;

/// Now, in seconds since 1970, rounded down to the minute so that every time shown
/// in minutes is exact.
fn now() -> u64 {
    let s = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    s - s % 60
}

/// The time `days` (and `hours`) ago, as the file writes it and as the output shows it.
fn ago(days: u64, hours: u64) -> (String, String) {
    let t = now() - days * 86_400 - hours * 3600;
    (timestamp(t), format_time(t as i64))
}

fn write(root: &Path, slug: &str, v: Value) {
    let data = dmu::store::DataDir::at(root);
    data.ensure().unwrap();
    std::fs::write(
        data.accounts_dir().join(format!("{slug}.json")),
        serde_json::to_string_pretty(&v).unwrap(),
    )
    .unwrap();
}

fn entry(id: &str, at: &str, rest: Value) -> Value {
    let mut e = json!({ "id": id, "at": at });
    e.as_object_mut().unwrap().extend(rest.as_object().unwrap().clone());
    e
}

/// Three accounts: Northwind with changes of two people, a person removed and a
/// conflict; Volga with one change; Quiet with only old history.
fn data(root: &Path) {
    write(
        root,
        "northwind",
        json!({
            "schema": 1, "id": "acc-northwind", "name": "Northwind Machining",
            "team": [ { "id": "t-anna", "name": "Anna Berg", "function": "sales" } ],
            "people": [
                { "id": "p-olga", "name": "Ольга Кузнецова", "stance": "neutral" },
                { "id": "p-ivanov", "name": "Пётр Иванов", "influence": 4 },
                { "id": "p-o", "name": "Olga" }
            ],
            "history": [
                entry("h-old", &ago(30, 0).0, json!({ "person": "p-ivanov", "field": "influence", "from": 2, "to": 3 })),
                entry("h-10d", &ago(10, 0).0, json!({ "by": "t-anna", "person": "p-olga", "field": "stance",
                                                       "from": "opponent", "to": "skeptic" })),
                entry("h-2d", &ago(2, 0).0, json!({ "by": "Jane", "person": "p-ivanov", "field": "influence",
                                                     "from": 3, "to": 4 })),
                entry("h-3d", &ago(3, 0).0, json!({ "by": "t-anna", "person": "p-olga", "field": "stance",
                                                     "from": "skeptic", "to": "neutral", "note": "Backed our proposal" })),
                entry("h-1d", &ago(1, 0).0, json!({ "by": "t-anna", "person": "p-sergey", "record": "people/p-sergey",
                                                     "change": "removed", "label": "Сергей Петров" })),
                entry("h-1d-link", &ago(1, 0).0, json!({ "by": "t-anna", "person": "p-ivanov",
                                                          "record": "links/p-ivanov>p-o>reports_to", "change": "added",
                                                          "label": "Пётр Иванов → Olga (reports to)" })),
                entry("h-1h", &ago(0, 1).0, json!({ "by": "t-anna", "person": "p-olga", "field": "coverage",
                    "from": [], "to": [ { "member": "t-anna", "strength": "medium" } ] }))
            ],
            "conflicts": [ { "id": "c1", "path": "people/p-ivanov/stance", "base": "neutral", "ours": "supporter",
                             "theirs": "skeptic", "kept": "ours", "at": ago(1, 0).0 } ]
        }),
    );
    write(
        root,
        "volga",
        json!({
            "schema": 1, "id": "acc-volga", "name": "Volga Pipe Works",
            "people": [ { "id": "p-sato", "name": "Kenji Sato", "roles": ["user", "decider"] } ],
            "history": [ entry("v1", &ago(5, 0).0, json!({ "by": "Omar", "person": "p-sato", "field": "roles",
                                                          "from": ["user"], "to": ["user", "decider"] })) ]
        }),
    );
    write(
        root,
        "quiet",
        json!({
            "schema": 1, "id": "acc-quiet", "name": "Quiet Co",
            "history": [ entry("q1", &ago(40, 0).0, json!({ "person": "p-x", "field": "stance", "from": "neutral", "to": "skeptic" })) ]
        }),
    );
}

fn run(root: &Path, args: &[&str]) -> (bool, String, String) {
    let out = dmu(root, args);
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn days_ago(n: i32) -> String {
    Date::today().add_days(-n).to_string()
}

#[test]
fn the_last_seven_days_grouped_by_account_then_person_in_time_order() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    let (ok, out, err) = run(tmp.path(), &["changes"]);
    assert!(ok, "{err}");
    let t = |d, h| ago(d, h).1;
    let expected = format!(
        "Changes since {} (times in UTC)

Northwind Machining (northwind.json)
  {}  removed Сергей Петров (person) (Anna Berg)
  {}  added the link Пётр Иванов reports to Olga (Anna Berg)
  {}  Ольга Кузнецова: stance skeptic → neutral (Anna Berg) — \"Backed our proposal\"
  {}  Ольга Кузнецова: Anna Berg now covers them (medium) (Anna Berg)
  {}  Пётр Иванов: influence 3 → 4 (Jane)
  1 conflict to decide: people/p-ivanov/stance
    stance of Пётр Иванов: kept supporter (ours), the other was skeptic (theirs)

Volga Pipe Works (volga.json)
  {}  Kenji Sato: roles user → user, decider (Omar)
",
        days_ago(7),
        t(1, 0),
        t(1, 0),
        t(3, 0),
        t(0, 1),
        t(2, 0),
        t(5, 0)
    );
    assert_eq!(out, expected);
    assert_eq!(run(tmp.path(), &["changes", "--since", "7d"]).1, expected, "7d is the default");
}

#[test]
fn since_a_date_or_weeks_back_reaches_further() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    let date = days_ago(20);
    for since in [date.as_str(), "2w", "3W"] {
        let (ok, out, err) = run(tmp.path(), &["changes", "--since", since]);
        assert!(ok, "{since}: {err}");
        assert!(out.contains("Ольга Кузнецова: stance opponent → skeptic (Anna Berg)"), "{since}: {out}");
        assert!(!out.contains("influence 2 → 3"), "30 days ago is before the start: {out}");
        assert!(!out.contains("Quiet Co"), "{out}");
    }
    assert!(run(tmp.path(), &["changes", "--since", &date]).1.starts_with(&format!("Changes since {date} ")));
    let (_, all, _) = run(tmp.path(), &["changes", "--since", "2000-01-01"]);
    assert!(
        all.contains("influence 2 → 3")
            && all.contains("Quiet Co (quiet.json)\n  ")
            && all.contains("p-x: stance")
    );
    // Seven seconds past a minute is never the start of a day.
    let t = now() - 2 * 86_400 - 3600 + 7;
    let (_, exact, _) = run(tmp.path(), &["changes", "--since", &timestamp(t)]);
    assert!(exact.starts_with(&format!("Changes since {} (", format_time(t as i64))), "a time: {exact}");
    assert!(exact.contains("influence 3 → 4") && !exact.contains("skeptic → neutral"), "{exact}");
}

#[test]
fn since_the_last_sync_needs_a_sync() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    let (ok, out, err) = run(tmp.path(), &["changes", "--since", "last-sync"]);
    assert!(!ok && out.is_empty());
    assert!(err.contains("has not synced yet") && err.contains("7d, 2w"), "{err}");
    let (mark, shown) = ago(2, 12);
    dmu::sync::mark_synced(tmp.path(), &mark).unwrap();
    let (ok, out, err) = run(tmp.path(), &["changes", "--since", "last-sync"]);
    assert!(ok, "{err}");
    assert!(out.starts_with(&format!("Changes since the last sync, {shown} (times in UTC)\n")), "{out}");
    assert!(out.contains("influence 3 → 4") && out.contains("removed Сергей Петров"), "{out}");
    assert!(!out.contains("skeptic → neutral") && !out.contains("Volga"), "before the sync: {out}");
}

#[test]
fn nothing_changed_is_said_once() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    let (ok, out, _) = run(tmp.path(), &["changes", "quiet"]);
    assert!(ok);
    assert_eq!(out, format!("Nothing changed since {}.\n", days_ago(7)));
    let (ok, out, _) = run(tmp.path(), &["changes", "quiet", "--format", "md"]);
    assert!(ok);
    assert_eq!(out, format!("Nothing changed since {}.\n", days_ago(7)));
}

#[test]
fn one_account_by_name_or_file() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    for q in ["volga", "Volga Pipe", "acc-volga"] {
        let (ok, out, err) = run(tmp.path(), &["changes", q]);
        assert!(ok, "{q}: {err}");
        assert!(out.contains("Volga Pipe Works (volga.json)") && !out.contains("Northwind"), "{q}: {out}");
    }
    let (ok, _, err) = run(tmp.path(), &["changes", "nosuch"]);
    assert!(!ok && err.contains("nosuch"), "{err}");
}

#[test]
fn markdown_has_a_heading_per_account_and_person() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    let (ok, out, err) = run(tmp.path(), &["changes", "--format", "md"]);
    assert!(ok, "{err}");
    let t = |d, h| ago(d, h).1;
    let expected = format!(
        "# Changes since {} (times in UTC)

## Northwind Machining

- `{}` removed Сергей Петров (person) (Anna Berg)
- `{}` added the link Пётр Иванов reports to Olga (Anna Berg)

### Ольга Кузнецова

- `{}` stance skeptic → neutral (Anna Berg) — \"Backed our proposal\"
- `{}` Anna Berg now covers them (medium) (Anna Berg)

### Пётр Иванов

- `{}` influence 3 → 4 (Jane)

**1 conflict to decide: people/p-ivanov/stance**

- stance of Пётр Иванов: kept supporter (ours), the other was skeptic (theirs)

## Volga Pipe Works

### Kenji Sato

- `{}` roles user → user, decider (Omar)
",
        days_ago(7),
        t(1, 0),
        t(1, 0),
        t(3, 0),
        t(0, 1),
        t(2, 0),
        t(5, 0)
    );
    assert_eq!(out, expected);
}

#[test]
fn json_is_a_stable_shape_for_scripts() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    let (ok, out, err) = run(tmp.path(), &["changes", "--format", "json"]);
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["since"], format!("{}T00:00:00Z", days_ago(7)));
    let accounts = v["accounts"].as_array().unwrap();
    let ids: Vec<&str> = accounts.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["acc-northwind", "acc-volga"], "accounts with nothing to say are left out");
    let n = &accounts[0];
    assert_eq!(
        (n["name"].as_str(), n["file"].as_str()),
        (Some("Northwind Machining"), Some("northwind.json"))
    );
    let changes = n["changes"].as_array().unwrap();
    let ids: Vec<&str> = changes.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["h-1d", "h-1d-link", "h-3d", "h-1h", "h-2d"], "in the order the text shows");
    let stance = &changes[2];
    assert_eq!(
        *stance,
        json!({
            "id": "h-3d", "at": ago(3, 0).0, "by": "t-anna", "by_name": "Anna Berg", "person": "p-olga",
            "person_name": "Ольга Кузнецова", "field": "stance", "from": "skeptic", "to": "neutral",
            "record": null, "change": null, "note": "Backed our proposal",
            "text": "Ольга Кузнецова: stance skeptic → neutral (Anna Berg) — \"Backed our proposal\""
        })
    );
    assert_eq!(changes[0]["person_name"], "Сергей Петров", "a removed person by their label");
    assert_eq!(changes[4]["by_name"], "Jane", "a free name as given");
    assert_eq!(n["conflicts"][0]["path"], "people/p-ivanov/stance");
    assert_eq!(n["conflicts"][0]["kept"], "ours");
    let (_, quiet, _) = run(tmp.path(), &["changes", "quiet", "--format", "json"]);
    let q: Value = serde_json::from_str(&quiet).unwrap();
    assert_eq!(q["accounts"][0]["changes"], json!([]), "the one account asked for is there, empty");
}

#[test]
fn a_bad_since_names_the_forms_it_takes() {
    let tmp = tempfile::tempdir().unwrap();
    data(tmp.path());
    for bad in ["yesterday", "7", "2026-02-30", "-1d"] {
        let out = dmu(tmp.path(), &["changes", &format!("--since={bad}")]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{bad}: a usage error");
        assert!(
            err.contains("2026-11-25") && err.contains("7d, 2w") && err.contains("last-sync"),
            "{bad}: {err}"
        );
    }
}

#[test]
fn help_shows_examples() {
    let tmp = tempfile::tempdir().unwrap();
    let (ok, out, _) = run(tmp.path(), &["changes", "--help"]);
    assert!(ok);
    assert!(out.contains("Examples:") && out.contains("dmu changes --since last-sync"), "{out}");
}
