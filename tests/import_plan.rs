//! Importing contacts into an account, through the core API: which row is which
//! person, what changes and what never does, reporting lines, other companies, and the
//! round trip through dmu's own CSV export.

use dmu::change::diff;
use dmu::import::{
    self, LinkOutcome, MatchedBy, Outcome, Plan, PlanOptions, Progress, ReadOptions, SkipReason, Table,
    contact,
};
use dmu::model::{
    Account, Basis, Coverage, Date, Influence, Link, LinkKind, Person, Role, Stance, Strength, TeamMember,
    validate,
};

fn table(text: &str) -> Table {
    import::read(text.as_bytes(), "contacts.csv", &ReadOptions::default(), &Progress::none()).unwrap()
}

fn plan_of(a: &Account, t: &Table) -> Plan {
    let mapping = import::mapping_for(t, None).unwrap();
    let contacts = contact::contacts(t, &mapping);
    let opts = PlanOptions {
        file_label: "contacts.csv".into(),
        company: None,
        system: mapping.system.clone(),
        today: Date::from_ymd(2026, 12, 2).unwrap(),
    };
    import::plan(a, &contacts, &opts, &Progress::none())
}

fn person(id: &str, name: &str) -> Person {
    Person::new(id, name)
}

/// An account with judgements a rep made: stance, basis, influence, roles, coverage, notes.
fn judged() -> Account {
    let mut a = Account::new("acc-volga", "Volga Pipe Works");
    a.team.push(TeamMember {
        id: "t-omar".into(),
        name: "Omar Haddad".into(),
        function: Default::default(),
        extra: Default::default(),
    });
    let mut anna = person("p-anna", "Anna Berg");
    anna.email = Some("anna.berg@volga.example".into());
    anna.stance = Stance::Champion;
    anna.stance_basis = Some(Basis::Observed);
    anna.influence = Influence(5);
    anna.roles = vec![Role::Decider];
    anna.notes = Some("met at the plant".into());
    anna.coverage =
        vec![Coverage { member: "t-omar".into(), strength: Strength::Strong, extra: Default::default() }];
    let mut ivan = person("p-ivan", "Иван Петрович Сидоров");
    ivan.stance = Stance::Skeptic;
    ivan.title = Some("Главный инженер".into());
    let mut olga = person("p-olga", "Olga Kim");
    olga.external_ids.insert("salesforce".into(), "003A".into());
    olga.stance = Stance::Opponent;
    a.people = vec![anna, ivan, olga];
    a
}

fn judgements(p: &Person) -> (Stance, Option<Basis>, Influence, Vec<Role>, Vec<Coverage>, Option<String>) {
    (p.stance, p.stance_basis, p.influence, p.roles.clone(), p.coverage.clone(), p.notes.clone())
}

#[test]
fn rows_match_by_email_then_name_and_update_facts_never_judgements() {
    let a = judged();
    let t = table(
        "Full Name,Title,Email,Phone\n\
         A. Berg,CFO,ANNA.BERG@volga.example,+7 495 111\n\
         Сидоров Иван,Технический директор,,\n\
         New Person,Buyer,new@volga.example,\n",
    );
    let plan = plan_of(&a, &t);
    assert_eq!(
        plan.rows[0].outcome,
        Outcome::Update { id: "p-anna".into(), fields: vec!["title", "phone"], by: MatchedBy::Email }
    );
    // Word order and a missing patronymic do not hide the same person.
    assert_eq!(
        plan.rows[1].outcome,
        Outcome::Update { id: "p-ivan".into(), fields: vec!["title"], by: MatchedBy::Name }
    );
    assert!(matches!(plan.rows[2].outcome, Outcome::Add { .. }));
    let after = plan.apply(&a);
    for (old, new) in a.people.iter().zip(&after.people) {
        assert_eq!(judgements(old), judgements(new), "{}", old.name);
        assert_eq!(old.name, new.name, "a match by email or name keeps the rep's spelling");
    }
    assert_eq!(after.people[0].title.as_deref(), Some("CFO"));
    assert_eq!(
        after.people[0].email.as_deref(),
        Some("anna.berg@volga.example"),
        "an email only differing in case is the same"
    );
    assert_eq!(after.people[1].title.as_deref(), Some("Технический директор"));
    assert_eq!(after.people[3].name, "New Person");
    assert_eq!(plan.counts.added, 1);
    assert_eq!(plan.counts.updated, 2);
}

#[test]
fn an_id_in_the_files_system_wins_over_email_and_name() {
    let a = judged();
    let t = table(
        "Id,FirstName,LastName,Email,Title,AccountId,ReportsToId\n003A,Olga,Kim-Lee,anna.berg@volga.example,CIO,001X,\n",
    );
    let plan = plan_of(&a, &t);
    let Outcome::Update { id, fields, by } = &plan.rows[0].outcome else { panic!("{:?}", plan.rows[0]) };
    assert_eq!((id.as_str(), *by), ("p-olga", MatchedBy::Id));
    assert!(fields.contains(&"name"), "the same CRM record renamed there is renamed here: {fields:?}");
    let after = plan.apply(&a);
    assert_eq!(after.people[2].name, "Olga Kim-Lee");
    assert_eq!(after.people[2].stance, Stance::Opponent);
}

#[test]
fn reimporting_the_same_file_changes_nothing() {
    let a = judged();
    let text = "First Name,Last Name,Title,Email,Reports To\n\
                Anna,Berg,CFO,anna.berg@volga.example,\n\
                Петр,Орлов,Инженер,orlov@volga.example,Anna Berg\n";
    let first = plan_of(&a, &table(text));
    let once = first.apply(&a);
    let again = plan_of(&once, &table(text));
    assert!(again.is_empty(), "{:?}", again.rows);
    assert_eq!(again.counts.unchanged, 2);
    assert!(diff(&once, &again.apply(&once)).is_empty());
}

#[test]
fn repeated_rows_and_namesakes_are_skipped_with_their_reason() {
    let mut a = judged();
    a.people.push(person("p-olga2", "Olga Kim"));
    let t = table(
        "Name,Email\n\
         Kim Olga,\n\
         Bo Chen,bo@x.example\n\
         Bo Chen,bo@x.example\n\
         ,\n",
    );
    let plan = plan_of(&a, &t);
    assert_eq!(plan.rows[0].outcome, Outcome::Skip(SkipReason::Ambiguous { count: 2 }));
    assert!(matches!(plan.rows[1].outcome, Outcome::Add { .. }));
    assert_eq!(plan.rows[2].outcome, Outcome::Skip(SkipReason::Duplicate { line: 3 }));
    assert_eq!(plan.rows.len(), 3, "a blank row is no row");
    assert_eq!(plan.counts.skipped, 2);
}

#[test]
fn reporting_lines_come_second_replace_old_ones_and_never_close_a_loop() {
    let mut a = judged();
    // Anna reports to Olga today; Ivan to Anna.
    a.links = vec![
        Link {
            from: "p-anna".into(),
            to: "p-olga".into(),
            kind: LinkKind::ReportsTo,
            strength: None,
            extra: Default::default(),
        },
        Link {
            from: "p-ivan".into(),
            to: "p-anna".into(),
            kind: LinkKind::ReportsTo,
            strength: None,
            extra: Default::default(),
        },
    ];
    // A manager named before the row that adds them is still found (second pass).
    let t = table(
        "Name,Email,Reports To\n\
         Anna Berg,anna.berg@volga.example,Zed Boss\n\
         Olga Kim,,Ivan Sidorov\n\
         Zed Boss,zed@volga.example,\n\
         Nobody Knows,nk@volga.example,Ghost Manager\n",
    );
    let plan = plan_of(&a, &t);
    let out: Vec<&LinkOutcome> = plan.links.iter().map(|l| &l.outcome).collect();
    assert_eq!(out[0], &LinkOutcome::Replace { was: "p-olga".into() });
    // Olga → Ivan: Ivan → Anna → Zed now, not Olga: no loop, added.
    assert_eq!(out[1], &LinkOutcome::UnknownManager { manager: "Ivan Sidorov".into() }, "Иван is not Ivan");
    assert_eq!(out[2], &LinkOutcome::UnknownManager { manager: "Ghost Manager".into() });
    let after = plan.apply(&a);
    assert!(validate(&after).is_empty(), "{:?}", validate(&after));
    let zed = after.people.iter().find(|p| p.name == "Zed Boss").unwrap();
    assert!(after.links.iter().any(|l| l.from == "p-anna" && l.to == zed.id));
    assert!(!after.links.iter().any(|l| l.from == "p-anna" && l.to == "p-olga"));

    // Olga reporting to Ivan would close Ivan → Anna → Olga: left out.
    let t = table("Name,Reports To\nOlga Kim,Иван Сидоров\n");
    let plan = plan_of(&a, &t);
    assert_eq!(plan.links[0].outcome, LinkOutcome::Cycle);
    assert_eq!(plan.counts.links_skipped, 1);
    assert!(validate(&plan.apply(&a)).is_empty());
}

#[test]
fn rows_of_other_companies_are_left_out_and_counted() {
    let a = judged();
    let t = table(
        "First Name,Last Name,Account Name\n\
         Ann,Lee,\"Volga Pipe Works, Inc.\"\n\
         Bob,Ray,Globex\n\
         Cy,Day,Globex\n\
         Di,Ng,Initech\n",
    );
    let plan = plan_of(&a, &t);
    assert_eq!(plan.counts.added, 1);
    assert_eq!(plan.counts.other_company, 3);
    assert_eq!(plan.other_companies, vec![("Globex".to_string(), 2), ("Initech".to_string(), 1)]);
    // A file of one company is that account's, whatever the CRM calls it.
    let t = table("First Name,Last Name,Account Name\nAnn,Lee,ООО «Волжский трубный завод»\n");
    assert_eq!(plan_of(&a, &t).counts.added, 1);
}

#[test]
fn dmus_csv_export_round_trips_into_an_empty_account() {
    let demo: Account = serde_json::from_str(include_str!("../assets/demo.json")).unwrap();
    for csv in [dmu::export::to_csv(&demo), dmu::export::to_csv_excel(&demo)] {
        let t = table(&csv);
        let mapping = import::mapping_for(&t, None).unwrap();
        assert_eq!(mapping.source, "dmu export");
        let empty = Account::new("acc-new", "Demo copy");
        let plan = plan_of(&empty, &t);
        let after = plan.apply(&empty);
        assert_eq!(after.people.len(), demo.people.len());
        let roles = |p: &Person| {
            let mut r = p.roles.clone();
            r.sort();
            r
        };
        for (p, q) in demo.people.iter().zip(&after.people) {
            assert_eq!(
                (
                    &p.id,
                    &p.name,
                    &p.title,
                    &p.department,
                    &p.email,
                    &p.phone,
                    roles(p),
                    p.stance,
                    p.influence
                ),
                (
                    &q.id,
                    &q.name,
                    &q.title,
                    &q.department,
                    &q.email,
                    &q.phone,
                    roles(q),
                    q.stance,
                    q.influence
                )
            );
            assert_eq!(p.external_ids, q.external_ids);
        }
        let lines = |a: &Account| {
            let mut v: Vec<(String, String)> = a
                .links
                .iter()
                .filter(|l| l.kind == LinkKind::ReportsTo)
                .map(|l| (l.from.clone(), l.to.clone()))
                .collect();
            v.sort();
            v
        };
        assert_eq!(lines(&after), lines(&demo));
        assert!(!lines(&demo).is_empty());
        // And again: nothing to change.
        assert!(plan_of(&after, &t).is_empty());
    }
}
