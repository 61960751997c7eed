//! The people an import matches rows against, by each key a row can match on: ids,
//! emails and names.
//!
//! The maps hold 64-bit hashes of the keys, not the keys: an import of 100,000 rows
//! would otherwise copy 100,000 names and emails into maps and free them again. A hash
//! only finds candidates; each is checked against the person as they stand, so two
//! keys with one hash never match the wrong person, and a person whose email an
//! earlier row changed is no longer found by the old one.

use crate::model::{Account, FxHashMap as HashMap, FxHasher, Person};
use std::hash::Hasher;

/// A person during planning: an existing one (index in `people`) or a new one (index
/// in the plan's `new_people`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Who {
    Old(usize),
    New(usize),
}

/// The people as they stand while planning: the account's, with the changes planned
/// so far, and the new ones.
pub(super) struct People<'a> {
    pub account: &'a Account,
    pub changed: &'a HashMap<usize, Person>,
    pub new: &'a [Person],
}

impl People<'_> {
    pub fn get(&self, w: Who) -> &Person {
        match w {
            Who::Old(i) => self.changed.get(&i).unwrap_or(&self.account.people[i]),
            Who::New(i) => &self.new[i],
        }
    }
}

/// The people one key hash leads to; nearly always one.
enum Slot {
    One(Who),
    Many(Vec<Who>),
}

impl Slot {
    fn as_slice(&self) -> &[Who] {
        match self {
            Slot::One(w) => std::slice::from_ref(w),
            Slot::Many(v) => v,
        }
    }
}

#[derive(Default)]
struct Map(HashMap<u64, Slot>);

impl Map {
    fn with_capacity(n: usize) -> Map {
        Map(HashMap::with_capacity_and_hasher(n, Default::default()))
    }

    fn add(&mut self, h: u64, w: Who) {
        match self.0.get_mut(&h) {
            None => {
                self.0.insert(h, Slot::One(w));
            }
            Some(s) if s.as_slice().contains(&w) => {}
            Some(Slot::One(x)) => {
                let x = *x;
                self.0.insert(h, Slot::Many(vec![x, w]));
            }
            Some(Slot::Many(v)) => v.push(w),
        }
    }

    /// The candidates for `h` that pass `is`.
    fn find(&self, h: u64, is: impl Fn(Who) -> bool) -> Vec<Who> {
        self.0.get(&h).map(|s| s.as_slice().iter().copied().filter(|&w| is(w)).collect()).unwrap_or_default()
    }

    /// The one candidate that passes `is`, when exactly one does.
    fn one(&self, h: u64, is: impl Fn(Who) -> bool) -> Option<Who> {
        match self.0.get(&h)?.as_slice() {
            // The common case, without building a list.
            [w] => is(*w).then_some(*w),
            many => {
                let mut hits = many.iter().copied().filter(|&w| is(w));
                let first = hits.next()?;
                hits.next().is_none().then_some(first)
            }
        }
    }
}

/// The people by ids, person ids, emails, names and the word pairs of three-word names.
pub(super) struct Keys {
    ids: Map,
    person_ids: Map,
    emails: Map,
    names: Map,
    /// Three-word names by each pair of their words: "Иван Петрович Сидоров" is
    /// found as "Иван Сидоров".
    short_names: Map,
    /// Each person's name key as last added, by position: a candidate found by a name's
    /// hash is checked against it without working the key out again.
    old_keys: Vec<String>,
    new_keys: Vec<String>,
}

impl Keys {
    /// Room for `n` people.
    pub fn with_capacity(n: usize) -> Keys {
        Keys {
            ids: Map::default(),
            person_ids: Map::with_capacity(n),
            emails: Map::with_capacity(n),
            names: Map::with_capacity(n),
            short_names: Map::default(),
            old_keys: Vec::new(),
            new_keys: Vec::new(),
        }
    }

    /// The name key `w` was last added with.
    fn key_of(&self, w: Who) -> &str {
        let (keys, i) = match w {
            Who::Old(i) => (&self.old_keys, i),
            Who::New(i) => (&self.new_keys, i),
        };
        keys.get(i).map_or("", String::as_str)
    }

    /// Makes `p` findable as `w`; `name` is [`NameKey::of`] their name.
    pub fn add(&mut self, p: &Person, w: Who, name: NameKey) {
        for (s, i) in &p.external_ids {
            self.ids.add(hash2(s, i), w);
        }
        self.person_ids.add(hash1(&p.id), w);
        if let Some(h) = p.email.as_deref().and_then(email_hash) {
            self.emails.add(h, w);
        }
        if !name.key.is_empty() {
            self.names.add(hash1(&name.key), w);
        }
        for pair in name.pairs() {
            self.short_names.add(hash1(&pair), w);
        }
        let (keys, i) = match w {
            Who::Old(i) => (&mut self.old_keys, i),
            Who::New(i) => (&mut self.new_keys, i),
        };
        if keys.len() <= i {
            keys.resize(i + 1, String::new());
        }
        keys[i] = name.key;
    }

    /// The one person with this id in `system`.
    pub fn by_id(&self, system: &str, id: &str, people: &People) -> Option<Who> {
        self.ids.one(hash2(system, id), |w| people.get(w).external_ids.get(system).is_some_and(|x| x == id))
    }

    /// The person with this dmu id.
    pub fn by_person_id(&self, id: &str, people: &People) -> Option<Who> {
        self.person_ids.one(hash1(id), |w| people.get(w).id == id)
    }

    /// The one person with this email (case aside).
    pub fn by_email(&self, email: &str, people: &People) -> Option<Who> {
        let h = email_hash(email)?;
        self.emails.one(h, |w| people.get(w).email.as_deref().is_some_and(|e| same_email(e, email)))
    }

    /// The one person `name` fits; `Err(n)` when `n` people fit (0: none).
    pub fn by_name(&self, name: &NameKey) -> Result<Who, usize> {
        if name.key.is_empty() {
            return Err(0);
        }
        let unique = |v: Vec<Who>| match v.as_slice() {
            [w] => Ok(*w),
            v => Err(v.len()),
        };
        let exact = unique(self.names.find(hash1(&name.key), |w| self.key_of(w) == name.key));
        if exact != Err(0) {
            return exact;
        }
        // "Иван Сидоров" in the file, "Иван Петрович Сидоров" in the account.
        let shorter = unique(self.short_names.find(hash1(&name.key), |w| {
            NameKey { key: self.key_of(w).to_string(), words: 3 }.pairs().contains(&name.key)
        }));
        if shorter != Err(0) {
            return shorter;
        }
        // The other way round: the file gives the patronymic, the account does not.
        let mut found: Vec<Who> = Vec::new();
        for pair in name.pairs() {
            for w in self.names.find(hash1(&pair), |w| self.key_of(w) == pair) {
                if !found.contains(&w) {
                    found.push(w);
                }
            }
        }
        unique(found)
    }
}

fn hash1(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

fn hash2(a: &str, b: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(a.as_bytes());
    h.write_u8(0xff);
    h.write(b.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

/// The hash of an email, trimmed and lower case; `None` for an empty one.
fn email_hash(e: &str) -> Option<u64> {
    let e = e.trim();
    if e.is_empty() {
        return None;
    }
    let mut h = FxHasher::default();
    if e.is_ascii() {
        // Nearly every address: a byte at a time, no Unicode case tables.
        for b in e.bytes() {
            h.write_u32(b.to_ascii_lowercase() as u32);
        }
        return Some(h.finish());
    }
    for c in e.chars().flat_map(char::to_lowercase) {
        h.write_u32(c as u32);
    }
    Some(h.finish())
}

/// Whether two emails are one address (case and surrounding spaces aside).
pub(super) fn same_email(a: &str, b: &str) -> bool {
    a.trim().chars().flat_map(char::to_lowercase).eq(b.trim().chars().flat_map(char::to_lowercase))
}

/// A name as matching compares it: its words lower case, `ё` as `е`, without
/// punctuation, sorted, joined by one space ("Иванов Иван" and "иван  иванов" are one).
pub(super) struct NameKey {
    pub key: String,
    /// How many words.
    words: usize,
}

impl NameKey {
    pub fn of(name: &str) -> NameKey {
        let mut lower = String::with_capacity(name.len());
        for c in name.chars() {
            match c {
                'ё' | 'Ё' => lower.push('е'),
                ',' | '.' => lower.push(' '),
                c if c.is_whitespace() => lower.push(' '),
                c if c.is_ascii() => lower.push(c.to_ascii_lowercase()),
                c => lower.extend(c.to_lowercase()),
            }
        }
        let words = || lower.split(' ').filter(|w| !w.is_empty());
        let count = words().count();
        let sorted = words().zip(words().skip(1)).all(|(x, y)| x <= y);
        let tidy = !lower.starts_with(' ') && !lower.ends_with(' ') && !lower.contains("  ");
        if sorted && tidy {
            // Most names: the lower-case name is the key already.
            return NameKey { key: lower, words: count };
        }
        let mut w: Vec<&str> = words().collect();
        w.sort_unstable();
        NameKey { key: w.join(" "), words: count }
    }

    /// For a three-word name, the key of each pair of its words; none otherwise.
    pub fn pairs(&self) -> Vec<String> {
        if self.words != 3 {
            return Vec::new();
        }
        let w: Vec<&str> = self.key.split(' ').collect();
        vec![format!("{} {}", w[1], w[2]), format!("{} {}", w[0], w[2]), format!("{} {}", w[0], w[1])]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_whatever_their_order_case_and_spacing() {
        assert_eq!(NameKey::of("Иванов  Иван").key, NameKey::of("иван иванов").key);
        assert_eq!(NameKey::of("Пётр Фёдоров").key, "петр федоров");
        assert_eq!(NameKey::of(" Smith, John ").key, "john smith");
        assert_eq!(NameKey::of("Иван Петрович Сидоров").pairs().len(), 3);
        assert!(NameKey::of("Ann Lee").pairs().is_empty());
    }

    #[test]
    fn emails_compare_without_case() {
        assert!(same_email(" Anna.Berg@Volga.example", "anna.berg@volga.example "));
        assert!(!same_email("anna@x", "ann@x"));
        assert_eq!(email_hash("A@B"), email_hash("a@b "));
        assert_eq!(email_hash("  "), None);
    }
}
