//! Lookups from ids to positions and adjacency lists, built once per change so that
//! views and analysis never scan the whole account per item.

use super::account::Account;
use super::fast_hash::FxHashMap;

/// Positions by id, and for each person the links that leave and enter them.
#[derive(Debug, Clone, Default)]
pub struct Index {
    person: FxHashMap<String, usize>,
    member: FxHashMap<String, usize>,
    /// For each person position, the positions in `links` of links from them.
    pub out_links: Vec<Vec<usize>>,
    /// For each person position, the positions in `links` of links to them.
    pub in_links: Vec<Vec<usize>>,
    /// For each link position, the positions of its two people (`None` when an end
    /// names nobody, which validation reports).
    pub link_ends: Vec<Option<(usize, usize)>>,
}

impl Index {
    /// Builds the index (linear in the size of the account). Where an id is used twice
    /// the first holder wins; validation reports the second.
    pub fn new(a: &Account) -> Index {
        let mut person = FxHashMap::default();
        person.reserve(a.people.len());
        for (i, p) in a.people.iter().enumerate() {
            person.entry(p.id.clone()).or_insert(i);
        }
        let mut member = FxHashMap::default();
        for (i, m) in a.team.iter().enumerate() {
            member.entry(m.id.clone()).or_insert(i);
        }
        let mut out_links = vec![Vec::new(); a.people.len()];
        let mut in_links = vec![Vec::new(); a.people.len()];
        let mut link_ends = Vec::with_capacity(a.links.len());
        for (i, l) in a.links.iter().enumerate() {
            let ends = match (person.get(l.from.as_str()), person.get(l.to.as_str())) {
                (Some(&f), Some(&t)) => {
                    out_links[f].push(i);
                    in_links[t].push(i);
                    Some((f, t))
                }
                _ => None,
            };
            link_ends.push(ends);
        }
        Index { person, member, out_links, in_links, link_ends }
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
