//! Plain-text renderings of the portfolio, the agenda and the team, for the command
//! line (`dmu portfolio`, `dmu agenda`). The JSON forms are the structs' serde shapes.

use super::agenda::{AgendaEntry, TeamRow};
use super::portfolio::{AccountFigures, Portfolio};
use crate::t;
use crate::text::inert;
use std::fmt::Write;

pub fn money(x: f64) -> String {
    // Thousands grouped with commas; ASCII keeps the columns aligned in any terminal.
    let n = x.round() as i64;
    // Russian groups digits with no-break spaces (one column wide too).
    if crate::i18n::lang() == crate::i18n::Lang::Ru {
        return crate::i18n::numbers::show_int(n);
    }
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let s = inert(s);
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    let used = out.width();
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// An amount in its account's currency when that is not the portfolio's (the account is
/// then left out of the shares, and its figure must not pass for one in the main
/// currency).
pub fn amount(a: &AccountFigures, x: f64) -> String {
    match (&a.currency, a.in_shares || a.same_as.is_some()) {
        (Some(c), false) => format!("{} {}", money(x), inert(c)),
        _ => money(x),
    }
}

/// The share of an account, blank when it is left out of the shares.
pub fn share(a: &AccountFigures) -> String {
    if !a.in_shares {
        return String::new();
    }
    let s = format!("{:.1}%", a.share * 100.0);
    // Russian writes a decimal comma.
    if crate::i18n::lang() == crate::i18n::Lang::Ru { s.replace('.', ",") } else { s }
}

/// The portfolio as a table with its flags above it.
pub fn portfolio_text(p: &Portfolio) -> String {
    let mut s = String::new();
    let c = &p.concentration;
    let revenue = match &p.currency {
        Some(c) => format!("{} {}", money(p.total_revenue), inert(c)),
        None => money(p.total_revenue),
    };
    let head = t!(
        "analysis-portfolio-head",
        date = p.today,
        accounts = t!("count-accounts", n = p.accounts.len()),
        revenue = revenue,
        top1 = format!("{:.0}", c.top1_share * 100.0),
        top3 = format!("{:.0}", c.top3_share * 100.0),
        hhi = format!("{:.0}", c.hhi)
    );
    let _ = writeln!(s, "{head}");
    if p.flags.is_empty() {
        let _ = writeln!(s, "{}", t!("analysis-portfolio-no-flags"));
    }
    for f in &p.flags {
        let _ = writeln!(s, "! [{}] {}", f.code.key(), f.message);
    }
    let unmapped: Vec<String> = p
        .accounts
        .iter()
        .filter(|a| a.people == 0 && a.same_as.is_none())
        .map(|a| inert(&a.name).into_owned())
        .collect();
    if !unmapped.is_empty() {
        let _ = writeln!(s, "{}", t!("analysis-portfolio-unmapped", names = unmapped.join(", ")));
    }
    let _ = writeln!(
        s,
        "\n{} {:<9} {:>16} {:>6} {:>6} {:>16} {:>5} {:>5} {:<10} {:>4} {:>7}",
        pad(&t!("analysis-portfolio-col-account"), 28),
        t!("analysis-portfolio-col-tier"),
        t!("analysis-portfolio-col-revenue"),
        t!("analysis-portfolio-col-share"),
        t!("strategy-portfolio-col-margin"),
        t!("analysis-portfolio-col-potential"),
        t!("analysis-portfolio-col-score"),
        t!("analysis-portfolio-col-flags"),
        t!("analysis-portfolio-col-contact"),
        t!("analysis-portfolio-col-open"),
        t!("analysis-portfolio-col-overdue")
    );
    for a in &p.accounts {
        let _ = writeln!(
            s,
            "{} {:<9} {:>16} {:>6} {:>6} {:>16} {:>5} {:>5} {:<10} {:>4} {:>7}",
            pad(&a.name, 28),
            a.tier.tr_word(),
            amount(a, a.revenue),
            share(a),
            a.margin.map_or_else(|| "-".to_string(), super::portfolio_deals::percent),
            amount(a, a.potential),
            a.score.map(|x| x.to_string()).unwrap_or_else(|| "-".into()),
            if a.people == 0 { "-".to_string() } else { a.red_flags.to_string() },
            a.last_contact.map(crate::i18n::dates::show).unwrap_or_else(|| t!("analysis-portfolio-never")),
            a.open_followups,
            a.overdue_followups
        );
    }
    s.push_str(&strategy_text(p));
    s
}

/// The margins, the pipeline and the plans below the table; a part with nothing to
/// show is left out.
fn strategy_text(p: &Portfolio) -> String {
    use super::portfolio_deals::percent;
    let mut s = String::new();
    let in_main = |x: f64| match &p.currency {
        Some(c) => format!("{} {}", money(x), inert(c)),
        None => money(x),
    };
    if p.mean_margin.is_some() || p.key_revenue > 0.0 {
        let _ = writeln!(s);
        if let Some(m) = p.mean_margin {
            let _ = writeln!(s, "{}", t!("strategy-portfolio-mean-margin", margin = percent(m)));
        }
        if p.key_revenue > 0.0 {
            let line = t!(
                "strategy-portfolio-at-risk",
                risk = in_main(p.revenue_at_risk),
                key = in_main(p.key_revenue)
            );
            let _ = writeln!(s, "{line}");
        }
    }
    if !p.pipeline.is_empty() {
        let _ = writeln!(s, "\n{}", t!("strategy-portfolio-pipeline"));
        for st in &p.pipeline {
            let score = st.mean_score.map_or_else(|| "-".to_string(), |x| x.to_string());
            let deals = t!("strategy-count-deals", n = st.deals);
            let _ = writeln!(
                s,
                "  {} {:<10} {:>16} {}",
                pad(&st.stage.tr_label(), 12),
                deals,
                in_main(st.value),
                t!("strategy-portfolio-mean-score", score = score)
            );
        }
    }
    if !p.plan.is_empty() {
        let _ = writeln!(s, "\n{}", t!("strategy-portfolio-plan"));
        for k in &p.plan {
            let line = t!(
                "strategy-portfolio-plan-line",
                planned = in_main(k.planned),
                running = in_main(k.running)
            );
            let _ = writeln!(s, "  {} {line}", pad(&k.kind.tr_label(), 24));
        }
        let (planned, running) = p.plan.iter().fold((0.0, 0.0), |(a, b), k| (a + k.planned, b + k.running));
        let total =
            t!("strategy-portfolio-plan-line", planned = in_main(planned), running = in_main(running));
        let _ = writeln!(s, "  {} {total}", pad(&t!("strategy-portfolio-plan-total"), 24));
    }
    s
}

/// The agenda, one follow-up a line, overdue ones marked.
pub fn agenda_text(entries: &[AgendaEntry]) -> String {
    if entries.is_empty() {
        return format!("{}\n", t!("analysis-agenda-empty"));
    }
    let mut s = String::new();
    for e in entries {
        let when = if e.overdue() {
            t!("analysis-agenda-overdue", date = e.due, days = e.days_overdue)
        } else {
            crate::i18n::dates::show(e.due)
        };
        let who =
            e.person_name.as_deref().map(|p| t!("analysis-agenda-with", name = inert(p))).unwrap_or_default();
        let _ = writeln!(
            s,
            "{:<23} {}  {}: {}{}  [{}]",
            when,
            pad(&e.owner_name, 16),
            inert(&e.account_name),
            inert(&e.text),
            who,
            e.id
        );
    }
    s
}

/// Our team across accounts.
pub fn team_text(rows: &[TeamRow]) -> String {
    let mut s = String::new();
    for r in rows {
        let accounts: Vec<String> =
            r.accounts.iter().map(|(_, n, c)| format!("{} ({c})", inert(n))).collect();
        let line = t!(
            "analysis-team-line",
            name = pad(&r.name, 20),
            people = t!("count-people", n = r.covered),
            open = r.open_followups,
            overdue = r.overdue_followups,
            accounts = accounts.join(", ")
        );
        let _ = writeln!(s, "{line}");
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn money_groups_thousands() {
        assert_eq!(super::money(1_234_567.4), "1,234,567");
        assert_eq!(super::money(999.0), "999");
        assert_eq!(super::money(-1000.0), "-1,000");
    }
}
