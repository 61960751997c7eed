use super::*;
use crate::model::{Index, validate};

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() {
    assert_eq!(account(300, 7).to_canonical_json(), account(300, 7).to_canonical_json());
    assert_ne!(account(300, 7).to_canonical_json(), account(300, 8).to_canonical_json());

    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let first = portfolio(one.path(), 3, 40, 11).unwrap();
    let second = portfolio(two.path(), 3, 40, 11).unwrap();
    assert_eq!(first.len(), 3);
    for (a, b) in first.iter().zip(&second) {
        assert_eq!(a.file_name(), b.file_name());
        assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    }
}

#[test]
fn every_generated_account_is_valid() {
    for people in [0, 1, 2, 6, 7, 50, 500, 3000] {
        for seed in [1, 2, 3] {
            let a = account(people, seed);
            assert_eq!(a.people.len(), people);
            assert_eq!(validate(&a), vec![], "{people} people, seed {seed}");
        }
    }
}

#[test]
fn a_portfolio_is_a_data_folder_of_distinct_valid_canonical_files() {
    let dir = tempfile::tempdir().unwrap();
    let paths = portfolio(dir.path(), 12, 20, 5).unwrap();
    let mut ids = HashSet::new();
    let mut tiers = HashSet::new();
    for p in &paths {
        assert_eq!(p.parent().unwrap(), dir.path().join("accounts"));
        let bytes = std::fs::read(p).unwrap();
        let a: Account = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(a.to_canonical_json(), bytes, "{} is not canonical", p.display());
        assert_eq!(validate(&a), vec![]);
        assert!(ids.insert(a.id.clone()), "id {} twice", a.id);
        tiers.insert(a.tier);
    }
    assert!(tiers.len() >= 3, "tiers should vary: {tiers:?}");
}

#[test]
fn a_large_account_looks_like_a_real_buying_organisation() {
    let a = account(2000, 42);
    let ix = Index::new(&a);

    for &r in Role::ALL {
        assert!(a.people.iter().any(|p| p.has(r)), "no {r}");
    }
    for &s in Stance::ALL {
        assert!(a.people.iter().any(|p| p.stance == s), "no {s}");
    }
    assert!(a.people.iter().filter(|p| p.roles.len() > 1).count() > 50, "too few multi-role people");
    for &f in Function::ALL {
        assert!(a.team.iter().any(|m| m.function == f), "no {f} on the team");
    }
    assert!((5..=8).contains(&a.team.len()));

    // About three influence links per person, of every strength.
    let influences: Vec<&Link> = a.links.iter().filter(|l| l.kind == LinkKind::Influences).collect();
    let per_person = influences.len() as f64 / 2000.0;
    assert!((2.5..=3.5).contains(&per_person), "{per_person} influence links per person");
    for &s in Strength::ALL {
        assert!(influences.iter().any(|l| l.strength() == s), "no {s} influence");
    }

    // A tree under a few roots, about log n deep.
    let manager = |i: usize| {
        ix.out_links(i)
            .iter()
            .map(|&l| &a.links[l])
            .find(|l| l.kind == LinkKind::ReportsTo)
            .map(|l| ix.person(&l.to).unwrap())
    };
    let roots = (0..2000).filter(|&i| manager(i).is_none()).count();
    assert!((1..=5).contains(&roots), "{roots} roots");
    let depth = (0..2000)
        .map(|mut i| {
            let mut d = 0;
            while let Some(m) = manager(i) {
                (i, d) = (m, d + 1);
            }
            d
        })
        .max()
        .unwrap();
    assert!((3..=12).contains(&depth), "depth {depth}");

    // Names in three scripts and a few with emoji; technical departments in two languages.
    let has = |f: fn(char) -> bool| a.people.iter().filter(|p| p.name.chars().any(f)).count();
    assert!(has(|c| ('а'..='я').contains(&c)) > 200, "too few Cyrillic names");
    assert!(has(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) > 50, "too few CJK names");
    assert!(has(|c| c as u32 >= 0x1f300) > 5, "too few names with emoji");
    for d in ["Engineering", "IT", "R&D", "Production", "Maintenance", "Инженерный отдел", "Производство"]
    {
        assert!(a.people.iter().any(|p| p.department.as_deref() == Some(d)), "no one in {d}");
    }

    // Coverage on a fraction of people; contacts over the two years before the as-of date.
    let covered = a.people.iter().filter(|p| !p.coverage.is_empty()).count();
    assert!((200..=1200).contains(&covered), "{covered} covered");
    let contacts: Vec<i32> =
        a.people.iter().filter_map(|p| p.last_contact).map(|d| as_of().days_since(d)).collect();
    assert!(contacts.iter().all(|d| (0..730).contains(d)));
    assert!(contacts.iter().any(|&d| d < 60) && contacts.iter().any(|&d| d > 600));

    assert!(a.follow_ups.len() >= 50 && a.demands.len() >= 5);
    assert!(a.follow_ups.iter().any(|f| f.done.is_some()) && a.follow_ups.iter().any(|f| f.done.is_none()));
    assert!(a.revenue() >= 0.0 && a.potential_value() > a.revenue());
}
