//! Words that change with a number, in one place. English has two forms; a translation
//! will replace these two functions with its language's plural rules (CLDR: Russian has
//! three), so callers pass the number and the forms and never build a plural themselves.

/// The form of a word for a count: `one` for 1, `other` for any other count
/// (`plural(n, "account", "accounts")`).
pub fn plural<'a>(n: usize, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 { one } else { other }
}

/// The count and the word: `count(2, "link", "links")` is "2 links", `count(1, …)`
/// "1 link", `count(0, …)` "0 links".
pub fn count(n: usize, one: &str, other: &str) -> String {
    format!("{n} {}", plural(n, one, other))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(0, "account", "accounts"), "0 accounts");
        assert_eq!(count(1, "account", "accounts"), "1 account");
        assert_eq!(count(2, "account", "accounts"), "2 accounts");
        assert_eq!(count(21, "follow-up", "follow-ups"), "21 follow-ups");
        assert_eq!(plural(1, "is", "are"), "is");
    }
}
