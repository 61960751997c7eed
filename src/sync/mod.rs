//! Sharing the data folder through git: the `git` command the user already has does the
//! work; this module drives it and says in words what happened. No UI: the command
//! line (`dmu sync`) and the TUI call the same functions.
//!
//! - [`init`]: `dmu sync --init [REMOTE]`, set up (again) and join a shared repository;
//! - [`sync`]: `dmu sync`, commit local changes, take in colleagues', send ours;
//! - [`resolve`]: `dmu sync --resolve`, merge account files again the dmu way;
//! - [`check_drivers`]: at start, put back dmu's merge and diff helpers in a copy
//!   whose git settings lack them (a fresh clone).
//!
//! Every sentence is in [`words`].

mod drivers;
mod error;
mod git;
mod mark;
mod remerge;
mod repo;
mod resolve;
mod run;
mod setup;
mod summary;
pub mod words;

pub use drivers::{DriverState, check_drivers};
pub use error::{SyncError, SyncFailure};
pub use git::{Failure, GitError};
pub use mark::{last_sync, mark_synced};
pub use resolve::{Outcome, ResolveReport, Resolved, resolve};
pub use run::{Committed, Conflicted, SyncOptions, SyncReport, remote_name, sync};
pub use setup::{ATTRIBUTES, FileOutcome, IGNORED, init};
pub use summary::{AccountChange, Counts, What, commit_message, describe};
