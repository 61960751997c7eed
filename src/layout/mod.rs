//! Placing an account on screen, without drawing it: the org chart's tree and rows,
//! and the coverage matrix. No ratatui here; the views under `tui` draw these.

pub mod coverage;
pub mod org;
