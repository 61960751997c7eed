//! Text for people (`list`, `show`): aligned tables, with every value from a file made
//! inert so that a hostile name cannot drive the terminal.

use crate::model::{Account, LinkKind};
use crate::store::Listed;
use crate::t;
use crate::text::inert;
use std::fmt::Write as _;
use std::path::Path;
use unicode_width::UnicodeWidthStr;

/// The account list as a table: name, tier, people, revenue, file name; a file that
/// cannot be read gets a row and its error under it.
pub(super) fn list_table(listed: &[Listed]) -> String {
    let head = [
        "export-list-name",
        "export-list-tier",
        "export-list-people",
        "export-list-revenue",
        "export-list-file",
    ];
    let mut rows = vec![head.iter().map(|id| crate::i18n::tr(id)).collect()];
    let mut errors = Vec::new();
    for l in listed {
        match &l.account {
            Ok(a) => rows.push(vec![
                inert(&a.name).into_owned(),
                a.tier.tr_word(),
                a.people.len().to_string(),
                money(a.annual_revenue.as_ref().map(|_| a.revenue()), a.currency.as_deref()),
                inert(&l.slug).into_owned(),
            ]),
            Err(e) => {
                rows.push(vec![
                    t!("export-list-unreadable"),
                    "-".into(),
                    "-".into(),
                    "-".into(),
                    inert(&l.slug).into(),
                ]);
                errors.push(inert(&e.render()).into_owned());
            }
        }
    }
    let mut out = table(&rows, "");
    if listed.is_empty() {
        let _ = writeln!(out, "{}", t!("export-list-empty"));
    }
    for e in errors {
        let _ = writeln!(out, "\n{e}");
    }
    out
}

/// The account list for scripts: one object per file, with `error` for broken ones.
pub(super) fn list_json(listed: &[Listed]) -> String {
    let items: Vec<serde_json::Value> = listed
        .iter()
        .map(|l| match &l.account {
            Ok(a) => serde_json::json!({
                "slug": l.slug, "path": l.path, "id": a.id, "name": a.name, "tier": a.tier,
                "people": a.people.len(), "annual_revenue": a.annual_revenue, "currency": a.currency,
            }),
            Err(e) => serde_json::json!({ "slug": l.slug, "path": l.path, "error": e.render() }),
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

/// A summary of one account: header, team, people, links, follow-ups, demands, deals
/// and the account plan.
pub(super) fn show(path: &Path, a: &Account) -> String {
    let mut out = String::new();
    let name =
        |id: &str| a.person(id).map_or_else(|| inert(id).into_owned(), |p| inert(&p.name).into_owned());
    let member =
        |id: &str| a.member(id).map_or_else(|| inert(id).into_owned(), |m| inert(&m.name).into_owned());

    let _ = writeln!(out, "{}", inert(&a.name));
    let mut facts = vec![t!("export-show-tier", tier = a.tier.tr_word())];
    facts.extend(a.industry.as_deref().map(|i| inert(i).into_owned()));
    if a.annual_revenue.is_some() {
        facts.push(t!("export-show-revenue", amount = money(Some(a.revenue()), a.currency.as_deref())));
    }
    if a.potential.is_some() {
        facts.push(t!(
            "export-show-potential",
            amount = money(Some(a.potential_value()), a.currency.as_deref())
        ));
    }
    if let Some(m) = a.margin_value() {
        facts.push(t!("export-show-margin", margin = crate::i18n::numbers::show(m)));
    }
    let _ = writeln!(out, "{}", facts.join(" · "));
    let _ =
        writeln!(out, "{}", t!("export-show-id-file", id = inert(&a.id), file = path.display().to_string()));
    if a.schema > crate::model::SCHEMA {
        let _ = writeln!(out, "{}", crate::store::ReadOnly::NewerSchema(a.schema));
    }
    if let Some(n) = a.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "\n{}", inert(n));
    }

    if !a.team.is_empty() {
        let _ = writeln!(out, "\n{}", t!("export-show-team", n = a.team.len()));
        let rows: Vec<Vec<String>> =
            a.team.iter().map(|m| vec![inert(&m.name).into_owned(), m.function.tr_label()]).collect();
        out.push_str(&table(&rows, "  "));
    }

    let _ = writeln!(out, "\n{}", t!("export-show-people", n = a.people.len()));
    let head = ["name", "title", "roles", "stance", "influence", "covered-by"];
    let mut rows = vec![head.iter().map(|c| crate::i18n::tr(&format!("export-show-col-{c}"))).collect()];
    for p in &a.people {
        let title = match (p.title.as_deref(), p.department.as_deref()) {
            (Some(t), Some(d)) => format!("{t}, {d}"),
            (Some(x), None) | (None, Some(x)) => x.to_string(),
            (None, None) => String::new(),
        };
        let roles: Vec<String> = p.roles.iter().map(|r| r.tr_word()).collect();
        let coverage: Vec<String> =
            p.coverage.iter().map(|c| format!("{} ({})", member(&c.member), c.strength.tr_word())).collect();
        rows.push(vec![
            inert(&p.name).into_owned(),
            inert(&title).into_owned(),
            roles.join(", "),
            p.stance.tr_word(),
            p.influence.0.to_string(),
            if coverage.is_empty() { t!("export-show-nobody") } else { coverage.join(", ") },
        ]);
    }
    out.push_str(&table(&rows, "  "));

    if !a.links.is_empty() {
        let _ = writeln!(out, "\n{}", t!("export-show-links", n = a.links.len()));
        for l in &a.links {
            let strength = match l.kind {
                LinkKind::Influences => format!(" ({})", l.strength().tr_word()),
                LinkKind::ReportsTo => String::new(),
            };
            let _ = writeln!(out, "  {} {} {}{strength}", name(&l.from), l.kind.tr_label(), name(&l.to));
        }
    }
    if !a.follow_ups.is_empty() {
        let _ = writeln!(out, "\n{}", t!("export-show-follow-ups", n = a.follow_ups.len()));
        for f in &a.follow_ups {
            let state = f
                .done
                .map_or_else(|| t!("export-show-due", date = f.due), |d| t!("export-show-done", date = d));
            let with =
                f.person.as_deref().map(|p| t!("export-show-with", name = name(p))).unwrap_or_default();
            let _ = writeln!(out, "  {} ({}{with}; {state})", inert(&f.text), member(&f.owner));
        }
    }
    if !a.demands.is_empty() {
        let _ = writeln!(out, "\n{}", t!("export-show-demands", n = a.demands.len()));
        for d in &a.demands {
            let granted = if d.granted { t!("export-show-granted") } else { t!("export-show-not-granted") };
            let date = crate::i18n::dates::show(d.date);
            let _ = writeln!(out, "  {date} {}: {} ({granted})", d.kind.tr_label(), inert(&d.text));
        }
    }
    if !a.deals.is_empty() {
        let _ = writeln!(out, "\n{}", t!("export-show-deals", n = a.deals.len()));
        for d in &a.deals {
            let mut facts = vec![d.stage().tr_word(), d.process().tr_word()];
            if d.value.is_some() {
                facts.push(money(Some(d.worth()), a.currency.as_deref()));
            }
            facts.extend(d.close.map(|c| t!("export-show-closes", date = c)));
            facts.extend(d.no_contact_until.map(|c| t!("export-show-quiet", date = c)));
            if !d.competitors.is_empty() {
                let names: Vec<String> = d.competitors.iter().map(|c| inert(c).into_owned()).collect();
                facts.push(t!("export-show-competitors", names = names.join(", ")));
            }
            let _ = writeln!(out, "  {} [{}] ({})", inert(&d.name), inert(&d.id), facts.join(", "));
            for (id, roles) in &d.roles {
                let roles: Vec<String> = roles.iter().map(|r| r.tr_word()).collect();
                let _ = writeln!(out, "    {}: {}", name(id), roles.join(", "));
            }
        }
    }
    if !a.plan.is_empty() {
        let _ = writeln!(out, "\n{}", t!("export-show-plan", n = a.plan.len()));
        for x in &a.plan {
            let mut facts = vec![x.kind().tr_word(), x.status().tr_word()];
            facts.extend(x.owner.as_deref().map(member));
            facts.extend(x.with.as_deref().map(|p| t!("export-show-with-person", name = name(p))));
            facts.extend(x.due.map(|d| t!("export-show-due", date = d)));
            if x.value.is_some() {
                facts.push(money(Some(x.worth()), a.currency.as_deref()));
            }
            let _ = writeln!(out, "  {} ({})", inert(&x.text), facts.join(", "));
        }
    }
    out
}

#[cfg(test)]
fn cells(s: &[&str]) -> Vec<String> {
    s.iter().map(|c| c.to_string()).collect()
}

/// Rows padded to the display width of each column (CJK and emoji count double), the
/// last column left ragged.
fn table(rows: &[Vec<String>], indent: &str) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::from(indent);
        for (c, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if c + 1 < r.len() {
                line.push_str(&" ".repeat(widths[c] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `1,200,000 EUR`; `-` when unknown.
fn money(v: Option<f64>, currency: Option<&str>) -> String {
    let Some(v) = v else { return "-".into() };
    // Russian groups digits with no-break spaces; English keeps its commas.
    if crate::i18n::lang() == crate::i18n::Lang::Ru {
        let shown = crate::i18n::numbers::show_int(v.round() as i64);
        return currency.map_or_else(|| shown.clone(), |c| format!("{shown} {}", inert(c)));
    }
    let digits = format!("{:.0}", v.abs());
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if v < 0.0 { "-" } else { "" };
    match currency {
        Some(c) => format!("{sign}{grouped} {}", inert(c)),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_by_thousands() {
        assert_eq!(money(Some(1_200_000.0), Some("EUR")), "1,200,000 EUR");
        assert_eq!(money(Some(999.4), None), "999");
        assert_eq!(money(Some(-1000.0), None), "-1,000");
        assert_eq!(money(None, Some("EUR")), "-");
    }

    #[test]
    fn tables_align_wide_characters() {
        let t = table(&[cells(&["东方", "x"]), cells(&["ab", "y"])], "");
        assert_eq!(t, "东方  x\nab    y\n");
    }
}
