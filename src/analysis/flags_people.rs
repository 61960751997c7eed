//! The red flags about people coming, going and being misjudged: hidden power, a
//! leaving champion, a new player, a weak champion, unverified support and a
//! competitor's coach. Definitions are in `docs/pull-model.md`.

use super::graph::Graph;
use super::{FlagCode, PullConfig, RedFlag, join, name};
use crate::model::{Account, Date, Index, LinkKind, Role, Stance, Status};
use crate::t;

fn key(a: &Account, g: &Graph, i: usize) -> bool {
    g.belief[i].present && (a.people[i].has(Role::Decider) || a.people[i].has(Role::Payer))
}

/// The six flags, in the order of [`FlagCode::ALL`]. `uncovered_keys` are the deciders
/// and payers nobody covers (already flagged; hidden power does not name them again).
pub(crate) fn people_flags(
    a: &Account,
    idx: &Index,
    cfg: &PullConfig,
    today: Date,
    g: &Graph,
    uncovered_keys: &[usize],
    vetoes: &[usize],
) -> Vec<RedFlag> {
    let mut out = Vec::new();
    let n = a.people.len();
    let present = |i: usize| g.belief[i].present;

    let mut named = vec![false; n];
    for &i in uncovered_keys {
        named[i] = true;
    }
    let hidden: Vec<usize> = (0..n)
        .filter(|&i| {
            let p = &a.people[i];
            present(i) && p.influence.0 >= cfg.hidden_power_influence && p.coverage.is_empty() && !named[i]
        })
        .collect();
    if !hidden.is_empty() {
        let items = hidden.iter().map(|&i| with_influence(a, i));
        let msg = t!("analysis-flag-hidden-power", items = join(items));
        out.push(RedFlag { code: FlagCode::HiddenPower, people: hidden, message: msg });
    }

    let everyone_covered: Vec<usize> = (0..n).filter(|&i| !a.people[i].coverage.is_empty()).collect();
    let going = |i: usize| {
        let p = &a.people[i];
        match p.status() {
            Status::Leaving => true,
            // Someone gone counts while our team still lists them as a contact.
            Status::Left => !p.coverage.is_empty(),
            _ => false,
        }
    };
    let leaving: Vec<usize> = (0..n)
        .filter(|&i| {
            going(i)
                && (a.people[i].stance == Stance::Champion
                    || (everyone_covered.len() == 1 && everyone_covered[0] == i))
        })
        .collect();
    if !leaving.is_empty() {
        let items = leaving.iter().map(|&i| {
            let p = &a.people[i];
            let name = name(a, i);
            match (p.status(), p.status_on) {
                (Status::Left, Some(d)) => t!("analysis-leaving-left-on", name = name, date = d),
                (Status::Left, None) => t!("analysis-leaving-has-left", name = name),
                (_, Some(d)) if d > today => t!("analysis-leaving-leaves-on", name = name, date = d),
                (_, Some(d)) => t!("analysis-leaving-left-on", name = name, date = d),
                (_, None) => t!("analysis-leaving-is-leaving", name = name),
            }
        });
        let msg = t!("analysis-flag-champion-leaving", items = join(items));
        out.push(RedFlag { code: FlagCode::ChampionLeaving, people: leaving, message: msg });
    }

    let new: Vec<usize> = (0..n)
        .filter(|&i| {
            let p = &a.people[i];
            present(i) && p.new_unverified() && (p.influence.0 >= 4 || key(a, g, i))
        })
        .collect();
    if !new.is_empty() {
        let items = new.iter().map(|&i| match a.people[i].status_on {
            Some(d) => t!("analysis-new-since", name = name(a, i), date = d),
            None => t!("analysis-new", name = name(a, i)),
        });
        let msg = t!("analysis-flag-new-player", n = new.len(), items = join(items));
        out.push(RedFlag { code: FlagCode::NewPlayer, people: new, message: msg });
    }

    let champions: Vec<usize> =
        (0..n).filter(|&i| present(i) && a.people[i].stance == Stance::Champion).collect();
    if !champions.is_empty() {
        let reaches = reaches_key(a, g);
        let weak = |i: usize| a.people[i].influence.0 <= 2 || !reaches[i];
        if champions.iter().all(|&i| weak(i)) {
            let items = champions.iter().map(|&i| {
                if a.people[i].influence.0 <= 2 {
                    with_influence(a, i)
                } else {
                    t!("analysis-weak-no-link", name = name(a, i))
                }
            });
            let msg = t!("analysis-flag-weak-champion", n = champions.len(), items = join(items));
            out.push(RedFlag { code: FlagCode::WeakChampion, people: champions, message: msg });
        }
    }

    let unverified: Vec<usize> = (0..n)
        .filter(|&i| {
            let b = g.belief[i];
            key(a, g, i)
                && a.people[i].stance.at_least_neutral()
                && (b.basis == crate::model::Basis::Assumed || b.stale)
        })
        .collect();
    if !unverified.is_empty() {
        let items = unverified.iter().map(|&i| {
            let b = g.belief[i];
            let why = if b.basis == crate::model::Basis::Assumed {
                if a.people[i].new_unverified() {
                    t!("analysis-why-before-new-role")
                } else {
                    t!("analysis-why-assumed")
                }
            } else {
                age(b.age)
            };
            let stance = a.people[i].stance.tr_word();
            t!("analysis-unverified-item", name = name(a, i), stance = stance, why = why)
        });
        let msg = t!("analysis-flag-unverified", items = join(items));
        out.push(RedFlag { code: FlagCode::UnverifiedSupport, people: unverified, message: msg });
    }

    let coaches: Vec<(usize, String)> = (0..n)
        .filter(|&i| present(i))
        .filter_map(|i| {
            let p = &a.people[i];
            let rival = crate::text::inert(p.favours.as_deref()?.trim()).into_owned();
            if rival.is_empty() {
                return None;
            }
            if key(a, g, i) {
                return Some((i, t!("analysis-coach-favours", name = name(a, i), rival = &rival)));
            }
            let swayed = idx.out_links(i).iter().find_map(|&l| {
                let t = g.target(l)?;
                let l = &a.links[l];
                (l.kind == LinkKind::Influences && key(a, g, t)).then_some(t)
            })?;
            let (name, target) = (name(a, i), name(a, swayed));
            Some((i, t!("analysis-coach-favours-sways", name = name, rival = rival, target = target)))
        })
        .collect();
    if !coaches.is_empty() {
        let people: Vec<usize> = coaches.iter().map(|(i, _)| *i).collect();
        let whys = join(coaches.into_iter().map(|(_, w)| w));
        let mut msg = t!("analysis-flag-competitor-coach", whys = whys);
        let holding: Vec<usize> = people.iter().copied().filter(|i| vetoes.contains(i)).collect();
        if !holding.is_empty() {
            msg.push(' ');
            let names = join(holding.iter().map(|&i| name(a, i)));
            msg.push_str(&super::flags::veto_holds(&names, holding.len(), cfg));
        }
        out.push(RedFlag { code: FlagCode::CompetitorCoach, people, message: msg });
    }
    out
}

/// "Dana (influence 5)".
fn with_influence(a: &Account, i: usize) -> String {
    t!("analysis-with-influence", name = name(a, i), influence = a.people[i].influence.0)
}

/// How old a judgement is: "40 days old", or "undated" (the step sentences say it too).
pub(crate) fn age(days: Option<i64>) -> String {
    match days {
        Some(d) => t!("analysis-why-days-old", days = d),
        None => t!("analysis-why-undated"),
    }
}

/// Who has a path of links (any kind, any strength) to a decider or payer still there;
/// a decider or payer counts as reaching the decision themselves.
fn reaches_key(a: &Account, g: &Graph) -> Vec<bool> {
    let n = a.people.len();
    let mut seen: Vec<bool> = (0..n).map(|i| key(a, g, i)).collect();
    let mut queue: Vec<usize> = (0..n).filter(|&i| seen[i]).collect();
    while let Some(t) = queue.pop() {
        for (f, _) in g.inc(t) {
            if !seen[f] {
                seen[f] = true;
                queue.push(f);
            }
        }
    }
    seen
}
