//! The cells of the people table as text: one place that says what each column shows,
//! used both to measure columns (when the order is recomputed) and to draw them.

use super::people::SortKey;
use crate::model::{Account, Person};
use crate::tui::fit::initials;

/// A column of the people table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Col {
    /// Their name.
    Name,
    /// Job title.
    Title,
    /// Department.
    Department,
    /// Role badges (U I D P B G N).
    Roles,
    /// Stance towards us, in colour.
    Stance,
    /// Influence 1 to 5.
    Influence,
    /// Initials of our team members who cover them, strongest first.
    Cover,
    /// Date of the last contact.
    Last,
}

/// How a column is headed and sized.
#[derive(Clone, Copy, Debug)]
pub struct ColSpec {
    /// Which column.
    pub col: Col,
    /// The header.
    pub head: &'static str,
    /// The header when the full one does not fit.
    pub short: &'static str,
    /// Narrowest width worth showing.
    pub min: u16,
    /// Widest it grows.
    pub max: u16,
    /// Lower is kept longer on narrow screens.
    pub priority: u8,
}

const fn spec(
    col: Col,
    head: &'static str,
    short: &'static str,
    min: u16,
    max: u16,
    priority: u8,
) -> ColSpec {
    ColSpec { col, head, short, min, max, priority }
}

/// Every column, in display order.
pub const COLS: [ColSpec; 8] = [
    spec(Col::Name, "Name", "Name", 8, 28, 0),
    spec(Col::Title, "Title", "Title", 8, 24, 4),
    spec(Col::Department, "Department", "Dept", 6, 18, 6),
    spec(Col::Roles, "Roles", "Roles", 5, 7, 2),
    spec(Col::Stance, "Stance", "Stance", 9, 9, 1),
    spec(Col::Influence, "Inf", "Inf", 3, 3, 3),
    spec(Col::Cover, "Covered by", "Team", 4, 12, 5),
    spec(Col::Last, "Last contact", "Last", 10, 12, 7),
];

/// The column a sort key sorts by.
pub fn sort_col(k: SortKey) -> Option<Col> {
    Some(match k {
        SortKey::File => return None,
        SortKey::Name => Col::Name,
        SortKey::Title => Col::Title,
        SortKey::Department => Col::Department,
        SortKey::Roles => Col::Roles,
        SortKey::Stance => Col::Stance,
        SortKey::Influence => Col::Influence,
        SortKey::Coverage => Col::Cover,
        SortKey::LastContact => Col::Last,
    })
}

fn badges(p: &Person) -> String {
    let mut roles = p.roles.clone();
    roles.sort();
    roles.iter().map(|r| r.badge()).collect()
}

fn cover(account: &Account, p: &Person) -> String {
    let mut cov: Vec<_> = p.coverage.iter().collect();
    cov.sort_by_key(|c| std::cmp::Reverse(c.strength));
    let names: Vec<String> = cov
        .iter()
        .map(|c| account.member(&c.member).map_or_else(|| c.member.clone(), |m| initials(&m.name)))
        .collect();
    names.join(" ")
}

/// What a cell shows (raw; callers make it inert and fit it).
pub fn cell_text(account: &Account, p: &Person, col: Col) -> String {
    match col {
        Col::Name => p.name.clone(),
        Col::Title => p.title.clone().unwrap_or_default(),
        Col::Department => p.department.clone().unwrap_or_default(),
        Col::Roles => badges(p),
        Col::Stance => p.stance.label().to_string(),
        Col::Influence => p.influence.0.to_string(),
        Col::Cover => cover(account, p),
        Col::Last => p.last_contact.map(|d| d.to_string()).unwrap_or_default(),
    }
}
