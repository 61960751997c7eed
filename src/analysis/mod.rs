//! Pull-through analysis: can the decision travel from the users we know to the people
//! who decide and pay, what is wrong with our position, and whom to work on next.
//! Pure functions over the model; the model itself is described in `docs/pull-model.md`.
//! The portfolio, agenda and team figures across accounts live here too.

pub mod agenda;
mod belief;
mod config;
pub(crate) mod deal_rules;
mod flags;
mod flags_people;
mod graph;
pub mod grid;
pub mod portfolio;
pub mod portfolio_deals;
pub mod portfolio_text;
mod report;
mod score;
mod step_text;
mod steps;
mod story;

pub use belief::{Belief, belief};
pub use config::PullConfig;
pub use deal_rules::{QuietPeriod, quiet_period};
pub use flags::is_technical;
pub use report::{report_json, report_markdown, report_text};
pub use steps::Change;

use crate::model::{Account, Date, Index, Person, Role};
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

    /// The column heading in English (what screens not yet translated show).
    pub fn label(self) -> &'static str {
        match self {
            Stage::User => "Users",
            Stage::Influencer => "Influencers",
            Stage::Decider => "Deciders",
            Stage::Payer => "Payers",
            Stage::Other => "Others",
        }
    }

    /// The column heading in the interface's language.
    pub fn tr_label(self) -> String {
        match self {
            Stage::User => crate::t!("analysis-stage-user"),
            Stage::Influencer => crate::t!("analysis-stage-influencer"),
            Stage::Decider => crate::t!("analysis-stage-decider"),
            Stage::Payer => crate::t!("analysis-stage-payer"),
            Stage::Other => crate::t!("analysis-stage-other"),
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
    /// The pull score, 0 to 100: the geometric mean of the decider side and the payer
    /// side (each the influence-weighted mean of how strongly the case reaches them),
    /// times the gatekeepers' screen, held under the veto ceiling while anyone holds a
    /// veto.
    pub score: u8,
    /// The two sides of the score, 0 to 1: deciders, payers.
    pub sides: [f64; 2],
    /// The people who hold a veto (positions), in position order.
    pub vetoes: Vec<usize>,
    /// The strongest path to each decider a path reaches, strongest first.
    pub decider_paths: Vec<PullPath>,
    /// The strongest path to each payer a path reaches, strongest first.
    pub payer_paths: Vec<PullPath>,
    /// What is wrong with our position, in the order of [`FlagCode`].
    pub red_flags: Vec<RedFlag>,
    /// The single steps that raise the score most, best first.
    pub next_best: Vec<NextStep>,
    /// When no single step raises the score: what would (a missing role, coverage, link,
    /// or the vetoes holding it). `None` while there are steps.
    pub when_stuck: Option<String>,
    /// Positions of the people we cover who hold only purchasing roles (buyer, gatekeeper):
    /// the push route beside the pull route.
    pub push_route: Vec<usize>,
    /// One per stage from `User` to `Payer`.
    pub stages: Vec<StageStory>,
    /// The deal whose lens the analysis looked through (its id), `None` for the account.
    pub deal: Option<String>,
    /// A tender's quiet period in force: the steps with the customer's people are held
    /// back from `next_best` until it ends (see [`analyze_deal`]).
    pub quiet: Option<QuietPeriod>,
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
    /// How sure we are of the path: the confidence of its least sure judgement, 0 to 1.
    pub confidence: f64,
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
    /// A person of high influence whom nobody covers or has contacted.
    HiddenPower,
    /// A champion, or the only person we cover, is leaving or has left.
    ChampionLeaving,
    /// Someone who matters is new, and nobody has seen their stance since.
    NewPlayer,
    /// Every champion has little influence or no way to a decider or payer.
    WeakChampion,
    /// A decider's or payer's support rests on a guess or on an old judgement.
    UnverifiedSupport,
    /// Someone who favours a competitor decides, pays, or sways someone who does.
    CompetitorCoach,
    /// A tender's quiet period is broken, or a follow-up planned inside it would break it.
    QuietBreach,
    /// An open deal closes soon (or its close date has passed) while its score is low.
    CloseLowScore,
}

impl FlagCode {
    /// Every flag, in the order the analysis reports them.
    pub const ALL: [FlagCode; 21] = [
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
        FlagCode::HiddenPower,
        FlagCode::ChampionLeaving,
        FlagCode::NewPlayer,
        FlagCode::WeakChampion,
        FlagCode::UnverifiedSupport,
        FlagCode::CompetitorCoach,
        FlagCode::QuietBreach,
        FlagCode::CloseLowScore,
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
            FlagCode::HiddenPower => "hidden_power",
            FlagCode::ChampionLeaving => "champion_leaving",
            FlagCode::NewPlayer => "new_player",
            FlagCode::WeakChampion => "weak_champion",
            FlagCode::UnverifiedSupport => "unverified_support",
            FlagCode::CompetitorCoach => "competitor_coach",
            FlagCode::QuietBreach => "quiet_period_breach",
            FlagCode::CloseLowScore => "close_low_score",
        }
    }
}

/// A single step the rep could take, with what it would do to the score.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStep {
    /// Position of the person the step reaches or changes.
    pub person: usize,
    /// What to do.
    pub step: Step,
    /// The go-between (an introducer, the champion tested, the leaving champion).
    pub via: Option<usize>,
    /// The team member (position) the step sends or adds as coverage.
    pub member: Option<usize>,
    /// Score points the step adds (what the what-if shows after taking it).
    pub gain: u8,
    /// The same gain unrounded, by which steps are ranked.
    pub exact: f64,
    /// One sentence naming the people and the chain through which the gain flows.
    pub reason: String,
    /// The person as the step leaves them: what the what-if applies.
    pub after: Person,
}

/// The kinds of move, from the most specific to the most general (the order in which
/// steps of equal gain are listed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Take a blocker, or someone who holds a veto, to neutral.
    Neutralise,
    /// Ask the champion for access to a decider or payer.
    TestChampion,
    /// Have a leaving champion introduce us to someone before they go.
    MultiThread,
    /// Be introduced by someone we cover to someone linked to them.
    Introduce,
    /// Send a technical colleague to a technical person only sales knows.
    TechnicalPeer,
    /// Turn an assumed, reported or old stance into an observed one.
    Verify,
    /// First contact with someone nobody on our team has been in touch with.
    Meet,
    /// Win the person over by one stance.
    RaiseStance,
    /// Have someone of our team cover a user nobody covers yet.
    Cover,
}

impl Step {
    /// Every kind, in the order above.
    pub const ALL: [Step; 9] = [
        Step::Neutralise,
        Step::TestChampion,
        Step::MultiThread,
        Step::Introduce,
        Step::TechnicalPeer,
        Step::Verify,
        Step::Meet,
        Step::RaiseStance,
        Step::Cover,
    ];

    /// The stable code used in reports (the JSON `step` field).
    pub fn key(self) -> &'static str {
        match self {
            Step::Neutralise => "neutralise",
            Step::TestChampion => "test_champion",
            Step::MultiThread => "multi_thread",
            Step::Introduce => "introduce",
            Step::TechnicalPeer => "technical_peer",
            Step::Verify => "verify",
            Step::Meet => "meet",
            Step::RaiseStance => "raise_stance",
            Step::Cover => "cover",
        }
    }

    /// A short label for the screen.
    pub fn label(self) -> &'static str {
        match self {
            Step::Neutralise => "neutralise",
            Step::TestChampion => "test champion",
            Step::MultiThread => "multi-thread",
            Step::Introduce => "introduce",
            Step::TechnicalPeer => "technical peer",
            Step::Verify => "verify",
            Step::Meet => "meet",
            Step::RaiseStance => "win over",
            Step::Cover => "cover",
        }
    }

    /// Whether the step means contacting the customer's people (what a tender's quiet
    /// period forbids). Every kind of step so far does: even covering a user is someone
    /// of our team getting in touch. A step inside our own team would answer false.
    pub fn contacts_customer(self) -> bool {
        match self {
            Step::Neutralise
            | Step::TestChampion
            | Step::MultiThread
            | Step::Introduce
            | Step::TechnicalPeer
            | Step::Verify
            | Step::Meet
            | Step::RaiseStance
            | Step::Cover => true,
        }
    }

    /// The short label in the interface's language (`analysis-step-label-<key>`).
    pub fn tr_label(self) -> String {
        match self {
            Step::Neutralise => crate::t!("analysis-step-label-neutralise"),
            Step::TestChampion => crate::t!("analysis-step-label-test_champion"),
            Step::MultiThread => crate::t!("analysis-step-label-multi_thread"),
            Step::Introduce => crate::t!("analysis-step-label-introduce"),
            Step::TechnicalPeer => crate::t!("analysis-step-label-technical_peer"),
            Step::Verify => crate::t!("analysis-step-label-verify"),
            Step::Meet => crate::t!("analysis-step-label-meet"),
            Step::RaiseStance => crate::t!("analysis-step-label-raise_stance"),
            Step::Cover => crate::t!("analysis-step-label-cover"),
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

/// A strength as shown to people: three decimals, rounded the way [`points`] rounds,
/// with the language's decimal mark (`0.245`, `0,245`).
pub(crate) fn shown(strength: f64) -> String {
    let s = format!("{:.3}", strength + 1e-12);
    if crate::i18n::lang() == crate::i18n::Lang::Ru { s.replace('.', ",") } else { s }
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
/// the story per stage. `today` ages the judgements and judges how stale contacts are.
pub fn analyze(a: &Account, idx: &Index, cfg: &PullConfig, today: Date) -> Analysis {
    let mut fresh = None;
    let idx = index_for(a, idx, &mut fresh);
    let g = Graph::new(a, idx, cfg, today);
    let fw = g.forward();
    let sides = score::Sides::new(a, &g);
    let [deciders, payers] = &sides.holders;
    let decider_paths = paths_to(&g, &fw, deciders);
    let payer_paths = paths_to(&g, &fw, payers);
    let before = sides.sums(&fw.value, &g.access, cfg);
    let shares = sides.sides(before, cfg);
    let vetoes = vetoes(a, idx, cfg, &g);
    let screen = sides.screen(&g, cfg);
    let score = points(score::total(shares, screen.least, !vetoes.is_empty(), cfg));
    let red_flags = flags::red_flags(a, idx, cfg, today, &g, !payer_paths.is_empty(), &vetoes);
    let back = g.backward(deciders.iter().chain(payers).copied());
    let mut is_veto = vec![false; a.people.len()];
    for &v in &vetoes {
        is_veto[v] = true;
    }
    let cx = steps::Context {
        a,
        idx,
        g: &g,
        fw: &fw,
        back: &back,
        sides: &sides,
        before,
        screen,
        vetoes: vetoes.len(),
        is_veto: &is_veto,
        held: !vetoes.is_empty()
            && score::total(shares, screen.least, false, cfg) >= f64::from(cfg.veto_ceiling) / 100.0,
        cfg,
        today,
    };
    let next_best = steps::rank(&cx);
    let present: Vec<bool> = g.belief.iter().map(|b| b.present).collect();
    let when_stuck =
        next_best.is_empty().then(|| story::when_stuck(a, &vetoes, &decider_paths, &payer_paths, &present));
    let push_route = story::push_route(a);
    let reaches: Vec<bool> = (0..a.people.len()).map(|x| g.factor[x] > 0.0 && back.value[x] > 0.0).collect();
    let stages = story::stages(a, &decider_paths, &payer_paths, &reaches);
    Analysis {
        score,
        sides: shares,
        vetoes,
        decider_paths,
        payer_paths,
        red_flags,
        next_best,
        when_stuck,
        push_route,
        stages,
        deal: None,
        quiet: None,
    }
}

/// Analyses an account through one deal's lens (see [`Account::through_deal`]): each
/// person with their roles in that deal, and the deals' rules applied to what is
/// proposed. During a tender's quiet period (the lens deal's, or without a lens any
/// open deal's) `next_best` holds no step with the customer's people and `quiet` says
/// why and until when; the deal flags ([`FlagCode::QuietBreach`],
/// [`FlagCode::CloseLowScore`]) follow the others. `None`, or a deal that is not there,
/// is the whole account with every open deal's rules.
pub fn analyze_deal(a: &Account, deal: Option<&str>, cfg: &PullConfig, today: Date) -> Analysis {
    let deal = deal.filter(|id| a.deal(id).is_some());
    let lens = a.through_deal(deal);
    let mut an = analyze(&lens, &Index::new(&lens), cfg, today);
    deal_rules::apply(&lens, deal, cfg, today, &mut an);
    an
}

/// [`score_and_flags`] through a deal's lens with the deals' rules, as [`analyze_deal`]
/// judges it: the portfolio's cheap summary of an account (`deal` `None`) or of one deal.
/// `idx` is the account's own index, used when the lens changes nobody's roles.
pub fn deal_score_and_flags(
    a: &Account,
    idx: &Index,
    deal: Option<&str>,
    cfg: &PullConfig,
    today: Date,
) -> (u8, Vec<RedFlag>) {
    let deal = deal.filter(|id| a.deal(id).is_some());
    let lens = a.through_deal(deal);
    let built;
    let idx = match &lens {
        std::borrow::Cow::Borrowed(_) => idx,
        std::borrow::Cow::Owned(l) => {
            built = Index::new(l);
            &built
        }
    };
    let (score, mut flags) = score_and_flags(&lens, idx, cfg, today);
    let quiet = quiet_period(&lens, deal, today);
    flags.extend(deal_rules::flags(&lens, deal, quiet.as_ref(), cfg, today, score));
    (score, flags)
}

/// The people who hold a veto, in position order.
fn vetoes(a: &Account, idx: &Index, cfg: &PullConfig, g: &Graph) -> Vec<usize> {
    (0..a.people.len()).filter(|&i| score::veto(a, idx, cfg, g, i, &a.people[i]).is_some()).collect()
}

/// The pull score and the red flags alone, as the portfolio shows them for every
/// account at start-up: the same figures as [`analyze`] gives, without the next best
/// contacts, the push route and the stories (which cost about as much again).
pub fn score_and_flags(a: &Account, idx: &Index, cfg: &PullConfig, today: Date) -> (u8, Vec<RedFlag>) {
    let mut fresh = None;
    let idx = index_for(a, idx, &mut fresh);
    let g = Graph::new(a, idx, cfg, today);
    let fw = g.forward();
    let sides = score::Sides::new(a, &g);
    let shares = sides.sides(sides.sums(&fw.value, &g.access, cfg), cfg);
    let vetoes = vetoes(a, idx, cfg, &g);
    let payer_reached = sides.holders[1].iter().any(|&t| fw.value[t] > 0.0);
    let score = points(score::total(shares, sides.screen(&g, cfg).least, !vetoes.is_empty(), cfg));
    (score, flags::red_flags(a, idx, cfg, today, &g, payer_reached, &vetoes))
}

/// The best path to each of `targets` that a path reaches, in the order of
/// strength: strongest first, then fewest hops, then smallest id.
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
    let confidence = people.iter().map(|&i| g.belief[i].confidence).fold(1.0, f64::min);
    PullPath { target, people, strength: fw.value[target], weakest, confidence }
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
        shown.push(crate::t!("analysis-list-others", n = total - keep));
    }
    match shown.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => crate::t!("analysis-list-and", rest = rest.join(", "), last = last),
    }
}
