//! How the app answers actions in the Pull view: stepping through the stages, moving in
//! the cards and panels, the model-weights panel, and what-if scenarios, which change a
//! copy of the account until they are applied as one edit through the session.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::views::pull::Focus;
use super::views::pull_whatif::{RaiseOutcome, Scenario};
use super::widgets::dialog::{Modal, Prompt, PromptFor};
use crate::analysis::Step;
use crate::t;
use crate::text::inert;

/// Rows a page key moves in the Pull view's lists.
const PAGE: isize = 5;

impl App {
    /// Carries out an action of the Pull view; false for the ones every account view
    /// shares (see `shared_update`), except a Back that closes the model panel or
    /// leaves a what-if.
    pub(super) fn update_pull(&mut self, action: Action) -> bool {
        let today = self.today;
        let Screen::Account(s) = &mut self.screen else { return false };
        let v = &mut s.pull;
        if let Some(scroll) = v.model {
            v.model = match action {
                Action::Up => Some(scroll.saturating_sub(1)),
                Action::Down => Some(scroll.saturating_add(1).min(200)),
                _ => None,
            };
            if matches!(action, Action::Up | Action::Down | Action::ToggleModel | Action::Back) {
                return true;
            }
        }
        // The scenario is a copy of the account as the views show it (through the deal
        // lens, if on), and its edit is the difference from that (see `apply_what_if`).
        let account = s.session.shown();
        let person = v.selected_person();
        let name = person.and_then(|i| account.people.get(i)).map(|p| inert(&p.name).into_owned());
        let said: Option<(Level, String)> = match action {
            Action::PrevStage | Action::NextStage => {
                v.step(if action == Action::PrevStage { -1 } else { 1 });
                v.focus = Focus::Stages;
                None
            }
            Action::Up => {
                v.move_by(-1);
                None
            }
            Action::Down => {
                v.move_by(1);
                None
            }
            Action::PageUp => {
                v.move_by(-PAGE);
                None
            }
            Action::PageDown => {
                v.move_by(PAGE);
                None
            }
            Action::SwitchPane => {
                v.focus = v.focus.next();
                if v.focus == Focus::NextBest {
                    v.select_next_best_person();
                }
                None
            }
            Action::ToggleModel => {
                v.model = Some(0);
                None
            }
            Action::WhatIf => match (v.computed(), &name) {
                (Some(c), Some(n)) => {
                    let mut scenario = Scenario::new(account, &c.analysis, c.config.clone(), today);
                    scenario.deal = c.deal.clone();
                    scenario.focus_before = v.focus;
                    let step = person.and_then(|i| scenario.suggested(i)).map(|s| s.gain);
                    v.scenario = Some(scenario);
                    v.focus = Focus::Stages;
                    Some((Level::Info, what_if_opened(n, step)))
                }
                _ => Some((Level::Info, t!("tui-messages-pull-select-first"))),
            },
            Action::TakeStep => {
                let Some((sc, i)) = v.scenario.as_mut().zip(person) else { return true };
                let n = name.unwrap_or_default();
                let step = sc.suggested(i).cloned();
                Some(match step {
                    Some(step) => {
                        sc.take_step(&step, account);
                        (Level::Info, took_step(step.step, &n, sc))
                    }
                    None => (Level::Info, t!("tui-messages-pull-no-step", name = &n)),
                })
            }
            Action::RaiseStance => {
                let Some((sc, i)) = v.scenario.as_mut().zip(person) else { return true };
                let n = name.unwrap_or_default();
                match sc.raise(i, account) {
                    RaiseOutcome::Step(kind) => Some((Level::Info, took_step(kind, &n, sc))),
                    RaiseOutcome::Raised => None,
                    RaiseOutcome::AtTop => Some((Level::Info, t!("tui-messages-pull-at-top", name = &n))),
                }
            }
            Action::LowerStance => {
                let moved = match (v.scenario.as_mut(), person) {
                    (Some(sc), Some(i)) => sc.shift_stance(i, false, account),
                    _ => true,
                };
                name.filter(|_| !moved).map(|n| (Level::Info, t!("tui-messages-pull-at-bottom", name = n)))
            }
            Action::CycleCoverage => {
                let cycled = match (v.scenario.as_mut(), person) {
                    (Some(sc), Some(i)) => sc.cycle_coverage(i, account).is_some(),
                    _ => true,
                };
                (!cycled).then(|| (Level::Info, t!("tui-messages-pull-no-team")))
            }
            Action::NextMember => {
                let Some((sc, i)) = v.scenario.as_mut().zip(person) else { return true };
                let member = if sc.next_member(i) { sc.member_for(i) } else { None };
                let m = member.and_then(|m| sc.account.team.get(m));
                m.map(|m| (Level::Info, t!("tui-messages-pull-member", name = inert(&m.name))))
            }
            Action::Back if v.scenario.is_some() => {
                v.focus = v.scenario.take().map_or(v.focus, |sc| sc.focus_before);
                Some((Level::Info, t!("tui-messages-pull-left")))
            }
            Action::Submit if v.scenario.is_some() => {
                self.ask_what_if_note();
                return true;
            }
            _ => return false,
        };
        if let Some((level, text)) = said {
            self.say(level, text);
        }
        true
    }

    /// Before the open scenario is applied, a note for the history: a one-line prompt
    /// (Enter applies, Esc goes back to the what-if). Nothing tried, or nothing that
    /// could be saved: no prompt, the apply says why at once.
    fn ask_what_if_note(&mut self) {
        let Screen::Account(s) = &self.screen else { return };
        let tried = s.pull.scenario.as_ref().is_some_and(|sc| !sc.changes.is_empty());
        if !tried || s.session.read_only().is_some() {
            return self.apply_what_if(None);
        }
        self.modal = Some(Modal::Prompt(Prompt {
            title: crate::tui::history_words::what_if_note_title(),
            field: Default::default(),
            purpose: PromptFor::WhatIfNote,
            error: None,
        }));
    }

    /// Applies the open scenario as one edit, with `note` for the history; on refusal
    /// (read-only, say) it stays open.
    pub(super) fn apply_what_if(&mut self, note: Option<String>) {
        let Screen::Account(s) = &mut self.screen else { return };
        let Some(sc) = s.pull.scenario.take() else { return };
        let focus = sc.focus_before;
        if sc.changes.is_empty() {
            s.pull.focus = focus;
            return self.say(Level::Info, t!("tui-messages-pull-nothing-tried"));
        }
        let label =
            t!("tui-messages-pull-applied-label", changes = sc.changes.join("; "), delta = sc.delta_text());
        // The difference from the account as the scenario's copy was made of it: through
        // the deal lens, that leaves out the deal's roles, so only what was tried is saved.
        let edit = sc.edit(s.session.shown());
        let applied = self.commit_noted(
            |_| {
                // `changes` is not empty, so the copy differs from the account.
                edit?.ok_or_else(|| crate::model::ops::RuleError::Missing("a change".into()))
            },
            label,
            note,
        );
        if let Screen::Account(s) = &mut self.screen {
            if applied {
                s.pull.focus = focus;
            } else {
                s.pull.scenario = Some(sc);
            }
        }
    }
}

/// What the status line says on opening a what-if on `name`, whose suggested step (if
/// any) gains `step` points.
fn what_if_opened(name: &str, step: Option<u8>) -> String {
    let take = super::keymap::key_for(super::keymap::Mode::WhatIf, Action::TakeStep)
        .map(super::keymap::key_label)
        .unwrap_or_default();
    match step {
        // Points as text: a score, not a count that takes plural forms.
        Some(gain) => t!("tui-messages-pull-opened-step", name = name, key = take, gain = gain.to_string()),
        None => t!("tui-messages-pull-opened", name = name),
    }
}

/// What the status line says once a suggested step is taken.
fn took_step(kind: Step, name: &str, sc: &Scenario) -> String {
    t!("tui-messages-pull-took-step", name = name, step = kind.tr_label(), delta = sc.delta_text())
}
