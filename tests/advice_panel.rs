//! The advice panel (issue 12): twelve accounts modelled on published buying situations,
//! each with an experienced key-account manager's verdict (`tests/advice_cases/`, a copy
//! of the shared cases). Prints how many verdicts hold and the rank correlation of the
//! score with the manager's win estimates, and fails when they fall below what the
//! model reached, so that a change that makes the advice worse is seen.
//!
//! Run `cargo test --test advice_panel -- --nocapture` to read the figures.

use dmu::analysis::{Analysis, PullConfig, analyze};
use dmu::model::{Account, Date, Index};
use serde_json::Value;
use std::path::Path;

struct Case {
    file: String,
    account: Account,
    index: Index,
    verdict: Value,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/advice_cases");
    let verdicts: Vec<Value> =
        serde_json::from_slice(&std::fs::read(dir.join("verdicts.json")).unwrap()).unwrap();
    verdicts
        .into_iter()
        .map(|v| {
            let file = v["file"].as_str().unwrap().to_string();
            let path = dir.join(&file);
            let bytes = std::fs::read(&path).unwrap();
            let (account, index) = dmu::store::load_bytes_indexed(&path, &bytes).unwrap();
            Case { file, account, index, verdict: v }
        })
        .collect()
}

fn run(c: &Case) -> Analysis {
    let today: Date = c.verdict["today"].as_str().unwrap().parse().unwrap();
    let cfg = PullConfig::for_account(&c.account).unwrap();
    analyze(&c.account, &c.index, &cfg, today)
}

/// Ranks with ties averaged, for Spearman's correlation.
fn ranks(xs: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..xs.len()).collect();
    order.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]));
    let mut r = vec![0.0; xs.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && xs[order[j + 1]] == xs[order[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for k in i..=j {
            r[order[k]] = avg;
        }
        i = j + 1;
    }
    r
}

fn spearman(x: &[f64], y: &[f64]) -> f64 {
    let (rx, ry) = (ranks(x), ranks(y));
    let n = x.len() as f64;
    let (mx, my) = (rx.iter().sum::<f64>() / n, ry.iter().sum::<f64>() / n);
    let cov: f64 = rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = rx.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = ry.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

fn codes(v: &Value) -> Vec<&str> {
    v.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

#[test]
fn the_advice_holds_on_the_panel() {
    let cases = cases();
    let (mut flags_hold, mut top_named, mut top_hold) = (0, 0, 0);
    let (mut scores, mut wins) = (Vec::new(), Vec::new());
    let mut report = String::new();
    for c in &cases {
        let an = run(c);
        let raised: Vec<&str> = an.red_flags.iter().map(|f| f.code.code()).collect();
        let missing: Vec<&str> =
            codes(&c.verdict["must_flag"]).into_iter().filter(|f| !raised.contains(f)).collect();
        let noise: Vec<&str> =
            codes(&c.verdict["must_not_flag"]).into_iter().filter(|f| raised.contains(f)).collect();
        let flags_ok = missing.is_empty() && noise.is_empty();
        flags_hold += usize::from(flags_ok);
        let id = |i: usize| c.account.people[i].id.as_str();
        let top = an.next_best.first();
        let top_text = top.map_or("none".to_string(), |s| {
            format!(
                "{} {}{}",
                s.step.key(),
                id(s.person),
                s.via.map(|v| format!(" via {}", id(v))).unwrap_or_default()
            )
        });
        let mut top_mark = "-";
        if let Some(want) = c.verdict["top_step"].as_object() {
            top_named += 1;
            let person = want["person"].as_str().unwrap();
            let ok =
                top.is_some_and(|s| id(s.person) == person && codes(&want["kinds"]).contains(&s.step.key()));
            top_hold += usize::from(ok);
            top_mark = if ok { "ok" } else { "MISS" };
        }
        scores.push(f64::from(an.score));
        wins.push(c.verdict["win"].as_f64().unwrap());
        report.push_str(&format!(
            "{:<48} score {:>3} win {:.2} flags {} {}{} top {} ({top_text})\n",
            c.file,
            an.score,
            c.verdict["win"].as_f64().unwrap(),
            if flags_ok { "ok" } else { "MISS" },
            if missing.is_empty() { String::new() } else { format!("missing {missing:?} ") },
            if noise.is_empty() { String::new() } else { format!("noise {noise:?} ") },
            top_mark,
        ));
        if std::env::var_os("DMU_PANEL_DETAIL").is_some() {
            report.push_str(&format!(
                "    sides {:.3} {:.3} vetoes {:?}\n",
                an.sides[0], an.sides[1], an.vetoes
            ));
            for s in an.next_best.iter().take(4) {
                report.push_str(&format!("    +{} ({:.2}) {} {}\n", s.gain, s.exact, s.step.key(), s.reason));
            }
        }
    }
    let rho = spearman(&scores, &wins);
    println!("{report}");
    println!(
        "advice panel: flags hold in {flags_hold} of {}; top step right in {top_hold} of {top_named}; score-win rank correlation {rho:.2}",
        cases.len()
    );
    // The floors this model reaches (issue 12 asks for 11 of 12, 80% and 0.8).
    assert!(flags_hold >= 11, "flags hold in only {flags_hold} cases\n{report}");
    assert!(top_hold * 10 >= top_named * 8, "top step right in only {top_hold} of {top_named}\n{report}");
    assert!(rho >= 0.8, "rank correlation {rho:.2}\n{report}");
}
