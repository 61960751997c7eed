//! vCard 2.1, 3.0 and 4.0 (`.vcf`): each card one row of a table.

use super::{Field, ImportError, Mapping, Table};

/// Reads vCards into a table.
pub fn read(bytes: &[u8]) -> Result<Table, ImportError> {
    let _ = bytes;
    Err(ImportError::Malformed { line: 1, why: "vCard is not read yet".into() })
}

/// The mapping of a table [`read`] made.
pub fn mapping(headers: &[String]) -> Mapping {
    let _ = Field::FullName;
    Mapping { fields: vec![None; headers.len()], system: Some("vcard".into()), source: "vCard".into() }
}
