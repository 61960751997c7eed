//! The promises of the pull model (`docs/pull-model.md`, "Promises"), on generated
//! accounts: raising a stance, adding coverage or adding a link never lowers the score
//! (with the one documented exception, a link that creates a veto); the same account
//! gives the same result; for a person at neutral or better, a surer basis or a fresher
//! judgement never lowers it; and every next step's gain is exactly what re-analysing
//! the account with the step taken adds.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{PullConfig, report_json};
use dmu::model::{Account, Basis, Coverage, Link, LinkKind, Role, Stance, Strength};
use proptest::prelude::*;
use proptest::sample::Index as Pick;

const ROLES: [Role; 6] =
    [Role::User, Role::Influencer, Role::Decider, Role::Payer, Role::Buyer, Role::Gatekeeper];

/// One generated person: roles (bits of `ROLES`), stance, coverage, basis, age of the
/// judgement, status, whether they favour a competitor, influence, last contact.
type Gen = (u8, usize, usize, usize, Option<i32>, usize, bool, i64, Option<i32>);

fn gen_person() -> impl Strategy<Value = Gen> {
    (
        0u8..64,
        0usize..6,
        0usize..6,
        0usize..4,
        prop::option::of(0i32..400),
        0usize..6,
        prop::bool::weighted(0.15),
        1i64..=5,
        prop::option::weighted(0.8, 0i32..120),
    )
}

/// Up to 7 people of any roles, stances, bases, ages, statuses and coverage, and up to
/// 16 links. Ids are a permutation of the positions, so ties broken by id are not
/// broken by position.
fn accounts() -> impl Strategy<Value = Account> {
    (1usize..=7)
        .prop_flat_map(|n| {
            let people = prop::collection::vec(gen_person(), n);
            let links = prop::collection::vec((0..n, 0..n, 0usize..4), 0..=16);
            (people, links)
        })
        .prop_map(|(people, links)| {
            let mut a = account();
            let id = |i: usize| format!("p-{}", (i * 5 + 3) % 8);
            for (i, (roles, stance, cov, b, age, st, fav, inf, contact)) in people.into_iter().enumerate() {
                let roles: Vec<&str> = ROLES
                    .iter()
                    .enumerate()
                    .filter(|(bit, _)| roles & (1 << bit) != 0)
                    .map(|(_, r)| r.key())
                    .collect();
                let pid = id(i);
                person(&mut a, &pid, &roles.join(","), Stance::ALL[stance].key());
                let q = p(&mut a, &pid);
                q.stance_basis =
                    [None, Some(Basis::Observed), Some(Basis::Reported), Some(Basis::Assumed)][b];
                q.stance_on = age.map(ago);
                q.last_contact = contact.map(ago);
                q.influence.0 = inf;
                if fav {
                    q.favours = Some("Rival".into());
                }
                match st {
                    1 => status(&mut a, &pid, "new", 30),
                    2 => status(&mut a, &pid, "leaving", -30),
                    3 => status(&mut a, &pid, "leaving", 5),
                    4 => status(&mut a, &pid, "left", 10),
                    _ => {}
                }
                match cov {
                    1..=3 => cover(&mut a, &pid, "t-sales", Strength::ALL[cov - 1].key()),
                    4 => cover(&mut a, &pid, "t-tech", "strong"),
                    _ => {}
                }
            }
            for (f, t, k) in links {
                if f != t {
                    add_link(&mut a, &id(f), &id(t), k);
                }
            }
            a
        })
}

/// Adds a link unless it is already there: kind 0 is `reports_to`, 1 to 3 `influences`
/// weak to strong.
fn add_link(a: &mut Account, from: &str, to: &str, k: usize) {
    let kind = if k == 0 { LinkKind::ReportsTo } else { LinkKind::Influences };
    if !a.links.iter().any(|l| l.from == from && l.to == to && l.kind == kind) {
        let strength = (k > 0).then(|| Strength::ALL[k - 1]);
        a.links.push(Link { from: from.into(), to: to.into(), kind, strength, extra: Default::default() });
    }
}

/// The default model, or one with other (still ordered) weights and a side power other
/// than 1, which makes exact ties rarer and rounding differences likelier.
fn configs() -> impl Strategy<Value = PullConfig> {
    let sorted = |k: usize| {
        prop::collection::vec(0.0f64..=1.0, k).prop_map(|mut v| {
            v.sort_by(f64::total_cmp);
            v
        })
    };
    prop_oneof![
        Just(PullConfig::default()),
        (sorted(4), sorted(5), 0.0f64..=1.0, sorted(3), sorted(3), sorted(4), 0.2f64..=1.0).prop_map(
            |(l, s, unknown, st, b, acc, power)| PullConfig {
                reports_to: l[0],
                link_weak: l[1],
                link_medium: l[2],
                link_strong: l[3],
                stance_opponent: s[0],
                stance_skeptic: s[1],
                stance_neutral: s[2],
                stance_supporter: s[3],
                stance_champion: s[4],
                stance_unknown: unknown.min(s[2]),
                start_weak: st[0],
                start_medium: st[1],
                start_strong: st[2],
                basis_assumed: b[0],
                basis_reported: b[1],
                basis_observed: b[2],
                access_none: acc[0],
                access_weak: acc[1],
                access_medium: acc[2],
                access_strong: acc[3],
                side_power: power,
                next_best_limit: 1000,
                ..PullConfig::default()
            }
        ),
    ]
}

/// Whether a link `from -> to` of kind `k` would give `from` a veto: an `influences`
/// link of at least `blocker_link_strength` from an opponent or a competitor's friend
/// to a decider or payer, both still there.
fn creates_veto(a: &Account, cfg: &PullConfig, f: usize, t: usize, k: usize) -> bool {
    let (from, to) = (&a.people[f], &a.people[t]);
    let against = from.stance == Stance::Opponent || from.favours.is_some();
    let key = to.has(Role::Decider) || to.has(Role::Payer);
    k > 0 && Strength::ALL[k - 1] >= cfg.blocker_link_strength && against && key
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn raising_a_stance_never_lowers_the_score(a in accounts(), cfg in configs(), who in any::<Pick>()) {
        let i = who.index(a.people.len());
        let before = run_with(&a, &cfg).score;
        let mut b = a.clone();
        if let Some(to) = b.people[i].stance.raised() {
            b.people[i].stance = to;
        }
        prop_assert!(run_with(&b, &cfg).score >= before);
    }

    #[test]
    fn adding_coverage_never_lowers_the_score(
        a in accounts(), cfg in configs(), who in any::<Pick>(), s in 0usize..3, tech in any::<bool>()
    ) {
        let i = who.index(a.people.len());
        let member = if tech { "t-tech" } else { "t-sales" };
        let before = run_with(&a, &cfg).score;
        let mut b = a.clone();
        match b.people[i].coverage.iter_mut().find(|c| c.member == member) {
            Some(c) => c.strength = c.strength.max(Strength::ALL[s]),
            None => b.people[i].coverage.push(Coverage {
                member: member.into(),
                strength: Strength::ALL[s],
                extra: Default::default(),
            }),
        }
        prop_assert!(run_with(&b, &cfg).score >= before);
    }

    #[test]
    fn adding_a_link_that_creates_no_veto_never_lowers_the_score(
        a in accounts(), cfg in configs(), from in any::<Pick>(), to in any::<Pick>(), k in 0usize..4
    ) {
        let (f, t) = (from.index(a.people.len()), to.index(a.people.len()));
        prop_assume!(f != t && !creates_veto(&a, &cfg, f, t, k));
        let before = run_with(&a, &cfg).score;
        let mut b = a.clone();
        let (fid, tid) = (a.people[f].id.clone(), a.people[t].id.clone());
        add_link(&mut b, &fid, &tid, k);
        prop_assert!(run_with(&b, &cfg).score >= before);
    }

    #[test]
    fn the_same_account_gives_the_same_result(a in accounts(), cfg in configs()) {
        let first = run_with(&a, &cfg);
        let again = run_with(&a.clone(), &cfg);
        prop_assert_eq!(&first, &again);
        prop_assert_eq!(report_json(&a, &first), report_json(&a, &again));
        for (p, q) in first.decider_paths.iter().chain(&first.payer_paths)
            .zip(again.decider_paths.iter().chain(&again.payer_paths))
        {
            prop_assert_eq!(p.strength.to_bits(), q.strength.to_bits());
        }
    }

    #[test]
    fn a_surer_basis_or_a_fresher_judgement_never_lowers_the_score(
        a in accounts(), cfg in configs(), who in any::<Pick>(), surer in any::<bool>(), days in 0i32..400
    ) {
        let i = who.index(a.people.len());
        prop_assume!(a.people[i].stance.at_least_neutral());
        let before = run_with(&a, &cfg).score;
        let mut b = a.clone();
        let q = &mut b.people[i];
        if surer {
            q.stance_basis = Some(match q.basis() {
                Basis::Assumed => Basis::Reported,
                _ => Basis::Observed,
            });
        } else {
            // A confirmation `days` ago, or the old one if that is fresher; an undated
            // judgement counts as one half-life old, so a fresher one is at most that.
            let on = ago(days);
            let half = cfg.half_life_days as i32;
            q.stance_on = Some(q.judged_on().map_or(ago(days % (half + 1)), |d| d.max(on)));
        }
        prop_assert!(run_with(&b, &cfg).score >= before, "{:?}", b.people[i]);
    }

    #[test]
    fn fast_ranking_equals_recomputing_every_step(a in accounts(), cfg in configs()) {
        let cfg = PullConfig { next_best_limit: 1000, ..cfg };
        let an = run_with(&a, &cfg);
        for step in &an.next_best {
            let mut b = a.clone();
            b.people[step.person] = step.after.clone();
            let again = run_with(&b, &cfg).score;
            prop_assert_eq!(again, an.score + step.gain, "{:?} {:?}", step.step, step.reason);
            prop_assert!(step.gain >= 1);
        }
    }
}

/// The exception to "adding a link never lowers the score": an `influences` link of at
/// least `blocker_link_strength` from an opponent or a competitor's friend to a decider
/// or payer gives them a veto, and the score falls to the ceiling. A weaker link, or
/// the same link from a neutral person, does not.
#[test]
fn a_link_that_creates_a_veto_caps_the_score_and_nothing_else_does() {
    let mut a = account();
    person(&mut a, "p-u", "user", "champion");
    person(&mut a, "p-d", "decider,payer", "champion");
    person(&mut a, "p-x", "influencer", "neutral");
    for id in ["p-u", "p-d"] {
        basis(&mut a, id, "observed");
        cover(&mut a, id, "t-sales", "strong");
    }
    influences(&mut a, "p-u", "p-d", "strong");
    favours(&mut a, "p-x", "Rival");
    assert_eq!(run(&a).score, 100); // 1 × 1 × 1 × 1, access strong on both sides
    let with = |strength: &str, rival: bool| {
        let mut b = a.clone();
        if !rival {
            p(&mut b, "p-x").favours = None;
        }
        influences(&mut b, "p-x", "p-d", strength);
        run(&b).score
    };
    assert_eq!(with("weak", true), 100, "below blocker_link_strength: no veto");
    assert_eq!(with("medium", true), 25, "the competitor's friend now sways the decider");
    assert_eq!(with("medium", false), 100, "the same link from a neutral person");
    let mut b = a.clone();
    p(&mut b, "p-x").favours = None;
    p(&mut b, "p-x").stance = Stance::Opponent;
    influences(&mut b, "p-x", "p-d", "strong");
    assert_eq!(run(&b).score, 25, "an opponent's strong link");
    // Someone who has left sways nobody.
    status(&mut b, "p-x", "left", 1);
    assert_eq!(run(&b).score, 100);
}
