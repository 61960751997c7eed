//! How the app answers the Deals view's keys and the deal lens: adding, editing and
//! deleting deals (each one edit through the session, saved at once and undoable),
//! and looking at every view through the selected deal, or the whole account again.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::keymap::{self, Mode};
use super::widgets::dialog::{Confirm, Modal, Pending};
use super::widgets::record_form::RecordForm;
use crate::model::ops::RuleError;
use crate::model::{Account, Deal, Edit, Role, ops, readable_id};
use crate::t;
use crate::text::inert;
use crate::tui::fit::fit;

/// A deal named in a message: its name, quoted and cut short.
fn quoted(name: &str) -> String {
    t!("tui-messages-quoted", text = fit(&inert(name), 40))
}

/// The key that takes the lens off, as the help writes it.
fn clear_key() -> String {
    keymap::key_for(Mode::Deals, Action::ClearLens).map(keymap::key_label).unwrap_or_default()
}

impl App {
    /// Carries out an action of the Deals view; false for the ones every account view
    /// shares (see `shared_update`).
    pub(super) fn update_deals(&mut self, action: Action) -> bool {
        match action {
            Action::Add | Action::Edit | Action::Open | Action::Delete => self.deal_action(action),
            Action::DealLens => self.toggle_lens(),
            _ => return self.update_view(action),
        }
        true
    }

    /// The selected deal, if any.
    fn selected_deal(&self) -> Option<Deal> {
        let s = self.open_account()?;
        let a = s.session.account();
        s.deals.selected_deal(a).map(|i| a.deals[i].clone())
    }

    fn deal_action(&mut self, action: Action) {
        let Some(s) = self.open_account() else { return };
        if let Some(why) = s.session.read_only() {
            return self.say(Level::Warning, t!("tui-messages-read-only", why = why));
        }
        let a = s.session.account();
        match (action, self.selected_deal()) {
            (Action::Add, _) => {
                self.modal = Some(Modal::Record(Box::new(RecordForm::deal(a, None, self.today))))
            }
            (Action::Edit | Action::Open, Some(d)) => {
                self.modal = Some(Modal::Record(Box::new(RecordForm::deal(a, Some(&d), self.today))))
            }
            (Action::Delete, Some(d)) => {
                self.modal = Some(Modal::Confirm(Confirm {
                    question: t!("deals-delete-question", name = quoted(&d.name)),
                    detail: t!("deals-delete-detail"),
                    on_yes: Pending::DeleteDeal(d.id),
                }));
            }
            _ => self.say(Level::Info, t!("deals-none-selected", key = key(Action::Add))),
        }
    }

    /// Saves the deal form: a new deal gets an id read from its name.
    pub(super) fn save_deal(&mut self, adding: bool, mut d: Deal) {
        if let (true, Some(s)) = (adding, self.open_account()) {
            let taken = s.session.account().deals.iter().map(|d| d.id.as_str());
            d.id = readable_id("deal", &d.name, taken);
        }
        let label = if adding {
            t!("deals-add-label", name = quoted(&d.name))
        } else {
            t!("deals-edit-label", name = quoted(&d.name))
        };
        let id = d.id.clone();
        let done =
            self.commit(|a| if adding { Ok(ops::add_deal(a, d)) } else { ops::update_deal(a, d) }, label);
        if let (true, Screen::Account(s)) = (done, &mut self.screen) {
            s.deals.select(s.session.account(), &id);
        }
    }

    /// Deletes a deal by id, once the rep said yes (the lens goes with it).
    pub(super) fn delete_deal(&mut self, id: &str) {
        let Some(s) = self.open_account() else { return };
        let name = s.session.account().deal(id).map_or(id.to_string(), |d| d.name.clone());
        self.commit(|a| ops::delete_deal(a, id), t!("deals-delete-label", name = quoted(&name)));
    }

    /// Looks through the selected deal; on the deal already in the lens, at the whole
    /// account again.
    fn toggle_lens(&mut self) {
        let Some(d) = self.selected_deal() else {
            return self.say(Level::Info, t!("deals-none-selected", key = key(Action::Add)));
        };
        let Screen::Account(s) = &mut self.screen else { return };
        if s.session.lens().is_some_and(|l| l.id == d.id) {
            return self.clear_lens();
        }
        s.session.set_lens(Some(d.id));
        self.say(Level::Info, t!("deals-lens-on", deal = inert(&d.name), key = clear_key()));
    }

    /// Takes the deal lens off: every view shows the whole account again.
    pub(super) fn clear_lens(&mut self) {
        let Screen::Account(s) = &mut self.screen else { return };
        if s.session.lens().is_none() {
            return self.say(Level::Info, t!("deals-lens-none"));
        }
        s.session.set_lens(None);
        self.say(Level::Info, t!("deals-lens-off"));
    }
}

/// The edit that gives the person `person` the roles `roles` in the deal `deal`. The
/// person may be one being added in the same edit (not in `a` yet): they have no account
/// roles, so the deal names them whenever they hold a role in it.
pub(super) fn deal_roles(a: &Account, deal: &str, person: &str, roles: Vec<Role>) -> Result<Edit, RuleError> {
    if a.person(person).is_some() {
        return ops::set_deal_roles(a, deal, person, roles);
    }
    let mut d = a.deal(deal).cloned().ok_or_else(|| RuleError::NoRecord { what: "deal", id: deal.into() })?;
    let mut roles = roles;
    roles.sort();
    roles.dedup();
    if roles.is_empty() {
        return Ok(Edit::default());
    }
    d.roles.insert(person.to_string(), roles);
    ops::update_deal(a, d)
}

/// The key of an action in the Deals view, as the help writes it.
fn key(action: Action) -> String {
    keymap::key_for(Mode::Deals, action).map(keymap::key_label).unwrap_or_default()
}
