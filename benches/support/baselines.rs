//! The plain, unavoidable work each row is compared with: what any program would have
//! to do to get the same result with no features at all.

use dmu::model::{Account, Index, LinkKind, Role, Strength};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Shortest "pull" distances from every user to everyone, by a textbook Dijkstra over
/// all links in their direction (a strong influence is a short step, a weak one a long
/// step, reporting in between). Building the integer adjacency from the account is
/// included, because the analysis starts from the same `Account` and `Index`.
pub fn dijkstra(a: &Account, ix: &Index) -> Vec<u32> {
    let n = a.people.len();
    let adjacency: Vec<Vec<(usize, u32)>> = (0..n)
        .map(|u| {
            ix.out_links(u)
                .iter()
                .filter_map(|&l| {
                    let link = &a.links[l];
                    let w = match (link.kind, link.strength()) {
                        (LinkKind::ReportsTo, _) => 2,
                        (_, Strength::Strong) => 1,
                        (_, Strength::Medium) => 2,
                        (_, Strength::Weak) => 3,
                    };
                    ix.person(&link.to).map(|v| (v, w))
                })
                .collect()
        })
        .collect();
    let mut dist = vec![u32::MAX; n];
    let mut heap = BinaryHeap::new();
    for (i, p) in a.people.iter().enumerate() {
        if p.has(Role::User) {
            dist[i] = 0;
            heap.push(Reverse((0, i)));
        }
    }
    while let Some(Reverse((d, u))) = heap.pop() {
        if d > dist[u] {
            continue;
        }
        for &(v, w) in &adjacency[u] {
            let nd = d + w;
            if nd < dist[v] {
                dist[v] = nd;
                heap.push(Reverse((nd, v)));
            }
        }
    }
    dist
}

/// Serialise, write and `sync_all` to a plain file: a save with no atomic rename, no
/// backup and no lock.
pub fn save_plain(a: &Account, path: &Path) -> std::io::Result<()> {
    let bytes = a.to_canonical_json();
    let mut file = std::fs::File::create(path)?;
    file.write_all(&bytes)?;
    file.sync_all()
}

/// Reads and parses every file once: the least a start-up over a data folder must do.
pub fn read_and_parse_all(paths: &[PathBuf]) -> Vec<Account> {
    // A generated file that does not read back is a broken benchmark: stop loudly.
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("a generated file is readable");
            serde_json::from_slice(&bytes).expect("a generated file parses")
        })
        .collect()
}
