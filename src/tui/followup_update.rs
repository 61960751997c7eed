//! How the app answers actions on follow-ups and demands in an open account: the
//! follow-ups view's keys, adding a follow-up with the selected person, and saving the
//! small forms. Every change is one `Edit::FollowUps` or `Edit::Demands` committed
//! through the session, so it is saved at once and undoable.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::views::followups::{self, FollowUpPane};
use super::widgets::dialog::{Confirm, Modal, Pending};
use super::widgets::record_form::{Record, RecordFor, RecordForm, RecordOutcome};
use crate::model::{Account, ops, readable_id};
use crate::t;
use crate::text::inert;
use crate::tui::fit::fit;

/// A follow-up or demand named in a message: its text, quoted and cut short.
fn quoted(text: &str) -> String {
    t!("tui-messages-quoted", text = fit(&inert(text), 40))
}

/// The message for a follow-up marked done, saying whose last contact it moved.
pub(super) fn done_label(a: &Account, text: &str, contacted: Option<&ops::Contacted>) -> String {
    let label = t!("tui-messages-done-label", text = quoted(text));
    match contacted {
        Some(c) => {
            let name = a.person(&c.person).map_or(c.person.as_str(), |p| p.name.as_str());
            t!("tui-messages-with-last-contact", done = label, who = inert(name), day = &c.day)
        }
        None => label,
    }
}

impl App {
    /// Carries out an action of the follow-ups view; returns false for the actions
    /// every account view shares (see `shared_update`).
    pub(super) fn update_followups(&mut self, action: Action) -> bool {
        let size = self.body();
        let today = self.today;
        let Screen::Account(s) = &mut self.screen else { return false };
        let [fu, dm] = followups::layout(size);
        let v = &mut s.followups;
        let page = followups::page_rows(if v.pane == FollowUpPane::FollowUps { fu } else { dm }).max(1);
        let a = s.session.account();
        match action {
            Action::Up => v.move_by(a, -1, page),
            Action::Down => v.move_by(a, 1, page),
            Action::PageUp => v.move_by(a, -(page as isize), page),
            Action::PageDown => v.move_by(a, page as isize, page),
            Action::Top => v.move_by(a, isize::MIN / 2, page),
            Action::Bottom => v.move_by(a, isize::MAX / 2, page),
            Action::SwitchPane => {
                v.pane = match v.pane {
                    FollowUpPane::FollowUps => FollowUpPane::Demands,
                    FollowUpPane::Demands => FollowUpPane::FollowUps,
                };
            }
            Action::Add | Action::Edit | Action::Open | Action::Delete | Action::MarkDone => {
                if let Some(why) = s.session.read_only() {
                    self.say(Level::Warning, t!("tui-messages-read-only", why = why));
                    return true;
                }
                let (pane, fu_at, dm_at) = (v.pane, v.selected_followup(), v.selected_demand());
                match pane {
                    FollowUpPane::FollowUps => self.followup_action(action, fu_at, today),
                    FollowUpPane::Demands => self.demand_action(action, dm_at, today),
                }
            }
            Action::Search | Action::SortNext | Action::SortReverse | Action::AddFollowUp => {}
            _ => return false,
        }
        true
    }

    fn followup_action(&mut self, action: Action, at: Option<usize>, today: crate::model::Date) {
        let Some(a) = self.open_account().map(|s| s.session.account()) else { return };
        let selected = at.and_then(|i| a.follow_ups.get(i)).cloned();
        match (action, selected) {
            (Action::Add, _) => self.open_followup_form(None, None),
            (Action::Edit | Action::Open, Some(f)) => self.open_followup_form(Some(f), None),
            (Action::Delete, Some(f)) => {
                self.modal = Some(Modal::Confirm(Confirm {
                    question: t!("tui-messages-delete-followup-question", text = quoted(&f.text)),
                    detail: t!("tui-messages-undo-brings-it-back"),
                    on_yes: Pending::DeleteFollowUp(f.id),
                }));
            }
            (Action::MarkDone, Some(f)) => {
                // Done with a person is a contact with them: one edit, so one undo.
                let (edit, label) = if f.done.is_some() {
                    (
                        ops::mark_open(a, &f.id, None),
                        t!("tui-messages-open-again-label", text = quoted(&f.text)),
                    )
                } else {
                    match ops::mark_done(a, &f.id, today) {
                        Ok((edit, contacted)) => (Ok(edit), done_label(a, &f.text, contacted.as_ref())),
                        Err(e) => (Err(e), String::new()),
                    }
                };
                if self.commit(|_| edit, label) {
                    self.refresh_followups(Some(&f.id));
                }
            }
            _ => self.say(Level::Info, t!("tui-messages-no-followup-selected")),
        }
    }

    /// Deletes a follow-up (`followup`) or a demand by id, once the rep said yes.
    pub(super) fn delete_record(&mut self, id: &str, followup: bool) {
        let Some(a) = self.open_account().map(|s| s.session.account()) else { return };
        let text = if followup {
            a.follow_ups.iter().find(|f| f.id == id).map(|f| f.text.clone())
        } else {
            a.demands.iter().find(|d| d.id == id).map(|d| d.text.clone())
        };
        let text = quoted(text.as_deref().unwrap_or(id));
        let label = if followup {
            t!("tui-messages-delete-followup-label", text = text)
        } else {
            t!("tui-messages-delete-demand-label", text = text)
        };
        let done = self.commit(
            |a| if followup { ops::delete_follow_up(a, id) } else { ops::delete_demand(a, id) },
            label,
        );
        if done {
            self.refresh_followups(None);
        }
    }

    fn demand_action(&mut self, action: Action, at: Option<usize>, today: crate::model::Date) {
        let Some(a) = self.open_account().map(|s| s.session.account()) else { return };
        let selected = at.and_then(|i| a.demands.get(i)).cloned();
        match (action, selected) {
            (Action::Add, _) => {
                self.modal = Some(Modal::Record(Box::new(RecordForm::demand(a, None, today))))
            }
            (Action::Edit | Action::Open, Some(d)) => {
                self.modal = Some(Modal::Record(Box::new(RecordForm::demand(a, Some(&d), today))))
            }
            (Action::Delete, Some(d)) => {
                self.modal = Some(Modal::Confirm(Confirm {
                    question: t!("tui-messages-delete-demand-question", text = quoted(&d.text)),
                    detail: t!("tui-messages-undo-brings-it-back"),
                    on_yes: Pending::DeleteDemand(d.id),
                }));
            }
            (Action::MarkDone, Some(mut d)) => {
                d.granted = !d.granted;
                let label = if d.granted {
                    t!("tui-messages-granted-label", text = quoted(&d.text))
                } else {
                    t!("tui-messages-not-granted-label", text = quoted(&d.text))
                };
                let id = d.id.clone();
                if self.commit(|a| ops::update_demand(a, d), label) {
                    self.refresh_followups(None);
                    if let Screen::Account(s) = &mut self.screen {
                        s.followups.select_demand(s.session.account(), &id);
                    }
                }
            }
            _ => self.say(Level::Info, t!("tui-messages-no-demand-selected")),
        }
    }

    /// Opens the follow-up form, or says why not (read-only, or nobody to own it).
    fn open_followup_form(&mut self, existing: Option<crate::model::FollowUp>, person: Option<String>) {
        let Some(s) = self.open_account() else { return };
        if let Some(why) = s.session.read_only() {
            return self.say(Level::Warning, t!("tui-messages-read-only", why = why));
        }
        match RecordForm::follow_up(s.session.account(), existing.as_ref(), person.as_deref(), self.today) {
            Some(form) => self.modal = Some(Modal::Record(Box::new(form))),
            None => self.say(Level::Warning, t!("tui-messages-followup-needs-owner")),
        }
    }

    /// `f` in the people view: a follow-up with the selected person.
    pub(super) fn add_followup_for_person(&mut self) {
        let Some(s) = self.open_account() else { return };
        let a = s.session.account();
        let person = s.people.selected_position().and_then(|i| a.people.get(i)).map(|p| p.id.clone());
        self.open_followup_form(None, person);
    }

    /// Carries out an action on the follow-up or demand form.
    pub(super) fn update_record(&mut self, mut form: Box<RecordForm>, action: Action) -> Option<Modal> {
        match form.handle(action) {
            RecordOutcome::Editing => Some(Modal::Record(form)),
            RecordOutcome::Cancel => None,
            RecordOutcome::Save(record) => {
                self.save_record(&form.purpose, *record);
                // A failed save may have put up the changed-on-disk question.
                self.modal.take()
            }
        }
    }

    fn save_record(&mut self, purpose: &RecordFor, record: Record) {
        let adding = matches!(
            purpose,
            RecordFor::NewFollowUp(_) | RecordFor::NewDemand(_) | RecordFor::NewPlanItem(_)
        );
        match record {
            Record::Deal(d) => self.save_deal(matches!(purpose, RecordFor::NewDeal(_)), d),
            Record::Account(h) => {
                let label = t!("tui-messages-edit-details-label", name = quoted(&h.name));
                self.commit(|a| Ok(ops::set_header(a, h)), label);
            }
            Record::FollowUp(mut f) => {
                if let (true, Some(s)) = (adding, self.open_account()) {
                    let taken = s.session.account().follow_ups.iter().map(|f| f.id.as_str());
                    f.id = readable_id("f", &f.text, taken);
                }
                let label = if adding {
                    t!("tui-messages-add-followup-label", text = quoted(&f.text))
                } else {
                    t!("tui-messages-edit-followup-label", text = quoted(&f.text))
                };
                let id = f.id.clone();
                let done = self.commit(
                    |a| if adding { Ok(ops::add_follow_up(a, f)) } else { ops::update_follow_up(a, f) },
                    label,
                );
                if done {
                    self.refresh_followups(Some(&id));
                }
            }
            Record::PlanItem(x) => self.save_plan_item(x, adding),
            Record::Demand(mut d) => {
                if let (true, Some(s)) = (adding, self.open_account()) {
                    let taken = s.session.account().demands.iter().map(|d| d.id.as_str());
                    d.id = readable_id("d", &d.text, taken);
                }
                let label = if adding {
                    t!("tui-messages-add-demand-label", text = quoted(&d.text))
                } else {
                    t!("tui-messages-edit-demand-label", text = quoted(&d.text))
                };
                let id = d.id.clone();
                let done = self.commit(
                    |a| if adding { Ok(ops::add_demand(a, d)) } else { ops::update_demand(a, d) },
                    label,
                );
                if done {
                    self.refresh_followups(None);
                    if let Screen::Account(s) = &mut self.screen {
                        s.followups.select_demand(s.session.account(), &id);
                    }
                }
            }
        }
    }

    /// Brings the follow-ups view's order up to date after an edit made here, and
    /// selects a follow-up by id.
    fn refresh_followups(&mut self, select: Option<&str>) {
        if let Screen::Account(s) = &mut self.screen {
            let a = s.session.account();
            s.followups.sync(a, s.session.generation());
            if let Some(id) = select {
                s.followups.select_followup(a, id);
            }
        }
    }
}
