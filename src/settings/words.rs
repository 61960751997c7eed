//! Every sentence the settings say to the rep — problems with the file, the key
//! overrides' warnings, the TUI's start-up notice and `dmu config`'s labels — kept in
//! one place so that they can be translated together.

use super::{FileOrigin, Severity};

/// `error` or `warning`, as a problem line starts.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

// What a value was instead of what was expected.

/// A TOML string.
pub const TYPE_STRING: &str = "a string";
/// A TOML integer or float.
pub const TYPE_NUMBER: &str = "a number";
/// A TOML boolean.
pub const TYPE_BOOLEAN: &str = "true or false";
/// A TOML date or time.
pub const TYPE_DATE: &str = "a date";
/// A TOML array.
pub const TYPE_LIST: &str = "a list";
/// A TOML table.
pub const TYPE_TABLE: &str = "a table";

/// What `currency` takes.
pub const EXPECT_CURRENCY: &str = "a three-letter currency code in quotes, such as \"EUR\"";
/// What `user` takes.
pub const EXPECT_USER: &str = "your name in quotes, as the accounts' team lists write it";
/// What `[keys]` and `[theme]` take.
pub const EXPECT_TABLE: &str = "a table: a line `[keys]` or `[theme]` with `name = \"value\"` lines below it";
/// What a line of `[keys]` takes.
pub const EXPECT_KEYS: &str =
    "a key in quotes, such as \"x\", \"Ctrl-r\" or \"F1\", or a list of them: [\"x\", \"F2\"]";
/// What a line of `[theme]` takes.
pub const EXPECT_COLOUR: &str = "a colour in quotes, such as \"red\" or \"#1e90ff\"";

/// One of a few values, in quotes.
pub fn expect_one_of(codes: &[&str]) -> String {
    let quoted: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
    format!("one of {}", quoted.join(", "))
}

/// A value of the wrong kind.
pub fn wrong_type(key: &str, expected: &str, found: &str) -> String {
    let key = if key == "keys" || key == "theme" { format!("[{key}]") } else { key.to_string() };
    format!("{key} should be {expected}, not {found}; until it is, dmu uses its default")
}

/// The file is not TOML.
pub fn not_toml(detail: &str) -> String {
    format!(
        "this is not valid TOML ({detail}); until it is fixed, dmu uses its defaults for every setting \
         (docs/settings.md shows the format)"
    )
}

/// A currency that is not an ISO code.
pub fn currency_bad(value: &str) -> String {
    format!(
        "currency should be a three-letter ISO 4217 code such as \"EUR\", \"USD\" or \"RUB\", not \"{value}\"; \
         until it is, the portfolio uses the currency most accounts use"
    )
}

/// An empty `user`.
pub fn user_empty() -> String {
    "user is empty: write your name as the accounts' team lists write it, or delete the line".into()
}

/// A `user` with control characters.
pub fn user_control() -> String {
    "user holds control characters (a tab or a line break): write your name on one line".into()
}

/// A value that is not one of the choices.
pub fn choice_bad(key: &str, value: &str, codes: &[&str]) -> String {
    format!("{key} should be {}, not \"{value}\"; until it is, dmu uses its default", expect_one_of(codes))
}

/// A top-level key dmu does not know.
pub fn unknown_setting(key: &str, suggestion: Option<&str>) -> String {
    let hint = suggestion.map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
    format!(
        "dmu has no setting `{key}`, so it is ignored; {hint}the settings are currency, user, language, \
         name_order, [keys] and [theme]"
    )
}

/// A `[theme]` name dmu does not know.
pub fn unknown_style(name: &str, suggestion: Option<&str>) -> String {
    let hint = suggestion.map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
    let names: Vec<&str> = super::StyleName::ALL.iter().map(|s| s.name()).collect();
    format!("the theme has no style `{name}`, so it is ignored; {hint}the styles are {}", names.join(", "))
}

/// A `[keys]` line with an empty list.
pub fn key_list_empty(dotted: &str) -> String {
    format!("{dotted} gives no key; give at least one, such as \"x\", or delete the line to keep the default")
}

/// An empty key.
pub fn key_empty() -> String {
    "an empty key; write one such as \"x\", \"Ctrl-r\" or \"F1\"".into()
}

/// A key dmu cannot read.
pub fn key_unknown(text: &str, suggestion: Option<String>) -> String {
    let hint = suggestion.map(|s| format!("did you mean \"{s}\"? ")).unwrap_or_default();
    format!(
        "\"{text}\" is not a key dmu knows; {hint}write one character (\"x\", \"X\", \"?\") or a name: Space, \
         Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, \
         F1 to F24, with Ctrl-, Alt- or Shift- before it if you like"
    )
}

/// Shift with something other than a letter.
pub fn key_shift_symbol(text: &str) -> String {
    format!(
        "\"{text}\": Shift goes with letters and named keys only; write the character itself instead \
         (\"!\" rather than \"Shift-1\")"
    )
}

/// Ctrl with something terminals cannot send.
pub fn key_ctrl_symbol(text: &str) -> String {
    format!(
        "\"{text}\": terminals send Ctrl only with letters, Space and named keys (\"Ctrl-r\", \"Ctrl-Space\", \
         \"Ctrl-Up\"); choose one of those"
    )
}

/// A `#` colour that is not `#rrggbb`.
pub fn colour_bad_hex(text: &str) -> String {
    format!("\"{text}\" is not a colour: write six hexadecimal digits as #rrggbb (\"#1e90ff\")")
}

/// A colour name dmu does not know.
pub fn colour_unknown(text: &str, suggestion: Option<&str>) -> String {
    let hint = suggestion.map(|s| format!("did you mean \"{s}\"? ")).unwrap_or_default();
    let names: Vec<&str> = super::colour_names().collect();
    format!("\"{text}\" is not a colour dmu knows; {hint}write #rrggbb or one of {}", names.join(", "))
}

/// A settings file that someone named but that is not there.
pub fn file_missing(origin: FileOrigin) -> String {
    let who = match origin {
        FileOrigin::Flag => "--config",
        FileOrigin::Environment => "DMU_CONFIG",
        FileOrigin::Default => "the default location",
    };
    format!(
        "the settings file named by {who} does not exist; dmu uses its defaults. Check the path, or create \
         the file with `dmu config --init`"
    )
}

/// A settings file that cannot be read.
pub fn file_unreadable(why: &str) -> String {
    format!("the settings file cannot be read: {why}; dmu uses its defaults")
}

/// A folder where the settings file should be.
pub fn file_is_folder() -> String {
    "this is a folder, not a settings file; dmu uses its defaults. Name a file with --config or DMU_CONFIG"
        .into()
}

/// A settings file too large to be one.
pub fn file_too_big() -> String {
    "the settings file is larger than 1 MiB, so it is not read; dmu uses its defaults".into()
}

/// A settings file that is not UTF-8.
pub fn file_not_utf8(line: usize) -> String {
    format!(
        "the settings file is not UTF-8 text (first bad byte on line {line}); save it as UTF-8. Until then dmu \
         uses its defaults"
    )
}

// The key overrides (checked by the TUI, which knows the actions).

/// An action name dmu does not know.
pub fn unknown_action(name: &str, suggestion: Option<&str>) -> String {
    let hint = suggestion.map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
    format!(
        "keys.{name}: dmu has no action `{name}`, so the line is ignored; {hint}`dmu config --keys` lists \
         every action and its keys"
    )
}

/// An action given keys twice (`page-down` and `page_down`).
pub fn action_twice(written: &str, name: &str) -> String {
    format!("keys.{written}: {name} is given keys on an earlier line already, so this line is ignored")
}

/// An override that would take a key another binding has: what the key does now
/// (`other`, under the help's heading `group`), the other action's name when it has
/// one, and the keys the overridden action keeps.
pub fn key_clash(
    action: &str,
    key: &str,
    other: &str,
    group: &str,
    other_name: Option<&str>,
    kept: &str,
) -> String {
    let (whose, fix) = match other_name {
        Some(n) => (format!("{n}, "), format!("give {n} another key too")),
        None => (String::new(), "that key cannot be moved".to_string()),
    };
    format!(
        "keys.{action}: {key} already means “{other}” ({whose}under “{group}” in the help), so dmu keeps \
         {kept} for {action}; choose another key, or {fix}"
    )
}

/// An override that would bind Ctrl-c to anything but quitting.
pub fn key_ctrl_c(action: &str) -> String {
    format!("keys.{action}: Ctrl-c always quits dmu and cannot do anything else; choose another key")
}

/// The keys an action keeps when its override is refused.
pub fn kept_none() -> &'static str {
    "its default keys"
}

// The TUI's notice at start-up.

/// The one-line notice when the settings file has problems. The status bar keeps what
/// fits, so the count, that defaults are in use and where to read more come first.
pub fn tui_notice(errors: usize, warnings: usize, first: &str) -> String {
    let count =
        |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    let what = match (errors, warnings) {
        (0, w) => count(w, "warning", "warnings"),
        (e, 0) => format!("{}, defaults used there", count(e, "error", "errors")),
        (e, w) => format!(
            "{}, {}, defaults used there",
            count(e, "error", "errors"),
            count(w, "warning", "warnings")
        ),
    };
    format!("Settings: {what} (see `dmu config`) · {first}")
}

/// The settings section at the end of the help overlay.
pub fn help_lines(changed: &[&str]) -> Vec<String> {
    let mut lines = vec![
        "Keys and colours can be changed in the settings file;".to_string(),
        "`dmu config` shows where it is and what is in force.".to_string(),
    ];
    if !changed.is_empty() {
        lines.push(format!("Keys changed there: {}", changed.join(", ")));
    }
    lines
}

/// The heading of the help overlay's settings section.
pub fn help_heading() -> &'static str {
    "Settings"
}

/// Printed to the terminal after the TUI closes, above the problems.
pub fn after_tui_heading() -> &'static str {
    "dmu: the settings file has problems (dmu used its defaults where they are wrong):"
}

// `dmu config`.

/// Who chose the settings file, for `dmu config`.
pub fn file_origin(origin: FileOrigin) -> &'static str {
    match origin {
        FileOrigin::Flag => "from --config",
        FileOrigin::Environment => "from DMU_CONFIG",
        FileOrigin::Default => "the default place",
    }
}

/// The heading line of `dmu config`.
pub fn config_file_line(path: &str, origin: FileOrigin, exists: bool) -> String {
    let state = if exists { "exists" } else { "does not exist yet: `dmu config --init` writes an example" };
    format!("Settings file: {path} ({}; {state})", file_origin(origin))
}

/// `dmu config` when the system has no config folder.
pub fn config_no_folder() -> &'static str {
    "Settings file: none (this system has no config folder; name one with --config PATH or DMU_CONFIG)"
}

/// The data folder line of `dmu config`.
pub fn config_data_line(path: &str, origin: &str) -> String {
    format!("Data folder:   {path} ({origin})")
}

/// Where a value came from, for `dmu config`.
pub fn from_default() -> &'static str {
    "default"
}

/// A value from the file, with its line.
pub fn from_file(line: usize) -> String {
    format!("settings file, line {line}")
}

/// A value from the environment.
pub fn from_env(var: &str) -> String {
    format!("environment {var}")
}

/// A value from a flag.
pub fn from_flag(flag: &str) -> String {
    format!("flag {flag}")
}

/// `currency` when none is set.
pub fn currency_unset() -> &'static str {
    "(none: the currency most accounts use)"
}

/// `user` when none is set.
pub fn user_unset() -> &'static str {
    "(none)"
}

/// Colours on or off.
pub fn colours_line(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

/// The `[keys]` heading of `dmu config` when the file changes none.
pub fn keys_none() -> &'static str {
    "(none changed; `dmu config --keys` lists every action and its keys)"
}

/// Under the `[keys]` of `dmu config`.
pub fn keys_footer() -> &'static str {
    "`dmu config --keys` lists every action and its keys; `?` in dmu shows the keys in force"
}

/// `dmu config --keys` heading.
pub fn keys_heading() -> &'static str {
    "Actions and their keys (change them under [keys] in the settings file, see docs/settings.md)"
}

/// A refused override in `dmu config`.
pub fn override_refused() -> &'static str {
    "not used, see the warning"
}

/// `dmu config --init` when the file is there already.
pub fn init_exists(path: &str) -> String {
    format!("{path} exists already; dmu never overwrites it. Edit it, or move it away and run this again")
}

/// `dmu config --init` done.
pub fn init_done(path: &str) -> String {
    format!(
        "Wrote an example settings file to {path}; every line is commented out, so nothing changes until you \
         remove the # before a setting"
    )
}

/// `dmu config --init` without a place to write.
pub fn init_nowhere() -> &'static str {
    "this system has no config folder; name the file to write with --config PATH"
}

/// `dmu config` exits 1 with this after listing the errors.
pub fn config_failed(errors: usize) -> String {
    if errors == 1 {
        "the settings file has an error; dmu uses the default for that setting until it is fixed".into()
    } else {
        format!(
            "the settings file has {errors} errors; dmu uses the defaults for those settings until they are fixed"
        )
    }
}
