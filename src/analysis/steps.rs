//! Next steps: the moves a key-account manager makes (meet someone, be introduced, verify
//! a judgement, send a technical peer, neutralise a blocker, multi-thread before a
//! champion leaves, test the champion, win someone over, cover a user), each ranked by
//! exactly what it adds to the score.
//!
//! Every step changes one person: their stance, how we know it, when, who covers them,
//! whether they still favour a competitor. [`Change`] says how; [`Change::apply`] gives
//! the person after the step, which is what the what-if applies, so the gain shown is
//! the gain the what-if confirms.
//!
//! Pricing a step does not re-analyse the account. A change at person x only raises x's
//! factor, start or access (steps never make anyone worse), so the strongest paths that
//! change are those through x, and they can be found by continuing Dijkstra from x over
//! the labels of the full pass: only people whose best path gets stronger are visited,
//! and every new value is the product the full pass would compute, in the same order.

use super::belief::{Belief, belief_of};
use super::graph::{Graph, Labels, NONE};
use super::score::{Sides, term, total};
use super::{NextStep, PullConfig, Step, points};
use crate::model::{
    Account, Basis, Coverage, Date, FxHashMap, Index, Person, Role, Stance, Status, Strength,
};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// What a step does to its person.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The stance after the step.
    pub stance: Stance,
    /// The basis after the step (`None`: unchanged).
    pub basis: Option<Basis>,
    /// The day the stance is confirmed (`None`: unchanged).
    pub stance_on: Option<Date>,
    /// A team member (by position) who starts covering them, and how well.
    pub cover: Option<(usize, Strength)>,
    /// They no longer favour a competitor.
    pub clear_favours: bool,
    /// The day of the contact the step is (`None`: no contact).
    pub contact: Option<Date>,
}

impl Change {
    /// The person as the step leaves them.
    pub fn apply(&self, a: &Account, p: &Person) -> Person {
        let mut q = p.clone();
        q.stance = self.stance;
        if let Some(b) = self.basis {
            q.stance_basis = Some(b);
        }
        if let Some(d) = self.stance_on {
            q.stance_on = Some(d);
        }
        if let Some((m, strength)) = self.cover {
            let member = a.team[m].id.clone();
            match q.coverage.iter_mut().find(|c| c.member == member) {
                Some(c) => c.strength = c.strength.max(strength),
                None => q.coverage.push(Coverage { member, strength, extra: Default::default() }),
            }
        }
        if self.clear_favours {
            q.favours = None;
        }
        if let Some(d) = self.contact {
            q.last_contact = Some(q.last_contact.map_or(d, |l| l.max(d)));
        }
        q
    }
}

/// One priced step, before its sentence is written.
struct Priced {
    person: usize,
    kind: Step,
    via: Option<usize>,
    change: Change,
    /// The score after the step, as a fraction.
    after: f64,
    /// x's access, best value and the neighbour it comes through after the step, to
    /// find the chain it strengthens once the step is among the best.
    access: f64,
    reach: f64,
    from: u32,
    /// The step lifts the last veto.
    lifts: bool,
    /// The ordering of kinds among equal gains: the more specific move first.
    rank: u8,
}

/// Everything the ranking reads, worked out once per analysis.
pub(crate) struct Context<'x, 'a> {
    pub a: &'a Account,
    pub idx: &'x Index,
    pub g: &'x Graph<'a>,
    pub fw: &'x Labels,
    /// The backward pass to every decider and payer: how strongly the case can still
    /// travel from each person to the decision.
    pub back: &'x Labels,
    pub sides: &'x Sides,
    /// The sides' sums of terms before any step (see [`Sides::sums`]).
    pub before: [f64; 2],
    /// How much of the case the gatekeepers let through (see [`Sides::screen`]).
    pub screen: super::score::Screen,
    pub vetoes: usize,
    /// Per person: holds a veto now.
    pub is_veto: &'x [bool],
    /// The veto ceiling holds the score now (it would be higher without the vetoes).
    pub held: bool,
    pub cfg: &'x PullConfig,
    pub today: Date,
}

/// The best step for each person, best first, at most `cfg.next_best_limit`; only steps
/// that add at least one point. Ties: the larger exact gain, then the more specific
/// kind, then the smaller id.
pub(crate) fn rank(cx: &Context) -> Vec<NextStep> {
    let sides = cx.sides.sides(cx.before, cx.cfg);
    let before = total(sides, cx.screen.least, cx.vetoes > 0, cx.cfg);
    let shown = points(before);
    let mut best: Vec<Priced> = Vec::new();
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    for x in 0..cx.a.people.len() {
        if !cx.g.belief[x].present {
            continue;
        }
        // A step with x can only count through a path from x onward to a decider or
        // payer, or through x's own screen as a gatekeeper.
        if cx.back.value[x] <= 0.0 && !cx.sides.is_screen[x] {
            continue;
        }
        if !could_show(cx, sides, x, shown) {
            continue;
        }
        let mut mine: Option<Priced> = None;
        candidates(cx, x, &mut found);
        let was = cx.is_veto[x];
        for (kind, via, change) in found.drain(..) {
            let Some(priced) = price(cx, &mut scratch, x, was, kind, via, change) else { continue };
            if points(priced.after) <= shown {
                continue;
            }
            if mine.as_ref().is_none_or(|m| better(&priced, m)) {
                mine = Some(priced);
            }
        }
        best.extend(mine);
    }
    let order = |p: &Priced, q: &Priced| {
        q.after.total_cmp(&p.after).then(p.rank.cmp(&q.rank)).then(cx.g.ids[p.person].cmp(cx.g.ids[q.person]))
    };
    let keep = cx.cfg.next_best_limit.min(best.len());
    if keep < best.len() && keep > 0 {
        best.select_nth_unstable_by(keep - 1, order);
    }
    best.truncate(keep);
    best.sort_by(order);
    best.into_iter()
        .map(move |p| {
            let gain = points(p.after) - shown;
            propagate(cx.g, cx.fw, &mut scratch, p.person, p.reach, p.from);
            let chain = best_chain(cx, &scratch.changed, p.person, p.access);
            let says = super::step_text::Says { chain: chain.as_ref(), lifts: p.lifts, gain };
            let reason = super::step_text::reason(cx, p.person, p.kind, p.via, &p.change, says);
            let after = p.change.apply(cx.a, &cx.a.people[p.person]);
            let exact = (p.after - before) * 100.0;
            NextStep {
                person: p.person,
                step: p.kind,
                via: p.via,
                member: p.change.cover.map(|(m, _)| m),
                gain,
                exact,
                reason,
                after,
            }
        })
        .collect()
}

/// Whether any step with x could add a point: the score with x at their best (full
/// factor, strongest start and access, a gatekeeper letting everything through, no
/// veto of theirs) bounds every step's. A decider or payer t is reached at least as
/// strongly as through x today (x's label × x's best continuation to that side), so a
/// step raises t by at most (x's best label − x's label today) × that continuation;
/// each side's weights sum to one, so the side rises by at most as much, plus x's own
/// share as one of them. Most people of a large account are far from the decision, and
/// this spares pricing their steps one by one.
fn could_show(cx: &Context, sides: [f64; 2], x: usize, shown: u8) -> bool {
    let (g, fw, cfg) = (cx.g, cx.fw, cx.cfg);
    let start = if cx.a.people[x].has(Role::User) { cfg.start_strong.max(g.start[x]) } else { g.start[x] };
    let reach = g.inc(x).map(|(y, w)| fw.value[y] * w).fold(start, f64::max).max(fw.value[x]);
    let bound = [0, 1].map(|k| {
        // Every target's best path is already at least x's present one, so it gains at
        // most what x's own label gains, carried on by x's best continuation.
        let mut up = (reach - fw.value[x]).max(0.0) * cx.back.value[x];
        let w = cx.sides.weight(k, x);
        if w > 0.0 {
            up += w * (reach - g.access[x] * fw.value[x]).max(0.0) / cx.sides.total[k];
        }
        (sides[k] + up).min(1.0)
    });
    let screen =
        if cx.sides.is_screen[x] { cx.screen.with(g, x, cfg.stance_neutral, cfg) } else { cx.screen.least };
    let vetoes = cx.vetoes - usize::from(cx.is_veto[x]);
    points(total(bound, screen, vetoes > 0, cfg)) > shown
}

fn better(p: &Priced, q: &Priced) -> bool {
    match p.after.total_cmp(&q.after) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => p.rank < q.rank,
    }
}

/// The steps that could be taken with person x.
fn candidates(cx: &Context, x: usize, out: &mut Vec<(Step, Option<usize>, Change)>) {
    let (a, cfg, today) = (cx.a, cx.cfg, cx.today);
    let p = &a.people[x];
    let keep = Change {
        stance: p.stance,
        basis: None,
        stance_on: None,
        cover: None,
        clear_favours: false,
        contact: None,
    };
    let seen = |c: &mut Change| {
        // Seeing someone tells us where they stand: an unknown turns out neutral at
        // least, and a stance at neutral or better is now observed, as of today.
        if p.stance == Stance::Unknown {
            c.stance = Stance::Neutral;
        }
        if c.stance.at_least_neutral() {
            c.basis = Some(Basis::Observed);
            c.stance_on = Some(today);
        }
        c.contact = Some(today);
    };
    let has_team = !a.team.is_empty();
    let technical = || cx.g.technical[x];
    let tech_member = (0..a.team.len()).find(|&m| cfg.is_technical_function(a.team[m].function));
    if has_team && !p.contacted() {
        let via = go_between(cx, x);
        let member =
            via.and_then(|y| coverer(a, cx.idx, y)).unwrap_or_else(|| default_member(a, cfg, technical()));
        let mut c = Change { cover: Some((member, cfg.cover_strength)), ..keep.clone() };
        seen(&mut c);
        let kind = match via {
            Some(y) if a.people[y].status() == Status::Leaving => Step::MultiThread,
            Some(y) if a.people[y].stance == Stance::Champion && key(p) => Step::TestChampion,
            Some(_) => Step::Introduce,
            None => Step::Meet,
        };
        out.push((kind, via, c));
    }
    if p.contacted() {
        let only_sales = !p.coverage.is_empty()
            && p.coverage.iter().all(|c| {
                cx.idx.member(&c.member).is_none_or(|m| !cfg.is_technical_function(a.team[m].function))
            });
        match tech_member {
            Some(m) if only_sales && technical() => {
                let mut c = Change { cover: Some((m, cfg.cover_strength)), ..keep.clone() };
                seen(&mut c);
                out.push((Step::TechnicalPeer, None, c));
            }
            _ if p.stance.at_least_neutral() || p.stance == Stance::Unknown => {
                let mut c = keep.clone();
                seen(&mut c);
                out.push((Step::Verify, None, c));
            }
            _ => {}
        }
    }
    // Winning someone over starts from knowing where they stand: a stance we have not
    // seen ourselves, or have not confirmed within the half-life, is verified first.
    let known =
        cx.g.belief[x].basis == Basis::Observed && !cx.g.belief[x].stale && p.stance != Stance::Unknown;
    if let Some(to) = p.stance.raised().filter(|_| p.contacted() && known) {
        // A stance won is a fresh judgement; a worse one keeps its date, so that an
        // opponent turned skeptic does not weigh more heavily for being recent.
        let on = to.at_least_neutral().then_some(today);
        out.push((Step::RaiseStance, None, Change { stance: to, stance_on: on, ..keep.clone() }));
    }
    if has_team && p.contacted() && p.coverage.is_empty() && p.has(Role::User) {
        let member = default_member(a, cfg, technical());
        out.push((Step::Cover, None, Change { cover: Some((member, cfg.cover_strength)), ..keep.clone() }));
    }
    if has_team && blocks(cx, x) {
        // Neutralising takes a stance below neutral to neutral; a competitor's friend
        // who already stands at neutral or better keeps their stance and drops the rival.
        let to = if p.stance.at_least_neutral() { p.stance } else { Stance::Neutral };
        let mut c = Change { stance: to, clear_favours: true, ..keep.clone() };
        if p.coverage.is_empty() {
            c.cover = Some((default_member(a, cfg, technical()), cfg.cover_strength));
        }
        c.basis = Some(Basis::Observed);
        c.stance_on = Some(today);
        c.contact = Some(today);
        out.push((Step::Neutralise, None, c));
    }
}

/// A decider or payer.
fn key(p: &Person) -> bool {
    p.has(Role::Decider) || p.has(Role::Payer)
}

/// Whether x holds a veto or is a blocker (an opponent or a high-influence skeptic at or
/// next to the decision): the people a "neutralise" step is for.
fn blocks(cx: &Context, x: usize) -> bool {
    let p = &cx.a.people[x];
    if cx.is_veto[x] {
        return true;
    }
    p.stance == Stance::Skeptic
        && p.influence.0 >= cx.cfg.blocker_skeptic_influence
        && super::flags::sways_or_holds(cx.a, cx.idx, cx.cfg, cx.g, x)
}

/// Whom we could ask to introduce us to x: someone we cover who is linked to x either
/// way and at least neutral. A leaving person first (their introductions expire), then
/// a champion, then the warmest stance, the strongest coverage, the smaller id.
fn go_between(cx: &Context, x: usize) -> Option<usize> {
    let (a, g) = (cx.a, cx.g);
    g.out(x)
        .chain(g.inc(x))
        .map(|(y, _)| y)
        .filter(|&y| {
            let q = &a.people[y];
            y != x && g.belief[y].present && !q.coverage.is_empty() && q.stance.at_least_neutral()
        })
        .min_by(|&y, &z| {
            let (q, r) = (&a.people[y], &a.people[z]);
            let leaving = |p: &Person| p.status() != Status::Leaving;
            (leaving(q), q.stance, std::cmp::Reverse(q.best_coverage()), g.ids[y]).cmp(&(
                leaving(r),
                r.stance,
                std::cmp::Reverse(r.best_coverage()),
                g.ids[z],
            ))
        })
}

/// The team member (position) who covers person y best.
fn coverer(a: &Account, idx: &Index, y: usize) -> Option<usize> {
    a.people[y].coverage.iter().max_by_key(|c| c.strength).and_then(|c| idx.member(&c.member))
}

/// Whom a step sends by default: a technical colleague to a technical person, else the
/// first salesperson, else the first member of the team.
fn default_member(a: &Account, cfg: &PullConfig, technical: bool) -> usize {
    let first =
        |f: &dyn Fn(crate::model::Function) -> bool| (0..a.team.len()).find(|&m| f(a.team[m].function));
    let tech = if technical { first(&|f| cfg.is_technical_function(f)) } else { None };
    tech.or_else(|| first(&|f| f == crate::model::Function::Sales)).unwrap_or(0)
}

/// Prices one step: the score after it, worked out from the full pass's labels.
/// `was`: x holds a veto now.
fn price(
    cx: &Context,
    scratch: &mut Scratch,
    x: usize,
    was: bool,
    kind: Step,
    via: Option<usize>,
    change: Change,
) -> Option<Priced> {
    let (a, g, fw, cfg) = (cx.a, cx.g, cx.fw, cx.cfg);
    let p = &a.people[x];
    let b = after_belief(p, &change, g.belief[x], cfg, cx.today);
    let coverage = match change.cover {
        Some((_, s)) => Some(p.best_coverage().map_or(s, |c| c.max(s))),
        None => p.best_coverage(),
    };
    let start = match coverage {
        Some(s) if b.present && p.has(Role::User) => cfg.start_factor(s),
        _ => 0.0,
    };
    let access = cfg.access(coverage);
    // Steps never make anyone worse; a change that would is not a step.
    if b.factor < g.factor[x] || start < g.start[x] || access < g.access[x] {
        return None;
    }
    let is = was && !(change.stance != Stance::Opponent && (change.clear_favours || p.favours.is_none()));
    let vetoes = cx.vetoes - usize::from(was) + usize::from(is);
    // While a veto holds the score at its ceiling, only a step that lifts the last veto
    // can show: the rest are not worth pricing.
    if vetoes > 0 && cx.held {
        return None;
    }
    let mut reach = start * b.factor;
    let mut from = NONE;
    for (y, w) in g.inc(x) {
        let v = fw.value[y] * w * b.factor;
        if v > reach {
            reach = v;
            from = y as u32;
        }
    }
    propagate(g, fw, scratch, x, reach, from);
    let changed = &scratch.changed;
    // The sides after: the changed people's contributions replace their old ones.
    let mut sides = cx.before;
    for (k, side) in sides.iter_mut().enumerate() {
        if cx.sides.total[k] <= 0.0 {
            continue;
        }
        let mut delta = 0.0;
        for (&t, &(v, _)) in changed {
            let w = cx.sides.weight(k, t);
            if w > 0.0 {
                let acc = if t == x { access } else { g.access[t] };
                delta += w * (term(acc * v, cfg) - term(g.access[t] * fw.value[t], cfg));
            }
        }
        if cx.sides.weight(k, x) > 0.0 && !changed.contains_key(&x) {
            delta += cx.sides.weight(k, x)
                * (term(access * fw.value[x], cfg) - term(g.access[x] * fw.value[x], cfg));
        }
        *side += delta;
    }
    let sides = cx.sides.sides(sides, cfg);
    let screen = if cx.sides.is_screen[x] { cx.screen.with(g, x, b.factor, cfg) } else { cx.screen.least };
    let after = total(sides, screen, vetoes > 0, cfg);
    let rank = kind as u8;
    let lifts = cx.vetoes > 0 && vetoes == 0;
    Some(Priced { person: x, kind, via, change, after, access, reach, from, lifts, rank })
}

/// The belief in x after the change.
fn after_belief(p: &Person, c: &Change, now: Belief, cfg: &PullConfig, today: Date) -> Belief {
    let basis = c.basis.unwrap_or(p.basis());
    // The judgement is dated as `Person::judged_on` will date the person the step
    // leaves: its `stance_on`, else the last contact, which a step's contact moves.
    let contact = match (p.last_contact, c.contact) {
        (Some(l), Some(d)) => Some(l.max(d)),
        (l, d) => l.or(d),
    };
    let judged = c.stance_on.or(p.stance_on).or(contact);
    let basis = if p.unverified_with(basis, judged) { Basis::Assumed } else { basis };
    belief_of(c.stance, basis, judged, now.present, cfg, today)
}

/// Continues the forward pass from x, whose best path is now `reach` (through `from`,
/// or starting at x): the people whose best path gets stronger, with their new value
/// and the neighbour it comes through.
fn propagate(g: &Graph, fw: &Labels, scratch: &mut Scratch, x: usize, reach: f64, from: u32) {
    let Scratch { changed, heap } = scratch;
    changed.clear();
    heap.clear();
    if reach <= fw.value[x] {
        return;
    }
    changed.insert(x, (reach, from));
    heap.push(Item(reach, x as u32));
    while let Some(Item(value, v)) = heap.pop() {
        let v = v as usize;
        if changed.get(&v).is_some_and(|&(c, _)| c > value) {
            continue;
        }
        for (y, w) in g.out(v) {
            if y == x {
                continue;
            }
            let cand = value * w * g.factor[y];
            let now = changed.get(&y).map_or(fw.value[y], |&(c, _)| c);
            if cand > now {
                changed.insert(y, (cand, v as u32));
                heap.push(Item(cand, y as u32));
            }
        }
    }
}

/// The buffers one pricing uses, kept between steps so that pricing thousands of
/// steps does not allocate thousands of times.
#[derive(Default)]
pub(crate) struct Scratch {
    changed: FxHashMap<usize, (f64, u32)>,
    heap: BinaryHeap<Item>,
}

/// The decider or payer whose weighted contribution the step raises most, and the
/// strongest path to them after the step.
fn best_chain(
    cx: &Context,
    changed: &FxHashMap<usize, (f64, u32)>,
    x: usize,
    access: f64,
) -> Option<(usize, usize, Vec<usize>)> {
    let g = cx.g;
    let mut best: Option<(f64, usize, usize)> = None;
    for (&t, &(v, _)) in changed {
        for k in 0..2 {
            let w = cx.sides.weight(k, t);
            if w <= 0.0 {
                continue;
            }
            let acc = if t == x { access } else { g.access[t] };
            let gain = w * (acc * v - g.access[t] * cx.fw.value[t]) / cx.sides.total[k];
            let better =
                best.is_none_or(|(b, bk, bt)| gain > b || (gain == b && (k, g.ids[t]) < (bk, g.ids[bt])));
            if better {
                best = Some((gain, k, t));
            }
        }
    }
    // A step that only brings us closer to x (coverage, no stronger path) tells of x.
    let best = best.or_else(|| {
        let k = (0..2).find(|&k| cx.sides.weight(k, x) > 0.0 && access > g.access[x])?;
        Some((0.0, k, x))
    });
    let (_, k, t) = best?;
    let mut chain = vec![t];
    let mut at = t;
    while chain.len() <= g.ids.len() {
        let via = changed.get(&at).map_or(cx.fw.via[at], |&(_, v)| v);
        if via == NONE {
            break;
        }
        at = via as usize;
        chain.push(at);
    }
    chain.reverse();
    Some((k, t, chain))
}

struct Item(f64, u32);
impl PartialEq for Item {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Item {}
impl PartialOrd for Item {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Item {
    fn cmp(&self, o: &Self) -> Ordering {
        self.0.total_cmp(&o.0).then(o.1.cmp(&self.1))
    }
}
