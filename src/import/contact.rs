//! A row read through the mapping: the facts about one person that the file gives.

use super::{Field, Mapping, Table};
use crate::model::{Influence, Role, Stance};

/// One person as a row of the file describes them. Empty cells are `None`: an import
/// never erases what the account knows because a file left a cell blank.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    /// The row's line in the file.
    pub line: usize,
    /// The record's id in the file's system (see [`Mapping::system`]).
    pub external_id: Option<String>,
    /// Ids in other systems (dmu's own export), `(system, id)`.
    pub other_ids: Vec<(String, String)>,
    /// A dmu person id (dmu's own export).
    pub person_id: Option<String>,
    /// The name as the account will show it: the full name, else first, middle and
    /// last name joined.
    pub name: String,
    pub title: Option<String>,
    pub department: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company: Option<String>,
    pub manager_id: Option<String>,
    pub manager_name: Option<String>,
    /// Judgements the file suggests, used only for people the import adds.
    pub roles: Vec<Role>,
    pub stance: Option<Stance>,
    pub influence: Option<Influence>,
}

/// Every row of the table as a contact, in file order.
pub fn contacts(table: &Table, mapping: &Mapping) -> Vec<Contact> {
    let col = |f: Field| mapping.column(f);
    let cols = Columns {
        external_id: col(Field::ExternalId),
        external_ids: col(Field::ExternalIds),
        person_id: col(Field::PersonId),
        full: col(Field::FullName),
        first: col(Field::FirstName),
        middle: col(Field::MiddleName),
        last: col(Field::LastName),
        title: col(Field::Title),
        department: col(Field::Department),
        email: col(Field::Email),
        phone: col(Field::Phone),
        mobile: col(Field::Mobile),
        company: col(Field::Company),
        manager_id: col(Field::ManagerId),
        manager_name: col(Field::ManagerName),
        buying_role: col(Field::BuyingRole),
        roles: col(Field::Roles),
        stance: col(Field::Stance),
        influence: col(Field::Influence),
    };
    table.rows.iter().map(|r| cols.read(r)).collect()
}

/// The column of each field, looked up once rather than per row.
struct Columns {
    external_id: Option<usize>,
    external_ids: Option<usize>,
    person_id: Option<usize>,
    full: Option<usize>,
    first: Option<usize>,
    middle: Option<usize>,
    last: Option<usize>,
    title: Option<usize>,
    department: Option<usize>,
    email: Option<usize>,
    phone: Option<usize>,
    mobile: Option<usize>,
    company: Option<usize>,
    manager_id: Option<usize>,
    manager_name: Option<usize>,
    buying_role: Option<usize>,
    roles: Option<usize>,
    stance: Option<usize>,
    influence: Option<usize>,
}

impl Columns {
    fn read(&self, r: &super::Row) -> Contact {
        let get = |c: Option<usize>| -> Option<String> {
            let v = unguard(r.cell(c?));
            (!v.is_empty()).then(|| one_line(v))
        };
        let name = get(self.full).unwrap_or_else(|| {
            [self.first, self.middle, self.last].into_iter().filter_map(get).collect::<Vec<_>>().join(" ")
        });
        let mut roles = Vec::new();
        let mut stance = None;
        if let Some(v) = get(self.buying_role) {
            let (r, s) = super::columns::buying_role(&v);
            roles = r;
            stance = s;
        }
        if let Some(v) = get(self.roles) {
            roles.extend(v.split([';', ',']).filter_map(|w| Role::from_key(w.trim())));
        }
        roles.sort();
        roles.dedup();
        if let Some(s) = get(self.stance).and_then(|v| Stance::from_key(v.to_lowercase().as_str())) {
            stance = Some(s);
        }
        Contact {
            line: r.line,
            external_id: get(self.external_id),
            other_ids: get(self.external_ids).map(|v| pairs(&v)).unwrap_or_default(),
            person_id: get(self.person_id),
            name,
            title: get(self.title),
            department: get(self.department),
            email: get(self.email),
            phone: get(self.phone).or_else(|| get(self.mobile)),
            company: get(self.company),
            manager_id: get(self.manager_id),
            manager_name: get(self.manager_name),
            roles,
            stance,
            influence: get(self.influence)
                .and_then(|v| v.parse::<i64>().ok())
                .filter(|n| (1..=5).contains(n))
                .map(Influence),
        }
    }
}

/// A cell as a spreadsheet-safe export wrote it, without the guard: dmu's CSV export
/// puts `'` before a cell that starts with `=`, `+`, `-` or `@`, so that a spreadsheet
/// does not run it; `'+7 495 …` is the phone `+7 495 …`.
fn unguard(v: &str) -> &str {
    match v.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => v,
    }
}

/// A cell on one line: line breaks inside a quoted cell become spaces, runs of
/// white space one space (names and titles are shown on one line).
fn one_line(v: &str) -> String {
    if !v.contains(|c: char| c.is_whitespace() && c != ' ') && !v.contains("  ") {
        return v.to_string();
    }
    v.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `system:id;system:id` as pairs.
fn pairs(v: &str) -> Vec<(String, String)> {
    v.split(';')
        .filter_map(|p| p.split_once(':'))
        .map(|(s, i)| (s.trim().to_string(), i.trim().to_string()))
        .filter(|(s, i)| !s.is_empty() && !i.is_empty())
        .collect()
}
