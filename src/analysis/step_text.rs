//! The sentence of each next step: what to do, with whom and through whom, and which
//! chain it strengthens.

use super::steps::{Change, Context};
use super::{Step, name};
use crate::model::Role;
use crate::t;

/// What a step's sentence tells beyond the step itself.
pub(crate) struct Says<'c> {
    /// The side, the decider or payer, and the chain the step strengthens most.
    pub chain: Option<&'c (usize, usize, Vec<usize>)>,
    /// The step lifts the last veto.
    pub lifts: bool,
    pub gain: u8,
}

/// One sentence for a step on person x.
pub(crate) fn reason(
    cx: &Context,
    x: usize,
    kind: Step,
    via: Option<usize>,
    change: &Change,
    says: Says,
) -> String {
    let Says { chain, lifts, gain } = says;
    let a = cx.a;
    let p = &a.people[x];
    let who = name(a, x);
    let role = role_word(p);
    let via_name = via.map(|y| name(a, y)).unwrap_or_default();
    let member =
        change.cover.map(|(m, _)| crate::text::inert(&a.team[m].name).into_owned()).unwrap_or_default();
    let what = match kind {
        Step::Meet => t!("analysis-step-meet", who = &who, role = &role),
        Step::Introduce => {
            t!("analysis-step-introduce", via = &via_name, member = &member, who = &who, role = &role)
        }
        Step::TestChampion => t!("analysis-step-test-champion", via = &via_name, who = &who, role = &role),
        Step::MultiThread => match a.people[via.unwrap_or(x)].status_on {
            Some(d) => {
                t!("analysis-step-multi-thread-on", via = &via_name, date = d, who = &who, role = &role)
            }
            None => t!("analysis-step-multi-thread", via = &via_name, who = &who, role = &role),
        },
        Step::Verify => {
            let b = cx.g.belief[x];
            let basis =
                if p.new_unverified() { t!("analysis-why-before-new-role") } else { b.basis.tr_word() };
            let (stance, age) = (p.stance.tr_word(), super::flags_people::age(b.age));
            t!("analysis-step-verify", who = &who, stance = stance, basis = basis, age = age)
        }
        Step::TechnicalPeer => t!("analysis-step-technical-peer", member = &member, who = &who, role = &role),
        Step::Neutralise => {
            let grounds = match p.favours.as_deref() {
                Some(f) if p.stance != crate::model::Stance::Opponent => {
                    t!("analysis-grounds-favours", rival = crate::text::inert(f))
                }
                // The stance's code selects the article in English and the word in Russian.
                _ => t!("analysis-grounds-stance", stance = p.stance.key()),
            };
            t!("analysis-step-neutralise", who = &who, role = &role, grounds = grounds)
        }
        Step::RaiseStance => {
            let (from, to) = (p.stance.tr_word(), change.stance.tr_word());
            t!("analysis-step-raise-stance", who = &who, from = from, to = to)
        }
        Step::Cover => t!("analysis-step-cover", member = &member, who = &who),
    };
    let through = match chain {
        Some((k, target, people)) if people.len() > 1 => {
            let chain = people.iter().map(|&i| name(a, i)).collect::<Vec<_>>().join(" -> ");
            t!("analysis-through-chain", chain = chain, side = side(*k), target = name(a, *target))
        }
        Some((k, target, _)) if *target == x => t!("analysis-through-closer", who = &who, side = side(*k)),
        _ if cx.sides.is_screen[x] => t!("analysis-through-screen"),
        _ => String::new(),
    };
    let veto = if lifts { t!("analysis-lifts-veto", ceiling = cx.cfg.veto_ceiling) } else { String::new() };
    format!("{what}{through}{veto}: +{gain}.")
}

/// The side a chain leads to, as the code the messages select on.
fn side(k: usize) -> &'static str {
    if k == 0 { "decider" } else { "payer" }
}

/// " (decider)", " (decider and payer)", " (influence 5)": what makes the person matter.
fn role_word(p: &crate::model::Person) -> String {
    match (p.has(Role::Decider), p.has(Role::Payer)) {
        (true, true) => t!("analysis-role-decider-payer"),
        (true, false) => t!("analysis-role-decider"),
        (false, true) => t!("analysis-role-payer"),
        _ if p.influence.0 >= 4 => t!("analysis-role-influence", influence = p.influence.0),
        _ => String::new(),
    }
}
