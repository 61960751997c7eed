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

/// Edit distance over characters, a swap of two neighbours counting as one edit
/// (optimal string alignment), since `qiut` is one slip from `quit`.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
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
        assert_eq!(closest("qiut", ["quit", "help"]), Some("quit"));
        assert_eq!(closest("colour", names), None);
        assert_eq!(closest("PgDown", ["Down", "PgUp", "PgDn", "PageDown"]), Some("PgDn"));
    }
}
