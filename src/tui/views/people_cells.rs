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
    /// The message id of the header.
    pub head_id: &'static str,
    /// The message id of the header when the full one does not fit.
    pub short_id: &'static str,
    /// Narrowest width worth showing.
    pub min: u16,
    /// Widest it grows.
    pub max: u16,
    /// Lower is kept longer on narrow screens.
    pub priority: u8,
}

const fn spec(
    col: Col,
    head_id: &'static str,
    short_id: &'static str,
    min: u16,
    max: u16,
    priority: u8,
) -> ColSpec {
    ColSpec { col, head_id, short_id, min, max, priority }
}

impl ColSpec {
    /// The header, in the language of the interface.
    pub fn head(&self) -> String {
        crate::i18n::tr(self.head_id)
    }

    /// The header when the full one does not fit.
    pub fn short(&self) -> String {
        crate::i18n::tr(self.short_id)
    }
}

/// Every column, in display order.
pub const COLS: [ColSpec; 8] = [
    spec(Col::Name, "tui-views-col-name", "tui-views-col-name", 8, 28, 0),
    spec(Col::Title, "tui-views-col-title", "tui-views-col-title", 8, 24, 4),
    spec(Col::Department, "tui-views-col-department", "tui-views-col-department-short", 6, 18, 6),
    spec(Col::Roles, "tui-views-col-roles", "tui-views-col-roles", 5, 7, 2),
    spec(Col::Stance, "tui-views-col-stance", "tui-views-col-stance", 9, 9, 1),
    spec(Col::Influence, "tui-views-col-influence-short", "tui-views-col-influence-short", 3, 3, 3),
    spec(Col::Cover, "tui-views-col-covered-by", "tui-views-col-covered-by-short", 4, 12, 5),
    spec(Col::Last, "tui-views-col-last-contact", "tui-views-col-last-contact-short", 10, 12, 7),
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

/// A role's one-letter badge in the language of the interface (`D` in English, `Л`
/// for ЛПР in Russian): unique per role in each language.
pub fn badge(r: crate::model::Role) -> String {
    r.tr_badge().to_string()
}

fn badges(p: &Person) -> String {
    let mut roles = p.roles.clone();
    roles.sort();
    roles.iter().map(|r| badge(*r)).collect()
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
        Col::Stance => p.stance.tr_str().to_string(),
        Col::Influence => p.influence.0.to_string(),
        Col::Cover => cover(account, p),
        Col::Last => p.last_contact.map(crate::i18n::dates::show).unwrap_or_default(),
    }
}
