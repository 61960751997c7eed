//! Property tests of what the store promises about bad files and about edits:
//! random damage to a valid file, random bytes and invalid UTF-8 give a located error
//! or a valid account, never a panic; problems are located exactly; load -> save ->
//! load is stable to the byte with unknown fields kept; and any sequence of edits
//! undoes to the starting bytes and redoes to the final ones.

mod common;

use common::doubles::{Disk, MemStore};
use dmu::model::{Account, Edit, Link, LinkKind, Person, Stance, Strength, TeamMember, ops, validate};
use dmu::store::{LoadError, check_file, load_bytes};
use dmu::tui::session::Session;
use proptest::prelude::*;
use proptest::sample::Index as Pick;
use serde_json::Value;
use std::path::Path;
use std::sync::{Arc, Mutex};

const DEMO: &str = include_str!("../assets/demo.json");

fn load(bytes: &[u8]) -> Result<Account, LoadError> {
    load_bytes(Path::new("acme.json"), bytes)
}

/// What every outcome of loading must be: a valid account that saves and loads back
/// the same, or an error with words and, when it has a place, a place in the text.
fn loads_safely(bytes: &[u8]) {
    match load(bytes) {
        Ok(a) => {
            assert!(validate(&a).is_empty(), "a loaded account is valid");
            let again = load(&a.to_canonical_json()).expect("what loads, saves and loads again");
            assert_eq!(again, a);
        }
        Err(e) => {
            assert!(!e.message.trim().is_empty());
            assert!(e.render().starts_with("acme.json"), "{}", e.render());
            if let Some(line) = e.line {
                let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
                assert!(line >= 1 && line <= lines, "line {line} of {lines}: {e}");
                assert!(e.column.is_some_and(|c| c >= 1), "{e}");
            }
        }
    }
}

/// One kind of damage at a position: overwrite, insert or delete a byte, or cut.
#[derive(Debug, Clone)]
enum Damage {
    Set(Pick, u8),
    Insert(Pick, u8),
    Delete(Pick),
    Truncate(Pick),
    Swap(Pick, Pick),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<Pick>(), any::<u8>()).prop_map(|(i, b)| Damage::Set(i, b)),
        // Bytes that matter to JSON are the interesting ones.
        (any::<Pick>(), prop::sample::select(b"{}[]\",:\\0 \n\x00\xff\xc3tfn-".to_vec()))
            .prop_map(|(i, b)| Damage::Insert(i, b)),
        any::<Pick>().prop_map(Damage::Delete),
        any::<Pick>().prop_map(Damage::Truncate),
        (any::<Pick>(), any::<Pick>()).prop_map(|(i, j)| Damage::Swap(i, j)),
    ]
}

fn apply(bytes: &mut Vec<u8>, d: &Damage) {
    if bytes.is_empty() {
        return;
    }
    match d {
        Damage::Set(i, b) => {
            let i = i.index(bytes.len());
            bytes[i] = *b;
        }
        Damage::Insert(i, b) => bytes.insert(i.index(bytes.len() + 1), *b),
        Damage::Delete(i) => {
            bytes.remove(i.index(bytes.len()));
        }
        Damage::Truncate(i) => bytes.truncate(i.index(bytes.len())),
        Damage::Swap(i, j) => {
            let (i, j) = (i.index(bytes.len()), j.index(bytes.len()));
            bytes.swap(i, j);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_demo_loads_safely_or_says_where(damages in prop::collection::vec(damage(), 1..6)) {
        let mut bytes = DEMO.as_bytes().to_vec();
        for d in &damages {
            apply(&mut bytes, d);
        }
        loads_safely(&bytes);
    }

    #[test]
    fn random_bytes_load_safely(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        loads_safely(&bytes);
    }

    #[test]
    fn random_text_loads_safely(text in "\\PC{0,300}") {
        loads_safely(text.as_bytes());
        let mut wrapped = format!("{{\"schema\": 1, \"id\": \"a\", \"name\": \"A\", \"notes\": {text}}}");
        loads_safely(wrapped.as_bytes());
        let plain = load(wrapped.as_bytes()).ok();
        // A byte order mark in front changes nothing.
        wrapped.insert(0, '\u{feff}');
        loads_safely(wrapped.as_bytes());
        prop_assert_eq!(load(wrapped.as_bytes()).ok(), plain);
    }

    #[test]
    fn invalid_utf8_is_located_where_it_is(at in any::<Pick>(), bad in prop::sample::select(vec![
        vec![0xFFu8], vec![0xC3], vec![0xE2, 0x82], vec![0xED, 0xA0, 0x80], vec![0xF8, 0x88, 0x80, 0x80, 0x80],
    ])) {
        // Insert at a character boundary, so the bytes before are valid text.
        let cuts: Vec<usize> = (0..=DEMO.len()).filter(|&i| DEMO.is_char_boundary(i)).collect();
        let cut = cuts[at.index(cuts.len())];
        let mut bytes = DEMO.as_bytes()[..cut].to_vec();
        bytes.extend_from_slice(&bad);
        bytes.extend_from_slice(&DEMO.as_bytes()[cut..]);
        let e = load(&bytes).unwrap_err();
        // The start of a character at the very end is a file cut off, not other text.
        let cut_inside = std::str::from_utf8(&bytes).err().is_some_and(|u| u.error_len().is_none());
        let words = if cut_inside { "cut off in the middle of a character" } else { "not UTF-8" };
        prop_assert!(e.message.contains(words), "{}", e);
        let before = &DEMO[..cut];
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1;
        prop_assert_eq!((e.line, e.column), (Some(line), Some(column)));
    }

    #[test]
    fn runs_of_nul_bytes_are_named(at in any::<Pick>(), n in 1usize..64) {
        let mut bytes = DEMO.as_bytes().to_vec();
        let i = at.index(bytes.len());
        bytes.splice(i..i, std::iter::repeat_n(0u8, n));
        let e = load(&bytes).unwrap_err();
        prop_assert!(e.message.contains("NUL") || e.message.contains("not UTF-8"), "{}", e);
    }
}

/// The 1-based line and column (in characters) of a byte offset.
fn place(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    (before.matches('\n').count() + 1, before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1)
}

/// The problems `dmu check` would print for a text, as (line, column, message).
fn checked(text: &str) -> Vec<(usize, usize, String)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.json");
    std::fs::write(&path, text).unwrap();
    check_file(&path).into_iter().map(|e| (e.line.unwrap(), e.column.unwrap(), e.message)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_dangling_link_is_located_at_the_missing_id(seed in any::<u64>(), n in 3usize..30, pick in any::<Pick>()) {
        let a = dmu::generate::account(n, seed);
        prop_assume!(!a.links.is_empty());
        let mut v: Value = serde_json::to_value(&a).unwrap();
        let i = pick.index(a.links.len());
        v["links"][i]["to"] = Value::from("ghost-person");
        let text = serde_json::to_string_pretty(&v).unwrap();
        let found = checked(&text);
        prop_assert_eq!(found.len(), 1, "{:?}", found);
        let at = text.find("\"ghost-person\"").unwrap();
        prop_assert_eq!((found[0].0, found[0].1), place(&text, at));
        prop_assert!(found[0].2.contains("ghost-person"));
    }

    #[test]
    fn a_duplicate_id_is_located_at_the_second_use(seed in any::<u64>(), n in 3usize..30, i in any::<Pick>(), j in any::<Pick>()) {
        let a = dmu::generate::account(n, seed);
        let (i, j) = (i.index(n), j.index(n));
        prop_assume!(i < j);
        let mut v: Value = serde_json::to_value(&a).unwrap();
        v["people"][j]["id"] = v["people"][i]["id"].clone();
        let dup = format!("\"id\": \"{}\"", a.people[i].id);
        let text = serde_json::to_string_pretty(&v).unwrap();
        let found = checked(&text);
        let second = text.match_indices(&dup).nth(1).unwrap().0 + "\"id\": ".len();
        prop_assert!(
            found.iter().any(|(l, c, m)| (*l, *c) == place(&text, second) && m.contains("used twice")),
            "{:?} (want {:?})", found, place(&text, second)
        );
    }

    #[test]
    fn a_reports_to_cycle_is_located_at_a_link_of_the_cycle(seed in any::<u64>(), n in 3usize..30) {
        let mut a = dmu::generate::account(n, seed);
        let (x, y) = (a.people[0].id.clone(), a.people[1].id.clone());
        a.links.retain(|l| l.kind != LinkKind::ReportsTo);
        for (from, to) in [(&x, &y), (&y, &x)] {
            a.links.push(Link { from: from.clone(), to: to.clone(), kind: LinkKind::ReportsTo, strength: None, extra: Default::default() });
        }
        let text = String::from_utf8(a.to_canonical_json()).unwrap();
        let found = checked(&text);
        prop_assert_eq!(found.len(), 1, "{:?}", found);
        prop_assert!(found[0].2.contains("cycle"), "{:?}", found);
        // The place is the start of one of the two links.
        let line = text.lines().nth(found[0].0 - 1).unwrap();
        prop_assert_eq!(line.chars().nth(found[0].1 - 1), Some('{'), "{}", line);
        let link_text: String = text.lines().skip(found[0].0 - 1).take(6).collect();
        prop_assert!(link_text.contains("reports_to"), "{}", link_text);
    }
}

/// A JSON value of the kinds a foreign tool might add.
fn unknown_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn load_save_load_is_stable_to_the_byte_and_keeps_unknown_fields(
        seed in any::<u64>(),
        n in 0usize..25,
        top in unknown_value(),
        inner in unknown_value(),
        pick in any::<Pick>(),
        compact in any::<bool>(),
    ) {
        let a = dmu::generate::account(n, seed);
        let mut v: Value = serde_json::to_value(&a).unwrap();
        v["x_crm"] = top.clone();
        let at = (n > 0).then(|| pick.index(n));
        if let Some(i) = at {
            v["people"][i]["x_linkedin"] = inner.clone();
        }
        // Any layout a tool may write: compact or pretty, fields in any order.
        let text = if compact { serde_json::to_string(&v).unwrap() } else { serde_json::to_string_pretty(&v).unwrap() };
        let first = load(text.as_bytes()).unwrap();
        let bytes = first.to_canonical_json();
        let second = load(&bytes).unwrap();
        prop_assert_eq!(&second, &first);
        prop_assert_eq!(second.to_canonical_json(), bytes.clone(), "canonical bytes are a fixed point");
        let saved: Value = serde_json::from_slice(&bytes).unwrap();
        prop_assert_eq!(&saved["x_crm"], &top);
        if let Some(i) = at {
            prop_assert_eq!(&saved["people"][i]["x_linkedin"], &inner);
        }
    }
}

/// One edit a rep can make, with random choices that are resolved against the
/// account as it is at that moment (so most of them apply).
#[derive(Debug, Clone)]
enum Step {
    AddPerson(String),
    EditPerson(Pick, usize, String),
    DeletePerson(Pick),
    AddLink(Pick, Pick, bool),
    LinkStrength(Pick, usize),
    DeleteLink(Pick),
    AddMember(String),
    DeleteMember(Pick),
    Cover(Pick, Pick, Option<usize>),
}

fn step() -> impl Strategy<Value = Step> {
    let pick = any::<Pick>;
    prop_oneof![
        // Any printable text, but never blank: a blank name is refused by the form.
        "\\PC{0,11}[^\\s]".prop_map(Step::AddPerson),
        (pick(), 0..Stance::ALL.len(), "\\PC{0,12}").prop_map(|(p, s, t)| Step::EditPerson(p, s, t)),
        pick().prop_map(Step::DeletePerson),
        (pick(), pick(), any::<bool>()).prop_map(|(a, b, k)| Step::AddLink(a, b, k)),
        (pick(), 0..Strength::ALL.len()).prop_map(|(l, s)| Step::LinkStrength(l, s)),
        pick().prop_map(Step::DeleteLink),
        // Never blank either: the member form refuses a blank name too.
        "\\PC{0,11}[^\\s]".prop_map(Step::AddMember),
        pick().prop_map(Step::DeleteMember),
        (pick(), pick(), prop::option::of(0..Strength::ALL.len())).prop_map(|(p, m, s)| Step::Cover(p, m, s)),
    ]
}

/// The edit a step makes on `a`, or `None` when it does not apply (nobody to pick,
/// or a rule refuses it, as the app would).
fn edit(a: &Account, step: &Step, n: usize) -> Option<Edit> {
    let person = |p: &Pick| (!a.people.is_empty()).then(|| &a.people[p.index(a.people.len())]);
    let member = |m: &Pick| (!a.team.is_empty()).then(|| &a.team[m.index(a.team.len())]);
    match step {
        Step::AddPerson(name) => Some(ops::add_person(a, Person::new(format!("p-prop-{n}"), name.clone()))),
        Step::EditPerson(p, s, title) => {
            let mut p = person(p)?.clone();
            p.stance = Stance::ALL[*s];
            p.title = (!title.is_empty()).then(|| title.clone());
            ops::update_person(a, p).ok()
        }
        Step::DeletePerson(p) => ops::delete_person(a, &person(p)?.id).ok(),
        Step::AddLink(x, y, reports) => {
            let kind = if *reports { LinkKind::ReportsTo } else { LinkKind::Influences };
            let link = Link {
                from: person(x)?.id.clone(),
                to: person(y)?.id.clone(),
                kind,
                strength: None,
                extra: Default::default(),
            };
            ops::add_link(a, link).ok()
        }
        Step::LinkStrength(l, s) => (!a.links.is_empty())
            .then(|| ops::set_link_strength(a, l.index(a.links.len()), Strength::ALL[*s]).ok())?,
        Step::DeleteLink(l) => {
            (!a.links.is_empty()).then(|| ops::delete_link(a, l.index(a.links.len())).ok())?
        }
        Step::AddMember(name) => Some(ops::add_member(
            a,
            TeamMember {
                id: format!("t-prop-{n}"),
                name: name.clone(),
                function: Default::default(),
                extra: Default::default(),
            },
        )),
        Step::DeleteMember(m) => ops::delete_member(a, &member(m)?.id).ok(),
        Step::Cover(p, m, s) => {
            ops::set_coverage(a, &person(p)?.id, &member(m)?.id, s.map(|s| Strength::ALL[s])).ok()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_gives_the_starting_bytes_and_redo_all_the_final_ones(
        seed in any::<u64>(),
        n in 0usize..12,
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let start = dmu::generate::account(n, seed);
        let start_bytes = start.to_canonical_json();
        let disk = Disk::default();
        let store = MemStore { path: "/data/accounts/x.json".into(), read_only: None, disk: disk.clone(), on_disk: start.clone() };
        let mut s = Session::new("x".into(), start, Box::new(store), Arc::new(Mutex::new(None)));
        let mut made = 0;
        for (i, st) in steps.iter().enumerate() {
            if let Some(e) = edit(s.account(), st, i) {
                s.commit(e, format!("step {i}")).unwrap();
                made += 1;
                prop_assert!(validate(s.account()).is_empty(), "every edit keeps the account valid: {:?}", st);
            }
        }
        let final_bytes = s.account().to_canonical_json();
        prop_assert_eq!(disk.saves.borrow().last().cloned().unwrap_or_else(|| start_bytes.clone()), final_bytes.clone(), "every edit was saved");

        let mut undone = 0;
        while s.undo().unwrap().is_some() {
            undone += 1;
        }
        prop_assert_eq!(undone, made);
        prop_assert_eq!(s.account().to_canonical_json(), start_bytes.clone(), "undo all gives the starting bytes");
        if made > 0 {
            prop_assert_eq!(disk.saves.borrow().last().cloned(), Some(start_bytes.clone()), "and saved them");
        }
        while s.redo().unwrap().is_some() {}
        prop_assert_eq!(s.account().to_canonical_json(), final_bytes.clone(), "redo all gives the final bytes");
        if made > 0 {
            prop_assert_eq!(disk.saves.borrow().last().cloned(), Some(final_bytes.clone()));
        }
    }
}
