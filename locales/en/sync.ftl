# sync
# Set-up (dmu sync --init).
sync-first-commit = Start sharing the accounts with dmu
sync-drivers-present = dmu's merge and diff helpers are already registered in this copy's git settings.
sync-nothing-to-commit = Nothing new to commit.
sync-no-remote-yet = No shared repository yet: the accounts are committed on this computer only. When your team has one, run: dmu sync --init <its address>
sync-repo-created = Made the data folder { $root } a git repository.
sync-repo-found = The data folder { $top } is a git repository already; dmu uses it.
sync-repo-adopted = The data folder is inside the git repository { $top } (as { $prefix }); dmu uses that repository and commits only the data folder's files.
sync-file-created = Wrote { $file }.
sync-file-added = Added { $n ->
    [one] { $n } line
   *[other] { $n } lines
} to { $file }.
sync-file-present = { $file } is set up already.
sync-drivers-registered = Registered dmu's merge and diff helpers in this copy's git settings (they run { $exe }).
sync-drivers-moved = dmu's merge and diff helpers pointed to { $old }, which is no longer there; they now run { $exe }.
sync-no-exe = dmu cannot tell where its own program is ({ $why }), so git cannot be told to merge account files with it; start dmu by its full path and try again
sync-remote-present = Shares with { $url }.
sync-remote-added = Set { $url } as the shared repository (origin).
sync-remote-dropped = Did not keep { $url } as the shared repository; run dmu sync --init again with the right address.
sync-adopting = The shared repository has accounts already (branch { $branch }); dmu merges them with these.
sync-file-error = could not write { $path }: { $why }

# Sync.
sync-retrying = A colleague sent changes meanwhile; dmu took them in and tried again.
sync-committed-locally = Your changes are saved in a commit on this computer (“{ $subject }”): nothing is lost, and they go out with the next dmu sync.
sync-took-in = Took in { $n ->
    [one] { $n } commit
   *[other] { $n } commits
} from colleagues.
sync-mark-failed = Synced, but dmu could not note the time of this sync ({ $why }).
sync-report-committed = Committed your changes: { $subject }
sync-report-nothing-here = No changes here to commit.
sync-report-no-remote = No shared repository is set up, so your changes were committed on this computer only. To share them: dmu sync --init <address of the shared repository>
sync-report-nothing-new = Nothing new from colleagues.
sync-report-nothing-to-send = Nothing to send.
sync-report-sent = Sent { $n ->
    [one] { $n } commit
   *[other] { $n } commits
} to { $remote }.
sync-report-by-others = Changed by colleagues: { $line }
sync-report-conflicts = { $name }: { $n ->
    [one] { $n } conflict
   *[other] { $n } conflicts
} — open it in dmu to decide.
sync-report-marked = { $file }: the file has git's conflict marks — run dmu sync --resolve.

# Commit messages and report lines: what happened to an account.
sync-account-added = { $name }: added
sync-account-removed = { $name }: removed
sync-account-unreadable = { $name }: changed (the file is not a valid account)
sync-account-changed = { $name }: { $counts }
sync-count-changed = changed
sync-count-people-added = { $n ->
    [one] { $n } person added
   *[other] { $n } people added
}
sync-count-people-removed = { $n ->
    [one] { $n } person removed
   *[other] { $n } people removed
}
sync-count-people-changed = { $n ->
    [one] { $n } person changed
   *[other] { $n } people changed
}
sync-count-conflicts-recorded = { $n ->
    [one] { $n } conflict to decide
   *[other] { $n } conflicts to decide
}
sync-count-conflicts-decided = { $n ->
    [one] { $n } conflict decided
   *[other] { $n } conflicts decided
}
sync-count-other = { $n ->
    [one] { $n } other change
   *[other] { $n } other changes
}
sync-subject-accounts = { $n ->
    [one] { $n } account
   *[other] { $n } accounts
}: { $list }
sync-subject-more = { $shown }, and { $more } more
sync-subject-other-files = Files beside the accounts: { $files }
sync-other-files = Other files: { $files }

# Failures.
sync-git-not-installed = git is not installed on this computer, and dmu shares accounts through it. Install git (https://git-scm.com/downloads, or ask your IT), then run dmu sync again.
sync-git-cannot-run = dmu could not start git: { $why }.
sync-git-folder-missing = The shared folder { $remote } cannot be found: is the network drive connected? Nothing was lost; run dmu sync again once it is there.
sync-git-unreachable = The shared repository { $remote } cannot be reached: are you offline, or is the server down? Nothing was lost; your changes wait here until the next dmu sync.
sync-git-auth-refused = The shared repository did not accept your login (password, token or SSH key). Check that you can sign in to it, or ask whoever set it up for access, then run dmu sync again.
sync-git-not-a-repo = { $remote } is not a shared git repository. Check the address; a shared folder needs a repository made in it first, with: git init --bare
sync-git-rejected = The shared repository has changes you do not have yet (a colleague sent theirs just now); run dmu sync again.
sync-git-refused = The shared repository refused your changes (a rule on the server, such as a protected branch); ask whoever runs it.
sync-git-no-write = You may not write to the shared repository (a read-only folder, or no permission); ask whoever set it up for write access.
sync-git-not-owner = git will not work in this folder because it belongs to another user of this computer. If it is yours, run: git config --global --add safe.directory <the folder>
sync-git-other = git could not do what dmu asked ({ $command }).
sync-git-said = git said:
sync-no-repo = This data folder is not shared yet: run dmu sync --init (followed by the address of the shared repository, if your team has one).
sync-unfinished-merge = A merge is unfinished here. Run dmu sync --resolve to let dmu merge the account files, or `git merge --abort` in the data folder to go back to before the merge. Nothing was synced.
sync-unfinished-merge-files = A merge is unfinished here ({ $files }). Run dmu sync --resolve to let dmu merge the account files, or `git merge --abort` in the data folder to go back to before the merge. Nothing was synced.
sync-unfinished-rebase = A git rebase is unfinished in this folder. Finish it with `git rebase --continue`, or undo it with `git rebase --abort`, then run dmu sync again.
sync-merge-stopped = Git could not merge { $files }. Run dmu sync --resolve to merge them the dmu way, or `git merge --abort` in the data folder to go back to before the merge. Nothing was sent.
sync-not-on-branch = git is not on a branch in this folder (a "detached HEAD"), so dmu cannot tell what to sync. Go back to your branch with: git switch main (or your branch's name)
sync-other-remote = This folder shares with { $has } already, not with { $asked }. To change that: git remote set-url origin { $asked }, then dmu sync.
sync-unrelated = The shared repository { $remote } has a history with nothing in common with this folder's. If it is the right one, join the two with dmu sync --init; otherwise check the address with: git remote -v
sync-rejected-twice = Colleagues are sending changes at this very moment, so yours could not go out. Run dmu sync again in a minute.

# Resolve (dmu sync --resolve).
sync-no-merge-to-redo = it has git's conflict marks, but no merge commit made them, so there are no two versions to merge again; open it in a text editor, keep the right lines and remove the marks
sync-changed-since-merge = it has changed since the merge that left git's conflict marks in it; open it in a text editor, keep the right lines and remove the marks
sync-gone-both-sides = removed on both sides
sync-merge-failed = dmu's merge did not give a valid account file
sync-merge-failed-said = dmu's merge did not give a valid account file: { $said }
sync-scratch-error = could not prepare the merge in { $path }: { $why }
sync-resolve-commit = Merge again the dmu way: { $names } (git had left its conflict marks)
sync-resolve-nothing = Nothing to resolve: no account file waits for a merge or holds git's conflict marks.
sync-resolve-clean = { $name } ({ $path }): merged again the dmu way, no conflicts.
sync-resolve-conflicts = { $name } ({ $path }): merged again the dmu way; { $n ->
    [one] { $n } conflict
   *[other] { $n } conflicts
} — open it in dmu to decide.
sync-resolve-kept-changed = { $name } ({ $path }): removed on one side and changed on the other; the changed version is kept (delete it again in dmu if it should go).
sync-resolve-left = { $name } ({ $path }): left as it was — { $why }.
sync-resolve-still-unmerged = These files are not account files and still wait for a decision: { $files }. Fix them, `git add` them, then `git commit`; or `git merge --abort` to go back to before the merge.
sync-resolve-finished = The merge is finished and committed. Run dmu sync to send it to your colleagues.
sync-resolve-in-progress = The merge is not finished yet. When the files above are dealt with, run dmu sync --resolve again; or `git merge --abort` to go back to before the merge.
sync-resolve-committed = The mended files are committed. Run dmu sync to send them to your colleagues.
