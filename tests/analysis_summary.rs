//! The portfolio's short analysis (score and red flags) agrees with the full one.

use dmu::analysis::{PullConfig, analyze, score_and_flags};
use dmu::model::{Date, Index};

#[test]
fn the_short_analysis_gives_the_full_analysis_score_and_flags() {
    let today: Date = "2026-11-27".parse().unwrap();
    let mut scores = Vec::new();
    for (people, seed) in [(3, 1), (12, 2), (50, 3), (50, 4), (200, 5), (400, 6), (1_000, 7)] {
        let a = dmu::generate::account(people, seed);
        let (ix, cfg) = (Index::new(&a), PullConfig::for_account(&a).unwrap());
        let full = analyze(&a, &ix, &cfg, today);
        let (score, flags) = score_and_flags(&a, &ix, &cfg, today);
        assert_eq!((score, &flags), (full.score, &full.red_flags), "{people} people, seed {seed}");
        scores.push(score);
    }
    assert!(scores.iter().any(|&s| s > 0), "some accounts are reached at all: {scores:?}");
}
