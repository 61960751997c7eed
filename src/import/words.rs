//! The sentences an import's preview and summary are made of, for the command line and
//! the TUI alike: every one is a message of `locales/*/import.ftl`, so each is
//! translated once. The app's own layout of them is `tui/app/import_texts.rs`, which
//! takes the shared words (sources, facts, numbers) from here.

use super::plan::{LinkOutcome, LinkPlan, MatchedBy, Outcome, Plan, SkipReason};
use super::{Mapping, Table};
use crate::t;

/// "contacts.csv: Bitrix24 export, Windows-1251, semicolons, 8 rows".
pub fn file_line(file: &str, table: &Table, mapping: &Mapping) -> String {
    let mut parts = vec![source(&mapping.source), format_name(table.format)];
    if table.format != super::Format::Xlsx {
        parts.push(table.encoding.to_string());
    }
    if let Some(d) = table.delimiter {
        parts.push(delimiter_name(d));
    }
    parts.push(t!("import-rows", n = table.rows.len()));
    t!("import-file-line", file = file, parts = parts.join(", "))
}

/// A file's format as a rep calls it (`CSV`, `vCard`, `Excel workbook`).
pub fn format_name(f: super::Format) -> String {
    match f {
        super::Format::Xlsx => t!("import-format-excel"),
        other => other.label().to_string(),
    }
}

/// What a mapping came from, in words. [`Mapping::source`] keeps the English name
/// (the JSON report's `recognised_as` and the tests read it), so it is read back
/// here: the column names, a known export or report, or a saved profile.
pub fn source(s: &str) -> String {
    if s == "column names" {
        return t!("import-source-column-names");
    }
    if let Some(name) = s.strip_prefix("profile “").and_then(|r| r.strip_suffix('”')) {
        return t!("import-source-profile", name = name);
    }
    if let Some(product) = s.strip_suffix(" Data Loader export") {
        return t!("import-source-data-loader", product = product);
    }
    if let Some(product) = s.strip_suffix(" export") {
        return t!("import-source-export", product = product);
    }
    if let Some(product) = s.strip_suffix(" report") {
        return t!("import-source-report", product = product);
    }
    s.to_string()
}

/// How a delimiter is called.
pub fn delimiter_name(d: u8) -> String {
    match d {
        b',' => t!("import-delimiter-commas"),
        b';' => t!("import-delimiter-semicolons"),
        b'\t' => t!("import-delimiter-tabs"),
        b'|' => t!("import-delimiter-bars"),
        _ => t!("import-delimiter-other"),
    }
}

/// The counts, one line each: people, then reporting lines, then other companies.
/// `names` gives a person's name by id (the account after the import). `dry`: nothing
/// is done yet (`--dry-run`), which Russian says in the future tense.
pub fn summary_lines(plan: &Plan, names: &dyn Fn(&str) -> String, dry: bool) -> Vec<String> {
    let k = plan.counts;
    let pick = |done: &'static str, planned: &'static str| if dry { planned } else { done };
    let mut out = vec![crate::i18n::tr_args(
        pick("import-summary-people", "import-summary-people-dry"),
        &[
            ("added", k.added.into()),
            ("updated", k.updated.into()),
            ("unchanged", k.unchanged.into()),
            ("skipped", k.skipped.into()),
        ],
    )];
    let fields = updated_fields(plan);
    if !fields.is_empty() {
        let id = pick("import-summary-updated", "import-summary-updated-dry");
        out.push(crate::i18n::tr_args(id, &[("fields", fields.join(", ").into())]));
    }
    for (why, n) in skip_groups(plan) {
        let id = pick("import-summary-skipped", "import-summary-skipped-dry");
        out.push(crate::i18n::tr_args(id, &[("n", n.into()), ("reason", why.into())]));
    }
    if k.links_added > 0 || k.links_skipped > 0 {
        let replaced = plan.links.iter().filter(|l| matches!(l.outcome, LinkOutcome::Replace { .. })).count();
        let id = pick("import-summary-links", "import-summary-links-dry");
        let args =
            [("n", k.links_added.into()), ("replaced", replaced.into()), ("skipped", k.links_skipped.into())];
        out.push(crate::i18n::tr_args(id, &args));
    }
    for l in plan
        .links
        .iter()
        .filter(|l| matches!(l.outcome, LinkOutcome::Cycle | LinkOutcome::UnknownManager { .. }))
    {
        out.push(t!("import-at-line", line = l.line.to_string(), text = link(l, names)));
    }
    if k.other_company > 0 {
        let list: Vec<String> = plan.other_companies.iter().map(|(c, n)| format!("{c} ({n})")).collect();
        let id = pick("import-summary-other-companies", "import-summary-other-companies-dry");
        let args = [
            ("rows", k.other_company.into()),
            ("companies", plan.other_companies.len().into()),
            ("list", list.join(", ").into()),
        ];
        out.push(crate::i18n::tr_args(id, &args));
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

/// A fact an update changes, as the command line calls it (`CRM id` for external ids).
fn field_word(f: &str) -> String {
    t!("import-fact-cli", key = f)
}

/// A fact an update changes, as the app calls it (`ids in other systems`).
pub fn fact(key: &str) -> String {
    t!("import-fact", key = key)
}

/// Skipped rows by reason (other companies aside), in a fixed order; the reason is the
/// selector `import-summary-skipped` takes.
pub fn skip_groups(plan: &Plan) -> Vec<(&'static str, usize)> {
    let mut groups = [("no-name", 0), ("duplicate", 0), ("ambiguous", 0)];
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
        Outcome::Add { .. } => t!("import-row-added"),
        Outcome::Update { fields, by, .. } => {
            let f: Vec<String> = fields.iter().map(|f| field_word(f)).collect();
            t!("import-row-updated", fields = f.join(", "), by = matched(*by))
        }
        Outcome::Same { by, .. } => t!("import-row-unchanged", by = matched(*by)),
        Outcome::Skip(r) => t!("import-row-skipped", why = skip(r)),
    }
}

fn matched(by: MatchedBy) -> String {
    match by {
        MatchedBy::Id => t!("import-matched-id"),
        MatchedBy::Email => t!("import-matched-email"),
        MatchedBy::Name => t!("import-matched-name"),
    }
}

/// Why a row is skipped.
pub fn skip(r: &SkipReason) -> String {
    match r {
        SkipReason::NoName => t!("import-skip-no-name"),
        SkipReason::OtherCompany(c) => t!("import-skip-other-company", company = c),
        SkipReason::Duplicate { line } => t!("import-skip-duplicate", line = line.to_string()),
        SkipReason::Ambiguous { count: n } => t!("import-skip-ambiguous", n = *n),
    }
}

/// A reporting line in words: "Anna Berg reports to Omar Haddad: added".
pub fn link(l: &LinkPlan, names: &dyn Fn(&str) -> String) -> String {
    let from = names(&l.from);
    let to = names(&l.to);
    match &l.outcome {
        LinkOutcome::Add => t!("import-link-add", from = from, to = to),
        LinkOutcome::Replace { was } => t!("import-link-replace", from = from, to = to, was = names(was)),
        LinkOutcome::Same => t!("import-link-same", from = from, to = to),
        LinkOutcome::Cycle => t!("import-link-cycle", from = from, to = to),
        LinkOutcome::UnknownManager { manager } => t!("import-link-unknown", from = from, manager = manager),
    }
}

/// The note on the history entries an import makes: "imported from contacts.csv".
pub fn note(file: &str) -> String {
    t!("import-note", file = file)
}

/// An import that changes nothing.
pub fn nothing_to_change() -> String {
    t!("import-nothing-to-change")
}

/// While a file is read: "Reading contacts.csv… 45%".
pub fn reading(file: &str, percent: Option<u64>) -> String {
    match percent {
        Some(p) => t!("import-reading-percent", file = file, percent = p.to_string()),
        None => t!("import-reading", file = file),
    }
}
