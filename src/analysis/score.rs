//! The pull score of version 2: every decider and every payer counts, by influence, and
//! a veto caps the whole.
//!
//! Each side (deciders, payers) scores the influence-weighted mean, over the people who
//! hold its role and are still there, of `access × strength of the best path to them`.
//! The score is the geometric mean of the two sides times the gatekeepers' screen, in
//! points; while anyone holds a veto it is at most `veto_ceiling`. See `docs/pull-model.md` for the definitions and worked examples.

use super::PullConfig;
use super::graph::Graph;
use crate::model::{Account, Index, LinkKind, Person, Role, Stance};

/// The people each side of the score counts, with their weight.
pub(crate) struct Sides {
    /// Per person: weight as a decider (0 when not one, or gone).
    pub decider_w: Vec<f64>,
    /// Per person: weight as a payer.
    pub payer_w: Vec<f64>,
    /// The sums of the weights.
    pub total: [f64; 2],
    /// The deciders and the payers, in position order.
    pub holders: [Vec<usize>; 2],
    /// The gatekeepers who are neither: the screens the case must pass.
    pub screens: Vec<usize>,
    /// Per person: one of `screens`.
    pub is_screen: Vec<bool>,
}

impl Sides {
    pub fn new(a: &Account, g: &Graph) -> Sides {
        let n = a.people.len();
        let (mut decider_w, mut payer_w) = (vec![0.0; n], vec![0.0; n]);
        let mut holders: [Vec<usize>; 2] = Default::default();
        let mut total = [0.0; 2];
        let mut screens = Vec::new();
        let mut is_screen = vec![false; n];
        for (i, p) in a.people.iter().enumerate() {
            if !g.belief[i].present {
                continue;
            }
            if p.has(Role::Gatekeeper) && !p.has(Role::Decider) && !p.has(Role::Payer) {
                screens.push(i);
                is_screen[i] = true;
            }
            let w = weight(p);
            for (k, role, slot) in [(0, Role::Decider, &mut decider_w), (1, Role::Payer, &mut payer_w)] {
                if p.has(role) {
                    slot[i] = w;
                    holders[k].push(i);
                    total[k] += w;
                }
            }
        }
        Sides { decider_w, payer_w, total, holders, screens, is_screen }
    }

    /// The weight of person `i` on side `k` (0 deciders, 1 payers).
    pub fn weight(&self, k: usize, i: usize) -> f64 {
        if k == 0 { self.decider_w[i] } else { self.payer_w[i] }
    }

    /// How much of the case the gatekeepers let through, 0 to 1: as much as the
    /// strictest of them lets through. A gatekeeper can stop the case but not carry it:
    /// one at neutral or better lets all of it through; below neutral (unknown, a guess
    /// fading, a skeptic) they hold back the share their stance falls short of neutral,
    /// the more the more influence they have. The case must pass every screen, so the
    /// strictest one counts, however many others there are.
    pub fn screen(&self, g: &Graph, cfg: &PullConfig) -> Screen {
        let mut s = Screen { least: 1.0, at: None, next: 1.0 };
        for &i in &self.screens {
            let p = pass(g, i, g.factor[i], cfg);
            if p < s.least {
                s.next = s.least;
                s.least = p;
                s.at = Some(i);
            } else if p < s.next {
                s.next = p;
            }
        }
        s
    }

    /// Each side's sum of weighted terms, from the strength of the best path to each
    /// person (`value`) and how much of it reaches them (`access`).
    pub fn sums(&self, value: &[f64], access: &[f64], cfg: &PullConfig) -> [f64; 2] {
        [0, 1].map(|k| {
            self.holders[k].iter().map(|&i| self.weight(k, i) * term(access[i] * value[i], cfg)).sum()
        })
    }

    /// Each side's score, 0 to 1, from its sum: the weighted power mean of the people's
    /// strengths. A side nobody holds scores 0.
    pub fn sides(&self, sums: [f64; 2], cfg: &PullConfig) -> [f64; 2] {
        [0, 1].map(|k| {
            if self.total[k] <= 0.0 {
                return 0.0;
            }
            let mean = (sums[k] / self.total[k]).max(0.0);
            if cfg.side_power == 1.0 { mean } else { mean.powf(1.0 / cfg.side_power) }
        })
    }
}

/// One person's term in their side's sum: their strength to the power `side_power`.
/// Below 1, the mean leans toward the weakest: a decider the case barely reaches
/// weighs more than the plain average would say, as it does when every one must agree.
pub(crate) fn term(x: f64, cfg: &PullConfig) -> f64 {
    // The plain mean (the default) needs no power: powf is most of a step's price.
    if cfg.side_power == 1.0 { x } else { x.powf(cfg.side_power) }
}

/// The screens' figure, with what it takes to change one gatekeeper exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Screen {
    /// How much the strictest gatekeeper lets through (1 with none).
    pub least: f64,
    /// Who that is.
    pub at: Option<usize>,
    /// How much the next strictest lets through (1 with none).
    pub next: f64,
}

impl Screen {
    /// The screen with gatekeeper x at factor `fx` instead.
    pub fn with(&self, g: &Graph, x: usize, fx: f64, cfg: &PullConfig) -> f64 {
        let p = pass(g, x, fx, cfg);
        if self.at == Some(x) { self.next.min(p) } else { self.least.min(p) }
    }
}

/// How much of the case gatekeeper i lets through at factor f.
fn pass(g: &Graph, i: usize, f: f64, cfg: &PullConfig) -> f64 {
    let pass = if cfg.stance_neutral > 0.0 { (f / cfg.stance_neutral).min(1.0) } else { 1.0 };
    pass.powf(g.influence[i] / 5.0)
}

/// How much a decider or payer weighs: their influence, 1 to 5 (out of range values
/// are held to it).
pub(crate) fn weight(p: &Person) -> f64 {
    p.influence.0.clamp(1, 5) as f64
}

/// The score as a fraction: the geometric mean of the sides, held under the ceiling
/// while vetoed.
pub(crate) fn total(sides: [f64; 2], screen: f64, vetoed: bool, cfg: &PullConfig) -> f64 {
    // The geometric mean: the decision needs both the choice and the money, so either
    // side at zero makes the score zero, yet progress on either side counts.
    let s = (sides[0] * sides[1]).sqrt() * screen;
    if vetoed { s.min(f64::from(cfg.veto_ceiling) / 100.0) } else { s }
}

/// Why a person holds a veto: they oppose us, or favour a competitor, and they decide,
/// pay, or sway a decider or payer through an `influences` link of at least
/// `blocker_link_strength`. `None` when they do not. `p` is person `i` as they are or
/// as a step would leave them; someone who has left (by `g`) vetoes nothing.
pub(crate) fn veto(
    a: &Account,
    idx: &Index,
    cfg: &PullConfig,
    g: &Graph,
    i: usize,
    p: &Person,
) -> Option<Veto> {
    if !g.belief[i].present {
        return None;
    }
    let against = if p.stance == Stance::Opponent {
        Against::Opposes
    } else if p.favours.as_deref().is_some_and(|f| !f.trim().is_empty()) {
        Against::Favours
    } else {
        return None;
    };
    if p.has(Role::Decider) || p.has(Role::Payer) {
        return Some(Veto { against, sways: None });
    }
    let sways = idx.out_links(i).iter().find_map(|&l| {
        let t = g.target(l)?;
        let l = &a.links[l];
        let q = &a.people[t];
        (l.kind == LinkKind::Influences
            && l.strength() >= cfg.blocker_link_strength
            && (q.has(Role::Decider) || q.has(Role::Payer))
            && g.belief[t].present)
            .then_some(t)
    })?;
    Some(Veto { against, sways: Some(sways) })
}

/// A veto: on what grounds, and through whom (`None`: they decide or pay themselves).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Veto {
    pub against: Against,
    pub sways: Option<usize>,
}

/// The grounds of a veto.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Against {
    /// An opponent.
    Opposes,
    /// Prefers a competitor.
    Favours,
}
