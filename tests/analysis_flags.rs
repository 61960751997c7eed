//! Every red flag, computed by hand: a healthy account raises none, and one change at a
//! time makes each flag fire with the right people and sentence.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{FlagCode, RedFlag};
use dmu::model::{Account, Stance};

/// User (champion) -> influencer -> decider -> payer, everyone covered, all contacted today.
fn healthy() -> Account {
    let mut a = account();
    seen(&mut a, "p-user", "user", "champion");
    seen(&mut a, "p-infl", "influencer", "supporter");
    seen(&mut a, "p-dec", "decider", "supporter");
    seen(&mut a, "p-pay", "payer", "neutral");
    p(&mut a, "p-user").department = Some("Engineering".into());
    p(&mut a, "p-infl").department = Some("Finance".into());
    cover(&mut a, "p-user", "t-tech", "strong");
    cover(&mut a, "p-infl", "t-sales", "medium");
    cover(&mut a, "p-dec", "t-tech", "medium");
    cover(&mut a, "p-pay", "t-sales", "weak");
    influences(&mut a, "p-user", "p-infl", "strong");
    influences(&mut a, "p-infl", "p-dec", "strong");
    influences(&mut a, "p-dec", "p-pay", "medium");
    a
}

fn flag(a: &Account, code: FlagCode) -> Option<RedFlag> {
    run(a).red_flags.into_iter().find(|f| f.code == code)
}

/// Applies `change` to the healthy account and returns the flag, asserting that the
/// healthy account itself does not raise it.
fn fires(code: FlagCode, change: impl FnOnce(&mut Account)) -> (Account, RedFlag) {
    let mut a = healthy();
    assert!(flag(&a, code).is_none(), "{code:?} fires on the healthy account");
    change(&mut a);
    let f = flag(&a, code).unwrap_or_else(|| panic!("{code:?} does not fire"));
    (a, f)
}

#[test]
fn the_healthy_account_raises_no_flag() {
    let an = run(&healthy());
    assert_eq!(an.red_flags, vec![]);
    // Everyone observed today, so each factor is the stance factor. Decider: 1.0 × 1.0
    // (start, champion) × 1.0 × 0.8 × 1.0 × 0.8 = 0.64, access medium 0.85: D = 0.544.
    // Payer: 0.64 × 0.6 × 0.5 = 0.192, access weak 0.7: P = 0.1344.
    // √(0.544 × 0.1344) = 0.27040.
    assert_eq!(an.score, 27);
}

#[test]
fn missing_roles() {
    let (_, f) = fires(FlagCode::NoUser, |a| p(a, "p-user").roles.clear());
    assert_eq!(
        (f.people, f.message.as_str()),
        (vec![], "Nobody is recorded as a user, so the case has nobody to start from.")
    );
    let (_, f) = fires(FlagCode::NoDecider, |a| p(a, "p-dec").roles.clear());
    assert_eq!(f.message, "Nobody is recorded as a decider: find out who makes the choice.");
    let (_, f) = fires(FlagCode::NoPayer, |a| p(a, "p-pay").roles.clear());
    assert_eq!(f.message, "Nobody is recorded as a payer: find out who approves and pays.");
}

#[test]
fn no_champion() {
    let (_, f) = fires(FlagCode::NoChampion, |a| p(a, "p-user").stance = Stance::Supporter);
    assert!(f.people.is_empty());
    assert_eq!(f.message, "Nobody is a champion: nobody inside the account sells the case for us.");
}

#[test]
fn uncovered_decider_and_payer() {
    let (a, f) = fires(FlagCode::DeciderUncovered, |a| p(a, "p-dec").coverage.clear());
    assert_eq!(ids(&a, &f.people), ["p-dec"]);
    assert_eq!(f.message, "Nobody on our team covers the decider Dec.");
    let (a, f) = fires(FlagCode::PayerUncovered, |a| p(a, "p-pay").coverage.clear());
    assert_eq!(ids(&a, &f.people), ["p-pay"]);
    assert_eq!(f.message, "Nobody on our team covers the payer Pay.");
}

#[test]
fn single_threaded_at_one_or_no_covered_person() {
    let (a, f) = fires(FlagCode::SingleThreaded, |a| {
        for id in ["p-infl", "p-dec", "p-pay"] {
            p(a, id).coverage.clear();
        }
    });
    assert_eq!(ids(&a, &f.people), ["p-user"]);
    assert_eq!(f.message, "Our team knows only User: if they leave or turn against us, we lose the account.");
    let mut a = healthy();
    for id in ["p-infl", "p-dec"] {
        p(&mut a, id).coverage.clear();
    }
    assert!(flag(&a, FlagCode::SingleThreaded).is_none(), "two covered people are two threads");
    let (_, f) = fires(FlagCode::SingleThreaded, |a| a.people.iter_mut().for_each(|p| p.coverage.clear()));
    assert_eq!(f.message, "Our team covers nobody in this account.");
}

#[test]
fn blockers_are_opponents_or_strong_skeptics_at_or_near_the_decision() {
    let (a, f) = fires(FlagCode::Blocker, |a| p(a, "p-pay").stance = Stance::Opponent);
    assert_eq!(ids(&a, &f.people), ["p-pay"]);
    assert_eq!(
        f.message,
        "Pay (opponent, a payer) can block the decision. Until Pay is neutralised, the score cannot pass 25."
    );

    // A skeptic of influence 4 with a medium link to the decider blocks; of influence 3,
    // or with only a weak link, they do not.
    let skeptic = |influence: i64, strength: &str| {
        let mut a = healthy();
        seen(&mut a, "p-qa", "influencer", "skeptic");
        p(&mut a, "p-qa").influence.0 = influence;
        influences(&mut a, "p-qa", "p-dec", strength);
        a
    };
    let f = flag(&skeptic(4, "medium"), FlagCode::Blocker).unwrap();
    assert_eq!(f.message, "Qa (skeptic of influence 4, sways the decider Dec) can block the decision.");
    assert!(flag(&skeptic(3, "strong"), FlagCode::Blocker).is_none());
    assert!(flag(&skeptic(5, "weak"), FlagCode::Blocker).is_none());
    // An opponent who only reports to the decider does not sway them through influence.
    let mut a = healthy();
    seen(&mut a, "p-qa", "influencer", "opponent");
    reports(&mut a, "p-qa", "p-dec");
    assert!(flag(&a, FlagCode::Blocker).is_none());
}

#[test]
fn push_only_when_everyone_we_cover_is_in_purchasing() {
    let (a, f) = fires(FlagCode::PushOnly, |a| {
        a.people.iter_mut().for_each(|p| p.coverage.clear());
        seen(a, "p-buyer", "buyer", "neutral");
        seen(a, "p-assistant", "gatekeeper", "neutral");
        cover(a, "p-buyer", "t-sales", "strong");
        cover(a, "p-assistant", "t-sales", "weak");
    });
    assert_eq!(ids(&a, &f.people), ["p-buyer", "p-assistant"]);
    assert!(f.message.starts_with("We only know Buyer and Assistant in purchasing"), "{}", f.message);
    assert_eq!(ids(&a, &run(&a).push_route), ["p-buyer", "p-assistant"]);
    // Nobody covered at all is single-threaded, not push-only.
    let mut a = healthy();
    a.people.iter_mut().for_each(|p| p.coverage.clear());
    assert!(flag(&a, FlagCode::PushOnly).is_none());
}

#[test]
fn stale_contact_after_sixty_days_or_never() {
    let t = today();
    let (a, f) = fires(FlagCode::StaleContact, |a| {
        p(a, "p-dec").last_contact = Some(t.add_days(-61));
        p(a, "p-pay").last_contact = None;
        p(a, "p-user").last_contact = Some(t.add_days(-100)); // a champion
        p(a, "p-infl").last_contact = Some(t.add_days(-100)); // neither key role nor champion
    });
    assert_eq!(ids(&a, &f.people), ["p-user", "p-dec", "p-pay"]);
    assert_eq!(
        f.message,
        "Not contacted within 60 days: User (last 2026-08-19), Dec (last 2026-09-27) and Pay (never)."
    );
    let mut a = healthy();
    p(&mut a, "p-dec").last_contact = Some(t.add_days(-60));
    assert!(flag(&a, FlagCode::StaleContact).is_none(), "60 days is still within 60 days");
}

#[test]
fn unknown_stance_of_a_decider_or_payer() {
    let (a, f) = fires(FlagCode::UnknownStance, |a| p(a, "p-dec").stance = Stance::Unknown);
    assert_eq!(ids(&a, &f.people), ["p-dec"]);
    assert_eq!(f.message, "We do not know where Dec stands, though the decision needs them.");
    let mut a = healthy();
    p(&mut a, "p-infl").stance = Stance::Unknown;
    assert!(flag(&a, FlagCode::UnknownStance).is_none(), "an influencer's stance is not the flag's concern");
}

#[test]
fn path_broken_when_no_pull_path_reaches_a_payer() {
    let (a, f) = fires(FlagCode::PathBroken, |a| p(a, "p-infl").stance = Stance::Opponent);
    assert_eq!(ids(&a, &f.people), ["p-pay"]);
    assert_eq!(
        f.message,
        "No pull path reaches Pay: the case cannot travel from our users to the people who pay."
    );
    assert_eq!(run(&a).score, 0);
    // Without any payer it is `no_payer`, not a broken path.
    let mut a = healthy();
    p(&mut a, "p-pay").roles.clear();
    assert!(flag(&a, FlagCode::PathBroken).is_none());
}

#[test]
fn no_technical_peer_for_technical_departments_covered_only_by_others() {
    let (a, f) = fires(FlagCode::NoTechnicalPeer, |a| p(a, "p-user").coverage[0].member = "t-sales".into());
    assert_eq!(ids(&a, &f.people), ["p-user"]);
    assert_eq!(
        f.message,
        "Only non-technical colleagues talk to User (Engineering): send them a technical peer."
    );
    // Russian department names count, in any case.
    let (a, _) = fires(FlagCode::NoTechnicalPeer, |a| p(a, "p-infl").department = Some("ИТ-отдел".into()));
    assert_eq!(ids(&a, &flag(&a, FlagCode::NoTechnicalPeer).unwrap().people), ["p-infl"]);
    // Covered by a technical member as well, or not covered at all: no flag.
    let mut a = healthy();
    p(&mut a, "p-user").coverage.clear();
    assert!(flag(&a, FlagCode::NoTechnicalPeer).is_none());
    cover(&mut a, "p-user", "t-sales", "strong");
    cover(&mut a, "p-user", "t-tech", "weak");
    assert!(flag(&a, FlagCode::NoTechnicalPeer).is_none());
}

#[test]
fn the_word_list_is_configurable_per_account() {
    let mut a = healthy();
    p(&mut a, "p-infl").department = Some("Laboratory".into());
    assert!(flag(&a, FlagCode::NoTechnicalPeer).is_none());
    a.extra.insert("pull_model".into(), serde_json::json!({"technical_words": ["lab"]}));
    let cfg = dmu::analysis::PullConfig::for_account(&a).unwrap();
    let f = run_with(&a, &cfg).red_flags.into_iter().find(|f| f.code == FlagCode::NoTechnicalPeer).unwrap();
    assert_eq!(ids(&a, &f.people), ["p-infl"]);
}

#[test]
fn names_in_messages_are_made_inert() {
    let (a, f) = fires(FlagCode::DeciderUncovered, |a| {
        p(a, "p-dec").coverage.clear();
        p(a, "p-dec").name = "Dec\u{1b}[2J".into();
    });
    assert_eq!(f.message, "Nobody on our team covers the decider Dec\u{FFFD}[2J.");
    assert!(!dmu::analysis::report_text(&a, &run(&a)).contains('\u{1b}'));
}

#[test]
fn hidden_power_is_influence_four_or_more_that_nobody_covers() {
    let (a, f) = fires(FlagCode::HiddenPower, |a| {
        seen(a, "p-boss", "influencer", "neutral");
        influence(a, "p-boss", 4);
    });
    assert_eq!(ids(&a, &f.people), ["p-boss"]);
    assert_eq!(f.message, "Boss (influence 4) weighs in the decision, but nobody on our team knows them.");
    let mut b = a.clone();
    influence(&mut b, "p-boss", 3);
    assert!(flag(&b, FlagCode::HiddenPower).is_none(), "influence 3 is below the border");
    let mut b = a.clone();
    cover(&mut b, "p-boss", "t-sales", "weak");
    assert!(flag(&b, FlagCode::HiddenPower).is_none(), "covered");
    // An uncovered decider of influence 5 is named by decider_uncovered instead.
    let mut b = healthy();
    p(&mut b, "p-dec").coverage.clear();
    influence(&mut b, "p-dec", 5);
    assert!(flag(&b, FlagCode::HiddenPower).is_none());
    assert!(flag(&b, FlagCode::DeciderUncovered).is_some());
}

#[test]
fn champion_leaving_or_the_only_thread_leaving() {
    let (a, f) = fires(FlagCode::ChampionLeaving, |a| status(a, "p-user", "leaving", -10));
    assert_eq!(ids(&a, &f.people), ["p-user"]);
    assert_eq!(
        f.message,
        "User (leaves on 2026-12-07): thread the account through others before the case loses its voice."
    );
    // Gone, and still listed as our contact: it counts; gone and no longer covered: not.
    let (_, f) = fires(FlagCode::ChampionLeaving, |a| status(a, "p-user", "left", 3));
    assert!(f.message.starts_with("User (left on 2026-11-24)"), "{}", f.message);
    let mut b = healthy();
    status(&mut b, "p-user", "left", 3);
    p(&mut b, "p-user").coverage.clear();
    assert!(flag(&b, FlagCode::ChampionLeaving).is_none());
    // A supporter leaving is not the flag's concern, unless they are our only thread.
    let mut b = healthy();
    status(&mut b, "p-infl", "leaving", -10);
    assert!(flag(&b, FlagCode::ChampionLeaving).is_none());
    for id in ["p-user", "p-dec", "p-pay"] {
        p(&mut b, id).coverage.clear();
    }
    assert_eq!(ids(&b, &flag(&b, FlagCode::ChampionLeaving).unwrap().people), ["p-infl"]);
}

#[test]
fn new_player_whose_stance_nobody_has_seen_since() {
    // The decider is new since 30 days ago; their stance was observed 40 days ago.
    let (a, f) = fires(FlagCode::NewPlayer, |a| {
        status(a, "p-dec", "new", 30);
        stance_on(a, "p-dec", 40);
    });
    assert_eq!(ids(&a, &f.people), ["p-dec"]);
    assert_eq!(f.message, "Dec (new since 2026-10-28): nobody has seen where they stand in the new role.");
    // Seen on the day they started: no longer unverified. Reported since: still is.
    let mut b = a.clone();
    stance_on(&mut b, "p-dec", 30);
    assert!(flag(&b, FlagCode::NewPlayer).is_none());
    basis(&mut b, "p-dec", "reported");
    assert!(flag(&b, FlagCode::NewPlayer).is_some());
    // An influencer counts from influence 4.
    let mut b = healthy();
    status(&mut b, "p-infl", "new", 30);
    stance_on(&mut b, "p-infl", 40);
    assert!(flag(&b, FlagCode::NewPlayer).is_none(), "influence 3");
    influence(&mut b, "p-infl", 4);
    assert!(flag(&b, FlagCode::NewPlayer).is_some());
}

#[test]
fn weak_champion_of_little_influence_or_without_a_way_to_the_decision() {
    let (a, f) = fires(FlagCode::WeakChampion, |a| influence(a, "p-user", 2));
    assert_eq!(ids(&a, &f.people), ["p-user"]);
    assert_eq!(f.message, "User (influence 2) cannot carry the decision: a coach, not a champion.");
    let (_, f) = fires(FlagCode::WeakChampion, |a| a.links.retain(|l| l.from != "p-user"));
    assert_eq!(
        f.message,
        "User (no link to a decider or payer) cannot carry the decision: a coach, not a champion."
    );
    // A second champion who can carry it: no flag.
    let mut b = a.clone();
    p(&mut b, "p-dec").stance = Stance::Champion;
    assert!(flag(&b, FlagCode::WeakChampion).is_none());
    // No champion at all is `no_champion`, not a weak one.
    let mut b = healthy();
    p(&mut b, "p-user").stance = Stance::Supporter;
    assert!(flag(&b, FlagCode::WeakChampion).is_none());
}

#[test]
fn unverified_support_rests_on_a_guess_or_an_old_judgement() {
    let (a, f) = fires(FlagCode::UnverifiedSupport, |a| stance_on(a, "p-dec", 121));
    assert_eq!(ids(&a, &f.people), ["p-dec"]);
    assert_eq!(f.message, "The support of Dec (supporter, 121 days old) is not verified: see it first-hand.");
    let mut b = healthy();
    stance_on(&mut b, "p-dec", 120);
    assert!(flag(&b, FlagCode::UnverifiedSupport).is_none(), "120 days is the half-life itself");
    let (_, f) = fires(FlagCode::UnverifiedSupport, |a| basis(a, "p-pay", "assumed"));
    assert_eq!(f.message, "The support of Pay (neutral, assumed) is not verified: see it first-hand.");
    // A skeptic's assumed stance is not support.
    let mut b = healthy();
    basis(&mut b, "p-pay", "assumed");
    p(&mut b, "p-pay").stance = Stance::Skeptic;
    assert!(flag(&b, FlagCode::UnverifiedSupport).is_none());
}

#[test]
fn competitor_coach_decides_pays_or_sways_someone_who_does() {
    let (a, f) = fires(FlagCode::CompetitorCoach, |a| favours(a, "p-pay", "Rivalsoft"));
    assert_eq!(ids(&a, &f.people), ["p-pay"]);
    assert_eq!(
        f.message,
        "Pay favours Rivalsoft: the competitor has a friend at the decision. Until Pay is neutralised, the score cannot pass 25."
    );
    assert_eq!(ids(&a, &run(&a).vetoes), ["p-pay"]);
    // Through a weak link: the flag fires (any `influences` link), but no veto (below
    // blocker_link_strength).
    let (a, f) = fires(FlagCode::CompetitorCoach, |a| {
        seen(a, "p-fan", "influencer", "neutral");
        favours(a, "p-fan", "Rivalsoft");
        influences(a, "p-fan", "p-dec", "weak");
    });
    assert_eq!(
        f.message,
        "Fan favours Rivalsoft and sways Dec: the competitor has a friend at the decision."
    );
    assert!(run(&a).vetoes.is_empty());
    // Swaying nobody who decides or pays, or only reporting to them: no flag.
    let mut b = healthy();
    seen(&mut b, "p-fan", "influencer", "neutral");
    favours(&mut b, "p-fan", "Rivalsoft");
    influences(&mut b, "p-fan", "p-infl", "strong");
    reports(&mut b, "p-fan", "p-dec");
    assert!(flag(&b, FlagCode::CompetitorCoach).is_none());
}
