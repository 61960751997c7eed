//! How the app answers actions while a modal is open: help scrolling, questions,
//! prompts, the person form, the changed-on-disk choice and the recovery offer.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::widgets::dialog::{Modal, Pending, Prompt, PromptFor};
use super::widgets::field::TextField;
use super::widgets::form::FormOutcome;
use super::widgets::help::HelpWidget;
use crate::model::ops;
use crate::text::inert;
use std::path::{Path, PathBuf};

/// The prompt for a new account's name.
pub fn new_account_prompt() -> Modal {
    Modal::Prompt(Prompt {
        title: "New account: its name".into(),
        field: TextField::default(),
        purpose: PromptFor::NewAccount,
        error: None,
    })
}

/// The prompt for a new name of the account in `path`.
pub fn rename_prompt(path: &Path, name: &str) -> Modal {
    Modal::Prompt(Prompt {
        title: format!("Rename {}", inert(name)),
        field: TextField::new(name),
        purpose: PromptFor::Rename(path.to_path_buf()),
        error: None,
    })
}

impl App {
    /// Carries out an action on the open modal; returns the modal to keep open.
    pub(super) fn update_modal(&mut self, modal: Modal, action: Action) -> Option<Modal> {
        match modal {
            Modal::Help(scroll) => match action {
                Action::Up => Some(Modal::Help(scroll.saturating_sub(1))),
                Action::Down => Some(Modal::Help((scroll + 1).min(HelpWidget::line_count() as u16))),
                Action::Back => None,
                _ => Some(Modal::Help(scroll)),
            },
            Modal::Confirm(c) => match action {
                Action::Yes => {
                    self.confirmed(c.on_yes);
                    self.modal.take()
                }
                Action::Back => None,
                _ => Some(Modal::Confirm(c)),
            },
            Modal::Prompt(mut p) => match action {
                Action::Submit => self.prompt_done(p),
                Action::Back => None,
                other => {
                    if p.field.handle(other) {
                        p.error = None;
                    }
                    Some(Modal::Prompt(p))
                }
            },
            Modal::Person(mut form) => match form.handle(action) {
                FormOutcome::Editing => Some(Modal::Person(form)),
                FormOutcome::Cancel => None,
                FormOutcome::Save(person) => {
                    self.save_person(form.adding, *person);
                    self.modal.take()
                }
            },
            Modal::Conflict => self.conflict(action),
            Modal::Recovery(files) => self.recovery(files, action),
            Modal::Record(form) => self.update_record(form, action),
            Modal::Relations(editor) => self.update_relations(*editor, action),
        }
    }

    fn confirmed(&mut self, pending: Pending) {
        match pending {
            Pending::DeletePerson(id) => {
                let name =
                    self.open_account().and_then(|s| s.session.account().person(&id).map(|p| p.name.clone()));
                let label = format!("delete {}", inert(name.as_deref().unwrap_or(&id)));
                self.commit(|a| ops::delete_person(a, &id), label);
            }
            Pending::TrashAccount(path) => match self.library.trash(&path) {
                Ok(to) => {
                    self.rescan();
                    self.say(Level::Info, format!("Moved to {}", to.display()));
                }
                Err(e) => self.say(Level::Error, e),
            },
            Pending::DeleteFollowUp(id) => self.delete_record(&id, true),
            Pending::DeleteDemand(id) => self.delete_record(&id, false),
            Pending::QuitUnsaved | Pending::CloseUnsaved => self.finish_close(pending),
        }
    }

    fn prompt_done(&mut self, mut p: Prompt) -> Option<Modal> {
        let name = p.field.text().trim().to_string();
        if name.is_empty() {
            p.error = Some("a name is required".into());
            return Some(Modal::Prompt(p));
        }
        let result = match &p.purpose {
            PromptFor::NewAccount => self.library.create(&name).map(|path| {
                self.rescan();
                self.open_path(&path);
                format!("Created {}", inert(&name))
            }),
            PromptFor::Rename(path) => self.library.rename(path, &name).map(|()| {
                self.rescan();
                format!("Renamed to {}", inert(&name))
            }),
        };
        match result {
            Ok(text) => {
                // Opening may have put up its own message (read-only); keep that one.
                if self.message.is_none() {
                    self.say(Level::Info, text);
                }
                None
            }
            Err(e) => {
                p.error = Some(e);
                Some(Modal::Prompt(p))
            }
        }
    }

    fn save_person(&mut self, adding: bool, person: crate::model::Person) {
        let id = person.id.clone();
        let label = format!("{} {}", if adding { "add" } else { "edit" }, inert(&person.name));
        let done = if adding {
            self.commit(|a| Ok(ops::add_person(a, person)), label)
        } else {
            self.commit(|a| ops::update_person(a, person), label)
        };
        if let (true, Screen::Account(s)) = (done, &mut self.screen) {
            // The order changes with the edit; recompute now so the new row is found.
            s.people.sync_with(s.session.account(), s.session.generation(), s.session.last_change());
            s.people.select_id(s.session.account(), &id);
        }
    }

    fn conflict(&mut self, action: Action) -> Option<Modal> {
        let Screen::Account(s) = &mut self.screen else { return None };
        match action {
            Action::Reload => match s.session.reload() {
                Ok(()) => self.say(Level::Info, "Reloaded from disk; your unsaved edits were dropped"),
                Err(e) => self.say(Level::Error, format!("Could not reload: {e}")),
            },
            Action::SaveCopy => match s.session.save_as_copy() {
                Ok(path) => {
                    self.say(Level::Info, format!("Saved as a copy: {}; edits now go there", path.display()))
                }
                Err(e) => self.say(Level::Error, format!("Could not save a copy: {e}")),
            },
            Action::Back => {
                self.say(Level::Warning, "Edits are kept in memory only; the file on disk is unchanged");
            }
            _ => return Some(Modal::Conflict),
        }
        None
    }

    fn recovery(&mut self, mut files: Vec<PathBuf>, action: Action) -> Option<Modal> {
        let first = files.first().cloned()?;
        match action {
            Action::Restore => {
                // `dmu open X` may have opened the very account being restored; its
                // lock would make the restore read-only. Nothing was edited yet (this
                // question comes first), so close it and open it again afterwards.
                let reopen = self.open_account().map(|s| s.session.path());
                self.screen = Screen::Accounts;
                let restored = self.library.restore(&first);
                self.rescan();
                if let Some(path) = &reopen {
                    self.open_path(path);
                }
                match restored {
                    Ok(path) => {
                        self.say(Level::Info, format!("Restored the unsaved edits into {}", path.display()))
                    }
                    Err(e) => {
                        self.say(Level::Error, format!("Could not restore: {e}"));
                        return Some(Modal::Recovery(files));
                    }
                }
            }
            Action::Discard => match self.library.trash(&first) {
                Ok(to) => self.say(Level::Info, format!("Moved the recovery file to {}", to.display())),
                Err(e) => {
                    self.say(Level::Error, e);
                    return Some(Modal::Recovery(files));
                }
            },
            Action::Back => {
                self.say(Level::Info, "Kept the recovery file(s); dmu asks again next start");
                return None;
            }
            _ => return Some(Modal::Recovery(files)),
        }
        files.remove(0);
        (!files.is_empty()).then_some(Modal::Recovery(files))
    }
}
