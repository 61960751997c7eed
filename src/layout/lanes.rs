//! Giving vertical line pieces their own lane in a channel between columns, reusing a
//! lane once the pieces in it no longer overlap: greedy interval colouring, which is
//! optimal (as many lanes as the deepest overlap). Rows are small integers, so the
//! spans are ordered by counting sort and the whole pass is linear.

use super::sort_by_small_key;

/// A span `lo..=hi` that needs a lane in lane group `group` (a channel side, a gap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub lo: u32,
    pub hi: u32,
    pub group: u32,
}

/// The lane of each span within its group, and the number of lanes of each of `groups`
/// groups. Two spans of a group share a lane only when one ends before the other starts.
/// Spans are taken by start, ties in the order given, so the result depends only on
/// the input.
pub(crate) fn assign(spans: &[Span], groups: usize) -> (Vec<u32>, Vec<u32>) {
    let all: Vec<u32> = (0..spans.len() as u32).collect();
    let at = |i: u32| spans[i as usize];
    let by_start = sort_by_small_key(&all, |i| at(i).lo);
    // Each group's spans by end, as one list cut into runs.
    let by_end = sort_by_small_key(&sort_by_small_key(&by_start, |i| at(i).hi), |i| at(i).group);
    let mut end_run = vec![0usize; groups + 1];
    for &i in &by_end {
        end_run[at(i).group as usize + 1] += 1;
    }
    for g in 1..end_run.len() {
        end_run[g] += end_run[g - 1];
    }
    let mut ended = end_run.clone();
    let mut lanes = vec![0; spans.len()];
    let mut count = vec![0u32; groups];
    let mut free: Vec<Vec<u32>> = vec![Vec::new(); groups];
    for &i in &by_start {
        let Span { lo, group, .. } = at(i);
        let g = group as usize;
        // Every span of the group that ends above this one starts above it too, so it
        // already has its lane, which is free again.
        while ended[g] < end_run[g + 1] && at(by_end[ended[g]]).hi < lo {
            free[g].push(lanes[by_end[ended[g]] as usize]);
            ended[g] += 1;
        }
        lanes[i as usize] = free[g].pop().unwrap_or_else(|| {
            count[g] += 1;
            count[g] - 1
        });
    }
    (lanes, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(lo: u32, hi: u32, group: u32) -> Span {
        Span { lo, hi, group }
    }

    #[test]
    fn disjoint_spans_share_a_lane_and_overlapping_ones_do_not() {
        let spans = [span(0, 4, 0), span(5, 9, 0), span(3, 6, 0), span(4, 4, 0), span(0, 9, 1)];
        let (lanes, count) = assign(&spans, 2);
        assert_eq!(count, [3, 1], "row 4 is covered by three spans of group 0");
        for (i, a) in spans.iter().enumerate() {
            for (j, b) in spans.iter().enumerate().skip(i + 1) {
                if lanes[i] == lanes[j] && a.group == b.group {
                    assert!(a.hi < b.lo || b.hi < a.lo, "{a:?} and {b:?} share lane {}", lanes[i]);
                }
            }
        }
        assert!(lanes[1] == lanes[0] || lanes[1] == lanes[3], "5..=9 reuses a lane freed on row 4");
        assert_eq!(lanes[4], 0, "groups have their own lanes");
    }

    #[test]
    fn many_spans_use_exactly_as_many_lanes_as_the_deepest_overlap() {
        let mut x: u64 = 7;
        let mut spans = Vec::new();
        for key in 0..400u32 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let lo = (x >> 40) as u32 % 1000;
            spans.push(span(lo, lo + (x >> 20) as u32 % 60, key % 2));
        }
        let (lanes, count) = assign(&spans, 2);
        for g in 0..2 {
            let of = |s: &&Span| s.group == g;
            let depth =
                (0..1100).map(|r| spans.iter().filter(of).filter(|s| s.lo <= r && r <= s.hi).count()).max();
            assert_eq!(Some(count[g as usize] as usize), depth);
        }
        let mut by_lane: Vec<(u32, u32, u32, u32)> =
            spans.iter().zip(&lanes).map(|(s, &l)| (s.group, l, s.lo, s.hi)).collect();
        by_lane.sort();
        for w in by_lane.windows(2) {
            assert!(w[0].0 != w[1].0 || w[0].1 != w[1].1 || w[0].3 < w[1].2, "{w:?} overlap in one lane");
        }
        assert_eq!(assign(&spans, 2), (lanes, count), "the same spans give the same lanes");
    }
}
