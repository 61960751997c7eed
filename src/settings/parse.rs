//! From the text of a settings file to [`Settings`], checking every value and keeping
//! where each one is, so that problems name the line and column.

use super::{
    Colour, KeyOverride, Language, NameOrder, Parsed, Place, Problem, Severity, SortNames, StyleName, keys,
    suggest, words,
};
use std::borrow::Cow;
use std::path::Path;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The top-level keys, in the order the docs list them.
pub(super) const TOP: &[&str] =
    &["currency", "user", "language", "name_order", "sort_names", "keys", "theme"];

struct Walk<'a> {
    path: &'a Path,
    text: &'a str,
    out: Parsed,
}

impl Walk<'_> {
    fn at(&self, offset: usize) -> Place {
        Place::of(self.text, offset)
    }

    fn problem(&mut self, severity: Severity, offset: usize, message: String) {
        let place = Some(self.at(offset));
        self.out.problems.push(Problem { severity, path: self.path.to_path_buf(), place, message });
    }

    fn error(&mut self, offset: usize, message: String) {
        self.problem(Severity::Error, offset, message);
    }

    fn warn(&mut self, offset: usize, message: String) {
        self.problem(Severity::Warning, offset, message);
    }

    fn found(&mut self, key: &str, offset: usize) {
        let place = self.at(offset);
        self.out.places.insert(key.to_string(), place);
    }

    /// A string value, or an error saying what was expected.
    fn string<'v>(&mut self, key: &str, value: &'v Spanned<DeValue<'_>>, expected: &str) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(s) => Some(s),
            other => {
                self.error(value.span().start, words::wrong_type(key, expected, &type_name(other)));
                None
            }
        }
    }
}

pub(super) fn parse(path: &Path, text: &str) -> Parsed {
    let mut w = Walk { path, text, out: Parsed::default() };
    let table = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            w.error(offset, words::not_toml(e.message()));
            return w.out;
        }
    };
    let mut entries: Vec<_> = table.get_ref().iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    for (key, value) in entries {
        let (name, at) = (key.get_ref().as_ref(), key.span().start);
        match name {
            "currency" => currency(&mut w, value),
            "user" => user(&mut w, value),
            "language" => {
                if let Some(l) = choice(&mut w, "language", value, Language::ALL, |l| l.code()) {
                    w.out.settings.language = l;
                    w.found("language", at);
                }
            }
            "name_order" => {
                if let Some(o) = choice(&mut w, "name_order", value, NameOrder::ALL, |o| o.code()) {
                    w.out.settings.name_order = o;
                    w.found("name_order", at);
                }
            }
            "sort_names" => {
                if let Some(o) = choice(&mut w, "sort_names", value, SortNames::ALL, |o| o.code()) {
                    w.out.settings.sort_names = o;
                    w.found("sort_names", at);
                }
            }
            "keys" => each_in_table(&mut w, "keys", value, key_override),
            "theme" => each_in_table(&mut w, "theme", value, theme_colour),
            other => w.warn(at, words::unknown_setting(other, suggest::closest(other, TOP.iter().copied()))),
        }
    }
    w.out.problems.sort_by_key(|p| p.place);
    w.out
}

fn type_name(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(_) => words::type_string(),
        DeValue::Integer(_) | DeValue::Float(_) => words::type_number(),
        DeValue::Boolean(_) => words::type_boolean(),
        DeValue::Datetime(_) => words::type_date(),
        DeValue::Array(_) => words::type_list(),
        DeValue::Table(_) => words::type_table(),
    }
}

fn currency(w: &mut Walk<'_>, value: &Spanned<DeValue<'_>>) {
    let Some(s) = w.string("currency", value, &words::expect_currency()) else { return };
    let code = s.trim();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
        w.out.settings.currency = Some(code.to_ascii_uppercase());
        w.found("currency", value.span().start);
    } else {
        w.error(value.span().start, words::currency_bad(s));
    }
}

fn user(w: &mut Walk<'_>, value: &Spanned<DeValue<'_>>) {
    let Some(s) = w.string("user", value, &words::expect_user()) else { return };
    let name = s.trim();
    if name.is_empty() {
        w.error(value.span().start, words::user_empty());
    } else if name.chars().any(char::is_control) {
        w.error(value.span().start, words::user_control());
    } else {
        w.out.settings.user = Some(name.to_string());
        w.found("user", value.span().start);
    }
}

fn choice<T: Copy>(
    w: &mut Walk<'_>,
    key: &str,
    value: &Spanned<DeValue<'_>>,
    all: &[T],
    code: fn(T) -> &'static str,
) -> Option<T> {
    let codes: Vec<&str> = all.iter().map(|t| code(*t)).collect();
    let s = w.string(key, value, &words::expect_one_of(&codes))?;
    let found = all.iter().copied().find(|t| code(*t).eq_ignore_ascii_case(s.trim()));
    if found.is_none() {
        w.error(value.span().start, words::choice_bad(key, s, &codes));
    }
    found
}

type Entry<'a, 'i> = (&'a Spanned<Cow<'i, str>>, &'a Spanned<DeValue<'i>>);

fn each_in_table(
    w: &mut Walk<'_>,
    table: &str,
    value: &Spanned<DeValue<'_>>,
    each: fn(&mut Walk<'_>, Entry<'_, '_>),
) {
    let DeValue::Table(t) = value.get_ref() else {
        let message = words::wrong_type(table, &words::expect_table(), &type_name(value.get_ref()));
        w.error(value.span().start, message);
        return;
    };
    let mut entries: Vec<_> = t.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    for entry in entries {
        each(w, entry);
    }
}

fn key_override(w: &mut Walk<'_>, (key, value): Entry<'_, '_>) {
    let action = key.get_ref().as_ref();
    let dotted = format!("keys.{action}");
    let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
        DeValue::String(_) => vec![value],
        DeValue::Array(a) if a.is_empty() => {
            w.error(value.span().start, words::key_list_empty(&dotted));
            return;
        }
        DeValue::Array(a) => a.iter().collect(),
        other => {
            w.error(value.span().start, words::wrong_type(&dotted, &words::expect_keys(), &type_name(other)));
            return;
        }
    };
    let mut keys = Vec::new();
    for item in items {
        let Some(text) = w.string(&dotted, item, &words::expect_keys()) else { return };
        match keys::parse_key(text) {
            Ok(k) if keys.contains(&k) => {}
            Ok(k) => keys.push(k),
            Err(e) => {
                w.error(item.span().start, format!("{dotted}: {e}"));
                return;
            }
        }
    }
    let place = w.at(key.span().start);
    w.found(&dotted, key.span().start);
    w.out.settings.keys.push(KeyOverride { action: action.to_string(), keys, place });
}

fn theme_colour(w: &mut Walk<'_>, (key, value): Entry<'_, '_>) {
    let name = key.get_ref().as_ref();
    let Some(style) = StyleName::from_name(name) else {
        let names = StyleName::ALL.iter().map(|s| s.name());
        let message = words::unknown_style(name, suggest::closest(name, names));
        w.warn(key.span().start, message);
        return;
    };
    let dotted = format!("theme.{}", style.name());
    let Some(text) = w.string(&dotted, value, &words::expect_colour()) else { return };
    match Colour::parse(text) {
        Ok(c) => {
            w.out.settings.theme.insert(style, c);
            w.found(&dotted, key.span().start);
        }
        Err(e) => w.error(value.span().start, format!("{dotted}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{KeyName, KeySpec, Settings, parse_str};
    use super::*;

    fn parse(text: &str) -> Parsed {
        parse_str(Path::new("/cfg/settings.toml"), text)
    }

    fn rendered(p: &Parsed) -> Vec<String> {
        p.problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn every_setting_reads() {
        let p = parse(
            "currency = \"eur\"\nuser = \" Anna Berg \"\nlanguage = \"ru\"\nname_order = \"last-first\"\n\n\
             [keys]\nquit = \"Q\"\nundo = [\"z\", \"Ctrl-z\", \"z\"]\n\n[theme]\nerror = \"#ff5555\"\nDim = \"grey\"\n",
        );
        assert!(p.problems.is_empty(), "{:?}", rendered(&p));
        let s = &p.settings;
        assert_eq!(s.currency.as_deref(), Some("EUR"));
        assert_eq!(s.user.as_deref(), Some("Anna Berg"));
        assert_eq!((s.language, s.name_order), (Language::Ru, NameOrder::LastFirst));
        assert_eq!(s.keys.len(), 2);
        assert_eq!(s.keys[0].action, "quit");
        assert_eq!(s.keys[0].keys, [KeySpec::plain(KeyName::Char('Q'))]);
        assert_eq!(s.keys[0].place, Place { line: 7, column: 1 });
        assert_eq!(s.keys[1].keys.len(), 2, "repeats are dropped");
        assert_eq!(s.colour(StyleName::Error), Colour::Rgb(0xff, 0x55, 0x55));
        assert_eq!(s.colour(StyleName::Dim), Colour::Gray);
        assert_eq!(s.colour(StyleName::Ok), Colour::Green, "untouched styles keep their default");
        assert_eq!(p.places["keys.undo"].line, 8);
        assert_eq!(p.places["theme.dim"].line, 12);
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let p = parse("# nothing yet\n");
        assert!(p.problems.is_empty());
        assert_eq!(p.settings, Settings::default());
    }

    #[test]
    fn broken_toml_is_one_error_at_its_place_and_every_default() {
        let p = parse("currency = \"EUR\"\nuser = \"Anna\n");
        assert_eq!(p.problems.len(), 1, "{:?}", rendered(&p));
        let e = &p.problems[0];
        assert_eq!((e.severity, e.place.map(|p| p.line)), (Severity::Error, Some(2)));
        assert!(e.message.contains("TOML"), "{}", e.message);
        assert_eq!(p.settings, Settings::default(), "nothing half-read is used");
    }

    #[test]
    fn wrong_values_are_errors_at_their_line_and_column_and_keep_the_default() {
        let p = parse(
            "currency = \"Euro\"\nuser = 42\nlanguage = \"de\"\nname_order = \"first last\"\n\
             [keys]\nquit = \"PgDown\"\nhelp = []\nundo = 5\n[theme]\nerror = \"blu\"\n",
        );
        let r = rendered(&p);
        assert_eq!(r.len(), 8, "{r:#?}");
        assert!(p.problems.iter().all(|p| p.severity == Severity::Error));
        assert!(r[0].starts_with("/cfg/settings.toml:1:12: error: "), "{}", r[0]);
        assert!(r[0].contains("Euro") && r[0].contains("EUR"), "{}", r[0]);
        assert!(r[1].starts_with("/cfg/settings.toml:2:8: error: ") && r[1].contains("a number"), "{}", r[1]);
        assert!(r[2].contains("\"en\"") && r[2].contains("\"ru\""), "{}", r[2]);
        assert!(r[3].contains("first-last"), "{}", r[3]);
        assert!(r[4].starts_with("/cfg/settings.toml:6:8: ") && r[4].contains("PgDn"), "{}", r[4]);
        assert!(r[5].contains("keys.help"), "{}", r[5]);
        assert!(r[6].contains("keys.undo"), "{}", r[6]);
        assert!(r[7].starts_with("/cfg/settings.toml:10:9: ") && r[7].contains("blue"), "{}", r[7]);
        assert_eq!(p.settings, Settings::default());
    }

    #[test]
    fn unknown_keys_are_warnings_that_name_them_and_the_rest_still_counts() {
        let p = parse(
            "curency = \"USD\"\ncolour = true\nuser = \"Omar\"\n[theme]\ntitle = \"red\"\nok = \"blue\"\n",
        );
        let r = rendered(&p);
        assert_eq!(r.len(), 3, "{r:#?}");
        assert!(p.problems.iter().all(|p| p.severity == Severity::Warning));
        assert!(r[0].contains("curency") && r[0].contains("currency"), "{}", r[0]);
        assert!(r[1].contains("colour"), "{}", r[1]);
        assert!(r[2].starts_with("/cfg/settings.toml:5:1: warning: ") && r[2].contains("title"), "{}", r[2]);
        assert_eq!(p.settings.user.as_deref(), Some("Omar"));
        assert_eq!(p.settings.colour(StyleName::Ok), Colour::Blue);
    }

    #[test]
    fn tables_must_be_tables() {
        let p = parse("keys = \"vim\"\ntheme = [\"dark\"]\n");
        let r = rendered(&p);
        assert_eq!(r.len(), 2, "{r:#?}");
        assert!(r[0].contains("[keys]") && r[0].contains("a string"), "{}", r[0]);
    }

    #[test]
    fn the_example_file_changes_nothing_and_uncommented_is_valid() {
        let p = parse(super::super::EXAMPLE);
        assert!(p.problems.is_empty(), "{:?}", rendered(&p));
        assert_eq!(p.settings, Settings::default());
        let on: String = super::super::EXAMPLE
            .lines()
            .map(|l| l.strip_prefix('#').filter(|r| !r.starts_with([' ', '#']) && !r.is_empty()).unwrap_or(l))
            .map(|l| format!("{l}\n"))
            .collect();
        let p = parse(&on);
        assert!(p.problems.is_empty(), "{:?}\n{on}", rendered(&p));
        assert!(p.settings.currency.is_some() && !p.settings.keys.is_empty() && !p.settings.theme.is_empty());
    }

    #[test]
    fn sort_names_reads_either_way_and_refuses_anything_else() {
        for (text, want) in [
            ("written", SortNames::Written),
            ("surname", SortNames::Surname),
            ("Surname", SortNames::Surname),
        ] {
            let p = parse(&format!("sort_names = \"{text}\"\n"));
            assert!(p.problems.is_empty(), "{:?}", rendered(&p));
            assert_eq!(p.settings.sort_names, want, "{text}");
            assert_eq!(p.places["sort_names"].line, 1);
        }
        assert_eq!(parse("").settings.sort_names, SortNames::Written, "the default is the name as written");
        let p = parse("name_order = \"last-first\"\nsort_names = \"last\"\nsort_names2 = 1\n");
        let r = rendered(&p);
        assert_eq!(r.len(), 2, "{r:#?}");
        assert!(r[0].starts_with("/cfg/settings.toml:2:14: error: "), "{}", r[0]);
        assert!(r[0].contains("\"written\", \"surname\"") && r[0].contains("\"last\""), "{}", r[0]);
        assert!(r[1].contains("warning") && r[1].contains("`sort_names`"), "did you mean: {}", r[1]);
        assert_eq!(p.settings.sort_names, SortNames::Written);
        assert_eq!(p.settings.name_order, NameOrder::LastFirst, "the other settings still count");
        let p = parse("sort_names = true\n");
        assert!(rendered(&p)[0].contains("true or false"), "{:?}", rendered(&p));
    }

    #[test]
    fn russian_problems_name_the_setting_and_its_values_as_the_file_writes_them() {
        let r =
            crate::i18n::with_lang(Language::Ru, || rendered(&parse("sort_names = \"фамилия\"\nuser = 5\n")));
        assert_eq!(r.len(), 2, "{r:#?}");
        assert!(r[0].starts_with("/cfg/settings.toml:1:14: ошибка: sort_names: ожидается"), "{}", r[0]);
        assert!(r[0].contains("\"written\", \"surname\"") && r[0].contains("\"фамилия\""), "{}", r[0]);
        assert!(r[1].contains("user: ожидается ваше имя в кавычках") && r[1].contains("(число)"), "{}", r[1]);
    }
}
