//! Every sentence sync says to the rep — what it did, why it stopped and what to do,
//! and the commit messages it writes — as messages of `locales/*/sync.ftl`, in the
//! language of the interface. Git's own words appear only after "git said:", for
//! support. The lines dmu writes into `.gitattributes`, `.gitignore` and git's
//! settings stay English: they are shared files, the same for every rep of a team.

use super::error::SyncError;
use super::git::{Failure, GitError};
use super::resolve::{Outcome, ResolveReport};
use super::run::SyncReport;
use super::setup::FileOutcome;
use super::summary::{AccountChange, Counts, What};
use crate::t;

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
pub fn first_commit() -> String {
    t!("sync-first-commit")
}

/// `--init` found the helpers registered.
pub fn drivers_present() -> String {
    t!("sync-drivers-present")
}

/// `--init` found nothing to commit.
pub fn nothing_to_commit() -> String {
    t!("sync-nothing-to-commit")
}

/// `--init` without a remote.
pub fn no_remote_yet() -> String {
    t!("sync-no-remote-yet")
}

pub fn repo_created(root: &str) -> String {
    t!("sync-repo-created", root = root)
}

pub fn repo_found(top: &str) -> String {
    t!("sync-repo-found", top = top)
}

pub fn repo_adopted(top: &str, prefix: &str) -> String {
    t!("sync-repo-adopted", top = top, prefix = prefix)
}

pub fn file_outcome(file: &str, outcome: FileOutcome) -> String {
    match outcome {
        FileOutcome::Created => t!("sync-file-created", file = file),
        FileOutcome::Added(n) => t!("sync-file-added", file = file, n = n),
        FileOutcome::Present => t!("sync-file-present", file = file),
    }
}

pub fn drivers_registered(exe: &str) -> String {
    t!("sync-drivers-registered", exe = exe)
}

pub fn drivers_moved(old: &str, exe: &str) -> String {
    t!("sync-drivers-moved", old = old, exe = exe)
}

pub fn no_exe(why: &str) -> String {
    t!("sync-no-exe", why = why)
}

pub fn remote_present(url: &str) -> String {
    t!("sync-remote-present", url = url)
}

pub fn remote_added(url: &str) -> String {
    t!("sync-remote-added", url = url)
}

pub fn remote_dropped(url: &str) -> String {
    t!("sync-remote-dropped", url = url)
}

pub fn adopting(branch: &str) -> String {
    t!("sync-adopting", branch = branch)
}

pub fn file_error(path: &str, e: &std::io::Error) -> String {
    t!("sync-file-error", path = path, why = crate::store::io_words(e))
}

// ---- Sync ----

/// Said when a push was rejected and sync tries once more.
pub fn retrying() -> String {
    t!("sync-retrying")
}

pub fn committed_locally(subject: &str) -> String {
    t!("sync-committed-locally", subject = subject)
}

pub fn took_in(n: usize) -> String {
    t!("sync-took-in", n = n)
}

pub fn mark_failed(why: &str) -> String {
    t!("sync-mark-failed", why = why)
}

/// The report of a sync or a set-up, one sentence a line.
pub fn report_lines(r: &SyncReport) -> Vec<String> {
    let mut out = r.notes.clone();
    match &r.committed {
        Some(c) => out.push(t!("sync-report-committed", subject = &c.subject)),
        None if r.notes.contains(&nothing_to_commit()) => {}
        None => out.push(t!("sync-report-nothing-here")),
    }
    let Some(remote) = &r.remote else {
        if !r.notes.contains(&no_remote_yet()) {
            out.push(t!("sync-report-no-remote"));
        }
        return out;
    };
    out.push(match r.pulled {
        0 => t!("sync-report-nothing-new"),
        n => took_in(n),
    });
    out.push(match r.pushed {
        0 => t!("sync-report-nothing-to-send"),
        n => t!("sync-report-sent", n = n, remote = remote),
    });
    for a in &r.by_others {
        // Indented under the lines above, in either language.
        out.push(format!("  {}", t!("sync-report-by-others", line = account_line(&a.name, &a.what))));
    }
    for c in &r.conflicts {
        out.push(t!("sync-report-conflicts", name = &c.name, n = c.count));
    }
    for m in &r.marked {
        out.push(t!("sync-report-marked", file = m));
    }
    out
}

// ---- Commit messages ----

/// What happened to one account, as a commit's first line or a report line says it:
/// "Northwind Machining: 1 person added, 2 people changed".
pub fn account_line(name: &str, what: &What) -> String {
    match what {
        What::Added => t!("sync-account-added", name = name),
        What::Removed => t!("sync-account-removed", name = name),
        What::Unreadable => t!("sync-account-unreadable", name = name),
        What::Changed(c) => t!("sync-account-changed", name = name, counts = counts(c)),
    }
}

fn counts(c: &Counts) -> String {
    let parts: Vec<String> = [
        (c.people_added, "sync-count-people-added"),
        (c.people_removed, "sync-count-people-removed"),
        (c.people_changed, "sync-count-people-changed"),
        (c.conflicts_recorded, "sync-count-conflicts-recorded"),
        (c.conflicts_decided, "sync-count-conflicts-decided"),
        (c.other, "sync-count-other"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| count_part(id, n))
    .collect();
    if parts.is_empty() { t!("sync-count-changed") } else { parts.join(", ") }
}

/// One part of [`counts`]: the ids are literals so the catalogue's test finds them.
fn count_part(id: &str, n: usize) -> String {
    match id {
        "sync-count-people-added" => t!("sync-count-people-added", n = n),
        "sync-count-people-removed" => t!("sync-count-people-removed", n = n),
        "sync-count-people-changed" => t!("sync-count-people-changed", n = n),
        "sync-count-conflicts-recorded" => t!("sync-count-conflicts-recorded", n = n),
        "sync-count-conflicts-decided" => t!("sync-count-conflicts-decided", n = n),
        _ => t!("sync-count-other", n = n),
    }
}

/// A line of a commit's body: the account, what changed and its file.
pub fn file_line(a: &AccountChange) -> String {
    format!("{} ({})", account_line(&a.name, &a.what), a.path)
}

/// The first line of a commit that changed several accounts.
pub fn subject_accounts(names: &[&str]) -> String {
    let shown: Vec<&str> = names.iter().copied().take(3).collect();
    let more = names.len().saturating_sub(shown.len());
    let list = if more > 0 {
        t!("sync-subject-more", shown = shown.join(", "), more = more)
    } else {
        shown.join(", ")
    };
    t!("sync-subject-accounts", n = names.len(), list = list)
}

/// The first line of a commit that changed no account file.
pub fn subject_other_files(files: &[String]) -> String {
    t!("sync-subject-other-files", files = files.join(", "))
}

/// The body line for the files that are not accounts.
pub fn other_files(files: &[String]) -> String {
    t!("sync-other-files", files = files.join(", "))
}

// ---- Failures ----

/// A git failure in words, with git's own last lines for support.
pub fn git_error(e: &GitError) -> String {
    let (failure, command, said) = match e {
        GitError::NotInstalled => return t!("sync-git-not-installed"),
        GitError::CannotRun(why) => return t!("sync-git-cannot-run", why = why),
        GitError::Failed { failure, command, said } => (failure, command, said),
    };
    let plain = failure_words(failure, command);
    if said.is_empty() { plain } else { format!("{plain}\n{}", git_said(said)) }
}

fn failure_words(failure: &Failure, command: &str) -> String {
    match failure {
        Failure::Unreachable(remote) if super::git::local_path(remote).is_some() => {
            t!("sync-git-folder-missing", remote = remote)
        }
        Failure::Unreachable(remote) => t!("sync-git-unreachable", remote = remote),
        Failure::AuthRefused => t!("sync-git-auth-refused"),
        Failure::NotARepo(remote) => t!("sync-git-not-a-repo", remote = remote),
        Failure::Rejected => t!("sync-git-rejected"),
        Failure::Refused => t!("sync-git-refused"),
        Failure::NoWriteAccess => t!("sync-git-no-write"),
        Failure::NotOwner => t!("sync-git-not-owner"),
        Failure::Other => t!("sync-git-other", command = command),
    }
}

/// Git's own last lines, for support.
fn git_said(said: &str) -> String {
    let indented: Vec<String> = said.lines().map(|l| format!("  {l}")).collect();
    format!("{}\n{}", t!("sync-git-said"), indented.join("\n"))
}

/// Why sync stopped, and what to do.
pub fn sync_error(e: &SyncError) -> String {
    match e {
        SyncError::Git(g) => git_error(g),
        SyncError::NoRepo => t!("sync-no-repo"),
        SyncError::UnfinishedMerge(files) if files.is_empty() => t!("sync-unfinished-merge"),
        SyncError::UnfinishedMerge(files) => t!("sync-unfinished-merge-files", files = files.join(", ")),
        SyncError::UnfinishedRebase => t!("sync-unfinished-rebase"),
        SyncError::MergeStopped(files) => t!("sync-merge-stopped", files = files.join(", ")),
        SyncError::NotOnBranch => t!("sync-not-on-branch"),
        SyncError::OtherRemote(has, asked) => t!("sync-other-remote", has = has, asked = asked),
        SyncError::Unrelated(remote) => t!("sync-unrelated", remote = remote),
        SyncError::RejectedTwice(g) => {
            let plain = t!("sync-rejected-twice");
            match g {
                GitError::Failed { said, .. } if !said.is_empty() => format!("{plain}\n{}", git_said(said)),
                _ => plain,
            }
        }
        SyncError::Drivers(why) | SyncError::Io(why) => why.clone(),
    }
}

// ---- Resolve ----

/// A file with marks that no merge commit made.
pub fn no_merge_to_redo() -> String {
    t!("sync-no-merge-to-redo")
}

/// A file with marks changed after the merge that made them.
pub fn changed_since_merge() -> String {
    t!("sync-changed-since-merge")
}

/// Removed on both sides.
pub fn gone_both_sides() -> String {
    t!("sync-gone-both-sides")
}

pub fn merge_failed(said: &str) -> String {
    if said.is_empty() { t!("sync-merge-failed") } else { t!("sync-merge-failed-said", said = said) }
}

pub fn scratch_error(path: &str, why: &str) -> String {
    t!("sync-scratch-error", path = path, why = why)
}

/// The message of the commit of files mended by `--resolve`.
pub fn resolve_commit(names: &[&str]) -> String {
    t!("sync-resolve-commit", names = names.join(", "))
}

/// What `--resolve` did with one file.
fn resolved_file(name: &str, path: &str, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Merged(0) => t!("sync-resolve-clean", name = name, path = path),
        Outcome::Merged(n) => t!("sync-resolve-conflicts", name = name, path = path, n = *n),
        Outcome::KeptChanged => t!("sync-resolve-kept-changed", name = name, path = path),
        Outcome::Left(why) => t!("sync-resolve-left", name = name, path = path, why = why),
    }
}

/// The report of `--resolve`, one sentence a line.
pub fn resolve_lines(r: &ResolveReport) -> Vec<String> {
    let mut out = Vec::new();
    if r.files.is_empty() && r.still_unmerged.is_empty() && !r.finished_merge {
        out.push(t!("sync-resolve-nothing"));
    }
    for f in &r.files {
        out.push(resolved_file(&f.name, &f.path, &f.outcome));
    }
    if !r.still_unmerged.is_empty() {
        out.push(t!("sync-resolve-still-unmerged", files = r.still_unmerged.join(", ")));
    }
    if r.finished_merge {
        out.push(t!("sync-resolve-finished"));
    } else if r.merge_in_progress {
        out.push(t!("sync-resolve-in-progress"));
    } else if r.committed {
        out.push(t!("sync-resolve-committed"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    fn changed(c: Counts) -> String {
        account_line("Северсталь", &What::Changed(c))
    }

    #[test]
    fn english_reads_as_before() {
        let c = Counts { people_added: 1, people_changed: 2, ..Counts::default() };
        assert_eq!(
            account_line("Northwind", &What::Changed(c)),
            "Northwind: 1 person added, 2 people changed"
        );
        assert_eq!(took_in(1), "Took in 1 commit from colleagues.");
        assert_eq!(subject_accounts(&["A", "B", "C", "D", "E"]), "5 accounts: A, B, C, and 2 more");
        assert_eq!(file_outcome(".gitignore", FileOutcome::Added(3)), "Added 3 lines to .gitignore.");
    }

    #[test]
    fn russian_counts_take_the_form_of_their_number() {
        with_lang(Lang::Ru, || {
            assert_eq!(took_in(1), "От коллег принят 1 коммит.");
            assert_eq!(took_in(3), "От коллег принято 3 коммита.");
            assert_eq!(took_in(5), "От коллег принято 5 коммитов.");
            assert_eq!(took_in(21), "От коллег принят 21 коммит.");
            assert_eq!(took_in(12), "От коллег принято 12 коммитов.");
            let c =
                Counts { people_added: 1, people_removed: 3, conflicts_recorded: 11, ..Counts::default() };
            assert_eq!(
                changed(c),
                "Северсталь: добавлен 1 человек, удалены 3 человека, 11 конфликтов ждут решения"
            );
            assert_eq!(changed(Counts { other: 22, ..Counts::default() }), "Северсталь: 22 других изменения");
            assert_eq!(changed(Counts::default()), "Северсталь: изменён");
            assert_eq!(subject_accounts(&["А", "Б"]), "2 аккаунта: А, Б");
            assert_eq!(subject_accounts(&["А", "Б", "В", "Г", "Д"]), "5 аккаунтов: А, Б, В и ещё 2");
            assert_eq!(file_outcome(".gitignore", FileOutcome::Added(1)), "В .gitignore добавлена 1 строка.");
            assert_eq!(file_outcome(".gitignore", FileOutcome::Added(4)), "В .gitignore добавлены 4 строки.");
        });
    }

    #[test]
    fn a_russian_report_says_everything_in_russian_and_keeps_gits_words_apart() {
        with_lang(Lang::Ru, || {
            let r =
                SyncReport { remote: Some("origin".into()), pulled: 2, pushed: 5, ..SyncReport::default() };
            let lines = report_lines(&r);
            assert_eq!(
                lines,
                [
                    "Здесь нет изменений для коммита.",
                    "От коллег принято 2 коммита.",
                    "Отправлено 5 коммитов в origin.",
                ]
            );
            let e = GitError::Failed {
                failure: Failure::AuthRefused,
                command: "git push".into(),
                said: "denied".into(),
            };
            let text = git_error(&e);
            assert!(text.starts_with("Общий репозиторий не принял"), "{text}");
            assert!(text.ends_with("ответ git:\n  denied"), "{text}");
            assert!(sync_error(&SyncError::NoRepo).contains("dmu sync --init"));
        });
    }
}
