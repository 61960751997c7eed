//! CSV: one row per person, for spreadsheets and CRM imports.

use super::member_name;
use crate::model::{Account, Person};
use crate::text::inert;

/// The columns, in order: the first nine as they always were, the newer person fields
/// after them, so a sheet that reads columns by position keeps working.
pub const HEADER: [&str; 19] = [
    "id",
    "name",
    "title",
    "department",
    "roles",
    "stance",
    "influence",
    "covered_by",
    "last_contact",
    "stance_basis",
    "stance_on",
    "status",
    "status_on",
    "favours",
    "email",
    "phone",
    "external_ids",
    "manager",
    "manager_id",
];

/// The account's people as RFC 4180 CSV: the header
/// `id,name,title,department,roles,stance,influence,covered_by,last_contact,stance_basis,
/// stance_on,status,status_on,favours,email,phone,external_ids`, then one row per person
/// in file order, every line ending in CRLF.
///
/// Roles and stance are the file words (`influencer;user`, `supporter`); `covered_by`
/// is `Name (strength)` per team member, joined by `;`. `stance_basis` and `status`
/// are the file words with the file's defaults filled in (`reported`, `active`), as
/// `stance` is; the dates are as the file gives them, empty when it does not (the
/// confirmation is not guessed from the last contact). `external_ids` is
/// `system:id` per system, joined by `;`. A field holding a comma, a double quote, CR
/// or LF is quoted, with quotes inside doubled.
///
/// Formula injection: spreadsheets run a cell that starts with `=`, `+`, `-` or `@`
/// (and some also after a leading tab or CR) as a formula, so such a field gets a
/// leading `'`, which spreadsheets read as "this is text". The `'` then shows in
/// other tools; that is the price of opening the file safely in a spreadsheet.
pub fn to_csv(a: &Account) -> String {
    to_csv_with(a, b',')
}

/// [`to_csv`] for spreadsheet programs set to Russian and most European locales: a
/// UTF-8 byte order mark (without it Excel reads UTF-8 as the local code page) and `;`
/// between cells (those locales write the decimal comma, so Excel splits on `;`).
pub fn to_csv_excel(a: &Account) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&to_csv_with(a, b';'));
    out
}

fn to_csv_with(a: &Account, delimiter: u8) -> String {
    let idx = crate::model::Index::new(a);
    let mut out = String::new();
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()), delimiter);
    for (i, p) in a.people.iter().enumerate() {
        push_row(&mut out, row(a, &idx, i, p).into_iter(), delimiter);
    }
    out
}

fn row(a: &Account, idx: &crate::model::Index, i: usize, p: &Person) -> [String; 19] {
    let manager = idx
        .out_links(i)
        .iter()
        .map(|&l| &a.links[l])
        .find(|l| l.kind == crate::model::LinkKind::ReportsTo)
        .and_then(|l| idx.person(&l.to).map(|m| &a.people[m]));
    let mut roles = p.roles.clone();
    roles.sort();
    roles.dedup();
    let covered: Vec<String> =
        p.coverage.iter().map(|c| format!("{} ({})", member_name(a, &c.member), c.strength.key())).collect();
    [
        inert(&p.id).into_owned(),
        inert(&p.name).into_owned(),
        p.title.as_deref().map(|t| inert(t).into_owned()).unwrap_or_default(),
        p.department.as_deref().map(|d| inert(d).into_owned()).unwrap_or_default(),
        roles.iter().map(|r| r.key()).collect::<Vec<_>>().join(";"),
        p.stance.key().to_string(),
        p.influence.0.to_string(),
        covered.join(";"),
        date(p.last_contact),
        p.basis().key().to_string(),
        date(p.stance_on),
        p.status().key().to_string(),
        date(p.status_on),
        text(&p.favours),
        text(&p.email),
        text(&p.phone),
        p.external_ids
            .iter()
            .map(|(k, v)| format!("{}:{}", inert(k), inert(v)))
            .collect::<Vec<_>>()
            .join(";"),
        manager.map(|m| inert(&m.name).into_owned()).unwrap_or_default(),
        manager.map(|m| inert(&m.id).into_owned()).unwrap_or_default(),
    ]
}

fn date(d: Option<crate::model::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn text(s: &Option<String>) -> String {
    s.as_deref().map(|t| inert(t).into_owned()).unwrap_or_default()
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>, delimiter: u8) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(delimiter as char);
        }
        out.push_str(&field(&f, delimiter));
    }
    out.push_str("\r\n");
}

/// One field, guarded against formulas, then quoted if RFC 4180 needs it.
fn field(s: &str, delimiter: u8) -> String {
    let guarded =
        if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if guarded.contains([delimiter as char, '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn quotes_only_when_needed_and_guards_formulas() {
        let field = |s: &str| field(s, b',');
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("a=b"), "a=b");
    }

    #[test]
    fn the_excel_dialect_quotes_semicolons_and_leaves_commas() {
        assert_eq!(super::field("a;b", b';'), "\"a;b\"");
        assert_eq!(super::field("Smith, John", b';'), "Smith, John");
    }
}
