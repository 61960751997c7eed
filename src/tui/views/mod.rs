//! The screens: one file per view, each with its state and how it draws.

pub mod coverage;
mod interim;
pub mod org_chart;
