//! The screens: one file per view, each with its state and how it draws.
//!
//! An open account has several views (people today; org chart, influence map,
//! coverage and pull to come), listed in [`AccountView`] and switched with the number
//! keys. To add one: a variant here (with its title), a file with its state and a
//! widget, a field for that state in [`crate::tui::app::AccountScreen`], and one arm in
//! `crate::tui::render::account_body`. The keymap and help pick the variant up by
//! themselves.

pub mod accounts;
pub mod agenda;
pub mod followups;
pub mod people;
pub mod people_cells;
pub mod people_table;
pub mod person_detail;
pub mod portfolio;
pub mod team;

/// The views of an open account, in number-key order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountView {
    /// The people table with the selected person's details.
    People,
    /// The follow-ups we promised and the demands the customer made.
    FollowUps,
}

impl AccountView {
    /// Every view, in the order of the number keys 1 to 9.
    pub const ALL: &'static [AccountView] = &[AccountView::People, AccountView::FollowUps];

    /// The name on the tab and in the help.
    pub fn title(self) -> &'static str {
        match self {
            AccountView::People => "People",
            AccountView::FollowUps => "Follow-ups",
        }
    }
}
