//! The demo account (`assets/demo.json`, judged on 2026-11-27) tells a sensible story:
//! a score, red flags, and a next best contact whose gain re-analysing confirms.
//! Run with `--nocapture` to read the report.

use dmu::analysis::{
    Analysis, FlagCode, PullConfig, Step, analyze, report_json, report_markdown, report_text,
};
use dmu::model::{Account, Date, Index};

fn demo() -> Account {
    serde_json::from_str(include_str!("../assets/demo.json")).unwrap()
}

fn run(a: &Account) -> Analysis {
    let cfg = PullConfig::for_account(a).unwrap();
    analyze(a, &Index::new(a), &cfg, "2026-11-27".parse::<Date>().unwrap())
}

#[test]
fn the_demo_account_tells_a_story() {
    let a = demo();
    let an = run(&a);
    println!("{}", report_text(&a, &an));
    println!("{}", report_markdown(&a, &an));
    println!("{}", serde_json::to_string_pretty(&report_json(&a, &an)).unwrap());

    // Ivanov (champion, observed 7 days ago, covered strong) -> Sato (supporter, observed
    // 25 days ago) -> Volkov (neutral, reported, 170 days old) through a medium link.
    let id = |i: usize| a.people[i].id.as_str();
    let d = &an.decider_paths[0];
    assert_eq!(d.people.iter().map(|&i| id(i)).collect::<Vec<_>>(), ["p-ivanov", "p-sato"]);
    assert_eq!(
        an.payer_paths[0].people.iter().map(|&i| id(i)).collect::<Vec<_>>(),
        ["p-ivanov", "p-sato", "p-volkov"]
    );
    assert_eq!(an.score, 19);

    let codes: Vec<FlagCode> = an.red_flags.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        [
            FlagCode::PayerUncovered,
            FlagCode::Blocker,
            FlagCode::StaleContact,
            FlagCode::NoTechnicalPeer,
            // The model v2 flags the demo shows: a new CFO nobody has seen since, Volkov's
            // old judgement, and Lindqvist, who favours a competitor and sways Sato.
            FlagCode::NewPlayer,
            FlagCode::UnverifiedSupport,
            FlagCode::CompetitorCoach,
        ]
    );
    // Weber (opponent) sways the decider Morozov through a medium link: a veto.
    assert_eq!(an.vetoes.iter().map(|&i| id(i)).collect::<Vec<_>>(), ["p-weber"]);
    let blockers: Vec<&str> = an.red_flags[1].people.iter().map(|&i| id(i)).collect();
    assert_eq!(blockers, ["p-kuznetsova", "p-weber"]);

    let top = &an.next_best[0];
    assert_eq!((id(top.person), top.step, top.gain), ("p-sato", Step::RaiseStance, 5));
    // Steps of the kinds model v2 adds, with the go-between where there is one.
    let kinds: Vec<(&str, Step, Option<&str>)> =
        an.next_best.iter().map(|s| (id(s.person), s.step, s.via.map(id))).collect();
    for want in [("p-volkov", Step::Verify, None), ("p-kuznetsova", Step::Neutralise, None)] {
        assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
    }
    assert_eq!(
        an.push_route.iter().map(|&i| id(i)).collect::<Vec<_>>(),
        ["p-smirnova", "p-novak", "p-orlova"]
    );
    assert!(an.stages.iter().all(|s| !s.sentence.is_empty()));
}

#[test]
fn each_stated_gain_is_what_the_step_does() {
    let a = demo();
    let an = run(&a);
    for step in &an.next_best {
        let mut b = a.clone();
        b.people[step.person] = step.after.clone();
        assert_eq!(run(&b).score, an.score + step.gain, "{}", step.reason);
    }
}
