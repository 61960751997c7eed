//! A what-if scenario: changes tried on a clone of the account (never the session's),
//! re-analysed once per change, and turned into one undoable edit when applied.
//!
//! Three kinds of change: a suggested next step taken whole (the person becomes the
//! step's `after`, so the score rises by exactly the step's gain), a stance raised or
//! lowered by one ([`Stance::raised`], [`Stance::lowered`]; a changed stance is dated
//! today, as the person form dates it), and a team member's coverage cycled.

use crate::analysis::{Analysis, NextStep, PullConfig, Step, analyze, analyze_deal};
use crate::model::{Account, Coverage, Date, Edit, Index, Person, Stance, Strength, ops};
use crate::text::inert;

/// Changes being tried on a copy of the account.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// The copy the changes are made on.
    pub account: Account,
    /// The analysis of the copy.
    pub analysis: Analysis,
    /// The steps of the people on its paths (worked out once per change, not per frame).
    pub steps: super::pull::PathSteps,
    /// The score before any change.
    pub base_score: u8,
    /// How many red flags there were before any change.
    pub base_flags: usize,
    /// The team member whose coverage `c` changes, per person tried (by position).
    member: Vec<(usize, usize)>,
    /// One line per person changed ("Дмитрий Волков: neutral → supporter").
    pub changes: Vec<String>,
    /// Where the focus was when the scenario opened (the scenario moves it to the
    /// cards), so leaving it puts the focus back.
    pub focus_before: super::pull::Focus,
    config: PullConfig,
    today: Date,
    /// The deal the account is seen through (the lens), so the scenario is analysed
    /// with that deal's rules as the view was.
    pub deal: Option<String>,
}

impl Scenario {
    /// Opens a scenario on a copy of `account`, whose analysis is `base`.
    pub fn new(account: &Account, base: &Analysis, config: PullConfig, today: Date) -> Scenario {
        Scenario {
            account: account.clone(),
            steps: super::pull::path_steps(base),
            analysis: base.clone(),
            base_score: base.score,
            base_flags: base.red_flags.len(),
            member: Vec::new(),
            changes: Vec::new(),
            focus_before: super::pull::Focus::default(),
            config,
            today,
            deal: None,
        }
    }

    /// The score change so far, as shown: `24 → 38 (+14)`.
    pub fn delta_text(&self) -> String {
        let d = i16::from(self.analysis.score) - i16::from(self.base_score);
        format!("{} → {} ({d:+})", self.base_score, self.analysis.score)
    }

    /// The step the analysis suggests for a person (at most one per person), as the
    /// scenario stands now.
    pub fn suggested(&self, person: usize) -> Option<&NextStep> {
        self.analysis.next_best.iter().find(|s| s.person == person)
    }

    /// Takes a suggested step whole: the person becomes the step's `after` (stance, how
    /// we know it and since when, coverage, favours, last contact), so the score moves
    /// by exactly the step's gain. `c` then changes the coverage by the member the step
    /// sent.
    pub fn take_step(&mut self, step: &NextStep, original: &Account) -> bool {
        let Some(p) = self.account.people.get_mut(step.person) else { return false };
        *p = step.after.clone();
        if let Some(m) = step.member {
            self.member.retain(|(q, _)| *q != step.person);
            self.member.push((step.person, m));
        }
        self.recompute(original);
        true
    }

    /// Raises (`up`) or lowers a person's stance by one step; false at the end of the
    /// scale. A stance the rep changes is dated today, as the person form dates it; back
    /// at the stance it had, it gets its own date back.
    pub fn shift_stance(&mut self, person: usize, up: bool, original: &Account) -> bool {
        let Some(p) = self.account.people.get_mut(person) else { return false };
        let to = if up { p.stance.raised() } else { p.stance.lowered() };
        let Some(stance) = to else { return false };
        p.stance = stance;
        match original.people.get(person) {
            Some(o) if o.stance == stance => p.stance_on = o.stance_on,
            _ => p.stance_on = Some(self.today),
        }
        self.recompute(original);
        true
    }

    /// What `+` does to a person: the suggested step when it is one that changes the
    /// stance (neutralise, win over) and raises it, so the first press gives the gain
    /// the panel promised; otherwise one stance up.
    pub fn raise(&mut self, person: usize, original: &Account) -> RaiseOutcome {
        let stance_step = self.suggested(person).filter(|s| {
            matches!(s.step, Step::Neutralise | Step::RaiseStance)
                && rank(s.after.stance) > rank(self.account.people[person].stance)
        });
        if let Some(step) = stance_step.cloned() {
            self.take_step(&step, original);
            return RaiseOutcome::Step(step.step);
        }
        if self.shift_stance(person, true, original) { RaiseOutcome::Raised } else { RaiseOutcome::AtTop }
    }

    /// The team member whose coverage of a person `c` changes: the one chosen with `t`,
    /// else whoever covers them best, else the first of the team.
    pub fn member_for(&self, person: usize) -> Option<usize> {
        if let Some(&(_, m)) = self.member.iter().find(|(p, _)| *p == person) {
            return Some(m);
        }
        let p = self.account.people.get(person)?;
        let best = p.coverage.iter().max_by_key(|c| c.strength);
        let by_best = best.and_then(|c| self.account.team.iter().position(|m| m.id == c.member));
        by_best.or((!self.account.team.is_empty()).then_some(0))
    }

    /// Chooses the next team member for `c` on a person; false when the team is empty.
    pub fn next_member(&mut self, person: usize) -> bool {
        let Some(m) = self.member_for(person) else { return false };
        let next = (m + 1) % self.account.team.len();
        self.member.retain(|(p, _)| *p != person);
        self.member.push((person, next));
        true
    }

    /// Cycles the chosen member's coverage of a person up the model's ladder, none →
    /// weak → medium → strong → none ([`Strength::cycled`]). Returns the new strength,
    /// or `None` with no team.
    pub fn cycle_coverage(&mut self, person: usize, original: &Account) -> Option<Option<Strength>> {
        let m = self.member_for(person)?;
        let member = self.account.team.get(m)?.id.clone();
        let p = self.account.people.get_mut(person)?;
        let at = p.coverage.iter().position(|c| c.member == member);
        let next = Strength::cycled(at.map(|j| p.coverage[j].strength), true);
        match (at, next) {
            (Some(j), Some(s)) => p.coverage[j].strength = s,
            (Some(j), None) => {
                p.coverage.remove(j);
            }
            (None, Some(s)) => p.coverage.push(Coverage { member, strength: s, extra: Default::default() }),
            (None, None) => {}
        }
        self.recompute(original);
        Some(next)
    }

    /// The day the scenario ages judgements by.
    pub fn today(&self) -> Date {
        self.today
    }

    fn recompute(&mut self, original: &Account) {
        self.analysis = match &self.deal {
            // The copy is of the account as the deal sees it; through the deal again it
            // is the same people, with the deal's rules applied.
            Some(d) => analyze_deal(&self.account, Some(d), &self.config, self.today),
            None => analyze(&self.account, &Index::new(&self.account), &self.config, self.today),
        };
        self.steps = super::pull::path_steps(&self.analysis);
        self.changes = describe_changes(original, &self.account);
    }

    /// The changes as one edit of `original` (the change set between it and the copy),
    /// or `None` when nothing differs.
    pub fn edit(&self, original: &Account) -> Result<Option<Edit>, ops::RuleError> {
        let cs = crate::change::diff(original, &self.account);
        Ok((!cs.is_empty()).then_some(cs))
    }
}

/// What `+` did (see [`Scenario::raise`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RaiseOutcome {
    /// Took the suggested step of this kind.
    Step(Step),
    /// Raised the stance by one.
    Raised,
    /// Nothing: the person is a champion already.
    AtTop,
}

/// Where a stance stands between opponent and champion, unknown with neutral.
pub(in crate::tui) fn rank(s: Stance) -> u8 {
    match s {
        Stance::Opponent => 0,
        Stance::Skeptic => 1,
        Stance::Neutral | Stance::Unknown => 2,
        Stance::Supporter => 3,
        Stance::Champion => 4,
    }
}

/// One line per changed person: stance, how we know it, coverage, favours and contact,
/// before → after.
fn describe_changes(original: &Account, now: &Account) -> Vec<String> {
    let member_name = |id: &str| {
        let m = now.team.iter().find(|m| m.id == id);
        inert(m.map_or(id, |m| m.name.as_str())).into_owned()
    };
    let mut out = Vec::new();
    for (before, after) in original.people.iter().zip(&now.people) {
        if before == after {
            continue;
        }
        out.push(format!(
            "{}: {}",
            inert(&after.name),
            person_changes(before, after, &member_name).join(", ")
        ));
    }
    out
}

/// The parts of one person that changed, in words.
fn person_changes(before: &Person, after: &Person, member_name: &dyn Fn(&str) -> String) -> Vec<String> {
    let mut parts = Vec::new();
    if before.stance != after.stance {
        let word = |st: crate::model::Stance| crate::t!("tui-views-stance-word", stance = st.key());
        parts.push(format!("{} → {}", word(before.stance), word(after.stance)));
    }
    // "observed as of 2026-11-27": how we know the stance now, and since when.
    let basis =
        (before.basis() != after.basis()).then(|| crate::t!("tui-views-basis", basis = after.basis().key()));
    let since = after
        .stance_on
        .filter(|_| before.stance_on != after.stance_on)
        .map(|d| crate::t!("tui-views-whatif-as-of", date = d));
    match (basis, since) {
        (Some(b), Some(d)) => parts.push(format!("{b} {d}")),
        (Some(x), None) | (None, Some(x)) => parts.push(x),
        (None, None) => {}
    }
    let strength = |p: &Person, id: &str| p.coverage.iter().find(|c| c.member == id).map(|c| c.strength);
    let members = before.coverage.iter().chain(&after.coverage).map(|c| c.member.as_str());
    let mut seen = Vec::new();
    for id in members {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let (b, a) = (strength(before, id), strength(after, id));
        if b != a {
            let key = |s: Option<Strength>| {
                s.map_or_else(
                    || crate::t!("tui-views-whatif-no-coverage"),
                    |s| crate::t!("tui-views-strength", strength = s.key()),
                )
            };
            parts.push(crate::t!(
                "tui-views-whatif-covered-by",
                member = member_name(id),
                from = key(b),
                to = key(a)
            ));
        }
    }
    if before.favours != after.favours {
        match (&before.favours, &after.favours) {
            (Some(f), None) => parts.push(crate::t!("tui-views-whatif-no-longer-favours", rival = inert(f))),
            (_, Some(f)) => parts.push(crate::t!("tui-views-whatif-favours", rival = inert(f))),
            (None, None) => {}
        }
    }
    if let Some(d) = after.last_contact.filter(|_| before.last_contact != after.last_contact) {
        parts.push(crate::t!("tui-views-whatif-met", date = d));
    }
    if parts.is_empty() {
        parts.push(crate::t!("tui-views-whatif-changed"));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Function, Person, Role, TeamMember};

    fn account() -> Account {
        let mut a = Account::new("a", "A");
        for (id, name) in [("t1", "Omar"), ("t2", "Lena")] {
            let m = TeamMember {
                id: id.into(),
                name: name.into(),
                function: Function::Other,
                extra: Default::default(),
            };
            a.team.push(m);
        }
        let mut u = Person::new("u", "User");
        u.roles = vec![Role::User, Role::Decider, Role::Payer];
        u.stance = Stance::Neutral;
        // Seen today: the judgement counts in full, so the figures are the stance factors.
        u.stance_basis = Some(crate::model::Basis::Observed);
        u.stance_on = Some(today());
        a.people.push(u);
        a
    }

    fn today() -> Date {
        "2026-11-27".parse().unwrap()
    }

    #[test]
    fn changes_stay_on_the_copy_and_become_one_edit() {
        let a = account();
        let cfg = PullConfig::default();
        let base = analyze(&a, &Index::new(&a), &cfg, today());
        let mut s = Scenario::new(&a, &base, cfg, today());
        assert_eq!(s.base_score, 0, "nobody covered yet");
        assert_eq!(s.cycle_coverage(0, &a), Some(Some(Strength::Weak)), "none → weak first");
        assert_eq!(s.cycle_coverage(0, &a), Some(Some(Strength::Medium)));
        assert_eq!(s.analysis.score, 30, "0.7 start × 0.5 neutral × 0.85 access");
        assert!(s.shift_stance(0, true, &a));
        assert_eq!(s.analysis.score, 48, "0.7 × 0.8 supporter × 0.85");
        assert_eq!(s.delta_text(), "0 → 48 (+48)");
        assert_eq!(s.changes, ["User: neutral → supporter, covered by Omar: none → medium"]);
        assert!(a.people[0].coverage.is_empty(), "the original is untouched");
        let mut applied = a.clone();
        s.edit(&a).unwrap().unwrap().apply(&mut applied).unwrap();
        assert_eq!(applied.people, s.account.people);
        assert!(s.next_member(0));
        assert_eq!(s.member_for(0), Some(1), "t picks Lena");
        assert_eq!(s.cycle_coverage(0, &a), Some(Some(Strength::Weak)));
        assert_eq!(
            s.changes[0],
            "User: neutral → supporter, covered by Omar: none → medium, covered by Lena: none → weak"
        );
        let rest: Vec<_> = (0..3).map(|_| s.cycle_coverage(0, &a)).collect();
        assert_eq!(rest, [Some(Some(Strength::Medium)), Some(Some(Strength::Strong)), Some(None)]);
    }

    #[test]
    fn stances_climb_by_what_they_carry_and_stop_at_the_ends() {
        let a = account();
        let cfg = PullConfig::default();
        let base = analyze(&a, &Index::new(&a), &cfg, today());
        let mut s = Scenario::new(&a, &base, cfg, today());
        assert!(s.shift_stance(0, false, &a));
        assert_eq!(s.account.people[0].stance, Stance::Skeptic, "neutral, one down, is skeptic");
        assert!(s.shift_stance(0, true, &a));
        assert_eq!(s.account.people[0].stance, Stance::Neutral, "and a skeptic one up is neutral again");
        assert!(s.changes.is_empty(), "back where it was, date and all: {:?}", s.changes);
        while s.shift_stance(0, true, &a) {}
        assert_eq!(s.account.people[0].stance, Stance::Champion);
        assert!(s.edit(&a).unwrap().is_some());
        while s.shift_stance(0, false, &a) {}
        assert_eq!(s.account.people[0].stance, Stance::Opponent);
    }

    #[test]
    fn a_suggested_step_is_taken_whole_and_moves_the_score_by_its_gain() {
        let a = account();
        let cfg = PullConfig::default();
        let base = analyze(&a, &Index::new(&a), &cfg, today());
        let step = base.next_best.first().expect("covering the user is a step").clone();
        let mut s = Scenario::new(&a, &base, cfg, today());
        assert_eq!(s.suggested(0), Some(&step));
        assert!(s.take_step(&step, &a));
        assert_eq!(s.account.people[0], step.after);
        assert_eq!(s.analysis.score, base.score + step.gain);
        assert_eq!(s.member_for(0), step.member, "c goes on with the member the step sent");
        let mut applied = a.clone();
        s.edit(&a).unwrap().unwrap().apply(&mut applied).unwrap();
        assert_eq!(applied.people[0], step.after, "applying puts every field of the step in");
    }
}
