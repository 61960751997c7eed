//! The Pull view's what-if takes every kind of suggested step exactly: the first key
//! press on a suggested step makes the person what the step leaves them, so the score
//! shown rises by the step's gain; `+` and `-` move a stance one step along
//! `Stance::raised`; and the cards say how sure each judgement is.

mod common;

use common::doubles::{MemLibrary, app, demo, today};
use common::drive::{account, message, run, screen};
use dmu::analysis::{PullConfig, Step, analyze};
use dmu::model::{Account, Basis, Coverage, Index, Link, LinkKind, Person, Role, Stance, Status};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::views::AccountView;
use dmu::tui::views::pull::PullView;

fn pos(a: &Account, id: &str) -> usize {
    a.people.iter().position(|p| p.id == id).unwrap()
}

/// An app with one account open in the Pull view.
fn pull_on(account: Account) -> App {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("acc".into(), Ok(account)));
    let mut a = app(lib);
    run(&mut a, &[Open, ShowView(AccountView::Pull)]);
    a
}

/// Selects a person's card, as a click would.
fn select(app: &mut App, person: usize) {
    if let dmu::tui::app::Screen::Account(s) = &mut app.screen {
        s.pull.select_person(person);
    }
}

fn view(app: &App) -> &PullView {
    &app.open_account().expect("an account is open").pull
}

/// The demo with two people more: a payer nobody has met and whom nobody we know is
/// linked to (a `meet`), and an influencer of the decider 佐藤 健 whom only 佐藤 健
/// knows (an `introduce`).
fn with_strangers() -> Account {
    let mut a = demo();
    let mut bell = Person::new("p-bell", "Amelia Bell");
    bell.roles = vec![Role::Payer];
    bell.influence = dmu::model::Influence(5);
    bell.stance = Stance::Neutral;
    a.people.push(bell);
    let mut marsh = Person::new("p-marsh", "Tom Marsh");
    marsh.roles = vec![Role::Influencer];
    marsh.influence = dmu::model::Influence(5);
    marsh.stance = Stance::Supporter;
    a.people.push(marsh);
    let link = |from: &str, to: &str| Link {
        from: from.into(),
        to: to.into(),
        kind: LinkKind::Influences,
        strength: Some(dmu::model::Strength::Strong),
        extra: Default::default(),
    };
    a.links.push(link("p-sato", "p-marsh"));
    a.links.push(link("p-marsh", "p-bell"));
    // Volkov's support, reported half a year ago: worth verifying (a `verify`).
    let volkov = pos(&a, "p-volkov");
    a.people[volkov].stance = Stance::Supporter;
    a
}

/// Selects the suggested step of `kind` in the Next best panel (which selects its
/// person), opens a what-if and takes the step with its key; returns the step and the
/// score before.
fn take(a: &mut App, kind: Step) -> (dmu::analysis::NextStep, u8) {
    let an = &view(a).computed().unwrap().analysis;
    let k = an.next_best.iter().position(|s| s.step == kind).unwrap_or_else(|| {
        panic!("no {kind:?} among {:?}", an.next_best.iter().map(|s| s.step).collect::<Vec<_>>())
    });
    let step = an.next_best[k].clone();
    let base = an.score;
    run(a, &[SwitchPane, SwitchPane]);
    for _ in 0..k {
        run(a, &[Down]);
    }
    assert_eq!(view(a).selected_person(), Some(step.person));
    run(a, &[WhatIf, TakeStep]);
    (step, base)
}

#[test]
fn taking_a_suggested_meet_verify_or_introduce_raises_the_score_by_its_gain() {
    for kind in [Step::Meet, Step::Verify, Step::Introduce] {
        let original = with_strangers();
        let mut a = pull_on(original.clone());
        let (step, base) = take(&mut a, kind);
        let sc = view(&a).scenario.as_ref().expect("a what-if is open");
        assert_eq!(sc.analysis.score, base + step.gain, "{kind:?}: {}", step.reason);
        assert_eq!(
            sc.account.people[step.person], step.after,
            "{kind:?}: the person as the step leaves them"
        );
        let shown = format!("Pull score {}", sc.delta_text());
        assert!(sc.delta_text().ends_with(&format!("(+{})", step.gain)), "{}", sc.delta_text());
        let s = screen(&mut a, 160, 48);
        assert!(s.contains(&shown), "{kind:?}: {shown}\n{s}");
        assert!(message(&a).starts_with("Took the suggested step on"), "{}", message(&a));
        // Enter applies all of it (stance, basis, date, coverage, contact) as one edit,
        // after a note for the history (none here).
        run(&mut a, &[Submit, Submit]);
        assert_eq!(account(&a).people[step.person], step.after, "{kind:?}");
        assert_eq!(view(&a).computed().unwrap().analysis.score, base + step.gain);
        run(&mut a, &[Undo]);
        assert_eq!(*account(&a), original, "one undo takes the step back");
    }
}

#[test]
fn the_suggested_step_is_what_the_analysis_says_applying_it_gives() {
    // The same figure the what-if shows: the account with `after` in place, analysed.
    let a = with_strangers();
    let cfg = PullConfig::for_account(&a).unwrap();
    let an = analyze(&a, &Index::new(&a), &cfg, today());
    assert!(an.next_best.iter().any(|s| s.step == Step::Meet && a.people[s.person].id == "p-bell"));
    for step in &an.next_best {
        let mut b = a.clone();
        b.people[step.person] = step.after.clone();
        assert_eq!(
            analyze(&b, &Index::new(&b), &cfg, today()).score,
            an.score + step.gain,
            "{}",
            step.reason
        );
    }
}

#[test]
fn plus_on_a_skeptic_gives_neutral_and_minus_mirrors_it() {
    let mut acc = demo();
    let erik = pos(&acc, "p-lindqvist");
    assert_eq!(acc.people[erik].stance, Stance::Skeptic);
    // No team: no step is suggested, so + is the plain one-step raise.
    acc.team.clear();
    for p in &mut acc.people {
        p.coverage.clear();
    }
    let mut a = pull_on(acc.clone());
    select(&mut a, erik);
    run(&mut a, &[WhatIf, RaiseStance]);
    let sc = view(&a).scenario.as_ref().unwrap();
    assert_eq!(sc.account.people[erik].stance, Stance::Neutral, "skeptic → neutral, not unknown");
    assert_eq!(sc.account.people[erik].stance_on, Some(today()), "a changed stance is dated today");
    run(&mut a, &[LowerStance]);
    let sc = view(&a).scenario.as_ref().unwrap();
    assert_eq!(sc.account.people[erik].stance, Stance::Skeptic);
    assert_eq!(sc.account.people[erik].stance_on, acc.people[erik].stance_on, "back where it was, date too");
    assert!(sc.changes.is_empty(), "{:?}", sc.changes);
    run(&mut a, &[LowerStance, LowerStance]);
    assert_eq!(view(&a).scenario.as_ref().unwrap().account.people[erik].stance, Stance::Opponent);
    assert!(message(&a).contains("already an opponent"), "{}", message(&a));
}

#[test]
fn plus_on_a_suggested_neutralise_takes_the_whole_step() {
    let acc = demo();
    let mut a = pull_on(acc.clone());
    let an = view(&a).computed().unwrap().analysis.clone();
    let Some(step) = an.next_best.iter().find(|s| s.step == Step::Neutralise) else {
        panic!("the demo has a blocker to neutralise: {:?}", an.next_best)
    };
    assert!(matches!(acc.people[step.person].stance, Stance::Skeptic | Stance::Opponent));
    select(&mut a, step.person);
    run(&mut a, &[WhatIf, RaiseStance]);
    let sc = view(&a).scenario.as_ref().unwrap();
    assert_eq!(sc.account.people[step.person], step.after);
    assert_eq!(sc.analysis.score, an.score + step.gain);
    assert_eq!(sc.account.people[step.person].stance, Stance::Neutral);
}

#[test]
fn the_next_best_panel_says_each_step_in_a_few_words() {
    let mut a = pull_on(with_strangers());
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("meet Amelia Bell"), "{s}");
    assert!(s.contains("verify "), "{s}");
    let full = screen(&mut a, 80, 40);
    assert!(
        full.contains("introduce: 佐藤 健 → Tom Marsh") || full.contains("introduce: 佐藤 健 →"),
        "{full}"
    );
}

/// The demo with judgements of every kind of sureness: Иванов's champion is a guess,
/// Кузнецова's skeptic was reported 140 days ago, Волков leaves on 2027-04-01, Weber
/// has left, 佐藤 was seen today, Попова is new since a day after her judgement.
fn with_doubts() -> Account {
    let mut a = demo();
    let day = |s: &str| Some(s.parse().unwrap());
    let p = |a: &mut Account, id: &str| pos(a, id);
    let i = p(&mut a, "p-ivanov");
    a.people[i].stance_basis = Some(Basis::Assumed);
    let i = p(&mut a, "p-kuznetsova");
    a.people[i].stance_basis = Some(Basis::Reported);
    a.people[i].stance_on = day("2026-07-10");
    // Settled in (the demo has her new), so her card tells the basis and the age.
    a.people[i].status = None;
    a.people[i].status_on = None;
    let i = p(&mut a, "p-volkov");
    a.people[i].status = Some(Status::Leaving);
    a.people[i].status_on = day("2027-04-01");
    let i = p(&mut a, "p-weber");
    a.people[i].status = Some(Status::Left);
    a.people[i].status_on = day("2026-10-01");
    let i = p(&mut a, "p-sato");
    a.people[i].stance_basis = Some(Basis::Observed);
    a.people[i].stance_on = Some(today());
    let i = p(&mut a, "p-popova");
    a.people[i].status = Some(Status::New);
    a.people[i].status_on = day("2026-11-02");
    a.people[i].coverage.push(Coverage {
        member: a.team[0].id.clone(),
        strength: Default::default(),
        extra: Default::default(),
    });
    a
}

#[test]
fn cards_say_how_sure_each_judgement_is() {
    let mut a = pull_on(with_doubts());
    let s = screen(&mut a, 160, 48);
    for words in [
        "assumed",
        "reported 140d",
        "observed today",
        "leaves 2027-04-01",
        "left 2026-10-01",
        "new since 2026-11-02",
        "undated",
    ] {
        assert!(s.contains(words), "`{words}` on a card:\n{s}");
    }
    // One-line cards mark the unsure, the leaving and the gone.
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("Пётр Иванов?"), "{s}");
    assert!(s.contains('»') && s.contains('×'), "{s}");
    assert!(s.contains("% sure"), "the chains say how sure they are:\n{s}");
}

#[test]
fn snapshots_of_a_pull_view_with_doubts() {
    let mut a = pull_on(with_doubts());
    insta::assert_snapshot!("pull_doubts_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("pull_doubts_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[SwitchPane, SwitchPane, WhatIf]);
    insta::assert_snapshot!("pull_doubts_what_if_80x24", screen(&mut a, 80, 24));
    run(&mut a, &[TakeStep]);
    insta::assert_snapshot!("pull_doubts_step_taken_160x48", screen(&mut a, 160, 48));
}

#[test]
fn when_no_step_raises_the_score_the_panel_says_what_would() {
    // Nobody decides in this copy of the demo: no step can raise the score, and the
    // panel names the missing role instead of a bare "no step".
    let mut a = demo();
    for p in &mut a.people {
        p.roles.retain(|r| *r != Role::Decider);
    }
    let mut app = pull_on(a);
    let s = screen(&mut app, 160, 48);
    assert!(s.contains("No single step raises the score: nobody is recorded as a"), "{s}");
}
