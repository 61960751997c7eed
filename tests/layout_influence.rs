//! The influence map's layout on generated accounts: boxes never overlap, every
//! influence link is drawn from its source to an arrow at its target, the picture is
//! the same for the same account, and moving the selection follows the screen.

use dmu::layout::influence::{Drawing, PersonBox};
use dmu::layout::{Dir, Point, Segment, Viewport};
use dmu::model::{Account, Index, Link, LinkKind, Person, Role, Stance, Strength};

/// A small deterministic random source (64-bit LCG), so the tests need no crate.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

const NAMES: &[&str] =
    &["Maria Garcia", "Пётр Иванов", "佐藤 健", "Klaus Weber", "Наталья Смирнова", "李小龍"];

/// `n` people with random roles and stances, a reports-to tree, and about three
/// influence links per person (some to the same column, some backwards, some skipping).
fn account(n: usize, seed: u64) -> Account {
    let mut rng = Rng(seed);
    let mut a = Account::new("acc-gen", "Generated");
    for i in 0..n {
        let mut p = Person::new(format!("p-{i:05}"), format!("{} {i}", NAMES[rng.below(NAMES.len())]));
        for _ in 0..rng.below(3) {
            let r = Role::ALL[rng.below(Role::ALL.len())];
            if !p.has(r) {
                p.roles.push(r);
            }
        }
        p.stance = Stance::ALL[rng.below(Stance::ALL.len())];
        p.title = (rng.below(4) > 0).then(|| format!("Title number {i}"));
        a.people.push(p);
        if i > 0 {
            let boss = rng.below(i);
            a.links.push(link(i, boss, LinkKind::ReportsTo, None));
        }
    }
    for i in 0..n * 3 {
        let (from, to) = (i % n, rng.below(n));
        if from != to {
            let s = Strength::ALL[rng.below(3)];
            a.links.push(link(from, to, LinkKind::Influences, Some(s)));
        }
    }
    a
}

fn link(from: usize, to: usize, kind: LinkKind, strength: Option<Strength>) -> Link {
    Link { from: format!("p-{from:05}"), to: format!("p-{to:05}"), kind, strength, extra: Default::default() }
}

fn layout(a: &Account) -> Drawing {
    Drawing::new(a, &Index::new(a), dmu::layout::influence::BOX_W)
}

fn inside(b: &PersonBox, p: Point) -> bool {
    p.x >= b.x && p.x < b.x + b.w && p.y >= b.y && p.y < b.y + b.h
}

/// The cell one step from `p` in `d`.
fn step(p: Point, d: Dir) -> Point {
    match d {
        Dir::Up => Point::new(p.x, p.y - 1),
        Dir::Down => Point::new(p.x, p.y + 1),
        Dir::Left => Point::new(p.x - 1, p.y),
        Dir::Right => Point::new(p.x + 1, p.y),
    }
}

/// Whether `p` lies just outside a side of `b`, level with its inside (not a corner).
fn touches_side(b: &PersonBox, p: Point) -> bool {
    let level_rows = p.y > b.y && p.y < b.y + b.h - 1;
    let level_cols = p.x > b.x && p.x < b.x + b.w - 1;
    (level_rows && (p.x + 1 == b.x || p.x == b.x + b.w))
        || (level_cols && (p.y + 1 == b.y || p.y == b.y + b.h))
}

fn cells(s: &Segment) -> Vec<Point> {
    let (lo, hi) = s.span();
    (lo..=hi).map(|t| if s.is_horizontal() { Point::new(t, s.a.y) } else { Point::new(s.a.x, t) }).collect()
}

const SIZES: &[(usize, u64)] = &[(1, 1), (2, 7), (12, 3), (40, 11), (150, 5), (300, 42)];

#[test]
fn boxes_never_overlap_and_stay_in_the_drawing() {
    for &(n, seed) in SIZES {
        let d = layout(&account(n, seed));
        assert_eq!(d.boxes.len(), n);
        for (i, c) in d.columns.iter().enumerate() {
            if let Some(next) = d.columns.get(i + 1) {
                assert!(c.x + c.w < next.x, "columns {i} and {} touch", i + 1);
            }
            for pair in c.boxes.windows(2) {
                let (a, b) = (&d.boxes[pair[0] as usize], &d.boxes[pair[1] as usize]);
                assert!(a.y + a.h < b.y, "{n}/{seed}: boxes {} and {} overlap or touch", a.person, b.person);
            }
            for &b in &c.boxes {
                let b = &d.boxes[b as usize];
                assert_eq!((b.x, b.w, b.column), (c.x, c.w, c.column));
                assert!(b.x + b.w <= d.width && b.y + b.h <= d.height);
            }
        }
        let listed: usize = d.columns.iter().map(|c| c.boxes.len()).sum();
        assert_eq!(listed, n, "every box is in exactly one column");
    }
}

#[test]
fn every_influence_link_is_drawn_from_source_to_an_arrow_at_the_target() {
    for &(n, seed) in SIZES {
        let a = account(n, seed);
        let d = layout(&a);
        let influences = a.links.iter().filter(|l| l.kind == LinkKind::Influences).count();
        assert_eq!(d.edges.len(), influences, "{n}/{seed}");
        for (i, e) in d.edges.iter().enumerate() {
            let l = &a.links[e.link];
            assert_eq!((&a.people[e.from].id, &a.people[e.to].id), (&l.from, &l.to));
            let path = d.path(i);
            assert!(!path.is_empty());
            let (src, dst) = (&d.boxes[e.from], &d.boxes[e.to]);
            assert!(
                touches_side(src, path[0].a),
                "{n}/{seed} edge {i} starts away from its source: {path:?}"
            );
            let last = path[path.len() - 1];
            assert!(touches_side(dst, last.b), "{n}/{seed} edge {i} ends away from its target: {path:?}");
            assert!(
                inside(dst, step(last.b, last.dir())),
                "{n}/{seed} edge {i}'s arrow does not point into its target"
            );
            assert!(path[0].first && last.head && path.iter().filter(|s| s.first || s.head).count() <= 2);
            for s in path {
                assert!(s.a != s.b && (s.a.x == s.b.x || s.a.y == s.b.y), "{s:?} is not a straight piece");
                assert_eq!(s.edge as usize, i);
            }
            for w in path.windows(2) {
                assert_eq!(w[0].b, w[1].a, "{n}/{seed} edge {i} has a gap: {path:?}");
            }
        }
    }
}

#[test]
fn lines_never_run_through_a_box() {
    for &(n, seed) in &SIZES[..5] {
        let d = layout(&account(n, seed));
        for i in 0..d.edges.len() {
            for s in d.path(i) {
                for p in cells(s) {
                    let col = d.columns.iter().find(|c| p.x >= c.x && p.x < c.x + c.w);
                    if let Some(c) = col {
                        let k = c
                            .boxes
                            .partition_point(|&b| d.boxes[b as usize].y + d.boxes[b as usize].h <= p.y);
                        let hit = c.boxes.get(k).is_some_and(|&b| inside(&d.boxes[b as usize], p));
                        assert!(!hit, "{n}/{seed}: edge {i} runs through a box at {p:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn vertical_pieces_in_one_lane_never_overlap() {
    let d = layout(&account(300, 42));
    let mut vertical: Vec<(u32, u32, u32)> = (0..d.edges.len())
        .flat_map(|i| {
            d.path(i).iter().filter(|s| !s.is_horizontal()).map(|s| (s.a.x, s.span().0, s.span().1))
        })
        .collect();
    vertical.sort();
    for w in vertical.windows(2) {
        if w[0].0 == w[1].0 {
            assert!(w[0].2 < w[1].1, "lane {} holds overlapping pieces {w:?}", w[0].0);
        }
    }
}

#[test]
fn the_same_account_always_gives_the_same_drawing() {
    for &(n, seed) in SIZES {
        let a = account(n, seed);
        let first = layout(&a);
        assert_eq!(first, layout(&a.clone()));
        // The order of the people in the file does not change where anyone is drawn.
        let mut shuffled = a.clone();
        shuffled.people.reverse();
        let again = layout(&shuffled);
        for b in &first.boxes {
            let moved = &again.boxes[n - 1 - b.person];
            assert_eq!((moved.x, moved.y), (b.x, b.y), "{n}/{seed}: {} moved", a.people[b.person].id);
        }
    }
}

#[test]
fn neighbour_moves_to_the_nearest_box_on_screen() {
    let d = layout(&account(150, 5));
    for b in &d.boxes {
        let col = d.columns.iter().position(|c| c.column == b.column).unwrap();
        let here = &d.columns[col].boxes;
        let k = here.iter().position(|&o| o as usize == b.person).unwrap();
        assert_eq!(d.neighbour(b.person, Dir::Up), k.checked_sub(1).map(|k| here[k] as usize));
        assert_eq!(d.neighbour(b.person, Dir::Down), here.get(k + 1).map(|&o| o as usize));
        for (dir, cols) in [
            (Dir::Left, d.columns[..col].iter().rev().collect::<Vec<_>>()),
            (Dir::Right, d.columns[col + 1..].iter().collect()),
        ] {
            let target = cols.into_iter().find(|c| !c.boxes.is_empty());
            let got = d.neighbour(b.person, dir);
            match target {
                None => assert_eq!(got, None),
                Some(c) => {
                    let got = &d.boxes[got.unwrap()];
                    assert_eq!(got.column, c.column, "{dir:?} skips to the nearest column with people");
                    let best = c.boxes.iter().map(|&o| d.boxes[o as usize].y.abs_diff(b.y)).min().unwrap();
                    assert_eq!(got.y.abs_diff(b.y), best, "{dir:?} from {} is not level", b.person);
                }
            }
        }
    }
}

#[test]
fn viewport_queries_find_exactly_what_a_full_scan_finds() {
    let d = layout(&account(300, 42));
    let all: Vec<Segment> = (0..d.edges.len()).flat_map(|i| d.path(i).to_vec()).collect();
    let mut rng = Rng(9);
    for _ in 0..50 {
        let v = Viewport {
            x: rng.below(d.width as usize) as u32,
            y: rng.below(d.height as usize) as u32,
            w: rng.below(200) as u32,
            h: rng.below(50) as u32,
        };
        let key = |s: &Segment| (s.edge, s.a, s.b);
        let mut got: Vec<_> = d.segments_in(v).map(key).collect();
        let mut want: Vec<_> =
            all.iter().filter(|s| cells(s).iter().any(|p| v.touches(p.x, p.y, p.x, p.y))).map(key).collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{v:?}");
        let mut got = d.boxes_in(v);
        got.sort();
        let want: Vec<usize> = d
            .boxes
            .iter()
            .filter(|b| v.touches(b.x, b.y, b.x + b.w - 1, b.y + b.h - 1))
            .map(|b| b.person)
            .collect();
        assert_eq!(got, want, "{v:?}");
    }
}
