//! Pull-through analysis: can the decision travel from the users we know to the people
//! who decide and pay, what is wrong with our position, and whom to work on next.
//! Pure functions over the model; the model itself is described in `docs/pull-model.md`.
//! The portfolio, agenda and team figures across accounts live here too.

pub mod agenda;
mod config;
mod flags;
mod graph;
mod next;
pub mod portfolio;
pub mod portfolio_text;
mod report;
mod story;

pub use config::PullConfig;
pub use flags::is_technical;
pub use report::{report_json, report_markdown, report_text};

use crate::model::{Account, Date, Index, Person, Role, Stance, Strength};
use graph::{Graph, Labels};

/// A column of the Pull view: the furthest stage of the purchase a person stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Uses what we sell; where a pull path starts.
    User,
    /// Shapes the choice.
    Influencer,
    /// Makes the choice.
    Decider,
    /// Approves and pays.
    Payer,
    /// Holds none of the four pull roles (buyers, gatekeepers, initiators, no role).
    Other,
}

impl Stage {
    /// Every stage, in the order the decision travels, `Other` last.
    pub const ALL: [Stage; 5] = [Stage::User, Stage::Influencer, Stage::Decider, Stage::Payer, Stage::Other];

    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            Stage::User => "Users",
            Stage::Influencer => "Influencers",
            Stage::Decider => "Deciders",
            Stage::Payer => "Payers",
            Stage::Other => "Others",
        }
    }
}

/// The column a person stands in: their latest stage (payer > decider > influencer >
/// user), else `Other`.
pub fn stage_of(p: &Person) -> Stage {
    let mut stage = Stage::Other;
    for r in &p.roles {
        let s = match r {
            Role::Payer => return Stage::Payer,
            Role::Decider => Stage::Decider,
            Role::Influencer => Stage::Influencer,
            Role::User => Stage::User,
            _ => continue,
        };
        // `Other` sorts last, so it is replaced by any pull stage.
        if stage == Stage::Other || s > stage {
            stage = s;
        }
    }
    stage
}

/// Everything the analysis says about one account.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The pull score, 0 to 100: the weaker of the best decider path and the best payer path.
    pub score: u8,
    /// The strongest path to each decider a path reaches, strongest first.
    pub decider_paths: Vec<PullPath>,
    /// The strongest path to each payer a path reaches, strongest first.
    pub payer_paths: Vec<PullPath>,
    /// What is wrong with our position, in the order of [`FlagCode`].
    pub red_flags: Vec<RedFlag>,
    /// The single steps that raise the score most, best first.
    pub next_best: Vec<NextStep>,
    /// Positions of the people we cover who hold only purchasing roles (buyer, gatekeeper):
    /// the push route beside the pull route.
    pub push_route: Vec<usize>,
    /// One per stage from `User` to `Payer`.
    pub stages: Vec<StageStory>,
}

/// A chain of people through which the case can be pulled to a target.
#[derive(Debug, Clone, PartialEq)]
pub struct PullPath {
    /// Position of the decider or payer reached.
    pub target: usize,
    /// Positions from the covered user who starts the chain to the target.
    pub people: Vec<usize>,
    /// Start factor × stance factors × carry weights, 0 to 1.
    pub strength: f64,
    /// The hop through which least of the case arrives (carry weight × stance factor of
    /// the person it arrives at); for a one-person path, that person twice.
    pub weakest: (usize, usize),
}

/// One problem with our position.
#[derive(Debug, Clone, PartialEq)]
pub struct RedFlag {
    /// Which flag this is.
    pub code: FlagCode,
    /// Positions of the people concerned (empty when the flag is about someone missing).
    pub people: Vec<usize>,
    /// A plain sentence naming the people.
    pub message: String,
}

/// The stable codes of the red flags (see `docs/pull-model.md` for each definition).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FlagCode {
    /// Nobody holds the user role.
    NoUser,
    /// Nobody holds the decider role.
    NoDecider,
    /// Nobody holds the payer role.
    NoPayer,
    /// Nobody is a champion.
    NoChampion,
    /// A decider whom no team member covers.
    DeciderUncovered,
    /// A payer whom no team member covers.
    PayerUncovered,
    /// Our team covers at most one person.
    SingleThreaded,
    /// An opponent or a strong skeptic at or next to the decision.
    Blocker,
    /// Everyone we cover is in purchasing.
    PushOnly,
    /// A decider, payer or champion not contacted for too long, or never.
    StaleContact,
    /// A decider or payer whose stance is unknown.
    UnknownStance,
    /// There is a payer but no pull path reaches any payer.
    PathBroken,
    /// Someone technical whom only non-technical team members cover.
    NoTechnicalPeer,
}

impl FlagCode {
    /// Every flag, in the order the analysis reports them.
    pub const ALL: [FlagCode; 13] = [
        FlagCode::NoUser,
        FlagCode::NoDecider,
        FlagCode::NoPayer,
        FlagCode::NoChampion,
        FlagCode::DeciderUncovered,
        FlagCode::PayerUncovered,
        FlagCode::SingleThreaded,
        FlagCode::Blocker,
        FlagCode::PushOnly,
        FlagCode::StaleContact,
        FlagCode::UnknownStance,
        FlagCode::PathBroken,
        FlagCode::NoTechnicalPeer,
    ];

    /// The stable snake_case code used in reports and scripts.
    pub fn code(self) -> &'static str {
        match self {
            FlagCode::NoUser => "no_user",
            FlagCode::NoDecider => "no_decider",
            FlagCode::NoPayer => "no_payer",
            FlagCode::NoChampion => "no_champion",
            FlagCode::DeciderUncovered => "decider_uncovered",
            FlagCode::PayerUncovered => "payer_uncovered",
            FlagCode::SingleThreaded => "single_threaded",
            FlagCode::Blocker => "blocker",
            FlagCode::PushOnly => "push_only",
            FlagCode::StaleContact => "stale_contact",
            FlagCode::UnknownStance => "unknown_stance",
            FlagCode::PathBroken => "path_broken",
            FlagCode::NoTechnicalPeer => "no_technical_peer",
        }
    }
}

/// A single step the rep could take, with what it would do to the score.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStep {
    /// Position of the person to work on.
    pub person: usize,
    /// What to do.
    pub step: Step,
    /// Score points the step adds.
    pub gain: u8,
    /// One sentence naming the people and the chain through which the gain flows.
    pub reason: String,
}

/// What the rep would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Win the person over by one stance.
    RaiseStance {
        /// Their stance now.
        from: Stance,
        /// Their stance after the step.
        to: Stance,
    },
    /// Have someone of our team cover a person nobody covers yet.
    Cover {
        /// How well they would be covered.
        strength: Strength,
    },
}

impl Step {
    /// The stable code used in reports: `raise_stance` or `cover`.
    pub fn key(self) -> &'static str {
        match self {
            Step::RaiseStance { .. } => "raise_stance",
            Step::Cover { .. } => "cover",
        }
    }
}

/// How the decision fares at one stage.
#[derive(Debug, Clone, PartialEq)]
pub struct StageStory {
    /// The stage told about.
    pub stage: Stage,
    /// Positions of the people standing in this stage.
    pub people: Vec<usize>,
    /// Those of them who are champions or supporters.
    pub supporters: Vec<usize>,
    /// How the decision travels through this stage, or where it stops.
    pub sentence: String,
}

/// Score points of a path strength. The small allowance makes a strength that is a
/// half-point in exact arithmetic (0.245) round up whichever order its factors were
/// multiplied in, so the fast next-step gains equal a full recomputation.
pub(crate) fn points(strength: f64) -> u8 {
    (strength * 100.0 + 1e-9).round().clamp(0.0, 100.0) as u8
}

/// A strength as shown to people: three decimals, rounded the way [`points`] rounds.
pub(crate) fn shown(strength: f64) -> String {
    format!("{:.3}", strength + 1e-12)
}

/// The index if it was built for this version of the account, else a fresh one kept in
/// `slot`: an index of another version would misplace people, and building one costs a
/// fraction of the analysis.
fn index_for<'i>(a: &Account, idx: &'i Index, slot: &'i mut Option<Index>) -> &'i Index {
    if idx.people() == a.people.len() && idx.link_ends.len() == a.links.len() {
        idx
    } else {
        slot.insert(Index::new(a))
    }
}

/// Analyses an account: pull paths, score, red flags, next best contacts, push route and
/// the story per stage. `today` judges how stale contacts are.
pub fn analyze(a: &Account, idx: &Index, cfg: &PullConfig, today: Date) -> Analysis {
    let mut fresh = None;
    let idx = index_for(a, idx, &mut fresh);
    let g = Graph::new(a, idx, cfg);
    let fw = g.forward();
    let holders = |r: Role| -> Vec<usize> { (0..a.people.len()).filter(|&i| a.people[i].has(r)).collect() };
    let (deciders, payers) = (holders(Role::Decider), holders(Role::Payer));

    let decider_paths = paths_to(&g, &fw, &deciders);
    let payer_paths = paths_to(&g, &fw, &payers);

    let best =
        [decider_paths.first().map_or(0.0, |p| p.strength), payer_paths.first().map_or(0.0, |p| p.strength)];
    let score = points(best[0].min(best[1]));
    let red_flags = flags::red_flags(a, idx, cfg, today, !payer_paths.is_empty());
    let back = [g.backward(deciders.iter().copied()), g.backward(payers.iter().copied())];
    let next_best = next::rank(a, &g, &fw, &back, best, cfg);
    let push_route = story::push_route(a);
    let reaches: Vec<bool> = (0..a.people.len())
        .map(|x| g.factor[x] > 0.0 && (back[0].value[x] > 0.0 || back[1].value[x] > 0.0))
        .collect();
    let stages = story::stages(a, &decider_paths, &payer_paths, &reaches);
    Analysis { score, decider_paths, payer_paths, red_flags, next_best, push_route, stages }
}

/// The pull score and the red flags alone, as the portfolio shows them for every
/// account at start-up: the same figures as [`analyze`] gives, without the next best
/// contacts, the push route and the stories (which cost about as much again).
pub fn score_and_flags(a: &Account, idx: &Index, cfg: &PullConfig, today: Date) -> (u8, Vec<RedFlag>) {
    let mut fresh = None;
    let idx = index_for(a, idx, &mut fresh);
    let g = Graph::new(a, idx, cfg);
    let fw = g.forward();
    // The strongest path's strength to any holder of a role (as `analyze`'s paths).
    let strongest = |r: Role| {
        let holders: Vec<usize> = (0..a.people.len()).filter(|&i| a.people[i].has(r)).collect();
        best_target(&fw, &g, &holders).map_or(0.0, |t| fw.value[t])
    };
    let (decider, payer) = (strongest(Role::Decider), strongest(Role::Payer));
    (points(decider.min(payer)), flags::red_flags(a, idx, cfg, today, payer > 0.0))
}

/// The target with the strongest path, then fewest hops, then smallest id.
fn best_target(fw: &Labels, g: &Graph, targets: &[usize]) -> Option<usize> {
    targets.iter().copied().filter(|&t| fw.value[t] > 0.0).min_by(|&x, &y| {
        fw.value[y].total_cmp(&fw.value[x]).then(fw.hops[x].cmp(&fw.hops[y])).then(g.ids[x].cmp(g.ids[y]))
    })
}

/// The best path to each of `targets` that a path reaches, in the order of
/// [`best_target`]: strongest first, then fewest hops, then smallest id.
fn paths_to(g: &Graph, fw: &Labels, targets: &[usize]) -> Vec<PullPath> {
    let mut reached: Vec<usize> = targets.iter().copied().filter(|&t| fw.value[t] > 0.0).collect();
    reached.sort_by(|&x, &y| {
        fw.value[y].total_cmp(&fw.value[x]).then(fw.hops[x].cmp(&fw.hops[y])).then(g.ids[x].cmp(g.ids[y]))
    });
    reached.into_iter().map(|t| path_to(g, fw, t)).collect()
}

fn path_to(g: &Graph, fw: &Labels, target: usize) -> PullPath {
    let mut people = fw.chain(target);
    people.reverse();
    let mut weakest = (target, target);
    let mut least = f64::INFINITY;
    for hop in people.windows(2) {
        // Counting the receiver's stance (not the carrier's, which the hop before
        // already counts) lets a lukewarm decider or payer at the end show as the weak spot.
        let carry = g.hop_weight(hop[0], hop[1]) * g.factor[hop[1]];
        if carry < least {
            least = carry;
            weakest = (hop[0], hop[1]);
        }
    }
    PullPath { target, people, strength: fw.value[target], weakest }
}

/// A person's name, safe to print.
pub(crate) fn name(a: &Account, i: usize) -> String {
    crate::text::inert(&a.people[i].name).into_owned()
}

/// "A", "A and B", "A, B and C": items joined for a sentence; past six, the first five
/// and "N others", so that a large account does not produce a page-long sentence (only
/// the items shown are formatted).
pub(crate) fn join(items: impl ExactSizeIterator<Item = String>) -> String {
    const SHOWN: usize = 6;
    let total = items.len();
    let keep = if total > SHOWN { SHOWN - 1 } else { total };
    let mut shown: Vec<String> = items.take(keep).collect();
    if total > keep {
        shown.push(format!("{} others", total - keep));
    }
    match shown.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}
