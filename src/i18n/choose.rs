//! Which language a run speaks: `--lang`, then `DMU_LANG`, then the settings file,
//! then the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them),
//! then English.

use super::Lang;

/// Where the language came from, for `dmu config` and for messages about a bad value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--lang`.
    Flag,
    /// `DMU_LANG`.
    Env,
    /// `language = "…"` in the settings file.
    Settings,
    /// The locale variable named.
    Locale(&'static str),
    /// Nothing said: English.
    Default,
}

/// What can choose a language, gathered by the caller (so tests need no process
/// environment).
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `--lang`, as typed.
    pub flag: Option<String>,
    /// `DMU_LANG`, as set.
    pub env: Option<String>,
    /// The settings file's `language`, when it has one.
    pub settings: Option<Lang>,
    /// `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order.
    pub locale: [Option<String>; 3],
}

impl Inputs {
    /// The process environment's values (the settings are the caller's to add).
    pub fn from_env(flag: Option<String>) -> Inputs {
        let var = |k: &str| std::env::var(k).ok();
        Inputs {
            flag,
            env: var("DMU_LANG"),
            settings: None,
            locale: [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")],
        }
    }
}

/// The language and where it came from. An empty variable counts as unset; a locale
/// variable naming another language (`de_DE.UTF-8`, `C`) settles the locale as
/// English, as POSIX reads the first variable that is set.
pub fn choose(i: &Inputs) -> (Lang, Source) {
    let set = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    if let Some(l) = set(&i.flag).and_then(|v| Lang::from_code(&v)) {
        return (l, Source::Flag);
    }
    if let Some(l) = set(&i.env).and_then(|v| Lang::from_code(&v)) {
        return (l, Source::Env);
    }
    if let Some(l) = i.settings {
        return (l, Source::Settings);
    }
    const NAMES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];
    for (name, value) in NAMES.iter().zip(&i.locale) {
        if let Some(v) = set(value) {
            return (Lang::from_code(&v).unwrap_or(Lang::En), Source::Locale(name));
        }
    }
    (Lang::En, Source::Default)
}

/// `--lang` read from raw arguments before clap parses them, so that clap's own help
/// and errors are already in the chosen language. Stops at `--`.
pub fn flag_in_args<I: IntoIterator<Item = S>, S: AsRef<std::ffi::OsStr>>(args: I) -> Option<String> {
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let a = a.as_ref().to_string_lossy().into_owned();
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().map(|v| v.as_ref().to_string_lossy().into_owned());
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(flag: &str, env: &str, settings: Option<Lang>, locale: [&str; 3]) -> Inputs {
        let o = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Inputs { flag: o(flag), env: o(env), settings, locale: locale.map(o) }
    }

    #[test]
    fn the_flag_beats_the_variable_beats_the_settings_beat_the_locale() {
        let all = inputs("en", "ru", Some(Lang::Ru), ["ru_RU.UTF-8", "", ""]);
        assert_eq!(choose(&all), (Lang::En, Source::Flag));
        assert_eq!(
            choose(&inputs("", "ru", Some(Lang::En), ["en_US.UTF-8", "", ""])),
            (Lang::Ru, Source::Env)
        );
        assert_eq!(
            choose(&inputs("", "", Some(Lang::Ru), ["en_US.UTF-8", "", ""])),
            (Lang::Ru, Source::Settings)
        );
        assert_eq!(
            choose(&inputs("", "", None, ["", "", "ru_RU.UTF-8"])),
            (Lang::Ru, Source::Locale("LANG"))
        );
        assert_eq!(choose(&inputs("", "", None, ["", "", ""])), (Lang::En, Source::Default));
    }

    #[test]
    fn lc_all_settles_the_locale_even_for_a_language_dmu_does_not_speak() {
        assert_eq!(
            choose(&inputs("", "", None, ["de_DE.UTF-8", "", "ru_RU.UTF-8"])),
            (Lang::En, Source::Locale("LC_ALL"))
        );
        assert_eq!(
            choose(&inputs("", "", None, ["", "ru_RU.UTF-8", "en_US.UTF-8"])),
            (Lang::Ru, Source::Locale("LC_MESSAGES"))
        );
        assert_eq!(
            choose(&inputs("", "", None, ["C.UTF-8", "", "ru_RU.UTF-8"])),
            (Lang::En, Source::Locale("LC_ALL"))
        );
    }

    #[test]
    fn an_unknown_flag_or_variable_falls_through() {
        assert_eq!(choose(&inputs("de", "", None, ["", "", "ru_RU"])), (Lang::Ru, Source::Locale("LANG")));
        assert_eq!(choose(&inputs("", "fr", Some(Lang::Ru), ["", "", ""])), (Lang::Ru, Source::Settings));
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        assert_eq!(flag_in_args(["dmu", "report", "demo", "--lang", "ru"]), Some("ru".into()));
        assert_eq!(flag_in_args(["dmu", "--lang=en", "list"]), Some("en".into()));
        assert_eq!(flag_in_args(["dmu", "new", "--", "--lang", "ru"]), None);
        assert_eq!(flag_in_args(["dmu", "list"]), None);
    }
}
