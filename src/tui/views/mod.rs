//! The screens: one file per view, each with its state and how it draws.
//!
//! An open account has several views (people today; org chart, influence map,
//! coverage and pull to come), listed in [`AccountView`] and switched with the number
//! keys. To add one: a variant here (with its title), a file with its state and a
//! widget, a field for that state in [`crate::tui::app::AccountScreen`], and one arm in
//! `crate::tui::render::account_body`. The keymap and help pick the variant up by
//! themselves.

pub mod account_view;
pub mod accounts;
pub mod agenda;
pub mod coverage;
pub mod followups;
pub mod influence;
pub mod org_chart;
pub mod people;
pub mod people_cells;
mod people_order;
pub mod people_table;
pub mod person_detail;
pub mod portfolio;
pub mod pull;
pub mod pull_cards;
pub mod pull_panels;
pub mod pull_render;
pub mod pull_whatif;
pub mod team;
pub mod trash;

/// The views of an open account, in number-key order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountView {
    /// The people table with the selected person's details.
    People,
    /// The `reports_to` tree with the selected person's influence links.
    OrgChart,
    /// People in columns by stage, with their influence links drawn as arrows.
    Influence,
    /// Their people by our team: who knows whom, and the gaps.
    Coverage,
    /// The pull: stage columns, best paths, red flags, next best contacts, what-if.
    Pull,
    /// The follow-ups we promised and the demands the customer made.
    FollowUps,
}

impl AccountView {
    /// Every view, in the order of their number keys.
    pub const ALL: &'static [AccountView] = &[
        AccountView::People,
        AccountView::OrgChart,
        AccountView::Influence,
        AccountView::Coverage,
        AccountView::Pull,
        AccountView::FollowUps,
    ];

    /// The name on the tab and in the help.
    pub fn title(self) -> &'static str {
        match self {
            AccountView::People => "People",
            AccountView::OrgChart => "Org chart",
            AccountView::Influence => "Influence",
            AccountView::Coverage => "Coverage",
            AccountView::Pull => "Pull",
            AccountView::FollowUps => "Follow-ups",
        }
    }

    /// The number key that shows the view. Fixed per view rather than taken from the
    /// position in [`AccountView::ALL`], so a view keeps its key while others are added.
    pub fn key(self) -> char {
        match self {
            AccountView::People => '1',
            AccountView::OrgChart => '2',
            AccountView::Influence => '3',
            AccountView::Coverage => '4',
            AccountView::Pull => '5',
            AccountView::FollowUps => '6',
        }
    }
}
