//! Pure functions over the model: the pull-through analysis of one account, and the
//! portfolio, agenda and team figures across accounts. No I/O, no UI.

pub mod agenda;
pub mod portfolio;
pub mod portfolio_text;
