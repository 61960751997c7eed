//! The worked example of `docs/pull-model.md`, section "Worked example": the same
//! account, and the numbers computed there by hand.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{FlagCode, Step, report_json};
use dmu::model::{Account, Stance};

/// The six-person account of the docs.
fn example() -> Account {
    let mut a = account();
    person(&mut a, "p-ivanov", "user,influencer", "supporter");
    person(&mut a, "p-garcia", "user", "neutral");
    person(&mut a, "p-sidorov", "influencer", "skeptic");
    person(&mut a, "p-sato", "decider", "supporter");
    person(&mut a, "p-petrova", "payer", "neutral");
    person(&mut a, "p-orlov", "buyer", "neutral");
    p(&mut a, "p-ivanov").department = Some("Engineering".into());
    p(&mut a, "p-garcia").department = Some("Maintenance".into());
    p(&mut a, "p-sidorov").department = Some("Production".into());
    p(&mut a, "p-sidorov").influence.0 = 4;
    p(&mut a, "p-petrova").last_contact = None;
    cover(&mut a, "p-ivanov", "t-tech", "strong");
    cover(&mut a, "p-sidorov", "t-sales", "weak");
    cover(&mut a, "p-sato", "t-tech", "medium");
    cover(&mut a, "p-orlov", "t-sales", "strong");
    influences(&mut a, "p-ivanov", "p-sato", "strong");
    influences(&mut a, "p-ivanov", "p-sidorov", "medium");
    influences(&mut a, "p-sidorov", "p-petrova", "strong");
    influences(&mut a, "p-garcia", "p-sato", "medium");
    reports(&mut a, "p-orlov", "p-petrova");
    a
}

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-12
}

#[test]
fn paths_and_score_match_the_hand_computation() {
    let a = example();
    let an = run(&a);
    let d = &an.decider_paths[0];
    assert_eq!(ids(&a, &d.people), ["p-ivanov", "p-sato"]);
    assert!(close(d.strength, 0.64), "{}", d.strength); // 1.0 × 0.8 × 1.0 × 0.8
    assert_eq!(d.weakest, (at(&a, "p-ivanov"), at(&a, "p-sato")));
    assert_eq!(an.payer_paths.len(), 1);
    let pp = &an.payer_paths[0];
    assert_eq!(ids(&a, &pp.people), ["p-ivanov", "p-sidorov", "p-petrova"]);
    assert!(close(pp.strength, 0.048), "{}", pp.strength); // 1.0 × 0.8 × 0.6 × 0.2 × 1.0 × 0.5
    assert_eq!(pp.weakest, (at(&a, "p-ivanov"), at(&a, "p-sidorov"))); // 0.6 × 0.2 = 0.12 < 1.0 × 0.5
    assert_eq!(an.score, 5); // 100 × min(0.64, 0.048) = 4.8
    assert_eq!(ids(&a, &an.push_route), ["p-orlov"]);
}

#[test]
fn flags_match_the_hand_computation() {
    let a = example();
    let an = run(&a);
    let codes: Vec<FlagCode> = an.red_flags.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        [
            FlagCode::NoChampion,
            FlagCode::PayerUncovered,
            FlagCode::Blocker,
            FlagCode::StaleContact,
            FlagCode::NoTechnicalPeer
        ]
    );
    let blocker = &an.red_flags[2];
    assert_eq!(ids(&a, &blocker.people), ["p-sidorov"]);
    assert_eq!(
        blocker.message,
        "Sidorov (skeptic of influence 4, sways the payer Petrova) can block the decision."
    );
    assert_eq!(ids(&a, &an.red_flags[3].people), ["p-petrova"]);
    assert_eq!(ids(&a, &an.red_flags[4].people), ["p-sidorov"]);
}

#[test]
fn next_steps_match_the_hand_computation() {
    let a = example();
    let an = run(&a);
    let got: Vec<(String, Step, u8)> =
        an.next_best.iter().map(|s| (a.people[s.person].id.clone(), s.step, s.gain)).collect();
    let raise = |_: Stance, _: Stance| Step::RaiseStance;
    assert_eq!(
        got,
        [
            ("p-sidorov".to_string(), raise(Stance::Skeptic, Stance::Neutral), 7), // 0.48 × 0.5 × 0.5 = 0.12
            ("p-petrova".to_string(), raise(Stance::Neutral, Stance::Supporter), 3), // 0.096 × 0.8 = 0.0768
            ("p-ivanov".to_string(), raise(Stance::Supporter, Stance::Champion), 1), // 1.0 × 0.6 × 0.2 × 0.5 = 0.06
        ]
    );
    assert_eq!(
        an.next_best[0].reason,
        "Winning over Sidorov (skeptic to neutral) strengthens the chain Ivanov -> Sidorov -> Petrova (payer): +7."
    );
}

#[test]
fn the_json_report_has_the_documented_shape() {
    let a = example();
    let v = report_json(&a, &run(&a));
    let mut keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["account", "next_best", "paths", "red_flags", "score"]);
    assert_eq!(v["account"], "acc-test");
    assert_eq!(v["score"], 5);
    assert_eq!(v["paths"][0]["target"], "p-sato");
    assert_eq!(v["paths"][1]["people"], serde_json::json!(["p-ivanov", "p-sidorov", "p-petrova"]));
    assert_eq!(v["paths"][1]["strength"], 0.048);
    assert_eq!(v["paths"][1]["weakest"], serde_json::json!({"from": "p-ivanov", "to": "p-sidorov"}));
    assert_eq!(
        v["red_flags"][1],
        serde_json::json!({"code": "payer_uncovered", "people": ["p-petrova"], "message": "Nobody on our team covers the payer Petrova."})
    );
    assert_eq!(v["next_best"][0]["person"], "p-sidorov");
    assert_eq!(v["next_best"][0]["step"], "raise_stance");
    assert_eq!(v["next_best"][0]["gain"], 7);
}
