//! Two colleagues with clones of one account edit it at the same time in every way the
//! team issue lists (different people, one person's different fields, the same field,
//! a delete against an edit, a link to someone the other deleted, both adding people),
//! then both run `dmu sync`, in either order, with the real `git`. They end up with the
//! same file holding all their changes, the real conflicts recorded, a file `dmu check`
//! accepts, `git log -p` reading as sentences, and `dmu changes` telling each what the
//! other did.

mod common;

use common::git_team::{Team, two_colleagues};
use dmu::change::ChangeSet;
use dmu::change::history::{Stamp, recorded};
use dmu::model::{Account, Influence, Link, LinkKind, Person, Stance, now_utc, ops};
use std::fs;
use std::path::Path;

/// One edit of the demo account in `data`, as the app makes it: the change set with its
/// history entries, by `by`, saved canonically.
fn edit_as(data: &Path, by: &str, note: Option<&str>, f: impl FnOnce(&Account) -> ChangeSet) {
    let path = data.join("accounts/demo.json");
    let mut a = dmu::store::load_file(&path).unwrap();
    let stamp = Stamp { by: Some(by.into()), at: now_utc(), note: note.map(Into::into) };
    let cs = recorded(f(&a), &a, &stamp);
    cs.apply(&mut a).unwrap();
    fs::write(&path, a.to_canonical_json()).unwrap();
}

fn person(a: &Account, id: &str) -> Person {
    a.person(id).unwrap().clone()
}

fn anna_edits(data: &Path) {
    edit_as(data, "t-anna", Some("Backed our proposal in the steering meeting"), |a| {
        ops::update_person(a, Person { stance: Stance::Neutral, ..person(a, "p-kuznetsova") }).unwrap()
    });
    edit_as(data, "t-anna", None, |a| {
        ops::update_person(a, Person { influence: Influence(5), ..person(a, "p-ivanov") }).unwrap()
    });
    edit_as(data, "t-anna", None, |a| {
        ops::update_person(a, Person { stance: Stance::Supporter, ..person(a, "p-orlova") }).unwrap()
    });
    edit_as(data, "t-anna", None, |a| ops::delete_person(a, "p-fedorov").unwrap());
    edit_as(data, "t-anna", None, |a| ops::delete_person(a, "p-novak").unwrap());
    edit_as(data, "t-anna", None, |a| ops::add_person(a, Person::new("p-new-anna", "Игорь Белов")));
}

fn omar_edits(data: &Path) {
    edit_as(data, "t-omar", None, |a| {
        ops::update_person(a, Person { stance: Stance::Supporter, ..person(a, "p-morozov") }).unwrap()
    });
    edit_as(data, "t-omar", None, |a| {
        ops::update_person(
            a,
            Person { title: Some("Chief Engineer, Plant 2".into()), ..person(a, "p-ivanov") },
        )
        .unwrap()
    });
    edit_as(data, "t-omar", None, |a| {
        ops::update_person(a, Person { stance: Stance::Skeptic, ..person(a, "p-orlova") }).unwrap()
    });
    edit_as(data, "t-omar", None, |a| {
        ops::update_person(a, Person { title: Some("Head of IT".into()), ..person(a, "p-fedorov") }).unwrap()
    });
    edit_as(data, "t-omar", None, |a| {
        let link = Link {
            from: "p-novak".into(),
            to: "p-weber".into(),
            kind: LinkKind::Influences,
            strength: None,
            extra: Default::default(),
        };
        ops::add_link(a, link).unwrap()
    });
    edit_as(data, "t-omar", None, |a| ops::add_person(a, Person::new("p-new-omar", "Chen Wei")));
}

/// Both edit, both sync (`first` syncs first), then `first` again to take the merge.
fn scenario(anna_first: bool) {
    let team = Team::new();
    let (_, anna, omar) = two_colleagues(&team);
    anna_edits(&anna);
    omar_edits(&omar);
    let (first, second) = if anna_first { (&anna, &omar) } else { (&omar, &anna) };
    team.ok(first, &["sync"]);
    let out = team.ok(second, &["sync"]);
    assert!(out.contains("Volga Pipe Works: 3 conflicts"), "{out}");
    team.ok(first, &["sync"]);

    let file = |d: &Path| fs::read(d.join("accounts/demo.json")).unwrap();
    assert_eq!(file(&anna), file(&omar), "both end with the same file");
    let a = dmu::store::load_file(&anna.join("accounts/demo.json")).unwrap();

    // Every change of both is there.
    assert_eq!(person(&a, "p-kuznetsova").stance, Stance::Neutral);
    assert_eq!(person(&a, "p-ivanov").influence, Influence(5));
    assert_eq!(person(&a, "p-ivanov").title.as_deref(), Some("Chief Engineer, Plant 2"));
    assert_eq!(person(&a, "p-morozov").stance, Stance::Supporter);
    assert!(a.person("p-new-anna").is_some() && a.person("p-new-omar").is_some());
    // A delete against an edit keeps the edited person; a link to someone deleted
    // brings them back; both are recorded, as is the stance set two ways.
    assert_eq!(person(&a, "p-fedorov").title.as_deref(), Some("Head of IT"));
    assert!(a.person("p-novak").is_some());
    assert!(a.links.iter().any(|l| l.from == "p-novak" && l.to == "p-weber"));
    let mut paths: Vec<&str> = a.conflicts.iter().map(|c| c.path.as_str()).collect();
    paths.sort();
    assert_eq!(paths, ["people/p-fedorov", "people/p-novak", "people/p-orlova/stance"]);
    let stance = a.conflicts.iter().find(|c| c.path == "people/p-orlova/stance").unwrap();
    // The one who merged (the second to sync) kept their own value.
    let (kept, other) = if anna_first { ("skeptic", "supporter") } else { ("supporter", "skeptic") };
    assert_eq!(
        (stance.kept.as_str(), stance.ours.as_str(), stance.theirs.as_str()),
        ("ours", Some(kept), Some(other))
    );
    assert_eq!(person(&a, "p-orlova").stance.key(), kept);
    // The history is the union of both, in time order (Omar's two title edits are not
    // judgements, so not recorded).
    let by = |who: &str| a.history.iter().filter(|h| h.by.as_deref() == Some(who)).count();
    assert!(by("t-anna") >= 6 && by("t-omar") == 4, "{} {}", by("t-anna"), by("t-omar"));
    assert!(a.history.windows(2).all(|w| w[0].at <= w[1].at));

    // The merged file passes `dmu check`.
    team.ok(&anna, &["check"]);
    // `git log -p` reads as changes, through the diff helper `--init` registered.
    let log = team.git(&omar, &["log", "-p", "--", "accounts/demo.json"]);
    assert!(log.contains("+Ольга Кузнецова: stance neutral"), "{log}");
    assert!(log.contains("Ольга Кузнецова: stance skeptic → neutral (Anna Berg)"), "{log}");
    // Each is told what the other did.
    let changes = team.ok(&omar, &["changes", "--since", "7d"]);
    assert!(changes.contains("Ольга Кузнецова: stance skeptic → neutral (Anna Berg)"), "{changes}");
    assert!(changes.contains("Backed our proposal"), "{changes}");
    let changes = team.ok(&anna, &["changes", "--since", "7d"]);
    assert!(changes.contains("Алексей Морозов: stance neutral → supporter (Omar Haddad)"), "{changes}");
    assert!(changes.contains("3 conflicts"), "{changes}");
}

#[test]
fn two_colleagues_editing_one_account_both_sync_anna_first() {
    scenario(true);
}

#[test]
fn two_colleagues_editing_one_account_both_sync_omar_first() {
    scenario(false);
}
