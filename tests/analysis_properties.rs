//! Properties of the pull model on generated accounts: raising a stance, adding
//! coverage or adding a link never lowers the score; the same account always gives the
//! same result; and the fast next-best ranking equals recomputing the whole analysis
//! for every single step.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{Analysis, PullConfig, report_json};
use dmu::model::{Account, Coverage, Link, LinkKind, Role, Stance, Strength};
use proptest::prelude::*;
use proptest::sample::Index as Pick;

const ROLES: [Role; 5] = [Role::User, Role::Influencer, Role::Decider, Role::Payer, Role::Buyer];

/// Up to 8 people with any roles, stances and coverage, and up to 20 links. Ids are a
/// permutation of the positions, so ties broken by id are not broken by position.
fn accounts() -> impl Strategy<Value = Account> {
    (1usize..=8)
        .prop_flat_map(|n| {
            let people = prop::collection::vec((0u8..32, 0usize..6, 0usize..6), n);
            let links = prop::collection::vec((0..n, 0..n, 0usize..4), 0..=20);
            (people, links)
        })
        .prop_map(|(people, links)| {
            let mut a = account();
            let id = |i: usize| format!("p-{}", (i * 5 + 3) % 8);
            for (i, (roles, stance, cov)) in people.into_iter().enumerate() {
                let roles: Vec<&str> = ROLES
                    .iter()
                    .enumerate()
                    .filter(|(b, _)| roles & (1 << b) != 0)
                    .map(|(_, r)| r.key())
                    .collect();
                person(&mut a, &id(i), &roles.join(","), Stance::ALL[stance].key());
                match cov {
                    1..=3 => cover(&mut a, &id(i), "t-sales", Strength::ALL[cov - 1].key()),
                    4 => cover(&mut a, &id(i), "t-tech", "strong"),
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

/// The default model, or one with other (still ordered) weights, which makes exact
/// ties rarer and rounding differences likelier.
fn configs() -> impl Strategy<Value = PullConfig> {
    let sorted = |k: usize| {
        prop::collection::vec(0.0f64..=1.0, k).prop_map(|mut v| {
            v.sort_by(f64::total_cmp);
            v
        })
    };
    prop_oneof![
        Just(PullConfig::default()),
        (sorted(4), sorted(5), 0.0f64..=1.0, sorted(3)).prop_map(|(l, s, unknown, st)| PullConfig {
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
            next_best_limit: 1000,
            ..PullConfig::default()
        }),
    ]
}

fn best(an: &Analysis) -> (f64, f64) {
    (an.decider_paths.first().map_or(0.0, |p| p.strength), an.payer_paths.first().map_or(0.0, |p| p.strength))
}

fn not_lower(before: &Analysis, after: &Analysis) -> Result<(), TestCaseError> {
    prop_assert!(after.score >= before.score, "score fell from {} to {}", before.score, after.score);
    let (b, a) = (best(before), best(after));
    prop_assert!(a.0 >= b.0 && a.1 >= b.1, "best strengths fell from {b:?} to {a:?}");
    Ok(())
}

/// Every single step applied to a copy and the whole analysis run again.
fn brute_force(a: &Account, cfg: &PullConfig) -> Vec<(String, &'static str, u8)> {
    let base = run_with(a, cfg).score;
    let mut out = Vec::new();
    let mut try_step = |b: Account, i: usize, key: &'static str| {
        let after = run_with(&b, cfg).score;
        assert!(after >= base, "a step lowered the score");
        if after > base {
            out.push((a.people[i].id.clone(), key, after - base));
        }
    };
    for i in 0..a.people.len() {
        if let Some(to) = a.people[i].stance.raised() {
            let mut b = a.clone();
            b.people[i].stance = to;
            try_step(b, i, "raise_stance");
        }
        if a.people[i].coverage.is_empty() {
            let mut b = a.clone();
            let member = b.team[0].id.clone();
            b.people[i].coverage.push(Coverage {
                member,
                strength: cfg.cover_strength,
                extra: Default::default(),
            });
            try_step(b, i, "cover");
        }
    }
    out.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)).then((x.1 == "cover").cmp(&(y.1 == "cover"))));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn raising_a_stance_never_lowers_the_score(a in accounts(), cfg in configs(), who in any::<Pick>()) {
        let i = who.index(a.people.len());
        let before = run_with(&a, &cfg);
        let mut b = a.clone();
        if let Some(to) = b.people[i].stance.raised() {
            b.people[i].stance = to;
        }
        not_lower(&before, &run_with(&b, &cfg))?;
    }

    #[test]
    fn adding_coverage_never_lowers_the_score(
        a in accounts(), cfg in configs(), who in any::<Pick>(), s in 0usize..3, tech in any::<bool>()
    ) {
        let i = who.index(a.people.len());
        let member = if tech { "t-tech" } else { "t-sales" };
        let before = run_with(&a, &cfg);
        let mut b = a.clone();
        if !b.people[i].coverage.iter().any(|c| c.member == member) {
            b.people[i].coverage.push(Coverage { member: member.into(), strength: Strength::ALL[s], extra: Default::default() });
        }
        not_lower(&before, &run_with(&b, &cfg))?;
    }

    #[test]
    fn adding_a_link_never_lowers_the_score(
        a in accounts(), cfg in configs(), from in any::<Pick>(), to in any::<Pick>(), k in 0usize..4
    ) {
        let (f, t) = (from.index(a.people.len()), to.index(a.people.len()));
        prop_assume!(f != t);
        let before = run_with(&a, &cfg);
        let mut b = a.clone();
        let (fid, tid) = (a.people[f].id.clone(), a.people[t].id.clone());
        add_link(&mut b, &fid, &tid, k);
        not_lower(&before, &run_with(&b, &cfg))?;
    }

    #[test]
    fn the_same_account_gives_the_same_result(a in accounts(), cfg in configs()) {
        let first = run_with(&a, &cfg);
        let again = run_with(&a.clone(), &cfg);
        prop_assert_eq!(&first, &again);
        prop_assert_eq!(report_json(&a, &first), report_json(&a, &again));
        for p in first.decider_paths.iter().chain(&first.payer_paths) {
            prop_assert!(p.strength.to_bits() == again.decider_paths.iter().chain(&again.payer_paths)
                .find(|q| q.target == p.target).unwrap().strength.to_bits());
        }
    }

    #[test]
    fn fast_ranking_equals_recomputing_every_step(a in accounts(), cfg in configs()) {
        let cfg = PullConfig { next_best_limit: 1000, ..cfg };
        let fast: Vec<(String, &'static str, u8)> = run_with(&a, &cfg)
            .next_best
            .iter()
            .map(|s| (a.people[s.person].id.clone(), s.step.key(), s.gain))
            .collect();
        prop_assert_eq!(fast, brute_force(&a, &cfg));
    }
}
