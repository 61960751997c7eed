//! Scale: the whole analysis of 10,000 people and 30,000 links stays within three times
//! a plain Dijkstra over the same account (the cost of finding the paths at all).
//! The next-best ranking comes from one forward and two backward passes, not from one
//! analysis per person, which is what keeps it in that bound.

mod analysis_support;

use analysis_support::*;
use dmu::analysis::{PullConfig, analyze};
use dmu::model::{Account, Index, LinkKind, Role, Stance, Strength};
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::time::{Duration, Instant};

/// A deterministic pseudo-random account (xorshift, no dependency needed).
fn generated(people: usize, links: usize) -> Account {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut a = account();
    for i in 0..people {
        let role =
            ["user", "user", "influencer", "influencer", "influencer", "decider", "payer", "buyer"][next(8)];
        person(&mut a, &format!("p-{i:05}"), role, Stance::ALL[next(6)].key());
        if next(3) == 0 {
            let member = if next(2) == 0 { "t-sales" } else { "t-tech" };
            cover(&mut a, &format!("p-{i:05}"), member, Strength::ALL[next(3)].key());
        }
    }
    for _ in 0..links {
        let (f, t) = (next(people), next(people));
        if f == t {
            continue;
        }
        let (f, t) = (format!("p-{f:05}"), format!("p-{t:05}"));
        if next(4) == 0 {
            reports(&mut a, &f, &t)
        } else {
            influences(&mut a, &f, &t, Strength::ALL[next(3)].key())
        }
    }
    a
}

struct Entry(f64, usize);
impl Ord for Entry {
    fn cmp(&self, o: &Self) -> Ordering {
        self.0.total_cmp(&o.0)
    }
}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        self.0 == o.0
    }
}
impl Eq for Entry {}

/// The plain reference: strongest path values from the covered users, walking the
/// index's link lists as any code over the account would, with no tie-breaks, no paths
/// kept, no flags and no next steps.
fn plain_dijkstra(a: &Account, idx: &Index, cfg: &PullConfig) -> Vec<f64> {
    let mut value = vec![0.0; a.people.len()];
    let mut heap = BinaryHeap::new();
    // Each person's stance factor, worked out once as the analysis does.
    let factor: Vec<f64> = a.people.iter().map(|p| dmu::analysis::belief(p, cfg, today()).factor).collect();
    for (i, p) in a.people.iter().enumerate() {
        if let (true, Some(s)) = (p.has(Role::User), p.best_coverage()) {
            value[i] = cfg.start_factor(s) * factor[i];
            heap.push(Entry(value[i], i));
        }
    }
    while let Some(Entry(v, i)) = heap.pop() {
        if v < value[i] {
            continue;
        }
        for &l in idx.out_links(i) {
            let link = &a.links[l];
            let Some(t) = idx.person(&link.to) else { continue };
            let w = match link.kind {
                LinkKind::Influences => cfg.link_weight(link.strength()),
                LinkKind::ReportsTo => cfg.reports_to,
            };
            let c = v * w * factor[t];
            if c > value[t] {
                value[t] = c;
                heap.push(Entry(c, t));
            }
        }
    }
    value
}

/// For comparison only: the same search over adjacency lists built beforehand (the
/// build not timed), the fastest a single pass can be.
fn prebuilt_dijkstra(adj: &[Vec<(usize, f64)>], seeds: &[(usize, f64)]) -> Vec<f64> {
    let mut value = vec![0.0; adj.len()];
    let mut heap = BinaryHeap::new();
    for &(i, s) in seeds {
        value[i] = s;
        heap.push(Entry(s, i));
    }
    while let Some(Entry(v, i)) = heap.pop() {
        if v < value[i] {
            continue;
        }
        for &(t, w) in &adj[i] {
            let c = v * w;
            if c > value[t] {
                value[t] = c;
                heap.push(Entry(c, t));
            }
        }
    }
    value
}

/// The fastest of a few runs, which is the least disturbed by other work on the machine.
fn fastest(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

#[test]
fn ten_thousand_people_analyse_within_three_plain_dijkstras() {
    let a = generated(10_000, 30_000);
    let idx = Index::new(&a);
    let cfg = PullConfig::default();
    let (today, runs) = (today(), 7);
    let an = analyze(&a, &idx, &cfg, today);
    let reference = plain_dijkstra(&a, &idx, &cfg);
    // Same graph, same figures: the best payer strength is the plain Dijkstra's best.
    let best_payer = (0..a.people.len())
        .filter(|&i| a.people[i].has(Role::Payer))
        .map(|i| reference[i])
        .fold(0.0, f64::max);
    assert!((an.payer_paths[0].strength - best_payer).abs() < 1e-12);
    assert!(!an.next_best.is_empty() || an.vetoes.len() > 1, "no step, yet no veto holds the score");

    // Alternate the two so that a burst of other work on the machine hits both alike.
    let (mut plain, mut full) = (Duration::MAX, Duration::MAX);
    for _ in 0..runs {
        plain = plain.min(fastest(1, || {
            std::hint::black_box(plain_dijkstra(&a, &idx, &cfg));
        }));
        full = full.min(fastest(1, || {
            std::hint::black_box(analyze(&a, &idx, &cfg, today));
        }));
    }
    let ratio = full.as_secs_f64() / plain.as_secs_f64();
    let mut adj = vec![Vec::new(); a.people.len()];
    for l in &a.links {
        let (f, t) = (idx.person(&l.from).unwrap(), idx.person(&l.to).unwrap());
        let w = if l.kind == LinkKind::ReportsTo { cfg.reports_to } else { cfg.link_weight(l.strength()) };
        adj[f].push((t, w * dmu::analysis::belief(&a.people[t], &cfg, today).factor));
    }
    let seeds: Vec<(usize, f64)> =
        (0..a.people.len()).filter(|&i| reference[i] > 0.0).map(|i| (i, 1.0)).collect();
    let bare = fastest(runs, || {
        std::hint::black_box(prebuilt_dijkstra(&adj, &seeds));
    });
    println!(
        "plain Dijkstra {plain:?}, full analysis {full:?}, ratio {ratio:.2}; over prebuilt lists {bare:?} (ratio {:.2})",
        full.as_secs_f64() / bare.as_secs_f64()
    );
    // The bound is for the optimised build (`cargo test --release --test analysis_scale`,
    // where the ratio is about 1.0 to 1.5). Unoptimised, the analysis's iterator-heavy
    // code slows down more than the reference does (1.7 to 2.5 seen), so a debug run
    // only guards against a change of complexity, not against a busy machine. Model v2
    // prices up to five kinds of step per person, each through closures and a hash map
    // that the optimiser flattens: unoptimised that costs 4 to 5 times the reference.
    let bound = if cfg!(debug_assertions) { 6.0 } else { 3.0 };
    assert!(ratio <= bound, "analysis took {full:?}, {ratio:.2} times the plain Dijkstra's {plain:?}");
}
