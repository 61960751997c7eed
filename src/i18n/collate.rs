//! Sorting people by name as a Russian or English reader expects: case aside, `ё` as
//! `е`, and, when the rep asks, by surname (the last word of "Anna Berg", the first of
//! "Волкова Анна Сергеевна").

/// Which word of a name sorts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// The name as written.
    #[default]
    Written,
    /// The surname, written last ("Anna Berg").
    SurnameLast,
    /// The surname, written first ("Волкова Анна Сергеевна").
    SurnameFirst,
}

/// A key that sorts names: folded (lower case, `ё` as `е`), with the surname first when
/// asked, and the name as written after it so equal keys keep a stable order.
pub fn key(name: &str, by: SortBy) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let ordered = match (by, words.as_slice()) {
        (_, []) | (_, [_]) | (SortBy::Written, _) | (SortBy::SurnameFirst, _) => words.join(" "),
        (SortBy::SurnameLast, [rest @ .., last]) => format!("{last} {}", rest.join(" ")),
    };
    let mut out = fold(&ordered);
    out.push('\u{0}');
    out.push_str(name);
    out
}

/// Lower case with `ё` read as `е`, as Russian dictionaries sort.
pub fn fold(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).map(|c| if c == 'ё' { 'е' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str], by: SortBy) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        v.sort_by_key(|n| key(n, by));
        v
    }

    #[test]
    fn surnames_sort_with_yo_as_ye_and_case_aside() {
        let names = ["Пётр Ёлкин", "анна Егорова", "Иван Еремеев", "Борис Жуков"];
        assert_eq!(
            sorted(&names, SortBy::SurnameLast),
            ["анна Егорова", "Пётр Ёлкин", "Иван Еремеев", "Борис Жуков"]
        );
        let written = ["Ёлкин Пётр", "Егорова Анна", "Жуков Борис"];
        assert_eq!(sorted(&written, SortBy::SurnameFirst), ["Егорова Анна", "Ёлкин Пётр", "Жуков Борис"]);
        assert_eq!(sorted(&["Zoe Adams", "Adam Young"], SortBy::Written), ["Adam Young", "Zoe Adams"]);
        assert_eq!(sorted(&["Zoe Adams", "Adam Young"], SortBy::SurnameLast), ["Zoe Adams", "Adam Young"]);
    }
}
