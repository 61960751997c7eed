//! Path choice, tie-breaking, the score and the next-best ranking, computed by hand.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{PullConfig, Stage, Step, stage_of};
use dmu::model::{Account, Strength};

/// A covered champion user `p-u` and a neutral decider-and-payer `p-d`.
fn base() -> Account {
    let mut a = account();
    seen(&mut a, "p-u", "user", "champion");
    seen(&mut a, "p-d", "decider,payer", "neutral");
    cover(&mut a, "p-u", "t-tech", "strong");
    a
}

#[test]
fn the_strongest_path_wins_over_a_shorter_one() {
    let mut a = base();
    seen(&mut a, "p-i", "influencer", "champion");
    influences(&mut a, "p-u", "p-d", "weak"); // 1 × 0.3 × 0.5 = 0.15
    influences(&mut a, "p-u", "p-i", "strong");
    influences(&mut a, "p-i", "p-d", "medium"); // 1 × 1 × 0.6 × 0.5 = 0.3
    let an = run(&a);
    let d = an.decider_paths[0].clone();
    assert_eq!(ids(&a, &d.people), ["p-u", "p-i", "p-d"]);
    assert!(close(d.strength, 0.3));
    // P-d is uncovered (access 0.6) on both sides: √(0.18 × 0.18) = 0.18.
    assert_eq!(an.score, 18);
}

#[test]
fn equal_strength_prefers_fewer_hops_then_the_smaller_id() {
    // Two routes of equal strength (all factors 1 but the decider's 0.5): direct wins.
    let mut a = base();
    seen(&mut a, "p-i", "influencer", "champion");
    influences(&mut a, "p-u", "p-i", "strong");
    influences(&mut a, "p-i", "p-d", "strong");
    influences(&mut a, "p-u", "p-d", "strong");
    assert_eq!(ids(&a, &run(&a).decider_paths[0].clone().people), ["p-u", "p-d"]);

    // Two routes of equal strength and length: through the smaller id, whatever the order
    // of people or links in the file.
    for flip in [false, true] {
        let mut a = base();
        let (first, second) = if flip { ("p-a", "p-b") } else { ("p-b", "p-a") };
        seen(&mut a, first, "influencer", "champion");
        seen(&mut a, second, "influencer", "champion");
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
    seen(&mut a, "p-u", "user", "champion");
    seen(&mut a, "p-z", "decider", "neutral");
    seen(&mut a, "p-y", "decider", "neutral");
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
    seen(&mut a, "p-o", "influencer", "opponent");
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
    seen(&mut a, "p-u", "user,decider,payer", "supporter");
    cover(&mut a, "p-u", "t-sales", "weak");
    let an = run(&a);
    let d = an.decider_paths[0].clone();
    assert_eq!((d.people.clone(), d.weakest), (vec![0], (0, 0)));
    assert!(close(d.strength, 0.32)); // 0.4 × 0.8
    assert_eq!(an.score, 22); // access weak 0.7 × 0.32 = 0.224 on both sides
}

#[test]
fn payer_paths_come_strongest_first() {
    let mut a = base();
    seen(&mut a, "p-cfo", "payer", "supporter");
    influences(&mut a, "p-u", "p-d", "strong"); // 0.5
    influences(&mut a, "p-u", "p-cfo", "strong"); // 0.8
    let an = run(&a);
    let targets: Vec<usize> = an.payer_paths.iter().map(|p| p.target).collect();
    assert_eq!(ids(&a, &targets), ["p-cfo", "p-d"]);
    // Both payers count, by influence (3 each), both uncovered (0.6):
    // P = (0.6 × 0.5 + 0.6 × 0.8) / 2 = 0.39; D = 0.6 × 0.5 = 0.3; √(0.3 × 0.39) = 0.34205.
    assert_eq!(an.score, 34);
}

/// `p-u1` (user, supporter, uncovered) -> strong -> `p-d`; `p-u2` (user, neutral,
/// covered strong) -> weak -> `p-d`, who decides and pays and is neutral.
fn ranking_account() -> Account {
    let mut a = account();
    seen(&mut a, "p-u1", "user", "supporter");
    seen(&mut a, "p-u2", "user", "neutral");
    seen(&mut a, "p-d", "decider,payer", "neutral");
    cover(&mut a, "p-u2", "t-sales", "strong");
    influences(&mut a, "p-u1", "p-d", "strong");
    influences(&mut a, "p-u2", "p-d", "weak");
    a
}

#[test]
fn next_steps_rank_by_gain_then_by_id() {
    let a = ranking_account();
    let an = run(&a);
    // 1 × 0.5 × 0.3 × 0.5 = 0.075, access 0.6: 0.045 on both sides, rounds up to 5.
    assert_eq!(an.score, 5);
    let got: Vec<(String, Step, u8)> =
        an.next_best.iter().map(|s| (a.people[s.person].id.clone(), s.step, s.gain)).collect();
    let raise = Step::RaiseStance;
    assert_eq!(
        got,
        [
            ("p-u1".into(), Step::Cover, 12), // 0.7 × 0.8 × 1 × 0.5 = 0.28, × 0.6 = 0.168
            ("p-d".into(), raise, 2),         // 0.5 × 0.3 × 0.8 = 0.12, × 0.6 = 0.072
            ("p-u2".into(), raise, 2),        // 0.8 × 0.3 × 0.5 = 0.12, × 0.6 = 0.072; id order
        ]
    );
    assert_eq!(
        an.next_best[0].reason,
        "Have t-sales cover U1, a user nobody on our team knows; it strengthens the chain U1 -> D (decider D): +12."
    );
    assert_eq!(
        an.next_best[1].reason,
        "Win over D (neutral to supporter); it strengthens the chain U2 -> D (decider D): +2."
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
fn a_veto_holder_on_the_only_chain_is_neutralised() {
    let mut a = base();
    seen(&mut a, "p-o", "influencer", "opponent");
    influences(&mut a, "p-u", "p-o", "strong");
    influences(&mut a, "p-o", "p-d", "strong");
    let an = run(&a);
    // O, an opponent with a strong link to D, holds a veto and blocks the only chain.
    // Neutralised: 1 × 1 × 0.5 × 1 × 0.5 = 0.25, × 0.6 = 0.15 on both sides, no veto.
    // (Winning O over to skeptic would give 1 × 0.2 × 0.5 × 0.6 = 0.06: less.)
    assert_eq!(steps(&a, &an), [("p-o".to_string(), Step::Neutralise, None, 15)]);
    assert_eq!(
        an.next_best[0].reason,
        "Neutralise O, an opponent: answer their objections until they no longer work against us; it strengthens the chain U -> O -> D (decider D); it lifts the last veto, which holds the score under 25: +15."
    );
}

#[test]
fn stages_place_people_by_their_latest_role_and_tell_the_story() {
    let mut a = ranking_account();
    seen(&mut a, "p-buyer", "buyer", "neutral");
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
    seen(&mut a, "p-e", "decider", "supporter");
    seen(&mut a, "p-f", "decider", "neutral");
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
    // Every decider counts, by influence (3 each), all uncovered (0.6):
    // D = 0.6 × (0.8 + 0.5 + 0.15) / 3 = 0.29; P = 0.6 × 0.5 = 0.3; √(0.29 × 0.3) = 0.29496.
    assert_eq!(an.score, 29);
}

#[test]
fn a_chain_that_starts_with_a_user_who_also_influences_is_told_as_starting_there() {
    let mut a = account();
    seen(&mut a, "p-u", "user", "supporter");
    seen(&mut a, "p-ui", "user,influencer", "champion");
    seen(&mut a, "p-d", "decider,payer", "supporter");
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

/// A covered champion user `p-u` with a strong link to `p-d`, who decides and pays, is
/// neutral, and has never been contacted: reported (the default basis) and undated, so
/// 0.4 + 0.7 × 0.5 × (0.5 − 0.4) = 0.435.
fn first_contact() -> Account {
    let mut a = account();
    seen(&mut a, "p-u", "user", "champion");
    person(&mut a, "p-d", "decider,payer", "neutral");
    cover(&mut a, "p-u", "t-tech", "strong");
    never_contacted(&mut a, "p-d");
    influences(&mut a, "p-u", "p-d", "strong");
    a
}

/// Every step's what-if gives exactly the score plus its gain.
fn what_if_confirms(a: &Account) {
    let an = run(a);
    for s in &an.next_best {
        let mut b = a.clone();
        b.people[s.person] = s.after.clone();
        assert_eq!(run(&b).score, an.score + s.gain, "{}", s.reason);
    }
}

#[test]
fn test_champion_when_the_go_between_is_a_champion_and_the_person_decides_or_pays() {
    let a = first_contact();
    let an = run(&a);
    // 1 × 1 × 0.435 × access 0.6 = 0.261 on both sides.
    assert_eq!(an.score, 26);
    // Met through Ivanov's coverer t-tech at medium: 0.5 observed × 0.85 = 0.425.
    assert_eq!(steps(&a, &an), [("p-d".to_string(), Step::TestChampion, Some("p-u".to_string()), 17)]);
    assert_eq!(an.next_best[0].member, Some(1));
    what_if_confirms(&a);
}

#[test]
fn introduce_when_the_go_between_is_not_a_champion() {
    let mut a = first_contact();
    p(&mut a, "p-u").stance = dmu::model::Stance::Supporter;
    let an = run(&a);
    // 0.8 × 0.435 × 0.6 = 0.2088; introduced: 0.8 × 0.5 × 0.85 = 0.34; Ivanov a
    // champion instead: 1.0 × 0.435 × 0.6 = 0.261.
    assert_eq!(an.score, 21);
    assert_eq!(
        steps(&a, &an),
        [
            ("p-d".to_string(), Step::Introduce, Some("p-u".to_string()), 13),
            ("p-u".to_string(), Step::RaiseStance, None, 5),
        ]
    );
    what_if_confirms(&a);
}

#[test]
fn multi_thread_when_the_go_between_is_leaving() {
    let mut a = first_contact();
    status(&mut a, "p-u", "leaving", -30); // still there for 30 days
    assert_eq!(steps(&a, &run(&a)), [("p-d".to_string(), Step::MultiThread, Some("p-u".to_string()), 17)]);
    what_if_confirms(&a);
    // Once the leaving day has passed, they carry nothing and introduce nobody.
    status(&mut a, "p-u", "leaving", 1);
    let an = run(&a);
    assert_eq!((an.score, an.next_best.len()), (0, 0));
}

#[test]
fn meet_when_nobody_we_cover_is_linked_to_them() {
    let mut a = first_contact();
    a.links.clear();
    seen(&mut a, "p-m", "influencer", "neutral"); // contacted, but nobody covers them
    influences(&mut a, "p-u", "p-m", "strong");
    influences(&mut a, "p-m", "p-d", "strong");
    let an = run(&a);
    // 1 × 0.5 × 0.435 × 0.6 = 0.1305; met: 0.5 × 0.5 × 0.85 = 0.2125; M a supporter:
    // 0.8 × 0.435 × 0.6 = 0.2088.
    assert_eq!(an.score, 13);
    assert_eq!(
        steps(&a, &an),
        [("p-d".to_string(), Step::Meet, None, 8), ("p-m".to_string(), Step::RaiseStance, None, 8)]
    );
    assert_eq!(an.next_best[0].member, Some(0), "a non-technical person: the first salesperson");
    what_if_confirms(&a);
}

#[test]
fn raise_stance_only_for_an_observed_fresh_stance_otherwise_verify_first() {
    let mut a = account();
    seen(&mut a, "p-u", "user", "champion");
    person(&mut a, "p-d", "decider,payer", "supporter");
    cover(&mut a, "p-u", "t-tech", "strong");
    cover(&mut a, "p-d", "t-tech", "strong");
    influences(&mut a, "p-u", "p-d", "strong");
    // Reported today: 0.4 + 0.7 × 0.4 = 0.68 on both sides; verified: 0.8.
    assert_eq!(steps(&a, &run(&a)), [("p-d".to_string(), Step::Verify, None, 12)]);
    // Observed today: won over to champion, 1.0.
    basis(&mut a, "p-d", "observed");
    assert_eq!(steps(&a, &run(&a)), [("p-d".to_string(), Step::RaiseStance, None, 20)]);
    // Observed 200 days ago: stale, so verify first: 0.4 + 0.5^(200/120) × 0.4 = 0.52599.
    stance_on(&mut a, "p-d", 200);
    let an = run(&a);
    assert_eq!(an.score, 53);
    assert_eq!(steps(&a, &an), [("p-d".to_string(), Step::Verify, None, 27)]);
    what_if_confirms(&a);
}

#[test]
fn technical_peer_for_a_technical_person_only_sales_knows() {
    let mut a = account();
    seen(&mut a, "p-u", "user", "champion");
    person(&mut a, "p-d", "decider,payer", "supporter");
    p(&mut a, "p-d").department = Some("Maintenance".into());
    cover(&mut a, "p-u", "t-tech", "strong");
    cover(&mut a, "p-d", "t-sales", "medium");
    influences(&mut a, "p-u", "p-d", "strong");
    // 0.68 × 0.85 = 0.578; with t-tech at medium and observed: 0.8 × 0.85 = 0.68.
    let an = run(&a);
    assert_eq!(an.score, 58);
    assert_eq!(steps(&a, &an), [("p-d".to_string(), Step::TechnicalPeer, None, 10)]);
    assert_eq!(an.next_best[0].member, Some(1));
    what_if_confirms(&a);
}

#[test]
fn neutralising_a_competitors_friend_keeps_a_stance_at_neutral_or_better() {
    // Fixed: neutralise set every veto holder to neutral, so a supporter who favours a
    // competitor would have been made worse, and no step could lift their veto.
    let mut a = account();
    seen(&mut a, "p-u", "user", "champion");
    seen(&mut a, "p-d", "decider,payer", "supporter");
    cover(&mut a, "p-u", "t-sales", "strong");
    cover(&mut a, "p-d", "t-sales", "strong");
    favours(&mut a, "p-d", "Rival");
    influences(&mut a, "p-u", "p-d", "strong");
    let an = run(&a);
    assert_eq!(an.score, 25, "0.8 on both sides, held at the veto ceiling");
    assert_eq!(steps(&a, &an), [("p-d".to_string(), Step::Neutralise, None, 55)]);
    let after = &an.next_best[0].after;
    assert_eq!((after.stance, after.favours.as_deref()), (dmu::model::Stance::Supporter, None));
    what_if_confirms(&a);
}

#[test]
fn meeting_someone_below_neutral_is_priced_as_the_what_if_dates_it() {
    // Fixed: a first meeting records today's contact, which dates an undated stance
    // (`judged_on` falls back on the last contact), but the pricing kept it undated. An
    // undated reported skeptic passes 0.4 − 0.35 × 0.2 = 0.33; met today, 0.4 − 0.7 ×
    // 0.2 = 0.26: the meeting makes them surer against us, so it is not a step.
    let mut a = first_contact();
    p(&mut a, "p-d").stance = dmu::model::Stance::Skeptic;
    let an = run(&a);
    assert_eq!(an.score, 20); // 0.33 × 0.6 = 0.198 on both sides
    assert_eq!(an.next_best, vec![]);
}
