//! `dmu merge-driver %O %A %B %P` on the real binary, as git calls it: the merged
//! account is written over %A with exit 0 (conflicts recorded in the file), or %A is
//! left alone with exit 1 and the reason on stderr.

mod common;

use common::cli::dmu;
use dmu::model::{Account, Link, LinkKind, Person, Stance, ops};
use dmu::store::load_bytes;
use std::path::Path;
use std::process::Output;

const DEMO: &str = include_str!("../assets/demo.json");

fn demo() -> Account {
    serde_json::from_str(DEMO).unwrap()
}

fn person<'a>(a: &'a mut Account, id: &str) -> &'a mut Person {
    a.people.iter_mut().find(|p| p.id == id).unwrap()
}

/// What the driver did: its output, and %A before and after.
struct Run {
    out: Output,
    before: Vec<u8>,
    after: Vec<u8>,
}

impl Run {
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.out.stderr).into_owned()
    }

    /// The merged account, loaded with the strict loader (so it is valid).
    fn merged(&self) -> Account {
        assert!(self.out.status.success(), "exit {:?}: {}", self.out.status.code(), self.stderr());
        load_bytes(Path::new("volga.json"), &self.after).unwrap_or_else(|e| panic!("{e}"))
    }
}

/// Runs the driver on three versions (`None`: no base file at all).
fn driver(base: Option<&[u8]>, ours: &[u8], theirs: &[u8]) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    let (o, a, b) = (
        tmp.path().join(".merge_file_O"),
        tmp.path().join(".merge_file_A"),
        tmp.path().join(".merge_file_B"),
    );
    if let Some(base) = base {
        std::fs::write(&o, base).unwrap();
    }
    std::fs::write(&a, ours).unwrap();
    std::fs::write(&b, theirs).unwrap();
    let arg = |p: &Path| p.to_str().unwrap().to_string();
    let out = dmu(tmp.path(), &["merge-driver", &arg(&o), &arg(&a), &arg(&b), "accounts/volga.json"]);
    Run { out, before: ours.to_vec(), after: std::fs::read(&a).unwrap() }
}

fn merge3(base: &Account, ours: &Account, theirs: &Account) -> Run {
    driver(Some(&base.to_canonical_json()), &ours.to_canonical_json(), &theirs.to_canonical_json())
}

#[test]
fn edits_of_different_people_are_both_kept_quietly() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    person(&mut ours, "p-volkov").stance = Stance::Supporter;
    person(&mut theirs, "p-weber").title = Some("Head of Purchasing".into());
    let run = merge3(&base, &ours, &theirs);
    let m = run.merged();
    assert_eq!(m.person("p-volkov").unwrap().stance, Stance::Supporter);
    assert_eq!(m.person("p-weber").unwrap().title.as_deref(), Some("Head of Purchasing"));
    assert!(m.conflicts.is_empty());
    assert_eq!(run.stderr(), "");
    // Written canonically.
    assert_eq!(m.to_canonical_json(), run.after);
}

#[test]
fn different_fields_of_one_person_are_both_kept() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    person(&mut ours, "p-sato").stance = Stance::Champion;
    person(&mut theirs, "p-sato").email = Some("sato@volga.example".into());
    let m = merge3(&base, &ours, &theirs).merged();
    let sato = m.person("p-sato").unwrap();
    assert_eq!((sato.stance, sato.email.as_deref()), (Stance::Champion, Some("sato@volga.example")));
    assert!(m.conflicts.is_empty());
}

#[test]
fn the_same_field_changed_two_ways_is_recorded_and_exits_0() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    person(&mut ours, "p-weber").stance = Stance::Neutral;
    person(&mut theirs, "p-weber").stance = Stance::Skeptic;
    ours.notes = Some("ours".into());
    theirs.notes = Some("theirs".into());
    let run = merge3(&base, &ours, &theirs);
    let m = run.merged();
    assert_eq!(m.person("p-weber").unwrap().stance, Stance::Neutral);
    assert_eq!(m.notes.as_deref(), Some("ours"));
    let paths: Vec<&str> = m.conflicts.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["notes", "people/p-weber/stance"]);
    assert!(m.conflicts.iter().all(|c| c.kept == "ours" && c.at.ends_with('Z')));
    assert_eq!(m.conflicts[1].theirs, "skeptic");
    // Valid JSON that any tool reads.
    let v: serde_json::Value = serde_json::from_slice(&run.after).unwrap();
    assert_eq!(v["conflicts"][1]["ours"], "neutral");
    assert_eq!(
        run.stderr(),
        "dmu: merged accounts/volga.json, 2 conflicts recorded: open it in dmu to decide\n"
    );
}

#[test]
fn a_person_deleted_on_one_side_and_edited_on_the_other_stays() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ops::delete_person(&theirs, "p-novak").unwrap().apply(&mut theirs).unwrap();
    person(&mut ours, "p-novak").stance = Stance::Supporter;
    let m = merge3(&base, &ours, &theirs).merged();
    assert_eq!(m.person("p-novak").unwrap().stance, Stance::Supporter);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!((m.conflicts[0].path.as_str(), m.conflicts[0].kept.as_str()), ("people/p-novak", "ours"));
    assert!(m.conflicts[0].theirs.is_null());
}

#[test]
fn a_person_deleted_on_one_side_and_linked_on_the_other_comes_back() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ops::delete_person(&ours, "p-fedorov").unwrap().apply(&mut ours).unwrap();
    let link = Link {
        from: "p-fedorov".into(),
        to: "p-ivanov".into(),
        kind: LinkKind::Influences,
        strength: None,
        extra: Default::default(),
    };
    ops::add_link(&theirs, link).unwrap().apply(&mut theirs).unwrap();
    let m = merge3(&base, &ours, &theirs).merged();
    assert!(m.person("p-fedorov").is_some());
    assert!(m.links.iter().any(|l| l.from == "p-fedorov" && l.to == "p-ivanov"));
    let c = &m.conflicts[0];
    assert_eq!((c.path.as_str(), c.kept.as_str()), ("people/p-fedorov", "theirs"));
    assert!(c.rule.as_deref().is_some_and(|r| r.contains("still needs them")), "{:?}", c.rule);
}

#[test]
fn people_added_on_both_sides_are_all_kept() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.people.push(Person::new("p-new-ours-1a2b", "Olga Ours"));
    theirs.people.push(Person::new("p-new-theirs-3c4d", "Tom Theirs"));
    theirs.people.push(Person::new("p-new-theirs-5e6f", "Tina Theirs"));
    let m = merge3(&base, &ours, &theirs).merged();
    assert_eq!(m.people.len(), base.people.len() + 3);
    let last: Vec<&str> = m.people[base.people.len()..].iter().map(|p| p.id.as_str()).collect();
    assert_eq!(last, ["p-new-ours-1a2b", "p-new-theirs-3c4d", "p-new-theirs-5e6f"]);
    assert!(m.conflicts.is_empty());
}

#[test]
fn a_reporting_circle_made_by_the_two_sides_drops_their_line() {
    let base = demo();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let rt = |from: &str, to: &str| Link {
        from: from.into(),
        to: to.into(),
        kind: LinkKind::ReportsTo,
        strength: None,
        extra: Default::default(),
    };
    // Each side alone is fine: Novak also reports to Garcia (ours), Garcia also reports
    // to Novak (theirs). Together they make a circle.
    ops::add_link(&ours, rt("p-novak", "p-garcia")).unwrap().apply(&mut ours).unwrap();
    ops::add_link(&theirs, rt("p-garcia", "p-novak")).unwrap().apply(&mut theirs).unwrap();
    let m = merge3(&base, &ours, &theirs).merged();
    let has =
        |f: &str, t: &str| m.links.iter().any(|l| l.from == f && l.to == t && l.kind == LinkKind::ReportsTo);
    assert!(has("p-novak", "p-garcia"));
    assert!(!has("p-garcia", "p-novak"));
    let c = &m.conflicts[..];
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].path.as_str(), c[0].kept.as_str()), ("links/p-garcia>p-novak>reports_to", "ours"));
    let rule = c[0].rule.as_deref().unwrap_or_default();
    assert!(
        rule.contains("(Maria Garcia (p-garcia) → Jan Novák (p-novak) → Maria Garcia (p-garcia):"),
        "{rule}"
    );
}

#[test]
fn a_version_with_conflict_markers_fails_and_leaves_ours_alone() {
    let base = demo();
    let mut ours = base.clone();
    person(&mut ours, "p-volkov").stance = Stance::Supporter;
    let marked = DEMO.replacen(
        "  \"name\": \"Volga Pipe Works\",\n",
        "<<<<<<< HEAD\n  \"name\": \"A\",\n=======\n  \"name\": \"B\",\n>>>>>>> other\n",
        1,
    );
    let run = driver(Some(&base.to_canonical_json()), &ours.to_canonical_json(), marked.as_bytes());
    assert_eq!(run.out.status.code(), Some(1), "{}", run.stderr());
    assert_eq!(run.after, run.before, "ours is untouched");
    let err = run.stderr();
    assert!(err.starts_with("dmu: could not merge accounts/volga.json: the other version, line 4"), "{err}");
    assert!(err.contains("conflict markers") && err.contains("left as it was"), "{err}");

    // Not JSON at all.
    let run = driver(Some(&base.to_canonical_json()), b"{ \"schema\": 1,", &ours.to_canonical_json());
    assert_eq!(run.out.status.code(), Some(1));
    assert_eq!(run.after, run.before);
    assert!(run.stderr().contains("your version"), "{}", run.stderr());
}

#[test]
fn an_empty_or_missing_base_merges_two_added_files() {
    let mut ours = demo();
    let mut theirs = demo();
    person(&mut ours, "p-volkov").stance = Stance::Supporter;
    theirs.people.push(Person::new("p-extra-0a0b", "Extra"));
    for base in [Some(&b""[..]), None] {
        let run = driver(base, &ours.to_canonical_json(), &theirs.to_canonical_json());
        let m = run.merged();
        assert!(m.person("p-extra-0a0b").is_some());
        assert_eq!(m.person("p-volkov").unwrap().stance, Stance::Supporter);
        // Volkov was added by both sides, differently: recorded, with no base value.
        let paths: Vec<&str> = m.conflicts.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["people/p-volkov"]);
        assert!(m.conflicts[0].base.is_null());
    }
}

#[test]
fn the_driver_is_listed_in_the_help_and_documented_in_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let main = dmu(tmp.path(), &["--help"]);
    let text = String::from_utf8_lossy(&main.stdout);
    assert!(
        text.contains("merge-driver  Merge two changed copies of an account file (git's merge driver)"),
        "{text}"
    );
    let own = dmu(tmp.path(), &["merge-driver", "--help"]);
    assert!(own.status.success());
    let text = String::from_utf8_lossy(&own.stdout);
    assert!(text.contains("git config merge.dmu.driver \"dmu merge-driver %O %A %B %P\""), "{text}");
    assert!(text.contains("Merges OURS and THEIRS"), "{text}");
}
