//! Lookups from ids to positions and adjacency lists, built once per change so that
//! views and analysis never scan the whole account per item.

use super::account::Account;
use super::fast_hash::FxHashMap;

/// Positions by id, and for each person the links that leave and enter them.
///
/// The adjacency is kept flat (one array of link positions, grouped by person, and
/// where each person's group starts) rather than one small vector per person: a
/// thousand-account start-up builds a thousand indexes, and the allocations were most
/// of their cost.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Index {
    person: FxHashMap<String, usize>,
    member: FxHashMap<String, usize>,
    out_start: Vec<usize>,
    out_list: Vec<usize>,
    in_start: Vec<usize>,
    in_list: Vec<usize>,
    /// For each link position, the positions of its two people (`None` when an end
    /// names nobody, which validation reports).
    pub link_ends: Vec<Option<(usize, usize)>>,
}

/// Groups link positions by person: `start[p]..start[p + 1]` of the returned list are
/// the links of person `p`, in file order.
fn group(people: usize, keyed: impl Iterator<Item = (usize, usize)> + Clone) -> (Vec<usize>, Vec<usize>) {
    let mut start = vec![0usize; people + 1];
    for (p, _) in keyed.clone() {
        start[p + 1] += 1;
    }
    for p in 0..people {
        start[p + 1] += start[p];
    }
    let mut fill = start.clone();
    let mut list = vec![0usize; start[people]];
    for (p, link) in keyed {
        list[fill[p]] = link;
        fill[p] += 1;
    }
    (start, list)
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
        let link_ends: Vec<Option<(usize, usize)>> = a
            .links
            .iter()
            .map(|l| match (person.get(l.from.as_str()), person.get(l.to.as_str())) {
                (Some(&f), Some(&t)) => Some((f, t)),
                _ => None,
            })
            .collect();
        let ends = link_ends.iter().enumerate().filter_map(|(i, e)| e.map(|e| (i, e)));
        let (out_start, out_list) = group(a.people.len(), ends.clone().map(|(i, (f, _))| (f, i)));
        let (in_start, in_list) = group(a.people.len(), ends.map(|(i, (_, t))| (t, i)));
        Index { person, member, out_start, out_list, in_start, in_list, link_ends }
    }

    /// The position of a person in `people`.
    pub fn person(&self, id: &str) -> Option<usize> {
        self.person.get(id).copied()
    }

    /// The position of a member in `team`.
    pub fn member(&self, id: &str) -> Option<usize> {
        self.member.get(id).copied()
    }

    /// How many people the index was built for.
    pub fn people(&self) -> usize {
        self.out_start.len().saturating_sub(1)
    }

    /// The positions in `links` of the links from person `p`, in file order (empty for
    /// a position the index does not know).
    pub fn out_links(&self, p: usize) -> &[usize] {
        match (self.out_start.get(p), self.out_start.get(p + 1)) {
            (Some(&s), Some(&e)) => &self.out_list[s..e],
            _ => &[],
        }
    }

    /// The positions in `links` of the links to person `p`, in file order.
    pub fn in_links(&self, p: usize) -> &[usize] {
        match (self.in_start.get(p), self.in_start.get(p + 1)) {
            (Some(&s), Some(&e)) => &self.in_list[s..e],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Link, LinkKind, Person};

    #[test]
    fn links_are_grouped_by_person_in_file_order() {
        let mut a = Account::new("a", "A");
        for id in ["x", "y", "z"] {
            a.people.push(Person::new(id, id));
        }
        let link = |f: &str, t: &str| Link {
            from: f.into(),
            to: t.into(),
            kind: LinkKind::Influences,
            strength: None,
            extra: Default::default(),
        };
        a.links = vec![link("x", "y"), link("z", "y"), link("x", "z"), link("x", "nobody")];
        let ix = Index::new(&a);
        assert_eq!(ix.people(), 3);
        assert_eq!(ix.out_links(0), [0, 2]);
        assert_eq!(ix.in_links(1), [0, 1]);
        assert_eq!(ix.out_links(1), [] as [usize; 0]);
        assert_eq!(ix.in_links(2), [2]);
        assert_eq!(ix.link_ends[3], None, "a dangling link has no ends");
        assert_eq!(ix.out_links(9), [] as [usize; 0]);
        assert_eq!(ix.person("z"), Some(2));
    }
}
