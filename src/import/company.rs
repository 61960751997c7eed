//! Telling whether a company name in a file is this account's: `ООО «Волга Трубы»`,
//! `Volga Pipe Works, Inc.` and `volga pipe works` name one company each time.

/// Legal forms left out when names are compared (English, German, French, Russian).
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "llc",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "plc",
    "gmbh",
    "ag",
    "kg",
    "sa",
    "sas",
    "sarl",
    "bv",
    "nv",
    "oy",
    "ab",
    "as",
    "spa",
    "srl",
    "ooo",
    "ооо",
    "оао",
    "зао",
    "пао",
    "ао",
    "ип",
    "нао",
    "llp",
    "lp",
    "company",
    "group",
    "holding",
];

/// A company name reduced to its words: lower case, `ё` as `е`, quotes and
/// punctuation gone, legal forms left out.
pub fn normalise(name: &str) -> String {
    let lower = name.to_lowercase().replace('ё', "е");
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty() && !LEGAL_FORMS.contains(w))
        .collect();
    if words.is_empty() {
        // A name that is only a legal form ("ООО") is compared as written.
        return lower.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    words.join(" ")
}

/// Whether two company names name the same company: equal once [`normalise`]d, or one
/// the other's start word for word (`Volga Pipe` and `Volga Pipe Works`).
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (normalise(a), normalise(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let starts = |long: &str, short: &str| long == short || long.starts_with(&format!("{short} "));
    starts(&a, &b) || starts(&b, &a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_quotes_and_case_do_not_matter() {
        assert!(same("ООО «Волга Трубы»", "волга трубы"));
        assert!(same("Volga Pipe Works, Inc.", "VOLGA PIPE WORKS"));
        assert!(same("Ёлка", "елка"));
        assert!(same("Volga Pipe", "Volga Pipe Works"));
        assert!(!same("Volga", "Volgograd Steel"));
        assert!(!same("Acme", "Globex"));
        assert!(!same("", "Acme"));
    }
}
