//! File names for accounts: derived from the account name, and safe on every system.
//!
//! A slug only ever holds lower-case letters, digits and single dashes, so no name can
//! reach outside the accounts folder (`..`, `/`, `\`, drive letters) or hit a name that
//! Windows reserves for devices.

/// Longest slug, in characters; leaves room for `.`, `.json.lock` and temp suffixes
/// within the 255-byte file-name limit even when every character takes four bytes.
const MAX_CHARS: usize = 48;

/// Device names Windows reserves in any folder, with or without an extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// The slug for a name: Unicode letters and digits kept and lower-cased, every other run
/// of characters one `-`, no dash at either end, at most 48 characters; `account` when
/// nothing is left, and a `-account` suffix on reserved device names.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    let mut dash = false;
    'outer: for c in name.chars() {
        if !c.is_alphanumeric() {
            dash = true;
            continue;
        }
        for l in c.to_lowercase() {
            // Lower-casing can produce marks (İ -> i + dot above); keep letters only.
            if !l.is_alphanumeric() {
                continue;
            }
            let need = if dash && !out.is_empty() { 2 } else { 1 };
            if chars + need > MAX_CHARS {
                break 'outer;
            }
            if need == 2 {
                out.push('-');
            }
            dash = false;
            out.push(l);
            chars += need;
        }
    }
    if out.is_empty() {
        return "account".to_string();
    }
    if RESERVED.contains(&out.as_str()) {
        out.push_str("-account");
    }
    out
}

/// Whether a string could have come from [`slugify`]: safe to use as a file stem.
pub(crate) fn is_safe(slug: &str) -> bool {
    !slug.is_empty()
        && slug.chars().count() <= MAX_CHARS + "-account".len()
        && slug.chars().all(|c| c == '-' || c.is_alphanumeric())
        && !slug.starts_with('-')
        && !RESERVED.contains(&slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangerous_names_become_plain_slugs() {
        for (name, slug) in [
            ("../x", "x"),
            ("/etc/passwd", "etc-passwd"),
            ("..\\..\\windows", "windows"),
            ("C:\\boot.ini", "c-boot-ini"),
            ("con", "con-account"),
            ("NUL", "nul-account"),
            ("Com1", "com1-account"),
            (".", "account"),
            ("..", "account"),
            ("", "account"),
            ("   ", "account"),
            ("🚀🔥", "account"),
            ("Acme 🚀 Tools", "acme-tools"),
            ("Северсталь ПАО", "северсталь-пао"),
            ("东方电气", "东方电气"),
            ("Müller & Söhne GmbH", "müller-söhne-gmbh"),
            ("a\u{0}b\u{1b}[31m", "a-b-31m"),
        ] {
            let s = slugify(name);
            assert_eq!(s, slug, "for {name:?}");
            assert!(is_safe(&s), "{s:?}");
        }
    }

    #[test]
    fn long_names_are_capped_without_a_trailing_dash() {
        let s = slugify(&"ab ".repeat(100));
        assert!(s.chars().count() <= MAX_CHARS, "{s}");
        assert!(!s.ends_with('-'), "{s}");
        let s = slugify(&"Ж".repeat(200));
        assert_eq!(s.chars().count(), MAX_CHARS);
        assert!(s.len() + ".json.lock".len() + 1 < 255);
    }

    #[test]
    fn unsafe_stems_are_recognised() {
        for bad in ["", "..", "a/b", "a\\b", ".hidden", "-x", "con", "a b"] {
            assert!(!is_safe(bad), "{bad:?}");
        }
    }
}
