# cli
# The command line's help in the language (see src/cli/help.rs). English help comes
# from the doc comments; these English texts are the same, for the catalogue's tests.
cli-help-usage-heading = Usage:
cli-help-usage-options = [OPTIONS]
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-value-command = COMMAND
cli-help-possible-values = Possible values:
cli-help-default = [default: { $value }]
cli-help-values = [possible values: { $values }]

# Usage errors.
cli-error-prefix = error:
cli-error-more = For more information, try '--help'.
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-missing-value = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
cli-error-bad-value = invalid value '{ $value }' for '{ $arg }': { $why }
cli-error-missing-argument = the following required arguments were not provided: { $arg }
cli-error-missing-command = a command is required
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-values = wrong number of values for '{ $arg }'
cli-error-other = the command line is not understood
cli-error-tip = tip: a similar one exists: '{ $tip }'

# dmu changes
cli-changes-skipped = skipped (run `dmu check`): { $why }

# dmu check
cli-check-no-accounts = There are no accounts in { $folder } yet, so there is nothing to check.
cli-check-folder-empty = this folder holds no account files (*.json) to check
cli-check-folder-unreadable = cannot read the folder: { $why }
cli-check-newer = note: { $path }: valid, but written by a newer dmu (format version { $schema }; this dmu knows { $known }), so it opens read-only until you update dmu
cli-check-note = note: { $text }
cli-check-no-match = no account matches `{ $name }`: there are no accounts in { $folder } yet
cli-check-all-valid = { $read_only ->
    [0] { $n ->
        [one] Checked { $n } file: all valid.
       *[other] Checked { $n } files: all valid.
    }
    [1] { $n ->
        [one] Checked { $n } file: all valid (one opens read-only, see the note above).
       *[other] Checked { $n } files: all valid (one opens read-only, see the note above).
    }
   *[other] { $n ->
        [one] Checked { $n } file: all valid ({ $read_only } open read-only, see the notes above).
       *[other] Checked { $n } files: all valid ({ $read_only } open read-only, see the notes above).
    }
}
cli-check-failed = { $n ->
    [one] Checked { $n } file
   *[other] Checked { $n } files
}: { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}; { $failed } not valid{ $unknown ->
    [0] .
    [1] ; 1 name did not match exactly one account.
   *[other] ; { $unknown } names did not match exactly one account.
}
# dmu check --strict
cli-strict-pull-model = the pull_model override is not usable: { $why }
cli-strict-red-flag = red flag { $code }: { $text }

# dmu trash
cli-trash-restored = Restored “{ $account }” to the accounts folder as { $file }.
cli-trash-restored-renamed = Restored “{ $account }” as { $file }: { $old } is taken, and a restore never writes over a file.
cli-trash-does-not-load = { $slug }.json (does not load)
cli-trash-empty = The trash is empty.
cli-trash-column-account = ACCOUNT
cli-trash-column-trashed = TRASHED
cli-trash-column-file = FILE IN THE TRASH

# dmu export -o
cli-export-inside-data = { $file } is inside the data folder { $folder }, where dmu keeps your accounts; write the export somewhere else, for example your documents folder
cli-export-is-folder = { $file } is a folder; name a file in it, such as { $file }/export.txt
cli-export-replaced = Replaced { $file }.
cli-export-wrote = Wrote { $file }.
cli-export-exists = { $file } exists; pass --force to replace it, or choose another file
cli-export-cannot-write = could not write { $file }: { $why }

# dmu merge-driver ($which is base, ours or theirs)
cli-merge-merged = { $n ->
    [one] dmu: merged { $name }, { $n } conflict recorded: open it in dmu to decide
   *[other] dmu: merged { $name }, { $n } conflicts recorded: open it in dmu to decide
}
cli-merge-failed = dmu: could not merge { $name }: { $why }. Your version is left as it was, and git marks the file as conflicted.
cli-merge-cannot-write = could not write { $file }: { $why }
cli-merge-cannot-read = { $which ->
    [base] cannot read the version both started from ({ $file }): { $why }
    [ours] cannot read your version ({ $file }): { $why }
   *[theirs] cannot read the other version ({ $file }): { $why }
}
cli-merge-not-a-file = { $which ->
    [base] the version both started from ({ $file }) is not a file
    [ours] your version ({ $file }) is not a file
   *[theirs] the other version ({ $file }) is not a file
}
cli-merge-too-big = { $which ->
    [base] the version both started from is { $size } MB, but an account file is at most { $most } MB
    [ours] your version is { $size } MB, but an account file is at most { $most } MB
   *[theirs] the other version is { $size } MB, but an account file is at most { $most } MB
}

# dmu diff-text
cli-diff-text-cannot-read = could not read { $file }

# dmu open, list, new, report, export
cli-demo-installed = No accounts yet, so dmu installed a demo account to try things on: { $file }
cli-list-empty = No accounts in { $folder } yet: `dmu new NAME` creates one, and `dmu` alone opens the app with a demo account.
cli-new-same-name = { $n ->
    [one] Note: { $n } other account has this name; name them by file or id on the command line.
   *[other] Note: { $n } other accounts have this name; name them by file or id on the command line.
}
cli-new-created = Created the account “{ $name }”.
cli-report-pull-model = the account's pull_model: { $why }
cli-export-excel-needs-csv = --excel goes with --format csv (it is the CSV dialect of European spreadsheets)

# dmu config --init
cli-config-cannot-create = could not create { $folder }: { $why }
cli-config-cannot-write = could not write { $file }: { $why }

# Help of each command and argument, in clap's tree (src/cli/help.rs): English as the
# doc comments say it, for the parity test; Russian replaces it in Russian help.
cli-help-about = Map the decision-making unit of your key accounts and pull the decision through it.
cli-help-after = Keys, colours, your currency and name are set in a settings file: `dmu config` shows where it is and what is in force, `dmu config --init` writes an example.
cli-help-arg-data-dir = Folder that holds your accounts [default: $DMU_DATA_DIR, else the system's data folder]
cli-help-arg-config = Settings file: keys, colours, currency [default: $DMU_CONFIG, else settings.toml in the system's config folder]
cli-help-arg-lang = Language of the screens and reports: en or ru [default: $DMU_LANG, else the settings' language, else the locale]
cli-help-arg-help = Print help
cli-help-arg-help-more = Print help (see more with '--help')
cli-help-arg-help-more-long = Print help (see a summary with '-h')
cli-help-arg-version = Print version
cli-help-help-about = Print this message or the help of the given subcommand(s)
cli-help-help-arg-subcommand = Print help for the subcommand(s)
cli-help-open-about = Open one account on screen
cli-help-open-arg-account = Id, file name, or the start of the account's name
cli-help-list-about = List the accounts: name, tier, people, revenue and file name
cli-help-list-arg-json = Print JSON for scripts instead of a table
cli-help-new-about = Create a new, empty account
cli-help-new-arg-name = The account's name (quotes are optional: `dmu new Acme Tools` works)
cli-help-show-about = Show an account: its people, their roles and stance, and the links between them
cli-help-show-arg-account = Id, file name, or the start of the account's name
cli-help-show-arg-json = Print the account file's canonical JSON instead (control characters as \u escapes)
cli-help-check-about = Check account files; prints each problem as `path:line:column: message`
cli-help-check-long-about =
    Check account files; prints each problem as `path:line:column: message`

    Exits 0 when every file is valid, 1 otherwise. Checks all accounts when none is named.
    Only reads: it creates no data folder and installs no demo account.
cli-help-check-arg-targets = Accounts (id, file name, name), paths of files, or folders (each *.json in them)
cli-help-check-arg-strict = Also fail on red flags in the decision-making unit
cli-help-check-arg-today = With --strict: judge contact dates against this day instead of today (YYYY-MM-DD)
cli-help-report-about = The pull-through analysis: pull paths, red flags, and whom to work on next
cli-help-report-arg-account = Id, file name, or the start of the account's name
cli-help-report-arg-format = Output format
cli-help-report-arg-format-value-text = Plain text for the terminal
cli-help-report-arg-format-value-md = Markdown to paste into an account plan
cli-help-report-arg-format-value-json = The stable JSON shape documented in docs/pull-model.md
cli-help-report-arg-today = Judge contact dates against this day instead of today (YYYY-MM-DD)
cli-help-portfolio-about = The portfolio: revenue concentration, risks across accounts, one row per account
cli-help-portfolio-arg-format = Output format
cli-help-portfolio-arg-today = Judge dates against this day instead of today (YYYY-MM-DD)
cli-help-agenda-about = Open follow-ups across all accounts, overdue first, then by due date
cli-help-agenda-arg-owner = Only this team member's follow-ups (id or the start of the name)
cli-help-agenda-arg-format = Output format
cli-help-agenda-arg-today = Judge dates against this day instead of today (YYYY-MM-DD)
cli-help-changes-about = What changed in the accounts lately, from their history, and the conflicts left to decide
cli-help-changes-after =
    Examples:
    {"  "}dmu changes                          every account, the last 7 days
    {"  "}dmu changes northwind --since 2w     one account, the last two weeks
    {"  "}dmu changes --since 2026-11-25       since the start of a day (UTC)
    {"  "}dmu changes --since last-sync        since this machine last synced
    {"  "}dmu changes --format md              Markdown to paste into a report
    {"  "}dmu changes --format json            for scripts

    The history holds each change of a person's stance, stance basis, influence, roles,
    status, favours and coverage, and each person or link added or removed.
cli-help-changes-arg-account = Only this account (id, file name, or the start of its name) [default: every account]
cli-help-changes-arg-since = Where to start: a date (2026-11-25), days or weeks back (7d, 2w), or last-sync [default: 7d]
cli-help-changes-arg-format = Output format
cli-help-changes-arg-format-value-text = Plain sentences for the terminal
cli-help-changes-arg-format-value-md = Markdown: a heading per account and per person, bullet lists
cli-help-changes-arg-format-value-json = {"{"}"since", "accounts": [{"{"}"id", "name", "file", "changes": [...], "conflicts": [...]{"}"}]{"}"}
cli-help-trash-about = The accounts deleted to the trash: list them, or put one back
cli-help-trash-list-about = List the accounts in the trash, newest first: name, when trashed (UTC), file
cli-help-trash-restore-about = Put an account from the trash back into the accounts folder
cli-help-trash-restore-long-about =
    Put an account from the trash back into the accounts folder

    Never over a file: when its old file name is taken, it gets the first free one
    (NAME-2.json, NAME-3.json, ...). Prints the account's file.
cli-help-trash-restore-arg-name = The start of the account's name, its old file name, or its file in the trash
cli-help-import-about = Bring in contacts from a CRM export (CSV), vCard or Excel file; shows the changes first with --dry-run
cli-help-import-long-about =
    Bring in contacts from a CRM export (CSV), vCard or Excel file; shows the changes first with --dry-run

    Recognises exports of Salesforce, HubSpot, Pipedrive, Zoho, Bitrix24 and amoCRM, and
    any file whose column names say what they hold. New people are added; people already
    in the account get their title, department, email, phone and manager updated and keep
    every judgement (stance, influence, roles, coverage, notes).
cli-help-import-arg-file = The export: CSV (any CRM; `,` `;` or tab; UTF-8 or Windows-1251), vCard (.vcf) or Excel (.xlsx)
cli-help-import-arg-account = The account to import into (id, file name, or the start of its name)
cli-help-import-arg-new = Create the account when none matches, and put the rows of other companies into accounts of their own (found by name, or created)
cli-help-import-arg-profile = Read the columns as this saved profile or known export says (salesforce, hubspot, pipedrive, zoho, bitrix24, amocrm, dmu)
cli-help-import-arg-sheet = The worksheet of a workbook [default: the first]
cli-help-import-arg-company = The company whose rows belong to the account, when the file holds several [default: the account's name]
cli-help-import-arg-dry-run = Show what would change, change nothing
cli-help-import-arg-rows = Also list what happens to each row
cli-help-import-arg-format = Output format
cli-help-sync-about = Share the accounts with your team through git: commit, take in colleagues' changes, send yours
cli-help-sync-arg-init = Set up sharing: make the data folder a git repository (or use the one it is in), register dmu's merge helper, commit, and with REMOTE join that shared repository. Harmless to run again.
cli-help-sync-arg-remote = With --init: the shared repository (a URL, or the path of a bare repository on a shared drive)
cli-help-sync-arg-resolve = Merge again, the dmu way, account files git could not merge or left with conflict marks
cli-help-export-about = Write an account in another format
cli-help-export-arg-account = Id, file name, or the start of the account's name
cli-help-export-arg-format = Output format
cli-help-export-arg-format-value-json = The canonical account file
cli-help-export-arg-format-value-dot = Graphviz (render with `dot -Tsvg`)
cli-help-export-arg-format-value-mermaid = A Mermaid flowchart (for Markdown renderers that draw diagrams)
cli-help-export-arg-format-value-md = A Markdown summary to paste into an account plan
cli-help-export-arg-format-value-csv = One row per person, for spreadsheets and CRM imports (RFC 4180; see --excel)
cli-help-export-arg-output = Write to this file instead of the screen (never inside the data folder)
cli-help-export-arg-force = With -o: replace the file if it exists
cli-help-export-arg-excel = With --format csv: for spreadsheets set to Russian and other European locales (a byte order mark, and `;` between cells)
cli-help-diff-text-about = Print an account file one fact a line, for git's textconv (`git diff` then reads as changes)
cli-help-diff-text-after =
    To have git show account files this way, once per repository (the data folder):
    {"  "}echo '*.json diff=dmu' >> .gitattributes
    {"  "}git config diff.dmu.textconv "dmu diff-text"
    Then `git diff` and `git log -p` show changed facts ("+Olga Kuznetsova: stance neutral")
    and new history entries as sentences. A file that is not a valid account is shown as it is.
cli-help-diff-text-arg-file = The account file (git passes each version as a temporary file)
cli-help-config-about = Show the settings file and every setting in force, with where it comes from
cli-help-config-long-about =
    Show the settings file and every setting in force, with where it comes from

    Problems with the file are printed as `path:line:column: error: message`; exits 1
    when the file has an error (the setting keeps its default until it is fixed).
cli-help-config-arg-path = Print only the settings file's path
cli-help-config-arg-init = Write a commented example settings file (never replaces one)
cli-help-config-arg-keys = List every action that `[keys]` can name, with its keys in force
cli-help-completions-about = Print a shell completion script (see the README for where to put it)
cli-help-completions-arg-shell = The shell
cli-help-man-about = Print the manual page (roff); `dmu man | man -l -` reads it
cli-help-merge-driver-about = Merge two changed copies of an account file (git's merge driver)
cli-help-merge-driver-long-about =
    Merge two changed copies of an account file (git's merge driver)

    Merges OURS and THEIRS, two versions of one account changed apart since BASE, record by
    record, and writes the result over OURS.
cli-help-merge-driver-after-long =
    Git runs this command itself once it is told to, in the folder that holds the accounts:

    {"  "}git config merge.dmu.name "dmu account merge"
    {"  "}git config merge.dmu.driver "dmu merge-driver %O %A %B %P"
    {"  "}echo "accounts/*.json merge=dmu" >> .gitattributes

    Changes to different people, or to different fields of one person, are both kept. Where
    the two versions changed the same thing differently, your version's value is kept and the
    other is recorded in the file's conflicts, to decide in dmu; nothing is lost either way.
    Exits 0 when the merged file was written (even with conflicts recorded), and 1 when it
    could not merge (a version with conflict markers or that is not an account file): then
    OURS is left as it was and git marks the file as conflicted.
cli-help-merge-driver-arg-base = The version both started from (git's %O); empty or missing when both added the file
cli-help-merge-driver-arg-ours = Your version (git's %A); the merged account is written here
cli-help-merge-driver-arg-theirs = The other version (git's %B)
cli-help-merge-driver-arg-pathname = The file's name in the repository (git's %P), used in messages
