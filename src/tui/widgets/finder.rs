//! A form field that holds one of many entries (a follow-up's owner, its person) and
//! finds it by typing: the first letter starts a search, each further one narrows it
//! (fuzzy, any script, transliteration too: `petr` finds "Пётр Иванов", see
//! [`crate::search`]), and the best match is shown, and chosen, as you type.
//! `←` `→` step through the matches, Backspace edits what was typed, Enter or Tab take
//! the match, Esc drops the search and puts back the entry it started from. Without
//! a search, `Space` and `←` `→` step through every entry as before.
//!
//! ```text
//! │Owner     ann▏ → Anna Berg · Sales   1 of 2   │
//! ```

use super::field::TextField;
use super::picker::PickItem;
use crate::search;
use crate::tui::action::Action;

/// A search being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Search {
    /// What was typed.
    query: TextField,
    /// The entries that match, best first (positions in `items`).
    matches: Vec<usize>,
    /// Which match is shown (a position in `matches`).
    at: usize,
    /// The entry chosen when the search started, put back when it is dropped.
    before: usize,
}

/// The field's entries, the one chosen, and the search being typed, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finder {
    items: Vec<PickItem>,
    chosen: usize,
    search: Option<Search>,
}

impl Finder {
    /// A field over `items` with the entry at `chosen` chosen.
    pub fn new(items: Vec<PickItem>, chosen: usize) -> Finder {
        let chosen = chosen.min(items.len().saturating_sub(1));
        Finder { items, chosen, search: None }
    }

    /// The entry chosen (while searching, the match shown).
    pub fn current(&self) -> Option<&PickItem> {
        self.items.get(self.chosen)
    }

    /// Whether a search is being typed.
    pub fn searching(&self) -> bool {
        self.search.is_some()
    }

    /// What was typed, while searching.
    pub fn query(&self) -> Option<&TextField> {
        self.search.as_ref().map(|s| &s.query)
    }

    /// While searching: the position of the match shown among them, and how many match.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.search.as_ref().map(|s| (s.at, s.matches.len()))
    }

    fn narrow(&mut self) {
        let Some(s) = &mut self.search else { return };
        let fields = self.items.iter().map(|it| vec![it.label.as_str(), it.detail.as_str()]);
        s.matches = search::rank(s.query.text(), fields);
        s.at = 0;
        self.chosen = s.matches.first().copied().unwrap_or(s.before);
    }

    /// Ends the search keeping the match shown (or, with none, the entry it started from).
    pub fn accept(&mut self) {
        if let Some(s) = self.search.take()
            && s.matches.is_empty()
        {
            self.chosen = s.before;
        }
    }

    /// Ends the search and puts back the entry it started from.
    pub fn drop_search(&mut self) {
        if let Some(s) = self.search.take() {
            self.chosen = s.before;
        }
    }

    fn step(&mut self, forward: bool) {
        match &mut self.search {
            Some(s) if !s.matches.is_empty() => {
                let n = s.matches.len();
                s.at = if forward { (s.at + 1) % n } else { (s.at + n - 1) % n };
                self.chosen = s.matches[s.at];
            }
            Some(_) => {}
            None => {
                let n = self.items.len().max(1);
                self.chosen = if forward { (self.chosen + 1) % n } else { (self.chosen + n - 1) % n };
            }
        }
    }

    /// Carries out a key of the field: a character searches (or narrows), Backspace
    /// edits the search (ending it once empty), `CycleNext`/`CyclePrev` step. Taking
    /// and dropping are the form's ([`Finder::accept`], [`Finder::drop_search`]), as
    /// they go with moving on or closing.
    pub fn handle(&mut self, action: Action) {
        match (action, &mut self.search) {
            (Action::CycleNext, _) => self.step(true),
            (Action::CyclePrev, _) => self.step(false),
            (Action::Insert(c), None) => {
                let mut query = TextField::default();
                query.handle(Action::Insert(c));
                self.search = Some(Search { query, matches: Vec::new(), at: 0, before: self.chosen });
                self.narrow();
            }
            (other, Some(s)) => match (s.query.handle(other), s.query.text().is_empty()) {
                (true, true) => self.drop_search(),
                (true, false) => self.narrow(),
                (false, _) => {}
            },
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Finder {
        let items = [
            ("", "(nobody in particular)", ""),
            ("p-1", "Пётр Иванов", "Chief Engineer"),
            ("p-2", "Anna Berg", ""),
        ]
        .iter()
        .map(|(k, l, d)| PickItem { key: k.to_string(), label: l.to_string(), detail: d.to_string() })
        .collect();
        Finder::new(items, 0)
    }

    fn typed(f: &mut Finder, s: &str) {
        for c in s.chars() {
            f.handle(Action::Insert(c));
        }
    }

    fn key(f: &Finder) -> &str {
        f.current().map(|i| i.key.as_str()).unwrap_or("?")
    }

    #[test]
    fn typing_finds_across_scripts_and_backspace_and_esc_go_back() {
        let mut f = people();
        typed(&mut f, "petr");
        assert_eq!((key(&f), f.searching()), ("p-1", true), "transliterated");
        f.accept();
        assert_eq!((key(&f), f.searching()), ("p-1", false));
        typed(&mut f, "zq");
        assert_eq!(f.progress(), Some((0, 0)));
        assert_eq!(key(&f), "p-1", "nothing matches: the entry stays");
        f.handle(Action::DeleteBack);
        f.handle(Action::DeleteBack);
        assert!(!f.searching(), "an empty search ends");
        f.handle(Action::CycleNext);
        typed(&mut f, "chief");
        assert_eq!(key(&f), "p-1", "the title counts too");
        f.drop_search();
        assert_eq!(key(&f), "p-2", "Esc puts back the entry the search started from");
        f.handle(Action::CyclePrev);
        typed(&mut f, "a");
        assert_eq!(f.progress().map(|p| p.1), Some(2), "Anna and (nobody in particular)");
        let first = key(&f).to_string();
        f.handle(Action::CycleNext);
        assert_ne!(key(&f), first, "→ steps through the matches");
        f.drop_search();
        assert_eq!(key(&f), "p-1");
        f.handle(Action::CycleNext);
        assert_eq!(key(&f), "p-2", "without a search, → steps through all");
    }
}
