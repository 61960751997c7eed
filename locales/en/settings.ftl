# settings
# How a problem line starts (path:line:column: error: message).
settings-severity-warning = warning
settings-severity-error = error

# What a value was instead of what was expected.
settings-type-string = a string
settings-type-number = a number
settings-type-boolean = true or false
settings-type-date = a date
settings-type-list = a list
settings-type-table = a table

# What a setting takes.
settings-expect-currency = a three-letter currency code in quotes, such as "EUR"
settings-expect-user = your name in quotes, as the accounts' team lists write it
settings-expect-table = a table: a line `[keys]` or `[theme]` with `name = "value"` lines below it
settings-expect-keys = a key in quotes, such as "x", "Ctrl-r" or "F1", or a list of them: ["x", "F2"]
settings-expect-colour = a colour in quotes, such as "red" or "#1e90ff"
settings-expect-one-of = one of { $codes }

# Problems with values.
settings-wrong-type = { $key } should be { $expected }, not { $found }; until it is, dmu uses its default
settings-not-toml = this is not valid TOML ({ $detail }); until it is fixed, dmu uses its defaults for every setting (docs/settings.md shows the format)
settings-currency-bad = currency should be a three-letter ISO 4217 code such as "EUR", "USD" or "RUB", not "{ $value }"; until it is, the portfolio uses the currency most accounts use
settings-user-empty = user is empty: write your name as the accounts' team lists write it, or delete the line
settings-user-control = user holds control characters (a tab or a line break): write your name on one line
settings-choice-bad = { $key } should be { $expected }, not "{ $value }"; until it is, dmu uses its default
settings-unknown-setting = dmu has no setting `{ $key }`, so it is ignored; the settings are { $settings }
settings-unknown-setting-hint = dmu has no setting `{ $key }`, so it is ignored; did you mean `{ $suggestion }`? the settings are { $settings }
# The list of settings in the message above: "currency, user" and "[theme]".
settings-list = { $first } and { $last }
settings-unknown-style = the theme has no style `{ $name }`, so it is ignored; the styles are { $styles }
settings-unknown-style-hint = the theme has no style `{ $name }`, so it is ignored; did you mean `{ $suggestion }`? the styles are { $styles }

# Keys and colours.
settings-key-list-empty = { $dotted } gives no key; give at least one, such as "x", or delete the line to keep the default
settings-key-empty = an empty key; write one such as "x", "Ctrl-r" or "F1"
settings-key-unknown = "{ $text }" is not a key dmu knows; write one character ("x", "X", "?") or a name: Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1 to F24, with Ctrl-, Alt- or Shift- before it if you like
settings-key-unknown-hint = "{ $text }" is not a key dmu knows; did you mean "{ $suggestion }"? write one character ("x", "X", "?") or a name: Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1 to F24, with Ctrl-, Alt- or Shift- before it if you like
settings-key-shift-symbol = "{ $text }": Shift goes with letters and named keys only; write the character itself instead ("!" rather than "Shift-1")
settings-key-ctrl-symbol = "{ $text }": terminals send Ctrl only with letters, Space and named keys ("Ctrl-r", "Ctrl-Space", "Ctrl-Up"); choose one of those
settings-colour-bad-hex = "{ $text }" is not a colour: write six hexadecimal digits as #rrggbb ("#1e90ff")
settings-colour-unknown = "{ $text }" is not a colour dmu knows; write #rrggbb or one of { $names }
settings-colour-unknown-hint = "{ $text }" is not a colour dmu knows; did you mean "{ $suggestion }"? write #rrggbb or one of { $names }

# The file itself.
settings-file-missing-flag = the settings file named by --config does not exist; dmu uses its defaults. Check the path, or create the file with `dmu config --init`
settings-file-missing-env = the settings file named by DMU_CONFIG does not exist; dmu uses its defaults. Check the path, or create the file with `dmu config --init`
settings-file-missing-default = the settings file named by the default location does not exist; dmu uses its defaults. Check the path, or create the file with `dmu config --init`
settings-file-unreadable = the settings file cannot be read: { $why }; dmu uses its defaults
settings-file-is-folder = this is a folder, not a settings file; dmu uses its defaults. Name a file with --config or DMU_CONFIG
settings-file-too-big = the settings file is larger than 1 MiB, so it is not read; dmu uses its defaults
settings-file-not-utf8 = the settings file is not UTF-8 text (first bad byte on line { $line }); save it as UTF-8. Until then dmu uses its defaults
settings-user-layout = its layout is not one dmu can add a line to safely; add user = { $value } to it by hand

# The key overrides.
settings-unknown-action = keys.{ $name }: dmu has no action `{ $name }`, so the line is ignored; `dmu config --keys` lists every action and its keys
settings-unknown-action-hint = keys.{ $name }: dmu has no action `{ $name }`, so the line is ignored; did you mean `{ $suggestion }`? `dmu config --keys` lists every action and its keys
settings-action-twice = keys.{ $written }: { $name } is given keys on an earlier line already, so this line is ignored
settings-key-clash = keys.{ $action }: { $key } already means “{ $other }” ({ $owner }, under “{ $group }” in the help), so dmu keeps { $kept } for { $action }; choose another key, or give { $owner } another key too
settings-key-clash-fixed = keys.{ $action }: { $key } already means “{ $other }” (under “{ $group }” in the help), so dmu keeps { $kept } for { $action }; choose another key, or that key cannot be moved
settings-key-ctrl-c = keys.{ $action }: Ctrl-c always quits dmu and cannot do anything else; choose another key
settings-kept-none = its default keys

# The TUI's notice at start-up.
settings-notice-warnings = Settings: { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} (see `dmu config`) · { $first }
settings-notice-errors = Settings: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, defaults used there (see `dmu config`) · { $first }
settings-notice-both = Settings: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, defaults used there (see `dmu config`) · { $first }
settings-help-line-1 = Keys and colours can be changed in the settings file;
settings-help-line-2 = `dmu config` shows where it is and what is in force.
settings-help-changed = Keys changed there: { $keys }
settings-help-heading = Settings
settings-after-tui = dmu: the settings file has problems (dmu used its defaults where they are wrong):

# dmu config.
settings-origin-flag = from --config
settings-origin-env = from DMU_CONFIG
settings-origin-default = the default place
settings-config-file-exists = Settings file: { $path } ({ $origin }; exists)
settings-config-file-missing = Settings file: { $path } ({ $origin }; does not exist yet: `dmu config --init` writes an example)
settings-config-no-folder = Settings file: none (this system has no config folder; name one with --config PATH or DMU_CONFIG)
settings-config-data = Data folder:   { $path } ({ $origin })
settings-from-default = default
settings-from-file = settings file, line { $line }
settings-from-env = environment { $var }
settings-from-flag = flag { $flag }
settings-currency-unset = (none: the currency most accounts use)
settings-user-unset = (none)
settings-colours-on = on
settings-colours-off = off
settings-keys-none = (none changed; `dmu config --keys` lists every action and its keys)
settings-keys-footer = `dmu config --keys` lists every action and its keys; `?` in dmu shows the keys in force
settings-keys-heading = Actions and their keys (change them under [keys] in the settings file, see docs/settings.md)
settings-override-refused = not used, see the warning
settings-init-exists = { $path } exists already; dmu never overwrites it. Edit it, or move it away and run this again
settings-init-done = Wrote an example settings file to { $path }; every line is commented out, so nothing changes until you remove the # before a setting
settings-init-nowhere = this system has no config folder; name the file to write with --config PATH
settings-config-failed = { $errors ->
    [one] the settings file has an error; dmu uses the default for that setting until it is fixed
   *[other] the settings file has { $errors } errors; dmu uses the defaults for those settings until they are fixed
}
