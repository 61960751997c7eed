//! serde's messages about a value of the wrong kind, said in the words of the file
//! format. serde names Rust types ("invalid type: map, expected a sequence", "expected
//! u8"); a rep editing a JSON file needs to hear "this should be a list […], not an
//! object {…}". The shapes handled are the ones serde and serde_json produce (see
//! `serde::de::Error` and `serde_json::Error`'s `invalid_type`). The sentences are
//! messages of `locales/*/store.ftl`; what is quoted from the file stays as written.

use crate::t;

/// The message in plain words, for the shapes serde produces; `None` for any other.
pub(super) fn plain(what: &str) -> Option<String> {
    if let Some(field) = what.strip_prefix("missing field ") {
        return Some(t!("store-serde-missing-field", field = field));
    }
    if let Some(field) = what.strip_prefix("duplicate field ") {
        return Some(t!("store-serde-duplicate-field", field = field));
    }
    if let Some(rest) = what.strip_prefix("unknown variant ") {
        return Some(unknown_word(rest));
    }
    let rest = what.strip_prefix("invalid type: ").or_else(|| what.strip_prefix("invalid value: "))?;
    // The expected part is a type description that never holds ", expected "; the
    // found part may (it quotes text from the file), so split at the last one.
    let (found, expected) = rest.rsplit_once(", expected ")?;
    Some(wrong_value(&Found::parse(found), &Want::parse(expected)?))
}

/// The words allowed in place of a word serde did not know: "`a`", "`a` or `b`" or
/// "one of `a`, `b`, `c`" (serde's `OneOf`), as a list a rep can pick from.
pub(super) fn allowed_words(expected: &str) -> Vec<&str> {
    expected.split('`').skip(1).step_by(2).collect()
}

/// "a", "a or b", "a, b or c".
pub(super) fn either(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => t!("store-serde-either", init = init.join(", "), last = *last),
    }
}

/// The sentence for a value that is not in quotes where a word of the format belongs:
/// "this should be one of the words a, b or c, in quotes, not the number 7"; `None`
/// when no word is known.
pub(super) fn word_wanted(words: &[&str], found: &str) -> Option<String> {
    let word = match words {
        [] => return None,
        [one] => t!("store-serde-the-word", word = *one),
        _ => t!("store-serde-one-of-words", words = either(words)),
    };
    Some(t!("store-serde-word-wanted", word = word, found = found))
}

/// "`manages`, expected `reports_to` or `influences`" (serde's unknown variant).
fn unknown_word(rest: &str) -> String {
    let Some((word, expected)) = rest.rsplit_once(", expected ") else {
        return t!("store-serde-not-allowed", word = rest);
    };
    let words = allowed_words(expected);
    // The word is the file's text between backticks: say an empty one, cut a long one.
    let word = match word.strip_prefix('`').and_then(|w| w.strip_suffix('`')) {
        Some("") => t!("store-serde-empty-word"),
        Some(w) if w.chars().count() > 40 => format!("`{}…`", w.chars().take(38).collect::<String>()),
        _ => word.to_string(),
    };
    match words.len() {
        0 => t!("store-serde-not-allowed", word = word),
        1 | 2 => t!("store-serde-not-allowed-use", word = word, words = either(&words)),
        _ => t!("store-serde-not-allowed-one-of", word = word, words = either(&words)),
    }
}

/// What serde found in the file (`serde::de::Unexpected` as serde_json prints it).
#[derive(Debug, PartialEq)]
pub(super) enum Found<'a> {
    Int(i128),
    Float(f64, &'a str),
    Bool(&'a str),
    Text(&'a str),
    Null,
    Object,
    List,
    Other(&'a str),
}

impl<'a> Found<'a> {
    pub(super) fn parse(s: &'a str) -> Found<'a> {
        let quoted =
            |prefix: &str| s.strip_prefix(prefix).and_then(|r| r.strip_prefix('`')?.strip_suffix('`'));
        if let Some(n) = quoted("integer ").and_then(|n| n.parse().ok()) {
            return Found::Int(n);
        }
        if let Some(raw) = quoted("floating point ")
            && let Ok(x) = raw.parse()
        {
            return Found::Float(x, raw);
        }
        if let Some(b) = quoted("boolean ") {
            return Found::Bool(b);
        }
        if let Some(t) = s.strip_prefix("string ") {
            return Found::Text(t);
        }
        match s {
            "null" | "unit value" => Found::Null,
            "map" => Found::Object,
            "sequence" => Found::List,
            _ => Found::Other(s),
        }
    }

    pub(super) fn words(&self) -> String {
        match self {
            // Numbers as the file writes them (text, never regrouped), so the rep finds them.
            Found::Int(n) => t!("store-found-number", n = n.to_string()),
            // A number is ASCII; one of 400 digits is shown by its start.
            Found::Float(_, raw) if raw.len() > 24 => {
                t!("store-found-number-cut", n = raw.get(..20).unwrap_or(raw))
            }
            Found::Float(_, raw) => t!("store-found-number", n = *raw),
            Found::Bool(b) => (*b).to_string(),
            Found::Text(text) => t!("store-found-text", text = shorten(text)),
            Found::Null => "null".into(),
            Found::Object => t!("store-found-object"),
            Found::List => t!("store-found-list"),
            Found::Other(o) => (*o).to_string(),
        }
    }
}

/// What serde expected (a Rust type, or a visitor's `expecting` text).
#[derive(Debug, PartialEq)]
pub(super) enum Want {
    /// An integer type, with its bounds; `narrow` when the bounds are worth saying
    /// every time (u8 up to 255), not only when a number passes them.
    Whole {
        min: i128,
        max: i128,
        narrow: bool,
    },
    Number,
    Text,
    Bool,
    List,
    /// An object; the record it is, in words, when serde named it.
    Object(Option<&'static str>),
    /// One of the words of the format (an enum).
    Word,
}

impl Want {
    pub(super) fn parse(s: &str) -> Option<Want> {
        let whole = |min: i128, max: i128, narrow| Some(Want::Whole { min, max, narrow });
        match s {
            "u8" => whole(0, u8::MAX.into(), true),
            "u16" => whole(0, u16::MAX.into(), true),
            "u32" => whole(0, u32::MAX.into(), true),
            "u64" | "usize" => whole(0, u64::MAX.into(), false),
            "i8" => whole(i8::MIN.into(), i8::MAX.into(), true),
            "i16" => whole(i16::MIN.into(), i16::MAX.into(), true),
            "i32" => whole(i32::MIN.into(), i32::MAX.into(), true),
            "i64" | "isize" => whole(i64::MIN.into(), i64::MAX.into(), false),
            "f32" | "f64" | "a JSON number" | "a number" => Some(Want::Number),
            "a string" | "a borrowed string" | "string" | "a character" => Some(Want::Text),
            "a boolean" | "bool" => Some(Want::Bool),
            "a sequence" | "sequence" => Some(Want::List),
            "a map" | "map" => Some(Want::Object(None)),
            // "unit": the value of a word written as an object, `{"key": 1}`.
            "variant identifier" | "unit" => Some(Want::Word),
            _ if s.starts_with("enum ") => Some(Want::Word),
            _ if s.starts_with("struct ") => Some(Want::Object(record(&s[7..]))),
            // The `expecting` of the file's records: "an object (Person)".
            _ => s.strip_prefix("an object (")?.strip_suffix(')').map(|r| Want::Object(record(r))),
        }
    }

    pub(super) fn words(&self) -> String {
        match self {
            Want::Whole { min, max, narrow: true } => whole_range(*min, *max),
            Want::Whole { min: 0, .. } => t!("store-want-whole-positive"),
            Want::Whole { .. } => t!("store-want-whole"),
            Want::Number => t!("store-want-number"),
            Want::Text => t!("store-want-text"),
            Want::Bool => t!("store-want-bool"),
            Want::List => t!("store-want-list"),
            Want::Object(None) => t!("store-want-object"),
            Want::Object(Some(what)) => t!("store-want-object-of", what = record_words(what)),
            Want::Word => t!("store-want-word"),
        }
    }
}

/// "a whole number from 0 to 255" (bounds as text: they are limits, not amounts).
fn whole_range(min: i128, max: i128) -> String {
    t!("store-want-whole-range", min = min.to_string(), max = max.to_string())
}

/// The records of the file format, by their Rust names (see [`record_words`]).
fn record(rust: &str) -> Option<&'static str> {
    const RECORDS: &[&str] = &["Account", "TeamMember", "Person", "Coverage", "Link", "FollowUp", "Demand"];
    RECORDS.iter().copied().find(|r| *r == rust)
}

/// A record of the file format, named as the format page names it.
fn record_words(rust: &str) -> String {
    match rust {
        "Account" => t!("store-record-account"),
        "TeamMember" => t!("store-record-member"),
        "Person" => t!("store-record-person"),
        "Coverage" => t!("store-record-coverage"),
        "Link" => t!("store-record-link"),
        "FollowUp" => t!("store-record-follow-up"),
        _ => t!("store-record-demand"),
    }
}

/// The sentence for a value of the wrong kind.
pub(super) fn wrong_value(found: &Found<'_>, want: &Want) -> String {
    if let Want::Whole { min, max, .. } = *want {
        let range = whole_range(min, max);
        match *found {
            Found::Int(n) if n > max => return t!("store-serde-too-large", range = range),
            Found::Int(n) if n < min => return t!("store-serde-too-small", range = range),
            Found::Float(x, _) if x > max as f64 => return t!("store-serde-too-large", range = range),
            Found::Float(x, _) if x < min as f64 => return t!("store-serde-too-small", range = range),
            Found::Float(x, raw) if x.fract() == 0.0 => {
                let whole = (x as i128).to_string();
                return t!("store-serde-write-whole", want = want.words(), whole = whole, raw = raw);
            }
            Found::Float(_, raw) => return t!("store-serde-wrong", want = want.words(), found = raw),
            _ => {}
        }
    }
    t!("store-serde-wrong", want = want.words(), found = found.words())
}

/// A quoted text from the file, cut to a length that fits in a message.
fn shorten(quoted: &str) -> String {
    const MAX: usize = 40;
    if quoted.chars().count() <= MAX {
        return quoted.to_string();
    }
    let cut: String = quoted.chars().take(MAX - 2).collect();
    format!("{cut}…\"")
}

#[cfg(test)]
mod tests {
    use super::plain;

    /// Every shape serde and serde_json print, with the words it becomes.
    #[test]
    fn serde_shapes_become_plain_words() {
        let cases = [
            (
                "invalid type: floating point `3.0`, expected i64",
                "this should be a whole number: write 3, not 3.0",
            ),
            ("invalid type: floating point `3.5`, expected i64", "this should be a whole number, not 3.5"),
            (
                "invalid value: integer `300`, expected u8",
                "this number is too large: it should be a whole number from 0 to 255",
            ),
            (
                "invalid value: integer `-1`, expected u32",
                "this number is too small: it should be a whole number from 0 to 4294967295",
            ),
            (
                "invalid type: string \"3\", expected u8",
                "this should be a whole number from 0 to 255, not the text \"3\"",
            ),
            (
                "invalid value: integer `-1`, expected u64",
                "this number is too small: it should be a whole number from 0 to 18446744073709551615",
            ),
            (
                "invalid type: boolean `true`, expected u64",
                "this should be a whole number, 0 or more, not true",
            ),
            (
                "invalid type: floating point `1e23`, expected i64",
                "this number is too large: it should be a whole number from -9223372036854775808 to 9223372036854775807",
            ),
            ("invalid type: null, expected f64", "this should be a number, not null"),
            (
                "invalid type: string \"1,5\", expected a JSON number",
                "this should be a number, not the text \"1,5\"",
            ),
            ("invalid type: map, expected a sequence", "this should be a list […], not an object {…}"),
            ("invalid type: sequence, expected a map", "this should be an object {…}, not a list […]"),
            (
                "invalid type: integer `5`, expected a string",
                "this should be text in quotes, not the number 5",
            ),
            (
                "invalid type: floating point `1e23`, expected a string",
                "this should be text in quotes, not the number 1e23",
            ),
            ("invalid type: null, expected a borrowed string", "this should be text in quotes, not null"),
            (
                "invalid type: string \"yes\", expected a boolean",
                "this should be true or false, not the text \"yes\"",
            ),
            (
                "invalid type: sequence, expected struct Link",
                "this should be an object {…} (a link), not a list […]",
            ),
            (
                "invalid type: string \"Eva\", expected an object (Person)",
                "this should be an object {…} (a person), not the text \"Eva\"",
            ),
            (
                "invalid type: boolean `false`, expected an object (Gizmo)",
                "this should be an object {…}, not false",
            ),
            (
                "invalid type: integer `7`, expected variant identifier",
                "this should be one of the words the format allows, in quotes, not the number 7",
            ),
            (
                "unknown variant `manages`, expected `reports_to` or `influences`",
                "`manages` is not allowed here; use reports_to or influences",
            ),
            ("unknown variant `x`, expected `only`", "`x` is not allowed here; use only"),
            (
                "unknown variant `gold`, expected one of `key`, `growth`, `maintain`, `prospect`",
                "`gold` is not allowed here; use one of key, growth, maintain or prospect",
            ),
            (
                "unknown variant `a, expected b`, expected `c` or `d`",
                "`a, expected b` is not allowed here; use c or d",
            ),
            (
                "unknown variant ``, expected `a` or `b`",
                "an empty word (\"\") is not allowed here; use a or b",
            ),
            (
                "unknown variant `abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz`, expected `a`",
                "`abcdefghijklmnopqrstuvwxyzabcdefghijkl…` is not allowed here; use a",
            ),
            (
                "invalid type: integer `1`, expected unit",
                "this should be one of the words the format allows, in quotes, not the number 1",
            ),
            ("missing field `name`", "the required field `name` is missing"),
            ("duplicate field `id`", "the field `id` is written twice in the same object; keep only one"),
        ];
        for (serde, words) in cases {
            assert_eq!(plain(serde).as_deref(), Some(words), "{serde}");
        }
        let long = format!("invalid type: string \"{}\", expected a boolean", "x".repeat(100));
        assert!(plain(&long).unwrap().ends_with("xxx…\""), "{:?}", plain(&long));
        assert_eq!(plain("expected `,` or `}`"), None);
        assert_eq!(plain("invalid type: map, expected a gizmo"), None);
    }
}
