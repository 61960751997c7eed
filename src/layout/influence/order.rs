//! Which column each person goes in, and their order top to bottom within it.

use super::super::sort_by_small_key;
use crate::analysis::Stage;
use crate::model::Person;

/// How many top-to-bottom passes of crossing reduction are made: each is linear, and a
/// few already remove most crossings (the result depends only on the input, not on time).
const SWEEPS: usize = 4;

/// Barycentres are compared to a quarter of a slot; closer ones count as a tie.
const CENTRE_STEPS: u64 = 4;

/// The people of each column, top to bottom, and the slot (row of boxes) of every
/// person. Columns are centred on the tallest one, then each column is ordered by
/// the mean slot of its neighbours in other columns (barycentre heuristic), ties by id.
pub(crate) fn arrange(
    people: &[Person],
    columns: &[Stage],
    links: &[(usize, usize)],
) -> (Vec<Vec<u32>>, Vec<u32>) {
    let n = people.len();
    // Each column in id order: ties keep this order, so they never depend on the file.
    let mut by_id: Vec<Vec<u32>> = vec![Vec::new(); Stage::ALL.len()];
    for p in sorted_by_id(people) {
        by_id[columns[p as usize] as usize].push(p);
    }
    let tallest = by_id.iter().map(Vec::len).max().unwrap_or(0);
    let offsets: Vec<usize> = by_id.iter().map(|o| (tallest - o.len()) / 2).collect();
    let mut order = by_id.clone();

    let neighbours = undirected(n, links);
    let mut slot = vec![0u32; n];
    let place = |order: &[u32], offset: usize, slot: &mut [u32]| {
        for (k, &p) in order.iter().enumerate() {
            slot[p as usize] = (offset + k) as u32;
        }
    };
    for (c, o) in order.iter().enumerate() {
        place(o, offsets[c], &mut slot);
    }
    for sweep in 0..SWEEPS {
        for step in 0..order.len() {
            let c = if sweep % 2 == 0 { step } else { order.len() - 1 - step };
            // The mean slot of each person's neighbours in other columns, in steps of
            // 1/CENTRE_STEPS of a slot so that a counting sort (linear) can order them.
            let centre = |p: u32| {
                let (mut sum, mut count) = (0u64, 0u64);
                for &q in neighbours.of(p as usize) {
                    if columns[q as usize] as usize != c {
                        sum += slot[q as usize] as u64;
                        count += 1;
                    }
                }
                let (sum, count) = if count == 0 { (slot[p as usize] as u64, 1) } else { (sum, count) };
                ((sum * CENTRE_STEPS + count / 2) / count) as u32
            };
            order[c] = sort_by_small_key(&by_id[c], centre);
            place(&order[c], offsets[c], &mut slot);
        }
    }
    (order, slot)
}

/// Person positions in order of their ids (then position, for duplicate ids). Sorts on
/// the first eight bytes kept side by side, which settles almost every comparison in
/// cache, and compares whole ids only among those that share them.
fn sorted_by_id(people: &[Person]) -> Vec<u32> {
    let prefix = |id: &str| {
        let mut k = [0u8; 8];
        let n = id.len().min(8);
        k[..n].copy_from_slice(&id.as_bytes()[..n]);
        u64::from_be_bytes(k)
    };
    let mut keyed: Vec<(u64, u32)> =
        people.iter().enumerate().map(|(i, p)| (prefix(&p.id), i as u32)).collect();
    keyed.sort_unstable();
    let mut k = 0;
    while k < keyed.len() {
        let end = k + keyed[k..].iter().take_while(|e| e.0 == keyed[k].0).count();
        if end - k > 1 {
            keyed[k..end]
                .sort_by(|a, b| people[a.1 as usize].id.cmp(&people[b.1 as usize].id).then(a.1.cmp(&b.1)));
        }
        k = end;
    }
    keyed.into_iter().map(|e| e.1).collect()
}

/// Neighbour lists in one flat array (compressed rows), built in linear time.
struct Adjacency {
    start: Vec<u32>,
    list: Vec<u32>,
}

impl Adjacency {
    fn of(&self, p: usize) -> &[u32] {
        &self.list[self.start[p] as usize..self.start[p + 1] as usize]
    }
}

fn undirected(n: usize, links: &[(usize, usize)]) -> Adjacency {
    let mut start = vec![0u32; n + 1];
    for &(a, b) in links {
        start[a + 1] += 1;
        start[b + 1] += 1;
    }
    for i in 1..=n {
        start[i] += start[i - 1];
    }
    let mut fill = start.clone();
    let mut list = vec![0u32; start[n] as usize];
    for &(a, b) in links {
        list[fill[a] as usize] = b as u32;
        fill[a] += 1;
        list[fill[b] as usize] = a as u32;
        fill[b] += 1;
    }
    Adjacency { start, list }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn person(id: &str, roles: &[Role]) -> Person {
        let mut p = Person::new(id, id);
        p.roles = roles.to_vec();
        p
    }

    #[test]
    fn ids_sort_as_strings_even_when_they_share_the_first_eight_bytes() {
        let ids = ["p-0000000b", "p-0000000a", "q", "p-0000000", "p-00000001x", "p-0000000a"];
        let people: Vec<Person> = ids.iter().map(|id| person(id, &[])).collect();
        let got: Vec<&str> = sorted_by_id(&people).iter().map(|&i| ids[i as usize]).collect();
        assert_eq!(got, ["p-0000000", "p-00000001x", "p-0000000a", "p-0000000a", "p-0000000b", "q"]);
        assert_eq!(sorted_by_id(&people)[2..4], [1, 5], "equal ids keep file order");
    }

    #[test]
    fn neighbours_pull_boxes_level_with_each_other() {
        // Users u1, u2; deciders d1, d2 with u1 -> d2 and u2 -> d1: by id the deciders
        // would cross the links, the barycentre order uncrosses them.
        let people = vec![
            person("u1", &[Role::User]),
            person("u2", &[Role::User]),
            person("d1", &[Role::Decider]),
            person("d2", &[Role::Decider]),
        ];
        let columns: Vec<Stage> = people.iter().map(crate::analysis::stage_of).collect();
        let (order, slot) = arrange(&people, &columns, &[(0, 3), (1, 2)]);
        assert_eq!(slot[0] == slot[3], slot[1] == slot[2]);
        assert_eq!(slot[0], slot[3]);
        assert_eq!(order[Stage::Decider as usize].len(), 2);
    }
}
