//! Giving vertical line pieces their own lane in a channel between columns, reusing a
//! lane once the pieces in it no longer overlap: greedy interval colouring, which is
//! optimal (as many lanes as the deepest overlap) and runs in O(n log n).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A vertical span `lo..=hi` that needs a lane; `key` breaks ties so the result does
/// not depend on the order the spans were pushed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Span {
    pub lo: u32,
    pub hi: u32,
    pub key: u32,
}

/// The lane of each span (in the order given) and the number of lanes used. Two spans
/// share a lane only when one ends on a row above the row the other starts on.
pub(crate) fn assign(spans: &[Span]) -> (Vec<u32>, u32) {
    let mut order: Vec<u32> = (0..spans.len() as u32).collect();
    order.sort_unstable_by_key(|&i| spans[i as usize]);
    let mut lanes = vec![0; spans.len()];
    // Lanes still busy, by the last row they are busy on; and lanes free again.
    let mut busy: BinaryHeap<Reverse<(u32, u32)>> = BinaryHeap::new();
    let mut free: BinaryHeap<Reverse<u32>> = BinaryHeap::new();
    let mut count = 0;
    for i in order {
        let s = spans[i as usize];
        while let Some(&Reverse((hi, lane))) = busy.peek() {
            if hi >= s.lo {
                break;
            }
            busy.pop();
            free.push(Reverse(lane));
        }
        let lane = match free.pop() {
            Some(Reverse(lane)) => lane,
            None => {
                count += 1;
                count - 1
            }
        };
        lanes[i as usize] = lane;
        busy.push(Reverse((s.hi, lane)));
    }
    (lanes, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(lo: u32, hi: u32, key: u32) -> Span {
        Span { lo, hi, key }
    }

    #[test]
    fn disjoint_spans_share_a_lane_and_overlapping_ones_do_not() {
        let spans = [span(0, 4, 0), span(5, 9, 1), span(3, 6, 2), span(4, 4, 3)];
        let (lanes, count) = assign(&spans);
        assert_eq!(count, 3, "rows 4 is covered by three spans");
        for (i, a) in spans.iter().enumerate() {
            for (j, b) in spans.iter().enumerate().skip(i + 1) {
                if lanes[i] == lanes[j] {
                    assert!(a.hi < b.lo || b.hi < a.lo, "{a:?} and {b:?} share lane {}", lanes[i]);
                }
            }
        }
        assert_eq!(lanes[0], lanes[1], "0..=4 and 5..=9 touch but do not overlap");
    }

    #[test]
    fn input_order_does_not_change_the_lanes() {
        let spans = [span(0, 4, 0), span(2, 8, 1), span(5, 9, 2)];
        let reversed: Vec<Span> = spans.iter().rev().copied().collect();
        let (a, _) = assign(&spans);
        let (mut b, _) = assign(&reversed);
        b.reverse();
        assert_eq!(a, b);
    }
}
