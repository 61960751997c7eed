//! Lookups from ids to positions and adjacency lists, built once per change so that
//! views and analysis never scan the whole account per item.

use super::account::Account;
use std::collections::HashMap;

/// Positions by id, and for each person the links that leave and enter them.
#[derive(Debug, Clone, Default)]
pub struct Index {
    person: HashMap<String, usize>,
    member: HashMap<String, usize>,
    /// For each person position, the positions in `links` of links from them.
    pub out_links: Vec<Vec<usize>>,
    /// For each person position, the positions in `links` of links to them.
    pub in_links: Vec<Vec<usize>>,
}

impl Index {
    /// Builds the index (linear in the size of the account).
    pub fn new(a: &Account) -> Index {
        let person: HashMap<String, usize> =
            a.people.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        let member = a.team.iter().enumerate().map(|(i, m)| (m.id.clone(), i)).collect();
        let mut out_links = vec![Vec::new(); a.people.len()];
        let mut in_links = vec![Vec::new(); a.people.len()];
        for (i, l) in a.links.iter().enumerate() {
            if let (Some(&f), Some(&t)) = (person.get(&l.from), person.get(&l.to)) {
                out_links[f].push(i);
                in_links[t].push(i);
            }
        }
        Index { person, member, out_links, in_links }
    }

    /// The position of a person in `people`.
    pub fn person(&self, id: &str) -> Option<usize> {
        self.person.get(id).copied()
    }

    /// The position of a member in `team`.
    pub fn member(&self, id: &str) -> Option<usize> {
        self.member.get(id).copied()
    }
}
