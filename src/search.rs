//! Fuzzy matching of what a rep types against names, titles and departments.
//!
//! Built on `nucleo-matcher` (the matcher behind helix's pickers): case is ignored with
//! Unicode case folding, so `SATO` finds "Sato"; Latin accents are folded (`muller`
//! finds "Müller"), and so is the Russian ё, which most people type as е (`петр` finds
//! "Пётр Иванов"). Each space-separated word of the query
//! must match somewhere, so `ivan eng` finds the engineer Ivanov. A name typed in the
//! other script or another spelling matches too (`petr` and `pyotr` find "Пётр", `волга`
//! finds "Volga"), through [`crate::translit::skeleton`], ranked below direct matches.
//! No UI here.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// The text with ё and Ё as е and Е (borrowed when there is none): Russian writers
/// mostly leave the dots off, and the matcher's normalisation covers Latin only.
fn fold_yo(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['ё', 'Ё']) {
        s.chars()
            .map(|c| match c {
                'ё' => 'е',
                'Ё' => 'Е',
                c => c,
            })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// A parsed query with its matcher, reused across many haystacks.
pub struct Fuzzy {
    pattern: Pattern,
    /// The words of the query's sound skeleton, tried on names when the text itself
    /// does not match.
    loose: Vec<String>,
    matcher: Matcher,
    buf: Vec<char>,
}

impl Fuzzy {
    /// Parses a query. An empty (or all-space) query matches everything.
    pub fn new(query: &str) -> Fuzzy {
        Fuzzy {
            pattern: Pattern::parse(&fold_yo(query), CaseMatching::Ignore, Normalization::Smart),
            loose: crate::translit::skeleton(query).split_whitespace().map(str::to_string).collect(),
            matcher: Matcher::new(Config::DEFAULT),
            buf: Vec::new(),
        }
    }

    /// Whether the query has no words (every haystack matches with score 0).
    pub fn is_empty(&self) -> bool {
        self.pattern.atoms.is_empty()
    }

    /// The score of a haystack (higher is better), or `None` when a word of the query
    /// is not found in it.
    pub fn score(&mut self, haystack: &str) -> Option<u32> {
        let folded = fold_yo(haystack);
        self.pattern
            .score(Utf32Str::new(&folded, &mut self.buf), &mut self.matcher)
            .or_else(|| self.sounds_like(haystack))
    }

    /// A name typed in another script or spelling: each word of the query's skeleton
    /// starts a word of the name's. Prefixes of words, not fuzzy letters: letters
    /// scattered over transliterated text match far too much (`ан` would find
    /// "Finance"). Scored below any direct match.
    fn sounds_like(&self, name: &str) -> Option<u32> {
        if self.loose.is_empty() {
            return None;
        }
        let skeleton = crate::translit::skeleton(name);
        let words: Vec<&str> = skeleton.split_whitespace().collect();
        let hit = self.loose.iter().all(|q| words.iter().any(|w| w.starts_with(q.as_str())));
        hit.then(|| self.loose.iter().map(|q| q.len() as u32).sum())
    }

    /// The score of a record searched by several fields at once: the fields are joined
    /// so that the words of one query can match different fields.
    pub fn score_fields(&mut self, fields: &[&str]) -> Option<u32> {
        if self.is_empty() {
            return Some(0);
        }
        // A separator the matcher treats as a word boundary, so `eng` ranks the start
        // of "Engineering" above letters scattered across two fields.
        let joined = fields.join(" | ");
        let folded = fold_yo(&joined);
        // Another script or spelling is tried on the name (the first field) only: titles
        // and departments are not typed from memory in another alphabet.
        self.pattern
            .score(Utf32Str::new(&folded, &mut self.buf), &mut self.matcher)
            .or_else(|| self.sounds_like(fields.first().copied().unwrap_or("")))
    }
}

/// The positions of the items that match `query`, best match first; items with equal
/// scores keep their order. With an empty query, every position in order.
pub fn rank<'a, I>(query: &str, items: I) -> Vec<usize>
where
    I: IntoIterator<Item = Vec<&'a str>>,
{
    let mut fuzzy = Fuzzy::new(query);
    let mut hits: Vec<(usize, u32)> = items
        .into_iter()
        .enumerate()
        .filter_map(|(i, fields)| fuzzy.score_fields(&fields).map(|s| (i, s)))
        .collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    hits.into_iter().map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Vec<Vec<&'static str>> {
        vec![
            vec!["Пётр Иванов", "Chief Engineer", "Engineering"],
            vec!["Anna Müller", "Buyer", "Purchasing"],
            vec!["佐藤 健", "Technical Director", "Engineering"],
            vec!["Ольга Кузнецова", "Finance Director", "Finance"],
        ]
    }

    #[test]
    fn yo_and_ye_match_each_other() {
        let hay = vec![vec!["Пётр Иванов", "Chief Engineer", ""], vec!["Сергей Петров", "", ""]];
        assert!(rank("пет", hay.clone()).contains(&0), "пет finds Пётр too");
        assert_eq!(rank("пёт", hay).len(), 2, "and ё in the query finds Петров");
    }

    #[test]
    fn names_match_across_scripts_and_spellings_below_direct_matches() {
        assert_eq!(rank("pyotr", people()), [0]);
        assert_eq!(rank("petr ivanov", people()), [0]);
        assert_eq!(rank("kuznetsova", people()), [3]);
        assert_eq!(rank("Анна", people()), [1]);
        let hay = vec![vec!["Petrov", "", ""], vec!["Пётр", "", ""]];
        assert_eq!(rank("petr", hay.clone()), [0, 1], "the Latin Petrov matches directly, so first");
        assert_eq!(rank("пётр", hay), [1, 0]);
    }

    #[test]
    fn cyrillic_matches_ignoring_case() {
        assert_eq!(rank("иванов", people()), [0]);
        assert_eq!(rank("ОЛЬГА", people()), [3]);
        assert_eq!(rank("佐藤", people()), [2]);
    }

    #[test]
    fn words_may_match_different_fields_and_accents_fold() {
        assert_eq!(rank("muller purch", people()), [1]);
        assert_eq!(rank("director fin", people()), [3]);
    }

    #[test]
    fn empty_query_keeps_everything_in_order_and_misses_are_dropped() {
        assert_eq!(rank("  ", people()), [0, 1, 2, 3]);
        assert!(rank("zzzq", people()).is_empty());
    }

    #[test]
    fn better_matches_come_first() {
        let items = vec![vec!["Engineering Services", "", ""], vec!["Anna", "Chief Engineer", ""]];
        let ranked = rank("chief eng", items);
        assert_eq!(ranked, [1]);
        let items = vec![vec!["Stanley Gray", "", ""], vec!["Tanja", "", ""]];
        assert_eq!(rank("tan", items)[0], 1, "a word start beats a match inside a word");
    }
}
