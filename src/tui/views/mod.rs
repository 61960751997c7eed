//! The screens: one file per view, each with its state and how it draws.
//!
//! An open account has several views (people, org chart, influence map, coverage,
//! Pull, follow-ups, changes, deals, the account plan, the power-interest grid), listed in
//! [`AccountView`] and switched with the number keys. Each
//! view's state implements [`account_view::AccountViewState`]. How to add one is in
//! docs/architecture.md ("How to add a view").

pub mod account_view;
pub mod accounts;
pub mod agenda;
pub mod changes;
pub mod conflicts;
pub mod coverage;
pub mod deals;
pub mod deals_render;
pub mod followups;
pub mod influence;
pub mod org_chart;
pub mod people;
pub mod people_cells;
mod people_order;
pub mod people_table;
pub mod person_detail;
pub mod person_history;
pub mod plan;
pub mod portfolio;
pub mod portfolio_strategy;
pub mod power_grid;
pub mod pull;
pub mod pull_cards;
pub mod pull_panels;
pub mod pull_render;
pub mod pull_whatif;
pub mod sync_marks;
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
    /// What changed: the history since a start, newest first, and the conflicts left.
    Changes,
    /// The account's deals, each with its own decision unit; one can be the lens.
    Deals,
    /// The account plan: joint initiatives with the customer beyond selling.
    Plan,
    /// People by power and interest in Mendelow's four quadrants, and who moved.
    Grid,
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
        AccountView::Changes,
        AccountView::Deals,
        AccountView::Plan,
        AccountView::Grid,
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
            AccountView::Changes => "Changes",
            AccountView::Deals => "Deals",
            AccountView::Plan => "Plan",
            AccountView::Grid => "Grid",
        }
    }

    /// The name on the tab, in the language of the interface. (`title` stays the
    /// English name: the keymap's descriptions are `&'static str`.)
    pub fn label(self) -> String {
        match self {
            AccountView::People => crate::t!("tui-views-view-people"),
            AccountView::OrgChart => crate::t!("tui-views-view-org-chart"),
            AccountView::Influence => crate::t!("tui-views-view-influence"),
            AccountView::Coverage => crate::t!("tui-views-view-coverage"),
            AccountView::Pull => crate::t!("tui-views-view-pull"),
            AccountView::FollowUps => crate::t!("tui-views-view-follow-ups"),
            AccountView::Changes => crate::t!("tui-views-view-changes"),
            AccountView::Deals => crate::t!("deals-view"),
            AccountView::Plan => crate::t!("plan-view-title"),
            AccountView::Grid => crate::t!("grid-view-title"),
        }
    }

    /// The name of its show action in the settings file's `[keys]` (docs/settings.md):
    /// user-facing, so it never changes once released.
    pub fn setting_name(self) -> &'static str {
        match self {
            AccountView::People => "view_people",
            AccountView::OrgChart => "view_org_chart",
            AccountView::Influence => "view_influence",
            AccountView::Coverage => "view_coverage",
            AccountView::Pull => "view_pull",
            AccountView::FollowUps => "view_follow_ups",
            AccountView::Changes => "view_changes",
            AccountView::Deals => "view_deals",
            AccountView::Plan => "view_plan",
            AccountView::Grid => "view_grid",
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
            AccountView::Changes => '7',
            AccountView::Deals => '8',
            AccountView::Plan => '9',
            AccountView::Grid => '0',
        }
    }
}

/// A translated column header as the `&'static str` a grid column holds. Each
/// distinct header is leaked once and reused for the rest of the process, so the
/// cost is a few dozen short strings (per language), never one per frame.
pub(crate) fn head(text: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static HEADS: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut heads = HEADS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(known) = heads.get(text.as_str()) {
        return known;
    }
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    heads.insert(leaked);
    leaked
}

/// A day kept as ISO text (`2026-11-27`, from a history time) as the language writes
/// days (`27.11.2026` in Russian); text that is not a day is shown as it is.
pub(crate) fn show_day(iso: &str) -> String {
    iso.parse::<crate::model::Date>().map_or_else(|_| iso.to_string(), crate::i18n::dates::show)
}
