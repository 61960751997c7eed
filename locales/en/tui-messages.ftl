# tui-messages
# Status messages of the TUI's views and forms, and the words of the history.

## The history: notes, the person panel, the Changes view
tui-messages-note-label = Note for the history
tui-messages-note-explained = kept in the history, not in the person
tui-messages-what-if-note-title = Apply the what-if: a note for the history (optional)
tui-messages-what-if-note-apply = apply it (undoable)
tui-messages-what-if-note-back = back to the what-if
tui-messages-moved-heading = Their history, newest first
tui-messages-stance = Stance
tui-messages-influence = Influence
tui-messages-last-change = { $day }, { $by }
tui-messages-and-earlier = and { $n } earlier (the Changes view, 7, lists them all)
tui-messages-changes-title = { $n ->
    [one] { $since } · { $n } entry
   *[other] { $since } · { $n } entries
}
tui-messages-days-back = { $n ->
    [one] { $day }, { $n } days ago
   *[other] { $day }, { $n } days ago
}
tui-messages-the-beginning = the beginning
tui-messages-never-synced = This machine has not synced yet, so there is no last sync: showing everything
tui-messages-how-history-is-made = History is made as you edit: each change of a person's stance, how we know it, influence, roles, status, favours or coverage, and each person or link added or removed, is kept with who made it, when, and the note given with it (the person form's last field; the what-if asks for one when applied).
tui-messages-conflicts-heading = { $n ->
    [one] { $n } conflict a merge could not decide (the conflicts screen decides them; until then the kept side stands):
   *[other] { $n } conflicts a merge could not decide (the conflicts screen decides them; until then the kept side stands):
}
tui-messages-more-conflicts = … and { $n } more
tui-messages-since-hint = { $key }: since { $next }
tui-messages-since-7 = 7 days
tui-messages-since-30 = 30 days
tui-messages-since-sync = the last sync
tui-messages-since-all = everything
tui-messages-since-now = { $n ->
    [one] Showing changes since { $since }: { $n } entry
   *[other] Showing changes since { $since }: { $n } entries
}
tui-messages-since-note = { $n ->
    [one] { $note } ({ $n } entry)
   *[other] { $note } ({ $n } entries)
}
tui-messages-not-about-a-person = That entry is not about one person
tui-messages-no-longer-here = { $name } is no longer in the account
tui-messages-nothing-selected = No entry is selected

## Who the rep is
tui-messages-who-title = Who are you? Your name as on the account team (for the history)
tui-messages-on-the-team = On the team: { $names }
tui-messages-no-team = This account has no team yet: type your name as it will be
tui-messages-who-empty = type your name, or press Esc to skip for this session
tui-messages-you-are = The history names you { $name } from now on (saved as user in { $file })
tui-messages-you-are-unsaved = The history names you { $name } for this session, but the settings file could not be written ({ $why }); dmu asks again next start
tui-messages-no-settings-file = this system has no config folder; name a settings file with --config or DMU_CONFIG
tui-messages-who-skipped = Skipped: this session's history entries name nobody; dmu asks again next start (or set DMU_USER)

## Editing an account, its people, follow-ups and demands
tui-messages-read-only = Cannot change this account: { $why }
tui-messages-already-editable = This account is open for editing already
tui-messages-reread-error = Could not read the account again: { $why }
tui-messages-reopened = Reopened for editing: read again from disk, with any changes the other window made
tui-messages-still-read-only = Read again, but still { $why }
tui-messages-sorted-by = Sorted by { $key }
tui-messages-sorted-by-reversed = Sorted by { $key }, reversed
tui-messages-delete-person-question = Delete { $name }?
tui-messages-delete-person-detail = { $what } Undo (u) brings everything back.
tui-messages-nobody-selected = Nobody is selected
tui-messages-undid = Undid: { $label }
tui-messages-redid = Redid: { $label }
tui-messages-nothing-to-undo = Nothing to undo
tui-messages-nothing-to-redo = Nothing to redo
tui-messages-quoted = “{ $text }”
tui-messages-done-label = done: { $text }
tui-messages-with-last-contact = { $done }; last contact with { $who } is now { $day }
tui-messages-delete-followup-question = Delete the follow-up { $text }?
tui-messages-delete-demand-question = Delete the demand { $text }?
tui-messages-undo-brings-it-back = Undo (u) brings it back.
tui-messages-open-again-label = open again: { $text }
tui-messages-no-followup-selected = No follow-up is selected: press a to add one
tui-messages-no-demand-selected = No demand is selected: press a to add one
tui-messages-delete-followup-label = delete follow-up { $text }
tui-messages-delete-demand-label = delete demand { $text }
tui-messages-granted-label = granted: { $text }
tui-messages-not-granted-label = not granted: { $text }
tui-messages-followup-needs-owner = A follow-up needs an owner from our team, and this account has no team members yet
tui-messages-edit-details-label = edit the details of { $name }
tui-messages-add-followup-label = add follow-up { $text }
tui-messages-edit-followup-label = edit follow-up { $text }
tui-messages-add-demand-label = add demand { $text }
tui-messages-edit-demand-label = edit demand { $text }

## The agenda across accounts
tui-messages-agenda-of = Showing the follow-ups of { $who }
tui-messages-agenda-of-everyone = Showing the follow-ups of everyone
tui-messages-agenda-none-selected = No follow-up is selected
tui-messages-account-file-gone = { $slug }.json is no longer in the data folder
tui-messages-account-file-missing = { $slug }.json is gone
tui-messages-agenda-done = Done: { $text } (u undoes)
tui-messages-agenda-nothing-to-undo = Nothing to undo on the agenda
tui-messages-agenda-undid = Undid: done { $text }
tui-messages-agenda-read-only = { $account } is { $why }; nothing was changed (close it there, or mark it done there)
tui-messages-agenda-followup-gone = That follow-up is no longer in { $account } (changed elsewhere?); nothing was changed
tui-messages-agenda-label = “{ $text }” ({ $account })
tui-messages-agenda-save-error = Could not save { $account }: { $why }; nothing was changed

## The Pull view's what-if
tui-messages-pull-select-first = Select a person first: ↑↓ in a stage column
tui-messages-pull-no-step = No step is suggested for { $name }: + or - the stance, c the coverage
tui-messages-pull-at-top = { $name } is already a champion
tui-messages-pull-at-bottom = { $name } is already an opponent
tui-messages-pull-no-team = Nobody is on our team yet, so nobody can cover them
tui-messages-pull-member = c now changes the coverage by { $name }
tui-messages-pull-left = Left the what-if; nothing changed
tui-messages-pull-nothing-tried = Nothing was tried, so nothing changed
tui-messages-pull-applied-label = apply what-if: { $changes } (pull score { $delta })
tui-messages-pull-opened-step = What-if on { $name }: { $key } takes the suggested step (+{ $gain }); nothing is saved
tui-messages-pull-opened = What-if on { $name }: + or - changes the stance, c the coverage; nothing is saved
tui-messages-pull-took-step = Took the suggested step on { $name } ({ $step }): pull score { $delta }
