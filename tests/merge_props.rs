//! Properties of the three-way merge (`dmu::merge`) on generated accounts and two
//! generated edit scripts, one per side, made with the same edits the app makes
//! (`model::ops`, so deleting a person takes their links along): the merge always gives
//! a valid account, the same bytes for the same inputs, the other side exactly when one
//! side did nothing, and every change of one side that the other did not touch.

use dmu::change::{Change, Path, diff};
use dmu::merge::{Merged, merge, value_at};
use dmu::model::{
    Account, FollowUp, Influence, Link, LinkKind, Person, Stance, Strength, TeamMember, ops, validate,
};
use proptest::prelude::*;
use proptest::sample::Index as Pick;

const AT: &str = "2026-11-27T14:05:00Z";
const TITLES: [&str; 3] = ["CFO", "Chief Engineer", "Buyer"];
const NAMES: [&str; 3] = ["Acme", "Acme Tools", "Acme GmbH"];

/// A base account: three team members, 2 to 7 people in a `reports_to` tree (each
/// reports to someone before them, or to nobody), some influence links and coverage,
/// and a follow-up or two.
fn accounts() -> impl Strategy<Value = Account> {
    (2usize..=7)
        .prop_flat_map(|n| {
            let people = prop::collection::vec((prop::option::of(any::<Pick>()), 0usize..6, 1i64..=5), n);
            let influences = prop::collection::vec((0..n, 0..n), 0..=6);
            let coverage = prop::collection::vec((0..n, 0usize..3, 0usize..3), 0..=4);
            let follow_ups = prop::collection::vec((0usize..3, prop::option::of(0..n)), 0..=2);
            (people, influences, coverage, follow_ups)
        })
        .prop_map(|(people, influences, coverage, follow_ups)| {
            let mut a = Account::new("acc-acme", "Acme");
            for t in 0..3 {
                a.team.push(TeamMember {
                    id: format!("t{t}"),
                    name: format!("Member {t}"),
                    function: Default::default(),
                    extra: Default::default(),
                });
            }
            for (i, (manager, stance, influence)) in people.iter().enumerate() {
                let mut p = Person::new(format!("p{i}"), format!("Person {i}"));
                p.stance = Stance::ALL[*stance];
                p.influence = Influence(*influence);
                a.people.push(p);
                if let Some(m) = manager.filter(|_| i > 0) {
                    a.links.push(link(i, m.index(i), LinkKind::ReportsTo));
                }
            }
            for (from, to) in influences {
                let l = link(from, to, LinkKind::Influences);
                if let Ok(e) = ops::add_link(&a, l) {
                    e.apply(&mut a).unwrap();
                }
            }
            for (p, t, s) in coverage {
                let e = ops::set_coverage(&a, &format!("p{p}"), &format!("t{t}"), Some(Strength::ALL[s]));
                e.unwrap().apply(&mut a).unwrap();
            }
            for (k, (owner, person)) in follow_ups.into_iter().enumerate() {
                a.follow_ups.push(follow_up(&format!("f{k}"), owner, person.map(|p| format!("p{p}"))));
            }
            assert!(validate(&a).is_empty(), "{:?}", validate(&a));
            a
        })
}

fn link(from: usize, to: usize, kind: LinkKind) -> Link {
    Link { from: format!("p{from}"), to: format!("p{to}"), kind, strength: None, extra: Default::default() }
}

fn follow_up(id: &str, owner: usize, person: Option<String>) -> FollowUp {
    FollowUp {
        id: id.into(),
        text: "Call back".into(),
        owner: format!("t{owner}"),
        person,
        due: "2026-12-01".parse().unwrap(),
        done: None,
        extra: Default::default(),
    }
}

/// One edit of a rep. Positions are picked among the records there are at the time;
/// new records get ids from a small set, so both sides sometimes add the same id.
#[derive(Debug, Clone)]
enum Op {
    Stance(Pick, usize),
    Influence(Pick, i64),
    Title(Pick, Option<usize>),
    Name(usize),
    Notes(Option<usize>),
    DeletePerson(Pick),
    AddPerson(usize, usize),
    AddLink(Pick, Pick, bool),
    DeleteLink(Pick),
    Coverage(Pick, usize, Option<usize>),
    DeleteMember(usize),
    AddFollowUp(usize, usize, Option<Pick>),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (any::<Pick>(), 0usize..6).prop_map(|(p, s)| Op::Stance(p, s)),
        2 => (any::<Pick>(), 1i64..=5).prop_map(|(p, i)| Op::Influence(p, i)),
        2 => (any::<Pick>(), prop::option::of(0usize..3)).prop_map(|(p, t)| Op::Title(p, t)),
        1 => (0usize..3).prop_map(Op::Name),
        1 => prop::option::of(0usize..3).prop_map(Op::Notes),
        2 => any::<Pick>().prop_map(Op::DeletePerson),
        2 => (0usize..3, 0usize..2).prop_map(|(k, n)| Op::AddPerson(k, n)),
        3 => (any::<Pick>(), any::<Pick>(), any::<bool>()).prop_map(|(a, b, r)| Op::AddLink(a, b, r)),
        1 => any::<Pick>().prop_map(Op::DeleteLink),
        2 => (any::<Pick>(), 0usize..3, prop::option::of(0usize..3)).prop_map(|(p, t, s)| Op::Coverage(p, t, s)),
        1 => (0usize..3).prop_map(Op::DeleteMember),
        1 => (0usize..2, 0usize..3, prop::option::of(any::<Pick>())).prop_map(|(k, o, p)| Op::AddFollowUp(k, o, p)),
    ]
}

/// Makes an edit when the app would (a refused one, such as a link that would close a
/// cycle or deleting a member who owns a follow-up, is skipped).
fn edit(a: &mut Account, op: &Op) {
    let n = a.people.len();
    let id = |p: &Pick| a.people[p.index(n)].id.clone();
    let e = match op {
        _ if n == 0 && !matches!(op, Op::AddPerson(..) | Op::Name(_) | Op::Notes(_)) => return,
        Op::Stance(p, s) => {
            let mut x = a.people[p.index(n)].clone();
            x.stance = Stance::ALL[*s];
            ops::update_person(a, x)
        }
        Op::Influence(p, i) => {
            let mut x = a.people[p.index(n)].clone();
            x.influence = Influence(*i);
            ops::update_person(a, x)
        }
        Op::Title(p, t) => {
            let mut x = a.people[p.index(n)].clone();
            x.title = t.map(|t| TITLES[t].to_string());
            ops::update_person(a, x)
        }
        Op::Name(k) => {
            a.name = NAMES[*k].into();
            return;
        }
        Op::Notes(k) => {
            a.notes = k.map(|k| format!("note {k}"));
            return;
        }
        Op::DeletePerson(p) => ops::delete_person(a, &id(p)),
        Op::AddPerson(k, name) => {
            let pid = format!("p-new-{k}");
            if a.person(&pid).is_some() {
                return;
            }
            Ok(ops::add_person(a, Person::new(pid, NAMES[*name])))
        }
        Op::AddLink(from, to, reports) => {
            let kind = if *reports { LinkKind::ReportsTo } else { LinkKind::Influences };
            let l = Link { from: id(from), to: id(to), kind, strength: None, extra: Default::default() };
            ops::add_link(a, l)
        }
        Op::DeleteLink(l) if !a.links.is_empty() => ops::delete_link(a, l.index(a.links.len())),
        Op::DeleteLink(_) => return,
        Op::Coverage(p, t, s) => ops::set_coverage(a, &id(p), &format!("t{t}"), s.map(|s| Strength::ALL[s])),
        Op::DeleteMember(t) => ops::delete_member(a, &format!("t{t}")),
        Op::AddFollowUp(k, owner, person) => {
            let fid = format!("f-new-{k}");
            if a.follow_ups.iter().any(|f| f.id == fid) || a.member(&format!("t{owner}")).is_none() {
                return;
            }
            let person = person.as_ref().map(id);
            a.follow_ups.push(follow_up(&fid, *owner, person));
            return;
        }
    };
    if let Ok(e) = e {
        e.apply(a).unwrap();
    }
}

fn edited(base: &Account, script: &[Op]) -> Account {
    let mut a = base.clone();
    for op in script {
        edit(&mut a, op);
    }
    assert!(validate(&a).is_empty(), "an edit script made an invalid account: {:?}", validate(&a));
    a
}

fn cases() -> impl Strategy<Value = (Account, Vec<Op>, Vec<Op>)> {
    (accounts(), prop::collection::vec(op(), 0..8), prop::collection::vec(op(), 0..8))
}

/// The changes of a side, but for history and conflicts (unions, not changes).
fn changes(base: &Account, side: &Account) -> Vec<Change> {
    diff(base, side)
        .changes
        .into_iter()
        .filter(|c| !matches!(c.path.segments()[0].as_str(), "history" | "conflicts"))
        .collect()
}

/// Every change of `side` that `other` did not touch (no change of the other at the same
/// path, inside it or around it, unless it is the very same change), and that no conflict
/// of the merge is about, has `side`'s value in the result.
fn keeps_untouched(m: &Merged, base: &Account, side: &Account, other: &Account) -> Result<(), TestCaseError> {
    let theirs = changes(base, other);
    let conflicted: Vec<Path> = m.conflicts.iter().map(|c| c.path.parse().unwrap()).collect();
    for c in changes(base, side) {
        let touched =
            theirs.iter().any(|t| t.path.overlaps(&c.path) && !(t.path == c.path && t.after == c.after));
        if touched || conflicted.iter().any(|p| p.overlaps(&c.path)) {
            continue;
        }
        prop_assert_eq!(value_at(&m.account, &c.path), c.after.clone(), "{}", c.path);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_valid_deterministic_and_keeps_what_the_other_side_did_not_touch(
        (base, a, b) in cases()
    ) {
        let (ours, theirs) = (edited(&base, &a), edited(&base, &b));
        let m = merge(&base, &ours, &theirs, AT).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(validate(&m.account).is_empty());
        let again = merge(&base, &ours, &theirs, AT).unwrap();
        prop_assert_eq!(m.account.to_canonical_json(), again.account.to_canonical_json());
        keeps_untouched(&m, &base, &ours, &theirs)?;
        keeps_untouched(&m, &base, &theirs, &ours)?;
        // Every conflict names the side whose value the file now holds.
        for c in &m.conflicts {
            let path: Path = c.path.parse().unwrap();
            let kept = if c.kept == "ours" { &c.ours } else { &c.theirs };
            prop_assert_eq!(&value_at(&m.account, &path).unwrap_or_default(), kept, "{}", c.path);
        }
    }

    #[test]
    fn a_side_that_did_nothing_gives_the_other_side_exactly((base, a, _b) in cases()) {
        let x = edited(&base, &a);
        prop_assert_eq!(&merge(&base, &x, &base, AT).unwrap().account, &x);
        prop_assert_eq!(&merge(&base, &base, &x, AT).unwrap().account, &x);
        prop_assert_eq!(&merge(&base, &x, &x, AT).unwrap().account, &x);
    }
}
