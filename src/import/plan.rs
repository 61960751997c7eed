//! What an import would do to an account, worked out before anything changes: the
//! preview the CLI's `--dry-run` prints and the TUI shows, and the edit that applying
//! it makes.

use super::contact::Contact;
use crate::model::{Account, Date, Link, Person};

/// What the caller knows that the file does not.
#[derive(Debug, Clone)]
pub struct PlanOptions {
    /// The file's name, for the history's note ("imported from contacts.csv").
    pub file_label: String,
    /// The company whose people go into this account, when the file holds several
    /// companies; `None`: the account's name.
    pub company: Option<String>,
    /// The `external_ids` key of the file's ids ([`super::Mapping::system`]).
    pub system: Option<String>,
    /// The day of the import (a new person's `stance_on` is not set from it; it only
    /// dates nothing but the history, which takes the clock's time).
    pub today: Date,
}

/// What happens to one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new person, with this id.
    Add { id: String },
    /// An existing person whose contact facts change; `fields` names them (`title`, `email`).
    Update { id: String, fields: Vec<&'static str>, by: MatchedBy },
    /// An existing person the row already agrees with.
    Same { id: String, by: MatchedBy },
    /// Left out, and why.
    Skip(SkipReason),
}

/// How a row was matched to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    /// The same id in the file's system (or dmu's own person id).
    Id,
    Email,
    Name,
}

/// Why a row is left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The row has no name.
    NoName,
    /// The row belongs to another company of a whole-CRM export.
    OtherCompany(String),
    /// An earlier row of the file is the same person.
    Duplicate { line: usize },
    /// Its name fits several people of the account and nothing else tells them apart.
    Ambiguous { count: usize },
}

/// One row and what happens to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowPlan {
    pub line: usize,
    pub name: String,
    pub outcome: Outcome,
}

/// A reporting line the file gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkPlan {
    /// The row that gives it.
    pub line: usize,
    /// Person ids: `from` reports to `to` (`to` empty when the manager was not found).
    pub from: String,
    pub to: String,
    pub outcome: LinkOutcome,
}

/// What happens to a reporting line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkOutcome {
    /// A new `reports_to` link.
    Add,
    /// The person reported to someone else (`was`, a person id); that link goes.
    Replace { was: String },
    /// Already so.
    Same,
    /// It would close a loop of managers; left out.
    Cycle,
    /// Nobody in the account or the file has that name or id.
    UnknownManager { manager: String },
}

/// How many rows each outcome has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub other_company: usize,
    pub links_added: usize,
    pub links_skipped: usize,
}

/// What an import would do: row by row, the reporting lines, and the people and links
/// that applying it writes.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub rows: Vec<RowPlan>,
    pub links: Vec<LinkPlan>,
    pub counts: Counts,
    /// Rows left out per other company (whole-CRM exports), by the file's company name.
    pub other_companies: Vec<(String, usize)>,
    /// People to add, in file order.
    pub(super) new_people: Vec<Person>,
    /// Existing people as they will be: (index in `people`, the person).
    pub(super) updated: Vec<(usize, Person)>,
    /// Links to add, and (from, to) of `reports_to` links to remove.
    pub(super) add_links: Vec<Link>,
    pub(super) remove_links: Vec<(String, String)>,
}

impl Plan {
    /// Whether applying would change nothing.
    pub fn is_empty(&self) -> bool {
        self.new_people.is_empty()
            && self.updated.is_empty()
            && self.add_links.is_empty()
            && self.remove_links.is_empty()
    }

    /// Person ids to names as they will be after the import: the account's people
    /// (renamed where the plan renames them) and the people it adds. Built once, for
    /// the sentences about reporting lines, which name both ends.
    pub fn names<'a>(&'a self, a: &'a Account) -> crate::model::FxHashMap<&'a str, &'a str> {
        let mut names: crate::model::FxHashMap<&str, &str> =
            a.people.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
        for p in self.updated.iter().map(|(_, p)| p).chain(&self.new_people) {
            names.insert(p.id.as_str(), p.name.as_str());
        }
        names
    }

    /// The account after the import. Judgements of existing people are never
    /// touched: only their contact facts, their external ids and their reporting line.
    pub fn apply(&self, a: &Account) -> Account {
        let mut out = a.clone();
        for (i, p) in &self.updated {
            out.people[*i] = p.clone();
        }
        out.people.extend(self.new_people.iter().cloned());
        if !self.remove_links.is_empty() {
            let gone: std::collections::HashSet<(&str, &str)> =
                self.remove_links.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
            out.links.retain(|l| {
                !(l.kind == crate::model::LinkKind::ReportsTo
                    && gone.contains(&(l.from.as_str(), l.to.as_str())))
            });
        }
        out.links.extend(self.add_links.iter().cloned());
        out
    }
}

/// Works out what importing `contacts` into `a` would do.
pub fn plan(a: &Account, contacts: &[Contact], opts: &PlanOptions, progress: &super::Progress) -> Plan {
    super::matching::plan(a, contacts, opts, progress)
}
