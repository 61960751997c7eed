//! The account's own fields (everything but its lists and its id), edited together by
//! the account form.

use crate::change::{Change, ChangeSet, Path};
use crate::model::{Account, Tier};
use serde::Serialize;
use serde_json::{Number, Value};

/// The account's own fields as the account form edits them.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub name: String,
    pub industry: Option<String>,
    pub tier: Tier,
    pub currency: Option<String>,
    pub annual_revenue: Option<Number>,
    pub potential: Option<Number>,
    pub notes: Option<String>,
    /// Our gross margin, percent.
    pub margin: Option<Number>,
}

impl Header {
    /// The header fields of an account as they are now.
    pub fn of(a: &Account) -> Header {
        Header {
            name: a.name.clone(),
            industry: a.industry.clone(),
            tier: a.tier,
            currency: a.currency.clone(),
            annual_revenue: a.annual_revenue.clone(),
            potential: a.potential.clone(),
            notes: a.notes.clone(),
            margin: a.margin.clone(),
        }
    }
}

fn value<T: Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

/// The changes that give the account the header `h`: one per field that differs.
pub fn set_header(a: &Account, h: Header) -> ChangeSet {
    let old = Header::of(a);
    let mut cs = ChangeSet::default();
    let mut field = |name: &str, x: Option<Value>, y: Option<Value>| {
        if x != y {
            cs.push(Change::new(Path::field(name), x, y));
        }
    };
    field("name", Some(value(&old.name)), Some(value(&h.name)));
    field("industry", old.industry.as_ref().map(value), h.industry.as_ref().map(value));
    field("tier", Some(value(&old.tier)), Some(value(&h.tier)));
    field("currency", old.currency.as_ref().map(value), h.currency.as_ref().map(value));
    field("annual_revenue", old.annual_revenue.as_ref().map(value), h.annual_revenue.as_ref().map(value));
    field("potential", old.potential.as_ref().map(value), h.potential.as_ref().map(value));
    field("notes", old.notes.as_ref().map(value), h.notes.as_ref().map(value));
    field("margin", old.margin.as_ref().map(value), h.margin.as_ref().map(value));
    cs
}
