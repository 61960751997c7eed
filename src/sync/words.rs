//! Every sentence sync says to the rep — what it did, why it stopped and what to do,
//! and the commit messages it writes — kept in one place so that they can be
//! translated together. Git's own words appear only after "git said:", for support.

use super::error::SyncError;
use super::git::{Failure, GitError};
use super::resolve::{Outcome, ResolveReport};
use super::run::SyncReport;
use super::setup::FileOutcome;
use super::summary::{AccountChange, Counts, What};
use crate::plural::count;

// ---- Set-up ----

/// The header above dmu's lines in `.gitattributes`.
pub const ATTRIBUTES_HEADER: &str =
    "# dmu: merge and compare account files record by record (dmu sync --init)";
/// The header above dmu's lines in `.gitignore`.
pub const IGNORE_HEADER: &str =
    "# dmu: files that stay on this computer (backups, locks, unsaved edits, the trash)";
/// `merge.dmu.name`, which git shows in some messages.
pub const DRIVER_NAME: &str = "dmu: merge account files record by record";
/// The first line of the first commit `--init` makes.
pub const FIRST_COMMIT: &str = "Start sharing the accounts with dmu";
/// `--init` found the helpers registered.
pub const DRIVERS_PRESENT: &str =
    "dmu's merge and diff helpers are already registered in this copy's git settings.";
/// `--init` found nothing to commit.
pub const NOTHING_TO_COMMIT: &str = "Nothing new to commit.";
/// `--init` without a remote.
pub const NO_REMOTE_YET: &str = "No shared repository yet: the accounts are committed on this computer only. \
     When your team has one, run: dmu sync --init <its address>";

pub fn repo_created(root: &str) -> String {
    format!("Made the data folder {root} a git repository.")
}

pub fn repo_found(top: &str) -> String {
    format!("The data folder {top} is a git repository already; dmu uses it.")
}

pub fn repo_adopted(top: &str, prefix: &str) -> String {
    format!(
        "The data folder is inside the git repository {top} (as {prefix}); dmu uses that repository \
         and commits only the data folder's files."
    )
}

pub fn file_outcome(file: &str, outcome: FileOutcome) -> String {
    match outcome {
        FileOutcome::Created => format!("Wrote {file}."),
        FileOutcome::Added(n) => format!("Added {} to {file}.", count(n, "line", "lines")),
        FileOutcome::Present => format!("{file} is set up already."),
    }
}

pub fn drivers_registered(exe: &str) -> String {
    format!("Registered dmu's merge and diff helpers in this copy's git settings (they run {exe}).")
}

pub fn drivers_moved(old: &str, exe: &str) -> String {
    format!("dmu's merge and diff helpers pointed to {old}, which is no longer there; they now run {exe}.")
}

pub fn no_exe(why: &str) -> String {
    format!(
        "dmu cannot tell where its own program is ({why}), so git cannot be told to merge account files \
         with it; start dmu by its full path and try again"
    )
}

pub fn remote_present(url: &str) -> String {
    format!("Shares with {url}.")
}

pub fn remote_added(url: &str) -> String {
    format!("Set {url} as the shared repository (origin).")
}

pub fn remote_dropped(url: &str) -> String {
    format!("Did not keep {url} as the shared repository; run dmu sync --init again with the right address.")
}

pub fn adopting(branch: &str) -> String {
    format!("The shared repository has accounts already (branch {branch}); dmu merges them with these.")
}

pub fn file_error(path: &str, e: &std::io::Error) -> String {
    format!("could not write {path}: {}", crate::store::io_words(e))
}

// ---- Sync ----

/// Said when a push was rejected and sync tries once more.
pub const RETRYING: &str = "A colleague sent changes meanwhile; dmu took them in and tried again.";

pub fn committed_locally(subject: &str) -> String {
    format!(
        "Your changes are saved in a commit on this computer (“{subject}”): nothing is lost, and they go out \
         with the next dmu sync."
    )
}

pub fn took_in(n: usize) -> String {
    format!("Took in {} from colleagues.", count(n, "commit", "commits"))
}

pub fn mark_failed(why: &str) -> String {
    format!("Synced, but dmu could not note the time of this sync ({why}).")
}

/// The report of a sync or a set-up, one sentence a line.
pub fn report_lines(r: &SyncReport) -> Vec<String> {
    let mut out = r.notes.clone();
    match &r.committed {
        Some(c) => out.push(format!("Committed your changes: {}", c.subject)),
        None if r.notes.iter().any(|n| n == NOTHING_TO_COMMIT) => {}
        None => out.push("No changes here to commit.".into()),
    }
    let Some(remote) = &r.remote else {
        if !r.notes.iter().any(|n| n == NO_REMOTE_YET) {
            out.push(
                "No shared repository is set up, so your changes were committed on this computer only. \
                 To share them: dmu sync --init <address of the shared repository>"
                    .into(),
            );
        }
        return out;
    };
    out.push(match r.pulled {
        0 => "Nothing new from colleagues.".into(),
        n => format!("Took in {} from colleagues.", count(n, "commit", "commits")),
    });
    out.push(match r.pushed {
        0 => "Nothing to send.".into(),
        n => format!("Sent {} to {remote}.", count(n, "commit", "commits")),
    });
    for a in &r.by_others {
        out.push(format!("  Changed by colleagues: {}", account_line(&a.name, &a.what)));
    }
    for c in &r.conflicts {
        out.push(format!(
            "{}: {} — open it in dmu to decide.",
            c.name,
            count(c.count, "conflict", "conflicts")
        ));
    }
    for m in &r.marked {
        out.push(format!("{m}: the file has git's conflict marks — run dmu sync --resolve."));
    }
    out
}

// ---- Commit messages ----

/// What happened to one account, as a commit's first line or a report line says it:
/// "Northwind Machining: 1 person added, 2 people changed".
pub fn account_line(name: &str, what: &What) -> String {
    match what {
        What::Added => format!("{name}: added"),
        What::Removed => format!("{name}: removed"),
        What::Unreadable => format!("{name}: changed (the file is not a valid account)"),
        What::Changed(c) => format!("{name}: {}", counts(c)),
    }
}

fn counts(c: &Counts) -> String {
    let mut parts = Vec::new();
    let mut part = |n: usize, one: &str, other: &str| {
        if n > 0 {
            parts.push(count(n, one, other));
        }
    };
    part(c.people_added, "person added", "people added");
    part(c.people_removed, "person removed", "people removed");
    part(c.people_changed, "person changed", "people changed");
    part(c.conflicts_recorded, "conflict to decide", "conflicts to decide");
    part(c.conflicts_decided, "conflict decided", "conflicts decided");
    part(c.other, "other change", "other changes");
    if parts.is_empty() { "changed".into() } else { parts.join(", ") }
}

/// A line of a commit's body: the account, what changed and its file.
pub fn file_line(a: &AccountChange) -> String {
    format!("{} ({})", account_line(&a.name, &a.what), a.path)
}

/// The first line of a commit that changed several accounts.
pub fn subject_accounts(names: &[&str]) -> String {
    let shown: Vec<&str> = names.iter().copied().take(3).collect();
    let more = names.len().saturating_sub(shown.len());
    let list = if more > 0 { format!("{}, and {more} more", shown.join(", ")) } else { shown.join(", ") };
    format!("{}: {list}", count(names.len(), "account", "accounts"))
}

/// The first line of a commit that changed no account file.
pub fn subject_other_files(files: &[String]) -> String {
    format!("Files beside the accounts: {}", files.join(", "))
}

/// The body line for the files that are not accounts.
pub fn other_files(files: &[String]) -> String {
    format!("Other files: {}", files.join(", "))
}

// ---- Failures ----

/// A git failure in words, with git's own last lines for support.
pub fn git_error(e: &GitError) -> String {
    let (failure, command, said) = match e {
        GitError::NotInstalled => {
            return "git is not installed on this computer, and dmu shares accounts through it. Install git \
                    (https://git-scm.com/downloads, or ask your IT), then run dmu sync again."
                .into();
        }
        GitError::CannotRun(why) => return format!("dmu could not start git: {why}."),
        GitError::Failed { failure, command, said } => (failure, command, said),
    };
    let plain = match failure {
        Failure::Unreachable(remote) if super::git::local_path(remote).is_some() => format!(
            "The shared folder {remote} cannot be found: is the network drive connected? Nothing was lost; \
             run dmu sync again once it is there."
        ),
        Failure::Unreachable(remote) => format!(
            "The shared repository {remote} cannot be reached: are you offline, or is the server down? \
             Nothing was lost; your changes wait here until the next dmu sync."
        ),
        Failure::AuthRefused => {
            "The shared repository did not accept your login (password, token or SSH key). \
             Check that you can sign in to it, or ask whoever set it up for access, then run dmu sync again."
                .into()
        }
        Failure::NotARepo(remote) => format!(
            "{remote} is not a shared git repository. Check the address; a shared folder needs a repository \
             made in it first, with: git init --bare"
        ),
        Failure::Rejected => {
            "The shared repository has changes you do not have yet (a colleague sent theirs \
             just now); run dmu sync again."
                .into()
        }
        Failure::Refused => "The shared repository refused your changes (a rule on the server, such as a \
             protected branch); ask whoever runs it."
            .into(),
        Failure::NoWriteAccess => "You may not write to the shared repository (a read-only folder, or no \
             permission); ask whoever set it up for write access."
            .into(),
        Failure::NotOwner => "git will not work in this folder because it belongs to another user of this \
             computer. If it is yours, run: git config --global --add safe.directory <the folder>"
            .into(),
        Failure::Other => format!("git could not do what dmu asked ({command})."),
    };
    if said.is_empty() { plain } else { format!("{plain}\n{}", git_said(said)) }
}

/// Git's own last lines, for support.
fn git_said(said: &str) -> String {
    let indented: Vec<String> = said.lines().map(|l| format!("  {l}")).collect();
    format!("git said:\n{}", indented.join("\n"))
}

/// Why sync stopped, and what to do.
pub fn sync_error(e: &SyncError) -> String {
    match e {
        SyncError::Git(g) => git_error(g),
        SyncError::NoRepo => {
            "This data folder is not shared yet: run dmu sync --init (followed by the address \
             of the shared repository, if your team has one)."
                .into()
        }
        SyncError::UnfinishedMerge(files) => format!(
            "A merge is unfinished here{}. Run dmu sync --resolve to let dmu merge the account files, or \
             `git merge --abort` in the data folder to go back to before the merge. Nothing was synced.",
            listing(files)
        ),
        SyncError::UnfinishedRebase => "A git rebase is unfinished in this folder. Finish it with \
             `git rebase --continue`, or undo it with `git rebase --abort`, then run dmu sync again."
            .into(),
        SyncError::MergeStopped(files) => format!(
            "Git could not merge {}. Run dmu sync --resolve to merge them the dmu way, or `git merge --abort` \
             in the data folder to go back to before the merge. Nothing was sent.",
            files.join(", ")
        ),
        SyncError::NotOnBranch => {
            "git is not on a branch in this folder (a \"detached HEAD\"), so dmu cannot \
             tell what to sync. Go back to your branch with: git switch main (or your branch's name)"
                .into()
        }
        SyncError::OtherRemote(has, asked) => format!(
            "This folder shares with {has} already, not with {asked}. To change that: \
             git remote set-url origin {asked}, then dmu sync."
        ),
        SyncError::Unrelated(remote) => format!(
            "The shared repository {remote} has a history with nothing in common with this folder's. If it is \
             the right one, join the two with dmu sync --init; otherwise check the address with: git remote -v"
        ),
        SyncError::RejectedTwice(g) => {
            let plain = "Colleagues are sending changes at this very moment, so yours could not go out. Run \
                         dmu sync again in a minute.";
            match g {
                GitError::Failed { said, .. } if !said.is_empty() => format!("{plain}\n{}", git_said(said)),
                _ => plain.into(),
            }
        }
        SyncError::Drivers(why) | SyncError::Io(why) => why.clone(),
    }
}

fn listing(files: &[String]) -> String {
    if files.is_empty() { String::new() } else { format!(" ({})", files.join(", ")) }
}

// ---- Resolve ----

/// This dmu has no merge driver.
/// A file with marks that no merge commit made.
pub const NO_MERGE_TO_REDO: &str = "it has git's conflict marks, but no merge commit made them, so there are \
     no two versions to merge again; open it in a text editor, keep the right lines and remove the marks";
/// A file with marks changed after the merge that made them.
pub const CHANGED_SINCE_MERGE: &str = "it has changed since the merge that left git's conflict marks in it; \
     open it in a text editor, keep the right lines and remove the marks";
/// Removed on both sides.
pub const GONE_BOTH_SIDES: &str = "removed on both sides";

pub fn merge_failed(said: &str) -> String {
    if said.is_empty() {
        "dmu's merge did not give a valid account file".into()
    } else {
        format!("dmu's merge did not give a valid account file: {said}")
    }
}

pub fn scratch_error(path: &str, why: &str) -> String {
    format!("could not prepare the merge in {path}: {why}")
}

/// The message of the commit of files mended by `--resolve`.
pub fn resolve_commit(names: &[&str]) -> String {
    format!("Merge again the dmu way: {} (git had left its conflict marks)", names.join(", "))
}

/// The report of `--resolve`, one sentence a line.
pub fn resolve_lines(r: &ResolveReport) -> Vec<String> {
    let mut out = Vec::new();
    if r.files.is_empty() && r.still_unmerged.is_empty() && !r.finished_merge {
        out.push(
            "Nothing to resolve: no account file waits for a merge or holds git's conflict marks.".into(),
        );
    }
    for f in &r.files {
        out.push(match &f.outcome {
            Outcome::Merged(0) => format!("{} ({}): merged again the dmu way, no conflicts.", f.name, f.path),
            Outcome::Merged(n) => format!(
                "{} ({}): merged again the dmu way; {} — open it in dmu to decide.",
                f.name,
                f.path,
                count(*n, "conflict", "conflicts")
            ),
            Outcome::KeptChanged => format!(
                "{} ({}): removed on one side and changed on the other; the changed version is kept (delete it \
                 again in dmu if it should go).",
                f.name, f.path
            ),
            Outcome::Left(why) => format!("{} ({}): left as it was — {why}.", f.name, f.path),
        });
    }
    if !r.still_unmerged.is_empty() {
        out.push(format!(
            "These files are not account files and still wait for a decision: {}. Fix them, `git add` them, \
             then `git commit`; or `git merge --abort` to go back to before the merge.",
            r.still_unmerged.join(", ")
        ));
    }
    if r.finished_merge {
        out.push("The merge is finished and committed. Run dmu sync to send it to your colleagues.".into());
    } else if r.merge_in_progress {
        out.push(
            "The merge is not finished yet. When the files above are dealt with, run dmu sync --resolve again; \
             or `git merge --abort` to go back to before the merge."
                .into(),
        );
    } else if r.committed {
        out.push("The mended files are committed. Run dmu sync to send them to your colleagues.".into());
    }
    out
}
