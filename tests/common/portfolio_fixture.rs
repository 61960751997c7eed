//! A small data folder of four accounts and one file that does not load
//! (`yamal-gas.json`), for the portfolio, agenda and team tests (judged on 2026-11-27).
//! Hand figures: revenue 850,000 (Volga, the demo) + 1,200,000 (Nordic) + 150,000
//! (Baltic) + 300,000 (Karelia) = 2,500,000; top account 48%, top three 94%, HHI
//! 48² + 34² + 12² + 6² = 3,640.

use std::path::Path;

const NORDIC: &str = r#"{
  "schema": 1, "id": "acc-nordic", "name": "Nordic Steel", "tier": "key", "currency": "EUR",
  "annual_revenue": 1200000, "potential": 1500000,
  "team": [
    {"id": "t-anna", "name": "Anna Berg", "function": "sales"},
    {"id": "t-olav", "name": "Olav Lind", "function": "technical"}
  ],
  "people": [
    {"id": "p-eva", "name": "Eva Holm", "title": "CFO", "roles": ["payer", "decider"], "stance": "skeptic",
     "influence": 5, "last_contact": "2026-11-02"},
    {"id": "p-jon", "name": "Jon Dahl", "title": "Plant manager", "roles": ["user", "influencer"],
     "stance": "supporter", "influence": 3, "coverage": [{"member": "t-olav", "strength": "strong"}],
     "last_contact": "2026-11-24"}
  ],
  "actions": [
    {"id": "f-eva-call", "text": "Call Eva about the budget", "owner": "t-anna", "person": "p-eva", "due": "2026-11-18"},
    {"id": "f-spec", "text": "Send the line spec", "owner": "t-olav", "person": "p-jon", "due": "2026-12-03"},
    {"id": "f-old", "text": "Old visit report", "owner": "t-anna", "due": "2026-10-01", "done": "2026-10-02"}
  ],
  "demands": [
    {"id": "d-1", "date": "2026-11-20", "text": "Free spare parts", "kind": "service", "granted": true},
    {"id": "d-2", "date": "2026-10-15", "text": "Five percent off", "kind": "price", "granted": true},
    {"id": "d-3", "date": "2026-09-10", "text": "Longer warranty", "kind": "terms", "granted": false},
    {"id": "d-4", "date": "2026-07-01", "text": "Extra training", "kind": "service", "granted": false}
  ]
}
"#;

const BALTIC: &str = r#"{
  "schema": 1, "id": "acc-baltic", "name": "Baltic Foods", "tier": "growth", "currency": "EUR",
  "annual_revenue": 150000, "potential": 3000000,
  "team": [{"id": "t-a", "name": "Anna Berg", "function": "sales"}],
  "people": [
    {"id": "p-mia", "name": "Mia Ozols", "title": "Buyer", "roles": ["buyer"], "stance": "neutral",
     "coverage": [{"member": "t-a", "strength": "medium"}], "last_contact": "2026-06-01"}
  ],
  "actions": [
    {"id": "f-visit", "text": "Plan a visit to Riga", "owner": "t-a", "person": "p-mia", "due": "2026-11-30"}
  ]
}
"#;

const KARELIA: &str = r#"{
  "schema": 1, "id": "acc-karelia", "name": "Karelia Paper", "tier": "maintain", "currency": "EUR",
  "annual_revenue": 300000, "potential": 100000,
  "team": [{"id": "t-ben", "name": "Ben Cole", "function": "service"}],
  "people": [
    {"id": "p-ivo", "name": "Ivo Laine", "title": "Maintenance lead", "roles": ["user", "decider", "payer"],
     "stance": "champion", "influence": 4, "coverage": [{"member": "t-ben", "strength": "strong"}],
     "last_contact": "2026-11-25"}
  ]
}
"#;

/// Writes the folder under `root` (the `accounts/` inside it).
pub fn write(root: &Path) {
    let dir = root.join("accounts");
    std::fs::create_dir_all(&dir).unwrap();
    let files = [
        ("volga-pipe-works", include_str!("../../assets/demo.json")),
        ("nordic-steel", NORDIC),
        ("baltic-foods", BALTIC),
        ("karelia-paper", KARELIA),
        ("yamal-gas", "{\n  \"schema\": 1,\n  \"id\": \"x\"\n  \"name\": \"Yamal Gas\"\n}\n"),
    ];
    for (slug, text) in files {
        std::fs::write(dir.join(format!("{slug}.json")), text).unwrap();
    }
}

/// The same folder in memory for [`super::doubles::MemLibrary`], in the order a scan
/// lists it (by account name, the broken file last).
///
/// The broken file's problem is the fake library's own text, in English: it is test
/// data here, as a real file's problem is the store's.
pub fn library() -> super::doubles::MemLibrary {
    let lib = super::doubles::MemLibrary::default();
    let parse = |t: &str| Ok(serde_json::from_str::<dmu::model::Account>(t).unwrap());
    let mut files = lib.files.borrow_mut();
    files.push(("baltic-foods".into(), parse(BALTIC)));
    files.push(("karelia-paper".into(), parse(KARELIA)));
    files.push(("nordic-steel".into(), parse(NORDIC)));
    files.push(("volga-pipe-works".into(), Ok(super::doubles::demo())));
    files.push(("yamal-gas".into(), Err(BROKEN.into())));
    drop(files);
    lib
}

/// What the fake library says is wrong with `yamal-gas.json`.
pub const BROKEN: &str = "line 4, column 3: this is not valid JSON: expected `,` or `}`";
