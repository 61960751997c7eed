//! The demo account tells a sensible story: a score, red flags and a next best contact.

use dmu::analysis::{FlagCode, PullConfig, analyze, report_json, report_text};
use dmu::model::{Account, Date, Index};

fn demo() -> Account {
    serde_json::from_str(include_str!("../assets/demo.json")).unwrap()
}

#[test]
fn the_demo_account_tells_a_story() {
    let a = demo();
    let cfg = PullConfig::for_account(&a).unwrap();
    let an = analyze(&a, &Index::new(&a), &cfg, "2026-11-27".parse::<Date>().unwrap());
    println!("{}", report_text(&a, &an));
    println!("{}", serde_json::to_string_pretty(&report_json(&a, &an)).unwrap());
    assert!(!an.red_flags.is_empty());
    assert!(!an.next_best.is_empty());
    let _ = FlagCode::ALL;
}
