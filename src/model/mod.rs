//! Accounts, people, our team, links and their rules; edits as values. No I/O, no UI.

mod account;
mod date;
mod deal;
mod fast_hash;
mod history;
mod ids;
mod index;
mod kinds;
pub mod ops;
mod record;
mod validate;

pub use account::{
    Account, Coverage, Deal, Demand, FollowUp, Influence, Link, Person, PlanItem, SCHEMA, TeamMember,
};
pub use date::{Date, DateError};
pub use fast_hash::{FxHashMap, FxHashSet, FxHasher};
pub use history::{Conflict, HistoryEntry, now_utc, timestamp};
pub use ids::{new_id, new_id_avoiding, readable_id, readable_slug};
pub use index::Index;
pub use kinds::{
    Basis, DealStage, DemandKind, Function, LinkKind, PlanKind, PlanStatus, Process, Role, Stance, Status,
    Strength, Tier,
};
pub use ops::{Edit, Header};
pub use validate::{Problem, reports_to_cycle, validate, validate_indexed, would_close_cycle};
