//! How much a recorded stance is worth today: how we know it (observed, reported,
//! assumed), how old it is, and whether the person is still there and settled in.
//!
//! A judgement fades toward "unknown" rather than toward zero: an old "supporter" is a
//! person we no longer know about, not an opponent. So the factor a person passes on is
//! `unknown + confidence × (stance − unknown)`, with `confidence = basis weight × ½^(age
//! / half-life)`. For a stance at neutral or better, a surer basis or a fresher date can
//! only raise the factor; for a skeptic or an opponent, an old guess weighs less than a
//! fresh sighting, which is what a rep would expect too.

use super::PullConfig;
use crate::model::{Basis, Date, Person, Stance};

/// What the analysis believes about one person's stance today.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Belief {
    /// The share of the judgement that counts, 0 to 1.
    pub confidence: f64,
    /// The stance factor the person passes on (0 for someone who is no longer there).
    pub factor: f64,
    /// The basis the judgement counts with: `assumed` for a new person nobody has seen
    /// in the new role.
    pub basis: Basis,
    /// Days since the stance was confirmed; `None` when no date says.
    pub age: Option<i64>,
    /// Older than the half-life, or undated.
    pub stale: bool,
    /// Still there on the day of the analysis (see [`Person::present`]).
    pub present: bool,
}

/// The belief about `p` on `today`.
pub fn belief(p: &Person, cfg: &PullConfig, today: Date) -> Belief {
    let basis = if p.new_unverified() { Basis::Assumed } else { p.basis() };
    belief_of(p.stance, basis, p.judged_on(), p.present(today), cfg, today)
}

/// The belief in a stance held on `basis` (already `assumed` for an unverified new
/// person), confirmed on `judged_on`: what [`belief`] works out, from the parts a next
/// step may change.
pub(crate) fn belief_of(
    stance: Stance,
    basis: Basis,
    judged_on: Option<Date>,
    present: bool,
    cfg: &PullConfig,
    today: Date,
) -> Belief {
    let age = judged_on.map(|d| i64::from(today.days_since(d)).max(0));
    let half = f64::from(cfg.half_life_days.max(1));
    // An undated judgement may be of any age: it counts as one half-life old.
    let fade = match age {
        Some(days) => 0.5f64.powf(days as f64 / half),
        None => 0.5,
    };
    // Nothing is known of an unknown stance, however it was recorded.
    let confidence = if stance == Stance::Unknown { 0.0 } else { cfg.basis_weight(basis) * fade };
    let unknown = cfg.stance_unknown;
    let factor = if !present {
        0.0
    } else if stance == Stance::Unknown {
        unknown
    } else {
        unknown + confidence * (cfg.stance_factor(stance) - unknown)
    };
    let stale = age.is_none_or(|d| d > i64::from(cfg.half_life_days));
    Belief { confidence, factor, basis, age, stale, present }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn supporter(basis: Option<Basis>, on: &str) -> Person {
        let mut p = Person::new("p", "P");
        p.stance = Stance::Supporter;
        p.stance_basis = basis;
        p.stance_on = Some(day(on));
        p
    }

    #[test]
    fn an_observed_fresh_judgement_counts_fully_and_fades_to_unknown_by_half_lives() {
        let cfg = PullConfig::default();
        let today = day("2026-11-27");
        let fresh = belief(&supporter(Some(Basis::Observed), "2026-11-27"), &cfg, today);
        assert_eq!(fresh.factor, cfg.stance_supporter);
        // 120 days: half of the way from unknown (0.4) to supporter (0.8) is left.
        let old = belief(&supporter(Some(Basis::Observed), "2026-07-30"), &cfg, today);
        assert!((old.factor - 0.6).abs() < 1e-12, "{}", old.factor);
        assert!(!old.stale);
        // Reported counts 0.7 of the way: 0.4 + 0.7 × 0.4.
        let told = belief(&supporter(None, "2026-11-27"), &cfg, today);
        assert!((told.factor - 0.68).abs() < 1e-12, "{}", told.factor);
    }

    #[test]
    fn people_who_left_carry_nothing_and_new_people_count_as_assumed() {
        let cfg = PullConfig::default();
        let today = day("2026-11-27");
        let mut p = supporter(Some(Basis::Observed), "2026-03-18");
        p.status = Some(crate::model::Status::New);
        p.status_on = Some(day("2026-11-02"));
        assert_eq!(belief(&p, &cfg, today).basis, Basis::Assumed);
        p.stance_on = Some(day("2026-11-20"));
        assert_eq!(belief(&p, &cfg, today).basis, Basis::Observed);
        p.status = Some(crate::model::Status::Leaving);
        p.status_on = Some(day("2026-12-31"));
        assert!(belief(&p, &cfg, today).present);
        assert!(!belief(&p, &cfg, day("2027-01-02")).present);
        assert_eq!(belief(&p, &cfg, day("2027-01-02")).factor, 0.0);
    }
}
