//! Properties of an import, over generated accounts and files: it never removes a
//! person, never changes a judgement, always leaves a valid account (no loop of
//! managers), and importing the same file again changes nothing.

use dmu::import::{self, PlanOptions, Progress, ReadOptions, contact};
use dmu::model::{Account, Date, validate};
use proptest::prelude::*;

/// One row of a generated file: whose name (an existing person's, by index, or a new
/// one), an email or not, a title, and a manager (by index into the file's rows).
#[derive(Debug, Clone)]
struct RowSpec {
    existing: Option<usize>,
    new_name: usize,
    with_email: bool,
    title: usize,
    manager: Option<usize>,
}

fn row_spec() -> impl Strategy<Value = RowSpec> {
    (proptest::option::of(0usize..40), 0usize..30, any::<bool>(), 0usize..5, proptest::option::of(0usize..30))
        .prop_map(|(existing, new_name, with_email, title, manager)| RowSpec {
            existing,
            new_name,
            with_email,
            title,
            manager,
        })
}

const NEW: [&str; 6] = ["Анна", "Bo", "Chen", "Дмитрий", "Eve", "Фёдор"];
const TITLES: [&str; 5] = ["CFO", "Главный инженер", "Buyer", "Head of IT, Plant 2", "Оператор \"ЧПУ\""];

fn file(a: &Account, rows: &[RowSpec]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["Name", "Title", "Email", "Reports To"]).unwrap();
    let names: Vec<String> = rows
        .iter()
        .map(|r| match r.existing.filter(|&i| i < a.people.len()) {
            Some(i) => a.people[i].name.clone(),
            None => format!("{} {}", NEW[r.new_name % 6], NEW[(r.new_name / 6) % 6]),
        })
        .collect();
    for (r, name) in rows.iter().zip(&names) {
        let email = if r.with_email {
            format!("{}@x.example", name.replace(' ', ".").to_lowercase())
        } else {
            String::new()
        };
        let manager = r.manager.and_then(|m| names.get(m)).cloned().unwrap_or_default();
        w.write_record([name.as_str(), TITLES[r.title], email.as_str(), manager.as_str()]).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn import(a: &Account, text: &str) -> Account {
    let t = import::read(text.as_bytes(), "gen.csv", &ReadOptions::default(), &Progress::none()).unwrap();
    let m = import::mapping_for(&t, None).unwrap();
    let cs = contact::contacts(&t, &m);
    let opts = PlanOptions {
        file_label: "gen.csv".into(),
        company: None,
        system: m.system.clone(),
        today: Date::from_ymd(2026, 12, 2).unwrap(),
    };
    import::plan(a, &cs, &opts, &Progress::none()).apply(a)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn import_keeps_people_and_judgements_and_is_idempotent(
        people in 0usize..30,
        seed in any::<u64>(),
        rows in proptest::collection::vec(row_spec(), 1..25),
    ) {
        let a = dmu::generate::account(people, seed);
        let text = file(&a, &rows);
        let after = import(&a, &text);
        for p in &a.people {
            let q = after.people.iter().find(|q| q.id == p.id);
            prop_assert!(q.is_some(), "{} was removed", p.name);
            let q = q.unwrap();
            prop_assert_eq!(
                (p.stance, p.stance_basis, p.stance_on, p.influence, &p.roles, &p.coverage, &p.notes, p.status, &p.favours, &p.name),
                (q.stance, q.stance_basis, q.stance_on, q.influence, &q.roles, &q.coverage, &q.notes, q.status, &q.favours, &q.name)
            );
        }
        // Links other than the reporting lines the file gives are kept.
        for l in a.links.iter().filter(|l| l.kind == dmu::model::LinkKind::Influences) {
            prop_assert!(after.links.contains(l));
        }
        let problems = validate(&after);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let again = import(&after, &text);
        let second = dmu::change::diff(&after, &again);
        prop_assert!(second.is_empty(), "a second import changed something: {:?}", second.iter().map(|c| c.path.to_string()).collect::<Vec<_>>());
    }
}
