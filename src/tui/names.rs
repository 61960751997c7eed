//! The people of an open account by name as a rep reads it, so the person form can
//! point out a namesake as the name is typed without looking at every person: built
//! once when first asked for, then patched for the one person an edit changes.

use crate::model::Account;
use std::collections::HashMap;

/// A name as a rep reads it: case, spaces around and between the words, and ё for е
/// aside. An empty name is nobody's namesake.
pub fn name_key(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('ё', "е")
}

/// Positions of the people by the key of their name.
#[derive(Debug, Default)]
pub struct NameIndex {
    by_key: HashMap<String, Vec<usize>>,
    /// The key of each position, to patch one person.
    keys: Vec<String>,
}

impl NameIndex {
    /// Every person of `a`.
    pub fn new(a: &Account) -> NameIndex {
        let mut n = NameIndex::default();
        for (i, p) in a.people.iter().enumerate() {
            let key = name_key(&p.name);
            n.by_key.entry(key.clone()).or_default().push(i);
            n.keys.push(key);
        }
        n
    }

    /// After the person at `i` was replaced (same position): moves them to their new
    /// name's key. Returns false when the index does not fit (then rebuild).
    pub fn patch(&mut self, a: &Account, i: usize) -> bool {
        let (Some(p), Some(old)) = (a.people.get(i), self.keys.get(i).cloned()) else { return false };
        if self.keys.len() != a.people.len() {
            return false;
        }
        let key = name_key(&p.name);
        if key == old {
            return true;
        }
        if let Some(v) = self.by_key.get_mut(&old) {
            v.retain(|&j| j != i);
        }
        self.by_key.entry(key.clone()).or_default().push(i);
        self.keys[i] = key;
        true
    }

    /// The people called `name` (as a rep reads it), in file order.
    pub fn called(&self, name: &str) -> Vec<usize> {
        let key = name_key(name);
        if key.is_empty() {
            return Vec::new();
        }
        let mut v = self.by_key.get(&key).cloned().unwrap_or_default();
        v.sort_unstable();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    #[test]
    fn namesakes_are_found_by_key_and_follow_an_edit() {
        let mut a = Account::new("a", "A");
        a.people.push(Person::new("p1", "Пётр  Иванов"));
        a.people.push(Person::new("p2", "петр иванов"));
        a.people.push(Person::new("p3", "Anna"));
        let mut n = NameIndex::new(&a);
        assert_eq!(n.called("ПЁТР ИВАНОВ"), [0, 1]);
        assert!(n.called("  ").is_empty());
        a.people[1].name = "Anna".into();
        assert!(n.patch(&a, 1));
        assert_eq!(n.called("Пётр Иванов"), [0]);
        assert_eq!(n.called("anna"), [1, 2]);
    }
}
