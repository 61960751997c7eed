# core
# Why an edit is refused (src/model/ops).
core-rule-self-link = a person cannot be linked to themselves
core-rule-duplicate-link = { $kind ->
    [reports_to] { $from } already reports to { $to }
   *[other] { $from } already influences { $to }
}
core-rule-cycle = { $from } cannot report to { $to }: { $to } already reports to { $from }, directly or through others
core-rule-missing = there is no person or team member `{ $id }`
core-rule-owns-follow-ups = { $n ->
    [one] { $name } owns { $n } open or past follow-up; give it to someone else first
   *[other] { $name } owns { $n } open or past follow-ups; give them to someone else first
}
core-rule-no-record = { $what ->
    [demand] there is no demand `{ $id }` any more
    [deal] there is no deal `{ $id }` any more
    [plan] there is no initiative `{ $id }` in the plan any more
   *[other] there is no follow-up `{ $id }` any more
}
# What deleting a person takes along, asked before it is done.
core-delete-person-consequences = { $links ->
    [0] { $followups ->
        [0] They have no links, and no follow-up names them.
        [1] The follow-up that names them stays, tied to nobody.
       *[other] The { $followups } follow-ups that name them stay, tied to nobody.
    }
    [1] Their link goes with them{ $followups ->
        [0] .
        [1] ; the follow-up that names them stays, tied to nobody.
       *[other] ; the { $followups } follow-ups that name them stay, tied to nobody.
    }
   *[other] Their { $links } links go with them{ $followups ->
        [0] .
        [1] ; the follow-up that names them stays, tied to nobody.
       *[other] ; the { $followups } follow-ups that name them stay, tied to nobody.
    }
}

# The rules of an account file (src/model/validate.rs), shown by `dmu check` and on load.
core-check-schema = schema must be { $schema } or higher, found 0
core-check-account-id-empty = the account id is empty
core-check-account-name-empty = the account name is empty
core-check-member-id-empty = a team member has an empty id
core-check-member-id-twice = team id `{ $id }` is used twice: { $other } has it too; give one of them another id
core-check-member-no-name = team member `{ $id }` has no name
core-check-person-id-empty = a person has an empty id
core-check-person-id-twice = person id `{ $id }` is used twice: { $other } has it too; give one of them another id
core-check-person-no-name = person `{ $id }` has no name
core-check-role-twice = role `{ $role }` is listed twice for { $who }
core-check-influence = influence of { $who } is { $value }; it must be 1 to 5
core-check-favours-blank = { $who } favours a competitor with a blank name; write its name or remove `favours`
core-check-external-no-system = an external id of { $who } names no system; write which system it is from
core-check-external-blank = the { $system } id of { $who } is blank; write the id or remove it from `external_ids`
core-check-coverage-stranger = coverage of { $who } names `{ $member }`, who is not in the team
core-check-coverage-twice = { $member } covers { $who } twice
core-check-link-end = link { $end } `{ $id }`: no person has that id
core-check-link-self = { $who } is linked to themselves
core-check-link-twice = { $kind ->
    [reports_to] the link { $from } reports to { $to } appears twice
   *[other] the link { $from } influences { $to } appears twice
}
core-check-cycle = reports_to links form a cycle through { $chain }: each reports to the next; remove one of these links
core-check-follow-up-id = follow-up id `{ $id }` is empty or used twice
core-check-follow-up-empty = follow-up `{ $id }` says nothing
core-check-follow-up-owner = follow-up `{ $id }` is owned by `{ $owner }`, who is not in the team
core-check-follow-up-person = follow-up `{ $id }` names `{ $person }`: no person has that id
core-check-demand-id = demand id `{ $id }` is empty or used twice
core-check-deal-id = deal id `{ $id }` is empty or used twice
core-check-deal-no-name = deal `{ $id }` has no name
core-check-deal-person = deal `{ $id }` gives roles to `{ $person }`: no person has that id
core-check-deal-role-twice = deal `{ $id }` gives `{ $person }` the role { $role } twice
core-check-plan-id = plan initiative id `{ $id }` is empty or used twice
core-check-plan-empty = plan initiative `{ $id }` says nothing
core-check-plan-owner = plan initiative `{ $id }` is owned by `{ $owner }`, who is not in the team
core-check-plan-person = plan initiative `{ $id }` is with `{ $person }`: no person has that id
core-check-margin = the margin is { $margin }: write a percentage from -100 to 100

# Dates in files and on the command line (src/model/date.rs).
core-date-error-calendar = { $text }: { $why }
core-date-error-shape = `{ $text }` is not a date: write it as YYYY-MM-DD, for example 2026-03-31
core-date-no-year-0 = there is no year 0; years go from 0001 to 9999
core-date-no-month = there is no month { $month }; months go from 01 to 12
core-date-no-day-0 = there is no day 0; days start at 01
core-date-month-days = { $month } { $year } has { $days } days
core-date-problem-no-such-day = there is no such day in the calendar
core-date-problem-shape = write the date as YYYY-MM-DD
# A month's name as core-date-month-days puts it.
core-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# The words of the change history (src/change/words.rs): `dmu changes`, `dmu diff-text`,
# the history on screen.
core-change-none = (none)
core-change-yes = yes
core-change-no = no
core-change-field = { $name ->
    [stance] stance
    [stance_basis] stance basis
    [stance_on] stance confirmed on
    [influence] influence
    [roles] roles
    [status] status
    [status_on] status since
    [favours] favours
    [coverage] coverage
    [last_contact] last contact
    [external_ids] external ids
    [annual_revenue] annual revenue
    [owner] owner
    [person] with
    [due] due
    [done] done
   *[granted] granted
}
core-change-kind = { $list ->
    [people] person
    [team] team member
    [links] link
    [actions] follow-up
    [demands] demand
    [history] history entry
    [conflicts] conflict
    [deals] deal
   *[plan] plan item
}
core-change-moved = { $field } { $from } → { $to }
core-change-moved-from-none = { $field } → { $to }
core-change-moved-at = { $place }: { $from } → { $to }
core-change-about = { $subject }: { $what }
core-change-by = { $sentence } ({ $who })
core-change-noted = { $sentence } — "{ $note }"
core-change-covers-now = { $member } now covers them ({ $strength })
core-change-no-longer-covered = no longer covered by { $member }
core-change-coverage-moved = coverage: { $member } { $from } → { $to }
core-change-coverage-same = coverage rewritten, the same as before
core-change-changed = changed
core-change-field-of = { $field } of { $subject }
core-change-added = added { $what }
core-change-removed = removed { $what }
core-change-record-changed = changed { $what }
core-change-named = { $name } ({ $kind })
core-change-link = { $kind ->
    [reports_to] { $from } reports to { $to }
    [influences] { $from } influences { $to }
   *[other] { $from } { $kind } { $to }
}
core-change-link-strength = { $kind ->
    [reports_to] { $from } reports to { $to } ({ $strength })
    [influences] { $from } influences { $to } ({ $strength })
   *[other] { $from } { $kind } { $to } ({ $strength })
}
core-change-the-link = the link { $link }
core-change-the-follow-up = the follow-up "{ $text }"
core-change-the-demand = the demand "{ $text }"
core-change-the-deal = the deal "{ $name }"
core-change-the-initiative = the initiative "{ $text }"
core-change-person-roles = { $person }: { $roles }
core-change-follow-up-details = { $owner }, due { $due }
core-change-history-added = history: { $sentence }
core-change-history-removed = taken out of the history: { $sentence }
core-change-conflict-added = conflict to decide: { $what }
core-change-conflict-decided = decided the conflict at { $path }
core-change-conflict = { $place }: kept { $kept } ({ $kept_side }), the other was { $other } ({ $other_side })
core-change-side = { $side ->
    [ours] ours
   *[theirs] theirs
}
core-change-conflicts-to-decide = { $n ->
    [one] { $n } conflict to decide: { $places }
   *[other] { $n } conflicts to decide: { $places }
}
core-change-nothing-since = Nothing changed since { $since }.
core-change-changes-since = Changes since { $since } (times in UTC)
core-change-not-a-start = `{ $given }` is not a start; write a date (2026-11-25), a number of days or weeks back (7d, 2w), or last-sync
core-change-not-a-day = { $problem }; write a date (2026-11-25), a number of days or weeks back (7d, 2w), or last-sync
core-change-no-sync-yet = this machine has not synced yet, so there is no last sync to start from; `dmu sync` records one, or give --since a date (2026-11-25) or a number of days or weeks back (7d, 2w)
core-change-the-last-sync = the last sync, { $at }

# The lines of `dmu diff-text`.
core-facts-header = Account: { $name } ({ $tier })
core-facts-account-field = { $field }: { $value }
core-facts-of = { $subject }: { $field } { $value }
core-facts-covered-by = { $subject }: covered by { $member } ({ $strength })
core-facts-team-member = { $name } ({ $function })
core-facts-follow-up = "{ $text }": { $owner }, due { $due }
core-facts-follow-up-with = , with { $who }
core-facts-follow-up-done = , done { $date }
core-facts-demand = { $granted ->
    [yes] { $date } "{ $text }": { $kind }, granted
   *[no] { $date } "{ $text }": { $kind }, not granted
}
core-facts-section = { $which ->
    [team] Team
    [people] People
    [links] Links
    [follow-ups] Follow-ups
    [demands] Demands
    [history] History
   *[conflicts] Conflicts
}

# Merging two copies of an account (src/merge); $version is base, ours or theirs.
core-merge-version = { $version ->
    [base] the version both copies started from
    [ours] your version
   *[theirs] the other version
}
core-merge-unreadable = { $version ->
    [base] the version both copies started from
    [ours] your version
   *[theirs] the other version
}: { $message }
core-merge-unreadable-line = { $version ->
    [base] the version both copies started from
    [ours] your version
   *[theirs] the other version
}, line { $line }: { $message }
core-merge-unreadable-at = { $version ->
    [base] the version both copies started from
    [ours] your version
   *[theirs] the other version
}, line { $line }, column { $column }: { $message }
core-merge-newer = { $version ->
    [base] the version both copies started from
    [ours] your version
   *[theirs] the other version
} was written by a newer dmu (format version { $schema }; this one knows { $known }); update dmu to merge it
core-merge-internal = the merged account would not be a valid file ({ $why }); this is a fault in dmu, please report it
core-merge-markers = it still holds git's conflict markers (<<<<<<< … >>>>>>>) from a merge that was not finished; resolve them in that version first (keep one side of each block and delete the marker lines)
core-resolve-no-conflict = there is no conflict `{ $id }` any more
