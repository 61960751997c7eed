//! The state of the whole TUI and [`App::update`], which carries out one [`Action`].
//! No terminal I/O here: tests build an `App` and feed it actions.
//!
//! Domain state lives in the [`Session`] (the open account and its history), view
//! state with each view (`views/*`); the app only knows which screen and which modal
//! are up, and the message of the moment.

use super::action::Action;
use super::keymap::{self, Mode};
use super::library::Library;
use super::render;
use super::session::{RecoverySlot, Session};
use super::theme::Theme;
use super::views::AccountView;
use super::views::account_view::{AccountViewState, ViewContext};
use super::views::accounts::AccountsView;
use super::views::agenda::AgendaView;
use super::views::changes::ChangesView;
use super::views::coverage::CoverageView;
use super::views::deals::DealsView;
use super::views::followups::FollowUpsView;
use super::views::influence::InfluenceView;
use super::views::org_chart::OrgChartView;
use super::views::people::{self, PeopleView};
use super::views::plan::PlanView;
use super::views::portfolio;
use super::views::power_grid::PowerGridView;
use super::views::pull::PullView;
use super::views::team::OurTeamView;
use super::views::trash::TrashView;
use super::widgets::dialog::{Confirm, Kept, Leaving, Modal, Pending};
use crate::model::{Date, ops};
use crate::store::AccountStore;
use crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use std::path::Path;

pub(super) mod history;
// Importing contacts: the key, the flow, its words.
mod import_flow;
pub(super) mod import_texts;
pub(super) mod texts;
mod trash;
mod view_keys;
// Sharing through git: the sync key, the conflicts from a merge, their words.
mod merge_conflicts;
pub(super) mod sync_texts;
mod team_sync;
pub use team_sync::TICK as BACKGROUND_TICK;

/// The screen under any modal.
pub enum Screen {
    /// The list of accounts.
    Accounts,
    /// One open account.
    Account(Box<AccountScreen>),
    /// The open follow-ups of every account.
    Agenda(Box<AgendaView>),
    /// Our team across accounts.
    OurTeam(OurTeamView),
    /// The accounts in the trash, to put one back.
    Trash(TrashView),
}

/// An open account: the session and the state of each of its views.
pub struct AccountScreen {
    /// The account, its store and its history.
    pub session: Session,
    /// Which view is shown.
    pub view: AccountView,
    /// The people view's state.
    pub people: PeopleView,
    /// The org chart's state (rebuilt when shown after a change).
    pub org: OrgChartView,
    /// The coverage matrix's state (rebuilt when shown after a change).
    pub coverage: CoverageView,
    /// The influence map's state (laid out again when shown after a change).
    pub influence: InfluenceView,
    /// The Pull view's state (its analysis is computed once per edit).
    pub pull: PullView,
    /// The follow-ups view's state.
    pub followups: FollowUpsView,
    /// The Changes view's state (its rows are worked out once per edit and start).
    pub changes: ChangesView,
    /// The Deals view's state (each deal's pull is worked out once per edit).
    pub deals: DealsView,
    /// The account plan's state (its rows are worked out once per edit).
    pub plan: PlanView,
    /// The power-interest grid's state (placed once per edit and start).
    pub grid: PowerGridView,
    /// Read-only because another window held the account, and that window has let go
    /// since: a reload opens it for editing.
    pub lock_free: bool,
}

impl AccountScreen {
    /// The state of the view shown. With [`AccountScreen::view_parts`], the one place
    /// that knows which state belongs to which view.
    pub fn view_state(&self) -> &dyn AccountViewState {
        match self.view {
            AccountView::People => &self.people,
            AccountView::OrgChart => &self.org,
            AccountView::Coverage => &self.coverage,
            AccountView::Influence => &self.influence,
            AccountView::Pull => &self.pull,
            AccountView::FollowUps => &self.followups,
            AccountView::Changes => &self.changes,
            AccountView::Deals => &self.deals,
            AccountView::Plan => &self.plan,
            AccountView::Grid => &self.grid,
        }
    }

    /// The state of the view shown, to change, with what it is given: the account and
    /// the body of the screen.
    pub fn view_parts(
        &mut self,
        today: Date,
        theme: Theme,
        body: Rect,
    ) -> (&mut dyn AccountViewState, ViewContext<'_>) {
        let view: &mut dyn AccountViewState = match self.view {
            AccountView::People => &mut self.people,
            AccountView::OrgChart => &mut self.org,
            AccountView::Coverage => &mut self.coverage,
            AccountView::Influence => &mut self.influence,
            AccountView::Pull => &mut self.pull,
            AccountView::FollowUps => &mut self.followups,
            AccountView::Changes => &mut self.changes,
            AccountView::Deals => &mut self.deals,
            AccountView::Plan => &mut self.plan,
            AccountView::Grid => &mut self.grid,
        };
        (view, view_context(&self.session, today, theme, body))
    }

    /// The position of the person selected in the view shown, if any.
    pub fn selected_person(&self) -> Option<usize> {
        let person = self.view_state().selected_person(self.session.account());
        person.filter(|&p| p < self.session.account().people.len())
    }
}

/// What a view of the account in `session` is given.
pub fn view_context(session: &Session, today: Date, theme: Theme, body: Rect) -> ViewContext<'_> {
    ViewContext {
        account: session.shown(),
        base: session.account(),
        deal: session.lens().map(|d| d.id.as_str()),
        index: session.index(),
        generation: session.view_generation(),
        base_generation: session.generation(),
        today,
        theme,
        body,
    }
}

/// How a message is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// News.
    Info,
    /// Something the rep should know (read-only, not saved).
    Warning,
    /// Something failed.
    Error,
}

/// A one-line message in the status bar, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The words.
    pub text: String,
    /// How loud.
    pub level: Level,
}

/// The whole TUI state.
pub struct App {
    pub(super) library: Box<dyn Library>,
    /// The account list's state (kept while an account is open).
    pub accounts: AccountsView,
    /// The screen shown.
    pub screen: Screen,
    /// What is shown over the screen.
    pub modal: Option<Modal>,
    /// The message of the moment.
    pub message: Option<Message>,
    /// Styles.
    pub theme: Theme,
    /// The day ages count to (fixed in tests).
    pub today: Date,
    pub(super) size: Rect,
    pub(super) quit: bool,
    pub(super) recovery: RecoverySlot,
    /// Words to print once the terminal is restored after quitting (where unsaved
    /// edits went).
    pub(super) farewell: Option<String>,
    /// The screens the one shown was reached from (the agenda, the team), latest last:
    /// Esc goes back to them as they were left, selection and all.
    pub(super) back: Vec<Screen>,
    /// The undo and redo histories of the accounts closed so far, by file, given back
    /// when one is opened again (see [`history`]).
    pub(super) histories: history::Histories,
    /// Who the rep is (the history's `by`), when something says so.
    pub user: Option<String>,
    /// Which word of a name sorts people by name (the settings' `sort_names`).
    pub sort_names: crate::i18n::collate::SortBy,
    /// Whether to ask who the rep is, once, when `user` is `None` and the first edit
    /// that records history is made (or the Changes view is opened). The TUI's `run`
    /// turns it on; an app made otherwise (a test, say) never stops to ask.
    pub asks_who: bool,
    /// Asked already this session (answered or skipped).
    pub(super) asked_who: bool,
    /// The question who the rep is, while it is asked: it stands over any modal.
    pub who: Option<super::ask_user::AskUser>,
    /// The settings file, where the answer is kept (`None`: the system has no config
    /// folder and none was named).
    pub settings_file: Option<std::path::PathBuf>,
    /// What tells the time of an edit for the history (fixed in tests, like `today`).
    pub clock: fn() -> String,
    /// Sharing through git: a sync running, when the last one was (see `team_sync`).
    pub(super) sharing: team_sync::Sharing,
    /// An import under way, and where the last file was (see `import_flow`).
    pub(super) imports: import_flow::Imports,
}

impl App {
    /// An app on the account list of a library. `recovery` receives the open account
    /// whenever it has edits that failed to save (the panic hook reads it).
    pub fn new(library: Box<dyn Library>, today: Date, theme: Theme, recovery: RecoverySlot) -> App {
        let mut app = App {
            library,
            accounts: AccountsView::default(),
            screen: Screen::Accounts,
            modal: None,
            message: None,
            theme,
            today,
            size: Rect::new(0, 0, 80, 24),
            quit: false,
            recovery,
            farewell: None,
            back: Vec::new(),
            histories: Default::default(),
            user: None,
            sort_names: Default::default(),
            asks_who: false,
            asked_who: false,
            who: None,
            settings_file: None,
            clock: crate::model::now_utc,
            sharing: Default::default(),
            imports: Default::default(),
        };
        app.rescan();
        let found = app.library.recoveries();
        if !found.is_empty() {
            app.modal = Some(Modal::Recovery(found));
        }
        app
    }

    /// Whether the user asked to quit.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// What to tell the rep after the screen is gone, if anything (where the unsaved
    /// edits went when quitting with them).
    pub fn farewell(&self) -> Option<&str> {
        self.farewell.as_deref()
    }

    /// Where the open account is kept while it has unsaved edits (the panic hook's copy).
    pub fn recovery_slot(&self) -> &RecoverySlot {
        &self.recovery
    }

    /// The data folder's library.
    pub fn library(&self) -> &dyn Library {
        self.library.as_ref()
    }

    /// Shows a message until the next key.
    pub fn say(&mut self, level: Level, text: impl Into<String>) {
        self.message = Some(Message { text: text.into(), level });
    }

    /// The mode the keyboard is in.
    pub fn mode(&self) -> Mode {
        if self.who.is_some() {
            return Mode::AskUser;
        }
        if let Some(m) = &self.modal {
            return m.mode();
        }
        if let Some(i) = self.importing() {
            return i.mode();
        }
        match &self.screen {
            Screen::Accounts => Mode::AccountList,
            Screen::Account(s) => s.view_state().mode(),
            Screen::Agenda(_) => Mode::Agenda,
            Screen::OurTeam(_) => Mode::OurTeam,
            Screen::Trash(_) => Mode::Trash,
        }
    }

    /// The open account, if any.
    pub fn open_account(&self) -> Option<&AccountScreen> {
        match &self.screen {
            Screen::Account(s) => Some(s),
            _ => None,
        }
    }

    /// Translates a key through the keymap and carries it out; returns whether the
    /// key meant anything here.
    pub fn handle_key(&mut self, key: KeyEvent) -> bool {
        if self.too_small() {
            // The screen shows only "terminal too small": a key would act on something
            // the rep cannot see (a delete, say), so keys wait for a bigger terminal.
            // Ctrl-c still quits.
            let ctrl_c = key.code == crossterm::event::KeyCode::Char('c')
                && key.modifiers.contains(crossterm::event::KeyModifiers::CONTROL);
            if ctrl_c {
                self.update(Action::Quit);
            }
            return false;
        }
        let handled = match keymap::lookup(self.mode(), key) {
            Some(action) => {
                self.update(action);
                true
            }
            None => false,
        };
        self.notice_lock_released() || handled
    }

    /// On an account opened read-only because another window was editing it: looks
    /// whether that window has let go (a probe of the small lock file, made on each key
    /// and when the terminal regains focus, until it has), and if so says how to reopen
    /// the account for editing. Returns whether it said so.
    pub fn notice_lock_released(&mut self) -> bool {
        let Screen::Account(s) = &mut self.screen else { return false };
        if s.lock_free || s.session.read_only().is_none() || !s.session.lock_released() {
            return false;
        }
        s.lock_free = true;
        let key =
            keymap::key_for(Mode::People, Action::ReopenForEditing).map_or("R".into(), keymap::key_label);
        self.say(Level::Warning, crate::t!("tui-app-lock-released", key = key));
        true
    }

    /// The pull model's weights and thresholds, which the help lists when it is opened
    /// on the Pull view (empty elsewhere).
    pub(super) fn help_model(&self) -> Vec<String> {
        match &self.screen {
            Screen::Account(s) if s.view == AccountView::Pull => {
                s.pull.computed().map(|c| c.config.describe()).unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }

    /// Whether the status bar leaves out the hint of an action: the edits, while the open
    /// account is read-only (their keys still answer, with the reason), and taking the
    /// deal lens off while none is on.
    pub(super) fn hint_hidden(&self, action: Action) -> bool {
        let read_only = self.open_account().is_some_and(|s| s.session.read_only().is_some());
        let no_lens = self.open_account().is_none_or(|s| s.session.lens().is_none());
        (read_only && keymap::is_edit(self.mode(), action))
            || (no_lens && action == Action::ClearLens)
            || self.sync_hint_hidden(action)
    }

    /// The part of the screen a screen's view gets: between header and status bar, less
    /// the banner row over an account with conflicts from a merge.
    pub(super) fn body(&self) -> Rect {
        let body = render::body_area(self.size);
        match self.conflicts_banner() {
            Some(_) if body.height > 1 => Rect { y: body.y + 1, height: body.height - 1, ..body },
            _ => body,
        }
    }

    /// Whether the terminal is too small to show anything but "terminal too small".
    pub(super) fn too_small(&self) -> bool {
        self.size.width < render::MIN_WIDTH || self.size.height < render::MIN_HEIGHT
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                self.sync();
                return;
            }
            // Test-only (bound only with DMU_TEST_PANIC=1): proves the panic path.
            Action::TestPanic => panic!("test panic requested with F12 (DMU_TEST_PANIC=1)"),
            _ => {}
        }
        self.message = None;
        if self.quit_waits_for_sync(action) {
            return;
        }
        if let Some(ask) = self.who.take() {
            self.who = self.update_who(ask, action);
        } else if let Some(modal) = self.modal.take() {
            self.modal = self.update_modal(modal, action);
        } else if let Some(import) = self.imports.open.take() {
            self.imports.open = self.update_import(import, action);
        } else if matches!(self.screen, Screen::Accounts) {
            self.update_accounts(action);
        } else if matches!(self.screen, Screen::Agenda(_) | Screen::OurTeam(_)) {
            self.update_boards(action);
        } else if matches!(self.screen, Screen::Trash(_)) {
            self.update_trash(action);
        } else {
            self.update_account(action);
        }
        self.sync();
    }

    /// Brings derived view state up to date after a change (cheap when nothing
    /// changed: the people order is recomputed only for a new generation).
    fn sync(&mut self) {
        let (body, today, theme) = (self.body(), self.today, self.theme);
        if let Screen::Account(s) = &mut self.screen {
            s.people.sync_with(s.session.shown(), s.session.view_generation(), s.session.view_change());
            let show_search = s.people.searching || !s.people.query.text().is_empty();
            let page = people::page_rows(people::layout(body, show_search).table);
            s.people.scroll(page);
            if s.view == AccountView::People {
                let selected = s.people.selected_position();
                let (a, ix, g) = (s.session.account(), s.session.index(), s.session.generation());
                s.people.history.sync(a, ix, g, selected);
            }
            // Only the view on screen is kept current; the others catch up when shown.
            let (view, cx) = s.view_parts(today, theme, body);
            view.sync(&cx);
        }
        if let Screen::Agenda(v) = &mut self.screen {
            v.sync(self.accounts.agenda(), self.accounts.generation());
        }
    }

    fn list_page(&self) -> usize {
        portfolio::page_rows(&self.accounts, render::body_area(self.size)).max(1)
    }

    pub(super) fn people_page(&self) -> usize {
        let show_search =
            self.open_account().is_some_and(|s| s.people.searching || !s.people.query.text().is_empty());
        people::page_rows(people::layout(self.body(), show_search).table).max(1)
    }

    /// Reads the data folder again.
    pub fn rescan(&mut self) {
        self.read_last_sync();
        match self.library.list() {
            Ok(rows) => self.accounts.set_rows(rows, self.today),
            Err(e) => self.say(Level::Error, e),
        }
    }

    /// Opens the account in a file.
    pub fn open_path(&mut self, path: &Path) {
        match self.library.open(path) {
            Ok((slug, store, account)) => {
                self.open_session(slug, account, store);
            }
            Err(e) => self.say(Level::Error, e),
        }
    }

    /// Shows an account opened through any store (tests pass doubles here).
    pub fn open_session(
        &mut self,
        slug: String,
        account: crate::model::Account,
        store: Box<dyn AccountStore>,
    ) {
        let mut session = Session::new(slug, account, store, self.recovery.clone());
        let dropped = self.give_history(&mut session);
        let read_only = session.read_only().map(|why| crate::t!("tui-app-opened-read-only", why = why));
        match (read_only, dropped) {
            (Some(r), Some(d)) => self.say(Level::Warning, format!("{r}. {d}")),
            (Some(words), None) | (None, Some(words)) => self.say(Level::Warning, words),
            (None, None) => {}
        }
        self.show_session(session);
    }

    /// Shows a session on the account screen, on the people view. An account shown
    /// before leaves its history with the app.
    pub(super) fn show_session(&mut self, mut session: Session) {
        session.set_author(self.user.as_deref());
        session.set_clock(self.clock);
        if let Screen::Account(mut old) = std::mem::replace(&mut self.screen, Screen::Accounts) {
            self.keep_history(&mut old.session);
        }
        self.screen = Screen::Account(Box::new(AccountScreen {
            session,
            view: AccountView::People,
            people: PeopleView::sorting_names(self.sort_names),
            org: OrgChartView::default(),
            coverage: CoverageView::default(),
            influence: InfluenceView::default(),
            pull: PullView::default(),
            followups: FollowUpsView::default(),
            changes: ChangesView::default(),
            deals: DealsView::default(),
            plan: PlanView::default(),
            grid: PowerGridView::default(),
            lock_free: false,
        }));
        self.sync();
    }

    fn update_accounts(&mut self, action: Action) {
        let page = self.list_page();
        match action {
            Action::Up => self.accounts.move_by(-1, page),
            Action::Down => self.accounts.move_by(1, page),
            Action::PageUp => self.accounts.move_by(-(page as isize), page),
            Action::PageDown => self.accounts.move_by(page as isize, page),
            Action::Top => self.accounts.move_by(isize::MIN / 2, page),
            Action::Bottom => self.accounts.move_by(isize::MAX / 2, page),
            Action::Open => match self.accounts.selected().cloned() {
                Some(row) if row.summary.is_ok() => self.open_path(&row.path),
                Some(row) => self.say(Level::Error, crate::t!("tui-app-open-unreadable", slug = &row.slug)),
                None => self.say(Level::Info, crate::t!("tui-app-no-account-yet")),
            },
            Action::Add => self.modal = Some(super::dialogs::new_account_prompt()),
            Action::Rename => {
                if let Some(row) = self.accounts.selected() {
                    match &row.summary {
                        Ok(s) => self.modal = Some(super::dialogs::rename_prompt(&row.path, &s.name)),
                        Err(_) => self.say(Level::Error, crate::t!("tui-app-rename-unreadable")),
                    }
                }
            }
            Action::Delete => {
                if let Some(row) = self.accounts.selected() {
                    let name = row
                        .summary
                        .as_ref()
                        .map_or_else(|_| format!("{}.json", row.slug), |s| s.name.clone());
                    let trash = self.library.root().join("trash").display().to_string();
                    self.modal = Some(Modal::Confirm(Confirm {
                        question: crate::t!("tui-app-trash-question", name = crate::text::inert(&name)),
                        detail: crate::t!("tui-app-trash-detail", folder = trash),
                        on_yes: Pending::TrashAccount(row.path.clone()),
                    }));
                }
            }
            Action::Help => self.modal = Some(Modal::Help(0)),
            Action::Quit => self.quit = true,
            Action::SortNext | Action::SortReverse => self.sort_portfolio(action == Action::SortReverse),
            Action::ShowAgenda => self.show_agenda(None),
            Action::ShowTeam => self.show_team(),
            Action::ShowTrash => self.show_trash(),
            Action::Sync => self.start_sync(),
            Action::Import => self.start_import(),
            _ => {}
        }
    }

    /// Closes the account (or quits). With unsaved edits, first writes them to a
    /// recovery file (in the first place that takes it, read back), then asks, saying
    /// where they are; when no place takes them, the question offers to write the
    /// account to a file the rep names, or to go without the edits.
    pub(super) fn close_account(&mut self, pending: Pending) {
        let Screen::Account(s) = &mut self.screen else { return self.finish_close(pending) };
        let Some(why) = s.session.save_error().map(|e| e.to_string()) else {
            return self.finish_close(pending);
        };
        // Asked before, and nothing changed since: that file still holds them (if it is
        // still there).
        let current = s.session.current_recovery_file().map(Path::to_path_buf);
        let kept = match current.filter(|p| self.library.recoveries().contains(p)) {
            Some(p) => Kept::Recovery(p),
            None => match self.library.write_recovery(&s.session.rescue()) {
                Ok(p) => {
                    // The new file holds all the older one did (the edits since too).
                    if let Some(old) = s.session.set_recovery_file(Some(p.clone())) {
                        let _ = self.library.trash(&old);
                    }
                    Kept::Recovery(p)
                }
                Err(e) => Kept::Nowhere(e),
            },
        };
        self.modal = Some(Modal::Leaving(Leaving { pending, why, kept }));
    }

    /// Leaves the account (and quits when asked), back to the screen it was opened from
    /// (the portfolio, the agenda or the team), keeping its undo history for when it is
    /// opened again. Unsaved edits were written somewhere before this, or the rep chose
    /// to lose them; the panic hook's copy goes.
    pub(super) fn finish_close(&mut self, pending: Pending) {
        if let Screen::Account(mut s) = std::mem::replace(&mut self.screen, Screen::Accounts) {
            let slug = s.session.slug().to_string();
            if let Ok(mut slot) = self.recovery.lock() {
                *slot = None;
            }
            self.keep_history(&mut s.session);
            // Closed (its lock let go) before the folder is read again.
            drop(s);
            self.go_back();
            self.accounts.select_slug(&slug);
        }
        if pending == Pending::QuitUnsaved {
            self.quit = true;
        }
    }

    /// Shows the screen the one shown was reached from, as it was left, or the portfolio;
    /// reads the data folder again, since the way back may pass an edit. The agenda stays
    /// on the follow-up it was on when that one is still there.
    pub(super) fn go_back(&mut self) {
        let on = match self.back.last() {
            Some(Screen::Agenda(v)) => {
                v.selected(self.accounts.agenda()).map(|e| (e.account.clone(), e.id.clone()))
            }
            _ => None,
        };
        self.screen = self.back.pop().unwrap_or(Screen::Accounts);
        self.rescan();
        if let (Screen::Agenda(v), Some((account, id))) = (&mut self.screen, on) {
            v.sync(self.accounts.agenda(), self.accounts.generation());
            v.select_where(self.accounts.agenda(), |e| e.account == account && e.id == id);
        }
    }

    /// Once the open account's edits are saved (or dropped by a reload), the recovery
    /// file that held them goes to the trash; returns where it went.
    pub(super) fn settle_recovery_file(&mut self) -> Option<String> {
        let Screen::Account(s) = &mut self.screen else { return None };
        let file = s.session.take_settled_recovery_file()?;
        Some(match self.library.trash(&file) {
            Ok(to) => to.display().to_string(),
            Err(e) => crate::t!(
                "tui-app-recovery-not-moved",
                file = file.display().to_string(),
                why = e.to_string()
            ),
        })
    }

    /// After a commit, undo or redo: the message, plus the save problem if any.
    pub(super) fn after_edit(&mut self, done: String) {
        let Some(s) = self.open_account() else { return };
        match s.session.save_error() {
            None => match self.settle_recovery_file() {
                Some(t) => {
                    self.say(Level::Info, crate::t!("tui-app-saved-recovery-trashed", done = done, trash = t))
                }
                None => self.say(Level::Info, done),
            },
            Some(crate::store::SaveError::ChangedOnDisk) => {
                self.say(Level::Warning, crate::t!("tui-app-done-changed-on-disk", done = done));
                self.modal = Some(Modal::Conflict);
            }
            Some(e) => {
                self.say(Level::Error, crate::t!("tui-app-done-not-saved", done = done, why = e.to_string()))
            }
        }
    }

    /// Commits an edit built from the open account; the message names it.
    pub(super) fn commit(
        &mut self,
        build: impl FnOnce(&crate::model::Account) -> Result<crate::model::Edit, ops::RuleError>,
        label: String,
    ) -> bool {
        self.commit_noted(build, label, None)
    }

    /// [`App::commit`] with a note for the history entries the edit makes. The first
    /// edit that records history, while nobody knows who the rep is, asks (once).
    pub(super) fn commit_noted(
        &mut self,
        build: impl FnOnce(&crate::model::Account) -> Result<crate::model::Edit, ops::RuleError>,
        label: String,
        note: Option<String>,
    ) -> bool {
        let Screen::Account(s) = &mut self.screen else { return false };
        let entries = s.session.account().history.len();
        let edit = match build(s.session.account()) {
            Ok(e) => e,
            Err(e) => {
                self.say(Level::Error, e.to_string());
                return false;
            }
        };
        match s.session.commit_noted(edit, label.clone(), note) {
            Ok(()) => {
                let recorded = s.session.account().history.len() > entries;
                self.after_edit(capitalise(&label));
                if recorded {
                    self.ask_who_once(true);
                }
                true
            }
            Err(e) => {
                self.say(Level::Warning, capitalise(&e.to_string()));
                false
            }
        }
    }
}

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
