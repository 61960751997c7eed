//! The account as a weighted graph, and the max-product Dijkstra passes over it.
//!
//! A path's strength is `start × Π stance factor of every person on it × Π carry
//! weight of every hop`. Every factor is at most 1, so extending a path never makes it
//! stronger and Dijkstra with a max-heap finds the strongest paths. Ties are broken by
//! fewer hops, then by the smaller id of the neighbour the path comes through, so every
//! result is the same on every run and machine.

use super::belief::{Belief, belief};
use super::config::PullConfig;
use crate::model::{Account, Date, Index, LinkKind, Person, Role};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// No predecessor (a path's start) or no successor (a target).
pub(crate) const NONE: u32 = u32::MAX;

/// Adjacency in compressed arrays, both directions, with the carry weight on each
/// edge. Parallel links (a `reports_to` and an `influences` between the same two
/// people) stay separate edges: the best path takes the larger weight by itself.
pub(crate) struct Graph<'a> {
    pub ids: Vec<&'a str>,
    /// What the analysis believes of each person's stance today.
    pub belief: Vec<Belief>,
    pub factor: Vec<f64>,
    pub start: Vec<f64>,
    /// How much of the case reaches each person as a decider or payer (by coverage).
    pub access: Vec<f64>,
    /// Each person's influence, 1 to 5, as a weight.
    pub influence: Vec<f64>,
    /// Per link (by its position in the account): the position of the person it leads
    /// to, or [`NONE`], so that code walking links needs no lookup by id.
    pub link_to: Vec<u32>,
    /// Per person: works in a technical department.
    pub technical: Vec<bool>,
    out_at: Vec<u32>,
    out_to: Vec<u32>,
    out_w: Vec<f64>,
    in_at: Vec<u32>,
    in_from: Vec<u32>,
    in_w: Vec<f64>,
}

/// The best label of each person from one pass.
pub(crate) struct Labels {
    /// Strength of the best path (0 when there is none).
    pub value: Vec<f64>,
    pub hops: Vec<u32>,
    /// The neighbour the best path comes through (predecessor forward, successor backward).
    pub via: Vec<u32>,
}

impl<'a> Graph<'a> {
    /// Builds the graph from the index's link lists without looking up any id.
    pub fn new(a: &'a Account, idx: &Index, cfg: &PullConfig, today: Date) -> Graph<'a> {
        let n = a.people.len();
        let weight = |i: usize| {
            let l = &a.links[i];
            match l.kind {
                LinkKind::Influences => cfg.link_weight(l.strength()),
                LinkKind::ReportsTo => cfg.reports_to,
            }
        };
        let mut link_to = vec![NONE; a.links.len()];
        let mut link_from = vec![NONE; a.links.len()];
        for v in 0..n {
            for &i in idx.in_links(v) {
                link_to[i] = v as u32;
            }
            for &i in idx.out_links(v) {
                link_from[i] = v as u32;
            }
        }
        let (out_at, out_to, out_w) = csr(n, |v| idx.out_links(v), &link_to, weight);
        let (in_at, in_from, in_w) = csr(n, |v| idx.in_links(v), &link_from, weight);
        let belief: Vec<Belief> = a.people.iter().map(|p| belief(p, cfg, today)).collect();
        let factor = belief.iter().map(|b| b.factor).collect();
        let start = a.people.iter().zip(&belief).map(|(p, b)| start_of(p, b, cfg)).collect();
        let access = a.people.iter().map(|p| cfg.access(p.best_coverage())).collect();
        let ids = a.people.iter().map(|p| p.id.as_str()).collect();
        let influence = a.people.iter().map(super::score::weight).collect();
        let link_to = link_to.clone();
        let technical = super::flags::technical_people(a, cfg);
        Graph {
            ids,
            belief,
            factor,
            start,
            access,
            influence,
            link_to,
            technical,
            out_at,
            out_to,
            out_w,
            in_at,
            in_from,
            in_w,
        }
    }

    /// The person link `l` leads to, when they are in the account.
    pub fn target(&self, l: usize) -> Option<usize> {
        let t = self.link_to[l];
        (t != NONE).then_some(t as usize)
    }

    /// People this person's links lead to, with the carry weight.
    pub fn out(&self, v: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let r = self.out_at[v] as usize..self.out_at[v + 1] as usize;
        self.out_to[r.clone()].iter().zip(&self.out_w[r]).map(|(&t, &w)| (t as usize, w))
    }

    /// People whose links lead to this person, with the carry weight.
    pub fn inc(&self, v: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let r = self.in_at[v] as usize..self.in_at[v + 1] as usize;
        self.in_from[r.clone()].iter().zip(&self.in_w[r]).map(|(&t, &w)| (t as usize, w))
    }

    /// The carry weight of the hop `from -> to` (the largest of its links).
    pub fn hop_weight(&self, from: usize, to: usize) -> f64 {
        self.out(from).filter(|&(t, _)| t == to).map(|(_, w)| w).fold(0.0, f64::max)
    }

    /// Best paths from the covered users to everyone. A person's value includes their
    /// own stance factor.
    pub fn forward(&self) -> Labels {
        let seeds = (0..self.ids.len()).map(|v| (v, self.start[v] * self.factor[v]));
        self.dijkstra(seeds, true)
    }

    /// Best continuations from everyone to any of the targets. A person's value leaves
    /// out their own stance factor, so that changing it can be tried without a new pass.
    pub fn backward(&self, targets: impl Iterator<Item = usize>) -> Labels {
        self.dijkstra(targets.map(|t| (t, 1.0)), false)
    }

    fn dijkstra(&self, seeds: impl Iterator<Item = (usize, f64)>, forward: bool) -> Labels {
        let n = self.ids.len();
        let mut l = Labels { value: vec![0.0; n], hops: vec![0; n], via: vec![NONE; n] };
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::new();
        for (v, s) in seeds {
            if s > l.value[v] {
                l.value[v] = s;
                heap.push(Entry { value: s, hops: 0, v: v as u32 });
            }
        }
        while let Some(Entry { value, hops, v }) = heap.pop() {
            let v = v as usize;
            if done[v] || value != l.value[v] || hops != l.hops[v] {
                continue;
            }
            done[v] = true;
            let (at, to, ws) = if forward {
                (&self.out_at, &self.out_to, &self.out_w)
            } else {
                (&self.in_at, &self.in_from, &self.in_w)
            };
            let r = at[v] as usize..at[v + 1] as usize;
            // A backward label leaves out its person's own factor, so the hop into v
            // passes on v's factor; forward, the neighbour's factor is part of its label.
            let own = if forward { 1.0 } else { self.factor[v] };
            for (&y, &w) in to[r.clone()].iter().zip(&ws[r]) {
                let y = y as usize;
                if done[y] {
                    continue;
                }
                let cand = if forward { value * w * self.factor[y] } else { value * own * w };
                if cand <= 0.0 {
                    continue;
                }
                let better = match cand.total_cmp(&l.value[y]) {
                    Ordering::Greater => true,
                    Ordering::Less => false,
                    Ordering::Equal => match (hops + 1).cmp(&l.hops[y]) {
                        Ordering::Less => true,
                        Ordering::Greater => false,
                        Ordering::Equal => l.via[y] != NONE && self.ids[v] < self.ids[l.via[y] as usize],
                    },
                };
                if better {
                    l.value[y] = cand;
                    l.hops[y] = hops + 1;
                    l.via[y] = v as u32;
                    heap.push(Entry { value: cand, hops: hops + 1, v: y as u32 });
                }
            }
        }
        l
    }
}

impl Labels {
    /// The chain of people from `v` following `via` to the path's end (its start
    /// forward, its target backward), `v` first.
    pub fn chain(&self, v: usize) -> Vec<usize> {
        let mut out = vec![v];
        let mut at = v;
        while self.via[at] != NONE && out.len() <= self.via.len() {
            at = self.via[at] as usize;
            out.push(at);
        }
        out
    }
}

/// A heap entry: the strongest value first, then fewer hops, then the lower position
/// (any fixed order will do among exact ties; labels break ties by id themselves).
struct Entry {
    value: f64,
    hops: u32,
    v: u32,
}

impl Ord for Entry {
    fn cmp(&self, o: &Self) -> Ordering {
        self.value.total_cmp(&o.value).then(o.hops.cmp(&self.hops)).then(o.v.cmp(&self.v))
    }
}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Entry {}

/// Where a path may start: a user our team covers, who is still there.
pub(crate) fn start_of(p: &Person, b: &Belief, cfg: &PullConfig) -> f64 {
    match p.best_coverage() {
        Some(s) if b.present && p.has(Role::User) => cfg.start_factor(s),
        _ => 0.0,
    }
}

/// Compressed adjacency: for each person, the far end and weight of their links.
fn csr<'i>(
    n: usize,
    lists: impl Fn(usize) -> &'i [usize],
    far: &[u32],
    weight: impl Fn(usize) -> f64,
) -> (Vec<u32>, Vec<u32>, Vec<f64>) {
    let mut at = Vec::with_capacity(n + 1);
    let mut to = Vec::with_capacity(far.len());
    let mut w = Vec::with_capacity(far.len());
    at.push(0);
    for v in 0..n {
        for &i in lists(v) {
            if far[i] != NONE {
                to.push(far[i]);
                w.push(weight(i));
            }
        }
        at.push(to.len() as u32);
    }
    (at, to, w)
}
