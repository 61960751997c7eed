//! How the app answers actions while a modal is open: help scrolling, questions,
//! prompts, the person form, the changed-on-disk choice, leaving with unsaved edits
//! and the recovery offer.

use super::action::Action;
use super::app::{App, Level, Screen, capitalise};
use super::render;
use super::session::Session;
use super::widgets::dialog::{Kept, Leaving, Modal, Pending, Prompt, PromptFor};
use super::widgets::field::TextField;
use super::widgets::form::FormOutcome;
use super::widgets::help::HelpWidget;
use crate::model::ops;
use crate::store::{Done, Restored};
use crate::t;
use crate::text::inert;
use std::path::{Path, PathBuf};

/// The prompt for a new account's name.
pub fn new_account_prompt() -> Modal {
    Modal::Prompt(Prompt {
        title: t!("tui-app-prompt-new-account"),
        field: TextField::default(),
        purpose: PromptFor::NewAccount,
        error: None,
    })
}

/// The prompt for a file to write the open account to (no recovery place took it).
fn write_account_prompt(leaving: Leaving) -> Modal {
    Modal::Prompt(Prompt {
        title: t!("tui-app-prompt-write-account"),
        field: TextField::default(),
        purpose: PromptFor::WriteAccount(Box::new(leaving)),
        error: None,
    })
}

/// The prompt for a new name of the account in `path`.
pub fn rename_prompt(path: &Path, name: &str) -> Modal {
    Modal::Prompt(Prompt {
        title: t!("tui-app-prompt-rename", name = inert(name)),
        field: TextField::new(name),
        purpose: PromptFor::Rename(path.to_path_buf()),
        error: None,
    })
}

impl App {
    /// Looks up the person form's namesakes again when its name changed: a lookup in
    /// the session's name index, so typing costs the same however big the account.
    pub(super) fn refresh_namesakes(&mut self) {
        let (Some(Modal::Person(form)), Screen::Account(s)) = (&mut self.modal, &mut self.screen) else {
            return;
        };
        let Some(name) = form.namesakes_stale().map(str::to_string) else { return };
        let found = s.session.namesakes(&name, form.person_id());
        let a = s.session.account();
        form.set_namesakes(
            found.into_iter().map(|i| (a.people[i].name.clone(), a.people[i].title.clone())).collect(),
        );
    }

    /// Carries out an action on the open modal; returns the modal to keep open.
    pub(super) fn update_modal(&mut self, modal: Modal, action: Action) -> Option<Modal> {
        match modal {
            Modal::Help(scroll) => {
                // The help fills the body, inside its border; it scrolls until its last
                // line is at the bottom, no further.
                let page = render::body_area(self.size).height.saturating_sub(2).max(1);
                let help = HelpWidget { scroll: 0, theme: self.theme, model: self.help_model() };
                let last = u16::try_from(help.height()).unwrap_or(u16::MAX).saturating_sub(page);
                let to = match action {
                    Action::Up => scroll.saturating_sub(1),
                    Action::Down => scroll.saturating_add(1),
                    Action::PageUp => scroll.saturating_sub(page),
                    Action::PageDown => scroll.saturating_add(page),
                    Action::Top => 0,
                    Action::Bottom => last,
                    Action::Back => return None,
                    _ => scroll,
                };
                Some(Modal::Help(to.min(last)))
            }
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
                // Back to the choice the prompt came from, which still stands.
                Action::Back => match p.purpose {
                    PromptFor::WriteAccount(l) => Some(Modal::Leaving(*l)),
                    _ => None,
                },
                other => {
                    if p.field.handle(other) {
                        p.error = None;
                    }
                    Some(Modal::Prompt(p))
                }
            },
            Modal::Person(mut form) => match form.handle(action) {
                FormOutcome::Editing => {
                    self.modal = Some(Modal::Person(form));
                    self.refresh_namesakes();
                    self.modal.take()
                }
                FormOutcome::Cancel => None,
                FormOutcome::Save(person) => {
                    self.save_person(form.adding, *person, form.history_note(), form.deal_roles());
                    self.modal.take()
                }
            },
            Modal::Conflict => self.conflict(action),
            Modal::Recovery(files) => self.recovery(files, action),
            Modal::Leaving(l) => self.leaving(l, action),
            Modal::Record(form) => self.update_record(form, action),
            Modal::Relations(editor) => self.update_relations(*editor, action),
            Modal::MergeConflicts(v) => self.update_merge_conflicts(*v, action),
            Modal::Notice(n) => n.update(action).map(|n| Modal::Notice(Box::new(n))),
        }
    }

    fn confirmed(&mut self, pending: Pending) {
        match pending {
            Pending::DeletePerson(id) => {
                let name =
                    self.open_account().and_then(|s| s.session.account().person(&id).map(|p| p.name.clone()));
                let label = t!("tui-app-edit-delete-person", name = inert(name.as_deref().unwrap_or(&id)));
                self.commit(|a| ops::delete_person(a, &id), label);
            }
            Pending::TrashAccount(path) => match self.library.trash(&path) {
                Ok(to) => {
                    self.rescan();
                    self.say(Level::Info, t!("tui-app-moved-to", place = to.display().to_string()));
                }
                Err(e) => self.say(Level::Error, e),
            },
            Pending::DeleteFollowUp(id) => self.delete_record(&id, true),
            Pending::DeleteDemand(id) => self.delete_record(&id, false),
            Pending::DeleteDeal(id) => self.delete_deal(&id),
            Pending::DeletePlanItem(id) => self.delete_plan_item(&id),
            Pending::QuitUnsaved | Pending::CloseUnsaved => self.finish_close(pending),
        }
    }

    fn prompt_done(&mut self, mut p: Prompt) -> Option<Modal> {
        if let PromptFor::WriteAccount(leaving) = &p.purpose {
            return self.write_account(leaving.as_ref().clone(), p);
        }
        if p.purpose == PromptFor::WhatIfNote {
            let note = Some(p.field.text().trim().to_string()).filter(|n| !n.is_empty());
            self.apply_what_if(note);
            return self.modal.take();
        }
        let name = p.field.text().trim().to_string();
        if name.is_empty() {
            p.error = Some(t!("tui-app-name-required"));
            return Some(Modal::Prompt(p));
        }
        if p.purpose == PromptFor::ImportProfile {
            self.save_import_profile(&name);
            return None;
        }
        let result = match &p.purpose {
            PromptFor::NewAccount => self.library.create(&name).map(|path| {
                self.rescan();
                self.open_path(&path);
                t!("tui-app-created", name = inert(&name))
            }),
            PromptFor::Rename(path) => self.library.rename(path, &name).map(|()| {
                self.rescan();
                t!("tui-app-renamed", name = inert(&name))
            }),
            PromptFor::WriteAccount(_) | PromptFor::WhatIfNote | PromptFor::ImportProfile => return None,
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

    /// Saves the person form; through a deal (`deal`: its id and the roles the form
    /// gives), the person's roles in that deal too, in the same edit (one undo).
    fn save_person(
        &mut self,
        adding: bool,
        mut person: crate::model::Person,
        note: Option<String>,
        deal: Option<(String, Vec<crate::model::Role>)>,
    ) {
        if let (true, Some(s)) = (adding, self.open_account()) {
            let taken = s.session.account().people.iter().map(|p| p.id.as_str());
            person.id = crate::model::readable_id("p", &person.name, taken);
        }
        let id = person.id.clone();
        let name = inert(&person.name);
        let label = if adding {
            t!("tui-app-edit-add-person", name = &name)
        } else {
            t!("tui-app-edit-edit-person", name = &name)
        };
        let done = self.commit_noted(
            |a| {
                let edit = if adding { ops::add_person(a, person) } else { ops::update_person(a, person)? };
                match deal {
                    Some((deal, roles)) => {
                        Ok(edit.then(super::deals_update::deal_roles(a, &deal, &id, roles)?))
                    }
                    None => Ok(edit),
                }
            },
            label,
            note,
        );
        if let (true, Screen::Account(s)) = (done, &mut self.screen) {
            // The order changes with the edit; recompute now so the new row is found.
            s.people.sync_with(s.session.shown(), s.session.view_generation(), s.session.view_change());
            s.people.select_id(s.session.account(), &id);
            // Added or edited from another view: select them there too.
            let at = s.session.account().people.iter().position(|p| p.id == id);
            if let (true, Some(at)) = (s.view != super::views::AccountView::People, at) {
                self.select_in_view(at);
            }
        }
    }

    fn conflict(&mut self, action: Action) -> Option<Modal> {
        let Screen::Account(s) = &mut self.screen else { return None };
        match action {
            Action::Reload => match s.session.reload() {
                Ok(()) => {
                    let text = match self.settle_recovery_file() {
                        Some(trash) => t!("tui-app-reloaded-recovery-trashed", trash = trash),
                        None => t!("tui-app-reloaded-from-disk"),
                    };
                    self.say(Level::Info, text)
                }
                Err(e) => self.say(Level::Error, t!("tui-app-reload-error", why = e.to_string())),
            },
            Action::SaveCopy => match s.session.save_as_copy() {
                Ok(path) => {
                    let path = path.display().to_string();
                    let text = match self.settle_recovery_file() {
                        Some(trash) => t!("tui-app-saved-copy-recovery-trashed", path = path, trash = trash),
                        None => t!("tui-app-saved-copy", path = path),
                    };
                    self.say(Level::Info, text)
                }
                Err(e) => self.say(Level::Error, t!("tui-app-save-copy-error", why = e.to_string())),
            },
            Action::Back => {
                self.say(Level::Warning, t!("tui-app-conflict-later"));
            }
            _ => return Some(Modal::Conflict),
        }
        None
    }

    fn recovery(&mut self, mut files: Vec<PathBuf>, action: Action) -> Option<Modal> {
        let first = files.first().cloned()?;
        match action {
            Action::Restore => {
                if self.open_account().is_some_and(|s| s.session.save_error().is_some()) {
                    self.say(Level::Error, t!("tui-app-restore-leave-first"));
                    return Some(Modal::Recovery(files));
                }
                // `dmu open X` may have opened the very account being restored; its
                // lock would make the restore read-only. Nothing was edited yet (this
                // question comes first), so close it and open it again afterwards.
                let reopen = self.open_account().map(|s| s.session.path());
                self.screen = Screen::Accounts;
                let restored = self.library.restore(&first);
                self.rescan();
                // When the file changed, the rescued edits are what opens instead.
                let changed = matches!(restored, Ok(Restored::Changed { .. }));
                if let (false, Some(path)) = (changed, &reopen) {
                    self.open_path(path);
                }
                match restored {
                    Ok(Restored::Changed { slug, store, rescued }) => {
                        files.remove(0);
                        let session = Session::rescued(slug, *rescued, store, self.recovery.clone(), first);
                        self.show_session(session);
                        let text = match files.len() {
                            0 => t!("tui-app-restore-changed"),
                            n => t!("tui-app-restore-changed-more", n = n),
                        };
                        self.say(Level::Warning, text);
                        return Some(Modal::Conflict);
                    }
                    Ok(Restored::Done { how, file, trash }) => {
                        let f = file.display().to_string();
                        let text = match how {
                            Done::Saved => t!("tui-app-restored-into", file = &f),
                            Done::Beside => t!("tui-app-restored-beside", file = &f),
                            Done::AlreadyThere => t!("tui-app-restored-already", file = &f),
                        };
                        let text = match trash {
                            Ok(_) => text,
                            Err(e) => t!("tui-app-restored-not-trashed", done = text, why = e.to_string()),
                        };
                        self.say(Level::Info, text);
                    }
                    Err(e) => {
                        self.say(Level::Error, t!("tui-app-restore-error", why = e.to_string()));
                        return Some(Modal::Recovery(files));
                    }
                }
            }
            Action::Discard => match self.library.trash(&first) {
                Ok(to) => {
                    self.say(Level::Info, t!("tui-app-recovery-moved", place = to.display().to_string()))
                }
                Err(e) => {
                    self.say(Level::Error, e);
                    return Some(Modal::Recovery(files));
                }
            },
            Action::Back => {
                self.say(Level::Info, t!("tui-app-recovery-kept", n = files.len()));
                return None;
            }
            _ => return Some(Modal::Recovery(files)),
        }
        files.remove(0);
        (!files.is_empty()).then_some(Modal::Recovery(files))
    }

    fn leaving(&mut self, l: Leaving, action: Action) -> Option<Modal> {
        match (&l.kept, action) {
            (Kept::Recovery(p) | Kept::File(p), Action::Yes) => {
                let (p, offered) = (p.clone(), matches!(l.kept, Kept::Recovery(_)));
                self.finish_close(l.pending.clone());
                let place = p.display().to_string();
                let words = if offered {
                    t!("tui-app-left-edits-recovery", place = place)
                } else {
                    t!("tui-app-left-edits-file", place = place)
                };
                self.say(Level::Warning, capitalise(&words));
                self.farewell = Some(words);
                self.modal.take()
            }
            (Kept::Nowhere(_), Action::WriteElsewhere) => Some(write_account_prompt(l)),
            (Kept::Nowhere(_), Action::LoseEdits) => {
                self.finish_close(l.pending.clone());
                let words = t!("tui-app-left-edits-lost");
                self.say(Level::Warning, capitalise(&words));
                self.farewell = Some(words);
                self.modal.take()
            }
            (_, Action::Back) => {
                let text = match &l.kept {
                    Kept::Recovery(p) => t!("tui-app-stay-recovery", place = p.display().to_string()),
                    Kept::File(p) => t!("tui-app-stay-file", place = p.display().to_string()),
                    Kept::Nowhere(_) => t!("tui-app-stay-nowhere"),
                };
                self.say(Level::Warning, text);
                None
            }
            _ => Some(Modal::Leaving(l)),
        }
    }

    /// Writes the open account to the file typed in the prompt; on success, back to the
    /// leaving question, which now says where the edits are.
    fn write_account(&mut self, mut leaving: Leaving, mut p: Prompt) -> Option<Modal> {
        let typed = p.field.text().trim().to_string();
        if typed.is_empty() {
            p.error = Some(t!("tui-app-write-path-required"));
            return Some(Modal::Prompt(p));
        }
        let s = self.open_account()?;
        match self.library.write_account_to(Path::new(&typed), s.session.account()) {
            Ok(path) => {
                leaving.kept = Kept::File(path);
                Some(Modal::Leaving(leaving))
            }
            Err(e) => {
                p.error = Some(e);
                Some(Modal::Prompt(p))
            }
        }
    }
}
