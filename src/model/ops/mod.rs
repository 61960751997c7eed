//! The edits a rep can ask for, built as [`Edit`] values after checking the rules:
//! links that make sense, deletes that take their dependants along.

use super::account::{Account, Coverage, FollowUp, Link, Person, PlanItem, TeamMember};
use super::kinds::{LinkKind, Strength};
use super::validate::would_close_cycle;
use crate::change::{ChangeSet, Place, added, link_key, place_of, removed, replaced};

mod deals;
mod follow_ups;
mod header;
pub use deals::*;
pub use follow_ups::*;
pub use header::{Header, set_header};

/// The change set of one typed command.
pub type Edit = ChangeSet;

/// Why a requested change is refused; [`Display`](std::fmt::Display) says it in the
/// rep's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// A link from a person to themselves.
    SelfLink,
    /// The same link exists already.
    Duplicate { from: String, kind: LinkKind, to: String },
    /// A `reports_to` link that would close a loop.
    Cycle { from: String, to: String },
    /// No person or team member has the id.
    Missing(String),
    /// A team member still owns follow-ups.
    OwnsFollowUps { name: String, count: usize },
    /// The record (`what` is `follow-up` or `demand`) was deleted meanwhile.
    NoRecord { what: &'static str, id: String },
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            RuleError::SelfLink => t!("core-rule-self-link"),
            RuleError::Duplicate { from, kind, to } => {
                t!("core-rule-duplicate-link", from = from, kind = kind.key(), to = to)
            }
            RuleError::Cycle { from, to } => t!("core-rule-cycle", from = from, to = to),
            RuleError::Missing(id) => t!("core-rule-missing", id = id),
            RuleError::OwnsFollowUps { name, count } => {
                t!("core-rule-owns-follow-ups", name = name, n = *count)
            }
            RuleError::NoRecord { what, id } => t!("core-rule-no-record", what = *what, id = id),
        };
        f.write_str(&text)
    }
}

fn position<T>(list: &[T], pred: impl Fn(&T) -> bool, id: &str) -> Result<usize, RuleError> {
    list.iter().position(pred).ok_or_else(|| RuleError::Missing(id.to_string()))
}

fn name_of(a: &Account, id: &str) -> String {
    a.person(id).map(|p| p.name.clone()).unwrap_or_else(|| id.to_string())
}

fn person_key(p: &Person) -> String {
    p.id.clone()
}

fn member_key(m: &TeamMember) -> String {
    m.id.clone()
}

/// Adds a person at the end of the list.
pub fn add_person(_a: &Account, p: Person) -> Edit {
    ChangeSet::new(vec![added("people", &p.id, &p, Place::End)])
}

/// Replaces the person who has `p.id` with `p`.
pub fn update_person(a: &Account, p: Person) -> Result<Edit, RuleError> {
    let i = position(&a.people, |x| x.id == p.id, &p.id)?;
    Ok(ChangeSet::new(replaced("people", &p.id, &a.people[i], &p)))
}

/// Deletes a person with their links; follow-ups about them stay, no longer tied to them.
pub fn delete_person(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let i = position(&a.people, |x| x.id == id, id)?;
    let mut cs = ChangeSet::default();
    // Each removal remembers the nearest record before it that stays, so the undo puts
    // the links back in their order.
    let mut kept = Place::First;
    for l in &a.links {
        if l.from == id || l.to == id {
            cs.push(removed("links", &link_key(l), l, kept.clone()));
        } else {
            kept = Place::After(link_key(l));
        }
    }
    for f in &a.follow_ups {
        if f.person.as_deref() == Some(id) {
            cs.extend(replaced("actions", &f.id, f, &FollowUp { person: None, ..f.clone() }));
        }
    }
    // Their roles in deals go with them; the plan's initiatives with them stay, with
    // nobody named on the customer's side.
    for d in &a.deals {
        if d.roles.contains_key(id) {
            let mut e = d.clone();
            e.roles.remove(id);
            cs.extend(replaced("deals", &d.id, d, &e));
        }
    }
    for x in &a.plan {
        if x.with.as_deref() == Some(id) {
            cs.extend(replaced("plan", &x.id, x, &PlanItem { with: None, ..x.clone() }));
        }
    }
    cs.push(removed("people", id, &a.people[i], place_of(&a.people, i, person_key)));
    Ok(cs)
}

/// What deleting a person takes along and what it leaves, in a sentence for the
/// question asked first: "Their 2 links go with them; the follow-up that names them
/// stays, tied to nobody."
pub fn delete_person_consequences(a: &Account, id: &str) -> String {
    let links = a.links.iter().filter(|l| l.from == id || l.to == id).count();
    let followups = followups_naming(a, id);
    crate::t!("core-delete-person-consequences", links = links, followups = followups)
}

/// Adds a link, refusing a self-link, a duplicate, or a `reports_to` cycle.
pub fn add_link(a: &Account, link: Link) -> Result<Edit, RuleError> {
    if link.from == link.to {
        return Err(RuleError::SelfLink);
    }
    for end in [&link.from, &link.to] {
        position(&a.people, |p| &p.id == end, end)?;
    }
    let (from, to) = (name_of(a, &link.from), name_of(a, &link.to));
    if a.links.iter().any(|l| l.from == link.from && l.to == link.to && l.kind == link.kind) {
        return Err(RuleError::Duplicate { from, kind: link.kind, to });
    }
    if link.kind == LinkKind::ReportsTo && would_close_cycle(a, &link.from, &link.to) {
        return Err(RuleError::Cycle { from, to });
    }
    Ok(ChangeSet::new(vec![added("links", &link_key(&link), &link, Place::End)]))
}

/// Sets the strength of the link at position `i` (a position the screen holds now; the
/// change itself names the link by its ends and kind).
pub fn set_link_strength(a: &Account, i: usize, strength: Strength) -> Result<Edit, RuleError> {
    let l = a.links.get(i).ok_or_else(|| RuleError::Missing(format!("link {i}")))?;
    Ok(ChangeSet::new(replaced("links", &link_key(l), l, &Link { strength: Some(strength), ..l.clone() })))
}

/// Deletes the link at position `i`.
pub fn delete_link(a: &Account, i: usize) -> Result<Edit, RuleError> {
    let l = a.links.get(i).ok_or_else(|| RuleError::Missing(format!("link {i}")))?;
    Ok(ChangeSet::new(vec![removed("links", &link_key(l), l, place_of(&a.links, i, link_key))]))
}

/// Adds a member to our team.
pub fn add_member(_a: &Account, m: TeamMember) -> Edit {
    ChangeSet::new(vec![added("team", &m.id, &m, Place::End)])
}

/// Replaces the member who has `m.id` with `m`.
pub fn update_member(a: &Account, m: TeamMember) -> Result<Edit, RuleError> {
    let i = position(&a.team, |x| x.id == m.id, &m.id)?;
    Ok(ChangeSet::new(replaced("team", &m.id, &a.team[i], &m)))
}

/// Deletes a team member and the coverage they give, in one step. Refused while they
/// own follow-ups, which would otherwise be left without an owner.
pub fn delete_member(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let i = position(&a.team, |x| x.id == id, id)?;
    let owned = a.follow_ups.iter().filter(|f| f.owner == id).count();
    if owned > 0 {
        return Err(RuleError::OwnsFollowUps { name: a.team[i].name.clone(), count: owned });
    }
    let mut cs = ChangeSet::default();
    for p in &a.people {
        if p.coverage.iter().any(|c| c.member == id) {
            let mut q = p.clone();
            q.coverage.retain(|c| c.member != id);
            cs.extend(replaced("people", &p.id, p, &q));
        }
    }
    // The plan's initiatives they owned stay, owned by nobody until someone takes them.
    for x in &a.plan {
        if x.owner.as_deref() == Some(id) {
            cs.extend(replaced("plan", &x.id, x, &PlanItem { owner: None, ..x.clone() }));
        }
    }
    cs.push(removed("team", id, &a.team[i], place_of(&a.team, i, member_key)));
    Ok(cs)
}

/// How many people a team member covers (to ask before deleting them).
pub fn covered_by(a: &Account, member: &str) -> usize {
    a.people.iter().filter(|p| p.coverage.iter().any(|c| c.member == member)).count()
}

/// Sets (or with `None` removes) the coverage a member gives a person.
pub fn set_coverage(
    a: &Account,
    person: &str,
    member: &str,
    strength: Option<Strength>,
) -> Result<Edit, RuleError> {
    let i = position(&a.people, |p| p.id == person, person)?;
    position(&a.team, |m| m.id == member, member)?;
    let mut p = a.people[i].clone();
    match (p.coverage.iter().position(|c| c.member == member), strength) {
        (Some(j), Some(s)) => p.coverage[j].strength = s,
        (Some(j), None) => {
            p.coverage.remove(j);
        }
        (None, Some(s)) => {
            p.coverage.push(Coverage { member: member.to_string(), strength: s, extra: Default::default() })
        }
        (None, None) => {}
    }
    Ok(ChangeSet::new(replaced("people", person, &a.people[i], &p)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Account, Date, Demand, Function, Role};

    fn sample() -> Account {
        let mut a = Account::new("acc", "Acme");
        a.team.push(TeamMember {
            id: "t1".into(),
            name: "Anna".into(),
            function: Function::Sales,
            extra: Default::default(),
        });
        for id in ["a", "b", "c"] {
            let mut p = Person::new(id, id.to_uppercase());
            p.roles.push(Role::User);
            p.coverage.push(Coverage {
                member: "t1".into(),
                strength: Strength::Weak,
                extra: Default::default(),
            });
            a.people.push(p);
        }
        let link = |f: &str, t: &str, k| Link {
            from: f.into(),
            to: t.into(),
            kind: k,
            strength: None,
            extra: Default::default(),
        };
        a.links.push(link("a", "b", LinkKind::ReportsTo));
        a.links.push(link("b", "c", LinkKind::ReportsTo));
        a.links.push(link("c", "a", LinkKind::Influences));
        a
    }

    fn link(f: &str, t: &str, k: LinkKind) -> Link {
        Link { from: f.into(), to: t.into(), kind: k, strength: None, extra: Default::default() }
    }

    #[test]
    fn refuses_self_duplicate_and_cyclic_links() {
        let a = sample();
        assert_eq!(add_link(&a, link("a", "a", LinkKind::Influences)), Err(RuleError::SelfLink));
        assert!(matches!(
            add_link(&a, link("a", "b", LinkKind::ReportsTo)),
            Err(RuleError::Duplicate { .. })
        ));
        assert!(matches!(add_link(&a, link("c", "a", LinkKind::ReportsTo)), Err(RuleError::Cycle { .. })));
        // The same pair in the other kind, or against the hierarchy as influence, is fine.
        assert!(add_link(&a, link("a", "b", LinkKind::Influences)).is_ok());
        assert!(add_link(&a, link("b", "a", LinkKind::Influences)).is_ok());
        assert!(matches!(add_link(&a, link("a", "zz", LinkKind::Influences)), Err(RuleError::Missing(_))));
    }

    #[test]
    fn deleting_a_person_takes_their_links_and_undo_restores_everything() {
        let mut a = sample();
        let before = a.clone();
        let edit = delete_person(&a, "b").unwrap();
        edit.apply(&mut a).unwrap();
        assert_eq!(a.people.len(), 2);
        assert_eq!(a.links.len(), 1, "only c->a is left");
        edit.invert().apply(&mut a).unwrap();
        assert_eq!(a, before);
    }

    #[test]
    fn deleting_a_member_removes_their_coverage_in_one_undoable_step() {
        let mut a = sample();
        let before = a.clone();
        assert_eq!(covered_by(&a, "t1"), 3);
        let edit = delete_member(&a, "t1").unwrap();
        edit.apply(&mut a).unwrap();
        assert!(a.team.is_empty());
        assert!(a.people.iter().all(|p| p.coverage.is_empty()));
        edit.invert().apply(&mut a).unwrap();
        assert_eq!(a, before);
    }

    #[test]
    fn coverage_can_be_set_changed_and_removed() {
        let mut a = sample();
        set_coverage(&a, "a", "t1", Some(Strength::Strong)).unwrap().apply(&mut a).unwrap();
        assert_eq!(a.people[0].best_coverage(), Some(Strength::Strong));
        set_coverage(&a, "a", "t1", None).unwrap().apply(&mut a).unwrap();
        assert_eq!(a.people[0].best_coverage(), None);
    }

    fn follow_up(id: &str, person: Option<&str>) -> FollowUp {
        FollowUp {
            id: id.into(),
            text: "Call".into(),
            owner: "t1".into(),
            person: person.map(Into::into),
            due: "2026-11-01".parse().unwrap(),
            done: None,
            extra: Default::default(),
        }
    }

    #[test]
    fn a_follow_up_done_with_a_person_is_a_contact_and_one_undo_takes_both_back() {
        let day: Date = "2026-11-20".parse().unwrap();
        let mut a = sample();
        a.people[1].last_contact = Some("2026-10-01".parse().unwrap());
        a.people[2].last_contact = Some("2026-12-01".parse().unwrap());
        a.follow_ups = vec![follow_up("f1", Some("b")), follow_up("f2", Some("c")), follow_up("f3", None)];
        let before = a.clone();
        let (edit, contacted) = mark_done(&a, "f1", day).unwrap();
        edit.apply(&mut a).unwrap();
        let undo = edit.invert();
        assert_eq!((a.follow_ups[0].done, a.people[1].last_contact), (Some(day), Some(day)));
        assert_eq!(
            contacted,
            Some(Contacted { person: "b".into(), day, before: before.people[1].last_contact })
        );
        undo.apply(&mut a).unwrap();
        assert_eq!(a, before, "one undo restores both");
        // A later contact already on file stays; so does a follow-up with nobody.
        let (edit, contacted) = mark_done(&a, "f2", day).unwrap();
        edit.apply(&mut a).unwrap();
        assert_eq!((contacted, a.people[2].last_contact), (None, before.people[2].last_contact));
        let (edit, contacted) = mark_done(&a, "f3", day).unwrap();
        edit.apply(&mut a).unwrap();
        assert_eq!((contacted, &a.people), (None, &before.people));
        // Opened again by a new edit, with what marking it done did: both go back.
        let mut b = before.clone();
        let (edit, contacted) = mark_done(&b, "f1", day).unwrap();
        edit.apply(&mut b).unwrap();
        mark_open(&b, "f1", contacted.as_ref()).unwrap().apply(&mut b).unwrap();
        assert_eq!(b, before);
    }

    #[test]
    fn deleting_a_person_keeps_the_follow_ups_that_named_them_without_a_person() {
        let mut a = sample();
        a.follow_ups = vec![follow_up("f1", Some("b")), follow_up("f2", Some("c"))];
        assert_eq!(followups_naming(&a, "b"), 1);
        assert_eq!(
            delete_person_consequences(&a, "b"),
            "Their 2 links go with them; the follow-up that names them stays, tied to nobody."
        );
        a.follow_ups.push(follow_up("f3", Some("c")));
        assert_eq!(
            delete_person_consequences(&a, "c"),
            "Their 2 links go with them; the 2 follow-ups that name them stay, tied to nobody."
        );
        let mut lone = Account::new("x", "X");
        lone.people.push(Person::new("p", "P"));
        assert_eq!(
            delete_person_consequences(&lone, "p"),
            "They have no links, and no follow-up names them."
        );
        lone.people.push(Person::new("q", "Q"));
        lone.links.push(link("p", "q", LinkKind::Influences));
        assert_eq!(delete_person_consequences(&lone, "q"), "Their link goes with them.");
        a.follow_ups.pop();
        delete_person(&a, "b").unwrap().apply(&mut a).unwrap();
        assert_eq!((a.follow_ups.len(), a.follow_ups[0].person.as_deref()), (2, None));
        assert_eq!(a.follow_ups[1].person.as_deref(), Some("c"));
        assert!(crate::model::validate(&a).is_empty());
    }

    #[test]
    fn a_failing_batch_leaves_the_account_untouched() {
        let mut a = sample();
        let before = a.clone();
        let mut bad = delete_link(&a, 0).unwrap();
        bad.extend(delete_person(&a, "zz").unwrap_or_default().changes);
        bad.push(crate::change::removed("people", "zz", &Person::new("zz", "Z"), Place::End));
        assert!(bad.apply(&mut a).is_err());
        assert_eq!(a, before);
    }

    fn demand(id: &str) -> Demand {
        Demand {
            id: id.into(),
            date: "2026-10-01".parse().unwrap(),
            text: "A discount".into(),
            kind: Default::default(),
            granted: false,
            extra: Default::default(),
        }
    }

    #[test]
    fn follow_ups_are_added_updated_and_deleted_by_id() {
        let mut a = sample();
        a.follow_ups = vec![follow_up("f1", None), follow_up("f2", Some("b"))];
        add_follow_up(&a, follow_up("f3", None)).apply(&mut a).unwrap();
        assert_eq!(a.follow_ups.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["f1", "f2", "f3"]);
        let f2 = FollowUp { text: "Write".into(), ..follow_up("f2", None) };
        update_follow_up(&a, f2.clone()).unwrap().apply(&mut a).unwrap();
        assert_eq!(a.follow_ups[1], f2);
        delete_follow_up(&a, "f1").unwrap().apply(&mut a).unwrap();
        assert_eq!(a.follow_ups.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["f2", "f3"]);
    }

    #[test]
    fn a_missing_follow_up_is_refused_in_words() {
        let a = sample();
        let e = update_follow_up(&a, follow_up("gone", None)).unwrap_err();
        assert_eq!(e.to_string(), "there is no follow-up `gone` any more");
        assert_eq!(delete_follow_up(&a, "gone").unwrap_err(), e);
    }

    #[test]
    fn demands_are_added_updated_and_deleted_by_id() {
        let mut a = sample();
        a.demands = vec![demand("d1"), demand("d2")];
        add_demand(&a, demand("d3")).apply(&mut a).unwrap();
        assert_eq!(a.demands.len(), 3);
        let d2 = Demand { granted: true, ..demand("d2") };
        update_demand(&a, d2.clone()).unwrap().apply(&mut a).unwrap();
        assert_eq!(a.demands[1], d2);
        delete_demand(&a, "d1").unwrap().apply(&mut a).unwrap();
        assert_eq!(a.demands.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["d2", "d3"]);
    }

    #[test]
    fn a_missing_demand_is_refused_in_words() {
        let a = sample();
        let e = update_demand(&a, demand("gone")).unwrap_err();
        assert_eq!(e.to_string(), "there is no demand `gone` any more");
        assert_eq!(delete_demand(&a, "gone").unwrap_err(), e);
    }

    #[test]
    fn refusals_are_said_in_russian_with_their_plurals() {
        use crate::i18n::{Lang, with_lang};
        let ru = |e: RuleError| with_lang(Lang::Ru, || e.to_string());
        assert_eq!(ru(RuleError::SelfLink), "нельзя связать человека с самим собой");
        let dup = |kind| RuleError::Duplicate { from: "Пётр".into(), kind, to: "Ольга".into() };
        assert_eq!(ru(dup(LinkKind::ReportsTo)), "связь «Пётр → Ольга» (подчинение) уже есть");
        assert_eq!(ru(dup(LinkKind::Influences)), "связь «Пётр → Ольга» (влияние) уже есть");
        assert_eq!(
            ru(RuleError::Cycle { from: "A".into(), to: "B".into() }),
            "подчинение «A → B» замкнуло бы круг: A уже выше по цепочке подчинения — напрямую или через других"
        );
        assert_eq!(ru(RuleError::Missing("x".into())), "нет ни человека, ни сотрудника команды с id `x`");
        let owns = |count| ru(RuleError::OwnsFollowUps { name: "Анна".into(), count });
        assert_eq!(
            owns(1),
            "за Анна числится 1 открытая или просроченная задача; сначала передайте её другому"
        );
        assert_eq!(
            owns(3),
            "за Анна числятся 3 открытые или просроченные задачи; сначала передайте их другому"
        );
        assert_eq!(
            owns(5),
            "за Анна числится 5 открытых или просроченных задач; сначала передайте их другому"
        );
        assert_eq!(
            owns(21),
            "за Анна числится 21 открытая или просроченная задача; сначала передайте её другому"
        );
        assert_eq!(ru(RuleError::NoRecord { what: "demand", id: "d".into() }), "запроса `d` больше нет");
        assert_eq!(ru(RuleError::NoRecord { what: "follow-up", id: "f".into() }), "задачи `f` больше нет");
        // English stays as it was.
        assert_eq!(
            RuleError::OwnsFollowUps { name: "Anna".into(), count: 1 }.to_string(),
            "Anna owns 1 open or past follow-up; give it to someone else first"
        );
        assert_eq!(dup(LinkKind::ReportsTo).to_string(), "Пётр already reports to Ольга");
    }

    #[test]
    fn what_a_delete_takes_along_is_said_in_russian() {
        use crate::i18n::{Lang, with_lang};
        let mut a = sample();
        a.follow_ups = vec![follow_up("f1", Some("b")), follow_up("f2", Some("b"))];
        assert_eq!(
            with_lang(Lang::Ru, || delete_person_consequences(&a, "b")),
            "Его 2 связи будут удалены вместе с ним; 2 задачи, где он упомянут, останутся — ни за кем не закреплёнными."
        );
    }
}
