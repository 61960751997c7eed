//! `dmu sync`: commit what changed here, take in what colleagues pushed (merging
//! account files through dmu's merge driver), send ours.
//!
//! Local edits are committed before anything is fetched or merged, and nothing is
//! ever reset: whatever fails, the rep's changes are in a commit on this machine.

use super::drivers::{self, DriverState};
use super::error::{SyncError, SyncFailure};
use super::git::{Failure, GitError};
use super::repo::{Repo, split_z};
use super::summary::{self, AccountChange};
use super::words;
use std::path::Path;

/// How sync runs.
#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The name to commit under when git has none (the settings' `user`); `DMU_USER`
    /// comes first, git's `user.name` and the system's user name after.
    pub user: Option<String>,
    /// Whether git may ask for a password on the terminal (the command line: yes;
    /// the TUI: no, a prompt would break its screen).
    pub prompts: bool,
}

/// What a sync (or a set-up) did.
#[derive(Debug, Clone, Default)]
pub struct SyncReport {
    /// What set-up found or did (`--init`, or files and helpers repaired by a sync).
    pub notes: Vec<String>,
    /// The commit of local changes, if there were any.
    pub committed: Option<Committed>,
    /// The shared repository (`None`: there is none, so sync only committed).
    pub remote: Option<String>,
    /// Commits taken in from the shared repository.
    pub pulled: usize,
    /// Commits sent to it.
    pub pushed: usize,
    /// Account files that colleagues changed, as taken in.
    pub by_others: Vec<AccountChange>,
    /// Accounts whose merge recorded conflicts to decide.
    pub conflicts: Vec<Conflicted>,
    /// Accounts whose file still holds git's conflict marks (merged without dmu).
    pub marked: Vec<String>,
}

/// A local commit sync made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    /// The first line of its message.
    pub subject: String,
    pub accounts: Vec<AccountChange>,
}

/// An account whose merge recorded conflicts in its `conflicts[]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflicted {
    pub name: String,
    pub path: String,
    /// Conflicts this sync brought (not those there before).
    pub count: usize,
}

impl SyncReport {
    /// The report in sentences, one a line.
    pub fn lines(&self) -> Vec<String> {
        words::report_lines(self)
    }
}

/// The shared repository sync talks to.
#[derive(Debug, Clone)]
pub(crate) struct Remote {
    pub name: String,
    pub url: String,
    /// The branch there that ours follows.
    pub branch: String,
    /// Whether our branch should be set to follow it (`push -u`).
    pub set_upstream: bool,
}

/// Syncs the data folder at `root` (see the module's documentation).
pub fn sync(root: &Path, opts: &SyncOptions) -> Result<SyncReport, SyncFailure> {
    let repo = open(root, opts)?;
    refuse_unfinished(&repo)?;
    let branch = repo.branch()?.ok_or(SyncError::NotOnBranch)?;
    let mut report = SyncReport { notes: super::setup::ensure_files_quietly(root)?, ..SyncReport::default() };
    match drivers::ensure(&repo.git) {
        DriverState::Broken(why) => return Err(SyncError::Drivers(why).into()),
        DriverState::Repaired(what) => report.notes.push(what),
        DriverState::Registered | DriverState::NoRepo => {}
    }
    let mut done = Vec::new();
    report.committed = commit_local(&repo, None)?;
    if let Some(c) = &report.committed {
        done.push(words::committed_locally(&c.subject));
    }
    let Some(remote) = remote_of(&repo, &branch)? else {
        report.marked = marked(&repo)?;
        return Ok(report);
    };
    fetch(&repo, &remote).map_err(|e| SyncFailure::new(e, done.clone()))?;
    exchange(&repo, &remote, false, &mut report, &mut done)?;
    report.marked = marked(&repo)?;
    finish(root, &mut report);
    Ok(report)
}

/// The name of the shared repository a sync of `root` talks to (`origin`), for a line
/// that says what is going on while it runs; `None` without git, a repository, a branch
/// or a remote. A few local `git` commands, no network.
pub fn remote_name(root: &Path) -> Option<String> {
    if !super::git::installed() {
        return None;
    }
    let repo = Repo::find(root, false).ok()??;
    let branch = repo.branch().ok()??;
    remote_of(&repo, &branch).ok()?.map(|r| r.name)
}

/// The accounts whose file holds git's conflict marks (merged line by line somewhere
/// dmu's driver did not run), for `dmu sync --resolve` to mend.
fn marked(repo: &Repo) -> Result<Vec<String>, GitError> {
    Ok(repo.marked_accounts()?.iter().map(|p| account_label(repo, p)).collect())
}

/// The repository of the data folder, with an identity to commit under.
pub(crate) fn open(root: &Path, opts: &SyncOptions) -> Result<Repo, SyncFailure> {
    if !super::git::installed() {
        return Err(GitError::NotInstalled.into());
    }
    let mut repo = Repo::find(root, opts.prompts)?.ok_or(SyncError::NoRepo)?;
    let git_name = repo.git.config_get("user.name")?;
    let user = super::git::dmu_user(opts.user.as_deref(), git_name.as_deref());
    repo.git = repo.git.clone().with_identity(&user)?;
    Ok(repo)
}

/// Refuses to start over an unfinished merge or rebase.
pub(crate) fn refuse_unfinished(repo: &Repo) -> Result<(), SyncFailure> {
    let unmerged = repo.unmerged()?;
    if repo.merging()? || !unmerged.is_empty() {
        return Err(SyncError::UnfinishedMerge(unmerged).into());
    }
    if repo.rebasing()? {
        return Err(SyncError::UnfinishedRebase.into());
    }
    Ok(())
}

/// Records the sync and says so when the mark cannot be written (the sync itself
/// worked: that is only the "changed since the last sync" view's reference).
pub(crate) fn finish(root: &Path, report: &mut SyncReport) {
    if let Err(e) = super::mark_synced(root, &crate::model::now_utc()) {
        report.notes.push(words::mark_failed(&crate::store::io_words(&e)));
    }
}

/// Commits every change in the data folder (added, changed and removed files), with a
/// message that says what changed in which account. `None` when nothing changed.
pub(crate) fn commit_local(repo: &Repo, subject: Option<&str>) -> Result<Option<Committed>, GitError> {
    let scope = repo.scope();
    repo.git.run(&["add", "-A", "--", &scope])?;
    let head = repo.head()?;
    let staged = match &head {
        Some(h) => repo.changed(&["--cached", h])?,
        None => repo.changed(&["--cached"])?,
    };
    if staged.is_empty() {
        return Ok(None);
    }
    let mut accounts = Vec::new();
    let mut others = Vec::new();
    for (status, path) in &staged {
        if repo.is_account(path) {
            let before = match (&head, status) {
                (Some(h), s) if *s != 'A' => repo.git.show(h, path)?,
                _ => None,
            };
            let after = if *status == 'D' { None } else { repo.git.show("", path)? };
            accounts.push(summary::describe(path, before.as_deref(), after.as_deref()));
        } else {
            others.push(path.strip_prefix(&repo.prefix).unwrap_or(path).to_string());
        }
    }
    let mut message = summary::commit_message(&accounts, &others);
    if let Some(s) = subject {
        message = format!("{s}\n\n{message}");
    }
    repo.git.run(&["commit", "-q", "-m", &message, "--", &scope])?;
    let subject = message.lines().next().unwrap_or_default().to_string();
    Ok(Some(Committed { subject, accounts }))
}

/// The shared repository our branch syncs with: its upstream, else `origin`, else the
/// only remote. `None` when there is no remote.
pub(crate) fn remote_of(repo: &Repo, branch: &str) -> Result<Option<Remote>, GitError> {
    let configured = repo.git.config_get(&format!("branch.{branch}.remote"))?.filter(|r| r != ".");
    let name = match configured {
        Some(n) => n,
        None => {
            let all = repo.git.run(&["remote"])?;
            let all: Vec<&str> = all.lines().collect();
            match (all.contains(&"origin"), all.as_slice()) {
                (true, _) => "origin".to_string(),
                (false, [only]) => only.to_string(),
                _ => return Ok(None),
            }
        }
    };
    let merge = repo.git.config_get(&format!("branch.{branch}.merge"))?;
    let url = repo.git.run(&["remote", "get-url", &name])?;
    Ok(Some(Remote {
        name,
        url,
        branch: merge
            .as_deref()
            .map(|m| m.strip_prefix("refs/heads/").unwrap_or(m).to_string())
            .unwrap_or_else(|| branch.to_string()),
        set_upstream: merge.is_none(),
    }))
}

/// `git fetch` from the shared repository.
pub(crate) fn fetch(repo: &Repo, remote: &Remote) -> Result<(), GitError> {
    repo.git.run_remote(&["fetch", "-q", &remote.name], &remote.url).map(drop)
}

/// After a fetch: merges what the shared repository has, then pushes what we have,
/// and when a colleague pushed in between, fetches, merges and pushes once more.
pub(crate) fn exchange(
    repo: &Repo,
    remote: &Remote,
    unrelated_ok: bool,
    report: &mut SyncReport,
    done: &mut Vec<String>,
) -> Result<(), SyncFailure> {
    report.remote = Some(remote.url.clone());
    let tracking = format!("refs/remotes/{}/{}", remote.name, remote.branch);
    for attempt in 0..2 {
        merge_in(repo, &tracking, unrelated_ok, report, done)?;
        if repo.head()?.is_none() {
            // Nothing here at all, not even a first commit: nothing to send.
            return Ok(());
        }
        let theirs = repo.rev(&tracking)?;
        let ahead = repo.count(theirs.as_deref(), "HEAD")?;
        if ahead == 0 {
            if remote.set_upstream && theirs.is_some() {
                let upstream = format!("{}/{}", remote.name, remote.branch);
                repo.git.run(&["branch", "-q", &format!("--set-upstream-to={upstream}")])?;
            }
            return Ok(());
        }
        let target = format!("HEAD:refs/heads/{}", remote.branch);
        let mut args = vec!["push", "-q"];
        if remote.set_upstream {
            args.push("-u");
        }
        args.extend_from_slice(&[&remote.name, &target]);
        match repo.git.run_remote(&args, &remote.url) {
            Ok(_) => {
                report.pushed += ahead;
                return Ok(());
            }
            Err(GitError::Failed { failure: Failure::Rejected, .. }) if attempt == 0 => {
                done.push(words::retrying());
                report.notes.push(words::retrying());
                fetch(repo, remote).map_err(|e| SyncFailure::new(e, done.clone()))?;
            }
            Err(e @ GitError::Failed { failure: Failure::Rejected, .. }) => {
                return Err(SyncFailure::new(SyncError::RejectedTwice(e), done.clone()));
            }
            Err(e) => return Err(SyncFailure::new(e, done.clone())),
        }
    }
    Ok(())
}

/// Merges `tracking` into our branch (through dmu's merge driver, which the
/// attributes name), and reports what it brought.
pub(crate) fn merge_in(
    repo: &Repo,
    tracking: &str,
    unrelated_ok: bool,
    report: &mut SyncReport,
    done: &mut Vec<String>,
) -> Result<(), SyncFailure> {
    let fail = |e: SyncError, done: &[String]| SyncFailure::new(e, done.to_vec());
    let Some(theirs) = repo.rev(tracking)? else { return Ok(()) };
    let old = repo.head()?;
    let new = repo.count(old.as_deref(), &theirs)?;
    if new == 0 {
        return Ok(());
    }
    if let Some(o) = &old
        && !repo.git.succeeds(&["merge-base", o, &theirs])?
        && !unrelated_ok
    {
        return Err(fail(SyncError::Unrelated(report.remote.clone().unwrap_or_default()), done));
    }
    // `--ff` (fast-forward when we have nothing of our own, else a merge commit) also
    // overrides a `merge.ff = only` in the user's settings, which would refuse.
    let mut args = vec!["merge", "-q", "--no-edit", "--ff"];
    if unrelated_ok {
        args.push("--allow-unrelated-histories");
    }
    // By its name, so that the merge commit says where it came from.
    args.push(tracking);
    let r = repo.git.output(&args)?;
    if !r.ok {
        let stopped = repo.unmerged()?;
        if stopped.is_empty() {
            return Err(fail(SyncError::Git(r.error(None)), done));
        }
        let names = stopped.iter().map(|p| account_label(repo, p)).collect();
        return Err(fail(SyncError::MergeStopped(names), done));
    }
    report.pulled += new;
    taken_in(repo, old.as_deref(), report)?;
    done.push(words::took_in(new));
    Ok(())
}

/// What a merge from `old` to HEAD changed in the account files: colleagues' changes,
/// the conflicts their merge recorded, and files left with git's conflict marks.
fn taken_in(repo: &Repo, old: Option<&str>, report: &mut SyncReport) -> Result<(), GitError> {
    let paths: Vec<String> = match old {
        Some(o) => repo.changed(&[o, "HEAD"])?.into_iter().map(|(_, p)| p).collect(),
        None => {
            let scope = repo.scope();
            let r = repo.git.output(&["ls-tree", "-r", "-z", "--name-only", "HEAD", "--", &scope])?;
            split_z(&r.stdout)
        }
    };
    for path in paths.iter().filter(|p| repo.is_account(p)) {
        let before = match old {
            Some(o) => repo.git.show(o, path)?,
            None => None,
        };
        let after = repo.git.show("HEAD", path)?;
        let change = summary::describe(path, before.as_deref(), after.as_deref());
        if let Some(a) = &after {
            let had = before.as_deref().map(summary::conflict_ids).unwrap_or_default();
            let count = summary::conflict_ids(a).difference(&had).count();
            if count > 0 {
                report.conflicts.push(Conflicted { name: change.name.clone(), path: path.clone(), count });
            }
        }
        report.by_others.push(change);
    }
    Ok(())
}

/// An account file as the rep knows it: its name (from our version), else the path.
pub(crate) fn account_label(repo: &Repo, path: &str) -> String {
    if !repo.is_account(path) {
        return path.to_string();
    }
    // Our version before the merge names it best: the file on disk may hold git's marks.
    let ours = repo.git.show("HEAD", path).ok().flatten().or_else(|| std::fs::read(repo.file(path)).ok());
    let change = summary::describe(path, None, ours.as_deref());
    format!("{} ({path})", change.name)
}
