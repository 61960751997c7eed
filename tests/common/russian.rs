//! Checking that a Russian screen speaks Russian: every Latin word on it must be a
//! name (something the account's data holds), a key as the keyboard prints it, or a
//! name of a format or product that Russian writes in Latin letters too.

/// Words Russian text writes in Latin letters: keys as printed, formats, products.
pub const LATIN_ALLOWED: &[&str] = &[
    // Keys, as help and hints print them.
    "Enter",
    "Esc",
    "Tab",
    "Shift",
    "Ctrl",
    "Alt",
    "Space",
    "Backspace",
    "Del",
    "Delete",
    "Home",
    "End",
    "PgUp",
    "PgDn",
    "PageUp",
    "PageDown",
    "Up",
    "Down",
    "Left",
    "Right",
    "Ins",
    "Insert",
    "BackTab",
    "F1",
    "F2",
    "F3",
    "F4",
    "F5",
    "F6",
    "F7",
    "F8",
    "F9",
    "F10",
    "F11",
    "F12",
    "Backtab",
    // Formats, products and the program's own name.
    "dmu",
    "DMU",
    "CSV",
    "JSON",
    "DOT",
    "Mermaid",
    "Markdown",
    "md",
    "git",
    "Git",
    "vCard",
    "Excel",
    "xlsx",
    "xls",
    "TOML",
    "toml",
    "UTF",
    "Windows",
    "Graphviz",
    "CRM",
    "Salesforce",
    "HubSpot",
    "Pipedrive",
    "Zoho",
    "Bitrix24",
    "amoCRM",
    "Kommo",
    "Outlook",
    "Google",
    "Apple",
    "ISO",
    "VIP",
    "svg",
    "SVG",
    "txt",
    "csv",
    "json",
    "dot",
    "vcf",
    "EUR",
    "USD",
    "RUB",
    "ID",
    "id",
    // Russian writes the time zone as UTC too.
    "UTC",
];

/// The Latin words of a screen that are neither allowed nor in `data` (the account's
/// file text, whose words are the rep's and the customer's own).
pub fn english_words(screen: &str, data: &str) -> Vec<String> {
    let data_words: std::collections::HashSet<&str> = latin_words(data).collect();
    // A command quoted in backticks (`dmu changes`) is written as it is typed.
    let unquoted: String = screen.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    let mut out: Vec<String> = latin_words(&unquoted)
        .filter(|w| w.chars().count() > 1)
        .filter(|w| !LATIN_ALLOWED.contains(w) && !data_words.contains(w))
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out
}

fn latin_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_ascii_alphanumeric())).filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
}

/// The data's words as a screen may show them too: cut to fit a column (`Engin…`) and
/// as our team's initials (`AB`).
pub fn with_cuts(data: &str) -> String {
    let mut out = data.to_string();
    for word in data.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| w.len() > 2) {
        for end in 2..word.len() {
            out.push(' ');
            out.push_str(&word[..end]);
        }
    }
    for name in data.split('"').filter(|s| s.contains(' ') && s.len() < 40) {
        let initials: String = name.split_whitespace().filter_map(|w| w.chars().next()).collect();
        out.push(' ');
        out.push_str(&initials);
    }
    out
}
