//! Markdown: an account summary a rep pastes into an account plan.

use super::{member_name, person_name, roles_label};
use crate::model::{Account, LinkKind, Person, Role, Stance, Status};
use crate::text::inert;
use serde_json::Number;
use std::fmt::Write;

/// The account as a Markdown (CommonMark with GitHub tables) summary: the header
/// figures and notes, the DMU by role (one table per role, in the order of the pull
/// path, with how each stance is known, status, the competitor favoured and contact
/// details), our team and whom each member covers, the reports-to and influence links,
/// open follow-ups and customer demands.
///
/// User text cannot change the document's structure: every character Markdown reads
/// as syntax (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `&`, `#`, `~`, `$`) is
/// backslash-escaped, and so is anything that would start a block (`-`, `+`, `=`, or
/// `1.`) at the start of a text, so a name cannot break a table, start a list or
/// heading, or inject HTML or a link. Bare URLs in notes may still be made clickable
/// by renderers that autolink them; the URL shown is then the one followed.
pub fn to_markdown(a: &Account) -> String {
    let mut out = String::new();
    header(&mut out, a);
    dmu(&mut out, a);
    team(&mut out, a);
    links(&mut out, a);
    follow_ups(&mut out, a);
    demands(&mut out, a);
    out
}

fn header(out: &mut String, a: &Account) {
    let _ = writeln!(out, "# {}\n", md(&a.name));
    if let Some(industry) = a.industry.as_deref() {
        let _ = writeln!(out, "- **Industry:** {}", md(industry));
    }
    let _ = writeln!(out, "- **Tier:** {}", a.tier.label());
    let currency = a.currency.as_deref().map(md).unwrap_or_default();
    for (what, n) in [("Annual revenue", &a.annual_revenue), ("Potential", &a.potential)] {
        if let Some(n) = n {
            let _ = writeln!(out, "- **{what}:** {}", format!("{} {currency}", money(n)).trim_end());
        }
    }
    if let Some(notes) = a.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "\n{}", md(notes));
    }
}

fn dmu(out: &mut String, a: &Account) {
    out.push_str("\n## Decision-making unit\n");
    let sections = Role::ALL.iter().map(|r| (format!("{}s", r.label()), Some(*r)));
    for (heading, role) in sections.chain([("No role recorded".to_string(), None)]) {
        let people: Vec<&Person> =
            a.people.iter().filter(|p| role.map_or(p.roles.is_empty(), |r| p.has(r))).collect();
        if people.is_empty() {
            if role.is_some() {
                let _ = writeln!(out, "\n### {heading}\n\nNobody recorded yet.");
            }
            continue;
        }
        let _ = writeln!(out, "\n### {heading} ({})\n", people.len());
        out.push_str(
            "| Name | Title | Department | Roles | Stance | Influence | Covered by | Status | Favours | Contact |\n",
        );
        out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
        for p in people {
            let covered: Vec<String> = p
                .coverage
                .iter()
                .map(|c| format!("{} ({})", md(&member_name(a, &c.member)), c.strength.key()))
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
        return p.stance.label().to_string();
    }
    format!("{} ({})", p.stance.label(), p.basis().key())
}

/// Where they stand, with its date ("Leaving on 2027-04-01").
fn status(p: &Person) -> String {
    let s = p.status();
    match p.status_on {
        None => s.label().to_string(),
        Some(d) => {
            let on = match s {
                Status::Active | Status::New => "since",
                Status::Leaving | Status::Left => "on",
            };
            format!("{} {on} {d}", s.label())
        }
    }
}

fn team(out: &mut String, a: &Account) {
    out.push_str("\n## Our team and coverage\n\n");
    if a.team.is_empty() {
        out.push_str("No team members recorded yet.\n");
    } else {
        out.push_str("| Member | Function | Covers |\n|---|---|---|\n");
        for m in &a.team {
            let covers: Vec<String> = a
                .people
                .iter()
                .flat_map(|p| p.coverage.iter().filter(|c| c.member == m.id).map(move |c| (p, c)))
                .map(|(p, c)| format!("{} ({})", md(&p.name), c.strength.key()))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                md(&m.name),
                m.function.label(),
                or_dash(covers.join(", "))
            );
        }
    }
    let uncovered: Vec<String> =
        a.people.iter().filter(|p| p.coverage.is_empty()).map(|p| md(&p.name)).collect();
    if !uncovered.is_empty() {
        let _ = writeln!(out, "\nNobody on our team covers: {}.", uncovered.join(", "));
    }
}

fn links(out: &mut String, a: &Account) {
    out.push_str("\n## Links\n");
    for kind in LinkKind::ALL {
        let heading = match kind {
            LinkKind::ReportsTo => "Reports to",
            LinkKind::Influences => "Influences",
        };
        let _ = writeln!(out, "\n### {heading}\n");
        let mut any = false;
        for l in a.links.iter().filter(|l| l.kind == *kind) {
            any = true;
            let (from, to) = (md(&person_name(a, &l.from)), md(&person_name(a, &l.to)));
            let _ = match kind {
                LinkKind::ReportsTo => writeln!(out, "- {from} → {to}"),
                LinkKind::Influences => writeln!(out, "- {from} → {to} ({})", l.strength().key()),
            };
        }
        if !any {
            out.push_str("None recorded yet.\n");
        }
    }
}

fn follow_ups(out: &mut String, a: &Account) {
    let mut open: Vec<_> = a.follow_ups.iter().filter(|f| f.done.is_none()).collect();
    if open.is_empty() {
        return;
    }
    open.sort_by_key(|f| f.due);
    out.push_str("\n## Open follow-ups\n\n| Due | Follow-up | Owner | With |\n|---|---|---|---|\n");
    for f in open {
        let with = f.person.as_deref().map(|p| md(&person_name(a, p)));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            f.due,
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
    out.push_str(
        "\n## Demands beyond the contract\n\n| Date | Kind | Demand | Granted |\n|---|---|---|---|\n",
    );
    for d in demands {
        let granted = if d.granted { "yes" } else { "no" };
        let _ = writeln!(out, "| {} | {} | {} | {granted} |", d.date, d.kind.label(), md(&d.text));
    }
}

/// An optional text for a table cell, a dash when missing or blank.
fn cell(s: Option<&str>) -> String {
    or_dash(s.map(md).unwrap_or_default())
}

fn or_dash(s: String) -> String {
    if s.is_empty() { "—".to_string() } else { s }
}

/// A whole number grouped by thousands (`2,400,000`); other numbers as written.
fn money(n: &Number) -> String {
    let Some(v) = n.as_i64() else { return n.to_string() };
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
