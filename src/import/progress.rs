//! How far an import has got, shared with the screen that shows it: the import runs on
//! a worker thread and the screen reads these counters between frames.

use super::ImportError;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};

/// The step an import is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Matching,
    Done,
}

/// Counters an import updates as it goes, and a flag to stop it.
#[derive(Debug, Default)]
pub struct Progress {
    stage: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
    cancel: AtomicBool,
}

impl Progress {
    /// Counters nobody watches.
    pub fn none() -> Progress {
        Progress::default()
    }

    /// A new step with `total` units of work (bytes while reading, rows while matching).
    pub fn start(&self, stage: Stage, total: u64) {
        self.stage.store(stage as u8, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
    }

    /// `done` units of the step are finished.
    pub fn advance(&self, done: u64) {
        self.done.store(done, Ordering::Relaxed);
    }

    /// The step, and how much of it is done out of how much.
    pub fn get(&self) -> (Stage, u64, u64) {
        let stage = match self.stage.load(Ordering::Relaxed) {
            0 => Stage::Reading,
            1 => Stage::Matching,
            _ => Stage::Done,
        };
        (stage, self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }

    /// Asks the import to stop at its next check.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// `Err(Cancelled)` once [`Progress::cancel`] was called.
    pub fn check(&self) -> Result<(), ImportError> {
        if self.cancel.load(Ordering::Relaxed) { Err(ImportError::Cancelled) } else { Ok(()) }
    }
}
