//! The portfolio's strategy figures: the pipeline of open deals by stage, the account
//! plans' value by kind, and margins (the revenue-weighted mean, a key account squeezed
//! while its demands rise, and the revenue at risk if key accounts drop their status).
//!
//! The textbook (after Burnett, 1992) warns that a customer who knows it is preferred
//! may demand ever more service, and that when a customer drops its key status margins
//! come under pressure. So a key account whose margin is already well below the
//! portfolio's while its demands rise is flagged, and the revenue at risk is that of the
//! key accounts showing the signs: those the portfolio flags at risk or squeezed.

use super::portfolio::AccountInput;
use crate::model::{Account, DealStage, PlanKind, PlanStatus};

/// How far below the portfolio's mean margin (in percentage points) a key account's
/// margin is "well below": five points is a third of a typical 15% gross margin gone.
pub const MARGIN_GAP_POINTS: f64 = 5.0;

/// Open deals at one stage, across the accounts counted in the main currency.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PipelineStage {
    pub stage: DealStage,
    pub deals: usize,
    /// The deals' value summed (a deal without one adds nothing).
    pub value: f64,
    /// The mean pull score through each deal's lens, of the deals that have one.
    pub mean_score: Option<u8>,
}

/// The account plans' initiatives of one kind: what is planned (an idea or agreed) and
/// what is running, each a yearly value summed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlanSum {
    pub kind: PlanKind,
    pub planned: f64,
    pub running: f64,
    /// How many initiatives are planned or running.
    pub items: usize,
}

/// The pipeline: one entry per open stage that has deals, in the order deals go.
/// `counted[k]`: account k counts in the sums (main currency, not a duplicate).
pub fn pipeline(inputs: &[AccountInput<'_>], counted: &[bool]) -> Vec<PipelineStage> {
    DealStage::ALL
        .iter()
        .filter(|s| s.open())
        .filter_map(|&stage| {
            let (mut deals, mut value, mut scores) = (0, 0.0, Vec::new());
            for (i, _) in inputs.iter().zip(counted).filter(|(_, c)| **c) {
                for (k, d) in i.account.deals.iter().enumerate().filter(|(_, d)| d.stage() == stage) {
                    deals += 1;
                    value += d.worth();
                    scores.extend(i.deal_scores.get(k).copied().flatten());
                }
            }
            let mean = (!scores.is_empty()).then(|| {
                (scores.iter().map(|&s| f64::from(s)).sum::<f64>() / scores.len() as f64).round() as u8
            });
            (deals > 0).then_some(PipelineStage { stage, deals, value, mean_score: mean })
        })
        .collect()
}

/// The plan's sums by kind, for the kinds that have an initiative planned or running
/// (done and dropped ones are no longer ahead of us).
pub fn plan_sums(accounts: &[&Account]) -> Vec<PlanSum> {
    PlanKind::ALL
        .iter()
        .filter_map(|&kind| {
            let mut sum = PlanSum { kind, planned: 0.0, running: 0.0, items: 0 };
            for item in accounts.iter().flat_map(|a| &a.plan).filter(|p| p.kind() == kind) {
                match item.status() {
                    PlanStatus::Idea | PlanStatus::Agreed => sum.planned += item.worth(),
                    PlanStatus::Running => sum.running += item.worth(),
                    PlanStatus::Done | PlanStatus::Dropped => continue,
                }
                sum.items += 1;
            }
            (sum.items > 0).then_some(sum)
        })
        .collect()
}

/// The portfolio's margin: the mean of the accounts' margins weighted by their revenue
/// (a large account at 10% weighs more than a small one at 30%); `None` when no account
/// with revenue gives a margin.
pub fn mean_margin(accounts: &[&Account]) -> Option<f64> {
    let (weighted, revenue) = accounts
        .iter()
        .filter_map(|a| Some((a.margin_value()?, a.revenue())).filter(|(_, r)| *r > 0.0))
        .fold((0.0, 0.0), |(w, t), (m, r)| (w + m * r, t + r));
    (revenue > 0.0).then(|| weighted / revenue)
}

/// Whether a margin is well below the portfolio's mean (by [`MARGIN_GAP_POINTS`] or more).
pub fn well_below(margin: f64, mean: f64) -> bool {
    mean - margin >= MARGIN_GAP_POINTS - 1e-9
}

/// A percentage as people read it: whole, or with one decimal when it has one
/// (`12%`, `12.5%`; `12,5%` in Russian).
pub fn percent(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    format!("{}%", crate::i18n::numbers::show_in(crate::i18n::lang(), rounded, Some(1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Deal, PlanItem};

    fn plan(kind: PlanKind, status: PlanStatus, value: i64) -> PlanItem {
        let mut p = PlanItem::new(format!("{kind:?}{status:?}{value}"), "x");
        (p.kind, p.status, p.value) = (Some(kind), Some(status), Some(value.into()));
        p
    }

    #[test]
    fn plan_sums_split_planned_from_running_and_skip_what_is_behind_us() {
        let mut a = Account::new("a", "A");
        a.plan = vec![
            plan(PlanKind::CostReduction, PlanStatus::Idea, 100),
            plan(PlanKind::CostReduction, PlanStatus::Agreed, 50),
            plan(PlanKind::CostReduction, PlanStatus::Running, 30),
            plan(PlanKind::CostReduction, PlanStatus::Done, 1000),
            plan(PlanKind::JointPromotion, PlanStatus::Dropped, 7),
        ];
        let mut b = Account::new("b", "B");
        b.plan = vec![plan(PlanKind::CostReduction, PlanStatus::Running, 20), PlanItem::new("o", "no kind")];
        let sums = plan_sums(&[&a, &b]);
        assert_eq!(
            sums,
            [
                PlanSum { kind: PlanKind::CostReduction, planned: 150.0, running: 50.0, items: 4 },
                PlanSum { kind: PlanKind::Other, planned: 0.0, running: 0.0, items: 1 },
            ]
        );
    }

    #[test]
    fn the_mean_margin_is_weighted_by_revenue() {
        let acc = |rev: i64, margin: Option<i64>| {
            let mut a = Account::new("a", "A");
            a.annual_revenue = Some(rev.into());
            a.margin = margin.map(Into::into);
            a
        };
        // (300 × 10 + 100 × 30) / 400 = 15; the account without a margin does not count.
        let (a, b, c) = (acc(300, Some(10)), acc(100, Some(30)), acc(1000, None));
        assert!((mean_margin(&[&a, &b, &c]).unwrap() - 15.0).abs() < 1e-9);
        assert_eq!(mean_margin(&[&c]), None);
        assert!(well_below(10.0, 15.0) && !well_below(10.1, 15.0));
    }

    #[test]
    fn the_pipeline_counts_open_deals_by_stage_with_their_mean_score() {
        let mut a = Account::new("a", "A");
        let deal = |id: &str, stage: DealStage, value: i64| {
            let mut d = Deal::new(id, id);
            (d.stage, d.value) = (Some(stage), Some(value.into()));
            d
        };
        a.deals = vec![
            deal("d1", DealStage::Proposal, 100),
            deal("d2", DealStage::Proposal, 50),
            deal("d3", DealStage::Won, 999),
            deal("d4", DealStage::Lead, 10),
        ];
        let input = AccountInput {
            slug: "a",
            account: &a,
            score: Some(50),
            flags: vec![],
            deal_scores: vec![Some(40), Some(61), None, None],
        };
        let p = pipeline(std::slice::from_ref(&input), &[true]);
        assert_eq!(
            p,
            [
                PipelineStage { stage: DealStage::Lead, deals: 1, value: 10.0, mean_score: None },
                PipelineStage { stage: DealStage::Proposal, deals: 2, value: 150.0, mean_score: Some(51) },
            ]
        );
        assert!(pipeline(&[input], &[false]).is_empty());
    }
}
