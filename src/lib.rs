//! `dmu`: map the decision-making unit of each key account and pull the decision
//! through it.

/// Accounts, people, team, links and their rules; edits as values.
pub mod model;
/// Fuzzy matching of typed queries against names, titles and departments.
pub mod search;
/// Where account files live and how they are loaded and saved.
pub mod store;
/// Making untrusted text safe for terminals and exports.
pub mod text;
/// The terminal interface (the only module that knows ratatui and crossterm).
pub mod tui;
