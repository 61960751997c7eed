//! Importing contacts from a CRM export into the open account, from the TUI. The core
//! is [`crate::import`]; this is its screen:
//!
//! 1. `I` asks for the file ([`path`]: `~` and Tab completion).
//! 2. The file is read and planned on a thread ([`job`]), the progress on screen; Esc
//!    stops it.
//! 3. The preview ([`preview`]) says what would change, row by row with `r`; `m` opens
//!    the mapping editor ([`mapping`]), whose changes are planned again on leaving it;
//!    `p` saves the mapping as a profile, `P` reads the file with the next one.
//! 4. Enter applies the plan as one undoable edit, its history entries noted
//!    "imported from FILE" (`app/import_flow.rs`).
//!
//! The import stands between the account's screen and the modals: its keys come before
//! the view's, and the help, a prompt or the question who the rep is can stand over it.

pub mod draw;
pub mod job;
pub mod keys;
pub mod mapping;
pub mod path;
pub mod preview;

use crate::tui::keymap::Mode;
use job::Job;
use path::PathPrompt;
use preview::{Origin, Preview};

/// An import under way on the open account.
#[derive(Debug)]
pub struct Import {
    /// The account's name, for the titles.
    pub account: String,
    /// Where it has got to.
    pub stage: Stage,
}

/// The steps of an import.
#[derive(Debug)]
pub enum Stage {
    /// The file's path is being typed.
    Path(PathPrompt),
    /// The file is read, or its rows planned, on a thread.
    Working(Working),
    /// What the import would do, before anything changes.
    Preview(Box<Preview>),
}

/// A job running, with what its preview will be made of.
#[derive(Debug)]
pub struct Working {
    pub job: Job,
    pub origin: Origin,
    /// The preview planned again (the mapping changed): shown again if Esc stops the
    /// job. `None` while the file is first read.
    pub back: Option<Box<Preview>>,
}

impl Import {
    /// The keyboard's mode.
    pub fn mode(&self) -> Mode {
        match &self.stage {
            Stage::Path(_) => Mode::ImportPath,
            Stage::Working(_) => Mode::ImportProgress,
            Stage::Preview(p) => p.mode(),
        }
    }

    /// The preview, when it is shown.
    pub fn preview(&self) -> Option<&Preview> {
        match &self.stage {
            Stage::Preview(p) => Some(p),
            _ => None,
        }
    }
}
