//! How the app answers actions on the screens across accounts: sorting the portfolio,
//! the agenda (jump to an account, mark done in another account's file, filter by
//! owner) and the team.
//!
//! Marking done from the agenda opens that account's file through the library, commits
//! one edit through a [`Session`] and closes it again, so the lock is held only for
//! that moment. When another dmu holds the lock the file opens read-only and nothing
//! is changed; the message says so.

use super::action::Action;
use super::app::{App, Level, Screen};
use super::render;
use super::session::{RecoverySlot, Session};
use super::views::AccountView;
use super::views::agenda::{self, AgendaView};
use super::views::team::OurTeamView;
use crate::model::Date;
use crate::model::ops::{self, Contacted};
use crate::t;
use crate::text::inert;

/// The message after a sort: "Sorted by name, reversed" (the portfolio and the people
/// table). `label` is the sort key's name as its view says it.
pub(super) fn sorted_by(label: impl AsRef<str>, reversed: bool) -> String {
    let label = label.as_ref();
    if reversed {
        t!("tui-messages-sorted-by-reversed", key = label)
    } else {
        t!("tui-messages-sorted-by", key = label)
    }
}

impl App {
    /// Sorts the portfolio by the next column, or reverses the sort.
    pub(super) fn sort_portfolio(&mut self, reverse: bool) {
        self.accounts.sort_by(reverse);
        let (key, rev) = self.accounts.sort();
        self.say(Level::Info, sorted_by(key.label(), rev));
    }

    /// Shows the agenda, everyone's or one owner's, as a screen of its own: Esc from it
    /// goes to the portfolio.
    pub(super) fn show_agenda(&mut self, owner: Option<String>) {
        self.back.clear();
        self.screen = Screen::Agenda(Box::new(AgendaView::for_owner(owner)));
    }

    /// Shows the team across accounts (Esc from it goes to the portfolio).
    pub(super) fn show_team(&mut self) {
        self.back.clear();
        self.screen = Screen::OurTeam(OurTeamView::default());
    }

    /// Carries out an action on the agenda or the team screen.
    pub(super) fn update_boards(&mut self, action: Action) {
        let page = agenda::page_rows(render::body_area(self.size)).max(1);
        let delta = match action {
            Action::Up => Some(-1),
            Action::Down => Some(1),
            Action::PageUp => Some(-(page as isize)),
            Action::PageDown => Some(page as isize),
            Action::Top => Some(isize::MIN / 2),
            Action::Bottom => Some(isize::MAX / 2),
            _ => None,
        };
        let len = self.accounts.team().len();
        match (&mut self.screen, delta) {
            (Screen::Agenda(v), Some(d)) => return v.move_by(d, page),
            (Screen::OurTeam(v), Some(d)) => return v.move_by(d, len, page),
            _ => {}
        }
        match action {
            Action::Back => self.go_back(),
            Action::ShowAgenda => self.show_agenda(None),
            Action::ShowTeam => self.show_team(),
            Action::Help => self.modal = Some(super::widgets::dialog::Modal::Help(0)),
            Action::Quit => self.quit = true,
            Action::NextOwner => {
                if let Screen::Agenda(v) = &mut self.screen {
                    v.next_owner(self.accounts.agenda());
                    let text = match v.owner() {
                        Some(o) => t!("tui-messages-agenda-of", who = inert(o)),
                        None => t!("tui-messages-agenda-of-everyone"),
                    };
                    self.say(Level::Info, text);
                }
            }
            Action::Open => self.board_open(),
            Action::MarkDone => self.agenda_done(),
            Action::Undo => self.agenda_undo(),
            _ => {}
        }
    }

    /// Enter: on the agenda, go to the account and person (or the follow-up); on the
    /// team, show that member's follow-ups.
    fn board_open(&mut self) {
        match &self.screen {
            Screen::OurTeam(v) => {
                let name = self.accounts.team().get(v.selected()).map(|r| r.name.clone());
                if let Some(name) = name {
                    // Esc from their agenda comes back here.
                    let team = std::mem::replace(&mut self.screen, Screen::Accounts);
                    self.show_agenda(Some(name));
                    self.back.push(team);
                }
            }
            Screen::Agenda(v) => {
                let Some(e) = v.selected(self.accounts.agenda()).cloned() else {
                    return self.say(Level::Info, t!("tui-messages-agenda-none-selected"));
                };
                let Some(path) = self.path_of(&e.account) else { return };
                // Esc from the account comes back to the agenda as it is.
                let agenda = std::mem::replace(&mut self.screen, Screen::Accounts);
                self.open_path(&path);
                if matches!(self.screen, Screen::Account(_)) {
                    self.back.push(agenda);
                } else {
                    self.screen = agenda;
                }
                if let Screen::Account(s) = &mut self.screen {
                    let a = s.session.account();
                    match e.person.as_deref().filter(|p| a.person(p).is_some()) {
                        Some(p) => s.people.select_id(a, p),
                        None => {
                            s.view = AccountView::FollowUps;
                            s.followups.sync(a, s.session.generation());
                            s.followups.select_followup(a, &e.id);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn path_of(&mut self, slug: &str) -> Option<std::path::PathBuf> {
        let path = self.accounts.rows().iter().find(|r| r.slug == slug).map(|r| r.path.clone());
        if path.is_none() {
            self.say(Level::Error, t!("tui-messages-account-file-gone", slug = inert(slug)));
        }
        path
    }

    /// `x` on the agenda: marks the selected follow-up done today, in its account's file.
    fn agenda_done(&mut self) {
        let Screen::Agenda(v) = &self.screen else { return };
        let Some(e) = v.selected(self.accounts.agenda()).cloned() else {
            return self.say(Level::Info, t!("tui-messages-agenda-none-selected"));
        };
        match self.set_done_in_file(&e.account, &e.id, Some(self.today), None) {
            Ok((text, contacted)) => {
                if let Screen::Agenda(v) = &mut self.screen {
                    v.last_done = Some((e.account.clone(), e.id.clone(), contacted));
                }
                self.rescan();
                self.say(Level::Info, t!("tui-messages-agenda-done", text = text));
            }
            Err(why) => self.say(Level::Warning, why),
        }
    }

    /// `u` on the agenda: opens again the follow-up last marked done here.
    fn agenda_undo(&mut self) {
        let last = match &mut self.screen {
            Screen::Agenda(v) => v.last_done.take(),
            _ => None,
        };
        let Some((slug, id, contacted)) = last else {
            return self.say(Level::Info, t!("tui-messages-agenda-nothing-to-undo"));
        };
        match self.set_done_in_file(&slug, &id, None, contacted.as_ref()) {
            Ok((text, _)) => {
                self.rescan();
                self.say(Level::Info, t!("tui-messages-agenda-undid", text = text));
            }
            Err(why) => self.say(Level::Warning, why),
        }
    }

    /// Sets or clears `done` of one follow-up in an account's file, through a session
    /// opened for just this edit; done with a person moves their last contact too, and
    /// clearing it with what that did (`contacted`) moves it back. Returns the message
    /// and what marking done did, or why nothing was changed.
    fn set_done_in_file(
        &mut self,
        slug: &str,
        id: &str,
        done: Option<Date>,
        contacted: Option<&Contacted>,
    ) -> Result<(String, Option<Contacted>), String> {
        let path =
            self.path_of(slug).ok_or_else(|| t!("tui-messages-account-file-missing", slug = inert(slug)))?;
        let (slug, store, account) = self.library.open(&path)?;
        let name = inert(&account.name).into_owned();
        // Its own recovery slot: this session ends here, so an unsaved edit is reported
        // now rather than written to a recovery file later.
        let mut session = Session::new(slug, account, store, RecoverySlot::default());
        session.set_author(self.user.as_deref());
        session.set_clock(self.clock);
        // The edit joins the account's undo history, as if made in the account, and the
        // history goes back to the app however this ends.
        let dropped = self.give_history(&mut session);
        let result = set_done(&mut session, id, done, contacted, &name);
        self.keep_history(&mut session);
        let (text, now) = result?;
        Ok((dropped.map_or_else(|| text.clone(), |d| format!("{text}. {d}")), now))
    }
}

/// Sets or clears `done` of one follow-up through a session; done with a person moves
/// their last contact too, and clearing it with what that did (`contacted`) moves it
/// back. The follow-up's words and what marking done did, or why nothing was changed.
fn set_done(
    session: &mut Session,
    id: &str,
    done: Option<Date>,
    contacted: Option<&Contacted>,
    name: &str,
) -> Result<(String, Option<Contacted>), String> {
    if let Some(why) = session.read_only() {
        return Err(t!("tui-messages-agenda-read-only", account = name, why = why));
    }
    let a = session.account();
    let gone = || t!("tui-messages-agenda-followup-gone", account = name);
    let f = a.follow_ups.iter().find(|f| f.id == id).ok_or_else(gone)?;
    // The edit's label names the follow-up only: undo says "Undid: …" of it, and a
    // moved last contact moves back with it.
    let label = t!("tui-messages-agenda-label", text = inert(&f.text), account = name);
    let (edit, now) = match done {
        Some(day) => ops::mark_done(a, id, day).map_err(|_| gone())?,
        None => (ops::mark_open(a, id, contacted).map_err(|_| gone())?, None),
    };
    let mut text = label.clone();
    if let Some(c) = &now {
        let who = a.person(&c.person).map_or(c.person.as_str(), |p| p.name.as_str());
        text = t!("tui-messages-with-last-contact", done = text, who = inert(who), day = &c.day);
    }
    session.commit(edit, label).map_err(|e| e.to_string())?;
    match session.save_error() {
        None => Ok((text, now)),
        Some(e) => Err(t!("tui-messages-agenda-save-error", account = name, why = e.to_string())),
    }
}
