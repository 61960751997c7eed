//! `dmu report`, `dmu check --strict`, `dmu portfolio` and `dmu agenda` on real files.

mod common;

use common::cli::dmu;

use std::path::Path;
use std::process::Output;

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn report_json_has_the_documented_shape_on_the_demo() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::demo_data(tmp.path());
    let r = json(&dmu(tmp.path(), &["report", "demo", "--format", "json", "--today", "2026-11-27"]));
    assert_eq!(r["account"], "acc-demo-volga");
    assert_eq!(r["score"], 19);
    assert_eq!(r["vetoes"], serde_json::json!(["p-weber"]));
    assert!(r["sides"]["deciders"].is_f64() && r["sides"]["payers"].is_f64());
    let first = &r["paths"][0];
    assert_eq!(first["target"], "p-sato");
    assert_eq!(first["people"], serde_json::json!(["p-ivanov", "p-sato"]));
    assert!(first["strength"].is_f64());
    assert!(first["weakest"]["from"].is_string() && first["weakest"]["to"].is_string());
    let sure = first["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&sure), "{sure}");
    // A path to each decider and each payer reached, each saying which it is.
    let paths: Vec<(&str, &str)> = r["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["role"].as_str().unwrap(), p["target"].as_str().unwrap()))
        .collect();
    assert_eq!(
        paths,
        [("decider", "p-sato"), ("decider", "p-morozov"), ("payer", "p-volkov"), ("payer", "p-kuznetsova")]
    );
    let codes: Vec<&str> =
        r["red_flags"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"payer_uncovered") && codes.contains(&"blocker"), "{codes:?}");
    for f in r["red_flags"].as_array().unwrap() {
        assert!(f["people"].is_array() && f["message"].is_string());
    }
    let best = &r["next_best"][0];
    assert_eq!(
        (best["person"].as_str(), best["step"].as_str(), best["gain"].as_u64()),
        (Some("p-sato"), Some("raise_stance"), Some(5))
    );
    assert!(best["reason"].as_str().unwrap().contains("佐藤 健"));
    // A step that sends someone names whom of our team (`member`): neutralising the new
    // CFO nobody covers sends the account's salesperson.
    let neutralise = r["next_best"].as_array().unwrap().iter().find(|s| s["step"] == "neutralise").unwrap();
    assert_eq!(
        (neutralise["person"].as_str(), neutralise["member"].as_str()),
        (Some("p-kuznetsova"), Some("t-anna"))
    );
    assert!(neutralise.get("via").is_none(), "no go-between: {neutralise}");
    for format in ["text", "md"] {
        let o = dmu(tmp.path(), &["report", "volga", "--format", format, "--today", "2026-11-27"]);
        assert!(o.status.success());
        assert!(String::from_utf8_lossy(&o.stdout).contains("payer_uncovered"), "{format}");
    }
}

#[test]
fn a_step_through_a_go_between_names_them_in_the_json_report() {
    // The first advice case: a receptive IT analyst we know introduces us to the line
    // manager nobody has met.
    let tmp = tempfile::tempdir().unwrap();
    let accounts = tmp.path().join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/advice_cases/01-calder-receptive-not-powerful.json");
    std::fs::copy(case, accounts.join("calder.json")).unwrap();
    let r = json(&dmu(tmp.path(), &["report", "calder", "--format", "json", "--today", "2026-11-27"]));
    let top = &r["next_best"][0];
    assert_eq!(
        (top["step"].as_str(), top["person"].as_str(), top["via"].as_str(), top["member"].as_str()),
        (Some("introduce"), Some("p-marsh"), Some("p-okoro"), Some("t-priya"))
    );
    assert_eq!(r["score"], 0);
    assert!(r["paths"].as_array().unwrap().is_empty());
}

#[test]
fn check_strict_fails_on_red_flags_that_plain_check_accepts() {
    let tmp = tempfile::tempdir().unwrap();
    // `dmu check` installs no demo account: put it there.
    std::fs::create_dir(tmp.path().join("accounts")).unwrap();
    std::fs::write(tmp.path().join("accounts/demo.json"), include_str!("../assets/demo.json")).unwrap();
    assert_eq!(dmu(tmp.path(), &["check"]).status.code(), Some(0));
    let o = dmu(tmp.path(), &["check", "--strict", "--today", "2026-11-27"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("demo.json: red flag blocker:"), "{out}");
}

fn write_account(data: &Path, slug: &str, tier: &str, revenue: u64, potential: u64) {
    let dir = data.join("accounts");
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!(
        r#"{{"schema":1,"id":"acc-{slug}","name":"{slug}","tier":"{tier}","annual_revenue":{revenue},"potential":{potential},
        "team":[{{"id":"t-1","name":"Anna Berg","function":"sales"}}],
        "people":[{{"id":"p-1","name":"Someone","last_contact":"2026-05-01"}}],
        "actions":[{{"id":"a-1","text":"Call {slug}","owner":"t-1","due":"2026-11-{day}"}}]}}"#,
        day = if slug == "alpha" { "30" } else { "20" }
    );
    std::fs::write(dir.join(format!("{slug}.json")), text).unwrap();
}

#[test]
fn portfolio_json_gives_the_hand_calculated_figures() {
    let tmp = tempfile::tempdir().unwrap();
    // Revenues 600, 300, 100: shares 60%, 30%, 10%; HHI 3600 + 900 + 100 = 4600.
    write_account(tmp.path(), "alpha", "key", 600, 1000);
    write_account(tmp.path(), "beta", "growth", 300, 5000);
    write_account(tmp.path(), "gamma", "maintain", 100, 200);
    let p = json(&dmu(tmp.path(), &["portfolio", "--format", "json", "--today", "2026-11-27"]));
    let c = &p["concentration"];
    assert!((c["top1_share"].as_f64().unwrap() - 0.6).abs() < 1e-9);
    assert!((c["top3_share"].as_f64().unwrap() - 1.0).abs() < 1e-9);
    assert!((c["hhi"].as_f64().unwrap() - 4600.0).abs() < 1e-6);
    let alpha = p["accounts"].as_array().unwrap().iter().find(|a| a["slug"] == "alpha").unwrap();
    assert!((alpha["share"].as_f64().unwrap() - 0.6).abs() < 1e-9);
    assert_eq!(alpha["score"], 0, "no decider or payer: score 0");
    assert_eq!((alpha["open_followups"].as_u64(), alpha["overdue_followups"].as_u64()), (Some(1), Some(0)));
    let codes: Vec<(String, String)> = p["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["code"].as_str().unwrap().into(), f["account"].as_str().unwrap_or("").into()))
        .collect();
    assert!(codes.contains(&("concentration".into(), "".into())));
    // beta: growth tier, the top potential, last contact 210 days ago.
    assert!(codes.contains(&("neglected_potential".into(), "beta".into())), "{codes:?}");
    assert!(codes.contains(&("key_account_at_risk".into(), "alpha".into())), "{codes:?}");
}

#[test]
fn agenda_lists_overdue_first_and_filters_by_owner() {
    let tmp = tempfile::tempdir().unwrap();
    write_account(tmp.path(), "alpha", "key", 1, 1);
    write_account(tmp.path(), "beta", "key", 1, 1);
    let a = json(&dmu(tmp.path(), &["agenda", "--format", "json", "--today", "2026-11-27"]));
    let order: Vec<&str> =
        a["entries"].as_array().unwrap().iter().map(|e| e["account"].as_str().unwrap()).collect();
    assert_eq!(order, ["beta", "alpha"], "beta's follow-up is 7 days overdue");
    assert_eq!(a["entries"][0]["days_overdue"], 7);
    let unknown = dmu(tmp.path(), &["agenda", "--owner", "omar", "--today", "2026-11-27"]);
    assert_eq!(unknown.status.code(), Some(1), "a name nobody has is an error, not an empty agenda");
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("the team: Anna Berg"));
    let text = dmu(tmp.path(), &["agenda", "--owner", "anna", "--today", "2026-11-27"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("OVERDUE 7d"));
}

#[test]
fn portfolio_leaves_an_account_in_another_currency_out_of_the_shares_and_a_new_account_unjudged() {
    let tmp = tempfile::tempdir().unwrap();
    write_account(tmp.path(), "alpha", "key", 600, 1000);
    write_account(tmp.path(), "beta", "growth", 400, 5000);
    let dir = tmp.path().join("accounts");
    let set_currency = |slug: &str, code: &str| {
        let path = dir.join(format!("{slug}.json"));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen("\"tier\"", &format!("\"currency\":\"{code}\",\"tier\""), 1))
            .unwrap();
    };
    set_currency("alpha", "EUR");
    set_currency("beta", "EUR");
    write_account(tmp.path(), "volga", "key", 12_000_000, 0);
    set_currency("volga", "RUB");
    std::fs::write(
        dir.join("fresh.json"),
        r#"{"schema":1,"id":"acc-fresh","name":"Fresh","tier":"key","currency":"EUR","demands":[{"id":"d-1","date":"2026-11-20","text":"A discount"}]}"#,
    )
    .unwrap();
    let args = ["portfolio", "--today", "2026-11-27"];
    let text = String::from_utf8(dmu(tmp.path(), &args).stdout).unwrap();
    assert!(text.contains("revenue 1,000 EUR; top account 60%, top three 100%, HHI 5200"), "{text}");
    assert!(
        text.contains(
            "! [mixed_currencies] volga (RUB) is left out of the shares, the concentration and the potential \
             ranking: its revenue is in another currency, and sums in two currencies cannot be added; the \
             portfolio counts in EUR, which 3 of the 4 accounts that name a currency use"
        ),
        "{text}"
    );
    assert!(text.contains("No people mapped yet, so not judged by their people: Fresh."), "{text}");
    let row = |name: &str| text.lines().find(|l| l.starts_with(name)).unwrap().to_string();
    assert!(row("volga").contains("  12,000,000 RUB        "), "no share, not 0.0%: {}", row("volga"));
    assert!(!row("volga").contains('%'), "{}", row("volga"));
    assert!(row("alpha").contains(" 60.0% "), "{}", row("alpha"));
    assert!(row("Fresh").contains("     -     - never"), "{}", row("Fresh"));

    let p = json(&dmu(tmp.path(), &["portfolio", "--format", "json", "--today", "2026-11-27"]));
    assert_eq!((p["currency"].as_str(), p["currency_from_settings"].as_bool()), (Some("EUR"), Some(false)));
    let by =
        |slug: &str| p["accounts"].as_array().unwrap().iter().find(|a| a["slug"] == slug).unwrap().clone();
    assert_eq!((by("volga")["in_shares"].as_bool(), by("volga")["share"].as_f64()), (Some(false), Some(0.0)));
    assert_eq!(
        (by("volga")["currency"].as_str(), by("volga")["revenue"].as_f64()),
        (Some("RUB"), Some(12e6))
    );
    assert_eq!(by("alpha")["in_shares"], true);
    assert_eq!(
        (by("fresh")["score"].is_null(), by("fresh")["red_flags"].as_u64(), by("fresh")["people"].as_u64()),
        (true, Some(0), Some(0))
    );
    let flagged: Vec<(&str, &str)> = p["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["code"].as_str().unwrap(), f["account"].as_str().unwrap_or("")))
        .collect();
    assert!(
        !flagged.iter().any(|(_, a)| *a == "fresh"),
        "a new account is no risk and one demand no trend: {flagged:?}"
    );

    // A main currency from the settings file wins over the most used one.
    let settings = tmp.path().join("settings.toml");
    std::fs::write(&settings, "currency = \"rub\"\n").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_dmu"))
        .env_remove("DMU_DATA_DIR")
        .args(["--data-dir", tmp.path().to_str().unwrap(), "--config", settings.to_str().unwrap()])
        .args(["portfolio", "--format", "json", "--today", "2026-11-27"])
        .output()
        .unwrap();
    let p = json(&o);
    assert_eq!((p["currency"].as_str(), p["currency_from_settings"].as_bool()), (Some("RUB"), Some(true)));
    let by =
        |slug: &str| p["accounts"].as_array().unwrap().iter().find(|a| a["slug"] == slug).unwrap().clone();
    assert_eq!(
        (by("volga")["in_shares"].as_bool(), by("alpha")["in_shares"].as_bool()),
        (Some(true), Some(false))
    );
}
