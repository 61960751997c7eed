//! How the app answers the account plan's keys: add, edit and delete an initiative,
//! and move it on to its next status (`x`, as follow-ups are marked done). Every change
//! is one edit of `model::ops` (`add_plan_item`, `update_plan_item`,
//! `delete_plan_item`) committed through the session, so it is saved at once and
//! undoable.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::keymap::{self, Mode};
use super::widgets::dialog::{Confirm, Modal, Pending};
use super::widgets::record_form::RecordForm;
use crate::model::{PlanItem, PlanStatus, ops, readable_id};
use crate::t;
use crate::text::inert;
use crate::tui::fit::fit;

/// An initiative named in a message: its text, quoted and cut short.
fn quoted(text: &str) -> String {
    t!("tui-messages-quoted", text = fit(&inert(text), 40))
}

/// The status `x` moves an initiative on to: idea, agreed, running, done. Done and
/// dropped are where it ends (`None`); the form can still change them.
pub fn next_status(s: PlanStatus) -> Option<PlanStatus> {
    match s {
        PlanStatus::Idea => Some(PlanStatus::Agreed),
        PlanStatus::Agreed => Some(PlanStatus::Running),
        PlanStatus::Running => Some(PlanStatus::Done),
        PlanStatus::Done | PlanStatus::Dropped => None,
    }
}

impl App {
    /// Carries out an action of the plan view; false for the ones every account view
    /// shares (see `shared_update`).
    pub(super) fn update_plan(&mut self, action: Action) -> bool {
        if !matches!(action, Action::Add | Action::Edit | Action::Open | Action::Delete | Action::MarkDone) {
            return self.update_view(action);
        }
        let Some(s) = self.open_account() else { return false };
        if let Some(why) = s.session.read_only() {
            self.say(Level::Warning, t!("tui-messages-read-only", why = why));
            return true;
        }
        let a = s.session.account();
        let selected = s.plan.selected_item().and_then(|i| a.plan.get(i)).cloned();
        match (action, selected) {
            (Action::Add, _) => {
                // With the person selected in the view left, as `f` adds a follow-up.
                let form = RecordForm::plan_item(a, None, s.plan.carried(), self.today);
                self.modal = Some(Modal::Record(Box::new(form)));
            }
            (Action::Edit | Action::Open, Some(x)) => {
                self.modal =
                    Some(Modal::Record(Box::new(RecordForm::plan_item(a, Some(&x), None, self.today))))
            }
            (Action::Delete, Some(x)) => {
                self.modal = Some(Modal::Confirm(Confirm {
                    question: t!("plan-delete-question", text = quoted(&x.text)),
                    detail: t!("tui-messages-undo-brings-it-back"),
                    on_yes: Pending::DeletePlanItem(x.id),
                }));
            }
            (Action::MarkDone, Some(x)) => self.advance_plan_item(x),
            _ => self.say(Level::Info, t!("plan-none-selected")),
        }
        true
    }

    /// `x`: the initiative's next status, or why it has none.
    fn advance_plan_item(&mut self, mut x: PlanItem) {
        let Some(next) = next_status(x.status()) else {
            let key = keymap::key_for(Mode::Plan, Action::Edit).map_or_else(|| "e".into(), keymap::key_label);
            let words =
                t!("plan-status-final", text = quoted(&x.text), status = x.status().tr_word(), key = key);
            return self.say(Level::Info, words);
        };
        x.status = Some(next);
        let label = t!("plan-status-label", text = quoted(&x.text), status = next.tr_word());
        let id = x.id.clone();
        if self.commit(|a| ops::update_plan_item(a, x), label) {
            self.refresh_plan(Some(&id));
        }
    }

    /// Saves the plan form's initiative: a new one gets an id made from its text.
    pub(super) fn save_plan_item(&mut self, mut x: PlanItem, adding: bool) {
        if let (true, Some(s)) = (adding, self.open_account()) {
            let taken = s.session.account().plan.iter().map(|x| x.id.as_str());
            x.id = readable_id("x", &x.text, taken);
        }
        let label = if adding {
            t!("plan-add-label", text = quoted(&x.text))
        } else {
            t!("plan-edit-label", text = quoted(&x.text))
        };
        let id = x.id.clone();
        let done = self.commit(
            |a| if adding { Ok(ops::add_plan_item(a, x)) } else { ops::update_plan_item(a, x) },
            label,
        );
        if done {
            self.refresh_plan(Some(&id));
        }
    }

    /// Deletes an initiative by id, once the rep said yes.
    pub(super) fn delete_plan_item(&mut self, id: &str) {
        let Some(a) = self.open_account().map(|s| s.session.account()) else { return };
        let text = a.plan.iter().find(|x| x.id == id).map_or(id, |x| x.text.as_str());
        let label = t!("plan-delete-label", text = quoted(text));
        if self.commit(|a| ops::delete_plan_item(a, id), label) {
            self.refresh_plan(None);
        }
    }

    /// Brings the plan view's rows up to date after an edit made here, and selects an
    /// initiative by id.
    fn refresh_plan(&mut self, select: Option<&str>) {
        if let Screen::Account(s) = &mut self.screen {
            let (a, ix, g) = (s.session.account(), s.session.index(), s.session.generation());
            s.plan.sync(a, ix, g);
            if let Some(id) = select {
                s.plan.select(a, id);
            }
        }
    }
}
