//! The settings file: `settings.toml` in the system's config folder
//! (`~/.config/dmu/settings.toml` on Linux), or the file named by `--config PATH` or
//! `DMU_CONFIG` (the flag wins). Every key, its default and an example are in
//! `docs/settings.md`.
//!
//! Loading never fails: a setting that is wrong keeps its default and becomes a
//! [`Problem`] (an error, with the file, line and column, and what to do); a key dmu
//! does not know is a warning. A file that is not TOML at all leaves every setting at
//! its default. So a broken file never stops the rep from working: callers show the
//! problems and carry on.
//!
//! No terminal library here: keys are [`KeySpec`]s and colours [`Colour`]s, which the
//! TUI turns into its own types (`crate::tui::keymap_overrides`, `crate::tui::theme`).

mod colour;
mod keys;
mod parse;
pub mod suggest;
pub mod words;
mod write;

pub use colour::{Colour, StyleName, colour_names};
pub use keys::{KeyName, KeySpec, parse_key};
pub use write::{set_user, with_user};

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// The environment variable that names the settings file (the `--config` flag wins).
pub const ENV_VAR: &str = "DMU_CONFIG";

/// The file name in the config folder.
pub const FILE_NAME: &str = "settings.toml";

/// Settings files larger than this are refused (a settings file is a few lines).
const MAX_BYTES: u64 = 1 << 20;

/// Every setting, defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// The portfolio's main currency (ISO 4217, upper case), when the rep chose one;
    /// `None`: the currency most accounts use (ties: the larger sum).
    pub currency: Option<String>,
    /// Who the rep is on the team, as a name in the accounts' team lists.
    pub user: Option<String>,
    /// The language of the screens.
    pub language: Language,
    /// How people's names are written.
    pub name_order: NameOrder,
    /// How lists of people are sorted by name.
    pub sort_names: SortNames,
    /// Keys given to actions, in the order of the file.
    pub keys: Vec<KeyOverride>,
    /// Colours given to styles (only those the file changes).
    pub theme: BTreeMap<StyleName, Colour>,
}

impl Settings {
    /// The colour a style has under these settings.
    pub fn colour(&self, style: StyleName) -> Colour {
        self.theme.get(&style).copied().unwrap_or_else(|| style.default_colour())
    }
}

/// The language of the screens (`language = "en"`): the interface's languages.
pub use crate::i18n::Lang as Language;

/// How people's names are written (`name_order = "first-last"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameOrder {
    /// Given name first: Anna Berg.
    #[default]
    FirstLast,
    /// Family name first: Berg Anna.
    LastFirst,
}

impl NameOrder {
    /// Every order, as the file writes them.
    pub const ALL: &'static [NameOrder] = &[NameOrder::FirstLast, NameOrder::LastFirst];

    /// The value in the settings file.
    pub fn code(self) -> &'static str {
        match self {
            NameOrder::FirstLast => "first-last",
            NameOrder::LastFirst => "last-first",
        }
    }
}

/// How lists of people are sorted by name (`sort_names = "written"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortNames {
    /// By the name as written, from its first letter.
    #[default]
    Written,
    /// By the surname: the last word of the name under `name_order = "first-last"`,
    /// the first word under `"last-first"` (Russian lists are sorted this way).
    Surname,
}

impl SortNames {
    /// Every way, as the file writes them.
    pub const ALL: &'static [SortNames] = &[SortNames::Written, SortNames::Surname];

    /// The value in the settings file.
    pub fn code(self) -> &'static str {
        match self {
            SortNames::Written => "written",
            SortNames::Surname => "surname",
        }
    }
}

impl Settings {
    /// Which word of a name sorts lists of people, from `sort_names` and `name_order`.
    pub fn sort_by(&self) -> crate::i18n::collate::SortBy {
        use crate::i18n::collate::SortBy;
        match (self.sort_names, self.name_order) {
            (SortNames::Written, _) => SortBy::Written,
            (SortNames::Surname, NameOrder::FirstLast) => SortBy::SurnameLast,
            (SortNames::Surname, NameOrder::LastFirst) => SortBy::SurnameFirst,
        }
    }
}

/// One line of the `[keys]` table: an action's name and the keys that should do it.
/// Which names exist, and whether the keys are free, only the TUI knows (see
/// `crate::tui::keymap_overrides`); this is what the file says, checked for form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    /// The action's name as written (`quit`, `page_down`).
    pub action: String,
    /// The keys, without repeats, at least one.
    pub keys: Vec<KeySpec>,
    /// Where the line is.
    pub place: Place,
}

/// A place in the settings file, 1-based; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The line.
    pub line: usize,
    /// The column.
    pub column: usize,
}

impl Place {
    /// The place of a byte offset in a text.
    pub fn of(text: &str, offset: usize) -> Place {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Place { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
    }
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something dmu ignores (an unknown key, a key that clashes): the rest works.
    Warning,
    /// Something wrong: the setting keeps its default until it is fixed.
    Error,
}

/// Something wrong with the settings file, located where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Warning or error.
    pub severity: Severity,
    /// The settings file.
    pub path: PathBuf,
    /// Where in it, when the problem has a place.
    pub place: Option<Place>,
    /// What is wrong and what to do, in words.
    pub message: String,
}

impl fmt::Display for Problem {
    /// `path:line:column: error: message`, like `dmu check` and compilers, so editors
    /// can jump to it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = words::severity(self.severity);
        match self.place {
            Some(p) => {
                write!(f, "{}:{}:{}: {level}: {}", self.path.display(), p.line, p.column, self.message)
            }
            None => write!(f, "{}: {level}: {}", self.path.display(), self.message),
        }
    }
}

/// Who chose the settings file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileOrigin {
    /// `--config PATH`.
    Flag,
    /// `DMU_CONFIG`.
    Environment,
    /// The system's config folder.
    Default,
}

/// Where the settings file is, and who said so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file; `None` when the system has no config folder (no home directory) and
    /// neither the flag nor the environment named one.
    pub path: Option<PathBuf>,
    /// Who chose it.
    pub origin: FileOrigin,
}

/// The settings file: `flag` when given, else `DMU_CONFIG` when set and not empty, else
/// `settings.toml` in the system's config folder.
pub fn locate(flag: Option<&Path>) -> Location {
    let default = directories::ProjectDirs::from("", "", "dmu").map(|d| d.config_dir().join(FILE_NAME));
    locate_from(flag, std::env::var_os(ENV_VAR), default)
}

/// [`locate`] with the environment and the system's folder given (for tests).
pub fn locate_from(flag: Option<&Path>, env: Option<OsString>, default: Option<PathBuf>) -> Location {
    if let Some(p) = flag {
        return Location { path: Some(p.to_path_buf()), origin: FileOrigin::Flag };
    }
    if let Some(p) = env.filter(|p| !p.is_empty()) {
        return Location { path: Some(PathBuf::from(p)), origin: FileOrigin::Environment };
    }
    Location { path: default, origin: FileOrigin::Default }
}

/// Whether the environment allows colours: `NO_COLOR` set to anything but the empty
/// string turns them off (no-color.org), whatever `[theme]` says.
pub fn colour_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The settings in force and everything said about them.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Where the file is (or would be).
    pub location: Location,
    /// Whether the file exists.
    pub exists: bool,
    /// The settings, defaults where the file is silent or wrong.
    pub settings: Settings,
    /// Where in the file each setting that it gives is: `currency`, `keys.quit`,
    /// `theme.error`.
    pub places: BTreeMap<String, Place>,
    /// What is wrong with the file, in the order of the file.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// Whether any problem is an error (a setting that kept its default).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The defaults, as if no file existed.
    pub fn defaults(location: Location) -> Loaded {
        Loaded {
            location,
            exists: false,
            settings: Settings::default(),
            places: BTreeMap::new(),
            problems: Vec::new(),
        }
    }
}

/// Reads the settings file at a location. Never fails: see the module's words.
pub fn load(location: Location) -> Loaded {
    let Some(path) = location.path.clone() else { return Loaded::defaults(location) };
    let mut loaded = Loaded::defaults(location);
    let problem =
        |message: String| Problem { severity: Severity::Error, path: path.clone(), place: None, message };
    let text = match read(&path) {
        Ok(t) => t,
        Err(Unread::Missing) => {
            // A file someone named on purpose should be there; the usual place may be empty.
            if loaded.location.origin != FileOrigin::Default {
                loaded.problems.push(problem(words::file_missing(loaded.location.origin)));
            }
            return loaded;
        }
        Err(Unread::Other(message)) => {
            loaded.exists = path.exists();
            loaded.problems.push(problem(message));
            return loaded;
        }
    };
    loaded.exists = true;
    let parsed = parse_str(&path, &text);
    loaded.settings = parsed.settings;
    loaded.places = parsed.places;
    loaded.problems = parsed.problems;
    loaded
}

enum Unread {
    Missing,
    Other(String),
}

fn read(path: &Path) -> Result<String, Unread> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Unread::Missing,
        _ => Unread::Other(words::file_unreadable(&crate::store::io_words(&e))),
    })?;
    let meta =
        file.metadata().map_err(|e| Unread::Other(words::file_unreadable(&crate::store::io_words(&e))))?;
    if meta.is_dir() {
        return Err(Unread::Other(words::file_is_folder()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Unread::Other(words::file_unreadable(&crate::store::io_words(&e))))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Unread::Other(words::file_too_big()));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let place =
            Place::of(&String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]), usize::MAX);
        Unread::Other(words::file_not_utf8(place.line))
    })?;
    // Editors on Windows may start the file with a byte order mark.
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// What a settings text says.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The settings, defaults where the text is silent or wrong.
    pub settings: Settings,
    /// Where each setting the text gives is (see [`Loaded::places`]).
    pub places: BTreeMap<String, Place>,
    /// What is wrong, in the order of the text.
    pub problems: Vec<Problem>,
}

/// Reads settings from a text; `path` names it in problems.
pub fn parse_str(path: &Path, text: &str) -> Parsed {
    parse::parse(path, text)
}

/// The commented example that `dmu config --init` writes: every setting, all commented
/// out, so that the new file changes nothing until the rep uncomments a line.
pub const EXAMPLE: &str = include_str!("example.toml");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_over_the_environment_which_wins_over_the_system() {
        let sys = Some(PathBuf::from("/home/a/.config/dmu/settings.toml"));
        let l = locate_from(Some(Path::new("flag.toml")), Some("env.toml".into()), sys.clone());
        assert_eq!((l.path.as_deref(), l.origin), (Some(Path::new("flag.toml")), FileOrigin::Flag));
        let l = locate_from(None, Some("env.toml".into()), sys.clone());
        assert_eq!((l.path.as_deref(), l.origin), (Some(Path::new("env.toml")), FileOrigin::Environment));
        let l = locate_from(None, Some("".into()), sys.clone());
        assert_eq!((l.path, l.origin), (sys, FileOrigin::Default), "an empty DMU_CONFIG is unset");
    }

    #[test]
    fn places_count_lines_and_characters_from_one() {
        let t = "a = 1\nпривет = \"x\"\n";
        assert_eq!(Place::of(t, 0), Place { line: 1, column: 1 });
        assert_eq!(Place::of(t, t.find('=').unwrap()), Place { line: 1, column: 3 });
        let second = t.rfind('=').unwrap();
        assert_eq!(Place::of(t, second), Place { line: 2, column: 8 });
    }

    #[test]
    fn a_missing_file_in_the_usual_place_is_no_problem_but_a_named_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let usual = load(Location { path: Some(path.clone()), origin: FileOrigin::Default });
        assert!(!usual.exists && usual.problems.is_empty());
        let named = load(Location { path: Some(path.clone()), origin: FileOrigin::Environment });
        assert_eq!(named.problems.len(), 1);
        let text = named.problems[0].to_string();
        assert!(text.contains("DMU_CONFIG") && text.contains("settings.toml"), "{text}");
        assert_eq!(named.settings, Settings::default());
    }

    #[test]
    fn unreadable_files_are_errors_with_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let folder = load(Location { path: Some(dir.path().to_path_buf()), origin: FileOrigin::Flag });
        assert!(folder.has_errors(), "{:?}", folder.problems);
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, b"currency = \"EUR\"\nuser = \"\xff\"\n").unwrap();
        let bad = load(Location { path: Some(path.clone()), origin: FileOrigin::Default });
        assert!(bad.has_errors() && bad.exists);
        assert!(bad.problems[0].message.contains("line 2"), "{}", bad.problems[0]);
        assert_eq!(bad.settings, Settings::default());
        std::fs::write(&path, "\u{feff}currency = \"usd\"\n").unwrap();
        let bom = load(Location { path: Some(path), origin: FileOrigin::Default });
        assert!(bom.problems.is_empty(), "{:?}", bom.problems);
        assert_eq!(bom.settings.currency.as_deref(), Some("USD"));
    }
}
