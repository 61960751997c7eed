//! CSV: one row per person, for spreadsheets and CRM imports.

use super::member_name;
use crate::model::{Account, Person};
use crate::text::inert;

/// The columns, in order: the first nine as they always were, the newer person fields
/// after them, so a sheet that reads columns by position keeps working.
const HEADER: [&str; 17] = [
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
    let mut out = String::new();
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for p in &a.people {
        push_row(&mut out, row(a, p).into_iter());
    }
    out
}

fn row(a: &Account, p: &Person) -> [String; 17] {
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
    ]
}

fn date(d: Option<crate::model::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn text(s: &Option<String>) -> String {
    s.as_deref().map(|t| inert(t).into_owned()).unwrap_or_default()
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(&f));
    }
    out.push_str("\r\n");
}

/// One field, guarded against formulas, then quoted if RFC 4180 needs it.
fn field(s: &str) -> String {
    let guarded =
        if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if guarded.contains([',', '"', '\r', '\n']) {
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
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("a=b"), "a=b");
    }
}
