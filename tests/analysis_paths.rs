//! Path choice, tie-breaking, the score and the next-best ranking, computed by hand.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{PullConfig, Stage, Step, stage_of};
use dmu::model::{Account, Strength};

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-12
}

/// A covered champion user `p-u` and a neutral decider-and-payer `p-d`.
fn base() -> Account {
    let mut a = account();
    person(&mut a, "p-u", "user", "champion");
    person(&mut a, "p-d", "decider,payer", "neutral");
    cover(&mut a, "p-u", "t-tech", "strong");
    a
}

#[test]
fn the_strongest_path_wins_over_a_shorter_one() {
    let mut a = base();
    person(&mut a, "p-i", "influencer", "champion");
    influences(&mut a, "p-u", "p-d", "weak"); // 1 × 0.3 × 0.5 = 0.15
    influences(&mut a, "p-u", "p-i", "strong");
    influences(&mut a, "p-i", "p-d", "medium"); // 1 × 1 × 0.6 × 0.5 = 0.3
    let an = run(&a);
    let d = an.decider_paths[0].clone();
    assert_eq!(ids(&a, &d.people), ["p-u", "p-i", "p-d"]);
    assert!(close(d.strength, 0.3));
    assert_eq!(an.score, 30);
}

#[test]
fn equal_strength_prefers_fewer_hops_then_the_smaller_id() {
    // Two routes of equal strength (all factors 1 but the decider's 0.5): direct wins.
    let mut a = base();
    person(&mut a, "p-i", "influencer", "champion");
    influences(&mut a, "p-u", "p-i", "strong");
    influences(&mut a, "p-i", "p-d", "strong");
    influences(&mut a, "p-u", "p-d", "strong");
    assert_eq!(ids(&a, &run(&a).decider_paths[0].clone().people), ["p-u", "p-d"]);

    // Two routes of equal strength and length: through the smaller id, whatever the order
    // of people or links in the file.
    for flip in [false, true] {
        let mut a = base();
        let (first, second) = if flip { ("p-a", "p-b") } else { ("p-b", "p-a") };
        person(&mut a, first, "influencer", "champion");
        person(&mut a, second, "influencer", "champion");
        for mid in [first, second] {
            influences(&mut a, "p-u", mid, "strong");
            influences(&mut a, mid, "p-d", "strong");
        }
        assert_eq!(ids(&a, &run(&a).decider_paths[0].clone().people), ["p-u", "p-a", "p-d"]);
    }
}

#[test]
fn equal_targets_prefer_fewer_hops_then_the_smaller_id() {
    let mut a = account();
    person(&mut a, "p-u", "user", "champion");
    person(&mut a, "p-z", "decider", "neutral");
    person(&mut a, "p-y", "decider", "neutral");
    cover(&mut a, "p-u", "t-tech", "strong");
    influences(&mut a, "p-u", "p-z", "strong");
    influences(&mut a, "p-u", "p-y", "strong");
    assert_eq!(ids(&a, &[run(&a).decider_paths[0].clone().target]), ["p-y"]);
}

#[test]
fn reports_to_carries_unless_influence_carries_more() {
    let mut a = base();
    reports(&mut a, "p-u", "p-d");
    assert!(close(run(&a).payer_paths[0].strength, 0.15)); // 1 × 0.3 × 0.5
    influences(&mut a, "p-u", "p-d", "weak");
    assert!(close(run(&a).payer_paths[0].strength, 0.15));
    a.links[1].strength = Some(Strength::Medium);
    assert!(close(run(&a).payer_paths[0].strength, 0.3)); // 1 × 0.6 × 0.5
}

#[test]
fn an_opponent_blocks_and_the_score_needs_both_a_decider_and_a_payer() {
    let mut a = base();
    person(&mut a, "p-o", "influencer", "opponent");
    influences(&mut a, "p-u", "p-o", "strong");
    influences(&mut a, "p-o", "p-d", "strong");
    let an = run(&a);
    assert!(an.decider_paths.is_empty() && an.payer_paths.is_empty());
    assert_eq!(an.score, 0);

    let mut a = base();
    influences(&mut a, "p-u", "p-d", "strong");
    p(&mut a, "p-d").roles.retain(|r| r.key() == "decider");
    let an = run(&a);
    assert!(close(an.decider_paths[0].clone().strength, 0.5));
    assert_eq!(an.score, 0, "no payer, no score");
}

#[test]
fn a_user_who_decides_is_a_path_of_one_person() {
    let mut a = account();
    person(&mut a, "p-u", "user,decider,payer", "supporter");
    cover(&mut a, "p-u", "t-sales", "weak");
    let an = run(&a);
    let d = an.decider_paths[0].clone();
    assert_eq!((d.people.clone(), d.weakest), (vec![0], (0, 0)));
    assert!(close(d.strength, 0.32)); // 0.4 × 0.8
    assert_eq!(an.score, 32);
}

#[test]
fn payer_paths_come_strongest_first() {
    let mut a = base();
    person(&mut a, "p-cfo", "payer", "supporter");
    influences(&mut a, "p-u", "p-d", "strong"); // 0.5
    influences(&mut a, "p-u", "p-cfo", "strong"); // 0.8
    let an = run(&a);
    let targets: Vec<usize> = an.payer_paths.iter().map(|p| p.target).collect();
    assert_eq!(ids(&a, &targets), ["p-cfo", "p-d"]);
    assert_eq!(an.score, 50, "min(best decider 0.5, best payer 0.8)");
}

/// `p-u1` (user, supporter, uncovered) -> strong -> `p-d`; `p-u2` (user, neutral,
/// covered strong) -> weak -> `p-d`, who decides and pays and is neutral.
fn ranking_account() -> Account {
    let mut a = account();
    person(&mut a, "p-u1", "user", "supporter");
    person(&mut a, "p-u2", "user", "neutral");
    person(&mut a, "p-d", "decider,payer", "neutral");
    cover(&mut a, "p-u2", "t-sales", "strong");
    influences(&mut a, "p-u1", "p-d", "strong");
    influences(&mut a, "p-u2", "p-d", "weak");
    a
}

#[test]
fn next_steps_rank_by_gain_then_by_id() {
    let a = ranking_account();
    let an = run(&a);
    assert_eq!(an.score, 8, "1 × 0.5 × 0.3 × 0.5 = 0.075 rounds up to 8");
    let got: Vec<(String, Step, u8)> =
        an.next_best.iter().map(|s| (a.people[s.person].id.clone(), s.step, s.gain)).collect();
    let raise = Step::RaiseStance;
    assert_eq!(
        got,
        [
            ("p-u1".into(), Step::Cover, 20), // 0.7 × 0.8 × 1 × 0.5 = 0.28
            ("p-d".into(), raise, 4),         // 0.5 × 0.3 × 0.8 = 0.12
            ("p-u2".into(), raise, 4),        // 0.8 × 0.3 × 0.5 = 0.12
        ]
    );
    assert_eq!(
        an.next_best[0].reason,
        "Covering U1, a user nobody on our team knows, at medium strength strengthens the chain U1 -> D (decider and payer): +20."
    );
    assert_eq!(
        an.next_best[1].reason,
        "Winning over D (neutral to supporter) strengthens the chain U2 -> D (decider and payer): +4."
    );
}

#[test]
fn the_limit_keeps_the_best_steps() {
    let a = ranking_account();
    let cfg = PullConfig { next_best_limit: 2, ..PullConfig::default() };
    let people: Vec<usize> = run_with(&a, &cfg).next_best.iter().map(|s| s.person).collect();
    assert_eq!(ids(&a, &people), ["p-u1", "p-d"]);
}

#[test]
fn a_step_that_opens_a_path_says_so() {
    let mut a = base();
    person(&mut a, "p-o", "influencer", "opponent");
    influences(&mut a, "p-u", "p-o", "strong");
    influences(&mut a, "p-o", "p-d", "strong");
    let an = run(&a);
    assert_eq!(an.next_best[0].gain, 10); // 1 × 0.2 × 0.5
    assert_eq!(
        an.next_best[0].reason,
        "Winning over O (opponent to skeptic) opens the chain U -> O -> D (decider and payer): +10."
    );
}

#[test]
fn stages_place_people_by_their_latest_role_and_tell_the_story() {
    let mut a = ranking_account();
    person(&mut a, "p-buyer", "buyer", "neutral");
    let stages: Vec<Stage> = a.people.iter().map(stage_of).collect();
    assert_eq!(stages, [Stage::User, Stage::User, Stage::Payer, Stage::Other]);
    let an = run(&a);
    assert_eq!(an.stages.iter().map(|s| s.stage).collect::<Vec<_>>(), &Stage::ALL[..4]);
    assert_eq!(ids(&a, &an.stages[0].people), ["p-u1", "p-u2"]);
    assert_eq!(ids(&a, &an.stages[0].supporters), ["p-u1"]);
    assert_eq!(an.stages[0].sentence, "The case starts with U2 (neutral), users our team covers.");
    assert!(an.stages[1].sentence.starts_with("No influencers are recorded"), "{}", an.stages[1].sentence);
    assert!(
        an.stages[3].sentence.starts_with("The case reaches D (payer) through U2 -> D at strength 0.075")
    );
}

#[test]
fn every_decider_and_payer_a_chain_reaches_gets_its_own_path_strongest_first() {
    let mut a = base();
    person(&mut a, "p-e", "decider", "supporter");
    person(&mut a, "p-f", "decider", "neutral");
    influences(&mut a, "p-u", "p-e", "strong"); // 1 × 1 × 0.8
    influences(&mut a, "p-u", "p-f", "weak"); // 1 × 0.3 × 0.5
    let an = run(&a);
    let targets: Vec<usize> = an.decider_paths.iter().map(|p| p.target).collect();
    assert_eq!(ids(&a, &targets), ["p-e", "p-f"], "p-d is not reached yet");
    assert_eq!(an.score, 0, "no payer is reached");
    assert!(an.stages[2].sentence.contains("Paths also reach F."), "{}", an.stages[2].sentence);
    assert!(
        an.stages[2].sentence.ends_with("No pull path reaches D (neutral)."),
        "{}",
        an.stages[2].sentence
    );

    influences(&mut a, "p-u", "p-d", "strong"); // 1 × 1 × 0.5
    let an = run(&a);
    let all: Vec<usize> = an.decider_paths.iter().map(|p| p.target).collect();
    assert_eq!(ids(&a, &all), ["p-e", "p-d", "p-f"]);
    assert!(close(an.decider_paths[1].strength, 0.5));
    // The score still takes the best decider path and the best payer path.
    assert_eq!(an.score, 50);
}

#[test]
fn a_chain_that_starts_with_a_user_who_also_influences_is_told_as_starting_there() {
    let mut a = account();
    person(&mut a, "p-u", "user", "supporter");
    person(&mut a, "p-ui", "user,influencer", "champion");
    person(&mut a, "p-d", "decider,payer", "supporter");
    cover(&mut a, "p-u", "t-tech", "strong");
    cover(&mut a, "p-ui", "t-tech", "strong");
    influences(&mut a, "p-ui", "p-d", "strong");
    let an = run(&a);
    assert_eq!(ids(&a, &an.decider_paths[0].people), ["p-ui", "p-d"]);
    assert_eq!(
        an.stages[0].sentence,
        "We know U (supporter), but no chain leads from them; the case starts with Ui (champion), a user who also holds a later role."
    );
    // One person carrying the case: the verb agrees.
    assert_eq!(an.stages[1].sentence, "Ui (champion) carries the case towards the deciders and payers.");
}
