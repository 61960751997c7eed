//! `dmu sync --resolve`: merge again, the dmu way, account files that git merged line
//! by line (or could not merge): during an unfinished merge, from git's three stages;
//! for a file committed with git's conflict marks (merged elsewhere, in a web page say),
//! from the merge commit that made it, its two parents and their merge base.

use super::error::SyncFailure;
use super::git::GitError;
use super::repo::Repo;
use super::run::SyncOptions;
use super::summary;
use super::words;
use std::path::Path;

/// What `--resolve` did.
#[derive(Debug, Clone, Default)]
pub struct ResolveReport {
    pub files: Vec<Resolved>,
    /// Whether a merge was in progress (its account files were merged again).
    pub merge_in_progress: bool,
    /// Whether it finished that merge (made its commit).
    pub finished_merge: bool,
    /// Whether it committed the files it mended (those committed with marks).
    pub committed: bool,
    /// Files of the unfinished merge it cannot decide (not account files).
    pub still_unmerged: Vec<String>,
}

impl ResolveReport {
    /// The report in sentences, one a line.
    pub fn lines(&self) -> Vec<String> {
        words::resolve_lines(self)
    }
}

/// One account file `--resolve` looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub path: String,
    pub name: String,
    pub outcome: Outcome,
}

/// What became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Merged; the number of conflicts the merge recorded for the rep to decide.
    Merged(usize),
    /// Removed on one side and changed on the other: the changed version is kept.
    KeptChanged,
    /// Left as it was; the sentence says why.
    Left(String),
}

/// Resolves what there is to resolve in the data folder at `root`.
pub fn resolve(root: &Path, opts: &SyncOptions) -> Result<ResolveReport, SyncFailure> {
    let repo = super::run::open(root, opts)?;
    if repo.rebasing()? {
        // Its stages are a rebase's, which git finishes itself.
        return Err(super::SyncError::UnfinishedRebase.into());
    }
    let unmerged = repo.unmerged()?;
    let mut report = ResolveReport::default();
    if !unmerged.is_empty() || repo.merging()? {
        report.merge_in_progress = true;
        for path in unmerged {
            if !repo.is_account(&path) {
                report.still_unmerged.push(path);
                continue;
            }
            let stage = |n: &str| repo.git.show(n, &path);
            let (base, ours, theirs) = (stage(":1")?, stage(":2")?, stage(":3")?);
            let r = redo(&repo, &path, base, ours, theirs)?;
            report.files.push(r);
        }
        let left = report.files.iter().any(|f| matches!(f.outcome, Outcome::Left(_)));
        if !left && report.still_unmerged.is_empty() && repo.merging()? {
            repo.git.run(&["commit", "-q", "--no-edit"])?;
            report.finished_merge = true;
        }
        return Ok(report);
    }
    let mut mended = Vec::new();
    for path in repo.marked_accounts()? {
        let Ok(now) = std::fs::read(repo.file(&path)) else { continue };
        let r = redo_committed(&repo, &path, &now)?;
        if !matches!(r.outcome, Outcome::Left(_)) {
            mended.push(path.clone());
        }
        report.files.push(r);
    }
    if !mended.is_empty() {
        let names: Vec<&str> =
            report.files.iter().filter(|f| mended.contains(&f.path)).map(|f| f.name.as_str()).collect();
        let message = words::resolve_commit(&names);
        let mut args = vec!["commit", "-q", "-m", &message, "--"];
        args.extend(mended.iter().map(String::as_str));
        repo.git.run(&args)?;
        report.committed = true;
    }
    Ok(report)
}

/// A file committed with marks: found the merge that made it, and merge again.
fn redo_committed(repo: &Repo, path: &str, now: &[u8]) -> Result<Resolved, GitError> {
    let line = repo.git.run(&["log", "--merges", "-n", "1", "--format=%H %P", "--", path])?;
    let hashes: Vec<&str> = line.split_whitespace().collect();
    // The name from a version without marks, where there is one.
    let clean = repo.git.show(hashes.get(1).copied().unwrap_or("HEAD"), path)?;
    let name = summary::describe(path, None, clean.as_deref()).name;
    let left = |why: &str| Resolved {
        path: path.to_string(),
        name: name.clone(),
        outcome: Outcome::Left(why.into()),
    };
    let [merge, first, second, ..] = hashes[..] else {
        return Ok(left(&words::no_merge_to_redo()));
    };
    if repo.git.show(merge, path)?.as_deref() != Some(now) {
        return Ok(left(&words::changed_since_merge()));
    }
    let base = match repo.git.output(&["merge-base", first, second])? {
        r if r.ok => repo.git.show(&r.text(), path)?,
        _ => None,
    };
    let (ours, theirs) = (repo.git.show(first, path)?, repo.git.show(second, path)?);
    redo(repo, path, base, ours, theirs)
}

/// Merges the three versions of an account file and puts the result in place (and in
/// git's index).
fn redo(
    repo: &Repo,
    path: &str,
    base: Option<Vec<u8>>,
    ours: Option<Vec<u8>>,
    theirs: Option<Vec<u8>>,
) -> Result<Resolved, GitError> {
    let name = summary::describe(path, base.as_deref(), ours.as_deref().or(theirs.as_deref())).name;
    let done = |outcome| Resolved { path: path.to_string(), name: name.clone(), outcome };
    let (bytes, outcome) = match (ours, theirs) {
        (Some(o), Some(t)) => {
            match super::remerge::merge_files(base.as_deref().unwrap_or_default(), &o, &t) {
                Ok((merged, n)) => (merged, Outcome::Merged(n)),
                Err(why) => return Ok(done(Outcome::Left(why))),
            }
        }
        // Never lose a change: what one side changed stays, even if the other removed it.
        (Some(kept), None) | (None, Some(kept)) => (kept, Outcome::KeptChanged),
        (None, None) => {
            repo.git.run(&["rm", "-q", "--cached", "--ignore-unmatch", "--", path])?;
            return Ok(done(Outcome::Left(words::gone_both_sides())));
        }
    };
    let file = repo.file(path);
    if let Err(e) = crate::store::write_atomic(&file, &bytes, true) {
        let why = words::file_error(&file.display().to_string(), &e);
        return Ok(done(Outcome::Left(why)));
    }
    repo.git.run(&["add", "--", path])?;
    Ok(done(outcome))
}
