# tui-app
# The TUI's own messages: navigation, the trash, sharing through git, sessions, dialogs.

## Navigation and the trash
tui-app-history-dropped = Undo history for { $account } dropped: the file changed since
tui-app-trash-title = { $n ->
    [0] Trash: no accounts
    [one] Trash: { $n } account · r puts it back into accounts/
   *[other] Trash: { $n } accounts, newest first · r puts the selected one back into accounts/
}
tui-app-trash-empty = The trash is empty. Accounts deleted with d on the portfolio go here, and can be put back from here.
tui-app-trash-column-account = Account
tui-app-trash-column-trashed = Trashed
tui-app-trash-column-file = File in the trash
tui-app-trash-unreadable = { $slug }.json (does not load)
tui-app-trash-nothing = Nothing is in the trash
tui-app-restored = Restored { $account } to accounts/{ $file }
tui-app-restored-renamed = Restored { $account } as accounts/{ $file }: a file is named { $taken } now, and a restore never writes over one

## Sharing through git: the sync key
tui-app-syncing-with = { $spinner } Syncing with { $remote }… { $secs }s
tui-app-syncing = { $spinner } Syncing… { $secs }s
tui-app-already-syncing = A sync is running already (for { $secs }s); what it did shows here when it is done
tui-app-quit-waits = A sync is running: dmu quits when it is done. Press { $key } again to quit now (git finishes the step it is on, and the next sync does the rest)
tui-app-unsaved-first = Not synced: the open account's last edit is not saved ({ $why }). A sync sends what is on disk; once the account is saved (see the status bar), sync again
tui-app-not-shared = This data folder is not shared yet. To share it with your team, quit dmu and run in a terminal: dmu sync --init <address of the shared repository> (or without an address, to start with a repository on this computer). docs/team-sync.md explains the set-up step by step.
tui-app-cannot-start = Could not start the sync: { $why }
tui-app-thread-gone = the sync stopped unexpectedly; run dmu sync in a terminal to see why
tui-app-nothing-new-with = Synced with { $remote }: nothing new either way
tui-app-nothing-new = Synced: nothing new to commit
tui-app-synced-with = Synced with { $remote }
tui-app-synced = Synced
tui-app-sync-stopped = The sync stopped
tui-app-notice-close = Esc closes this.
tui-app-decide-here = To decide conflicts: open the account, then press { $key }.
tui-app-reloaded = The open account, { $account }, changed with the sync: it is read again from disk (its undo history starts afresh)
tui-app-reload-failed = The open account, { $account }, changed with the sync, but could not be read again: { $why }

## Conflicts from a merge
tui-app-conflicts-banner = { $n ->
    [one] ⚠ { $n } conflict from a merge — press { $key } to decide
   *[other] ⚠ { $n } conflicts from a merge — press { $key } to decide
}
tui-app-conflicts-title = { $n ->
    [0] Conflicts from a merge
   *[other] Conflicts from a merge · { $n } to decide
}
tui-app-conflicts-none-left = No conflicts left to decide: every value a merge had to choose between is settled. Esc goes back to the account; u undoes the last decision.
tui-app-no-conflicts = This account has no conflicts from a merge to decide
tui-app-conflict-ours = Ours (this copy)
tui-app-conflict-theirs = Theirs (the other copy)
tui-app-conflict-base = Before both
tui-app-conflict-kept = The merge kept
tui-app-conflict-rule = Rule
tui-app-kept-theirs = theirs, until you decide
tui-app-kept-ours = ours, until you decide
tui-app-set-by = set by { $who }, { $when }
tui-app-set-at = set { $when }
tui-app-merged-at = who set it is not in the history; merged { $when }
tui-app-decide-hint = { $ours } keeps ours, { $theirs } takes theirs: each decision is one edit, which { $undo } undoes
tui-app-not-there = not there
tui-app-decided = decided { $place }: { $value } ({ $side })
tui-app-decide-refused = Cannot decide it that way: { $why }; nothing was changed

## The portfolio's sync marks
tui-app-last-sync = last sync: { $at }
tui-app-never-synced = never synced
tui-app-sync-column = Sync
tui-app-info-conflicts = { $n ->
    [one] ⚠ { $n } conflict from a merge to decide: open the account and press { $key }
   *[other] ⚠ { $n } conflicts from a merge to decide: open the account and press { $key }
}
tui-app-info-changed = { $n ->
    [one] ● changed here since the last sync ({ $n } change in its history): the next sync sends it
   *[other] ● changed here since the last sync ({ $n } changes in its history): the next sync sends it
}

## The account list and the open account
tui-app-lock-released = The other dmu window has let go of this account: press { $key } to reopen it for editing (it is read again from disk, with that window's changes)
tui-app-opened-read-only = Opened { $why }
tui-app-open-unreadable = { $slug }.json does not load, so it cannot be opened; fix the file (see below) or run `dmu check`
tui-app-no-account-yet = No account yet: press a to create one
tui-app-rename-unreadable = A file that does not load cannot be renamed
tui-app-trash-question = Move { $name } to the trash?
tui-app-trash-detail = The file goes to { $folder }; nothing is erased.
tui-app-recovery-not-moved = { $file } (it could not be moved: { $why })
tui-app-saved-recovery-trashed = { $done }; saved, so the recovery file went to the trash: { $trash }
tui-app-done-changed-on-disk = { $done }, but not saved: the file changed on disk
tui-app-done-not-saved = { $done }, but { $why }. The edit is kept; dmu saves again with your next edit.
tui-app-refused-read-only = { $why }; nothing was changed
tui-app-refused-stale = that change no longer fits the account ({ $why }); nothing was changed

## Prompts, questions and what they answer
tui-app-prompt-new-account = New account: its name
tui-app-prompt-write-account = Write the account with your edits to a new file: its full path
tui-app-prompt-rename = Rename { $name }
tui-app-name-required = a name is required
tui-app-write-path-required = type the full path of a new file, like /media/usb/demo-edits.json
tui-app-created = Created { $name }
tui-app-renamed = Renamed to { $name }
tui-app-moved-to = Moved to { $place }
tui-app-edit-add-person = add { $name }
tui-app-edit-edit-person = edit { $name }
tui-app-edit-delete-person = delete { $name }

## The file changed on disk
tui-app-reloaded-from-disk = Reloaded from disk; your unsaved edits were dropped
tui-app-reloaded-recovery-trashed = Reloaded from disk; your unsaved edits were dropped; the recovery file that held them is in the trash: { $trash }
tui-app-reload-error = Could not reload: { $why }
tui-app-saved-copy = Saved as a copy: { $path }; edits now go there
tui-app-saved-copy-recovery-trashed = Saved as a copy: { $path }; edits now go there; the recovery file went to the trash: { $trash }
tui-app-save-copy-error = Could not save a copy: { $why }
tui-app-conflict-later = Edits are kept in memory only, nothing is saved; the file on disk is unchanged

## Unsaved edits from an earlier session
tui-app-restore-leave-first = Leave the open account first: it has unsaved edits
tui-app-restore-changed = The account's file changed after these edits were made, so nothing was overwritten; choose below.
tui-app-restore-changed-more = { $n ->
    [one] The account's file changed after these edits were made, so nothing was overwritten; choose below. { $n } more recovery file wait for the next start.
   *[other] The account's file changed after these edits were made, so nothing was overwritten; choose below. { $n } more recovery files wait for the next start.
}
tui-app-restored-into = Restored the unsaved edits into { $file }; its previous version is { $file }.bak
tui-app-restored-beside = Restored the unsaved edits as { $file } (the account's file was gone, or held another account or did not load)
tui-app-restored-already = { $file } already holds these edits; nothing needed restoring
tui-app-restored-not-trashed = { $done }, but the recovery file could not go to the trash ({ $why }), so dmu offers it again
tui-app-restore-error = Could not restore: { $why }
tui-app-recovery-moved = Moved the recovery file to { $place }
tui-app-recovery-kept = { $n ->
    [one] Kept the recovery file; dmu asks again next start
   *[other] Kept the recovery files; dmu asks again next start
}

## Leaving with unsaved edits
tui-app-left-edits-recovery = your unsaved edits are in { $place }; dmu offers them at the next start
tui-app-left-edits-file = your unsaved edits are in { $place } (the file you named); the next start does not offer it
tui-app-left-edits-lost = you chose to go without the unsaved edits; they are lost
tui-app-stay-recovery = Still here. The edits are unsaved, and also kept in { $place }; dmu saves again with your next edit
tui-app-stay-file = Still here. The edits are unsaved (a copy is in { $place }); dmu saves again with your next edit
tui-app-stay-nowhere = Still here. The edits are in memory only; free some space, then edit or leave again

## Starting and ending
tui-app-welcome-demo = Welcome! dmu installed a demo account to try things on ({ $path })
tui-app-load-error-at = line { $line }, column { $column }: { $why }
tui-app-paste-nowhere = Paste goes into a text field; nothing was changed
tui-app-needs-terminal = dmu needs an interactive terminal to show its screens ({ $why })
tui-app-rescued-to = edits that could not be saved were written to { $path }; dmu offers them at the next start
tui-app-rescue-lost = edits that could not be saved are lost: { $why }
tui-app-panic-rescued-to = your unsaved edits were written to { $path }; dmu offers them at the next start
tui-app-panic-rescue-failed = could not write your unsaved edits to a recovery file: { $why }

## The settings file
tui-app-settings-problem-at = line { $line }: { $why }
