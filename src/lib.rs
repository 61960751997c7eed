//! `dmu`: map the decision-making unit of each key account and pull the decision
//! through it.

pub mod analysis;
pub mod change;
pub mod cli;
pub mod export;
/// Realistic generated accounts for tests and benchmarks; not part of the user-facing
/// command line.
#[doc(hidden)]
pub mod generate;
pub mod i18n;
pub mod import;
pub mod layout;
pub mod merge;
pub mod model;
pub mod plural;
pub mod process;
pub mod search;
pub mod settings;
pub mod store;
pub mod sync;
pub mod text;
pub mod translit;
pub mod tui;
