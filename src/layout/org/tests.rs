use super::*;
use crate::model::{Influence, Link, Stance};

fn person(id: &str, influence: i64) -> Person {
    let mut p = Person::new(id, id.to_uppercase());
    p.influence = Influence(influence);
    p.stance = Stance::Neutral;
    p
}

fn link(from: &str, to: &str, kind: LinkKind, strength: Option<Strength>) -> Link {
    Link { from: from.into(), to: to.into(), kind, strength, extra: Default::default() }
}

fn reports(from: &str, to: &str) -> Link {
    link(from, to, LinkKind::ReportsTo, None)
}

/// ceo <- (cfo, cto); cto <- (eng1, eng2); cfo <- acct; eng2 also reports to cfo;
/// boss2 <- helper (a second root); loner, hermit: nobody above or below.
fn account() -> Account {
    let mut a = Account::new("a", "A");
    for (id, inf) in [
        ("ceo", 5),
        ("cfo", 4),
        ("cto", 4),
        ("eng1", 2),
        ("eng2", 3),
        ("acct", 2),
        ("loner", 1),
        ("boss2", 5),
        ("helper", 1),
        ("hermit", 1),
    ] {
        a.people.push(person(id, inf));
    }
    a.links = vec![
        reports("cfo", "ceo"),
        reports("cto", "ceo"),
        reports("eng1", "cto"),
        reports("eng2", "cto"),
        reports("eng2", "cfo"),
        reports("acct", "cfo"),
        reports("helper", "boss2"),
    ];
    a
}

fn names(a: &Account, o: &OrgOutline) -> Vec<String> {
    o.rows()
        .iter()
        .map(|r| match r.node {
            OrgNode::Person(i) => format!("{}{}", "  ".repeat(r.depth as usize), a.people[i].id),
            OrgNode::Unmanaged => "(none)".into(),
        })
        .collect()
}

fn pos(a: &Account, id: &str) -> usize {
    a.people.iter().position(|p| p.id == id).unwrap()
}

#[test]
fn roots_group_and_sibling_order() {
    let a = account();
    let o = OrgOutline::new(&a, &Index::new(&a));
    assert_eq!(
        names(&a, &o),
        [
            "boss2", "  helper", "ceo", "  cfo", "    acct", "  cto", "    eng2", "    eng1", "(none)",
            "  hermit", "  loner"
        ],
        "roots by influence then name; eng2 (3) before eng1 (2); cfo before cto by name; loners grouped"
    );
    let t = o.tree();
    assert_eq!(t.roots(), [pos(&a, "boss2"), pos(&a, "ceo")]);
    assert_eq!(t.unmanaged(), [pos(&a, "hermit"), pos(&a, "loner")]);
}

#[test]
fn a_second_manager_is_remembered_but_drawn_once() {
    let a = account();
    let o = OrgOutline::new(&a, &Index::new(&a));
    let eng2 = pos(&a, "eng2");
    assert_eq!(o.tree().parent(eng2), Some(pos(&a, "cto")), "first by link order");
    assert_eq!(o.tree().managers(eng2), [pos(&a, "cto"), pos(&a, "cfo")]);
    assert!(o.tree().has_other_managers(eng2));
    assert!(!o.tree().has_other_managers(pos(&a, "eng1")));
    assert_eq!(o.rows().iter().filter(|r| r.node == OrgNode::Person(eng2)).count(), 1);
}

#[test]
fn guides_and_last_siblings() {
    let a = account();
    let o = OrgOutline::new(&a, &Index::new(&a));
    let rows = o.rows();
    let acct = rows[o.row_of(pos(&a, "acct")).unwrap()];
    assert!(acct.is_last);
    assert_eq!(acct.guides, 1 << 1, "cfo has cto below it, so a │ runs through acct's line");
    let eng1 = rows[o.row_of(pos(&a, "eng1")).unwrap()];
    assert!(eng1.is_last);
    assert_eq!(eng1.guides, 0, "cto is the last child: nothing runs through");
    assert_eq!(rows[o.row_of(pos(&a, "cto")).unwrap()].parent_row, o.row_of(pos(&a, "ceo")));
    assert!(rows.last().unwrap().is_last);
}

#[test]
fn folding_hides_branches_and_keeps_the_selection_nearby() {
    let a = account();
    let idx = Index::new(&a);
    let mut o = OrgOutline::new(&a, &idx);
    o.reveal(&a, pos(&a, "eng1"));
    assert_eq!(o.selected_person(), Some(pos(&a, "eng1")));
    o.left(&a); // eng1 has no children: go up to cto
    assert_eq!(o.selected_person(), Some(pos(&a, "cto")));
    o.left(&a); // fold cto
    assert_eq!(o.row_of(pos(&a, "eng1")), None);
    assert_eq!(o.rows().len(), 9);
    assert!(!o.rows()[o.selected_row()].expanded);
    o.right(&a); // open again
    assert_eq!(o.rows().len(), 11);
    o.right(&a); // to the first child
    assert_eq!(o.selected_person(), Some(pos(&a, "eng2")));

    o.collapse_all(&a);
    assert_eq!(names(&a, &o), ["boss2", "ceo", "(none)"]);
    assert_eq!(o.selected_person(), Some(pos(&a, "ceo")), "eng2 hidden: its top manager is selected");
    o.move_by(&a, 1);
    assert_eq!(o.selected_node(), Some(OrgNode::Unmanaged));
    o.right(&a);
    assert_eq!(o.rows().len(), 5);
    o.move_by(&a, 99);
    assert_eq!(o.selected_person(), Some(pos(&a, "loner")));
    o.expand_all(&a);
    assert_eq!(o.rows().len(), 11);
    assert_eq!(o.selected_person(), Some(pos(&a, "loner")));
    o.move_by(&a, -99);
    assert_eq!(o.selected_row(), 0);
}

#[test]
fn folds_and_selection_survive_an_edit_that_moves_people() {
    let mut a = account();
    let mut o = OrgOutline::new(&a, &Index::new(&a));
    o.reveal(&a, pos(&a, "cto"));
    o.toggle(&a);
    a.people.remove(pos(&a, "boss2"));
    a.people.reverse();
    o.rebuild(&a, &Index::new(&a));
    assert_eq!(o.selected_person(), Some(pos(&a, "cto")));
    assert!(!o.rows()[o.selected_row()].expanded, "cto is still folded");
    assert_eq!(o.row_of(pos(&a, "eng1")), None);
    assert_eq!(o.tree().roots(), [pos(&a, "ceo")]);
    assert!(o.tree().unmanaged().contains(&pos(&a, "helper")), "helper lost their manager");
}

#[test]
fn a_cycle_in_a_bad_file_still_shows_everyone_once() {
    let mut a = Account::new("a", "A");
    for id in ["x", "y", "z"] {
        a.people.push(person(id, 3));
    }
    a.links = vec![reports("x", "y"), reports("y", "z"), reports("z", "x"), reports("x", "x")];
    let o = OrgOutline::new(&a, &Index::new(&a));
    let mut seen: Vec<_> = o.rows().iter().map(|r| r.node).collect();
    seen.sort_by_key(|n| format!("{n:?}"));
    assert_eq!(seen, [OrgNode::Person(0), OrgNode::Person(1), OrgNode::Person(2)]);
    assert_eq!(names(&a, &o), ["x", "  z", "    y"]);
}

#[test]
fn an_empty_account_has_no_rows_and_navigation_is_harmless() {
    let a = Account::new("a", "A");
    let mut o = OrgOutline::new(&a, &Index::new(&a));
    o.left(&a);
    o.right(&a);
    o.move_by(&a, 5);
    o.collapse_all(&a);
    o.reveal(&a, 3);
    assert!(o.rows().is_empty());
    assert_eq!(o.selected_node(), None);
}

#[test]
fn influence_links_in_and_out_strongest_first() {
    let mut a = account();
    a.links.push(link("eng1", "cto", LinkKind::Influences, Some(Strength::Weak)));
    a.links.push(link("eng2", "cto", LinkKind::Influences, Some(Strength::Strong)));
    a.links.push(link("cto", "ceo", LinkKind::Influences, None));
    let idx = Index::new(&a);
    let l = influence_links(&a, &idx, pos(&a, "cto"));
    assert_eq!(
        l.influenced_by,
        [
            InfluenceLink { other: pos(&a, "eng2"), strength: Strength::Strong },
            InfluenceLink { other: pos(&a, "eng1"), strength: Strength::Weak }
        ]
    );
    assert_eq!(l.influences, [InfluenceLink { other: pos(&a, "ceo"), strength: Strength::Medium }]);
    assert_eq!(influence_links(&a, &idx, pos(&a, "loner")), PersonLinks::default());
}

#[test]
fn a_deep_chain_builds_without_recursion() {
    let mut a = Account::new("a", "A");
    for i in 0..20_000 {
        a.people.push(person(&format!("p{i}"), 3));
        if i > 0 {
            a.links.push(reports(&format!("p{i}"), &format!("p{}", i - 1)));
        }
    }
    let o = OrgOutline::new(&a, &Index::new(&a));
    assert_eq!(o.rows().len(), 20_000);
    assert_eq!(o.rows()[19_999].depth, 19_999);
}
