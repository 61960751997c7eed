//! The parts of the Markdown export that make it a one-page account plan a rep can send
//! to a manager: the deals (stage, value, close, pull score through each deal's lens),
//! the plan's joint initiatives with their sums, and the risks (the red flags, and the
//! margin while the customer asks for ever more). A part with nothing to show is left
//! out, so an account without deals or a plan reads as it always has.

use super::markdown::{md, or_dash};
use super::{member_name, person_name};
use crate::analysis::PullConfig;
use crate::analysis::portfolio_text::money;
use crate::model::{Account, Date, PlanStatus};
use crate::t;
use std::fmt::Write;

/// An amount with the account's currency (`1,200,000 EUR`).
fn amount(a: &Account, x: f64) -> String {
    let currency = a.currency.as_deref().map(md).unwrap_or_default();
    format!("{} {currency}", money(x)).trim_end().to_string()
}

/// The deals, open ones first in the order the file gives them, then the closed ones.
pub(super) fn deals(out: &mut String, a: &Account, cfg: Option<&PullConfig>, today: Date) {
    if a.deals.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n|---|---|---|---|---|---|",
        t!("strategy-md-deals"),
        t!("strategy-md-deal-columns")
    );
    let mut deals: Vec<_> = a.deals.iter().collect();
    deals.sort_by_key(|d| !d.stage().open());
    for d in deals {
        // A closed deal has no pull left to judge; an unusable model judges nothing.
        let score = cfg
            .filter(|_| d.stage().open() && !a.people.is_empty())
            .map(|cfg| crate::analysis::deal_rules::deal_score(a, &d.id, cfg, today).to_string());
        let mut process = d.process().tr_label();
        if let Some(until) = d.no_contact_until.filter(|_| d.quiet_on(today)) {
            process = t!("strategy-md-quiet-until", process = process, until = until);
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            md(&d.name),
            d.stage().tr_label(),
            process,
            if d.value.is_some() { amount(a, d.worth()) } else { or_dash(String::new()) },
            d.close.map_or_else(|| or_dash(String::new()), crate::i18n::dates::show),
            or_dash(score.unwrap_or_default()),
        );
    }
}

/// The plan's initiatives, then what they are worth: planned (an idea or agreed),
/// running and done, each a yearly value summed.
pub(super) fn plan(out: &mut String, a: &Account) {
    if a.plan.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n|---|---|---|---|---|---|---|",
        t!("strategy-md-plan"),
        t!("strategy-md-plan-columns")
    );
    let (mut planned, mut running, mut done) = (0.0, 0.0, 0.0);
    for p in &a.plan {
        match p.status() {
            PlanStatus::Idea | PlanStatus::Agreed => planned += p.worth(),
            PlanStatus::Running => running += p.worth(),
            PlanStatus::Done => done += p.worth(),
            PlanStatus::Dropped => {}
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            md(&p.text),
            p.kind().tr_label(),
            or_dash(p.owner.as_deref().map(|m| md(&member_name(a, m))).unwrap_or_default()),
            or_dash(p.with.as_deref().map(|w| md(&person_name(a, w))).unwrap_or_default()),
            p.status().tr_label(),
            p.due.map_or_else(|| or_dash(String::new()), crate::i18n::dates::show),
            if p.value.is_some() { amount(a, p.worth()) } else { or_dash(String::new()) },
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        t!(
            "strategy-md-plan-sums",
            planned = amount(a, planned),
            running = amount(a, running),
            done = amount(a, done)
        )
    );
}

/// The red flags as the analysis gives them (every open deal's rules applied), and the
/// margin when the customer's demands rise: the textbook's "ever more service" danger.
pub(super) fn risks(out: &mut String, a: &Account, cfg: Option<&PullConfig>, today: Date) {
    let flags = match cfg.filter(|_| !a.people.is_empty()) {
        Some(cfg) => crate::analysis::analyze_deal(a, None, cfg, today).red_flags,
        None => Vec::new(),
    };
    let rising = crate::analysis::portfolio::rising_demands(a, &Default::default(), today);
    let margin = match (a.margin_value(), rising) {
        (Some(m), Some(why)) => Some(t!(
            "strategy-md-margin-rising",
            margin = crate::analysis::portfolio_deals::percent(m),
            why = why
        )),
        _ => None,
    };
    if flags.is_empty() && margin.is_none() {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", t!("strategy-md-risks"));
    // The sentences alone: a manager reads them, and the codes are for scripts
    // (`dmu report --format json`).
    for f in &flags {
        let _ = writeln!(out, "- {}", md(&f.message));
    }
    if let Some(m) = margin {
        let _ = writeln!(out, "- {}", md(&m));
    }
}
