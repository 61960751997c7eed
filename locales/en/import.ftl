# import
# Importing contacts: the sentences of the preview and the summary, shared by the
# command line (`dmu import`) and the app (the preview, its row list, the mapping
# editor, profiles), and the import's refusals.

## What a file is

import-rows = { $n ->
    [one] { $n } row
   *[other] { $n } rows
}
# `count` is the number as the app writes it (grouped); `n` picks the form.
import-rows-grouped = { $n ->
    [one] { $count } row
   *[other] { $count } rows
}
import-format-excel = Excel workbook
import-delimiter-commas = commas
import-delimiter-semicolons = semicolons
import-delimiter-tabs = tabs
import-delimiter-bars = bars
import-delimiter-other = another delimiter
# Where a mapping came from: the column names, a known export, a saved profile.
import-source-column-names = column names
import-source-export = { $product } export
import-source-report = { $product } report
import-source-data-loader = { $product } Data Loader export
import-source-profile = profile “{ $name }”

## The command line's summary

import-file-line = { $file }: { $parts }
# `dry` is yes on --dry-run (nothing happens yet), no when the import was made.
import-summary-people = { $added ->
    [one] { $added } person
   *[other] { $added } people
} added, { $updated } updated, { $unchanged } unchanged{ $skipped ->
    [0] {""}
   *[other] , { $skipped } skipped
}
import-summary-people-dry = { $added ->
    [one] { $added } person
   *[other] { $added } people
} added, { $updated } updated, { $unchanged } unchanged{ $skipped ->
    [0] {""}
   *[other] , { $skipped } skipped
}
import-summary-updated = updated: { $fields }
import-summary-updated-dry = updated: { $fields }
# `reason`: no-name, duplicate, ambiguous.
import-summary-skipped = skipped: { $n ->
    [one] { $n } row
   *[other] { $n } rows
} { $reason ->
    [no-name] without a name
    [duplicate] repeating an earlier row
   *[ambiguous] whose name fits several people
}
import-summary-skipped-dry = skipped: { $n ->
    [one] { $n } row
   *[other] { $n } rows
} { $reason ->
    [no-name] without a name
    [duplicate] repeating an earlier row
   *[ambiguous] whose name fits several people
}
import-summary-links = { $n ->
    [one] { $n } reporting line
   *[other] { $n } reporting lines
} added{ $replaced ->
    [0] {""}
   *[other] {" "}({ $replaced } of them replacing an older one)
}{ $skipped ->
    [0] {""}
   *[other] , { $skipped } left out
}
import-summary-links-dry = { $n ->
    [one] { $n } reporting line
   *[other] { $n } reporting lines
} added{ $replaced ->
    [0] {""}
   *[other] {" "}({ $replaced } of them replacing an older one)
}{ $skipped ->
    [0] {""}
   *[other] , { $skipped } left out
}
import-summary-other-companies = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} of { $companies ->
    [one] { $companies } other company
   *[other] { $companies } other companies
} left out: { $list }
import-summary-other-companies-dry = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} of { $companies ->
    [one] { $companies } other company
   *[other] { $companies } other companies
} left out: { $list }
import-at-line = line { $line }: { $text }

## What happens to a row (the command line's --rows and JSON)

import-row-added = added
import-row-updated = updated: { $fields } ({ $by })
import-row-unchanged = unchanged ({ $by })
import-row-skipped = skipped: { $why }
import-matched-id = matched by CRM id
import-matched-email = matched by email
import-matched-name = matched by name
import-skip-no-name = no name
import-skip-other-company = another company ({ $company })
import-skip-duplicate = the same person as line { $line }
import-skip-ambiguous = the name fits { $n } people of the account; add an email or CRM id to the file, or edit by hand
# A contact fact an update changes, by its key (title, email...). The command line
# calls external ids "CRM id", the app "ids in other systems".
import-fact-cli = { $key ->
    [external_ids] CRM id
    [title] title
    [department] department
    [email] email
    [phone] phone
    [mobile] mobile
    [name] name
   *[other] { $key }
}
import-fact = { $key ->
    [external_ids] ids in other systems
    [title] title
    [department] department
    [email] email
    [phone] phone
    [mobile] mobile
    [name] name
   *[other] { $key }
}

## Reporting lines in words

import-link-add = { $from } reports to { $to }: added
import-link-replace = { $from } reports to { $to } (was { $was })
import-link-same = { $from } reports to { $to }: already so
import-link-cycle = { $from } reports to { $to }: left out, it would close a loop of managers
import-link-unknown = { $from }'s manager “{ $manager }” is neither in the file nor in the account; left out

## The command line around the summary

import-cli-no-company = { $file }: { $n ->
    [one] { $n } row
   *[other] { $n } rows
} without a company left out; import them with --account ACCOUNT
import-cli-add-new = (add --new to create the account “{ $name }”)
import-cli-read-only = { $account }: { $why }; nothing was imported (close the account in the other window, or import there with I)
import-cli-not-imported = { $account }: { $why }; nothing was imported
import-cli-above-header = line { $line } left out, above the header: { $text }
import-cli-below-rows = line { $line } left out, below the rows: { $text }
import-cli-into = Into { $account }:
import-cli-into-new = Into { $account } (a new account):
import-cli-into-created = Into { $account } (created):
import-cli-row = line { $line }: { $name }: { $outcome }
import-cli-no-own-company = None of the rows is this account's company: if the file calls it otherwise, add --company NAME (one of the names above); --new imports each company into an account of its own.
import-cli-dry-run = Dry run: nothing changed. Run the same command without --dry-run to import.
import-cli-imported = Imported as one edit per account; the history says “{ $note }”. `dmu changes` shows it.

## Shared by the command line and the app

import-note = imported from { $file }
import-nothing-to-change = Nothing to change: the file agrees with the account

## The app: the path prompt

import-path-title = Import contacts into { $account }: the file (CSV, vCard or Excel)
import-no-path = type the path of the file to import (Tab completes it)
import-cannot-list = cannot list { $folder }: { $why }
import-no-files = { $folder } has no files to offer
import-nothing-fits = nothing in { $folder } starts with “{ $start }”
import-more-choices = … and { $count } more: type a few more letters

## The app: reading and planning

import-progress-title = Importing { $file } into { $account }
import-reading = Reading { $file }…
import-reading-percent = Reading { $file }… { $percent }%
import-matching = Matching { $done } of { $total ->
    [one] { $count } row
   *[other] { $count } rows
}
import-working-out = Working out the changes…
import-stop-hint = nothing changes until you have seen the preview and pressed Enter
import-stopped = Import stopped: nothing changed
import-replan-stopped = Stopped planning again: the preview and its mapping are as they were
import-thread-gone = the import stopped unexpectedly; nothing changed
import-cannot-start = Could not start reading the file: { $why }

## The app: the preview

import-preview-title = Import { $file } into { $account }: what would change
import-label-file = File
import-label-format = Format
import-label-columns = Columns
import-label-to-add = To add
import-label-to-update = To update
import-label-unchanged = Unchanged
import-label-skipped = Skipped
import-label-other-companies = Other companies
import-label-reporting = Reporting lines
import-label-not-linked = Lines left out
import-format-line = { $format } · { $encoding }
import-format-line-delimited = { $format } · { $encoding } · delimiter { $delimiter }
import-delimiter-comma-named = , (comma)
import-delimiter-semicolon-named = ; (semicolon)
import-delimiter-tab-named = tab
import-delimiter-bar-named = | (bar)
import-header-at = the header is on line { $line } ({ $n ->
    [one] { $n } line
   *[other] { $n } lines
} above it left out)
import-columns-line = read by { $source } · { $rows }
import-columns-line-edited = read by { $source }, changed here · { $rows }
import-with-names = { $count }: { $names }
import-with-names-more = { $count }: { $names } and { $more } more
import-facts-counted = { $count }: { $facts }
import-fact-counted = { $fact } { $count }
import-skip-group = { $reason }: { $count } ({ $rows })
import-skip-group-more = { $reason }: { $count } ({ $rows } and { $more } more)
import-skip-kind-no-name = no name
import-skip-kind-duplicate = the same person as an earlier row
import-skip-kind-ambiguous = the name fits several people
import-skip-kind-other-company = another company
import-skipped-row = { $name }, line { $line }
import-skipped-row-unnamed = line { $line }
import-company-counted = { $company } { $count }
import-left-out = { $n ->
    [one] { $count } row
   *[other] { $count } rows
} left out: { $companies }
import-lines-add = { $add } to add
import-lines-replace = { $replace } to replace
import-lines-add-replace = { $add } to add, { $replace } to replace
import-line-replace = { $from } → { $to }, instead of { $was } (line { $line })
import-line-cycle = { $from } → { $to }: it would close a loop of managers (line { $line })
import-line-unknown = { $from }: the manager “{ $manager }” is nobody in the account or the file (line { $line })
import-line-made = { $from } → { $to } (line { $line })
import-and-more = … and { $count } more
import-apply-hint = Nothing changes until you press { $apply }; then one { $undo } takes the whole import back.
import-closed = Closed the preview: nothing was imported
import-changes-nothing = Importing changes nothing: the file agrees with the account.
import-preview-read-only = Nothing can be imported here ({ $why }); the preview shows what would change.
import-no-names = No column was recognised as the people's names: press { $key } and say which column holds them (full name, or first and last name).
import-more-below = ↓ more below
import-more-above = ↑ more above
import-row-of = row { $n } of { $total }
import-head-line = Line
import-head-name = Name
import-head-outcome = What happens

## The app: what happens to a row

import-outcome-add = add
import-outcome-update = update { $facts } (found by { $by })
import-outcome-same = unchanged (found by { $by })
import-found-by-email = email
import-found-by-name = name
import-found-by-id = id
import-outcome-no-name = skip: no name
import-outcome-other-company = leave out: another company, { $company }
import-outcome-duplicate = skip: the same person as line { $line }
import-outcome-ambiguous = skip: the name fits { $n ->
    [one] { $n } person
   *[other] { $n } people
} of the account

## The app: the mapping editor

import-mapping-title = Which column of { $file } holds what
import-head-column = Column
import-head-sample = Sample
import-head-holds = Holds
import-not-used = not used
import-earlier-wins = (an earlier column has it: that one is read)
import-picker-title = Column “{ $header }” holds
import-choose-names = No column was recognised as the people's names: choose the column that holds them (← →), then { $key }
import-names-needed = No column gives names yet: have one hold the full name, or the first or last name
# What a column can hold (the mapping editor's last column and its list).
import-field-external-id = id in the CRM
import-field-external-ids = ids in other systems
import-field-person-id = dmu person id
import-field-full-name = full name
import-field-first-name = first name
import-field-middle-name = middle name
import-field-last-name = last name
import-field-title = title
import-field-department = department
import-field-email = email
import-field-phone = phone
import-field-mobile = mobile phone
import-field-company = company
import-field-manager-id = manager's id
import-field-manager-name = manager's name
import-field-buying-role = buying role
import-field-roles = roles
import-field-stance = stance
import-field-influence = influence

## The app: profiles

import-profile-title = Save this mapping as a profile: its name
import-profile-saved = Saved the mapping as the profile “{ $name }” in { $path }
import-profile-not-saved = Could not save the profile “{ $name }”: { $why }
import-no-settings-place = dmu has no settings folder on this system, so it has nowhere to keep profiles
import-no-profiles = No saved profiles yet: { $key } saves this mapping as one
import-profiles-unreadable = The saved profiles could not be read: { $why }
import-profile-chosen = Read with the profile “{ $name }”
import-by-column-names = Read by what the column names say again
import-profile-finds-no-names = The profile “{ $name }” finds no names among this file's columns; the mapping stays as it was

## The app: applying

# The edit's label (the status line, and what undo names); the parts are joined.
import-imported = imported { $file }: { $parts }
import-imported-added = { $count } added
import-imported-updated = { $count } updated
import-imported-lines = { $n ->
    [one] { $count } reporting line
   *[other] { $count } reporting lines
}
import-read-only = Cannot import into this account: { $why }; nothing was changed
import-planned-again = The account changed since this preview was made: it is planned again; look, then import
import-no-account = No account yet to import into: press a to create one

## The app: the keys' words in the help and the hints

import-keys-group = Importing contacts
import-keys-mapping-group = Import: which column holds what
import-key-import = import contacts (CSV, vCard, Excel)
import-key-read = read the file
import-key-complete = complete the path
import-key-cancel = cancel the import
import-key-stop = stop reading: nothing changes
import-key-quit-stops = quit (the import stops)
import-key-apply = import (u undoes)
import-key-rows = rows or summary
import-key-map = map the columns
import-key-save-profile = save as profile
import-key-next-profile = next profile
import-key-close = close the preview, import nothing
import-key-next-field = next field
import-key-previous-field = previous field
import-key-pick = pick from a list
import-key-done = done: plan again
import-key-quit-nothing = quit (nothing imported)

## Why an import could not go ahead

import-error-io = could not read { $path }: { $why }
import-error-empty = the file is empty: export the contacts again, with at least one row
import-error-binary = this is not a contact export dmu can read (it holds binary data); save it as CSV, vCard (.vcf) or Excel (.xlsx)
import-error-too-large = the file is { $size } MB, more than the { $limit } MB dmu reads for an import; export only the contacts of this account, or split the file
import-error-ragged = line { $line } has { $found } cells where the header has { $expected }; the file may be cut off or have a stray delimiter there: fix that line, or export again
import-error-malformed = line { $line }: { $why }
import-error-no-names = no column holds the people's names (the columns are: { $columns }); say which does: in the app with m (the mapping), on the command line with --profile and a saved profile
import-error-no-rows = the file has a header but no contacts
import-error-workbook = could not read the workbook: { $why }
import-error-no-sheet = the workbook has no sheet “{ $wanted }”; its sheets are: { $sheets }
import-error-account-too-large = after this import the account would be about { $size } MB, more than the { $limit } MB an account file holds; import only this account's people (is the company column right? on the command line, --company names it)
import-error-cancelled = the import was cancelled; nothing changed

## Why a file could not be read (the part after the file's name)

import-why-folder = it is a folder; name a file in it
import-why-xlsx-password = the workbook is protected by a password; open it in a spreadsheet, remove the password and save it again
import-why-xls = this is an Excel 97–2003 file (.xls); open it in a spreadsheet and save it as .xlsx or CSV
import-why-no-worksheet = it has no sheet of cells (its sheets are: { $sheets }); save the contacts in a sheet
import-why-chart-sheet = the sheet “{ $sheet }” is a chart or a macro sheet, not a sheet of cells; its sheets are: { $sheets }
import-why-empty-sheet = the sheet “{ $sheet }” is empty; choose the sheet with the contacts (its sheets are: { $sheets })
import-why-password = it is protected by a password: open it in Excel, remove the password and save it again
import-why-ods = this is an OpenDocument spreadsheet (.ods): open it and save it as Excel (.xlsx) or CSV
import-why-xlsb = this is an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx or CSV
import-why-cut-off = the file is damaged or cut off (it is not a complete .xlsx): download or export it again, or open it in Excel and save it again ({ $detail })
import-why-zip = this is a zip archive but not an Excel workbook: export the contacts as .xlsx or CSV ({ $detail })
import-why-damaged = its contents are damaged, so its cells cannot be read: open it in Excel and save it again as .xlsx, or save it as CSV ({ $detail })
import-why-vcard-unclosed = the vCard that begins here has no END:VCARD before the next BEGIN:VCARD on line { $line }; the file is damaged: export the contacts again
import-why-vcard-cut-off = the vCard that begins here has no END:VCARD; the file looks cut off: export the contacts again
import-why-no-vcard = the file has no vCard in it (no BEGIN:VCARD … END:VCARD): export the contacts as vCard (.vcf) again, or as CSV
import-no-saved-profiles = none
import-no-profile = there is no import profile “{ $wanted }”; saved profiles: { $saved }; known exports: { $known }
