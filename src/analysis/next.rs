//! Next best contact: the single steps (win someone over by one stance, or cover a user
//! nobody covers) ranked by how many score points they add.
//!
//! One forward pass and one backward pass per target set price every step at once.
//! Changing person x's factor only changes paths through x, and the strongest path
//! through x is `reach(x) × factor(x) × onward(x)`, where `reach` (the best strength
//! arriving at x, without x's own factor) and `onward` (the best continuation from x to
//! a target, without x's factor) do not depend on x's factor: a path that visits x twice
//! is never stronger than the same path with the loop cut out. So, for a better factor,
//! the new best is exactly `max(old best, reach(x) × new factor × onward(x))`.

use super::graph::{Graph, Labels, NONE};
use super::{NextStep, PullConfig, Step, join, name, points};
use crate::model::{Account, Role};

struct Candidate {
    person: usize,
    step: Step,
    gain: u8,
    /// The best decider and payer strengths after the step.
    after: [f64; 2],
}

/// `back` holds the backward passes to the deciders and to the payers.
/// The steps with a positive gain, best first (ties: smaller person id, then the
/// stance step before the cover step), at most `cfg.next_best_limit` of them.
pub(crate) fn rank(
    a: &Account,
    g: &Graph,
    fw: &Labels,
    back: &[Labels; 2],
    best: [f64; 2],
    cfg: &PullConfig,
) -> Vec<NextStep> {
    let before = points(best[0].min(best[1]));
    let mut reach = g.start.clone();
    for (x, r) in reach.iter_mut().enumerate() {
        for (y, w) in g.inc(x) {
            *r = r.max(fw.value[y] * w);
        }
    }
    let mut found = Vec::new();
    let mut consider = |person: usize, step: Step, through: [f64; 2]| {
        let after = [best[0].max(through[0]), best[1].max(through[1])];
        let gain = points(after[0].min(after[1])).saturating_sub(before);
        if gain > 0 {
            found.push(Candidate { person, step, gain, after });
        }
    };
    let cover = cfg.start_factor(cfg.cover_strength);
    for (x, p) in a.people.iter().enumerate() {
        if let Some(to) = p.stance.raised() {
            let f = cfg.stance_factor(to);
            let through = [0, 1].map(|k| reach[x] * f * back[k].value[x]);
            consider(x, Step::RaiseStance { from: p.stance, to }, through);
        }
        if !a.team.is_empty() && p.coverage.is_empty() && p.has(Role::User) {
            let through = [0, 1].map(|k| cover * g.factor[x] * back[k].value[x]);
            consider(x, Step::Cover { strength: cfg.cover_strength }, through);
        }
    }
    let order =
        |c: &Candidate| (std::cmp::Reverse(c.gain), g.ids[c.person], matches!(c.step, Step::Cover { .. }));
    let keep = cfg.next_best_limit.min(found.len());
    if keep < found.len() && keep > 0 {
        found.select_nth_unstable_by(keep - 1, |x, y| order(x).cmp(&order(y)));
    }
    found.truncate(keep);
    found.sort_by(|x, y| order(x).cmp(&order(y)));
    found
        .into_iter()
        .map(|c| {
            let reason = reason(a, g, fw, back, &reach, best, &c);
            NextStep { person: c.person, step: c.step, gain: c.gain, reason }
        })
        .collect()
}

/// One sentence: the step, and each chain whose improvement the new score needs.
fn reason(
    a: &Account,
    g: &Graph,
    fw: &Labels,
    back: &[Labels; 2],
    reach: &[f64],
    best: [f64; 2],
    c: &Candidate,
) -> String {
    let x = c.person;
    let floor = c.after[0].min(c.after[1]);
    // (verb, chain, role) for each target set whose improvement the new score needs.
    let mut parts: Vec<(&str, Vec<usize>, String)> = Vec::new();
    for (k, role) in ["decider", "payer"].into_iter().enumerate() {
        if c.after[k] <= best[k] || best[k] >= floor {
            continue;
        }
        let mut chain = match c.step {
            Step::RaiseStance { .. } => arrival(g, fw, reach, x),
            Step::Cover { .. } => Vec::new(),
        };
        chain.extend(back[k].chain(x));
        let chain = without_loops(chain);
        let verb = if best[k] > 0.0 { "strengthens" } else { "opens" };
        match parts.last_mut() {
            // One chain that reaches a person who both decides and pays is told once.
            Some(last) if last.0 == verb && last.1 == chain => last.2.push_str(" and payer"),
            _ => parts.push((verb, chain, role.to_string())),
        }
    }
    let parts = parts.into_iter().map(|(verb, chain, role)| {
        format!("{verb} the chain {} ({role})", join_arrows(chain.iter().map(|&i| name(a, i))))
    });
    let what = join(parts.collect::<Vec<_>>().into_iter());
    match c.step {
        Step::RaiseStance { from, to } => {
            format!("Winning over {} ({} to {}) {what}: +{}.", name(a, x), from.key(), to.key(), c.gain)
        }
        Step::Cover { strength } => format!(
            "Covering {}, a user nobody on our team knows, at {} strength {what}: +{}.",
            name(a, x),
            strength.key(),
            c.gain
        ),
    }
}

/// The best chain that arrives at x, from its start up to (not including) x.
fn arrival(g: &Graph, fw: &Labels, reach: &[f64], x: usize) -> Vec<usize> {
    if g.start[x] >= reach[x] {
        return Vec::new();
    }
    let mut from = NONE as usize;
    for (y, w) in g.inc(x) {
        if fw.value[y] * w != reach[x] {
            continue;
        }
        if from == NONE as usize || (fw.hops[y], g.ids[y]) < (fw.hops[from], g.ids[from]) {
            from = y;
        }
    }
    if from == NONE as usize {
        return Vec::new();
    }
    let mut chain = fw.chain(from);
    chain.reverse();
    chain
}

/// Cuts any loop out of a chain (possible only between equally strong paths).
fn without_loops(chain: Vec<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(chain.len());
    for v in chain {
        if let Some(at) = out.iter().position(|&u| u == v) {
            out.truncate(at);
        }
        out.push(v);
    }
    out
}

fn join_arrows(names: impl Iterator<Item = String>) -> String {
    names.collect::<Vec<_>>().join(" -> ")
}
