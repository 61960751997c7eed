//! New record ids that do not collide when two copies of a file are edited apart and
//! merged, and that a rep can read in the file: a prefix, a slug of the record's name
//! in Latin letters, and a short random part (`p-ivan-ivanov-3f2a`).

use crate::translit::latin;
use std::hash::{BuildHasher, Hasher};

/// 64 random bits: std's per-process random hasher keys mixed with the clock and a
/// counter, which is plenty for ids (they need to be unlikely to collide, not
/// unpredictable).
fn random() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    h.write_u128(nanos);
    h.write_u32(std::process::id());
    h.finish()
}

/// A fresh id such as `p-3f9a2c71d0`: `prefix`, a dash and ten random hex digits.
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{:010x}", random() & 0xff_ffff_ffff)
}

/// A fresh id that is not in `taken` (tried until one is free; a clash is already
/// one in a trillion).
pub fn new_id_avoiding<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    loop {
        let id = new_id(prefix);
        if !taken.clone().any(|t| t == id) {
            return id;
        }
    }
}

/// The id of a new record named `name` (a person's or member's name, a follow-up's or
/// demand's text): `prefix`, the name's [`readable_slug`], and four random hex digits,
/// such as `p-ivan-ivanov-3f2a` for "Иван Иванов"; not in `taken`. A name with no
/// letter that has a Latin spelling gets ten random digits instead (`p-3f9a2c71d0`).
///
/// Two reps adding the same name on two machines get the same slug, so the random part
/// keeps their ids apart when the files are merged (one in 65,536; the same name twice
/// is rare, and then likely the same person); different names never collide.
pub fn readable_id<'a>(prefix: &str, name: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let slug = readable_slug(name);
    if slug.is_empty() {
        return new_id_avoiding(prefix, taken);
    }
    for tries in 0.. {
        // Should a name really be taken 65,536 times over, the random part grows.
        let id = if tries < 64 {
            format!("{prefix}-{slug}-{:04x}", random() & 0xffff)
        } else {
            format!("{prefix}-{slug}-{:010x}", random() & 0xff_ffff_ffff)
        };
        if !taken.clone().any(|t| t == id) {
            return id;
        }
    }
    unreachable!("the loop above only ends by returning")
}

/// The longest slug part of an id, in characters.
const SLUG_MAX: usize = 24;

/// A name in lower-case Latin letters and digits, words joined by `-`: Cyrillic spelled
/// out (`Пётр Иванов` → `pyotr-ivanov`), accents dropped (`José Müller` →
/// `jose-muller`), `ß` as `ss`; letters of other scripts are left out. Whole words up
/// to 24 characters (a first word longer than that is cut). Empty when nothing is left.
pub fn readable_slug(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match latin(c) {
            Some(l) => word.push_str(l),
            None if c.is_ascii_alphanumeric() => word.push(c),
            // Letters with no Latin spelling here, marks, and everything else part words.
            None => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut out = String::new();
    for w in words {
        let more = if out.is_empty() { w.len() } else { w.len() + 1 };
        if out.len() + more > SLUG_MAX {
            if out.is_empty() {
                out = w.chars().take(SLUG_MAX).collect();
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_the_prefix_and_differ() {
        let a = new_id("p");
        let b = new_id("p");
        assert!(a.starts_with("p-") && a.len() == 12, "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn names_become_readable_latin_slugs() {
        for (name, slug) in [
            ("Иван Иванов", "ivan-ivanov"),
            ("Пётр Иванов", "pyotr-ivanov"),
            ("Щукин, Юрий (ОГЭ)", "shchukin-yuriy-oge"),
            ("Объём", "obyom"),
            ("José Müller-Lüdenscheidt", "jose-muller-ludenscheidt"),
            ("Straße 5", "strasse-5"),
            ("  Send the energy figures to the CFO  ", "send-the-energy-figures"),
            ("Donaudampfschifffahrtsgesellschaftskapitän", "donaudampfschifffahrtsge"),
            ("李小龙", ""),
            ("Łukasz 李 Żak", "lukasz-zak"),
            ("!!!", ""),
        ] {
            assert_eq!(readable_slug(name), slug, "{name}");
        }
    }

    #[test]
    fn a_readable_id_is_the_slug_and_a_short_random_part_and_never_taken() {
        let id = readable_id("p", "Иван Иванов", std::iter::empty());
        let (head, tail) = id.rsplit_once('-').unwrap();
        assert_eq!(head, "p-ivan-ivanov", "{id}");
        assert!(tail.len() == 4 && tail.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
        // Every short random part taken: still a free id.
        let taken: Vec<String> = (0..=0xffff).map(|n| format!("t-anna-{n:04x}")).collect();
        let id = readable_id("t", "Anna", taken.iter().map(String::as_str));
        assert!(id.starts_with("t-anna-") && !taken.contains(&id), "{id}");
        // No Latin spelling: the old random id.
        let id = readable_id("p", "李小龙", std::iter::empty());
        assert!(id.starts_with("p-") && id.len() == 12, "{id}");
    }
}
