//! The sentences an import's preview and summary are made of, for the command line and
//! the TUI alike, in one place so that a translation replaces them together.

use super::plan::{LinkOutcome, LinkPlan, MatchedBy, Outcome, Plan, SkipReason};
use super::{Mapping, Table};
use crate::plural::count;

/// "contacts.csv: Bitrix24 export, Windows-1251, `;`, 8 rows".
pub fn file_line(file: &str, table: &Table, mapping: &Mapping) -> String {
    let mut parts = vec![mapping.source.clone(), table.format.label().to_string()];
    if table.format != super::Format::Xlsx {
        parts.push(table.encoding.to_string());
    }
    if let Some(d) = table.delimiter {
        parts.push(delimiter_name(d).to_string());
    }
    parts.push(count(table.rows.len(), "row", "rows"));
    format!("{file}: {}", parts.join(", "))
}

/// How a delimiter is called.
pub fn delimiter_name(d: u8) -> &'static str {
    match d {
        b',' => "commas",
        b';' => "semicolons",
        b'\t' => "tabs",
        b'|' => "bars",
        _ => "another delimiter",
    }
}

/// The counts, one line each: people, then reporting lines, then other companies.
/// `names` gives a person's name by id (the account after the import).
pub fn summary_lines(plan: &Plan, names: &dyn Fn(&str) -> String) -> Vec<String> {
    let k = plan.counts;
    let mut out = Vec::new();
    let mut people = vec![
        format!("{} added", count(k.added, "person", "people")),
        format!("{} updated", k.updated),
        format!("{} unchanged", k.unchanged),
    ];
    if k.skipped > 0 {
        people.push(format!("{} skipped", k.skipped));
    }
    out.push(people.join(", "));
    let fields = updated_fields(plan);
    if !fields.is_empty() {
        out.push(format!("updated: {}", fields.join(", ")));
    }
    for (why, n) in skip_groups(plan) {
        out.push(format!("skipped: {} {why}", count(n, "row", "rows")));
    }
    let replaced = plan.links.iter().filter(|l| matches!(l.outcome, LinkOutcome::Replace { .. })).count();
    if k.links_added > 0 || k.links_skipped > 0 {
        let mut s = format!("{} added", count(k.links_added, "reporting line", "reporting lines"));
        if replaced > 0 {
            s.push_str(&format!(" ({replaced} of them replacing an older one)"));
        }
        if k.links_skipped > 0 {
            s.push_str(&format!(", {} left out", k.links_skipped));
        }
        out.push(s);
    }
    for l in plan
        .links
        .iter()
        .filter(|l| matches!(l.outcome, LinkOutcome::Cycle | LinkOutcome::UnknownManager { .. }))
    {
        out.push(format!("line {}: {}", l.line, link(l, names)));
    }
    if k.other_company > 0 {
        let list: Vec<String> = plan.other_companies.iter().map(|(c, n)| format!("{c} ({n})")).collect();
        out.push(format!(
            "{} of {} left out: {}",
            count(k.other_company, "row", "rows"),
            count(plan.other_companies.len(), "other company", "other companies"),
            list.join(", ")
        ));
    }
    out
}

/// The contact facts updated, each with how many people: "title (3), email (1)".
pub fn updated_fields(plan: &Plan) -> Vec<String> {
    let mut tally: Vec<(&str, usize)> = Vec::new();
    for r in &plan.rows {
        if let Outcome::Update { fields, .. } = &r.outcome {
            for f in fields {
                match tally.iter_mut().find(|(n, _)| n == f) {
                    Some(t) => t.1 += 1,
                    None => tally.push((f, 1)),
                }
            }
        }
    }
    tally.into_iter().map(|(f, n)| format!("{} ({n})", field_word(f))).collect()
}

fn field_word(f: &str) -> &str {
    match f {
        "external_ids" => "CRM id",
        other => other,
    }
}

/// Skipped rows by reason (other companies aside), in a fixed order.
pub fn skip_groups(plan: &Plan) -> Vec<(&'static str, usize)> {
    let mut groups =
        [("without a name", 0), ("repeating an earlier row", 0), ("whose name fits several people", 0)];
    for r in &plan.rows {
        match &r.outcome {
            Outcome::Skip(SkipReason::NoName) => groups[0].1 += 1,
            Outcome::Skip(SkipReason::Duplicate { .. }) => groups[1].1 += 1,
            Outcome::Skip(SkipReason::Ambiguous { .. }) => groups[2].1 += 1,
            _ => {}
        }
    }
    groups.into_iter().filter(|(_, n)| *n > 0).collect()
}

/// What happens to a row, in words: "added", "updated: title, email (matched by email)".
pub fn outcome(o: &Outcome) -> String {
    match o {
        Outcome::Add { .. } => "added".into(),
        Outcome::Update { fields, by, .. } => {
            let f: Vec<&str> = fields.iter().map(|f| field_word(f)).collect();
            format!("updated: {} ({})", f.join(", "), matched(*by))
        }
        Outcome::Same { by, .. } => format!("unchanged ({})", matched(*by)),
        Outcome::Skip(r) => format!("skipped: {}", skip(r)),
    }
}

fn matched(by: MatchedBy) -> &'static str {
    match by {
        MatchedBy::Id => "matched by CRM id",
        MatchedBy::Email => "matched by email",
        MatchedBy::Name => "matched by name",
    }
}

/// Why a row is skipped.
pub fn skip(r: &SkipReason) -> String {
    match r {
        SkipReason::NoName => "no name".into(),
        SkipReason::OtherCompany(c) => format!("another company ({c})"),
        SkipReason::Duplicate { line } => format!("the same person as line {line}"),
        SkipReason::Ambiguous { count: n } => {
            format!(
                "the name fits {n} people of the account; add an email or CRM id to the file, or edit by hand"
            )
        }
    }
}

/// A reporting line in words: "Anna Berg reports to Omar Haddad: added".
pub fn link(l: &LinkPlan, names: &dyn Fn(&str) -> String) -> String {
    let from = names(&l.from);
    match &l.outcome {
        LinkOutcome::Add => format!("{from} reports to {}: added", names(&l.to)),
        LinkOutcome::Replace { was } => {
            format!("{from} reports to {} (was {})", names(&l.to), names(was))
        }
        LinkOutcome::Same => format!("{from} reports to {}: already so", names(&l.to)),
        LinkOutcome::Cycle => {
            format!("{from} reports to {}: left out, it would close a loop of managers", names(&l.to))
        }
        LinkOutcome::UnknownManager { manager } => {
            format!("{from}'s manager “{manager}” is neither in the file nor in the account; left out")
        }
    }
}
