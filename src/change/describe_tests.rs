//! The sentences of history entries and changes, kind by kind.

use super::timeline::{entries_since, group_by_person, parse_time, person_history};
use super::*;
use crate::model::{Account, Conflict, HistoryEntry};
use serde_json::{Value, json};

fn account() -> Account {
    serde_json::from_value(json!({
        "schema": 1, "id": "acc-n", "name": "Northwind Machining",
        "team": [
            { "id": "t-anna", "name": "Anna Berg", "function": "sales" },
            { "id": "t-omar", "name": "Omar Haddad", "function": "technical" }
        ],
        "people": [
            { "id": "p-olga", "name": "Ольга Кузнецова", "stance": "neutral",
              "coverage": [ { "member": "t-anna", "strength": "strong" } ] },
            { "id": "p-ivanov", "name": "Пётр Иванов", "roles": ["user", "decider"] },
            { "id": "p-o", "name": "Olga" }
        ],
        "links": [ { "from": "p-ivanov", "to": "p-o", "kind": "reports_to" } ],
        "actions": [ { "id": "a1", "text": "Send the trial report", "owner": "t-omar", "due": "2026-12-04" } ],
        "demands": [ { "id": "d1", "date": "2026-10-05", "text": "Free training", "kind": "service" } ],
        "visits": [ { "id": "d1", "name": "Lathes", "stage": "qualify" } ]
    }))
    .unwrap()
}

fn entry(v: Value) -> HistoryEntry {
    let mut base = json!({ "id": "h1", "at": "2026-11-27T14:05:00Z" });
    base.as_object_mut().unwrap().extend(v.as_object().unwrap().clone());
    serde_json::from_value(base).unwrap()
}

fn said(a: &Account, v: Value) -> String {
    describe_entry(a, &entry(v))
}

#[test]
fn a_stance_change_names_the_person_the_team_member_and_the_note() {
    let a = account();
    assert_eq!(
        said(
            &a,
            json!({ "by": "t-anna", "person": "p-olga", "field": "stance", "from": "skeptic", "to": "neutral",
                    "note": "Backed our proposal" })
        ),
        "Ольга Кузнецова: stance skeptic → neutral (Anna Berg) — \"Backed our proposal\""
    );
}

#[test]
fn by_is_a_team_members_name_or_the_free_name_as_given_or_left_out() {
    let a = account();
    let e = |by: Value| {
        said(&a, json!({ "by": by, "person": "p-ivanov", "field": "influence", "from": 3, "to": 4 }))
    };
    assert_eq!(e(json!("t-omar")), "Пётр Иванов: influence 3 → 4 (Omar Haddad)");
    assert_eq!(e(json!("Jane from HQ")), "Пётр Иванов: influence 3 → 4 (Jane from HQ)");
    assert_eq!(e(Value::Null), "Пётр Иванов: influence 3 → 4");
    assert_eq!(e(json!("  ")), "Пётр Иванов: influence 3 → 4", "a blank author is no author");
}

#[test]
fn every_person_field_reads_in_words() {
    let a = account();
    let e = |field: &str, from: Value, to: Value| {
        said(&a, json!({ "person": "p-ivanov", "field": field, "from": from, "to": to }))
    };
    assert_eq!(
        e("roles", json!(["user"]), json!(["user", "decider"])),
        "Пётр Иванов: roles user → user, decider"
    );
    assert_eq!(e("roles", json!([]), json!(["payer"])), "Пётр Иванов: roles → payer");
    assert_eq!(e("roles", json!(["payer"]), json!([])), "Пётр Иванов: roles payer → (none)");
    assert_eq!(
        e("stance_basis", json!("reported"), json!("observed")),
        "Пётр Иванов: stance basis reported → observed"
    );
    assert_eq!(e("status", json!("active"), json!("leaving")), "Пётр Иванов: status active → leaving");
    assert_eq!(
        e("favours", Value::Null, json!("Uralmash Service")),
        "Пётр Иванов: favours → Uralmash Service"
    );
    assert_eq!(
        said(&a, json!({ "person": "p-ivanov", "field": "favours", "to": "Uralmash Service" })),
        "Пётр Иванов: favours → Uralmash Service",
        "an absent from is no value before"
    );
    assert_eq!(
        e("favours", json!("Uralmash Service"), Value::Null),
        "Пётр Иванов: favours Uralmash Service → (none)"
    );
    assert_eq!(e("stance", json!("unknown"), json!("champion")), "Пётр Иванов: stance unknown → champion");
    assert_eq!(e("influence", json!(5), json!(2)), "Пётр Иванов: influence 5 → 2");
    assert_eq!(
        e("last_contact", json!("2026-10-01"), json!("2026-11-02")),
        "Пётр Иванов: last contact 2026-10-01 → 2026-11-02"
    );
    assert_eq!(
        e("made_up", json!("x"), json!("y")),
        "Пётр Иванов: made up x → y",
        "unknown fields still read"
    );
    assert_eq!(e("vip", json!(false), json!(true)), "Пётр Иванов: vip no → yes");
}

#[test]
fn coverage_says_who_covers_them_now_and_how_well() {
    let a = account();
    let e = |from: Value, to: Value| {
        said(&a, json!({ "person": "p-olga", "field": "coverage", "from": from, "to": to }))
    };
    let anna = |s: &str| json!({ "member": "t-anna", "strength": s });
    assert_eq!(
        e(json!([anna("weak")]), json!([anna("strong")])),
        "Ольга Кузнецова: coverage: Anna Berg weak → strong"
    );
    assert_eq!(
        e(json!([anna("weak")]), json!([anna("weak"), { "member": "t-omar" }])),
        "Ольга Кузнецова: Omar Haddad now covers them (medium)",
        "a coverage without a strength is medium"
    );
    assert_eq!(
        e(json!([anna("weak"), { "member": "t-omar", "strength": "weak" }]), json!([anna("weak")])),
        "Ольга Кузнецова: no longer covered by Omar Haddad"
    );
    assert_eq!(
        e(Value::Null, json!([anna("medium")])),
        "Ольга Кузнецова: Anna Berg now covers them (medium)"
    );
    assert_eq!(
        e(json!([{ "member": "t-gone", "strength": "weak" }, anna("weak")]), json!([anna("medium")])),
        "Ольга Кузнецова: no longer covered by t-gone; coverage: Anna Berg weak → medium",
        "several at once, and a member no longer on the team by id"
    );
    assert_eq!(
        e(json!([anna("weak")]), json!([anna("weak")])),
        format!("Ольга Кузнецова: {}", words::coverage_same())
    );
}

#[test]
fn records_are_named_by_their_name_now_else_the_label_else_the_id() {
    let mut a = account();
    assert_eq!(
        said(
            &a,
            json!({ "by": "t-anna", "person": "p-olga", "record": "people/p-olga", "change": "added", "label": "Olga K." })
        ),
        "added Ольга Кузнецова (person) (Anna Berg)",
        "the name now wins over the label"
    );
    let removed =
        entry(json!({ "id": "h2", "person": "p-sergey", "record": "people/p-sergey", "change": "removed",
                                "label": "Сергей Петров" }));
    assert_eq!(describe_entry(&a, &removed), "removed Сергей Петров (person)");
    assert_eq!(
        said(&a, json!({ "person": "p-sergey", "field": "stance", "from": "neutral", "to": "opponent" })),
        "p-sergey: stance neutral → opponent",
        "nothing names them: the id"
    );
    a.history.push(removed);
    assert_eq!(
        said(&a, json!({ "person": "p-sergey", "field": "stance", "from": "neutral", "to": "opponent" })),
        "Сергей Петров: stance neutral → opponent",
        "a removed person's field change takes the name their removal recorded"
    );
    assert_eq!(
        said(&a, json!({ "record": "people/p-nobody", "change": "removed" })),
        "removed p-nobody (person)"
    );
}

#[test]
fn links_read_as_sentences_and_fall_back_to_their_label() {
    let a = account();
    assert_eq!(
        said(
            &a,
            json!({ "person": "p-ivanov", "record": "links/p-ivanov>p-o>reports_to", "change": "removed",
                         "label": "Пётр Иванов → Olga (reports to)" })
        ),
        "removed the link Пётр Иванов reports to Olga"
    );
    assert_eq!(
        said(
            &a,
            json!({ "person": "p-gone", "record": "links/p-gone>p-o>influences", "change": "added",
                         "label": "Борис → Olga (influences)" })
        ),
        "added the link Борис → Olga (influences)",
        "an end nobody can name any more: the label"
    );
    assert_eq!(
        said(&a, json!({ "record": "links/p-ivanov>p-olga>influences", "change": "added" })),
        "added the link Пётр Иванов influences Ольга Кузнецова"
    );
}

#[test]
fn an_entry_in_parts_leaves_out_the_subject_for_a_persons_own_list() {
    let a = account();
    let names = Names::new(&a);
    let t = entry_text(
        &names,
        &entry(
            json!({ "by": "Jane", "person": "p-olga", "field": "stance", "from": "skeptic", "to": "neutral", "note": "ok" }),
        ),
    );
    assert_eq!(t.subject.as_deref(), Some("Ольга Кузнецова"));
    assert_eq!(t.what, "stance skeptic → neutral");
    assert_eq!(t.without_subject(), "stance skeptic → neutral (Jane) — \"ok\"");
}

fn changed(before: &Account, after: &Account) -> Vec<String> {
    diff(before, after).iter().map(|c| describe_change(before, after, c)).collect()
}

#[test]
fn changes_of_people_read_like_history_entries() {
    let a = account();
    let mut b = a.clone();
    b.people[1].title = Some("Chief Engineer".into());
    b.people[1].email = Some("ivanov@example.com".into());
    b.people[0].stance = crate::model::Stance::Supporter;
    b.people[0].coverage[0].strength = crate::model::Strength::Weak;
    b.people[0].coverage.push(crate::model::Coverage {
        member: "t-omar".into(),
        strength: crate::model::Strength::Medium,
        extra: Default::default(),
    });
    let mut said = changed(&a, &b);
    said.sort();
    assert_eq!(
        said,
        [
            "Ольга Кузнецова: Omar Haddad now covers them (medium)",
            "Ольга Кузнецова: coverage: Anna Berg strong → weak",
            "Ольга Кузнецова: stance neutral → supporter",
            "Пётр Иванов: email → ivanov@example.com",
            "Пётр Иванов: title → Chief Engineer",
        ]
    );
    let mut c = b.clone();
    c.people.remove(2);
    c.links.clear();
    assert_eq!(changed(&b, &c), ["removed Olga (person)", "removed the link Пётр Иванов reports to Olga"]);
    assert_eq!(changed(&c, &b), ["added Olga (person)", "added the link Пётр Иванов reports to Olga"]);
}

#[test]
fn changes_of_the_account_team_links_follow_ups_demands_and_unknown_lists() {
    let a = account();
    let mut b = a.clone();
    b.name = "Northwind Machining GmbH".into();
    b.tier = crate::model::Tier::Growth;
    b.team[1].function = crate::model::Function::Service;
    b.links.push(
        serde_json::from_value(
            json!({ "from": "p-o", "to": "p-olga", "kind": "influences", "strength": "strong" }),
        )
        .unwrap(),
    );
    b.follow_ups[0].done = "2026-12-01".parse().ok();
    b.follow_ups.push(
        serde_json::from_value(
            json!({ "id": "a2", "text": "Call back", "owner": "t-anna", "due": "2026-12-10" }),
        )
        .unwrap(),
    );
    b.demands[0].granted = true;
    b.extra.insert("visits".into(), json!([{ "id": "d1", "name": "Lathes", "stage": "propose" }]));
    b.margin = Some(12.into());
    let mut said = changed(&a, &b);
    said.sort();
    assert_eq!(
        said,
        [
            "Omar Haddad (team member): function technical → service",
            "added the follow-up \"Call back\" (Anna Berg, due 2026-12-10)",
            "added the link Olga influences Ольга Кузнецова (strong)",
            "margin → 12",
            "name Northwind Machining → Northwind Machining GmbH",
            "the demand \"Free training\": granted no → yes",
            "the follow-up \"Send the trial report\": done → 2026-12-01",
            "tier key → growth",
            "visits/d1/stage: qualify → propose",
        ]
    );
}

#[test]
fn history_and_conflicts_in_a_change_set_are_said_as_themselves() {
    let a = account();
    let mut b = a.clone();
    b.history.push(entry(
        json!({ "by": "t-anna", "person": "p-olga", "field": "stance", "from": "skeptic", "to": "neutral" }),
    ));
    let conflict: Conflict = serde_json::from_value(json!({
        "id": "c1", "path": "people/p-ivanov/stance", "base": "neutral", "ours": "supporter", "theirs": "skeptic",
        "kept": "ours", "at": "2026-11-28T09:00:00Z"
    }))
    .unwrap();
    b.conflicts.push(conflict.clone());
    assert_eq!(
        changed(&a, &b),
        [
            "history: Ольга Кузнецова: stance skeptic → neutral (Anna Berg)",
            "conflict to decide: stance of Пётр Иванов: kept supporter (ours), the other was skeptic (theirs)",
        ]
    );
    assert_eq!(changed(&b, &a)[1], "decided the conflict at people/p-ivanov/stance");
    let theirs = Conflict {
        kept: "theirs".into(),
        path: "name".into(),
        ours: json!("A"),
        theirs: Value::Null,
        ..conflict
    };
    assert_eq!(describe_conflict(&a, &theirs), "name: kept (none) (theirs), the other was A (ours)");
}

#[test]
fn the_timeline_lists_entries_since_a_moment_grouped_by_person() {
    let mut a = account();
    let add = |a: &mut Account, id: &str, at: &str, v: Value| {
        let mut e = entry(v);
        e.id = id.into();
        e.at = at.into();
        a.history.push(e);
    };
    add(&mut a, "h1", "2026-11-20T10:00:00Z", json!({ "person": "p-olga", "field": "stance" }));
    add(&mut a, "h2", "2026-11-28T10:00:00Z", json!({ "person": "p-ivanov", "field": "influence" }));
    add(&mut a, "h3", "2026-11-27T10:00:00+03:00", json!({ "person": "p-olga", "field": "stance" }));
    add(
        &mut a,
        "h4",
        "2026-11-27T08:00:00Z",
        json!({ "person": "p-olga", "record": "links/p-olga>p-o>influences" }),
    );
    add(&mut a, "h5", "garbage", json!({ "person": "p-olga", "field": "stance" }));
    add(&mut a, "h6", "2026-11-29T10:00:00Z", json!({ "person": "p-olga", "field": "roles" }));
    let since = parse_time("2026-11-25").unwrap();
    fn ids<'a>(v: &[&'a HistoryEntry]) -> Vec<&'a str> {
        v.iter().map(|e| e.id.as_str()).collect()
    }
    let list = entries_since(&a, since);
    assert_eq!(ids(&list), ["h3", "h4", "h2", "h6"], "in time order, offsets read, bad times left out");
    let g = group_by_person(&list);
    assert_eq!(ids(&g.account), ["h4"]);
    let people: Vec<(&str, Vec<&str>)> = g.people.iter().map(|(p, v)| (*p, ids(v))).collect();
    assert_eq!(people, [("p-olga", vec!["h3", "h6"]), ("p-ivanov", vec!["h2"])]);
    assert_eq!(g.len(), 4);
    assert_eq!(ids(&person_history(&a, "p-olga", Some("stance"))), ["h1", "h3", "h5"]);
    assert_eq!(ids(&person_history(&a, "p-olga", None)).len(), 5);
}

#[test]
fn a_conflicts_place_and_values_read_as_words_for_a_screen_to_lay_out() {
    let a = account();
    let names = Names::new(&a);
    let stance: Conflict = serde_json::from_value(json!({
        "id": "c1", "path": "people/p-olga/stance", "base": "neutral", "ours": "supporter",
        "theirs": null, "kept": "ours", "at": "2026-11-27T14:05:00Z"
    }))
    .unwrap();
    assert_eq!(conflict_place(&names, &stance), "stance of Ольга Кузнецова");
    assert_eq!(conflict_value(&names, &stance, &stance.ours), "supporter");
    assert_eq!(conflict_value(&names, &stance, &stance.theirs), "(none)");
    // One member's coverage of a person: the person's coverage, the member by name.
    let coverage: Conflict = serde_json::from_value(json!({
        "id": "c2", "path": "people/p-olga/coverage/t-anna", "base": null,
        "ours": { "member": "t-anna", "strength": "strong" }, "theirs": { "member": "t-anna", "strength": "weak" },
        "kept": "ours", "at": "2026-11-27T14:05:00Z"
    }))
    .unwrap();
    assert_eq!(conflict_place(&names, &coverage), "coverage of Ольга Кузнецова");
    assert_eq!(conflict_value(&names, &coverage, &coverage.theirs), "Anna Berg (weak)");
}

#[test]
fn deals_and_the_plan_read_as_their_names_with_their_words() {
    use crate::model::{Deal, DealStage, PlanItem, PlanStatus, Role};
    let a = account();
    let mut b = a.clone();
    let mut d = Deal::new("d-furnace", "Furnace relining");
    d.stage = Some(DealStage::Proposal);
    b.deals.push(d);
    let mut x = PlanItem::new("x1", "Joint demand forecast");
    x.with = Some("p-ivanov".into());
    b.plan.push(x);
    let mut said = changed(&a, &b);
    said.sort();
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said[0].starts_with("added the deal \"Furnace relining\""), "{said:?}");
    assert!(said[1].starts_with("added the initiative \"Joint demand forecast\""), "{said:?}");
    let mut c = b.clone();
    c.deals[0].stage = Some(DealStage::Negotiation);
    c.deals[0].roles.insert("p-ivanov".into(), vec![Role::Decider]);
    c.plan[0].status = Some(PlanStatus::Running);
    let mut said = changed(&b, &c);
    said.sort();
    assert_eq!(
        said,
        [
            "the deal \"Furnace relining\": roles → Пётр Иванов: decider",
            "the deal \"Furnace relining\": stage proposal → negotiation",
            "the initiative \"Joint demand forecast\": status → running",
        ]
    );
}
