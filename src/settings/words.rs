//! Every sentence the settings say to the rep — problems with the file, the key
//! overrides' warnings, the TUI's start-up notice and `dmu config`'s labels — as
//! messages of `locales/*/settings.ftl`, in the language of the interface. The keys
//! and values of the file (`currency`, `"first-last"`, `[keys]`) stay as written.

use super::{FileOrigin, Severity};
use crate::i18n::{self, Lang};
use crate::t;
use std::collections::HashMap;
use std::sync::Mutex;

/// A message without arguments as a `&'static str`, for the callers (the TUI's help,
/// `dmu config`) that take one. It is the same text every time in a language, so each
/// is made once per language and kept: a few dozen short strings for the process.
fn fixed(id: &'static str) -> &'static str {
    static MADE: Mutex<Option<HashMap<(Lang, &'static str), &'static str>>> = Mutex::new(None);
    let lang = i18n::lang();
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    let made = made.get_or_insert_with(HashMap::new);
    if let Some(text) = made.get(&(lang, id)).copied() {
        return text;
    }
    let text: &'static str = Box::leak(i18n::tr(id).into_boxed_str());
    made.insert((lang, id), text);
    text
}

/// `error` or `warning`, as a problem line starts.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Warning => fixed("settings-severity-warning"),
        Severity::Error => fixed("settings-severity-error"),
    }
}

// What a value was instead of what was expected.

/// A TOML string.
pub fn type_string() -> String {
    t!("settings-type-string")
}
/// A TOML integer or float.
pub fn type_number() -> String {
    t!("settings-type-number")
}
/// A TOML boolean.
pub fn type_boolean() -> String {
    t!("settings-type-boolean")
}
/// A TOML date or time.
pub fn type_date() -> String {
    t!("settings-type-date")
}
/// A TOML array.
pub fn type_list() -> String {
    t!("settings-type-list")
}
/// A TOML table.
pub fn type_table() -> String {
    t!("settings-type-table")
}

/// What `currency` takes.
pub fn expect_currency() -> String {
    t!("settings-expect-currency")
}
/// What `user` takes.
pub fn expect_user() -> String {
    t!("settings-expect-user")
}
/// What `[keys]` and `[theme]` take.
pub fn expect_table() -> String {
    t!("settings-expect-table")
}
/// What a line of `[keys]` takes.
pub fn expect_keys() -> String {
    t!("settings-expect-keys")
}
/// What a line of `[theme]` takes.
pub fn expect_colour() -> String {
    t!("settings-expect-colour")
}

/// Values as the file writes them: `"en", "ru"` (typed as they are, in any language).
fn quoted_codes(codes: &[&str]) -> String {
    let quoted: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
    quoted.join(", ")
}

/// One of a few values, in quotes.
pub fn expect_one_of(codes: &[&str]) -> String {
    t!("settings-expect-one-of", codes = quoted_codes(codes))
}

/// A value of the wrong kind.
pub fn wrong_type(key: &str, expected: &str, found: &str) -> String {
    let key = if key == "keys" || key == "theme" { format!("[{key}]") } else { key.to_string() };
    t!("settings-wrong-type", key = key, expected = expected, found = found)
}

/// The file is not TOML (`detail` is the TOML reader's own English, for support).
pub fn not_toml(detail: &str) -> String {
    t!("settings-not-toml", detail = detail)
}

/// A currency that is not an ISO code.
pub fn currency_bad(value: &str) -> String {
    t!("settings-currency-bad", value = value)
}

/// An empty `user`.
pub fn user_empty() -> String {
    t!("settings-user-empty")
}

/// A `user` with control characters.
pub fn user_control() -> String {
    t!("settings-user-control")
}

/// A value that is not one of the choices.
pub fn choice_bad(key: &str, value: &str, codes: &[&str]) -> String {
    t!("settings-choice-bad", key = key, value = value, expected = expect_one_of(codes))
}

/// The settings' names as a sentence lists them: `currency, user … and [theme]`.
fn settings_list() -> String {
    let names: Vec<String> = super::parse::TOP
        .iter()
        .map(|k| if *k == "keys" || *k == "theme" { format!("[{k}]") } else { k.to_string() })
        .collect();
    let (last, first) = names.split_last().expect("there are settings");
    t!("settings-list", first = first.join(", "), last = last)
}

/// A top-level key dmu does not know.
pub fn unknown_setting(key: &str, suggestion: Option<&str>) -> String {
    let settings = settings_list();
    match suggestion {
        Some(s) => t!("settings-unknown-setting-hint", key = key, suggestion = s, settings = settings),
        None => t!("settings-unknown-setting", key = key, settings = settings),
    }
}

/// A `[theme]` name dmu does not know.
pub fn unknown_style(name: &str, suggestion: Option<&str>) -> String {
    let names: Vec<&str> = super::StyleName::ALL.iter().map(|s| s.name()).collect();
    let styles = names.join(", ");
    match suggestion {
        Some(s) => t!("settings-unknown-style-hint", name = name, suggestion = s, styles = styles),
        None => t!("settings-unknown-style", name = name, styles = styles),
    }
}

/// A `[keys]` line with an empty list.
pub fn key_list_empty(dotted: &str) -> String {
    t!("settings-key-list-empty", dotted = dotted)
}

/// An empty key.
pub fn key_empty() -> String {
    t!("settings-key-empty")
}

/// A key dmu cannot read.
pub fn key_unknown(text: &str, suggestion: Option<String>) -> String {
    match suggestion {
        Some(s) => t!("settings-key-unknown-hint", text = text, suggestion = s),
        None => t!("settings-key-unknown", text = text),
    }
}

/// Shift with something other than a letter.
pub fn key_shift_symbol(text: &str) -> String {
    t!("settings-key-shift-symbol", text = text)
}

/// Ctrl with something terminals cannot send.
pub fn key_ctrl_symbol(text: &str) -> String {
    t!("settings-key-ctrl-symbol", text = text)
}

/// A `#` colour that is not `#rrggbb`.
pub fn colour_bad_hex(text: &str) -> String {
    t!("settings-colour-bad-hex", text = text)
}

/// A colour name dmu does not know.
pub fn colour_unknown(text: &str, suggestion: Option<&str>) -> String {
    let names: Vec<&str> = super::colour_names().collect();
    let names = names.join(", ");
    match suggestion {
        Some(s) => t!("settings-colour-unknown-hint", text = text, suggestion = s, names = names),
        None => t!("settings-colour-unknown", text = text, names = names),
    }
}

/// A settings file that someone named but that is not there.
pub fn file_missing(origin: FileOrigin) -> String {
    match origin {
        FileOrigin::Flag => t!("settings-file-missing-flag"),
        FileOrigin::Environment => t!("settings-file-missing-env"),
        FileOrigin::Default => t!("settings-file-missing-default"),
    }
}

/// A settings file that cannot be read.
pub fn file_unreadable(why: &str) -> String {
    t!("settings-file-unreadable", why = why)
}

/// A folder where the settings file should be.
pub fn file_is_folder() -> String {
    t!("settings-file-is-folder")
}

/// A settings file too large to be one.
pub fn file_too_big() -> String {
    t!("settings-file-too-big")
}

/// A settings file that is not UTF-8.
pub fn file_not_utf8(line: usize) -> String {
    // A line number is a place, not an amount: never grouped as `1 234`.
    t!("settings-file-not-utf8", line = line.to_string())
}

/// Writing `user = …` into a file whose layout the line edit does not understand.
pub fn user_layout(value: &str) -> String {
    t!("settings-user-layout", value = value)
}

// The key overrides (checked by the TUI, which knows the actions).

/// An action name dmu does not know.
pub fn unknown_action(name: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => t!("settings-unknown-action-hint", name = name, suggestion = s),
        None => t!("settings-unknown-action", name = name),
    }
}

/// An action given keys twice (`page-down` and `page_down`).
pub fn action_twice(written: &str, name: &str) -> String {
    t!("settings-action-twice", written = written, name = name)
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
    match other_name {
        Some(n) => t!(
            "settings-key-clash",
            action = action,
            key = key,
            other = other,
            owner = n,
            group = group,
            kept = kept
        ),
        None => t!(
            "settings-key-clash-fixed",
            action = action,
            key = key,
            other = other,
            group = group,
            kept = kept
        ),
    }
}

/// An override that would bind Ctrl-c to anything but quitting.
pub fn key_ctrl_c(action: &str) -> String {
    t!("settings-key-ctrl-c", action = action)
}

/// The keys an action keeps when its override is refused.
pub fn kept_none() -> &'static str {
    fixed("settings-kept-none")
}

// The TUI's notice at start-up.

/// The one-line notice when the settings file has problems. The status bar keeps what
/// fits, so the count, that defaults are in use and where to read more come first.
pub fn tui_notice(errors: usize, warnings: usize, first: &str) -> String {
    match (errors, warnings) {
        (0, w) => t!("settings-notice-warnings", warnings = w, first = first),
        (e, 0) => t!("settings-notice-errors", errors = e, first = first),
        (e, w) => t!("settings-notice-both", errors = e, warnings = w, first = first),
    }
}

/// The settings section at the end of the help overlay.
pub fn help_lines(changed: &[&str]) -> Vec<String> {
    let mut lines = vec![t!("settings-help-line-1"), t!("settings-help-line-2")];
    if !changed.is_empty() {
        lines.push(t!("settings-help-changed", keys = changed.join(", ")));
    }
    lines
}

/// The heading of the help overlay's settings section.
pub fn help_heading() -> &'static str {
    fixed("settings-help-heading")
}

/// Printed to the terminal after the TUI closes, above the problems.
pub fn after_tui_heading() -> &'static str {
    fixed("settings-after-tui")
}

// `dmu config`.

/// Who chose the settings file, for `dmu config`.
pub fn file_origin(origin: FileOrigin) -> &'static str {
    match origin {
        FileOrigin::Flag => fixed("settings-origin-flag"),
        FileOrigin::Environment => fixed("settings-origin-env"),
        FileOrigin::Default => fixed("settings-origin-default"),
    }
}

/// The heading line of `dmu config`.
pub fn config_file_line(path: &str, origin: FileOrigin, exists: bool) -> String {
    let origin = file_origin(origin);
    if exists {
        t!("settings-config-file-exists", path = path, origin = origin)
    } else {
        t!("settings-config-file-missing", path = path, origin = origin)
    }
}

/// `dmu config` when the system has no config folder.
pub fn config_no_folder() -> &'static str {
    fixed("settings-config-no-folder")
}

/// The data folder line of `dmu config`.
pub fn config_data_line(path: &str, origin: &str) -> String {
    t!("settings-config-data", path = path, origin = origin)
}

/// Where a value came from, for `dmu config`.
pub fn from_default() -> &'static str {
    fixed("settings-from-default")
}

/// A value from the file, with its line.
pub fn from_file(line: usize) -> String {
    t!("settings-from-file", line = line.to_string())
}

/// A value from the environment.
pub fn from_env(var: &str) -> String {
    t!("settings-from-env", var = var)
}

/// A value from a flag.
pub fn from_flag(flag: &str) -> String {
    t!("settings-from-flag", flag = flag)
}

/// `currency` when none is set.
pub fn currency_unset() -> &'static str {
    fixed("settings-currency-unset")
}

/// `user` when none is set.
pub fn user_unset() -> &'static str {
    fixed("settings-user-unset")
}

/// Colours on or off.
pub fn colours_line(on: bool) -> &'static str {
    if on { fixed("settings-colours-on") } else { fixed("settings-colours-off") }
}

/// The `[keys]` heading of `dmu config` when the file changes none.
pub fn keys_none() -> &'static str {
    fixed("settings-keys-none")
}

/// Under the `[keys]` of `dmu config`.
pub fn keys_footer() -> &'static str {
    fixed("settings-keys-footer")
}

/// `dmu config --keys` heading.
pub fn keys_heading() -> &'static str {
    fixed("settings-keys-heading")
}

/// A refused override in `dmu config`.
pub fn override_refused() -> &'static str {
    fixed("settings-override-refused")
}

/// `dmu config --init` when the file is there already.
pub fn init_exists(path: &str) -> String {
    t!("settings-init-exists", path = path)
}

/// `dmu config --init` done.
pub fn init_done(path: &str) -> String {
    t!("settings-init-done", path = path)
}

/// `dmu config --init` without a place to write.
pub fn init_nowhere() -> &'static str {
    fixed("settings-init-nowhere")
}

/// `dmu config` exits 1 with this after listing the errors.
pub fn config_failed(errors: usize) -> String {
    t!("settings-config-failed", errors = errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_lang;

    #[test]
    fn english_reads_as_before() {
        assert_eq!(
            tui_notice(2, 1, "x"),
            "Settings: 2 errors, 1 warning, defaults used there (see `dmu config`) · x"
        );
        assert_eq!(tui_notice(0, 1, "x"), "Settings: 1 warning (see `dmu config`) · x");
        assert_eq!(
            config_failed(1),
            "the settings file has an error; dmu uses the default for that setting until it is fixed"
        );
        assert_eq!(
            choice_bad("name_order", "x", &["first-last", "last-first"]),
            "name_order should be one of \"first-last\", \"last-first\", not \"x\"; until it is, dmu uses its default"
        );
        assert!(unknown_setting("x", None).ends_with("name_order, sort_names, [keys] and [theme]"));
    }

    #[test]
    fn russian_counts_take_the_form_of_their_number() {
        with_lang(Lang::Ru, || {
            let notice = |e, w| tui_notice(e, w, "…");
            assert_eq!(
                notice(1, 0),
                "Настройки: 1 ошибка, там действуют значения по умолчанию (см. `dmu config`) · …"
            );
            assert!(notice(2, 0).starts_with("Настройки: 2 ошибки,"), "{}", notice(2, 0));
            assert!(notice(5, 0).starts_with("Настройки: 5 ошибок,"), "{}", notice(5, 0));
            assert!(notice(21, 0).starts_with("Настройки: 21 ошибка,"), "{}", notice(21, 0));
            assert!(notice(0, 1).starts_with("Настройки: 1 предупреждение (см."), "{}", notice(0, 1));
            assert!(notice(0, 3).starts_with("Настройки: 3 предупреждения (см."), "{}", notice(0, 3));
            assert!(notice(0, 11).starts_with("Настройки: 11 предупреждений (см."), "{}", notice(0, 11));
            assert!(
                notice(2, 12).starts_with("Настройки: 2 ошибки, 12 предупреждений, там"),
                "{}",
                notice(2, 12)
            );
            assert!(config_failed(1).starts_with("в файле настроек 1 ошибка;"));
            assert!(config_failed(3).starts_with("в файле настроек 3 ошибки;"));
            assert!(config_failed(12).starts_with("в файле настроек 12 ошибок;"));
        });
    }

    #[test]
    fn russian_problems_keep_the_files_keys_and_values_as_written() {
        with_lang(Lang::Ru, || {
            let m = choice_bad("sort_names", "fam", &["written", "surname"]);
            assert_eq!(
                m,
                "sort_names: ожидается одно из значений \"written\", \"surname\", а не \"fam\"; пока это не \
                 исправлено, dmu использует значение по умолчанию"
            );
            let m = unknown_setting("sort_name", Some("sort_names"));
            assert!(
                m.contains("`sort_names`") && m.contains("name_order, sort_names, [keys] и [theme]"),
                "{m}"
            );
            assert_eq!(severity(Severity::Error), "ошибка");
            assert_eq!(from_file(1200), "файл настроек, строка 1200", "a line number is not grouped");
        });
    }

    #[test]
    fn fixed_texts_follow_the_language_of_each_call() {
        assert_eq!(help_heading(), "Settings");
        assert_eq!(with_lang(Lang::Ru, help_heading), "Настройки");
        assert_eq!(help_heading(), "Settings");
        assert_eq!(with_lang(Lang::Ru, || colours_line(false)), "выкл.");
    }
}
