//! Picking one of a few choices by typing its first letters, the way a list box does:
//! `c` picks Champion, `o` Opponent. Where several start alike, the same letter again
//! moves on to the next of them (`s` Supporter, `s` again Skeptic), and more letters
//! narrow (`sk` Skeptic). Case is ignored; a label's later words count when no label
//! starts with the letters (`t` finds "Special terms"). No UI here.

/// The letters typed on one choice field since it last did anything else.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypeAhead {
    typed: String,
}

/// Whether `label` answers to `typed` (already lower case): its start, or failing
/// that (`words`) the start of one of its words.
fn answers(label: &str, typed: &str, words: bool) -> bool {
    let label = label.to_lowercase();
    if words { label.split_whitespace().any(|w| w.starts_with(typed)) } else { label.starts_with(typed) }
}

/// The positions of the labels that answer to `typed`, by their start if any does,
/// else by the start of a word.
fn matching(labels: &[&str], typed: &str) -> Vec<usize> {
    let by = |words| (0..labels.len()).filter(|i| answers(labels[*i], typed, words)).collect::<Vec<_>>();
    let starts = by(false);
    if starts.is_empty() { by(true) } else { starts }
}

impl TypeAhead {
    /// Forgets the letters typed: the next letter starts afresh.
    pub fn reset(&mut self) {
        self.typed.clear();
    }

    /// The choice to take after typing `c` on a field showing `labels` with `current`
    /// chosen, or `None` when no label answers (the choice stays).
    pub fn pick(&mut self, c: char, labels: &[&str], current: usize) -> Option<usize> {
        let c: String = c.to_lowercase().collect();
        let longer = format!("{}{c}", self.typed);
        let next_of = |hits: &[usize]| hits.iter().copied().find(|i| *i > current).or(hits.first().copied());
        // More letters narrow: the choice stays when it still answers, else the first
        // that does.
        if !self.typed.is_empty() {
            let hits = matching(labels, &longer);
            if !hits.is_empty() {
                self.typed = longer;
                return Some(if hits.contains(&current) { current } else { hits[0] });
            }
            // The same letter again (`ss`): the next choice starting with it.
            if longer.chars().all(|x| x.to_string() == c) {
                self.typed = longer;
                return next_of(&matching(labels, &c));
            }
        }
        // A first letter, or one that no longer narrows: afresh, the next choice
        // (after the current one) starting with it.
        let hits = matching(labels, &c);
        self.typed = if hits.is_empty() { String::new() } else { c };
        next_of(&hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STANCES: [&str; 6] = ["Champion", "Supporter", "Neutral", "Skeptic", "Opponent", "Unknown"];

    fn typed(s: &str, from: usize) -> usize {
        let mut t = TypeAhead::default();
        s.chars().fold(from, |at, c| t.pick(c, &STANCES, at).unwrap_or(at))
    }

    #[test]
    fn first_letters_pick_and_the_same_letter_again_moves_on() {
        let unknown = 5;
        assert_eq!(STANCES[typed("c", unknown)], "Champion");
        assert_eq!(STANCES[typed("O", unknown)], "Opponent");
        assert_eq!(STANCES[typed("n", unknown)], "Neutral");
        assert_eq!(STANCES[typed("u", 0)], "Unknown");
        assert_eq!(STANCES[typed("s", unknown)], "Supporter");
        assert_eq!(STANCES[typed("ss", unknown)], "Skeptic");
        assert_eq!(STANCES[typed("sss", unknown)], "Supporter", "round again");
        assert_eq!(STANCES[typed("s", 1)], "Skeptic", "from Supporter, s moves on");
        assert_eq!(STANCES[typed("sk", unknown)], "Skeptic");
        assert_eq!(STANCES[typed("su", 1)], "Supporter");
        assert_eq!(STANCES[typed("so", unknown)], "Opponent", "a letter that does not narrow starts afresh");
        assert_eq!(typed("x", 2), 2, "no stance starts with x: unchanged");
    }

    #[test]
    fn later_words_count_when_no_label_starts_so() {
        let kinds = ["Extra service", "Price concession", "Special terms", "Other"];
        let mut t = TypeAhead::default();
        assert_eq!(t.pick('t', &kinds, 0), Some(2));
        t.reset();
        assert_eq!(t.pick('s', &kinds, 0), Some(2), "a label's start comes before a later word");
        let yes_no = ["No", "Yes"];
        assert_eq!(TypeAhead::default().pick('y', &yes_no, 0), Some(1));
    }
}
