//! The org chart of an account: the `reports_to` forest, which branches are folded,
//! and the flat list of rows a screen shows.
//!
//! The tree is built once per change of the account (O(n log n) for the sibling
//! order); the visible rows once per change of the account or of what is folded
//! (O(visible rows)); drawing a frame then only reads a window of those rows.

use crate::model::{Account, Index, LinkKind, Person, Strength};
use std::cmp::Ordering;

mod outline;
pub use outline::{OrgOutline, OrgRow};

/// A line of the org chart: a person, or the group of people with no manager recorded
/// and no reports of their own (listed together so they do not look like top managers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgNode {
    /// A person, by position in `account.people`.
    Person(usize),
    /// The synthetic "No manager recorded" group.
    Unmanaged,
}

/// The label of the [`OrgNode::Unmanaged`] group.
pub const UNMANAGED_LABEL: &str = "No manager recorded";

/// The `reports_to` forest. A person with several managers hangs under the first one
/// by link order; the others are kept to be shown as "also reports to".
#[derive(Debug, Clone, Default)]
pub struct OrgTree {
    roots: Vec<usize>,
    unmanaged: Vec<usize>,
    children: Lists,
    parent: Vec<Option<usize>>,
    managers: Lists,
}

/// A list of positions per person, all in one vector: person `i`'s list is
/// `items[at[i]..at[i + 1]]`. Ten thousand people in separate vectors cost ten
/// thousand allocations per build, which on a large account cost more than the rest.
#[derive(Debug, Clone, Default)]
struct Lists {
    at: Vec<usize>,
    items: Vec<usize>,
}

impl Lists {
    /// Groups `(owner, item)` pairs by owner (of `n`), keeping their order per owner.
    fn group(n: usize, pairs: impl Iterator<Item = (usize, usize)> + Clone) -> Lists {
        let mut at = vec![0; n + 1];
        for (owner, _) in pairs.clone() {
            at[owner + 1] += 1;
        }
        for i in 0..n {
            at[i + 1] += at[i];
        }
        let mut next = at.clone();
        let mut items = vec![0; at[n]];
        for (owner, item) in pairs {
            items[next[owner]] = item;
            next[owner] += 1;
        }
        Lists { at, items }
    }

    fn get(&self, i: usize) -> &[usize] {
        match (self.at.get(i), self.at.get(i + 1)) {
            (Some(&from), Some(&to)) => &self.items[from..to],
            _ => &[],
        }
    }

    fn get_mut(&mut self, i: usize) -> &mut [usize] {
        match (self.at.get(i), self.at.get(i + 1)) {
            (Some(&from), Some(&to)) => &mut self.items[from..to],
            _ => &mut [],
        }
    }
}

/// Everyone's name lower-cased, in one string (one allocation, not one per person).
struct Names {
    text: String,
    ends: Vec<usize>,
}

impl Names {
    fn new(people: &[Person]) -> Names {
        let mut text = String::with_capacity(people.iter().map(|p| p.name.len()).sum());
        let mut ends = Vec::with_capacity(people.len());
        for p in people {
            if p.name.is_ascii() {
                text.extend(p.name.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                text.push_str(&p.name.to_lowercase());
            }
            ends.push(text.len());
        }
        Names { text, ends }
    }

    fn get(&self, i: usize) -> &str {
        let from = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[from..self.ends[i]]
    }
}

/// Siblings are ordered by influence (highest first), then name, then id, so the same
/// account always gives the same chart.
fn sibling_order<'a>(people: &'a [Person], names: &'a Names) -> impl Fn(&usize, &usize) -> Ordering + 'a {
    move |&a, &b| {
        let (pa, pb) = (&people[a], &people[b]);
        pb.influence
            .cmp(&pa.influence)
            .then_with(|| names.get(a).cmp(names.get(b)))
            .then_with(|| pa.id.cmp(&pb.id))
    }
}

/// Drops repeated managers (the same `reports_to` link twice), keeping link order.
fn dedup_each(lists: &mut Lists, n: usize) {
    let mut items = Vec::with_capacity(lists.items.len());
    let mut at = Vec::with_capacity(n + 1);
    at.push(0);
    for i in 0..n {
        let start = items.len();
        for &m in lists.get(i) {
            if !items[start..].contains(&m) {
                items.push(m);
            }
        }
        at.push(items.len());
    }
    *lists = Lists { at, items };
}

impl OrgTree {
    /// Builds the forest from the account's `reports_to` links. Links to unknown
    /// people and self-links are ignored; should a file hold a cycle (validation
    /// reports it), the cycle is cut so every person still appears exactly once.
    pub fn build(a: &Account, idx: &Index) -> OrgTree {
        let n = a.people.len();
        // The index has both ends of every link as positions already: no id is hashed
        // here (on a large account each lookup is a cache miss or three).
        let reports = a
            .links
            .iter()
            .zip(&idx.link_ends)
            .filter_map(|(l, ends)| ends.filter(|(f, t)| l.kind == LinkKind::ReportsTo && f != t));
        let mut managers = Lists::group(n, reports);
        dedup_each(&mut managers, n);
        let mut parent: Vec<Option<usize>> = (0..n).map(|i| managers.get(i).first().copied()).collect();
        let below = |parent: &[Option<usize>]| {
            let pairs = parent.iter().enumerate().filter_map(|(i, p)| p.map(|p| (p, i)));
            Lists::group(n, pairs)
        };
        let children = below(&parent);
        // Everyone reachable from a top person is placed; whoever is left sits in or
        // under a cycle, so the first of them (by file order) is made a top person.
        // A child whose parent was taken away that way is not followed from there.
        let mut placed = vec![false; n];
        let mut stack: Vec<usize> = (0..n).filter(|&i| parent[i].is_none()).collect();
        let mut next_unplaced = 0;
        loop {
            while let Some(i) = stack.pop() {
                if !placed[i] {
                    placed[i] = true;
                    stack.extend(children.get(i).iter().copied().filter(|&c| parent[c] == Some(i)));
                }
            }
            while next_unplaced < n && placed[next_unplaced] {
                next_unplaced += 1;
            }
            if next_unplaced == n {
                break;
            }
            let cut = next_unplaced;
            parent[cut] = None;
            stack.push(cut);
        }
        let mut children = below(&parent);
        let names = Names::new(&a.people);
        let order = sibling_order(&a.people, &names);
        for i in 0..n {
            children.get_mut(i).sort_by(&order);
        }
        let (mut roots, mut unmanaged): (Vec<usize>, Vec<usize>) =
            (0..n).filter(|&i| parent[i].is_none()).partition(|&i| !children.get(i).is_empty());
        roots.sort_by(&order);
        unmanaged.sort_by(&order);
        OrgTree { roots, unmanaged, children, parent, managers }
    }

    /// The top people (those with reports and no manager), in chart order.
    pub fn roots(&self) -> &[usize] {
        &self.roots
    }

    /// People with neither a manager nor reports, in chart order.
    pub fn unmanaged(&self) -> &[usize] {
        &self.unmanaged
    }

    /// The people shown directly under a node, in chart order.
    pub fn children_of(&self, node: OrgNode) -> &[usize] {
        match node {
            OrgNode::Person(i) => self.children.get(i),
            OrgNode::Unmanaged => &self.unmanaged,
        }
    }

    /// The manager a person is drawn under (`None` for top people and the group).
    pub fn parent(&self, person: usize) -> Option<usize> {
        self.parent.get(person).copied().flatten()
    }

    /// Every manager of a person, in link order (the first is the one drawn).
    pub fn managers(&self, person: usize) -> &[usize] {
        self.managers.get(person)
    }

    /// Whether a person reports to more than the manager they are drawn under.
    pub fn has_other_managers(&self, person: usize) -> bool {
        self.managers(person).len() > 1
    }

    /// The node a person is drawn under: their manager, the group, or none (top).
    pub(crate) fn parent_node(&self, person: usize) -> Option<OrgNode> {
        match self.parent(person) {
            Some(p) => Some(OrgNode::Person(p)),
            None if person < self.parent.len() && self.children.get(person).is_empty() => {
                Some(OrgNode::Unmanaged)
            }
            None => None,
        }
    }
}

/// An influence link seen from one person: the other person and how strong it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InfluenceLink {
    /// The other person, by position in `account.people`.
    pub other: usize,
    /// How strong the influence is.
    pub strength: Strength,
}

/// A person's influence links, strongest first (ties in link order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonLinks {
    /// People whose opinion weighs with this person.
    pub influenced_by: Vec<InfluenceLink>,
    /// People this person's opinion weighs with.
    pub influences: Vec<InfluenceLink>,
}

/// The influence links into and out of a person (O(their links), through the index).
pub fn influence_links(a: &Account, idx: &Index, person: usize) -> PersonLinks {
    let collect = |links: &[usize], outgoing: bool| {
        let mut v: Vec<InfluenceLink> = links
            .iter()
            .filter_map(|&li| a.links.get(li))
            .filter(|l| l.kind == LinkKind::Influences)
            .filter_map(|l| {
                let other = idx.person(if outgoing { &l.to } else { &l.from })?;
                Some(InfluenceLink { other, strength: l.strength() })
            })
            .collect();
        v.sort_by_key(|l| std::cmp::Reverse(l.strength));
        v
    };
    PersonLinks {
        influenced_by: collect(idx.in_links(person), false),
        influences: collect(idx.out_links(person), true),
    }
}

#[cfg(test)]
mod tests;
