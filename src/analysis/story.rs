//! The story of the decision stage by stage, and the push route beside it.

use super::{PullPath, Stage, StageStory, join, name, shown, stage_of};
use crate::model::{Account, Role, Stance};
use crate::t;

/// The people we cover who hold only purchasing roles: the route a push would take.
pub(crate) fn push_route(a: &Account) -> Vec<usize> {
    (0..a.people.len())
        .filter(|&i| {
            let p = &a.people[i];
            !p.coverage.is_empty()
                && !p.roles.is_empty()
                && p.roles.iter().all(|r| matches!(r, Role::Buyer | Role::Gatekeeper))
        })
        .collect()
}

/// One story per stage from users to payers.
/// `reaches[i]`: a chain from person i can reach some decider or payer.
pub(crate) fn stages(
    a: &Account,
    deciders: &[PullPath],
    payers: &[PullPath],
    reaches: &[bool],
) -> Vec<StageStory> {
    let mut on_path = vec![false; a.people.len()];
    for p in deciders.iter().chain(payers) {
        for &i in &p.people {
            on_path[i] = true;
        }
    }
    // One pass: who stands in each stage, and who holds the decider and payer roles.
    let mut columns: [Vec<usize>; 4] = Default::default();
    let mut holders: [Vec<usize>; 2] = Default::default();
    for (i, p) in a.people.iter().enumerate() {
        let stage = stage_of(p);
        if stage != Stage::Other {
            columns[stage as usize].push(i);
        }
        for (k, role) in [Role::Decider, Role::Payer].into_iter().enumerate() {
            if p.has(role) {
                holders[k].push(i);
            }
        }
    }
    let with_stance =
        |i: usize| t!("analysis-with-stance", name = name(a, i), stance = a.people[i].stance.tr_word());
    let listed = |people: &[usize]| join(people.iter().map(|&i| with_stance(i)));
    Stage::ALL[..4]
        .iter()
        .zip(columns)
        .map(|(&stage, people)| {
            let supporters: Vec<usize> = people
                .iter()
                .copied()
                .filter(|&i| matches!(a.people[i].stance, Stance::Champion | Stance::Supporter))
                .collect();
            let carrying: Vec<usize> = people.iter().copied().filter(|&i| on_path[i]).collect();
            let sentence = match stage {
                Stage::User => users(a, &people, &carrying, reaches, deciders.iter().chain(payers), &listed),
                Stage::Influencer if people.is_empty() => t!("analysis-story-no-influencers"),
                Stage::Influencer if carrying.is_empty() => {
                    t!("analysis-story-influencers-off-path", listed = listed(&people))
                }
                Stage::Influencer => {
                    t!("analysis-story-influencers-carry", listed = listed(&carrying), n = carrying.len())
                }
                // A decider who also pays stands with the payers; the choice is theirs.
                Stage::Decider if people.is_empty() && !holders[0].is_empty() => {
                    t!("analysis-story-deciders-pay", listed = listed(&holders[0]), n = holders[0].len())
                }
                Stage::Decider if people.is_empty() => t!("analysis-story-no-deciders"),
                Stage::Payer if people.is_empty() => t!("analysis-story-no-payers"),
                _ => {
                    let (role, k) =
                        if stage == Stage::Decider { (Role::Decider, 0) } else { (Role::Payer, 1) };
                    let paths = if stage == Stage::Decider { deciders } else { payers };
                    ends(a, role, &holders[k], paths, &listed)
                }
            };
            StageStory { stage, people, supporters, sentence }
        })
        .collect()
}

fn users<'p>(
    a: &Account,
    people: &[usize],
    carrying: &[usize],
    reaches: &[bool],
    paths: impl Iterator<Item = &'p PullPath>,
    listed: &dyn Fn(&[usize]) -> String,
) -> String {
    // Chains may start with people who are users and also hold a later role (a user
    // who influences): they stand in a later column, but the case starts with them.
    let mut starters: Vec<usize> = paths
        .filter_map(|p| p.people.first().copied())
        .filter(|&i| a.people[i].has(Role::User) && stage_of(&a.people[i]) != Stage::User)
        .collect();
    starters.sort_unstable();
    starters.dedup();
    // Where the case starts instead, when not with a user of this column.
    let elsewhere = |fallback: String| -> String {
        match starters.len() {
            0 => fallback,
            1 => t!("analysis-story-starts-with-one", listed = listed(&starters)),
            _ => t!("analysis-story-starts-with-many", listed = listed(&starters)),
        }
    };
    if people.is_empty() {
        return if a.people.iter().any(|p| p.has(Role::User)) {
            if starters.is_empty() {
                t!("analysis-story-users-all-later")
            } else {
                t!("analysis-story-users-all-later-start", start = elsewhere(String::new()))
            }
        } else {
            t!("analysis-story-no-users")
        };
    }
    let covered: Vec<usize> = people.iter().copied().filter(|&i| !a.people[i].coverage.is_empty()).collect();
    if covered.is_empty() {
        let start = elsewhere(t!("analysis-story-cannot-start"));
        return t!("analysis-story-users-uncovered", listed = listed(people), start = start);
    }
    if carrying.is_empty() {
        return if covered.iter().any(|&i| reaches[i]) {
            let start = elsewhere(t!("analysis-story-start-further-up"));
            t!("analysis-story-we-know-but", listed = listed(&covered), start = start)
        } else if starters.is_empty() {
            t!("analysis-story-we-know-no-chain", listed = listed(&covered))
        } else {
            t!(
                "analysis-story-we-know-no-chain-start",
                listed = listed(&covered),
                start = elsewhere(String::new())
            )
        };
    }
    t!("analysis-story-users-start", listed = listed(carrying))
}

/// The sentence for deciders or payers: whom the case reaches, how strongly, where it
/// is weakest, and whom it does not reach.
fn ends(
    a: &Account,
    role: Role,
    holders: &[usize],
    paths: &[PullPath],
    listed: &dyn Fn(&[usize]) -> String,
) -> String {
    let Some(best) = paths.first() else {
        return t!("analysis-story-pull-stops", role = role.key(), listed = listed(holders));
    };
    let chain = best.people.iter().map(|&i| name(a, i)).collect::<Vec<_>>().join(" -> ");
    let (target, strength) = (name(a, best.target), shown(best.strength));
    let mut s =
        t!("analysis-story-reaches", target = target, role = role.key(), chain = chain, strength = strength);
    if best.weakest.0 != best.weakest.1 {
        let (from, to) = (name(a, best.weakest.0), name(a, best.weakest.1));
        s.push_str(&t!("analysis-story-weakest-hop", from = from, to = to));
    }
    s.push('.');
    if paths.len() > 1 {
        let others: Vec<usize> = paths[1..].iter().map(|p| p.target).collect();
        s.push_str(&t!("analysis-story-also-reach", names = join(others.iter().map(|&i| name(a, i)))));
    }
    let mut reached: Vec<usize> = paths.iter().map(|p| p.target).collect();
    reached.sort_unstable();
    let missed: Vec<usize> = holders.iter().copied().filter(|i| reached.binary_search(i).is_err()).collect();
    if !missed.is_empty() {
        s.push_str(&t!("analysis-story-not-reached", listed = listed(&missed)));
    }
    s
}

/// When no single step raises the score, what would: the missing role, coverage, link or
/// the vetoes that hold it, in the order a rep would see to them.
pub(crate) fn when_stuck(
    a: &Account,
    an_vetoes: &[usize],
    decider_paths: &[PullPath],
    payer_paths: &[PullPath],
    present: &[bool],
) -> String {
    let holders = |r: Role| -> Vec<usize> {
        (0..a.people.len()).filter(|&i| present[i] && a.people[i].has(r)).collect()
    };
    let (deciders, payers) = (holders(Role::Decider), holders(Role::Payer));
    let names = |people: &[usize]| join(people.iter().map(|&i| name(a, i)));
    if deciders.is_empty() {
        return t!("analysis-stuck-no-decider");
    }
    if payers.is_empty() {
        return t!("analysis-stuck-no-payer");
    }
    if a.team.is_empty() {
        return t!("analysis-stuck-no-team");
    }
    if an_vetoes.len() > 1 {
        return t!("analysis-stuck-vetoes", names = names(an_vetoes));
    }
    let starts: Vec<usize> = (0..a.people.len())
        .filter(|&i| present[i] && a.people[i].has(Role::User) && !a.people[i].coverage.is_empty())
        .collect();
    if starts.is_empty() {
        let users = holders(Role::User);
        return if users.is_empty() {
            t!("analysis-stuck-no-user")
        } else {
            t!("analysis-stuck-users-uncovered", names = names(&users))
        };
    }
    if decider_paths.is_empty() || payer_paths.is_empty() {
        let unreached = if decider_paths.is_empty() { &deciders } else { &payers };
        return t!("analysis-stuck-no-chain", starts = names(&starts), unreached = names(unreached));
    }
    t!("analysis-stuck-saturated")
}

#[cfg(test)]
mod tests {
    use super::when_stuck;
    use crate::model::{Account, Coverage, Person, Role, Strength, TeamMember};

    fn person(id: &str, roles: &[Role]) -> Person {
        let mut p = Person::new(id, id.to_uppercase());
        p.roles = roles.to_vec();
        p
    }

    #[test]
    fn when_stuck_names_what_is_missing_in_the_order_a_rep_sees_to_it() {
        let mut a = Account::new("a", "A");
        a.people =
            vec![person("u", &[Role::User]), person("d", &[Role::Decider]), person("p", &[Role::Payer])];
        let here = [true; 3];
        // No team at all: nothing can be sent.
        assert!(when_stuck(&a, &[], &[], &[], &here).contains("no team"));
        a.team.push(TeamMember {
            id: "t".into(),
            name: "T".into(),
            function: Default::default(),
            extra: Default::default(),
        });
        // A team, but no user covered: the case has nowhere to start.
        assert!(when_stuck(&a, &[], &[], &[], &here).contains("nobody on our team covers a user (U)"));
        a.people[0].coverage.push(Coverage {
            member: "t".into(),
            strength: Strength::Strong,
            extra: Default::default(),
        });
        // Covered, but no link: name the people no chain reaches.
        let s = when_stuck(&a, &[], &[], &[], &here);
        assert!(s.contains("no chain of links leads from the users we cover (U) to D"), "{s}");
        // Two vetoes: each must go.
        assert!(when_stuck(&a, &[1, 2], &[], &[], &here).contains("D and P can each veto it"));
        // Someone who has left does not count as the decider.
        assert!(
            when_stuck(&a, &[], &[], &[], &[true, false, true]).contains("nobody is recorded as a decider")
        );
    }
}
