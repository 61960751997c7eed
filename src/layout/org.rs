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
    children: Vec<Vec<usize>>,
    parent: Vec<Option<usize>>,
    managers: Vec<Vec<usize>>,
}

/// Siblings are ordered by influence (highest first), then name, then id, so the same
/// account always gives the same chart.
fn sibling_order(people: &[Person], names: &[String]) -> impl Fn(&usize, &usize) -> Ordering {
    move |&a, &b| {
        let (pa, pb) = (&people[a], &people[b]);
        pb.influence.cmp(&pa.influence).then_with(|| names[a].cmp(&names[b])).then_with(|| pa.id.cmp(&pb.id))
    }
}

impl OrgTree {
    /// Builds the forest from the account's `reports_to` links. Links to unknown
    /// people and self-links are ignored; should a file hold a cycle (validation
    /// reports it), the cycle is cut so every person still appears exactly once.
    pub fn build(a: &Account, idx: &Index) -> OrgTree {
        let n = a.people.len();
        let mut managers: Vec<Vec<usize>> = vec![Vec::new(); n];
        for l in a.links.iter().filter(|l| l.kind == LinkKind::ReportsTo) {
            if let (Some(f), Some(t)) = (idx.person(&l.from), idx.person(&l.to))
                && f != t
                && !managers[f].contains(&t)
            {
                managers[f].push(t);
            }
        }
        let mut parent: Vec<Option<usize>> = managers.iter().map(|m| m.first().copied()).collect();
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = *p {
                children[p].push(i);
            }
        }
        // Everyone reachable from a top person is placed; whoever is left sits in or
        // under a cycle, so the first of them (by file order) is made a top person.
        let mut placed = vec![false; n];
        let mut stack: Vec<usize> = (0..n).filter(|&i| parent[i].is_none()).collect();
        let mut next_unplaced = 0;
        loop {
            while let Some(i) = stack.pop() {
                if !placed[i] {
                    placed[i] = true;
                    stack.extend(children[i].iter().copied());
                }
            }
            while next_unplaced < n && placed[next_unplaced] {
                next_unplaced += 1;
            }
            if next_unplaced == n {
                break;
            }
            let cut = next_unplaced;
            if let Some(p) = parent[cut].take() {
                children[p].retain(|&c| c != cut);
            }
            stack.push(cut);
        }
        let names: Vec<String> = a.people.iter().map(|p| p.name.to_lowercase()).collect();
        let order = sibling_order(&a.people, &names);
        for c in &mut children {
            c.sort_by(&order);
        }
        let (mut roots, mut unmanaged): (Vec<usize>, Vec<usize>) =
            (0..n).filter(|&i| parent[i].is_none()).partition(|&i| !children[i].is_empty());
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
            OrgNode::Person(i) => self.children.get(i).map_or(&[], Vec::as_slice),
            OrgNode::Unmanaged => &self.unmanaged,
        }
    }

    /// The manager a person is drawn under (`None` for top people and the group).
    pub fn parent(&self, person: usize) -> Option<usize> {
        self.parent.get(person).copied().flatten()
    }

    /// Every manager of a person, in link order (the first is the one drawn).
    pub fn managers(&self, person: usize) -> &[usize] {
        self.managers.get(person).map_or(&[], Vec::as_slice)
    }

    /// Whether a person reports to more than the manager they are drawn under.
    pub fn has_other_managers(&self, person: usize) -> bool {
        self.managers(person).len() > 1
    }

    /// The node a person is drawn under: their manager, the group, or none (top).
    pub(crate) fn parent_node(&self, person: usize) -> Option<OrgNode> {
        match self.parent(person) {
            Some(p) => Some(OrgNode::Person(p)),
            None if self.children.get(person).is_some_and(Vec::is_empty) => Some(OrgNode::Unmanaged),
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
    let collect = |links: Option<&Vec<usize>>, outgoing: bool| {
        let mut v: Vec<InfluenceLink> = links
            .into_iter()
            .flatten()
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
        influenced_by: collect(idx.in_links.get(person), false),
        influences: collect(idx.out_links.get(person), true),
    }
}

#[cfg(test)]
mod tests;
