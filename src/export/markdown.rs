//! Markdown: an account summary a rep pastes into an account plan.

use super::{member_name, person_name, roles_label};
use crate::model::{Account, Date, LinkKind, Person, Role, Stance, Status};
use crate::t;
use crate::text::inert;
use serde_json::Number;
use std::fmt::Write;

/// The account as a Markdown (CommonMark with GitHub tables) summary: the header
/// figures and notes, the DMU by role (one table per role, in the order of the pull
/// path, with how each stance is known, status, the competitor favoured and contact
/// details), our team and whom each member covers, the reports-to and influence links,
/// the deals, the account plan's initiatives with their sums, open follow-ups,
/// customer demands and the risks (see [`super::account_plan`]): a one-page account
/// plan. The pull scores and red flags are judged as of `today`, which the caller
/// passes (the export never reads the clock, so a day gives the same bytes).
///
/// User text cannot change the document's structure: every character Markdown reads
/// as syntax (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `&`, `#`, `~`, `$`) is
/// backslash-escaped, and so is anything that would start a block (`-`, `+`, `=`, or
/// `1.`) at the start of a text, so a name cannot break a table, start a list or
/// heading, or inject HTML or a link. Bare URLs in notes may still be made clickable
/// by renderers that autolink them; the URL shown is then the one followed.
pub fn to_markdown(a: &Account, today: Date) -> String {
    // A broken `pull_model` override judges nothing here; `dmu report` says why.
    let cfg = crate::analysis::PullConfig::for_account(a).ok();
    let mut out = String::new();
    header(&mut out, a);
    dmu(&mut out, a);
    team(&mut out, a);
    links(&mut out, a);
    super::account_plan::deals(&mut out, a, cfg.as_ref(), today);
    super::account_plan::plan(&mut out, a);
    follow_ups(&mut out, a);
    demands(&mut out, a);
    super::account_plan::risks(&mut out, a, cfg.as_ref(), today);
    out
}

fn header(out: &mut String, a: &Account) {
    let _ = writeln!(out, "# {}\n", md(&a.name));
    if let Some(industry) = a.industry.as_deref() {
        let _ = writeln!(out, "- **{}:** {}", t!("export-md-industry"), md(industry));
    }
    let _ = writeln!(out, "- **{}:** {}", t!("export-md-tier"), a.tier.tr_label());
    let currency = a.currency.as_deref().map(md).unwrap_or_default();
    for (what, n) in [(t!("export-md-revenue"), &a.annual_revenue), (t!("export-md-potential"), &a.potential)]
    {
        if let Some(n) = n {
            let _ = writeln!(out, "- **{what}:** {}", format!("{} {currency}", money(n)).trim_end());
        }
    }
    if let Some(m) = a.margin_value() {
        let _ = writeln!(
            out,
            "- **{}:** {}",
            t!("strategy-md-margin"),
            crate::analysis::portfolio_deals::percent(m)
        );
    }
    if let Some(notes) = a.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "\n{}", md(notes));
    }
}

fn dmu(out: &mut String, a: &Account) {
    let _ = writeln!(out, "\n## {}", t!("export-md-dmu"));
    let sections = Role::ALL.iter().map(|r| (t!("export-md-role-heading", role = r.key()), Some(*r)));
    for (heading, role) in sections.chain([(t!("export-md-no-role"), None)]) {
        let people: Vec<&Person> =
            a.people.iter().filter(|p| role.map_or(p.roles.is_empty(), |r| p.has(r))).collect();
        if people.is_empty() {
            if role.is_some() {
                let _ = writeln!(out, "\n### {heading}\n\n{}", t!("export-md-nobody-yet"));
            }
            continue;
        }
        let _ = writeln!(out, "\n### {heading} ({})\n", people.len());
        let _ = writeln!(out, "{}", t!("export-md-people-columns"));
        out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
        for p in people {
            let covered: Vec<String> = p
                .coverage
                .iter()
                .map(|c| format!("{} ({})", md(&member_name(a, &c.member)), c.strength.tr_word()))
                .collect();
            let contact: Vec<String> = [&p.email, &p.phone].into_iter().flatten().map(|c| md(c)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {}/5 | {} | {} | {} | {} |",
                md(&p.name),
                cell(p.title.as_deref()),
                cell(p.department.as_deref()),
                or_dash(roles_label(p)),
                stance(p),
                p.influence.0,
                or_dash(covered.join(", ")),
                status(p),
                cell(p.favours.as_deref()),
                or_dash(contact.join(", ")),
            );
        }
    }
}

/// The stance and how we know it ("Supporter (reported)"); an unknown stance nobody
/// claimed to know is only "Unknown".
fn stance(p: &Person) -> String {
    if p.stance == Stance::Unknown && p.stance_basis.is_none() {
        return p.stance.tr_label();
    }
    format!("{} ({})", p.stance.tr_label(), p.basis().tr_word())
}

/// Where they stand, with its date ("Leaving on 2027-04-01").
fn status(p: &Person) -> String {
    let s = p.status();
    match p.status_on {
        None => s.tr_label(),
        Some(d) => match s {
            Status::Active | Status::New => t!("export-md-status-since", status = s.tr_label(), date = d),
            Status::Leaving | Status::Left => t!("export-md-status-on", status = s.tr_label(), date = d),
        },
    }
}

fn team(out: &mut String, a: &Account) {
    let _ = writeln!(out, "\n## {}\n", t!("export-md-team"));
    if a.team.is_empty() {
        let _ = writeln!(out, "{}", t!("export-md-no-team"));
    } else {
        let _ = writeln!(out, "{}\n|---|---|---|", t!("export-md-team-columns"));
        for m in &a.team {
            let covers: Vec<String> = a
                .people
                .iter()
                .flat_map(|p| p.coverage.iter().filter(|c| c.member == m.id).map(move |c| (p, c)))
                .map(|(p, c)| format!("{} ({})", md(&p.name), c.strength.tr_word()))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                md(&m.name),
                m.function.tr_label(),
                or_dash(covers.join(", "))
            );
        }
    }
    let uncovered: Vec<String> =
        a.people.iter().filter(|p| p.coverage.is_empty()).map(|p| md(&p.name)).collect();
    if !uncovered.is_empty() {
        let _ = writeln!(out, "\n{}", t!("export-md-uncovered", names = uncovered.join(", ")));
    }
}

fn links(out: &mut String, a: &Account) {
    let _ = writeln!(out, "\n## {}", t!("export-md-links"));
    for kind in LinkKind::ALL {
        let heading = match kind {
            LinkKind::ReportsTo => t!("export-md-reports-to"),
            LinkKind::Influences => t!("export-md-influences"),
        };
        let _ = writeln!(out, "\n### {heading}\n");
        let mut any = false;
        for l in a.links.iter().filter(|l| l.kind == *kind) {
            any = true;
            let (from, to) = (md(&person_name(a, &l.from)), md(&person_name(a, &l.to)));
            let _ = match kind {
                LinkKind::ReportsTo => writeln!(out, "- {from} → {to}"),
                LinkKind::Influences => writeln!(out, "- {from} → {to} ({})", l.strength().tr_word()),
            };
        }
        if !any {
            let _ = writeln!(out, "{}", t!("export-md-none-yet"));
        }
    }
}

fn follow_ups(out: &mut String, a: &Account) {
    let mut open: Vec<_> = a.follow_ups.iter().filter(|f| f.done.is_none()).collect();
    if open.is_empty() {
        return;
    }
    open.sort_by_key(|f| f.due);
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n|---|---|---|---|",
        t!("export-md-follow-ups"),
        t!("export-md-follow-up-columns")
    );
    for f in open {
        let with = f.person.as_deref().map(|p| md(&person_name(a, p)));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            crate::i18n::dates::show(f.due),
            md(&f.text),
            md(&member_name(a, &f.owner)),
            or_dash(with.unwrap_or_default())
        );
    }
}

fn demands(out: &mut String, a: &Account) {
    if a.demands.is_empty() {
        return;
    }
    let mut demands: Vec<_> = a.demands.iter().collect();
    demands.sort_by_key(|d| d.date);
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n|---|---|---|---|",
        t!("export-md-demands"),
        t!("export-md-demand-columns")
    );
    for d in demands {
        let granted = if d.granted { t!("export-md-yes") } else { t!("export-md-no") };
        let date = crate::i18n::dates::show(d.date);
        let _ = writeln!(out, "| {date} | {} | {} | {granted} |", d.kind.tr_label(), md(&d.text));
    }
}

/// An optional text for a table cell, a dash when missing or blank.
fn cell(s: Option<&str>) -> String {
    or_dash(s.map(md).unwrap_or_default())
}

pub(super) fn or_dash(s: String) -> String {
    if s.is_empty() { "—".to_string() } else { s }
}

/// A whole number grouped by thousands (`2,400,000`); other numbers as written.
fn money(n: &Number) -> String {
    let Some(v) = n.as_i64() else { return n.to_string() };
    // Russian groups digits with no-break spaces; English keeps its commas.
    if crate::i18n::lang() == crate::i18n::Lang::Ru {
        return crate::i18n::numbers::show_int(v);
    }
    let digits = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0 { format!("-{out}") } else { out }
}

/// User text made inert, trimmed, and escaped so Markdown shows it literally.
pub(crate) fn md(s: &str) -> String {
    let text = inert(s);
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    // A leading `-`, `+` or `=` starts a list, a thematic break or a heading underline;
    // `12.` or `12)` starts an ordered list.
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let list_dot = text[digits..].starts_with(['.', ')']).then_some(digits);
    for (i, c) in text.chars().enumerate() {
        let at_start = i == 0 && matches!(c, '-' | '+' | '=');
        let syntax =
            matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '#' | '~' | '$');
        if at_start || syntax || list_dot == Some(i) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_is_escaped_and_blocks_cannot_start() {
        assert_eq!(md("a|b *c* [d](e) <b> `f` _g_ &amp;"), r"a\|b \*c\* \[d\](e) \<b\> \`f\` \_g\_ \&amp;");
        assert_eq!(md("# Title"), r"\# Title");
        assert_eq!(md("- item"), r"\- item");
        assert_eq!(md("2026. year"), r"2026\. year");
        assert_eq!(md("  3) x "), r"3\) x");
        assert_eq!(md("v1.2"), "v1.2");
    }

    #[test]
    fn money_is_grouped_by_thousands() {
        assert_eq!(money(&Number::from(2_400_000)), "2,400,000");
        assert_eq!(money(&Number::from(-1500)), "-1,500");
        assert_eq!(money(&Number::from(999)), "999");
        assert_eq!(money(&Number::from_f64(12.5).unwrap()), "12.5");
    }
}
