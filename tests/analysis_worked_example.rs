//! The worked examples of `docs/pull-model.md` ("Worked example 1" and "Worked example
//! 2"): the same accounts, and every figure computed there by hand.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{FlagCode, Step, report_json};
use dmu::model::Account;

/// Example 1, Northwind: two deciders, a payer nobody has met, a gatekeeper of unknown
/// stance, and judgements of every basis and age.
fn northwind() -> Account {
    let mut a = account();
    person(&mut a, "p-ivanov", "user,influencer", "champion");
    person(&mut a, "p-sidorov", "influencer", "supporter");
    person(&mut a, "p-sato", "decider", "supporter");
    person(&mut a, "p-kim", "decider", "unknown");
    person(&mut a, "p-petrova", "payer", "neutral");
    person(&mut a, "p-orlov", "gatekeeper", "unknown");
    p(&mut a, "p-ivanov").department = Some("Engineering".into());
    p(&mut a, "p-sidorov").department = Some("Production".into());
    p(&mut a, "p-orlov").department = Some("Purchasing".into());
    basis(&mut a, "p-ivanov", "observed");
    basis(&mut a, "p-sato", "observed");
    basis(&mut a, "p-petrova", "assumed");
    // Sidorov's support was reported to us 120 days ago, when we last spoke.
    stance_on(&mut a, "p-sidorov", 120);
    p(&mut a, "p-sidorov").last_contact = Some(ago(120));
    influence(&mut a, "p-sidorov", 4);
    influence(&mut a, "p-sato", 4);
    influence(&mut a, "p-kim", 2);
    influence(&mut a, "p-petrova", 5);
    influence(&mut a, "p-orlov", 5);
    never_contacted(&mut a, "p-kim");
    never_contacted(&mut a, "p-petrova");
    cover(&mut a, "p-ivanov", "t-tech", "strong");
    cover(&mut a, "p-sidorov", "t-sales", "weak");
    cover(&mut a, "p-sato", "t-tech", "medium");
    cover(&mut a, "p-orlov", "t-sales", "strong");
    influences(&mut a, "p-ivanov", "p-sato", "strong");
    influences(&mut a, "p-ivanov", "p-kim", "weak");
    influences(&mut a, "p-ivanov", "p-sidorov", "medium");
    influences(&mut a, "p-sidorov", "p-petrova", "strong");
    reports(&mut a, "p-orlov", "p-petrova");
    a
}

#[test]
fn example_1_beliefs_paths_sides_and_score() {
    let a = northwind();
    let an = run(&a);
    // Sato: observed today, 0.8. Kim: unknown, 0.4, confidence 0.
    let d = &an.decider_paths;
    assert_eq!(d.len(), 2);
    assert_eq!(ids(&a, &d[0].people), ["p-ivanov", "p-sato"]);
    assert!(close(d[0].strength, 0.8), "{}", d[0].strength); // 1.0 × 1.0 × 1.0 × 0.8
    assert!(close(d[0].confidence, 1.0));
    assert_eq!(ids(&a, &d[1].people), ["p-ivanov", "p-kim"]);
    assert!(close(d[1].strength, 0.12), "{}", d[1].strength); // 1.0 × 0.3 × 0.4
    assert!(close(d[1].confidence, 0.0)); // Kim's stance is unknown
    assert_eq!(d[1].weakest, (at(&a, "p-ivanov"), at(&a, "p-kim")));
    // Sidorov: 0.4 + 0.7 × 0.5 × (0.8 − 0.4) = 0.54; Petrova: 0.4 + 0.4 × 0.5 × (0.5 − 0.4) = 0.42.
    let pp = &an.payer_paths;
    assert_eq!(pp.len(), 1);
    assert_eq!(ids(&a, &pp[0].people), ["p-ivanov", "p-sidorov", "p-petrova"]);
    assert!(close(pp[0].strength, 0.13608), "{}", pp[0].strength); // 1.0 × 0.6 × 0.54 × 1.0 × 0.42
    assert!(close(pp[0].confidence, 0.2), "{}", pp[0].confidence); // Petrova's 0.4 × 0.5
    // Hops: Ivanov -> Sidorov passes 0.6 × 0.54 = 0.324, Sidorov -> Petrova 1.0 × 0.42.
    assert_eq!(pp[0].weakest, (at(&a, "p-ivanov"), at(&a, "p-sidorov")));
    // D = (4 × 0.85 × 0.8 + 2 × 0.6 × 0.12) / 6 = 2.864 / 6; P = 0.6 × 0.13608.
    assert!(close(an.sides[0], 2.864 / 6.0), "{}", an.sides[0]);
    assert!(close(an.sides[1], 0.081648), "{}", an.sides[1]);
    // √(0.477333 × 0.081648) = 0.197417, × screen (0.4 / 0.5)^(5/5) = 0.8: 0.157933.
    assert_eq!(an.score, 16);
    assert!(an.vetoes.is_empty());
    // Orlov, covered and only a gatekeeper, is the push route beside the pull route.
    assert_eq!(ids(&a, &an.push_route), ["p-orlov"]);
}

#[test]
fn example_1_flags() {
    let a = northwind();
    let an = run(&a);
    assert_eq!(
        codes(&an),
        [
            FlagCode::DeciderUncovered,
            FlagCode::PayerUncovered,
            FlagCode::StaleContact,
            FlagCode::UnknownStance,
            FlagCode::NoTechnicalPeer,
            FlagCode::UnverifiedSupport,
        ]
    );
    let people = |code: FlagCode| {
        let f = an.red_flags.iter().find(|f| f.code == code).unwrap();
        ids(&a, &f.people)
    };
    assert_eq!(people(FlagCode::DeciderUncovered), ["p-kim"]);
    assert_eq!(people(FlagCode::PayerUncovered), ["p-petrova"]);
    assert_eq!(people(FlagCode::StaleContact), ["p-kim", "p-petrova"]);
    assert_eq!(people(FlagCode::UnknownStance), ["p-kim"]);
    assert_eq!(people(FlagCode::NoTechnicalPeer), ["p-sidorov"]);
    assert_eq!(people(FlagCode::UnverifiedSupport), ["p-petrova"]);
    let f = an.red_flags.iter().find(|f| f.code == FlagCode::UnverifiedSupport).unwrap();
    assert_eq!(f.message, "The support of Petrova (neutral, assumed) is not verified: see it first-hand.");
}

#[test]
fn example_1_next_steps() {
    let a = northwind();
    let an = run(&a);
    let s = |id: &str| Some(id.to_string());
    assert_eq!(
        steps(&a, &an),
        [
            // Petrova at 0.5, access 0.85: P = 0.85 × 0.324 × 0.5 = 0.1377; √(D × P) × 0.8 = 0.2051.
            ("p-petrova".to_string(), Step::Introduce, s("p-sidorov"), 5),
            // Orlov neutral, observed: the screen lets everything through; 0.197417.
            ("p-orlov".to_string(), Step::Verify, None, 4),
            // Sidorov at 0.8: P = 0.6 × 0.6 × 0.8 × 0.42 = 0.12096; 0.192230.
            ("p-sidorov".to_string(), Step::TechnicalPeer, None, 3),
            // Sato a champion: D = (4 × 0.85 + 0.144) / 6 = 0.590667; 0.175685.
            ("p-sato".to_string(), Step::RaiseStance, None, 2),
        ]
    );
    let intro = &an.next_best[0];
    assert_eq!(intro.member, Some(0), "Sidorov's coverer, t-sales, is introduced");
    assert!((intro.exact - (20.510_102_876_387_53 - 15.793_327_603_769_89)).abs() < 1e-9, "{}", intro.exact);
    let after = &intro.after;
    assert_eq!(after.stance, dmu::model::Stance::Neutral);
    assert_eq!(after.stance_basis, Some(dmu::model::Basis::Observed));
    assert_eq!(after.stance_on, Some(today()));
    assert_eq!(after.last_contact, Some(today()));
    assert_eq!(after.coverage.len(), 1);
    assert_eq!((after.coverage[0].member.as_str(), after.coverage[0].strength.key()), ("t-sales", "medium"));
    // The what-if confirms each gain to the point.
    for step in &an.next_best {
        let mut b = a.clone();
        b.people[step.person] = step.after.clone();
        assert_eq!(run(&b).score, an.score + step.gain, "{:?}", step.step);
    }
    // Kim's first meeting, through the champion, would add 0.003: no point, no step.
    // D = (2.72 + 2 × 0.85 × 0.3 × 0.5) / 6 = 0.495833; √(D × P) × 0.8 = 0.160965.
    assert!(an.next_best.iter().all(|s| a.people[s.person].id != "p-kim"));
}

#[test]
fn example_1_json_report() {
    let a = northwind();
    let v = report_json(&a, &run(&a));
    assert_eq!(v["account"], "acc-test");
    assert_eq!(v["score"], 16);
    assert_eq!(v["paths"][2]["role"], "payer");
    assert_eq!(v["paths"][2]["strength"], 0.1361);
    assert_eq!(v["paths"][2]["weakest"], serde_json::json!({"from": "p-ivanov", "to": "p-sidorov"}));
    assert_eq!(v["next_best"][0]["person"], "p-petrova");
    assert_eq!(v["next_best"][0]["step"], "introduce");
    assert_eq!(v["next_best"][0]["gain"], 5);
}

/// Example 2, Lindqvist: a leaving champion, a decider we only know of, a CFO who
/// favours a competitor, and a new COO nobody has met in the new role.
fn lindqvist() -> Account {
    let mut a = account();
    person(&mut a, "p-lee", "user", "champion");
    person(&mut a, "p-novak", "decider", "supporter");
    person(&mut a, "p-weber", "payer", "neutral");
    person(&mut a, "p-berg", "influencer", "supporter");
    basis(&mut a, "p-lee", "observed");
    status(&mut a, "p-lee", "leaving", -34); // leaves on 2026-12-31
    influence(&mut a, "p-novak", 5);
    never_contacted(&mut a, "p-novak");
    stance_on(&mut a, "p-novak", 0); // Lee told us today that Novak is behind it
    influence(&mut a, "p-weber", 4);
    favours(&mut a, "p-weber", "Rivalsoft");
    influence(&mut a, "p-berg", 4);
    basis(&mut a, "p-berg", "observed");
    stance_on(&mut a, "p-berg", 240);
    p(&mut a, "p-berg").last_contact = Some(ago(240));
    status(&mut a, "p-berg", "new", 26); // COO since 2026-11-01
    cover(&mut a, "p-lee", "t-sales", "strong");
    cover(&mut a, "p-weber", "t-sales", "medium");
    influences(&mut a, "p-lee", "p-novak", "medium");
    influences(&mut a, "p-lee", "p-weber", "strong");
    influences(&mut a, "p-berg", "p-novak", "strong");
    a
}

#[test]
fn example_2_veto_and_people_coming_and_going() {
    let a = lindqvist();
    let an = run(&a);
    // Lee 1.0 (still there until 2026-12-31); Novak 0.4 + 0.7 × 0.4 = 0.68; Weber 0.47.
    assert!(close(an.decider_paths[0].strength, 0.408)); // 1.0 × 0.6 × 0.68
    assert!(close(an.payer_paths[0].strength, 0.47)); // 1.0 × 1.0 × 0.47
    assert!(close(an.sides[0], 0.2448)); // 0.6 × 0.408
    assert!(close(an.sides[1], 0.3995)); // 0.85 × 0.47
    // √(0.2448 × 0.3995) = 0.312726, held at the ceiling while Weber holds a veto.
    assert_eq!(ids(&a, &an.vetoes), ["p-weber"]);
    assert_eq!(an.score, 25);
    assert_eq!(
        codes(&an),
        [
            FlagCode::DeciderUncovered,
            FlagCode::StaleContact,
            FlagCode::HiddenPower,
            FlagCode::ChampionLeaving,
            FlagCode::NewPlayer,
            FlagCode::CompetitorCoach,
        ]
    );
    let people = |code: FlagCode| {
        let f = an.red_flags.iter().find(|f| f.code == code).unwrap();
        (ids(&a, &f.people), f.message.clone())
    };
    assert_eq!(people(FlagCode::HiddenPower).0, ["p-berg"]);
    assert_eq!(
        people(FlagCode::ChampionLeaving),
        (
            vec!["p-lee".to_string()],
            "Lee (leaves on 2026-12-31): thread the account through others before the case loses its voice."
                .to_string()
        )
    );
    assert_eq!(
        people(FlagCode::NewPlayer).1,
        "Berg (new since 2026-11-01): nobody has seen where they stand in the new role."
    );
    assert_eq!(
        people(FlagCode::CompetitorCoach).1,
        "Weber favours Rivalsoft: the competitor has a friend at the decision. Until Weber is neutralised, the score cannot pass 25."
    );
}

#[test]
fn example_2_only_the_neutralise_step_lifts_the_ceiling() {
    let a = lindqvist();
    let an = run(&a);
    // Weber neutral and observed, no longer favouring Rivalsoft: P = 0.85 × 0.5 = 0.425,
    // √(0.2448 × 0.425) = 0.322552. Meeting Novak through Lee alone stays at 25.
    assert_eq!(steps(&a, &an), [("p-weber".to_string(), Step::Neutralise, None, 7)]);
    let mut b = a.clone();
    b.people[an.next_best[0].person] = an.next_best[0].after.clone();
    assert_eq!(b.people[2].favours, None);
    let bn = run(&b);
    assert_eq!(bn.score, 32);
    // Then the leaving champion's introduction counts: Novak at 0.8 and access 0.85,
    // D = 0.85 × 0.6 × 0.8 = 0.408, √(0.408 × 0.425) = 0.416413.
    assert_eq!(steps(&b, &bn)[0], ("p-novak".to_string(), Step::MultiThread, Some("p-lee".to_string()), 10));
    assert_eq!(bn.next_best[0].member, Some(0));
}
