//! The org chart of an account: the `reports_to` forest, which branches are folded,
//! and the flat list of rows a screen shows.
//!
//! The tree is built once per change of the account (O(n log n) for the sibling
//! order); the visible rows once per change of the account or of what is folded
//! (O(visible rows)); drawing a frame then only reads a window of those rows.

use crate::model::{Account, Index, LinkKind, Person, Strength};
use std::cmp::Ordering;
use std::collections::HashSet;

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
    fn parent_node(&self, person: usize) -> Option<OrgNode> {
        match self.parent(person) {
            Some(p) => Some(OrgNode::Person(p)),
            None if self.children.get(person).is_some_and(Vec::is_empty) => Some(OrgNode::Unmanaged),
            None => None,
        }
    }
}

/// One visible line of the chart, with what is needed to draw its tree guides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgRow {
    /// Who (or which group) the line shows.
    pub node: OrgNode,
    /// 0 for top people and the group; one more per level below.
    pub depth: u16,
    /// Whether anyone is drawn under this node (folded or not).
    pub has_children: bool,
    /// Whether the node's children are shown.
    pub expanded: bool,
    /// Whether this is the last of its siblings (`└─` rather than `├─`).
    pub is_last: bool,
    /// Bit `k` (for `1 <= k < depth`, up to 63): the ancestor at depth `k` has
    /// siblings below it, so a `│` runs through this line in that ancestor's column.
    pub guides: u64,
    /// The row of the node this one hangs under.
    pub parent_row: Option<usize>,
}

const HIDDEN: u32 = u32::MAX;

/// The chart as a user sees it: the tree, which branches are folded, the visible rows
/// and the selection. Folding is remembered by person id so it survives edits that
/// move people around in the file.
#[derive(Debug, Clone, Default)]
pub struct OrgOutline {
    tree: OrgTree,
    collapsed: HashSet<String>,
    group_collapsed: bool,
    rows: Vec<OrgRow>,
    row_of: Vec<u32>,
    group_row: Option<usize>,
    selected: usize,
    /// The selected node, by id, so a rebuilt tree selects the same person again.
    selected_id: Option<String>,
}

impl OrgOutline {
    /// The outline of an account with every branch open.
    pub fn new(a: &Account, idx: &Index) -> OrgOutline {
        let mut o = OrgOutline::default();
        o.rebuild(a, idx);
        o
    }

    /// Rebuilds after the account changed, keeping folds and the selected person.
    pub fn rebuild(&mut self, a: &Account, idx: &Index) {
        self.tree = OrgTree::build(a, idx);
        let keep = match self.selected_id.as_deref() {
            Some(id) => idx.person(id).map(OrgNode::Person),
            None => self.rows.get(self.selected).map(|r| r.node).filter(|n| *n == OrgNode::Unmanaged),
        };
        self.reflow(a, keep);
    }

    /// The tree behind the chart.
    pub fn tree(&self) -> &OrgTree {
        &self.tree
    }

    /// The visible rows, top to bottom.
    pub fn rows(&self) -> &[OrgRow] {
        &self.rows
    }

    /// The index of the selected row (0 when there are none).
    pub fn selected_row(&self) -> usize {
        self.selected
    }

    /// The selected node, if there are any rows.
    pub fn selected_node(&self) -> Option<OrgNode> {
        self.rows.get(self.selected).map(|r| r.node)
    }

    /// The selected person (none when the group line is selected).
    pub fn selected_person(&self) -> Option<usize> {
        match self.selected_node() {
            Some(OrgNode::Person(i)) => Some(i),
            _ => None,
        }
    }

    /// The row showing a person, if it is visible.
    pub fn row_of(&self, person: usize) -> Option<usize> {
        self.row_of.get(person).filter(|&&r| r != HIDDEN).map(|&r| r as usize)
    }

    fn is_collapsed(&self, a: &Account, node: OrgNode) -> bool {
        match node {
            OrgNode::Person(i) => self.collapsed.contains(a.people[i].id.as_str()),
            OrgNode::Unmanaged => self.group_collapsed,
        }
    }

    /// Recomputes the visible rows and selects `keep`, or its nearest visible ancestor.
    fn reflow(&mut self, a: &Account, keep: Option<OrgNode>) {
        let tree = &self.tree;
        let mut rows = Vec::new();
        let mut row_of = vec![HIDDEN; a.people.len()];
        let mut group_row = None;
        // (node, depth, is_last, guides, parent_row), pushed in reverse to pop in order.
        let mut stack: Vec<(OrgNode, u16, bool, u64, Option<usize>)> = Vec::new();
        let mut top: Vec<OrgNode> = tree.roots.iter().map(|&i| OrgNode::Person(i)).collect();
        if !tree.unmanaged.is_empty() {
            top.push(OrgNode::Unmanaged);
        }
        let last = top.len().saturating_sub(1);
        stack.extend(top.iter().enumerate().rev().map(|(k, &node)| (node, 0, k == last, 0, None)));
        while let Some((node, depth, is_last, guides, parent_row)) = stack.pop() {
            let kids = tree.children_of(node);
            let expanded = !kids.is_empty() && !self.is_collapsed(a, node);
            let row = rows.len();
            match node {
                OrgNode::Person(i) => row_of[i] = row as u32,
                OrgNode::Unmanaged => group_row = Some(row),
            }
            rows.push(OrgRow {
                node,
                depth,
                has_children: !kids.is_empty(),
                expanded,
                is_last,
                guides,
                parent_row,
            });
            if expanded {
                let through = if depth >= 1 && depth < 64 && !is_last { 1u64 << depth } else { 0 };
                let k_last = kids.len() - 1;
                let child_depth = depth.saturating_add(1);
                stack.extend(kids.iter().enumerate().rev().map(|(k, &c)| {
                    (OrgNode::Person(c), child_depth, k == k_last, guides | through, Some(row))
                }));
            }
        }
        self.rows = rows;
        self.row_of = row_of;
        self.group_row = group_row;
        let mut target = keep;
        let row = loop {
            match target {
                None => break self.selected.min(self.rows.len().saturating_sub(1)),
                Some(OrgNode::Unmanaged) => match self.group_row {
                    Some(r) => break r,
                    None => target = None,
                },
                Some(OrgNode::Person(i)) => match self.row_of(i) {
                    Some(r) => break r,
                    None => target = self.tree.parent_node(i),
                },
            }
        };
        self.select_row(a, row);
    }

    fn select_row(&mut self, a: &Account, row: usize) {
        self.selected = row.min(self.rows.len().saturating_sub(1));
        self.selected_id = match self.selected_node() {
            Some(OrgNode::Person(i)) => Some(a.people[i].id.clone()),
            _ => None,
        };
    }

    /// Moves the selection up (negative) or down by rows, stopping at either end.
    pub fn move_by(&mut self, a: &Account, delta: isize) {
        let last = self.rows.len().saturating_sub(1);
        self.select_row(a, self.selected.saturating_add_signed(delta).min(last));
    }

    /// Left: folds an open branch, or else goes to the node above.
    pub fn left(&mut self, a: &Account) {
        let Some(row) = self.rows.get(self.selected).copied() else { return };
        if row.expanded {
            self.set_collapsed(a, row.node, true);
        } else if let Some(p) = row.parent_row {
            self.select_row(a, p);
        }
    }

    /// Right: opens a folded branch, or else goes to the first person under this one.
    pub fn right(&mut self, a: &Account) {
        let Some(row) = self.rows.get(self.selected).copied() else { return };
        if row.has_children && !row.expanded {
            self.set_collapsed(a, row.node, false);
        } else if row.expanded {
            self.select_row(a, self.selected + 1);
        }
    }

    /// Folds or opens the selected branch.
    pub fn toggle(&mut self, a: &Account) {
        if let Some(row) = self.rows.get(self.selected).copied().filter(|r| r.has_children) {
            self.set_collapsed(a, row.node, row.expanded);
        }
    }

    fn set_collapsed(&mut self, a: &Account, node: OrgNode, fold: bool) {
        match node {
            OrgNode::Person(i) if fold => {
                self.collapsed.insert(a.people[i].id.clone());
            }
            OrgNode::Person(i) => {
                self.collapsed.remove(a.people[i].id.as_str());
            }
            OrgNode::Unmanaged => self.group_collapsed = fold,
        }
        self.reflow(a, Some(node));
    }

    /// Opens every branch.
    pub fn expand_all(&mut self, a: &Account) {
        self.collapsed.clear();
        self.group_collapsed = false;
        self.reflow(a, self.selected_node());
    }

    /// Folds every branch, leaving the top people and the group; the selection moves
    /// to the top of its branch.
    pub fn collapse_all(&mut self, a: &Account) {
        let keep = self.selected_node();
        self.collapsed = (0..a.people.len())
            .filter(|&i| !self.tree.children[i].is_empty())
            .map(|i| a.people[i].id.clone())
            .collect();
        self.group_collapsed = true;
        self.reflow(a, keep);
    }

    /// Selects a person, opening the branches above them (after choosing them in
    /// another view, say).
    pub fn reveal(&mut self, a: &Account, person: usize) {
        if person >= a.people.len() {
            return;
        }
        let mut up = self.tree.parent_node(person);
        while let Some(node) = up {
            match node {
                OrgNode::Person(p) => {
                    self.collapsed.remove(a.people[p].id.as_str());
                    up = self.tree.parent_node(p);
                }
                OrgNode::Unmanaged => {
                    self.group_collapsed = false;
                    up = None;
                }
            }
        }
        self.reflow(a, Some(OrgNode::Person(person)));
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
        v.sort_by(|x, y| y.strength.cmp(&x.strength));
        v
    };
    PersonLinks {
        influenced_by: collect(idx.in_links.get(person), false),
        influences: collect(idx.out_links.get(person), true),
    }
}

#[cfg(test)]
#[path = "org_tests.rs"]
mod tests;
