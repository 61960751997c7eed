# tui-forms
# The TUI's forms, dialogs and editors: the person form, the follow-up, demand and
# account forms, the team, coverage and links editors, and the dialogs over them.

## Asking before a changed form is dropped.
tui-forms-discard-title = Unsaved changes
tui-forms-discard-new-person = Discard your changes to the new person?
tui-forms-discard-person = Discard your changes to { $name }?
tui-forms-discard-new-member = Discard your changes to the new team member?
tui-forms-discard-member = Discard your changes to { $name }?
tui-forms-discard-new-follow-up = Discard your changes to the new follow-up?
tui-forms-discard-follow-up = Discard your changes to the follow-up?
tui-forms-discard-new-demand = Discard your changes to the new demand?
tui-forms-discard-demand = Discard your changes to the demand?
tui-forms-discard-account-details = Discard your changes to the account details?

## A name someone else has; a search in a field or list.
tui-forms-namesake-detail = { $name } ({ $detail })
tui-forms-namesake-person = another person is called this: { $names }
tui-forms-namesakes-people = { $n ->
    [one] { $n } other person is called this: { $names }
   *[other] { $n } other people are called this: { $names }
}
tui-forms-namesake-member = another team member is called this: { $names }
tui-forms-namesakes-members = { $n ->
    [one] { $n } other team member is called this: { $names }
   *[other] { $n } other team members are called this: { $names }
}
tui-forms-no-match = nobody matches; Backspace to widen
# Which of the matches a field's search shows.
tui-forms-match-count = { $at } of { $of }
# How many entries of a picker's list match what is typed.
tui-forms-picker-count = { $shown } of { $all }

## Dates as typed. English keeps the short hint its screens have always shown.
tui-forms-date-shape = write the date as YYYY-MM-DD

## The person form.
tui-forms-add-person = Add person
tui-forms-edit-person = Edit { $name }
tui-forms-person-name = Name
tui-forms-person-title = Title
tui-forms-person-department = Department
tui-forms-person-roles = Roles
tui-forms-person-stance = Stance
tui-forms-person-basis = How we know
tui-forms-person-stance-on = Confirmed on
tui-forms-person-favours = Favours
tui-forms-person-influence = Influence
tui-forms-person-status = Status
tui-forms-person-active-since = Status since
tui-forms-person-new-since = New since
tui-forms-person-leaving-on = Leaving on
tui-forms-person-left-on = Left on
tui-forms-person-last-contact = Last contact
tui-forms-person-email = Email
tui-forms-person-phone = Phone
tui-forms-person-notes = Notes
tui-forms-history-note = Note for the history
tui-forms-history-note-explained = kept in the history, not in the person
tui-forms-name-required = a name is required
tui-forms-influence-range = influence is a number from 1 to 5
tui-forms-stance-dated-today = today: a changed stance is a fresh judgement

## The follow-up, demand and account forms.
tui-forms-add-follow-up = Add follow-up
tui-forms-edit-follow-up = Edit follow-up
tui-forms-follow-up-text = Text
tui-forms-follow-up-owner = Owner
tui-forms-follow-up-person = Person
tui-forms-follow-up-due = Due
tui-forms-follow-up-done = Done
tui-forms-nobody-in-particular = (nobody in particular)
tui-forms-add-demand = Add demand
tui-forms-edit-demand = Edit demand
tui-forms-demand-date = Date
tui-forms-demand-text = Text
tui-forms-demand-kind = Kind
tui-forms-demand-granted = Granted
tui-forms-no = No
tui-forms-yes = Yes
tui-forms-account-details = Account details
tui-forms-account-name = Name
tui-forms-account-industry = Industry
tui-forms-account-tier = Tier
tui-forms-account-currency = Currency
tui-forms-account-revenue = Revenue
tui-forms-account-potential = Potential
tui-forms-account-margin = Margin %
tui-forms-account-notes = Notes
tui-forms-text-required = write what it is about
tui-forms-percent-problem = write a percentage from -100 to 100 (18 or -4.5)
tui-forms-amount-problem = write a sum of 0 or more, digits only (1250000 or 1250000.50)
tui-forms-currency-problem = write a three-letter code such as EUR, or leave it empty

## The coverage editor.
tui-forms-coverage-title = Coverage of { $name }
tui-forms-coverage-unchanged = Coverage unchanged
# What the undo list and the status bar call the edit.
tui-forms-coverage-set = set the coverage of { $name }
tui-forms-coverage-none = none
tui-forms-coverage-weak = weak
tui-forms-coverage-medium = medium
tui-forms-coverage-strong = strong

## The links editor.
tui-forms-links-title = Links of { $name }
tui-forms-links-from = From { $me }
tui-forms-links-to = To { $me }
tui-forms-links-no-links = no links
tui-forms-link-influences = { $from } influences { $to }
tui-forms-link-reports-to = { $from } reports to { $to }
tui-forms-link-kind-influences = influences
tui-forms-link-kind-reports-to = reports to
tui-forms-link-weak = Weak
tui-forms-link-medium = Medium
tui-forms-link-strong = Strong
tui-forms-links-pick-influences = { $me } influences…
tui-forms-links-pick-reports-to = { $me } reports to…
tui-forms-links-no-strength = A reports-to link has no strength
tui-forms-links-none-yet = No link here yet: press i or r to add one
tui-forms-links-delete-question = Delete the link: { $link }?
# What the undo list and the status bar call the edits.
tui-forms-links-set-strength = set { $link } to { $strength }
tui-forms-links-add = add link { $link }
tui-forms-links-delete = delete link { $link }

## Our team.
tui-forms-team-title = Our team ({ $n })
tui-forms-team-add-title = Our team: add a member
tui-forms-team-edit-title = Our team: edit { $name }
tui-forms-team-name = Name
tui-forms-team-function = Function
tui-forms-team-covers = covers { $n }
tui-forms-team-none-yet = Nobody on our team yet: press a to add someone
tui-forms-team-empty-for-coverage = Our team is empty: press T to add members first
tui-forms-nobody-selected = Nobody is selected
tui-forms-team-delete-question = Delete { $name } from our team?
tui-forms-team-delete-covering = { $n ->
    [one] { $name } covers { $n } person; delete and remove that coverage?
   *[other] { $name } covers { $n } people; delete and remove that coverage?
}
# What the undo list and the status bar call the edits.
tui-forms-team-added = add { $name }
tui-forms-team-edited = edit { $name }
tui-forms-team-deleted = delete { $name }

## Quitting or leaving with edits that could not be saved; the recovery offer; the
## file changed on disk.
tui-forms-leaving-failed = They could not be saved: { $why }.
tui-forms-leaving-quit-title = Quit with unsaved edits?
tui-forms-leaving-title = Leave this account with unsaved edits?
tui-forms-leaving-kept-recovery = dmu wrote them to { $path } and read them back. The next start offers to restore them.
tui-forms-leaving-kept-file = dmu wrote the whole account with your edits to { $path } and read it back. The next start does not offer it: keep that file.
tui-forms-leaving-nowhere-title = Your unsaved edits are not kept anywhere
# Where dmu tried to keep the edits, as the store words it (capitalised).
tui-forms-leaving-places = { $places }.
tui-forms-leaving-quitting-loses = Quitting now would lose them.
tui-forms-leaving-leaving-loses = Leaving the account now would lose them.
tui-forms-leaving-write-elsewhere = write the account to a file you name (another disk, a USB stick)
tui-forms-leaving-quit-and-lose = quit and lose the edits
tui-forms-leaving-leave-and-lose = leave the account and lose the edits
tui-forms-leaving-stay = stay: the edits stay in memory; free some space and try again
tui-forms-conflict-title = The file changed on disk
tui-forms-conflict-explained = Someone (another program, git, a text editor, another dmu) changed this account's file after your edits were made on it. dmu has not overwritten it. Your unsaved edits are in memory only; choose what happens to them:
tui-forms-recovery-title = Unsaved edits found
tui-forms-recovery-kept-in = dmu stopped last time before it could save some edits. They were kept in { $first }.
tui-forms-recovery-kept-in-more = dmu stopped last time before it could save some edits. They were kept in { $first } ({ $more } more after this one).
tui-forms-recovery-explained = Restore saves them into the account if its file is as the edits found it; if the file changed since, nothing is overwritten and you choose: reload it, or save the edits as a copy.
