# deals
# The Deals view, its form and the deal lens (src/tui/views/deals*).

## The view and its keys
deals-view = Deals
deals-keys-view = Deals
deals-keys-group = Deals
deals-keys-lens = deal lens
deals-keys-clear-lens = lens off

## The table and the selected deal
deals-title = { $n ->
    [0] Deals
   *[other] Deals ({ $n }, { $open } open)
}
deals-title-lens = { $title } · lens: { $deal }
deals-empty = No deals yet. Press { $key } to add one: each deal has its own decision-makers, drawn from the account's people.
deals-col-deal = Deal
deals-col-stage = Stage
deals-col-value = Value
deals-col-close = Close
deals-col-competitors = Competitors
deals-col-process = Process
deals-col-pull = Pull
deals-process-until = { $process } until { $date }
deals-no-role = no role
deals-detail-none = No deal selected
deals-detail-hint = Space on a deal looks at every view through it: its roles, its pull, its next steps.
deals-detail-pull = Pull { $score }/100 · { $flags ->
    [one] 1 red flag
   *[other] { $flags } red flags
}
deals-detail-no-own-roles = Roles: as in the account. Edit a person while the lens is on to give them roles in this deal.
deals-detail-own-roles = Roles of their own here: { $roles }
deals-detail-next = Next: { $step }
deals-detail-no-next = Next: no single step raises the pull.
deals-detail-lens-on = In the lens: every view shows this deal's roles and pull. { $key } again: the whole account.
deals-detail-lens-off = { $key }: look at every view through this deal (its roles, its pull).

## The deal form
deals-form-add = Add deal
deals-form-edit = Edit deal { $name }
deals-form-name = Name
deals-form-stage = Stage
deals-form-value = Value
deals-form-close = Close
deals-form-competitors = Competitors
deals-form-process = Process
deals-form-quiet = No contact until
deals-discard-new = Discard your changes to the new deal?
deals-discard = Discard your changes to the deal { $name }?

## Edits and the lens, in the status bar
deals-delete-question = Delete the deal { $name }?
deals-delete-detail = The people keep their account roles. Undo (u) brings it back.
deals-none-selected = No deal selected; { $key } adds one.
deals-add-label = add deal { $name }
deals-edit-label = edit deal { $name }
deals-delete-label = delete deal { $name }
deals-lens-on = Looking through { $deal }: every view shows its roles and its pull ({ $key }: the whole account)
deals-lens-off = The whole account again: every view shows the account roles
deals-lens-none = No deal lens is on
deals-header-lens = { $title } · Deal: { $deal }

## The person form through a deal
deals-person-add = Add person · roles in { $deal }
deals-person-edit = Edit { $name } · roles in { $deal }
deals-person-roles = Deal roles
