//! Reading account files: every way a file can be wrong ends in a [`LoadError`] that
//! names the file, the line and column where that applies, and what to do; never a panic.

mod check;
mod lenient;
mod probe;
mod serde_words;

pub use check::{Checked, check_files};

use super::locate::{Locator, char_column, line_col};
use super::words::io_words;
use super::{LoadError, LoadKind};
use crate::model::{Account, Index, SCHEMA, validate_indexed};
use crate::t;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest file accepted as an account. Real accounts are a few hundred kilobytes;
/// anything far bigger is the wrong file, and reading it whole would only stall the app.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads, parses (a UTF-8 byte order mark is accepted) and validates an account file.
///
/// A file with a `schema` newer than [`SCHEMA`] that still parses is returned as it is
/// (the store opens it read-only); one that does not parse says it came from a newer dmu.
/// A file with several problems reports the first, and how many more there are.
pub fn load_file(path: &Path) -> Result<Account, LoadError> {
    load_bytes(path, &read(path)?)
}

/// As [`load_file`], also returning the index that validation built.
pub fn load_file_indexed(path: &Path) -> Result<(Account, Index), LoadError> {
    load_bytes_indexed(path, &read(path)?)
}

/// As [`load_file`], for bytes already read from `path` (which is used in messages).
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Account, LoadError> {
    load_bytes_indexed(path, bytes).map(|(a, _)| a)
}

/// As [`load_bytes`], also returning the [`Index`] that validation built, so that an
/// editor opening the account does not hash every id a second time.
pub fn load_bytes_indexed(path: &Path, bytes: &[u8]) -> Result<(Account, Index), LoadError> {
    let (account, text) = parse(path, bytes).map_err(|broken| first_of(broken.problems))?;
    let index = Index::new(&account);
    let problems = validate_indexed(&account, &index);
    if problems.is_empty() {
        return Ok((account, index));
    }
    let mut loc = Locator::new(text);
    let located: Vec<LoadError> =
        problems.iter().map(|p| located(path, &mut loc, &p.pointer, &p.message)).collect();
    let mut err = first_of(located);
    if account.schema > SCHEMA {
        err.message = newer_note(&err.message, account.schema);
    }
    Err(err)
}

/// The first of a file's problems, saying how many more there are.
fn first_of(mut problems: Vec<LoadError>) -> LoadError {
    let more = problems.len().saturating_sub(1);
    let mut err = if problems.is_empty() {
        // Never so: a file that does not load has a problem. Still, say something.
        error(Path::new(""), None, t!("store-not-valid"))
    } else {
        problems.swap_remove(0)
    };
    if more > 0 {
        err.message = t!("store-more-problems", first = &err.message, more = more);
    }
    err
}

/// Every problem of a file, each located: the parse error, or every broken rule.
/// Empty when the file is a valid account.
pub fn check_file(path: &Path) -> Vec<LoadError> {
    check::check_one(path).0
}

fn error(path: &Path, place: Option<(usize, usize)>, message: impl Into<String>) -> LoadError {
    LoadError {
        path: path.to_path_buf(),
        line: place.map(|p| p.0),
        column: place.map(|p| p.1),
        message: message.into(),
        kind: LoadKind::Other,
    }
}

fn located(path: &Path, loc: &mut Locator<'_>, pointer: &str, message: &str) -> LoadError {
    error(path, loc.place(pointer), message)
}

/// A 1-based line and column.
pub(super) type Place = Option<(usize, usize)>;

/// A file that is not an account: every problem found, each located, and the account
/// as far as it could be read (when its `id` could), with the place of that id.
pub(super) struct Broken {
    pub problems: Vec<LoadError>,
    pub account: Option<Box<(Account, Place)>>,
}

impl Broken {
    fn one(e: LoadError) -> Broken {
        Broken { problems: vec![e], account: None }
    }
}

/// A message with a note that a newer dmu wrote the file (versions are names: text).
fn newer_note(message: &str, schema: u64) -> String {
    t!("store-newer-note", message = message, schema = schema.to_string(), known = SCHEMA.to_string())
}

/// The bytes of a file, refusing folders and files over [`MAX_FILE_BYTES`].
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, LoadError> {
    let too_big = |n: u64| {
        error(
            path,
            None,
            t!("store-file-too-big", size = n / (1024 * 1024), max = MAX_FILE_BYTES / (1024 * 1024)),
        )
    };
    let io = |e: std::io::Error| error(path, None, t!("store-cannot-read", why = io_words(&e)));
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(error(path, None, t!("store-is-folder")));
    }
    // A device or a pipe is never opened: /dev/zero would be read without end, and
    // opening a pipe waits for a writer that may never come.
    if !meta.is_file() {
        return Err(error(path, None, t!("store-not-regular")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The size may have grown since the metadata was read; never read past the limit.
    std::fs::File::open(path).and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)).map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Decodes and parses, returning the text (without a byte order mark) for locating.
/// A file that is JSON but not an account is read once more, leniently, for all its
/// problems (see [`lenient`]); only a file that failed pays for that.
fn parse<'a>(path: &Path, bytes: &'a [u8]) -> Result<(Account, &'a str), Broken> {
    parse_strict(path, bytes).map_err(|(e, text)| {
        let Some(text) = text else { return Broken::one(e) };
        // A newer format may mean anything by its fields: its first problem says so,
        // and listing more would only guess.
        if peek_schema(text).is_some_and(|v| v > SCHEMA) {
            return Broken::one(e);
        }
        let mut loc = Locator::new(text);
        let Some(found) = lenient::check(text, &mut loc) else { return Broken::one(e) };
        if found.problems.is_empty() {
            // What only the strict reading sees (a field written twice).
            return Broken::one(e);
        }
        let problems =
            found.problems.iter().map(|p| located(path, &mut loc, &p.pointer, &p.message)).collect();
        let account = found.account.map(|a| Box::new((a, loc.place("/id"))));
        Broken { problems, account }
    })
}

/// The strict reading: the account, or its first problem with the text when the
/// bytes are text.
fn parse_strict<'a>(
    path: &Path,
    bytes: &'a [u8],
) -> Result<(Account, &'a str), (LoadError, Option<&'a str>)> {
    let fail = |e: LoadError| (e, None);
    if bytes.is_empty() {
        return Err(fail(error(path, None, t!("store-empty"))));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let raw = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
        let place = Some(line_col(raw, at));
        // No error length: the bytes are the start of a character the file stops in.
        fail(match e.error_len() {
            None => cut_off(path, place, t!("store-cut-in-character")),
            Some(_) => error(
                path,
                place,
                t!("store-not-utf8", byte = format!("0x{:02X}", bytes.get(at).copied().unwrap_or(0))),
            ),
        })
    })?;
    if text.trim().is_empty() {
        return Err(fail(error(path, None, t!("store-blank"))));
    }
    if let Some(at) = text.find('\0') {
        return Err(fail(error(path, Some(line_col(text, at)), t!("store-nul"))));
    }
    let e = match serde_json::from_str::<Account>(text) {
        Ok(a) => return Ok((a, text)),
        Err(e) => e,
    };
    // Markers never parse, so they are looked for only when parsing failed: a valid
    // file pays nothing for the search.
    let Some(line) = conflict_marker(text) else { return Err((parse_error(path, text, &e), Some(text))) };
    let mut e = error(path, Some((line, 1)), t!("store-merge-markers", line = line.to_string()));
    e.kind = LoadKind::MergeMarkers;
    Err(fail(e))
}

/// The 1-based line of the first git conflict marker. A line can only start with one
/// outside a string (JSON strings hold no raw line breaks), where it is never JSON, so
/// a match is always a conflict and never a valid file misread.
fn conflict_marker(text: &str) -> Option<usize> {
    let marker = |l: &str| {
        let l = l.strip_suffix('\r').unwrap_or(l);
        l == "======="
            || ["<<<<<<<", ">>>>>>>", "|||||||"].iter().any(|m| l == *m || l.starts_with(&format!("{m} ")))
    };
    text.split('\n').position(marker).map(|i| i + 1)
}

/// A file that stops too early: what is wrong, then where a good version may be.
/// The backup is named only when it exists, so no one goes looking for it in vain.
fn cut_off(path: &Path, place: Place, what: String) -> LoadError {
    let mut bak = path.as_os_str().to_owned();
    bak.push(".bak");
    let bak = PathBuf::from(bak);
    let name = bak.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let message = if bak.is_file() {
        t!("store-cut-off-backup", what = &what, name = name)
    } else {
        t!("store-cut-off-no-backup", what = &what, name = name)
    };
    LoadError { kind: LoadKind::CutOff { what }, ..error(path, place, message) }
}

/// serde_json's message without the place it appends (the place is reported apart).
fn what(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_string()
}

fn parse_error(path: &Path, text: &str, e: &serde_json::Error) -> LoadError {
    use serde_json::error::Category;
    let what = what(e);
    let place = (e.line() > 0).then(|| (e.line(), char_column(text, e.line(), e.column())));
    if e.classify() == Category::Eof {
        // A file cut off never shows its `schema` (it is read whole or not at all).
        return cut_off(path, place, t!("store-ends-early"));
    }
    let mut message = match e.classify() {
        _ if what.contains("recursion limit") => t!("store-too-deep"),
        // A number beyond any type is a syntax error to serde_json, though ignoring
        // values accepts it: say which number belongs there.
        Category::Syntax if what == "number out of range" => {
            probe::number_out_of_range(text, e.line(), e.column())
        }
        // serde_json reports a number or list where a word (an enum) belongs as a syntax
        // error; the text is valid JSON, so say what is really wrong.
        Category::Syntax if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() => {
            probe::word_expected(text, e.line(), e.column())
        }
        Category::Syntax => t!("store-not-json", what = &what),
        _ => serde_words::plain(&what).unwrap_or(what),
    };
    if let Some(v) = peek_schema(text).filter(|&v| v > SCHEMA) {
        message = t!("store-newer-unreadable", message = newer_note(&message, v));
    }
    error(path, place, message)
}

/// The `schema` of a file that does not parse as an account, when it has one.
fn peek_schema(text: &str) -> Option<u64> {
    #[derive(serde::Deserialize)]
    struct Peek {
        schema: Option<u64>,
    }
    serde_json::from_str::<Peek>(text).ok()?.schema
}
