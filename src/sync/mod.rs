//! Sharing the data folder through git: the `git` command the user already has does the
//! work; this module drives it and says in words what happened.

mod mark;

pub use mark::{last_sync, mark_synced};
