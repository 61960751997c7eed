//! serde_json stops at some values of valid JSON with a syntax error that does not say
//! what belongs there: a number where a word belongs ("expected value"), or a number
//! too large for any type ("number out of range"). Parsing once more with that value
//! swapped for a probe makes serde say it: `""` where a word belongs makes it list the
//! allowed words, `true` where a number was makes it name the type it wanted. Only a
//! file that already failed pays for the second parse.

use super::serde_words::{Found, Want, allowed_words, word_wanted, wrong_value};
use crate::model::Account;
use crate::store::locate::{byte_offset, skip_value};

/// A word (an enum) belongs at serde's place, which holds some other JSON value.
pub(super) fn word_expected(text: &str, line: usize, column: usize) -> String {
    let fallback = || crate::t!("store-probe-word");
    let start = value_start(text.as_bytes(), byte_offset(text, line, column));
    let Some(end) = skip_value(text.as_bytes(), start) else { return fallback() };
    let Some(raw) = text.get(start..end) else { return fallback() };
    let Some(what) = reparse(text, start, end, "\"\"") else { return fallback() };
    let Some(expected) = what.strip_prefix("unknown variant ``, expected ") else { return fallback() };
    word_wanted(&allowed_words(expected), &found(raw)).unwrap_or_else(fallback)
}

/// A number at serde's place is beyond what any number type holds (1e400).
pub(super) fn number_out_of_range(text: &str, line: usize, column: usize) -> String {
    let at = byte_offset(text, line, column);
    let Some((start, end)) = number_around(text.as_bytes(), at) else { return too_large(false) };
    let raw = text.get(start..end).unwrap_or_default();
    let x: f64 = raw.parse().unwrap_or(f64::INFINITY);
    let want = reparse(text, start, end, "true").and_then(|what| {
        let expected = what.strip_prefix("invalid type: boolean `true`, expected ")?;
        Want::parse(expected)
    });
    match want {
        None | Some(Want::Number) => too_large(x < 0.0),
        Some(want) => wrong_value(&Found::Float(x, raw), &want),
    }
}

fn too_large(negative: bool) -> String {
    if negative { crate::t!("store-probe-too-small") } else { crate::t!("store-probe-too-large") }
}

/// The words for a raw JSON value that is not a word in quotes.
pub(super) fn found(raw: &str) -> String {
    match raw.as_bytes().first() {
        Some(b'[') => Found::List.words(),
        Some(b'{') => Found::Object.words(),
        Some(b'n') => Found::Null.words(),
        Some(b't' | b'f') => raw.to_string(),
        _ => Found::Float(0.0, raw).words(),
    }
}

/// Where the value serde stopped in starts: at `at`, or, for an empty object (serde
/// stops at its `}`), at the `{` before it.
fn value_start(b: &[u8], at: usize) -> usize {
    if !matches!(b.get(at), Some(b'}' | b' ' | b'\t' | b'\r' | b'\n')) {
        return at;
    }
    let mut i = at;
    while i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\r' | b'\n') {
        i -= 1;
    }
    match i.checked_sub(1) {
        Some(j) if b[j] == b'{' => j,
        _ => at,
    }
}

/// The extent of the number at or just before byte `at`.
fn number_around(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let num =
        |i: usize| b.get(i).is_some_and(|c| matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'));
    let mut i = at.min(b.len());
    if !num(i) {
        i = i.checked_sub(1).filter(|&j| num(j))?;
    }
    let mut start = i;
    while start > 0 && num(start - 1) {
        start -= 1;
    }
    let mut end = i;
    while num(end) {
        end += 1;
    }
    Some((start, end))
}

/// serde's message when `text[start..end]` is replaced by `probe`, if parsing then
/// fails at the probe (and not somewhere else, which would say nothing about it).
fn reparse(text: &str, start: usize, end: usize, probe: &str) -> Option<String> {
    let swapped = format!("{}{probe}{}", text.get(..start)?, text.get(end..)?);
    let e = serde_json::from_str::<Account>(&swapped).err()?;
    let at = byte_offset(&swapped, e.line(), e.column());
    if !(start..=start + probe.len()).contains(&at) {
        return None;
    }
    Some(super::what(&e))
}
