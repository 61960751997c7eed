# tui-views
# The header, the status bar and the hints line (render.rs).
tui-views-too-small = terminal too small
tui-views-too-small-need = need { $size }
tui-views-account-header = { $name } · { $tier } · { $n ->
    [one] { $n } person
   *[other] { $n } people
}
tui-views-header-portfolio = dmu · portfolio
tui-views-header-agenda = dmu · agenda
tui-views-header-team = dmu · our team
tui-views-header-trash = dmu · trash
tui-views-status-reopen = read-only: the other window let go; press { $key } to reopen for editing
tui-views-status-unsaved = UNSAVED: { $error }
tui-views-status-saved = Saved
tui-views-hint-toggle-roles = toggle roles

# The views' names on the tabs.
tui-views-view-people = People
tui-views-view-org-chart = Org chart
tui-views-view-influence = Influence
tui-views-view-coverage = Coverage
tui-views-view-pull = Pull
tui-views-view-follow-ups = Follow-ups
tui-views-view-changes = Changes

# Words many views share.
tui-views-never = never

# The portfolio (portfolio.rs, accounts.rs).
tui-views-portfolio-title = Portfolio · { $n ->
    [one] { $n } account
   *[other] { $n } accounts
} · revenue { $revenue } · top 1 { $top1 }% · top 3 { $top3 }% · HHI { $hhi }
tui-views-portfolio-no-flags = No portfolio red flags.
tui-views-portfolio-more-flags = ▼ { $n } more: a taller terminal shows them, as does `dmu portfolio`
tui-views-portfolio-list-title = Accounts in { $root } · sorted by { $sort }
tui-views-portfolio-list-title-reversed = Accounts in { $root } · sorted by { $sort }, reversed
tui-views-portfolio-empty = No accounts yet: press a to create one.
tui-views-portfolio-bad-file = This file does not load; dmu will not change it.
tui-views-col-account = Account
tui-views-col-tier = Tier
tui-views-col-revenue = Revenue
tui-views-col-share = Share
tui-views-col-potential = Potential
tui-views-col-score = Score
tui-views-col-flags = Flags
tui-views-col-contact = Contact
tui-views-col-open = Open
tui-views-col-overdue = Overdue
tui-views-sort-file = file name
tui-views-sort-name = name
tui-views-sort-tier = tier, key accounts first
tui-views-sort-revenue = revenue, largest first
tui-views-sort-potential = potential, largest first
tui-views-sort-score = pull score, lowest first
tui-views-sort-flags = red flags, most first
tui-views-sort-last-contact = last contact, longest ago first
tui-views-sort-open = open follow-ups, most first
tui-views-sort-overdue = overdue follow-ups, most first

# The agenda (agenda.rs).
tui-views-agenda-title = Agenda: { $n ->
    [one] { $n } open follow-up
   *[other] { $n } open follow-ups
}, { $overdue } overdue · owner: { $owner }
tui-views-agenda-everyone = everyone
tui-views-agenda-empty = No open follow-ups. Add one with f on a person, or a in an account's Follow-ups view.
tui-views-agenda-late = { $n }d late
tui-views-agenda-today = today
tui-views-agenda-ahead = in { $n }d
tui-views-col-due = Due
tui-views-col-when = When
tui-views-col-owner = Owner
tui-views-col-person = Person
tui-views-col-text = Text

# Our team (team.rs).
tui-views-team-title = Our team across { $accounts ->
    [one] { $accounts } account
   *[other] { $accounts } accounts
}: { $people ->
    [one] { $people } person
   *[other] { $people } people
}
tui-views-team-empty = No team members in any account yet.
tui-views-col-name = Name
tui-views-col-function = Function
tui-views-col-covers = Covers
tui-views-col-team-accounts = Accounts (people covered)

# The trash (trash.rs).
tui-views-trash-when = { $date } { $time } UTC

# Words of the model as the views show them, chosen by their file keys.
tui-views-strength = { $strength ->
    [weak] weak
    [medium] medium
   *[strong] strong
}
tui-views-basis = { $basis ->
    [observed] observed
    [reported] reported
   *[assumed] assumed
}

# The people table (people.rs, people_table.rs, people_cells.rs).
tui-views-people-title = People ({ $n })
tui-views-people-title-found = People ({ $found } of { $n })
tui-views-people-empty = No people yet: press a to add the first one.
tui-views-people-no-match = No one matches “{ $query }”. Esc clears the search.
tui-views-col-title = Title
tui-views-col-department = Department
tui-views-col-department-short = Dept
tui-views-col-roles = Roles
tui-views-col-stance = Stance
tui-views-col-influence-short = Inf
tui-views-col-covered-by = Covered by
tui-views-col-covered-by-short = Team
tui-views-col-last-contact = Last contact
tui-views-col-last-contact-short = Last
tui-views-people-sort-file = file order
tui-views-people-sort-name = name
tui-views-people-sort-title = title
tui-views-people-sort-department = department
tui-views-people-sort-roles = roles
tui-views-people-sort-stance = stance, champions first
tui-views-people-sort-influence = influence, highest first
tui-views-people-sort-coverage = coverage, strongest first
tui-views-people-sort-last-contact = last contact, longest ago first

# The person's details (person_detail.rs, person_history.rs).
tui-views-detail-title = Details
tui-views-detail-nobody-selected = Nobody selected
tui-views-detail-today = today
tui-views-detail-yesterday = yesterday
tui-views-detail-days-ago = { $n } days ago
tui-views-detail-in-days = in { $n ->
    [one] { $n } day
   *[other] { $n } days
}
tui-views-detail-days-short = { $n }d
tui-views-detail-in-days-short = in { $n }d
tui-views-detail-active-since = Active since { $date }
tui-views-detail-new-since = New since { $date }
tui-views-detail-leaving-on = Leaving on { $date }
tui-views-detail-left-on = Left on { $date }
tui-views-detail-nobody-covers = nobody on our team
tui-views-detail-no-title = no title or department
tui-views-detail-no-roles = none
tui-views-field-roles = Roles
tui-views-field-stance = Stance
tui-views-field-status = Status
tui-views-field-favours = Favours
tui-views-field-influence = Influence
tui-views-field-last-contact = Last contact
tui-views-field-email = Email
tui-views-field-phone = Phone
tui-views-field-covered-by = Covered by
tui-views-field-reports-to = Reports to
tui-views-field-direct-reports = Direct reports
tui-views-field-influences = Influences
tui-views-field-influenced-by = Influenced by
tui-views-history-note = — "{ $note }"

# The org chart (org_chart.rs).
tui-views-view-too-small = Terminal too small: needs { $size }
tui-views-org-title = Org chart · { $n ->
    [one] { $n } person
   *[other] { $n } people
}
tui-views-org-empty = No people yet: add people and reports-to links to see the chart.
tui-views-org-unmanaged = No manager recorded
tui-views-org-unmanaged-info = { $n ->
    [one] { $n } person
   *[other] { $n } people
} with no manager and no reports recorded. Add a reports-to link to place them.
tui-views-org-more-managers = {"["}+{ $n } mgr]
tui-views-org-influence = influence { $n }
tui-views-org-nobody-recorded = nobody recorded
tui-views-more-lines = … { $n ->
    [one] { $n } more line
   *[other] { $n } more lines
}

# The influence map (influence.rs, influence/legend.rs).
tui-views-influence-too-small = Terminal too small for the influence map: make it at least { $size }.
tui-views-influence-empty = No people in this account yet: add them in the People view.
tui-views-legend-strong = strong
tui-views-legend-medium = medium
tui-views-legend-medium-short = med
tui-views-legend-weak = weak
tui-views-stance-word = { $stance ->
    [champion] champion
    [supporter] supporter
    [neutral] neutral
    [skeptic] skeptic
    [opponent] opponent
   *[unknown] unknown
}
tui-views-stance-short = { $stance ->
    [champion] champ
    [supporter] supp
    [neutral] neutr
    [skeptic] skept
    [opponent] opp
   *[unknown] unkn
}

# Coverage (coverage.rs).
tui-views-coverage-people = { $n ->
    [one] { $n } person
   *[other] { $n } people
}
tui-views-coverage-covered = { $n } covered
tui-views-coverage-uncovered = { $n } uncovered
tui-views-coverage-gaps = { $n } technical gaps
tui-views-coverage-team-page = team { $first }–{ $last } of { $team }, ←/→ to scroll
tui-views-coverage-no-people = No people yet.
tui-views-coverage-no-team = No team yet: add our team members to record who knows whom.
tui-views-coverage-row-uncovered = uncovered
tui-views-coverage-row-gap = tech gap: only { $functions }
# Our team's functions, short, as the matrix heads them.
tui-views-function-short = { $function ->
    [sales] sales
    [technical] technical
    [service] service
    [management] management
   *[other] other
}

# The Pull view's cards (pull_cards.rs).
tui-views-card-undated = undated
tui-views-card-new = new
tui-views-card-new-since = new since { $date }
tui-views-card-leaving = leaving
tui-views-card-leaves = leaves { $date }
tui-views-card-left = left
tui-views-card-left-on = left { $date }
tui-views-card-years = { $n }y
tui-views-card-nobody = nobody
tui-views-card-more = +{ $n } more
tui-views-card-influence = infl { $n }
tui-views-card-not-covered = not covered

# The Pull view's panels and lines (pull_panels.rs, pull_render.rs).
tui-views-step-via = { $label }: { $via } → { $who }
tui-views-step-member = { $label }: { $member } → { $who }
tui-views-step-for = { $label } for { $who }
tui-views-step-stance = { $label } { $who }: { $from } → { $to }
tui-views-step-cover = { $label } { $who }: { $member } { $how }
tui-views-step-who = { $label } { $who }
tui-views-pull-flags = Red flags ({ $n })
tui-views-pull-flags-was = Red flags ({ $n }, was { $was })
tui-views-pull-no-flags = None: nothing stands in the way.
tui-views-pull-next-best = Next best ({ $n })
tui-views-pull-stuck = No single step raises the score.
tui-views-pull-push-route = Push route
tui-views-pull-via-purchasing = via purchasing:
tui-views-pull-no-push = nobody: we pull, not push
tui-views-model-title = Pull model: weights and thresholds
tui-views-model-hint = ↑↓ scroll · m closes
tui-views-model-ignored = The account's pull_model is ignored: { $error }
tui-views-pull-score = Pull score { $score }
tui-views-pull-model-ignored = pull_model ignored: { $error }
tui-views-pull-decider-path = Decider path
tui-views-pull-payer-path = Payer path
tui-views-pull-no-decider-path = No pull path reaches a decider yet.
tui-views-pull-no-payer-path = No pull path reaches a payer yet.
tui-views-pull-more-paths = … { $n ->
    [one] { $n } more path
   *[other] { $n } more paths
}: `dmu report` lists every one
tui-views-pull-sure = { $percent }% sure
tui-views-pull-weakest = weakest hop { $from } → { $to }
tui-views-pull-others-no-push = Buyers, gatekeepers and initiators. Nobody we cover sits only in purchasing: we pull, not push.
tui-views-pull-others-push = Buyers, gatekeepers and initiators. The push route: we reach { $names } only through purchasing.

# What-if (pull_render.rs, pull_whatif.rs).
tui-views-whatif-banner = WHAT-IF — not saved: Esc leaves, Enter applies
tui-views-whatif-trying = Trying: { $changes }
tui-views-whatif-step = { $key }: { $step } (+{ $gain }) · + - stance · c coverage · t team member
tui-views-whatif-try = Try on the selected card: + raise or - lower the stance, c coverage, t team member
tui-views-whatif-as-of = as of { $date }
tui-views-whatif-no-coverage = none
tui-views-whatif-covered-by = covered by { $member }: { $from } → { $to }
tui-views-whatif-no-longer-favours = no longer favours { $rival }
tui-views-whatif-favours = favours { $rival }
tui-views-whatif-met = met { $date }
tui-views-whatif-changed = changed

# Follow-ups and demands (followups.rs).
tui-views-followups-title = Follow-ups: { $open } open, { $overdue } overdue, { $done } done
tui-views-followups-empty = No follow-ups yet: press a to add one (or f on a person in the People view).
tui-views-col-done = Done
tui-views-demands-title = Demands beyond the contract: { $n }, { $granted } granted
tui-views-demands-empty = No demands recorded: Tab here, then a to add one.
tui-views-col-date = Date
tui-views-col-kind = Kind
tui-views-col-granted = Granted
tui-views-yes = yes
tui-views-no = no
