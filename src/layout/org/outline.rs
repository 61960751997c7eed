//! The chart as a user sees it: which branches are folded, the visible rows, and the
//! selection and its moves.

use super::{OrgNode, OrgTree};
use crate::model::{Account, Index};
use std::collections::HashSet;

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
        let mut top: Vec<OrgNode> = tree.roots().iter().map(|&i| OrgNode::Person(i)).collect();
        if !tree.unmanaged().is_empty() {
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
                let through = if (1..64).contains(&depth) && !is_last { 1u64 << depth } else { 0 };
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
            .filter(|&i| !self.tree.children_of(OrgNode::Person(i)).is_empty())
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
