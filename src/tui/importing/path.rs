//! The import's path prompt: a text field for the file, `~` for the home folder, and
//! Tab completing what was typed as a shell does — the one name that fits, or as much
//! as the names that fit share, listing them. Completion reads one folder, only when
//! Tab is pressed.

use crate::tui::app::import_texts as words;
use crate::tui::widgets::field::TextField;
use std::path::{Path, PathBuf};

/// The most names a completion lists; the rest are counted.
pub const MAX_CHOICES: usize = 60;

/// The prompt's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathPrompt {
    /// The path typed so far.
    pub field: TextField,
    /// The names that fit when Tab found several (folders end in `/`), at most
    /// [`MAX_CHOICES`]; shown under the field until the next key.
    pub choices: Vec<String>,
    /// How many more names fit than `choices` holds.
    pub more: usize,
    /// Why the last Tab or Enter found nothing.
    pub error: Option<String>,
}

impl PathPrompt {
    /// A prompt holding `text`, the cursor at its end.
    pub fn new(text: impl Into<String>) -> PathPrompt {
        PathPrompt { field: TextField::new(text), ..PathPrompt::default() }
    }

    /// Tab: completes the text (the cursor goes to its end), or says why it cannot.
    pub fn complete(&mut self) {
        self.choices.clear();
        self.more = 0;
        self.error = None;
        match complete(self.field.text()) {
            Completion::Nothing(why) => self.error = Some(why),
            Completion::One(text) => self.field = TextField::new(text),
            Completion::Several { text, mut choices } => {
                self.field = TextField::new(text);
                self.more = choices.len().saturating_sub(MAX_CHOICES);
                choices.truncate(MAX_CHOICES);
                self.choices = choices;
            }
        }
    }

    /// An editing key: the listed choices and the error go, as the text changed.
    pub fn edit(&mut self, action: crate::tui::action::Action) -> bool {
        let edited = self.field.handle(action);
        if edited {
            self.choices.clear();
            self.more = 0;
            self.error = None;
        }
        edited
    }
}

/// The home folder, if the system has one.
fn home() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf())
}

/// A typed path with a leading `~` (alone, or `~/…`) as the home folder.
pub fn expand(typed: &str) -> PathBuf {
    let rest = match typed.strip_prefix('~') {
        Some("") => Some(""),
        Some(r) if r.starts_with('/') => Some(r.trim_start_matches('/')),
        _ => None,
    };
    match (rest, home()) {
        (Some(r), Some(h)) => h.join(r),
        _ => PathBuf::from(typed),
    }
}

/// What Tab makes of a typed path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Completion {
    /// Nothing fits, or the folder cannot be listed: the words say which.
    Nothing(String),
    /// One name fits: the text completed with it (a folder's with `/` after it).
    One(String),
    /// Several fit: the text with as much as they share, and their names.
    Several { text: String, choices: Vec<String> },
}

/// Completes the last part of a typed path from its folder's entries. Hidden entries
/// are offered only when the typed part starts with a dot, as shells do.
pub fn complete(typed: &str) -> Completion {
    // `~` alone completes to the home folder, as a shell's does.
    if typed == "~" {
        return Completion::One("~/".into());
    }
    let (folder, start) = match typed.rfind('/') {
        Some(i) => typed.split_at(i + 1),
        None => ("", typed),
    };
    let listed = if folder.is_empty() { PathBuf::from(".") } else { expand(folder) };
    let entries = match std::fs::read_dir(&listed) {
        Ok(e) => e,
        Err(e) => {
            return Completion::Nothing(words::cannot_list(&shown(&listed), &crate::store::io_words(&e)));
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let fits = name.starts_with(start) && (start.starts_with('.') || !name.starts_with('.'));
            // `metadata` follows a link, so a link to a folder completes as one.
            fits.then(|| if e.path().is_dir() { format!("{name}/") } else { name })
        })
        .collect();
    names.sort();
    match names.as_slice() {
        [] => Completion::Nothing(words::nothing_fits(start, &shown(&listed))),
        [one] => Completion::One(format!("{folder}{one}")),
        _ => {
            let shared = shared_start(&names);
            Completion::Several { text: format!("{folder}{shared}"), choices: names }
        }
    }
}

/// A folder as the rep would recognise it (`.` is the current one).
fn shown(p: &Path) -> String {
    if p == Path::new(".") {
        return std::env::current_dir().map_or_else(|_| ".".into(), |d| d.display().to_string());
    }
    p.display().to_string()
}

/// The longest start all names share, whole characters only.
fn shared_start(names: &[String]) -> String {
    let Some(first) = names.first() else { return String::new() };
    let mut end = first.len();
    for n in &names[1..] {
        end = first
            .char_indices()
            .zip(n.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| i + a.len_utf8())
            .min(end);
    }
    first[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_completes_one_name_the_shared_start_of_several_and_folders_with_a_slash() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().display().to_string();
        std::fs::write(dir.path().join("contacts.csv"), "x").unwrap();
        std::fs::write(dir.path().join("contacts-hubspot.csv"), "x").unwrap();
        std::fs::write(dir.path().join(".hidden.csv"), "x").unwrap();
        std::fs::create_dir(dir.path().join("exports")).unwrap();
        assert_eq!(complete(&format!("{d}/e")), Completion::One(format!("{d}/exports/")));
        assert_eq!(
            complete(&format!("{d}/con")),
            Completion::Several {
                text: format!("{d}/contacts"),
                choices: vec!["contacts-hubspot.csv".into(), "contacts.csv".into()]
            }
        );
        assert_eq!(complete(&format!("{d}/contacts.")), Completion::One(format!("{d}/contacts.csv")));
        let Completion::Several { choices, .. } = complete(&format!("{d}/")) else { panic!() };
        assert_eq!(choices, ["contacts-hubspot.csv", "contacts.csv", "exports/"], "hidden files stay hidden");
        assert_eq!(complete(&format!("{d}/.h")), Completion::One(format!("{d}/.hidden.csv")));
        assert!(matches!(complete(&format!("{d}/zz")), Completion::Nothing(_)));
        assert!(matches!(complete(&format!("{d}/nope/x")), Completion::Nothing(_)));
    }

    #[test]
    fn the_shared_start_never_splits_a_character() {
        assert_eq!(shared_start(&["Контакты.csv".into(), "Контора.csv".into()]), "Конт");
        assert_eq!(shared_start(&["ab".into(), "xy".into()]), "");
        assert_eq!(shared_start(&["same".into(), "same".into()]), "same");
    }

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        if let Some(h) = home() {
            assert_eq!(expand("~/exports/a.csv"), h.join("exports/a.csv"));
            assert_eq!(expand("~"), h);
        }
        assert_eq!(expand("/tmp/~x"), PathBuf::from("/tmp/~x"));
        assert_eq!(expand("~bob/x"), PathBuf::from("~bob/x"));
    }
}
