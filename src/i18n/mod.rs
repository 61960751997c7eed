//! The words of the interface in every language dmu speaks (English and Russian).
//!
//! Every sentence a rep reads lives in a Fluent file under `locales/<lang>/`, compiled
//! into the binary; code asks for a message by its id with [`t!`](crate::t) and passes
//! the values (names, counts, dates) as arguments, so word order and plural forms are
//! the translation's own (CLDR rules: English one/other, Russian one/few/many).
//!
//! The language is chosen once per process ([`set_lang`], from `--lang`, `DMU_LANG`,
//! the settings file or the locale: see [`choose`]); a thread can speak another one
//! for a while ([`with_lang`]), which is how tests render both languages side by side.
//! No UI types here: the core makes its sentences with it too.

mod catalog;
pub mod choose;
pub mod collate;
pub mod dates;
pub mod layout;
pub mod numbers;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

pub use catalog::{FILES, has_message, message_ids};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in the order help lists them.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ru];

    /// The code: `en`, `ru` (the folder under `locales/`, `--lang`, `DMU_LANG`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language a code names: `ru`, `RU`, `ru_RU.UTF-8`, `ru-RU` are Russian;
    /// `None` for a language dmu does not speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['_', '-', '.', '@']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }
}

static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn to_u8(l: Lang) -> u8 {
    match l {
        Lang::En => 0,
        Lang::Ru => 1,
    }
}

/// The language this thread speaks now.
pub fn lang() -> Lang {
    THREAD.with(|t| t.get()).unwrap_or(match PROCESS.load(Ordering::Relaxed) {
        1 => Lang::Ru,
        _ => Lang::En,
    })
}

/// Sets the language of the whole process (every thread without its own).
pub fn set_lang(l: Lang) {
    PROCESS.store(to_u8(l), Ordering::Relaxed);
}

/// Runs `f` with this thread speaking `l`, then restores what it spoke before (also
/// when `f` panics, so one failing test does not change the language of the next).
pub fn with_lang<T>(l: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(THREAD.with(|t| t.replace(Some(l))));
    f()
}

/// A value given to a message: text, or a number (which picks plural forms and is
/// written as the language writes numbers).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number.
    Number(f64),
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::Number(*n as f64)
            }
        }
    )*};
}
arg_from_number!(usize, u8, u16, u32, u64, isize, i8, i16, i32, i64, f32, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}
impl From<&std::borrow::Cow<'_, str>> for Arg {
    fn from(s: &std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<crate::model::Date> for Arg {
    /// A date is written as the language writes dates (`2026-12-01`, `01.12.2026`).
    fn from(d: crate::model::Date) -> Arg {
        Arg::Text(dates::show(d))
    }
}
impl From<&crate::model::Date> for Arg {
    fn from(d: &crate::model::Date) -> Arg {
        Arg::Text(dates::show(*d))
    }
}

/// The message `id` in this thread's language, without arguments.
pub fn tr(id: &str) -> String {
    catalog::format(lang(), id, &[])
}

/// The message `id` in this thread's language, with its arguments.
pub fn tr_args(id: &str, args: &[(&str, Arg)]) -> String {
    catalog::format(lang(), id, args)
}

/// A message without arguments, made once per language and kept for the life of the
/// process: for labels that widgets hold as `&'static str` (column heads, headings).
/// The ids are the code's own literals, so what is kept is bounded.
pub fn fixed(id: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static KEPT: Mutex<Option<HashMap<(Lang, &'static str), &'static str>>> = Mutex::new(None);
    let l = lang();
    let mut kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
    let map = kept.get_or_insert_with(HashMap::new);
    map.entry((l, id)).or_insert_with(|| Box::leak(catalog::format(l, id, &[]).into_boxed_str()))
}

/// The message `id` in a given language.
pub fn tr_in(l: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    catalog::format(l, id, args)
}

/// A message in this thread's language: `t!("date-problem-shape")`,
/// `t!("count-accounts", n = 3)`, `t!("some-id", name = &person.name, when = date)`.
/// Arguments are anything an [`Arg`] is made from: text, numbers, dates.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_languages_with_their_regions_and_encodings() {
        for code in ["ru", "RU", "ru_RU.UTF-8", "ru-RU", "ru_UA@euro"] {
            assert_eq!(Lang::from_code(code), Some(Lang::Ru), "{code}");
        }
        for code in ["en", "en_US.UTF-8", "en_GB"] {
            assert_eq!(Lang::from_code(code), Some(Lang::En), "{code}");
        }
        for code in ["", "C", "POSIX", "de_DE.UTF-8", "C.UTF-8"] {
            assert_eq!(Lang::from_code(code), None, "{code}");
        }
    }

    #[test]
    fn a_thread_can_speak_another_language_for_a_while() {
        assert_eq!(lang(), Lang::En);
        with_lang(Lang::Ru, || {
            assert_eq!(lang(), Lang::Ru);
            with_lang(Lang::En, || assert_eq!(lang(), Lang::En));
            assert_eq!(lang(), Lang::Ru);
        });
        assert_eq!(lang(), Lang::En);
    }
}
