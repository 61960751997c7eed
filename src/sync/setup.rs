//! `dmu sync --init [REMOTE]`: make the data folder a git repository (or use the one
//! it is in), say what git should merge with dmu and what it should never see, register
//! dmu's helpers, make a first commit, and join a shared repository.
//!
//! Every step checks first, so running it again changes nothing that is in place and
//! says what it found.

use super::drivers::{self, DriverState};
use super::error::{SyncError, SyncFailure};
use super::git::{self, Failure, GitError};
use super::repo::{Repo, split_z};
use super::run::{self, Remote, SyncOptions, SyncReport};
use super::words;
use std::path::Path;

/// The lines `.gitattributes` needs: account files merge and diff through dmu; the
/// two git files themselves merge as lists of lines (two copies that each added a line
/// keep both).
pub const ATTRIBUTES: [&str; 3] =
    ["accounts/*.json merge=dmu diff=dmu", ".gitattributes merge=union", ".gitignore merge=union"];

/// The lines `.gitignore` needs: what the store writes that belongs to this machine
/// only (see `crate::store::DataDir`): backups, locks and temporaries beside the
/// account files, unsaved edits kept for recovery, the trash, and dmu's own state.
pub const IGNORED: [&str; 6] =
    ["/accounts/*.bak", "/accounts/.*", "*.tmp-*", "/recovery/", "/trash/", "/.dmu/"];

/// What became of one of the two files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileOutcome {
    Created,
    /// Lines added to a file that was there.
    Added(usize),
    /// Everything needed was there.
    Present,
}

/// Sets up sharing for the data folder at `root` (see the module's documentation),
/// with `remote` as the shared repository when given.
pub fn init(root: &Path, remote: Option<&str>, opts: &SyncOptions) -> Result<SyncReport, SyncFailure> {
    if !git::installed() {
        return Err(GitError::NotInstalled.into());
    }
    let mut report = SyncReport::default();
    let mut done = Vec::new();
    let fresh = match Repo::find(root, opts.prompts)? {
        Some(r) => {
            report.notes.push(found_note(&r));
            false
        }
        None => {
            // A new repository's branch is `main` unless the user chose a default.
            let mut args = vec!["init", "-q"];
            if git::raw(root, &["config", "--get", "init.defaultBranch"], false)?.text().is_empty() {
                args.extend_from_slice(&["-b", "main"]);
            }
            let r = git::raw(root, &args, false)?;
            if !r.ok {
                return Err(r.error(None).into());
            }
            report.notes.push(words::repo_created(&root.display().to_string()));
            true
        }
    };
    let repo = run::open(root, opts)?;
    if !fresh {
        run::refuse_unfinished(&repo)?;
    }
    match drivers::ensure(&repo.git) {
        DriverState::Broken(why) => return Err(SyncError::Drivers(why).into()),
        DriverState::Repaired(what) => report.notes.push(what),
        DriverState::Registered | DriverState::NoRepo => report.notes.push(words::drivers_present()),
    }
    let branch = repo.branch()?.ok_or(SyncError::NotOnBranch)?;
    // With a shared repository, look at it before anything is written or committed
    // here: a copy with no commit yet can take its branch as it is.
    // When it cannot be reached, the set-up here is finished all the same (and
    // committed) before saying so.
    let (remote, unreachable) = match join_remote(&repo, remote, &mut report)? {
        Some((url, added)) => match shared_branch(&repo, url.clone(), &branch, &mut report, &mut done) {
            Ok(r) => (Some(r), None),
            Err(e) => {
                if added
                    && matches!(
                        &e.error,
                        SyncError::Git(GitError::Failed { failure: Failure::NotARepo(_), .. })
                    )
                {
                    // Not a repository: the address was wrong, so it does not stay.
                    repo.git.run(&["remote", "remove", "origin"])?;
                    done.push(words::remote_dropped(&url));
                }
                (None, Some(e))
            }
        },
        None => (None, None),
    };
    for (file, outcome) in ensure_files(root)? {
        report.notes.push(words::file_outcome(file, outcome));
    }
    let first = repo.head()?.is_none();
    report.committed = run::commit_local(&repo, first.then(words::first_commit).as_deref())?;
    match &report.committed {
        Some(c) => done.push(words::committed_locally(&c.subject)),
        None => report.notes.push(words::nothing_to_commit()),
    }
    if let Some(e) = unreachable {
        return Err(SyncFailure::new(e.error, done));
    }
    let Some(remote) = remote else {
        report.notes.push(words::no_remote_yet());
        return Ok(report);
    };
    // Merges what the shared repository has (unrelated histories are expected here:
    // two folders set up apart), through dmu's merge driver, and pushes.
    run::exchange(&repo, &remote, true, &mut report, &mut done)?;
    run::finish(root, &mut report);
    Ok(report)
}

/// Fetches from the shared repository and picks the branch to follow: ours when it has
/// it, else its default branch. A repository with no commit yet takes that branch's
/// name, and its content when no file here is in the way ([`adopt`]).
fn shared_branch(
    repo: &Repo,
    url: String,
    branch: &str,
    report: &mut SyncReport,
    done: &mut Vec<String>,
) -> Result<Remote, SyncFailure> {
    let mut remote = Remote { name: "origin".into(), url, branch: branch.to_string(), set_upstream: true };
    run::fetch(repo, &remote).map_err(|e| SyncFailure::new(e, done.clone()))?;
    let theirs = remote_branches(repo)?;
    if theirs.is_empty() {
        return Ok(remote);
    }
    if !theirs.contains(&remote.branch) {
        remote.branch = remote_head(repo, &remote.url)
            .filter(|h| theirs.contains(h))
            .or_else(|| ["main", "master"].into_iter().map(String::from).find(|b| theirs.contains(b)))
            .unwrap_or_else(|| theirs[0].clone());
    }
    report.notes.push(words::adopting(&remote.branch));
    if repo.head()?.is_none() {
        // An older repository keeps its branch's name and follows theirs.
        repo.git.run(&["symbolic-ref", "HEAD", &format!("refs/heads/{}", remote.branch)])?;
        adopt(repo, &format!("refs/remotes/origin/{}", remote.branch), report, done)?;
    }
    Ok(remote)
}

/// A repository with no commit yet takes the shared branch as it is, under the files
/// here, so that joining makes no merge commit. Git will not overwrite a file that is
/// not in a commit, even with the same content: files the branch has with the same
/// content are set aside first (and put back if git still refuses); when one differs,
/// nothing is done, and it is merged after the first commit instead. Returns whether
/// the branch was taken.
fn adopt(
    repo: &Repo,
    tracking: &str,
    report: &mut SyncReport,
    done: &mut Vec<String>,
) -> Result<bool, SyncFailure> {
    let scope = repo.scope();
    let listed = repo.git.output(&["ls-tree", "-r", "-z", tracking, "--", &scope])?;
    if !listed.ok {
        return Err(listed.error(None).into());
    }
    let mut same = Vec::new();
    for entry in split_z(&listed.stdout) {
        let Some((meta, path)) = entry.split_once('\t') else { continue };
        let oid = meta.split(' ').nth(2).unwrap_or_default();
        let file = repo.file(path);
        match std::fs::read(&file) {
            Ok(bytes) if repo.git.run(&["hash-object", "--", path])? == oid => same.push((file, bytes)),
            Ok(_) => return Ok(false),
            Err(_) if file.symlink_metadata().is_err() => {}
            Err(_) => return Ok(false),
        }
    }
    let put_back = |files: &[(std::path::PathBuf, Vec<u8>)]| {
        for (f, bytes) in files {
            if f.symlink_metadata().is_err() {
                let _ = crate::store::write_atomic(f, bytes, false);
            }
        }
    };
    for (f, _) in &same {
        if std::fs::remove_file(f).is_err() {
            put_back(&same);
            return Ok(false);
        }
    }
    match run::merge_in(repo, tracking, false, report, done) {
        Ok(()) => Ok(true),
        Err(_) => {
            // Whatever stopped git stops the merge after the first commit too, which
            // then says why.
            put_back(&same);
            Ok(false)
        }
    }
}

/// What the data folder's repository was when `--init` found one.
fn found_note(repo: &Repo) -> String {
    let top = repo.git.top().display().to_string();
    if repo.prefix.is_empty() {
        words::repo_found(&top)
    } else {
        words::repo_adopted(&top, repo.prefix.trim_end_matches('/'))
    }
}

/// Sets `origin` to `remote` (or checks that it is that already); returns the remote
/// to share with, if any, and whether it was added just now.
fn join_remote(
    repo: &Repo,
    remote: Option<&str>,
    report: &mut SyncReport,
) -> Result<Option<(String, bool)>, SyncFailure> {
    let r = repo.git.output(&["remote", "get-url", "origin"])?;
    let existing = r.ok.then(|| r.text()).filter(|u| !u.is_empty());
    match (existing, remote) {
        (Some(has), Some(asked)) if same_remote(repo.git.top(), &has, asked) => {
            report.notes.push(words::remote_present(&has));
            Ok(Some((has, false)))
        }
        (Some(has), Some(asked)) => Err(SyncError::OtherRemote(has, asked.to_string()).into()),
        (Some(has), None) => {
            report.notes.push(words::remote_present(&has));
            Ok(Some((has, false)))
        }
        (None, Some(asked)) => {
            repo.git.run(&["remote", "add", "origin", asked])?;
            report.notes.push(words::remote_added(asked));
            Ok(Some((asked.to_string(), true)))
        }
        (None, None) => Ok(None),
    }
}

/// Whether two ways of writing a remote name the same one (the same text, or the same
/// folder on this machine).
fn same_remote(top: &Path, a: &str, b: &str) -> bool {
    if a.trim_end_matches('/') == b.trim_end_matches('/') {
        return true;
    }
    match (git::local_path(a), git::local_path(b)) {
        (Some(x), Some(y)) => {
            let canon = |p: &Path| std::fs::canonicalize(top.join(p)).ok();
            canon(&x).is_some() && canon(&x) == canon(&y)
        }
        _ => false,
    }
}

/// The branches `origin` has (after a fetch).
fn remote_branches(repo: &Repo) -> Result<Vec<String>, GitError> {
    let out = repo.git.run(&["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/origin/"])?;
    Ok(out.lines().filter(|b| !b.is_empty() && *b != "HEAD").map(String::from).collect())
}

/// The branch the shared repository's HEAD names, if it says.
fn remote_head(repo: &Repo, url: &str) -> Option<String> {
    let out = repo.git.run_remote(&["ls-remote", "--symref", "origin", "HEAD"], url).ok()?;
    out.lines()
        .find_map(|l| l.strip_prefix("ref: refs/heads/"))
        .and_then(|rest| rest.split('\t').next())
        .map(String::from)
}

/// Writes `.gitattributes` and `.gitignore` in the data folder, adding only the lines
/// they lack (the user's own lines stay).
pub fn ensure_files(root: &Path) -> Result<Vec<(&'static str, FileOutcome)>, SyncError> {
    let mut out = Vec::new();
    for (file, header, lines) in [
        (".gitattributes", words::ATTRIBUTES_HEADER, &ATTRIBUTES[..]),
        (".gitignore", words::IGNORE_HEADER, &IGNORED[..]),
    ] {
        out.push((file, ensure_lines(&root.join(file), header, lines)?));
    }
    Ok(out)
}

/// As [`ensure_files`], as sentences for what was written only (for `dmu sync`).
pub(crate) fn ensure_files_quietly(root: &Path) -> Result<Vec<String>, SyncFailure> {
    Ok(ensure_files(root)?
        .into_iter()
        .filter(|(_, o)| *o != FileOutcome::Present)
        .map(|(f, o)| words::file_outcome(f, o))
        .collect())
}

fn ensure_lines(path: &Path, header: &str, lines: &[&str]) -> Result<FileOutcome, SyncError> {
    let io = |e: std::io::Error| SyncError::Io(words::file_error(&path.display().to_string(), &e));
    let existing = match std::fs::read_to_string(path) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    let text = existing.clone().unwrap_or_default();
    let have: Vec<&str> = text.lines().map(str::trim).collect();
    let missing: Vec<&str> = lines.iter().copied().filter(|l| !have.contains(l)).collect();
    if missing.is_empty() {
        return Ok(FileOutcome::Present);
    }
    let mut new = text.clone();
    if !new.is_empty() && !new.ends_with('\n') {
        new.push('\n');
    }
    if !have.contains(&header) {
        if !new.is_empty() {
            new.push('\n');
        }
        new.push_str(header);
        new.push('\n');
    }
    for l in &missing {
        new.push_str(l);
        new.push('\n');
    }
    crate::store::write_atomic(path, new.as_bytes(), false).map_err(io)?;
    #[cfg(unix)]
    {
        // Shared with the team: readable like any file git checks out.
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644));
    }
    Ok(if existing.is_some() { FileOutcome::Added(missing.len()) } else { FileOutcome::Created })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_files_get_only_the_lines_they_lack() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let got = ensure_files(root).unwrap();
        assert_eq!(got, [(".gitattributes", FileOutcome::Created), (".gitignore", FileOutcome::Created)]);
        assert_eq!(ensure_files(root).unwrap()[1].1, FileOutcome::Present);
        let ignore = std::fs::read_to_string(root.join(".gitignore")).unwrap();
        assert!(ignore.lines().any(|l| l == "/trash/"), "{ignore}");

        std::fs::write(root.join(".gitignore"), "notes.txt\n/trash/").unwrap();
        assert_eq!(ensure_files(root).unwrap()[1].1, FileOutcome::Added(IGNORED.len() - 1));
        let ignore = std::fs::read_to_string(root.join(".gitignore")).unwrap();
        assert!(ignore.starts_with("notes.txt\n/trash/\n"), "{ignore}");
        assert_eq!(ignore.lines().filter(|l| *l == "/trash/").count(), 1, "{ignore}");
        assert_eq!(ensure_files(root).unwrap()[1].1, FileOutcome::Present);
    }

    #[test]
    fn the_same_remote_written_two_ways_is_the_same() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("team.git")).unwrap();
        let abs = dir.path().join("team.git").display().to_string();
        assert!(same_remote(dir.path(), &abs, &format!("{abs}/")));
        assert!(same_remote(dir.path(), "team.git", &abs));
        assert!(!same_remote(dir.path(), "https://a/x.git", "https://a/y.git"));
    }
}
