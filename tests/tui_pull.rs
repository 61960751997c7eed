//! The Pull view driven by actions on the demo account: stepping through the stages,
//! the panels selecting people, what-if scenarios that leave the account alone until
//! applied as one undoable edit; snapshots at every stage; every size drawn.

mod common;

use common::drive::{account, message, run, screen};

use common::doubles::{MemLibrary, app, demo};
use dmu::analysis::Stage;
use dmu::model::{Account, Stance};
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::keymap::Mode;
use dmu::tui::views::AccountView;
use dmu::tui::views::pull::{Focus, PullView};

fn pull_app() -> (App, common::doubles::Disk) {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    // The people table's first row, Волков, comes along into the Pull view; step back
    // to the users, where the story starts.
    run(&mut a, &[Open, ShowView(AccountView::Pull), PrevStage, PrevStage, PrevStage, PrevStage]);
    (a, disk)
}

fn view(app: &App) -> &PullView {
    &app.open_account().expect("an account is open").pull
}

fn pos(id: &str) -> usize {
    demo().people.iter().position(|p| p.id == id).unwrap()
}

#[test]
fn the_pull_view_is_key_5_and_tells_the_story_stage_by_stage() {
    let (mut a, _) = pull_app();
    assert_eq!(a.mode(), Mode::Pull);
    let v = view(&a);
    let c = v.computed().expect("analysed on opening the view");
    let score = c.analysis.score;
    assert!(score > 0, "the demo's case reaches its deciders and payers");
    assert_eq!(v.current_stage(), Stage::User);
    let stories: Vec<String> = c.analysis.stages.iter().map(|s| s.sentence.clone()).collect();
    let s = screen(&mut a, 160, 48);
    assert!(s.contains(&format!("Pull score {score}/100")), "{s}");
    assert!(s.contains(" 5 Pull "), "the tab names the key: {s}");
    for (k, story) in stories.iter().enumerate() {
        let shown = screen(&mut a, 160, 48);
        let start: String = story.chars().take(40).collect();
        assert!(shown.contains(&start), "stage {k} tells `{start}`:\n{shown}");
        run(&mut a, &[NextStage]);
    }
    assert_eq!(view(&a).current_stage(), Stage::Other);
    run(&mut a, &[NextStage]);
    assert_eq!(view(&a).current_stage(), Stage::Other, "stepping stops at the last column");
    assert!(screen(&mut a, 160, 48).contains("The push route: we reach Наталья Смирнова"));
    run(&mut a, &[PrevStage, PrevStage, PrevStage, PrevStage, PrevStage]);
    assert_eq!(view(&a).current_stage(), Stage::User);
}

#[test]
fn the_person_selected_in_another_view_comes_along_both_ways() {
    let mut a = app(MemLibrary::with_demo());
    run(&mut a, &[Open, Down, Down, ShowView(AccountView::Pull)]);
    assert_eq!(view(&a).selected_person(), Some(pos("p-sato")));
    assert_eq!(view(&a).current_stage(), Stage::Decider, "佐藤 健 decides");
    run(&mut a, &[NextStage]);
    assert_eq!(view(&a).selected_person(), Some(pos("p-volkov")));
    run(&mut a, &[ShowView(AccountView::People)]);
    assert_eq!(a.open_account().unwrap().people.selected_position(), Some(pos("p-volkov")));
}

#[test]
fn the_analysis_is_computed_once_per_edit_not_per_frame() {
    let (mut a, _) = pull_app();
    let generation = view(&a).computed().unwrap().generation;
    screen(&mut a, 80, 24);
    run(&mut a, &[NextStage, Down, SwitchPane]);
    assert_eq!(view(&a).computed().unwrap().generation, generation);
    run(&mut a, &[Down, WhatIf, RaiseStance, Submit, Submit]); // apply, with no note
    assert_eq!(view(&a).computed().unwrap().generation, generation + 1, "recomputed after the edit");
}

#[test]
fn selecting_a_next_best_contact_selects_and_highlights_the_person() {
    let (mut a, _) = pull_app();
    run(&mut a, &[SwitchPane]);
    assert_eq!(view(&a).focus, Focus::Flags);
    let flag = view(&a).computed().unwrap().analysis.red_flags[0].clone();
    assert_eq!(view(&a).concerned(), flag.people, "the first flag's people are highlighted");
    run(&mut a, &[SwitchPane]);
    assert_eq!(view(&a).focus, Focus::NextBest);
    let next: Vec<usize> = view(&a).computed().unwrap().analysis.next_best.iter().map(|s| s.person).collect();
    assert!(next.len() >= 2, "{next:?}");
    assert_eq!(view(&a).selected_person(), Some(next[0]), "the best step's person");
    let stage = dmu::analysis::stage_of(&demo().people[next[0]]);
    assert_eq!(view(&a).current_stage(), stage);
    assert_eq!(view(&a).concerned(), [next[0]]);
    run(&mut a, &[Down]);
    assert_eq!(view(&a).selected_person(), Some(next[1]), "the second step's person");
    let s = screen(&mut a, 80, 24);
    let mark = match view(&a).computed().unwrap().steps.get(next[1]) {
        Some(k) => format!("▶{}›", k + 1),
        None => "▶  ".to_string(),
    };
    let name: String = demo().people[next[1]].name.chars().take(3).collect();
    assert!(s.contains(&format!("{mark}{name}")), "the card carries the mark and its step on the path:\n{s}");
}

#[test]
fn what_if_raises_volkov_and_esc_leaves_the_account_unchanged() {
    // The view opens on the payers with Волков, the people table's first row.
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    run(&mut a, &[Open, ShowView(AccountView::Pull)]);
    let volkov = pos("p-volkov");
    assert_eq!(view(&a).selected_person(), Some(volkov));
    let base = view(&a).computed().unwrap().analysis.score;
    run(&mut a, &[WhatIf]);
    assert_eq!(a.mode(), Mode::WhatIf);
    run(&mut a, &[RaiseStance]);
    let sc = view(&a).scenario.as_ref().expect("a scenario is open");
    let p = &sc.account.people[volkov];
    assert_eq!(p.stance, Stance::Supporter);
    assert_eq!(p.stance_on, Some(common::doubles::today()), "a changed stance is dated today");
    // The score the what-if shows is the analysis of the account so changed.
    let mut changed = demo();
    changed.people[volkov] = p.clone();
    let cfg = dmu::analysis::PullConfig::for_account(&changed).unwrap();
    let want =
        dmu::analysis::analyze(&changed, &dmu::model::Index::new(&changed), &cfg, common::doubles::today());
    assert_eq!(sc.analysis.score, want.score);
    assert!(sc.analysis.score > base, "a supporter carries more than a neutral");
    let delta = sc.delta_text();
    assert_eq!(delta, format!("{base} → {} (+{})", want.score, want.score - base));
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("WHAT-IF — not saved: Esc leaves, Enter applies"), "{s}");
    assert!(s.contains(&format!("Pull score {delta}")), "{s}");
    assert!(s.contains("Дмитрий Волков: neutral → supporter"), "{s}");
    assert_eq!(*account(&a), demo(), "the session's account is untouched");
    run(&mut a, &[Back]);
    assert!(view(&a).scenario.is_none());
    assert_eq!(a.mode(), Mode::Pull);
    assert_eq!(*account(&a), demo());
    assert!(disk.saves.borrow().is_empty(), "nothing was saved");
    assert!(!a.open_account().unwrap().session.can_undo());
    assert_eq!(view(&a).computed().unwrap().analysis.score, base);
}

#[test]
fn enter_applies_the_scenario_as_one_edit_and_undo_restores() {
    let lib = MemLibrary::with_demo();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    // The view opens on the payers with Волков selected.
    run(&mut a, &[Open, ShowView(AccountView::Pull)]);
    let base = view(&a).computed().unwrap().analysis.score;
    run(&mut a, &[WhatIf, RaiseStance, Down]);
    // Down moves to the next card of the Payers column, Кузнецова: cover her too, so
    // the one edit holds two people.
    assert_eq!(view(&a).selected_person(), Some(pos("p-kuznetsova")));
    run(&mut a, &[CycleCoverage]);
    let tried = view(&a).scenario.as_ref().unwrap().analysis.score;
    run(&mut a, &[Submit, Submit]); // apply, with no note for the history
    assert_eq!(a.mode(), Mode::Pull);
    let after = account(&a).clone();
    assert_eq!(after.people[pos("p-volkov")].stance, Stance::Supporter);
    let cover = &after.people[pos("p-kuznetsova")].coverage;
    assert_eq!(cover.len(), 1, "covered by someone of our team: {cover:?}");
    assert_eq!(disk.last().unwrap(), after, "saved at once");
    assert!(message(&a).starts_with("Apply what-if: Дмитрий Волков: neutral → supporter"), "{}", message(&a));
    assert_eq!(view(&a).computed().unwrap().analysis.score, tried, "the score the what-if showed");
    run(&mut a, &[Undo]);
    assert_eq!(*account(&a), demo(), "one undo takes back the whole scenario");
    assert_eq!(view(&a).computed().unwrap().analysis.score, base);
    run(&mut a, &[Redo]);
    assert_eq!(*account(&a), after);
}

#[test]
fn what_if_on_a_read_only_account_keeps_the_scenario_open() {
    let mut lib = MemLibrary::with_demo();
    lib.read_only = Some(dmu::store::ReadOnly::LockedElsewhere);
    let mut a = app(lib);
    run(&mut a, &[Open, ShowView(AccountView::Pull), SwitchPane, SwitchPane, WhatIf, RaiseStance, Submit]);
    assert!(view(&a).scenario.is_some(), "the tried change is not lost");
    assert_eq!(*account(&a), demo());
    assert!(message(&a).contains("nothing was changed"), "{}", message(&a));
}

#[test]
fn the_model_panel_shows_the_weights() {
    let (mut a, _) = pull_app();
    run(&mut a, &[ToggleModel]);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("link_strong = 1"), "{s}");
    assert!(s.contains("stance_supporter = 0.8"), "{s}");
    run(&mut a, &[ToggleModel]);
    assert!(!screen(&mut a, 80, 24).contains("link_strong"));
    let help = dmu::tui::widgets::help::entries();
    assert!(help.iter().any(|(k, d)| k == "m" && d.contains("model weights")), "listed in the help");
    assert!(help.iter().any(|(k, d)| k == "5" && *d == "Pull"));
}

#[test]
fn the_help_of_the_pull_view_lists_the_accounts_weights() {
    let (mut a, _) = pull_app();
    run(&mut a, &[Help]);
    // Tall enough for the whole help; the model's section comes last.
    let s = screen(&mut a, 100, 400);
    assert!(s.contains("Pull model of this account"), "{s}");
    assert!(s.contains("link_strong = 1"), "{s}");
    assert!(s.contains("stale_days = 60"), "{s}");
    // Elsewhere the help has no model section.
    run(&mut a, &[Back, ShowView(AccountView::People), Help]);
    assert!(!screen(&mut a, 100, 400).contains("Pull model of this account"));
}

#[test]
fn snapshots_of_every_stage_of_the_demo() {
    let (mut a, _) = pull_app();
    for stage in ["users", "influencers", "deciders", "payers", "others"] {
        insta::assert_snapshot!(format!("pull_{stage}_80x24"), screen(&mut a, 80, 24));
        run(&mut a, &[NextStage]);
    }
    let (mut a, _) = pull_app();
    run(&mut a, &[NextStage]);
    insta::assert_snapshot!("pull_influencers_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[SwitchPane, SwitchPane, WhatIf, RaiseStance]);
    insta::assert_snapshot!("pull_what_if_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("pull_what_if_160x48", screen(&mut a, 160, 48));
}

#[test]
fn every_state_draws_at_every_size_without_a_panic() {
    let mut states = Vec::new();
    let (a, _) = pull_app();
    states.push(a);
    for actions in [
        &[NextStage, NextStage, NextStage, NextStage][..],
        &[SwitchPane],
        &[SwitchPane, SwitchPane, WhatIf, RaiseStance, CycleCoverage],
        &[ToggleModel],
    ] {
        let (mut a, _) = pull_app();
        run(&mut a, actions);
        states.push(a);
    }
    for a in &mut states {
        for w in 0..=60 {
            for h in 0..=20 {
                screen(a, w, h);
            }
        }
        let big = screen(a, 300, 100);
        assert!(big.contains("Pull score"));
        let small = screen(a, 39, 20);
        assert!(small.contains("terminal too small"));
    }
}

/// An app with one account open in the Pull view.
fn pull_on(account: Account) -> App {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("acc".into(), Ok(account)));
    let mut a = app(lib);
    run(&mut a, &[Open, ShowView(AccountView::Pull)]);
    a
}

#[test]
fn hostile_and_wide_names_stay_inert_and_inside_their_cards() {
    let mut acc = demo();
    acc.people[pos("p-ivanov")].name = "\u{1b}[2J\u{1b}]0;pwned\u{7}Пётр 長い長い長い長い長い名前".into();
    acc.people[pos("p-volkov")].name = "\u{202e}Волков\u{0}".into();
    let mut a = pull_on(acc);
    let an = &view(&a).computed().unwrap().analysis;
    let (base, gain) = (an.score, an.next_best[0].gain);
    run(&mut a, &[SwitchPane, SwitchPane, WhatIf, TakeStep]);
    for (w, h) in [(80, 24), (160, 48), (41, 11)] {
        let s = screen(&mut a, w, h);
        assert!(!s.contains('\u{1b}') && !s.contains('\u{7}') && !s.contains('\u{202e}'), "{s}");
        assert!(s.contains('\u{FFFD}'), "control characters show as replacement characters:\n{s}");
    }
    let s = screen(&mut a, 80, 24);
    assert!(s.contains(&format!("Pull score {base} → {} (+{gain})", base + gain)), "{s}");
}

#[test]
fn a_large_account_draws_only_what_fits_and_keeps_the_selection_in_view() {
    let mut a = pull_on(dmu::generate::account(3000, 7));
    let tallest = view(&a).computed().unwrap().columns.iter().map(Vec::len).max().unwrap();
    assert!(tallest > 100);
    let s = screen(&mut a, 160, 48);
    assert!(s.contains(" more"), "the columns say how many are not shown:\n{s}");
    for _ in 0..60 {
        a.update(Down);
    }
    let v = view(&a);
    let stage = v.stage;
    assert_eq!(v.card[stage], 60.min(v.computed().unwrap().columns[stage].len() - 1));
    let s = screen(&mut a, 80, 24);
    assert!(s.contains('▶'), "the selected card is drawn:\n{s}");
    for (w, h) in [(40, 10), (300, 100), (61, 20)] {
        screen(&mut a, w, h);
    }
}

/// The `N›` marks on a screen, each with the name that follows it.
fn marks(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in s.lines() {
        let mut rest = line;
        while let Some(at) = rest.find('›') {
            let digits: String = rest[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after = &rest[at + '›'.len_utf8()..];
            let name: String = after.chars().take_while(|c| c.is_alphabetic() || *c == ' ').collect();
            let name = name.split("  ").next().unwrap_or("").trim().to_string();
            if !digits.is_empty() && !name.is_empty() {
                out.push((digits, name));
            }
            rest = after;
        }
    }
    out
}

#[test]
fn every_decider_and_payer_reached_has_a_chain_line_and_no_two_people_share_a_number() {
    let (mut a, _) = pull_app();
    let s = screen(&mut a, 160, 48);
    // The demo's two deciders and two payers are all reached.
    assert_eq!(s.matches("Decider path: ").count(), 2, "{s}");
    assert_eq!(s.matches("Payer path: ").count(), 2, "{s}");
    assert!(s.contains("Decider path: 3›Алексей Морозов"), "{s}");
    let mut by_number: std::collections::HashMap<String, String> = Default::default();
    for (n, name) in marks(&s) {
        let first = by_number.entry(n.clone()).or_insert_with(|| name.clone());
        // Names in narrow cards are cut; one must start the other.
        assert!(
            first.starts_with(&name) || name.starts_with(first.as_str()),
            "{n}› is {first} and {name}:\n{s}"
        );
    }
    // Every person on a path has their number on screen.
    let an = &view(&a).computed().unwrap().analysis;
    let on_paths: std::collections::HashSet<usize> =
        an.decider_paths.iter().chain(&an.payer_paths).flat_map(|p| p.people.iter().copied()).collect();
    assert_eq!(by_number.len(), on_paths.len(), "{by_number:?}");
}

#[test]
fn the_decider_line_stays_when_no_payer_is_reached() {
    let lib = MemLibrary::default();
    let mut acc = demo();
    // Nobody pays any more: the payers lose the role.
    for p in &mut acc.people {
        p.roles.retain(|r| *r != dmu::model::Role::Payer);
    }
    lib.files.borrow_mut().push(("demo".into(), Ok(acc)));
    let mut a = app(lib);
    run(&mut a, &[Open, ShowView(AccountView::Pull)]);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("Decider path: 1›Пётр Иванов → 2›佐藤 健"), "{s}");
    assert!(s.contains("No pull path reaches a payer yet."), "{s}");
    // With room for one chain line, it is the decider's, which the story tells of.
    let s = screen(&mut a, 80, 14);
    assert!(s.contains("Decider path: 1›Пётр Иванов"), "{s}");
}
