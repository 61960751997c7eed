//! Where a change is: `name` (an account field), `people/p-ivanov` (a record),
//! `people/p-ivanov/stance` (a field of it), `people/p-ivanov/coverage/t-omar` (one
//! member's coverage of a person). Written as the format's `conflicts[].path` writes
//! it; a `/` or `~` inside an id is escaped as JSON Pointer escapes them (`~1`, `~0`).

use crate::model::{Coverage, Link};
use std::fmt;

/// The account's lists whose records are addressed by key, and the field of the
/// record that is its key. Links have no id: their key is `from>to>kind`, which the
/// format makes unique.
pub const LIST_KEYS: [(&str, &str); 9] = [
    ("team", "id"),
    ("people", "id"),
    ("links", ""),
    ("actions", "id"),
    ("demands", "id"),
    ("history", "id"),
    ("conflicts", "id"),
    ("deals", "id"),
    ("plan", "id"),
];

/// The key of a link in its list.
pub fn link_key(l: &Link) -> String {
    format!("{}>{}>{}", l.from, l.to, l.kind.key())
}

/// The key of a coverage entry in a person's `coverage`.
pub fn coverage_key(c: &Coverage) -> &str {
    &c.member
}

/// A path of segments: a field; a list and a key; a list, a key and a field; or that
/// and a key inside the field (coverage by member).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Path(pub Vec<String>);

impl Path {
    pub fn field(name: &str) -> Path {
        Path(vec![name.to_string()])
    }

    pub fn record(list: &str, key: &str) -> Path {
        Path(vec![list.to_string(), key.to_string()])
    }

    pub fn record_field(list: &str, key: &str, field: &str) -> Path {
        Path(vec![list.to_string(), key.to_string(), field.to_string()])
    }

    /// Whether this is a whole record of a list.
    pub fn is_record(&self) -> bool {
        self.0.len() == 2
    }

    /// The list and key of the record it is in, if any.
    pub fn record_of(&self) -> Option<(&str, &str)> {
        (self.0.len() >= 2).then(|| (self.0[0].as_str(), self.0[1].as_str()))
    }

    /// The field of a record it names, if any.
    pub fn field_of(&self) -> Option<&str> {
        self.0.get(2).map(String::as_str)
    }

    /// Whether `self` is `other` or inside it.
    pub fn within(&self, other: &Path) -> bool {
        self.0.len() >= other.0.len() && self.0[..other.0.len()] == other.0[..]
    }

    /// Whether one of the two is inside the other.
    pub fn overlaps(&self, other: &Path) -> bool {
        self.within(other) || other.within(self)
    }

    pub fn segments(&self) -> &[String] {
        &self.0
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            f.write_str(&s.replace('~', "~0").replace('/', "~1"))?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Path {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Path, Self::Err> {
        Ok(Path(s.split('/').map(|p| p.replace("~1", "/").replace("~0", "~")).collect()))
    }
}
