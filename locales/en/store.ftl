# store
# Operating-system errors, in words a rep can act on (the system's own text follows in brackets).
store-io-storage-full = the disk is full; free some space and try again
store-io-quota = your disk quota is used up; free some space and try again
store-io-permission = permission denied; dmu is not allowed to write or read there
store-io-read-only = the disk is read-only
store-io-not-found = it does not exist
store-io-exists = it already exists
store-io-is-folder = it is a folder, not a file
store-io-not-folder = part of the path is a file, not a folder
store-io-bad-name = the name is not allowed by the system
store-io-with-system = { $plain } ({ $system })

# The data folder and finding accounts.
store-no-data-dir = cannot tell where to keep your accounts (no home folder found); pass --data-dir PATH or set DMU_DATA_DIR
store-not-a-folder = { $path } is not a folder; move it away or choose another place with --data-dir
store-io-failed = could not { $what } { $path }: { $why }
store-unknown = no account matches `{ $query }`{ $candidates }
store-ambiguous = `{ $query }` could mean several accounts; be more precise{ $candidates }
# What dmu was doing when a file operation failed (after "could not").
store-do-install-demo = install the demo account in
store-do-read-folder = read the folder
store-do-create-account = create the account file
store-do-create-folder = create the folder
store-do-trash = move to the trash
store-do-untrash = restore from the trash
store-do-remove-trashed = remove after copying to the trash
store-do-write = write
store-needs-name = an account needs a name
store-too-many-named = there are too many accounts named like `{ $name }`; choose another name
store-no-accounts-yet = there are no accounts in { $folder } yet: `dmu new NAME` creates one, and `dmu` alone opens the app with a demo account
store-same-id-hint = these { $n } files hold the same id `{ $id }`: name one by its file name ({ $some } or { $last }); `dmu check` says how to fix the other
store-candidate = { $name }  (slug `{ $slug }`, id `{ $id }`)
store-candidate-unreadable = `{ $slug }`  (cannot be read: { $why })
store-candidates-more = ... and { $n } more (`dmu list` shows them all)
store-exposed-many = { $n } files and folders in your data folder
store-exposed = Other users of this computer can read { $what }; to keep your accounts to yourself run: chmod -R go-rwx { $root }

# Saving.
store-read-only-newer = read-only: written by a newer dmu (schema { $schema }); update dmu to edit it
store-read-only-locked = read-only: another dmu window is editing this account
store-read-only = read-only: { $why }
store-cannot-lock = the account cannot be locked against a second window ({ $why })
store-folder-not-writable = the folder cannot be written ({ $why })
store-foreign-owner = the file belongs to another user (id { $uid }) and saving would take it over; to edit it, run: sudo chown $USER { $path }
store-changed-on-disk = the file changed on disk since it was opened; reload it, or save your version as a copy
store-not-saved = not saved: { $why }
store-too-big-to-save = the account would be { $size } MB, more than the { $max } MB an account file may hold; undo the last change
store-too-many-copies = there are too many copies of this account already
# The name of an account saved as a copy beside the one that changed on disk.
store-copy-name = { $name } (copy)

# Reading a file.
store-not-valid = the file is not valid
store-more-problems = { $first } (and { $more } more; `dmu check` lists them all)
store-newer-note = { $message } (the file was written by a newer dmu, format version { $schema }; this one knows { $known })
store-file-too-big = the file is { $size } MB, but an account file is at most { $max } MB; is it the right file?
store-cannot-read = cannot read the file: { $why }
store-is-folder = this is a folder, not an account file
store-not-regular = this is not a regular file (it is a device, a pipe or a socket), so dmu does not read it; an account file is a plain .json file
store-empty = the file is empty
store-cut-in-character = the file was cut off in the middle of a character (it ends too early)
store-not-utf8 = the file is not UTF-8 text (byte { $byte } here); save it as UTF-8
store-blank = the file is empty (only blank space)
store-nul = the file contains a NUL byte; it is damaged or not a text file
store-merge-markers = this file is in the middle of a git merge (conflict markers at line { $line }): run `dmu sync --resolve` to merge it again person by person, or resolve the conflict by hand (keep one side of each <<<<<<< … >>>>>>> block and delete the marker lines), or run `git merge --abort`; then open it again
store-cut-off-backup = { $what }; `{ $name }` beside it holds the version before the last save: check that it is whole, then copy it over this file
store-cut-off-no-backup = { $what }; there is no backup (`{ $name }`) beside it: restore the file from a copy of your own, or add its missing end in a text editor
store-ends-early = the file ends too early, so it was probably cut off
store-too-deep = values are nested too deeply; this is not an account file
store-not-json = this is not valid JSON: { $what }
store-newer-unreadable = this dmu cannot read it: { $message }; update dmu to open it
store-same-id-beside = { $name } beside it
store-same-id = the id `{ $id }` is also the id of { $other }, so two files hold the same account: if one is a copy, move it to the trash (delete it in dmu); if they are different accounts, give this one a new id

# The trash.
store-not-account-file = { $path } is not an account file in { $folder }
store-trash-folder = { $path } is a folder, not an account file; move it away by hand
store-does-not-exist = { $path } does not exist
store-open-elsewhere = this account is open in a dmu window; close it there before deleting it
store-not-in-trash = { $path } is not an account in the trash ({ $trash })
store-too-many-to-restore = there are too many accounts named like `{ $slug }`; rename some first
store-trashed-unreadable = (does not load)
store-trashed-line = { $name } · trashed { $when } · { $file }

# Unsaved edits kept in a recovery file.
store-recovery-not-folder = { $path } is not a folder
store-recovery-cannot-create = could not create the folder: { $why }
store-recovery-unsafe = the folder is a link, or someone else's, or open to other users; dmu does not put your edits there
store-recovery-read-back = what was read back differs from what was written; the disk may be failing
store-recovery-too-many = there are too many recovery files for this account already
store-recovery-nowhere = no place would keep a recovery file: { $tried }
store-recovery-not-ours = { $path } is not a recovery file of dmu
store-recovery-trash-full = the trash holds too many recovery files already
store-recovery-cannot-restore = cannot restore into { $path }: { $why }; the recovery file is kept
store-recovery-restore-failed = could not restore into { $path }: { $why }; the recovery file is kept
store-recovery-no-name = there is no free file name to restore into
store-elsewhere-no-home = there is no home folder to put `~` for; type the full path
store-elsewhere-folder = { $path } names a folder; add a file name, like demo-edits.json
store-elsewhere-inside = { $path } is inside the accounts folder, where it would be taken for a second copy of the account; choose a place outside { $accounts }
store-elsewhere-exists = { $path } exists already; dmu never overwrites a file here, so type a new name
store-elsewhere-failed = could not write { $path }: { $why }

# A value of the wrong kind in an account file, in the words of the file format.
store-serde-missing-field = the required field { $field } is missing
store-serde-duplicate-field = the field { $field } is written twice in the same object; keep only one
store-serde-either = { $init } or { $last }
store-serde-the-word = the word { $word }
store-serde-one-of-words = one of the words { $words }
store-serde-word-wanted = this should be { $word }, in quotes, not { $found }
store-serde-empty-word = an empty word ("")
store-serde-not-allowed = { $word } is not allowed here
store-serde-not-allowed-use = { $word } is not allowed here; use { $words }
store-serde-not-allowed-one-of = { $word } is not allowed here; use one of { $words }
store-serde-too-large = this number is too large: it should be { $range }
store-serde-too-small = this number is too small: it should be { $range }
store-serde-write-whole = this should be { $want }: write { $whole }, not { $raw }
store-serde-wrong = this should be { $want }, not { $found }
store-found-number = the number { $n }
store-found-number-cut = the number { $n }…
store-found-text = the text { $text }
store-found-object = an object {"{"}…{"}"}
store-found-list = a list […]
store-want-whole-range = a whole number from { $min } to { $max }
store-want-whole-positive = a whole number, 0 or more
store-want-whole = a whole number
store-want-number = a number
store-want-text = text in quotes
store-want-bool = true or false
store-want-list = a list […]
store-want-object = an object {"{"}…{"}"}
store-want-object-of = an object {"{"}…{"}"} ({ $what })
store-want-word = one of the words the format allows, in quotes
store-record-account = an account
store-record-member = a member of our team
store-record-person = a person
store-record-coverage = a coverage entry
store-record-link = a link
store-record-follow-up = a follow-up
store-record-demand = a demand
store-probe-word = this value should be text in quotes (one of the words the format allows)
store-probe-too-large = this number is too large to be read (the limit is about 1.8e308); write the real figure
store-probe-too-small = this number is too small to be read (the limit is about -1.8e308); write the real figure
store-lenient-object = this should be an object {"{"}…{"}"}
store-lenient-list = this should be a list […]
