//! The sentence of each next step: what to do, with whom and through whom, and which
//! chain it strengthens.

use super::steps::{Change, Context};
use super::{Step, name};
use crate::model::Role;

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
        Step::Meet => format!("Meet {who}{role}: nobody on our team has been in touch yet"),
        Step::Introduce => {
            format!("Ask {via_name} to introduce {member} to {who}{role}, whom they are linked to")
        }
        Step::TestChampion => format!(
            "Test {via_name}: ask them to get us a meeting with {who}{role}; a champion who cannot is only a coach"
        ),
        Step::MultiThread => {
            let when = a.people[via.unwrap_or(x)].status_on.map(|d| format!(" on {d}")).unwrap_or_default();
            format!("{via_name} is leaving{when}: have them introduce us to {who}{role} before then")
        }
        Step::Verify => {
            let b = cx.g.belief[x];
            let age = match b.age {
                Some(d) => crate::plural::count(d as usize, "day", "days") + " old",
                None => "undated".to_string(),
            };
            format!(
                "Verify {who}'s {} first-hand: it is {}, {age}",
                p.stance.key(),
                if p.new_unverified() {
                    "from before their new role".to_string()
                } else {
                    b.basis.key().to_string()
                }
            )
        }
        Step::TechnicalPeer => format!(
            "Send {member} to {who}{role}, whom only non-technical colleagues know, to confirm their view first-hand"
        ),
        Step::Neutralise => {
            let grounds = match p.favours.as_deref() {
                Some(f) if p.stance != crate::model::Stance::Opponent => {
                    format!("who favours {}", crate::text::inert(f))
                }
                _ => {
                    let article = if matches!(p.stance.key().as_bytes()[0], b'a' | b'e' | b'i' | b'o' | b'u')
                    {
                        "an"
                    } else {
                        "a"
                    };
                    format!("{article} {}", p.stance.key())
                }
            };
            format!(
                "Neutralise {who}{role}, {grounds}: answer their objections until they no longer work against us"
            )
        }
        Step::RaiseStance => format!("Win over {who} ({} to {})", p.stance.key(), change.stance.key()),
        Step::Cover => format!("Have {member} cover {who}, a user nobody on our team knows"),
    };
    let through = match chain {
        Some((k, t, people)) if people.len() > 1 => format!(
            "; it strengthens the chain {} ({} {})",
            people.iter().map(|&i| name(a, i)).collect::<Vec<_>>().join(" -> "),
            if *k == 0 { "decider" } else { "payer" },
            name(a, *t)
        ),
        Some((k, t, _)) if *t == x => {
            format!("; it brings the case closer to {who} as {}", if *k == 0 { "decider" } else { "payer" })
        }
        _ if cx.sides.is_screen[x] => {
            "; as a gatekeeper they screen the case on its way to the deciders".to_string()
        }
        _ => String::new(),
    };
    let veto = if lifts {
        format!("; it lifts the last veto, which holds the score under {}", cx.cfg.veto_ceiling)
    } else {
        String::new()
    };
    format!("{what}{through}{veto}: +{gain}.")
}

/// " (decider)", " (decider and payer)", " (influence 5)": what makes the person matter.
fn role_word(p: &crate::model::Person) -> String {
    match (p.has(Role::Decider), p.has(Role::Payer)) {
        (true, true) => " (decider and payer)".into(),
        (true, false) => " (decider)".into(),
        (false, true) => " (payer)".into(),
        _ if p.influence.0 >= 4 => format!(" (influence {})", p.influence.0),
        _ => String::new(),
    }
}
