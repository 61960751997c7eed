//! How the app answers actions on an open account: moving, searching, sorting,
//! switching panes in the people view, opening a person, and the add, edit or delete
//! of the selected person and undo and redo that every view reaches through
//! `shared_update`.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::views::people::Pane;
use super::widgets::dialog::{Confirm, Modal, Pending};
use super::widgets::form::PersonForm;
use super::widgets::record_form::RecordForm;
use crate::model::new_id_avoiding;
use crate::t;

impl App {
    /// Opens the form for the account's own details (refused up front when read-only).
    pub(super) fn edit_account(&mut self) {
        let Screen::Account(s) = &self.screen else { return };
        if let Some(why) = s.session.read_only() {
            return self.say(Level::Warning, t!("tui-messages-read-only", why = why));
        }
        let form = RecordForm::account(s.session.account());
        self.modal = Some(Modal::Record(Box::new(form)));
    }

    /// Reads a read-only account again from disk, which takes its lock when the other
    /// window has let go (never keeps a copy that may be stale).
    pub(super) fn reopen_for_editing(&mut self) {
        let Screen::Account(s) = &mut self.screen else { return };
        if s.session.read_only().is_none() {
            return self.say(Level::Info, t!("tui-messages-already-editable"));
        }
        match s.session.reload() {
            // The status bar keeps offering it: the file may be fixed and R pressed again.
            Err(e) => self.say(Level::Error, t!("tui-messages-reread-error", why = e.to_string())),
            Ok(()) => match s.session.read_only() {
                None => {
                    s.lock_free = false;
                    // Undo picks up where this window left it, if the file is as it left it.
                    let dropped = super::app::history::offer(&mut self.histories, &mut s.session);
                    let reopened = t!("tui-messages-reopened");
                    match dropped {
                        Some(d) => self.say(Level::Warning, format!("{reopened}. {d}")),
                        None => self.say(Level::Info, reopened),
                    }
                }
                Some(why) => {
                    s.lock_free = false;
                    self.say(Level::Warning, t!("tui-messages-still-read-only", why = why))
                }
            },
        }
    }

    /// Carries out an action of the people view; false for the ones every account view
    /// shares (see [`super::shared_update`]), except a Back that clears the filter.
    pub(super) fn update_people(&mut self, action: Action) -> bool {
        let page = self.people_page();
        let Screen::Account(s) = &mut self.screen else { return false };
        if s.people.searching {
            self.update_search(action, page);
            return true;
        }
        let detail = s.people.focus == Pane::Detail;
        match action {
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom
                if detail =>
            {
                let d = &mut s.people.detail_scroll;
                *d = match action {
                    Action::Up => d.saturating_sub(1),
                    Action::Down => d.saturating_add(1).min(200),
                    Action::PageUp | Action::Top => 0,
                    _ => d.saturating_add(5).min(200),
                };
            }
            Action::Up => s.people.move_by(-1, page),
            Action::Down => s.people.move_by(1, page),
            Action::PageUp => s.people.move_by(-(page as isize), page),
            Action::PageDown => s.people.move_by(page as isize, page),
            Action::Top => s.people.move_by(isize::MIN / 2, page),
            Action::Bottom => s.people.move_by(isize::MAX / 2, page),
            Action::SwitchPane => {
                s.people.focus = if detail { Pane::Table } else { Pane::Detail };
            }
            Action::Search => {
                s.people.searching = true;
                s.people.focus = Pane::Table;
            }
            Action::SortNext | Action::SortReverse => {
                let account = s.session.shown();
                if action == Action::SortNext {
                    s.people.sort_next(account);
                } else {
                    s.people.sort_reverse(account);
                }
                let (key, rev) = s.people.sort();
                self.say(Level::Info, super::portfolio_update::sorted_by(key.label(), rev));
            }
            Action::Open => self.person_action(action),
            Action::AddFollowUp => self.add_followup_for_person(),
            Action::Back if !s.people.query.text().is_empty() => {
                s.people.query = Default::default();
                s.people.recompute(s.session.shown());
            }
            _ => return false,
        }
        true
    }

    fn update_search(&mut self, action: Action, page: usize) {
        let Screen::Account(s) = &mut self.screen else { return };
        let v = &mut s.people;
        match action {
            Action::Up => v.move_by(-1, page),
            Action::Down => v.move_by(1, page),
            Action::PageUp => v.move_by(-(page as isize), page),
            Action::PageDown => v.move_by(page as isize, page),
            Action::Submit => v.searching = false,
            Action::Back => {
                v.searching = false;
                v.query = Default::default();
                v.recompute(s.session.shown());
            }
            other => {
                if v.query.handle(other) {
                    v.recompute(s.session.shown());
                    v.move_by(isize::MIN / 2, page);
                }
            }
        }
    }

    /// Add, edit or delete the person selected in the view shown (the people table, the
    /// org chart, the influence map, coverage or the Pull view): refused up front when
    /// read-only.
    pub(in crate::tui) fn person_action(&mut self, action: Action) {
        let Screen::Account(s) = &mut self.screen else { return };
        if let Some(why) = s.session.read_only() {
            return self.say(Level::Warning, t!("tui-messages-read-only", why = why));
        }
        let account = s.session.account();
        let selected = s.selected_person().and_then(|i| account.people.get(i));
        match (action, selected) {
            (Action::Add, _) | (Action::Open | Action::Edit, Some(_)) => {
                let form = match selected.filter(|_| action != Action::Add) {
                    Some(p) => PersonForm::edit(p, self.today),
                    None => {
                        let id = new_id_avoiding("p", account.people.iter().map(|p| p.id.as_str()));
                        PersonForm::add(id, self.today)
                    }
                };
                // Through a deal, the roles field edits the person's roles in it.
                let form = match s.session.lens() {
                    Some(deal) => form.in_deal(deal),
                    None => form,
                };
                self.modal = Some(Modal::Person(Box::new(form)));
                self.refresh_namesakes();
            }
            (Action::Delete, Some(p)) => {
                let what = crate::model::ops::delete_person_consequences(s.session.account(), &p.id);
                self.modal = Some(Modal::Confirm(Confirm {
                    question: t!("tui-messages-delete-person-question", name = crate::text::inert(&p.name)),
                    detail: t!("tui-messages-delete-person-detail", what = what),
                    on_yes: Pending::DeletePerson(p.id.clone()),
                }));
            }
            _ => self.say(Level::Info, t!("tui-messages-nobody-selected")),
        }
    }

    pub(in crate::tui) fn undo_redo(&mut self, undo: bool) {
        let Screen::Account(s) = &mut self.screen else { return };
        let result = if undo { s.session.undo() } else { s.session.redo() };
        match result {
            Ok(Some(label)) => {
                let text = if undo {
                    t!("tui-messages-undid", label = label)
                } else {
                    t!("tui-messages-redid", label = label)
                };
                self.after_edit(text);
            }
            Ok(None) => self.say(
                Level::Info,
                if undo { t!("tui-messages-nothing-to-undo") } else { t!("tui-messages-nothing-to-redo") },
            ),
            Err(e) => self.say(Level::Error, e.to_string()),
        }
    }
}
