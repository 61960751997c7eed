//! `dmu`: map the decision-making unit of each key account and pull the decision
//! through it.

pub mod analysis;
pub mod influence_view;
pub mod layout;
pub mod model;
pub mod store;
pub mod text;
