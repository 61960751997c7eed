//! An account for the deal tests: Ural Steel, four people and no deals yet. Gleb is the
//! account's decider; the tests add a furnace deal whose decider is Ivan and a spare
//! parts deal whose decider is Petr, through the forms.

use std::path::Path;

/// The account file.
pub const URAL: &str = r#"{
  "schema": 1,
  "id": "ural-steel",
  "name": "Ural Steel",
  "tier": "key",
  "currency": "EUR",
  "team": [{"id": "t-anna", "name": "Anna Berg", "function": "sales"}],
  "people": [
    {"id": "p-gleb", "name": "Gleb Smirnov", "title": "Plant Director", "roles": ["decider"],
     "stance": "neutral", "influence": 5},
    {"id": "p-ivan", "name": "Ivan Petrov", "title": "Chief Engineer", "roles": ["influencer"],
     "stance": "supporter", "influence": 4, "coverage": [{"member": "t-anna", "strength": "strong"}],
     "last_contact": "2026-11-20"},
    {"id": "p-olga", "name": "Olga Orlova", "title": "CFO", "roles": ["payer"],
     "stance": "neutral", "influence": 5},
    {"id": "p-petr", "name": "Petr Sidorov", "title": "Head of Maintenance", "roles": ["user"],
     "stance": "champion", "influence": 3, "coverage": [{"member": "t-anna", "strength": "medium"}],
     "last_contact": "2026-11-25"}
  ],
  "links": [
    {"from": "p-ivan", "to": "p-gleb", "kind": "reports_to"},
    {"from": "p-olga", "to": "p-gleb", "kind": "reports_to"},
    {"from": "p-petr", "to": "p-ivan", "kind": "influences", "strength": "strong"},
    {"from": "p-ivan", "to": "p-gleb", "kind": "influences", "strength": "medium"},
    {"from": "p-ivan", "to": "p-olga", "kind": "influences", "strength": "weak"}
  ]
}
"#;

/// The account, parsed.
pub fn account() -> dmu::model::Account {
    serde_json::from_str(URAL).unwrap()
}

/// A library in memory holding only Ural Steel.
pub fn library() -> super::doubles::MemLibrary {
    let lib = super::doubles::MemLibrary::default();
    lib.files.borrow_mut().push(("ural-steel".into(), Ok(account())));
    lib
}

/// Writes a data folder under `root` holding only Ural Steel.
pub fn write(root: &Path) {
    let dir = root.join("accounts");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ural-steel.json"), URAL).unwrap();
}
