use super::*;
use crate::change::link_key;
use crate::model::{
    Coverage, FollowUp, HistoryEntry, Influence, Link, LinkKind, Person, Stance, Strength, TeamMember,
};
use serde_json::json;

const AT: &str = "2026-11-27T14:05:00Z";

fn member(id: &str) -> TeamMember {
    TeamMember {
        id: id.into(),
        name: id.to_uppercase(),
        function: Default::default(),
        extra: Default::default(),
    }
}

fn link(from: &str, to: &str, kind: LinkKind) -> Link {
    Link { from: from.into(), to: to.into(), kind, strength: None, extra: Default::default() }
}

/// Anna and Omar on our side; a, b, c, d on theirs, with a reporting to b and b to c.
fn base() -> Account {
    let mut a = Account::new("acc-acme", "Acme");
    a.team = vec![member("t-anna"), member("t-omar")];
    for id in ["a", "b", "c", "d"] {
        a.people.push(Person::new(id, id.to_uppercase()));
    }
    a.links = vec![link("a", "b", LinkKind::ReportsTo), link("b", "c", LinkKind::ReportsTo)];
    a
}

fn person<'a>(a: &'a mut Account, id: &str) -> &'a mut Person {
    a.people.iter_mut().find(|p| p.id == id).unwrap()
}

fn ok(base: &Account, ours: &Account, theirs: &Account) -> Merged {
    let m = merge(base, ours, theirs, AT).unwrap();
    assert!(validate(&m.account).is_empty());
    // The new conflicts are the last ones of the account.
    let n = m.account.conflicts.len();
    assert_eq!(m.account.conflicts[n - m.conflicts.len()..], m.conflicts[..]);
    m
}

fn paths(m: &Merged) -> Vec<String> {
    m.conflicts.iter().map(|c| c.path.clone()).collect()
}

#[test]
fn edits_of_different_people_merge_silently() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    person(&mut o, "a").stance = Stance::Champion;
    person(&mut t, "d").influence = Influence(5);
    t.name = "Acme Tools".into();
    let m = ok(&b, &o, &t);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.account.person("a").unwrap().stance, Stance::Champion);
    assert_eq!(m.account.person("d").unwrap().influence, Influence(5));
    assert_eq!(m.account.name, "Acme Tools");
}

#[test]
fn different_fields_of_one_person_merge_silently() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    person(&mut o, "a").stance = Stance::Skeptic;
    person(&mut t, "a").title = Some("CFO".into());
    person(&mut t, "a").coverage.push(Coverage {
        member: "t-omar".into(),
        strength: Strength::Weak,
        extra: Default::default(),
    });
    person(&mut o, "a").coverage.push(Coverage {
        member: "t-anna".into(),
        strength: Strength::Strong,
        extra: Default::default(),
    });
    let m = ok(&b, &o, &t);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let a = m.account.person("a").unwrap();
    assert_eq!((a.stance, a.title.as_deref()), (Stance::Skeptic, Some("CFO")));
    let mut members: Vec<&str> = a.coverage.iter().map(|c| c.member.as_str()).collect();
    members.sort();
    assert_eq!(members, ["t-anna", "t-omar"]);
}

#[test]
fn the_same_change_on_both_sides_is_taken_once() {
    let b = base();
    let mut o = b.clone();
    person(&mut o, "b").stance = Stance::Opponent;
    o.people.push(Person::new("e", "E"));
    o.links.push(link("e", "a", LinkKind::Influences));
    o.people.retain(|p| p.id != "d");
    let mut t = o.clone();
    t.notes = Some("theirs".into());
    let m = ok(&b, &o, &t);
    assert!(m.conflicts.is_empty());
    let mut want = o.clone();
    want.notes = Some("theirs".into());
    assert_eq!(m.account, want);
}

#[test]
fn the_same_field_changed_two_ways_keeps_ours_and_records_both() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    person(&mut o, "a").stance = Stance::Champion;
    person(&mut t, "a").stance = Stance::Opponent;
    let m = ok(&b, &o, &t);
    assert_eq!(m.account.person("a").unwrap().stance, Stance::Champion);
    let c = &m.conflicts[..];
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0].path.as_str(), &c[0].base, &c[0].ours, &c[0].theirs, c[0].kept.as_str(), c[0].at.as_str()),
        ("people/a/stance", &json!("unknown"), &json!("champion"), &json!("opponent"), "ours", AT)
    );
    assert_eq!(c[0].rule, None);
    assert!(c[0].id.starts_with("c-") && c[0].id.len() == 12, "{}", c[0].id);
}

#[test]
fn a_field_removed_on_one_side_and_changed_on_the_other_is_a_conflict_with_null() {
    let mut b = base();
    person(&mut b, "c").notes = Some("old".into());
    let (mut o, mut t) = (b.clone(), b.clone());
    person(&mut o, "c").notes = None;
    person(&mut t, "c").notes = Some("new".into());
    let m = ok(&b, &o, &t);
    assert_eq!(m.account.person("c").unwrap().notes, None);
    assert_eq!((&m.conflicts[0].ours, &m.conflicts[0].theirs), (&Value::Null, &json!("new")));
}

#[test]
fn a_deleted_person_edited_on_the_other_side_stays_with_the_edits() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    // Theirs deletes d; ours edits d.
    t.people.retain(|p| p.id != "d");
    person(&mut o, "d").stance = Stance::Supporter;
    person(&mut o, "d").title = Some("Buyer".into());
    let m = ok(&b, &o, &t);
    let d = m.account.person("d").unwrap();
    assert_eq!((d.stance, d.title.as_deref()), (Stance::Supporter, Some("Buyer")));
    assert_eq!(paths(&m), ["people/d"]);
    let c = &m.conflicts[0];
    assert_eq!((c.kept.as_str(), &c.theirs), ("ours", &Value::Null));
    assert_eq!(c.ours["stance"], "supporter");
    assert_eq!(c.base["stance"], "unknown");
    assert!(c.rule.as_deref().unwrap().contains("nothing is lost"), "{:?}", c.rule);

    // The other way round: ours deletes, theirs edits; kept names theirs.
    let m = ok(&b, &t, &o);
    assert_eq!(m.account.person("d").unwrap().stance, Stance::Supporter);
    assert_eq!((m.conflicts[0].kept.as_str(), &m.conflicts[0].ours), ("theirs", &Value::Null));
    // It goes back where it was.
    assert_eq!(m.account.people.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c", "d"]);
}

#[test]
fn a_deleted_person_with_a_new_link_on_the_other_side_is_restored() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    // Ours deletes d; theirs adds a link to d (d itself is not edited).
    o.people.retain(|p| p.id != "d");
    t.links.push(link("a", "d", LinkKind::Influences));
    let m = ok(&b, &o, &t);
    assert!(m.account.person("d").is_some());
    assert!(m.account.links.iter().any(|l| l.to == "d"));
    assert_eq!(paths(&m), ["people/d"]);
    let c = &m.conflicts[0];
    assert_eq!((c.kept.as_str(), &c.ours, &c.theirs["id"]), ("theirs", &Value::Null, &json!("d")));
    let rule = c.rule.as_deref().unwrap();
    assert!(rule.contains("D (d)") && rule.contains("a link names them"), "{rule}");
}

#[test]
fn a_deleted_member_still_needed_by_a_coverage_or_a_follow_up_is_restored() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    t.team.retain(|m| m.id != "t-omar");
    person(&mut o, "c").coverage.push(Coverage {
        member: "t-omar".into(),
        strength: Strength::Medium,
        extra: Default::default(),
    });
    let m = ok(&b, &o, &t);
    assert!(m.account.member("t-omar").is_some());
    assert_eq!((paths(&m), m.conflicts[0].kept.as_str()), (vec!["team/t-omar".to_string()], "ours"));
    assert!(m.conflicts[0].rule.as_deref().unwrap().contains("a coverage"));

    // A follow-up owned by them, and naming a person the other side deleted.
    let (mut o, mut t) = (b.clone(), b.clone());
    t.team.retain(|m| m.id != "t-omar");
    t.people.retain(|p| p.id != "d");
    o.follow_ups.push(FollowUp {
        id: "f-1".into(),
        text: "Call".into(),
        owner: "t-omar".into(),
        person: Some("d".into()),
        due: "2026-12-01".parse().unwrap(),
        done: None,
        extra: Default::default(),
    });
    let m = ok(&b, &o, &t);
    assert!(m.account.member("t-omar").is_some() && m.account.person("d").is_some());
    assert_eq!(paths(&m), ["people/d", "team/t-omar"]);
}

#[test]
fn a_restored_person_brings_back_the_member_who_covers_them() {
    let mut b = base();
    person(&mut b, "d").coverage.push(Coverage {
        member: "t-omar".into(),
        strength: Strength::Medium,
        extra: Default::default(),
    });
    let (mut o, mut t) = (b.clone(), b.clone());
    // Theirs deletes d and Omar (with Omar's coverage); ours links to d.
    t.people.retain(|p| p.id != "d");
    t.team.retain(|m| m.id != "t-omar");
    o.links.push(link("d", "a", LinkKind::Influences));
    let m = ok(&b, &o, &t);
    assert!(m.account.person("d").is_some() && m.account.member("t-omar").is_some());
    assert_eq!(paths(&m), ["people/d", "team/t-omar"]);
}

#[test]
fn both_sides_adding_a_record_with_one_key_keep_ours() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    o.people.push(Person::new("e", "Eva"));
    t.people.push(Person::new("e", "Erik"));
    t.people.push(Person::new("f", "Frida"));
    let m = ok(&b, &o, &t);
    assert_eq!(m.account.person("e").unwrap().name, "Eva");
    assert!(m.account.person("f").is_some());
    assert_eq!(paths(&m), ["people/e"]);
    let c = &m.conflicts[0];
    assert_eq!((&c.base, &c.ours["name"], &c.theirs["name"]), (&Value::Null, &json!("Eva"), &json!("Erik")));
    // Ours' new one goes right after the last old one, theirs' after it.
    let ids: Vec<&str> = m.account.people.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e", "f"]);
}

#[test]
fn two_sides_closing_a_reports_to_cycle_drop_theirs_link() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    // a → b → c already. Ours: c reports to d. Theirs: d reports to a. Together: a cycle.
    o.links.push(link("c", "d", LinkKind::ReportsTo));
    t.links.push(link("d", "a", LinkKind::ReportsTo));
    t.links.push(link("d", "b", LinkKind::Influences));
    let m = ok(&b, &o, &t);
    let keys: Vec<String> = m.account.links.iter().map(link_key).collect();
    assert!(keys.contains(&"c>d>reports_to".to_string()), "{keys:?}");
    assert!(!keys.contains(&"d>a>reports_to".to_string()), "{keys:?}");
    assert!(keys.contains(&"d>b>influences".to_string()), "{keys:?}");
    assert_eq!(paths(&m), ["links/d>a>reports_to"]);
    let c = &m.conflicts[0];
    assert_eq!((c.kept.as_str(), &c.ours, &c.theirs["from"]), ("ours", &Value::Null, &json!("d")));
    let rule = c.rule.as_deref().unwrap();
    assert!(rule.contains("D (d) → A (a) → B (b) → C (c) → D (d)"), "{rule}");
}

#[test]
fn history_is_a_union_ordered_by_time_and_conflicts_a_union_by_id() {
    let entry = |id: &str, at: &str| HistoryEntry::new(id.into(), at.into(), None);
    let mut b = base();
    b.history = vec![entry("h-1", "2026-01-01T00:00:00Z")];
    let old = Conflict {
        id: "c-old".into(),
        path: "name".into(),
        base: json!("A"),
        ours: json!("B"),
        theirs: json!("C"),
        kept: "ours".into(),
        at: AT.into(),
        rule: None,
        extra: Default::default(),
    };
    b.conflicts = vec![old.clone(), Conflict { id: "c-other".into(), ..old.clone() }];
    let (mut o, mut t) = (b.clone(), b.clone());
    o.history.push(entry("h-3", "2026-03-01T00:00:00Z"));
    t.history.push(entry("h-2", "2026-02-01T00:00:00Z"));
    t.history.push(entry("h-0", "2026-03-01T00:00:00Z"));
    // Ours decided c-old (removed it); theirs did not touch it: it stays decided.
    o.conflicts.retain(|c| c.id != "c-old");
    t.conflicts.push(Conflict { id: "c-new".into(), ..old.clone() });
    let m = ok(&b, &o, &t);
    assert!(m.conflicts.is_empty());
    let ids: Vec<&str> = m.account.history.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["h-1", "h-2", "h-0", "h-3"]);
    let ids: Vec<&str> = m.account.conflicts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c-other", "c-new"]);
}

#[test]
fn when_one_side_is_the_base_the_result_is_the_other_side_exactly() {
    let b = base();
    let mut x = b.clone();
    x.people.reverse();
    x.history.push(HistoryEntry::new("h-9".into(), "2030-01-01T00:00:00Z".into(), None));
    x.history.push(HistoryEntry::new("h-1".into(), "2020-01-01T00:00:00Z".into(), None));
    person(&mut x, "a").stance = Stance::Neutral;
    assert_eq!(ok(&b, &x, &b).account, x);
    assert_eq!(ok(&b, &b, &x).account, x);
    assert_eq!(ok(&b, &x, &x).account, x);
}

#[test]
fn with_no_base_both_sides_records_are_added() {
    let mut o = Account::new("acc-acme", "Acme");
    o.team = vec![member("t-anna")];
    o.people = vec![Person::new("a", "A"), Person::new("b", "B")];
    let mut t = o.clone();
    t.name = "Acme GmbH".into();
    t.people[1].stance = Stance::Champion;
    t.people.push(Person::new("c", "C"));
    t.team.push(member("t-omar"));
    let m = ok(&empty_base(&o), &o, &t);
    assert_eq!(m.account.name, "Acme");
    assert!(m.account.person("c").is_some() && m.account.member("t-omar").is_some());
    assert_eq!(paths(&m), ["name", "people/b"]);
    assert!(m.conflicts.iter().all(|c| c.base.is_null()));
}

#[test]
fn their_account_id_is_never_taken() {
    let b = base();
    let mut t = b.clone();
    t.id = "acc-other".into();
    t.notes = Some("x".into());
    let mut o = b.clone();
    o.tier = crate::model::Tier::Growth;
    let m = ok(&b, &o, &t);
    assert_eq!(m.account.id, "acc-acme");
    assert_eq!(paths(&m), ["id"]);
    assert!(m.conflicts[0].rule.is_some());
}

#[test]
fn unknown_lists_with_ids_merge_record_by_record() {
    let mut b = base();
    b.extra.insert("visits".into(), json!([{"id": "d-1", "name": "Lathes", "stage": "qualified"}]));
    let (mut o, mut t) = (b.clone(), b.clone());
    o.extra.insert("visits".into(), json!([{"id": "d-1", "name": "Lathes", "stage": "proposal"}]));
    t.extra.insert(
        "visits".into(),
        json!([{"id": "d-1", "name": "Lathes 14", "stage": "won"}, {"id": "d-2", "name": "Service"}]),
    );
    let m = ok(&b, &o, &t);
    assert_eq!(
        m.account.extra["visits"],
        json!([{"id": "d-1", "name": "Lathes 14", "stage": "proposal"}, {"id": "d-2", "name": "Service"}])
    );
    assert_eq!(paths(&m), ["visits/d-1/stage"]);
}

#[test]
fn a_newer_file_is_refused() {
    let b = base();
    let mut t = b.clone();
    t.schema = 2;
    assert_eq!(merge(&b, &b, &t, AT), Err(MergeError::Newer { version: Version::Theirs, schema: 2 }));
}

#[test]
fn merging_is_deterministic_and_conflict_ids_come_from_what_they_say() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    person(&mut o, "a").stance = Stance::Champion;
    person(&mut t, "a").stance = Stance::Opponent;
    person(&mut o, "b").influence = Influence(1);
    person(&mut t, "b").influence = Influence(5);
    let one = ok(&b, &o, &t);
    let two = ok(&b, &o, &t);
    assert_eq!(one.account.to_canonical_json(), two.account.to_canonical_json());
    assert_ne!(one.conflicts[0].id, one.conflicts[1].id);
    // Merged again later, the same conflict keeps its id and is not recorded twice.
    let later = merge(&b, &one.account, &t, "2027-01-01T00:00:00Z").unwrap();
    assert!(later.conflicts.is_empty(), "{:?}", later.conflicts);
    assert_eq!(later.account.conflicts, one.account.conflicts);
}

#[test]
fn files_are_merged_to_canonical_bytes_and_bad_ones_refused() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    person(&mut o, "a").stance = Stance::Champion;
    person(&mut t, "a").stance = Stance::Opponent;
    let (bytes, n) =
        merge_files(&b.to_canonical_json(), &o.to_canonical_json(), &t.to_canonical_json(), AT).unwrap();
    assert_eq!(n, 1);
    let back = crate::store::load_bytes(std::path::Path::new("x.json"), &bytes).unwrap();
    assert_eq!(back.to_canonical_json(), bytes);

    let marked = b"{\n<<<<<<< HEAD\n  \"schema\": 1,\n=======\n>>>>>>> theirs\n}\n";
    let e = merge_files(&b.to_canonical_json(), &o.to_canonical_json(), marked, AT).unwrap_err();
    assert!(matches!(e, MergeError::Unreadable { version: Version::Theirs, line: Some(2), .. }), "{e:?}");
    assert!(
        e.to_string()
            .starts_with("the other version, line 2, column 1: it still holds git's conflict markers"),
        "{e}"
    );
    let e = merge_files(b"{", &o.to_canonical_json(), &t.to_canonical_json(), AT).unwrap_err();
    assert!(e.to_string().starts_with("the version both copies started from"), "{e}");
    // A version cut off is told without the backup advice (git's versions have none).
    let cut = &t.to_canonical_json()[..40];
    let e = merge_files(&b.to_canonical_json(), &o.to_canonical_json(), cut, AT).unwrap_err();
    assert!(e.to_string().ends_with("the file ends too early, so it was probably cut off"), "{e}");
    // In Russian too: the loader's kind of problem is read, not its English words.
    crate::i18n::with_lang(crate::i18n::Lang::Ru, || {
        let e = merge_files(&b.to_canonical_json(), &o.to_canonical_json(), marked, AT).unwrap_err();
        assert!(e.to_string().contains("маркеры конфликта git"), "{e}");
        assert!(!e.to_string().contains("dmu sync --resolve"), "no advice to open the file: {e}");
        let e = merge_files(&b.to_canonical_json(), &o.to_canonical_json(), cut, AT).unwrap_err();
        assert!(!e.to_string().contains(".bak"), "no backup advice: {e}");
    });
    // An empty base is no base.
    let (bytes, n) = merge_files(b"", &o.to_canonical_json(), &t.to_canonical_json(), AT).unwrap();
    assert_eq!(n, 1, "{}", String::from_utf8_lossy(&bytes));
}

#[test]
fn a_conflict_id_already_taken_by_another_conflict_gives_way_to_a_new_one() {
    let mut b = base();
    let id = conflict_id("people/a/stance", &json!("unknown"), &json!("champion"), &json!("opponent"));
    b.conflicts.push(Conflict {
        id: id.clone(),
        path: "notes".into(),
        base: Value::Null,
        ours: json!("x"),
        theirs: json!("y"),
        kept: "ours".into(),
        at: AT.into(),
        rule: None,
        extra: Default::default(),
    });
    let (mut o, mut t) = (b.clone(), b.clone());
    person(&mut o, "a").stance = Stance::Champion;
    person(&mut t, "a").stance = Stance::Opponent;
    let m = ok(&b, &o, &t);
    assert_eq!(m.conflicts.len(), 1);
    assert_ne!(m.conflicts[0].id, id);
    assert_eq!(m.account.conflicts.len(), 2);
}
