//! Why a sync, a set-up or a resolve stopped, and what it had done by then.

use super::git::GitError;
use super::words;

/// Why sync stopped. Its `Display` is the sentence for the rep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncError {
    /// A git command failed (network, authentication, a rejected push, ...).
    Git(GitError),
    /// The data folder is not in a git repository.
    NoRepo,
    /// A merge was started and not finished; the files that wait for a decision.
    UnfinishedMerge(Vec<String>),
    /// A rebase was started and not finished.
    UnfinishedRebase,
    /// The merge this sync made stopped on files git could not merge.
    MergeStopped(Vec<String>),
    /// HEAD is not on a branch.
    NotOnBranch,
    /// `--init REMOTE` where `origin` is another remote already: (configured, asked).
    OtherRemote(String, String),
    /// The shared repository's history has nothing in common with this one.
    Unrelated(String),
    /// A push was rejected again after pulling once more (git's second refusal).
    RejectedTwice(GitError),
    /// dmu's merge helper could not be registered; why.
    Drivers(String),
    /// A file could not be read or written; the sentence says which and why.
    Io(String),
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&words::sync_error(self))
    }
}

impl From<GitError> for SyncError {
    fn from(e: GitError) -> SyncError {
        SyncError::Git(e)
    }
}

/// A failure, with what had been done before it (each a sentence; a local commit
/// made is always among them, so the rep knows nothing was lost).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncFailure {
    pub error: SyncError,
    pub done: Vec<String>,
}

impl SyncFailure {
    pub fn new(error: impl Into<SyncError>, done: Vec<String>) -> SyncFailure {
        SyncFailure { error: error.into(), done }
    }
}

impl std::fmt::Display for SyncFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.error.to_string())?;
        for line in &self.done {
            write!(f, "\n{line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SyncFailure {}

impl From<SyncError> for SyncFailure {
    fn from(error: SyncError) -> SyncFailure {
        SyncFailure { error, done: Vec::new() }
    }
}

impl From<GitError> for SyncFailure {
    fn from(e: GitError) -> SyncFailure {
        SyncFailure::from(SyncError::Git(e))
    }
}
