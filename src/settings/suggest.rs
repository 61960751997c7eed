//! "Did you mean …?": the known name closest to a mistyped one.

/// The candidate closest to `word` (case and `-`/`_` ignored), when it is close enough
/// to be a likely typo: at most a third of the word's letters off, and at least one.
/// Ties go to the candidate that starts like the word.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let w = fold(word);
    let limit = (w.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| {
            let f = fold(c);
            let prefix = w.chars().zip(f.chars()).take_while(|(a, b)| a == b).count();
            (distance(&w, &f), std::cmp::Reverse(prefix), c)
        })
        .filter(|(d, _, _)| *d <= limit)
        .min_by_key(|(d, p, _)| (*d, *p))
        .map(|(_, _, c)| c)
}

fn fold(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '-' | '_' | ' ')).flat_map(char::to_lowercase).collect()
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_word_and_strangers_find_none() {
        let names = ["currency", "user", "language", "name_order"];
        assert_eq!(closest("curency", names), Some("currency"));
        assert_eq!(closest("Name-Order", names), Some("name_order"));
        assert_eq!(closest("usr", names), Some("user"));
        assert_eq!(closest("colour", names), None);
        assert_eq!(closest("PgDown", ["Down", "PgUp", "PgDn", "PageDown"]), Some("PgDn"));
    }
}
