//! The sync key: [`crate::sync::sync`] on a thread of its own, so the screen stays
//! responsive while git talks to the shared repository. The thread sends what it
//! learns over a channel; the event loop polls it ([`App::poll_background`]) while
//! waiting for keys, shows the progress on the status bar, and on the outcome reads
//! the data folder again (and the open account, when its file changed and it has no
//! unsaved edits). No async runtime: a std thread and a channel.
//!
//! Also the helpers' check at start ([`App::tell_drivers`]) and when this machine
//! last synced, which the portfolio shows.

use super::sync_texts as words;
use super::{App, Level, Screen};
use crate::sync::{DriverState, GitError, SyncError, SyncFailure, SyncOptions, SyncReport};
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Mode};
use crate::tui::widgets::dialog::Modal;
use crate::tui::widgets::notice::Notice;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How often the event loop looks at a running sync (and moves the spinner).
pub const TICK: Duration = Duration::from_millis(250);

const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/// What the sync thread says.
enum Said {
    /// The shared repository's name, once known (`None`: there is none).
    Remote(Option<String>),
    /// How the sync ended.
    Done(Result<SyncReport, SyncFailure>),
}

/// A sync running on its thread.
struct Running {
    said: Receiver<Said>,
    started: Instant,
    remote: Option<String>,
}

/// What the app knows about sharing the data folder through git.
#[derive(Default)]
pub struct Sharing {
    running: Option<Running>,
    /// When this machine last synced (RFC 3339), as `.dmu/last-sync` says.
    pub last: Option<String>,
    /// Whether dmu shares the data folder through git (the check at start, or a sync,
    /// said so): the portfolio then says when it last synced, or that it never did.
    pub shared: bool,
    /// Quit was pressed while the sync ran: dmu quits once it is done.
    quit_asked: bool,
}

impl App {
    /// The sync key: starts a sync on its own thread, unless one runs, the open
    /// account's last edit is not saved, or the thread cannot start.
    pub(in crate::tui) fn start_sync(&mut self) {
        if let Some(r) = &self.sharing.running {
            return self.say(Level::Info, words::already_syncing(r.started.elapsed().as_secs()));
        }
        if let Some(e) = self.open_account().and_then(|s| s.session.save_error()) {
            return self.say(Level::Warning, words::unsaved_first(&e.to_string()));
        }
        let root = self.library.root();
        let opts = SyncOptions { user: self.user.clone(), prompts: false };
        let (tell, said) = channel();
        let thread = std::thread::Builder::new().name("dmu sync".into()).spawn(move || {
            // A send fails only when the app is gone (it quit): nobody to tell.
            let _ = tell.send(Said::Remote(crate::sync::remote_name(&root)));
            let _ = tell.send(Said::Done(crate::sync::sync(&root, &opts)));
        });
        match thread {
            Ok(_) => {
                self.sharing.running = Some(Running { said, started: Instant::now(), remote: None });
            }
            Err(e) => self.say(Level::Error, words::cannot_start(&e.to_string())),
        }
    }

    /// Whether a sync is running.
    pub fn syncing(&self) -> bool {
        self.sharing.running.is_some()
    }

    /// Whether work runs in the background that the event loop should look at now and
    /// then, even when no key comes: a sync, or an import's file read and planned.
    pub fn background_busy(&self) -> bool {
        self.syncing() || self.import_running()
    }

    /// Looks at the background work: a sync and an import (both, every time). Returns
    /// whether the screen changed.
    pub fn poll_background(&mut self) -> bool {
        let imported = self.poll_import();
        let synced = self.poll_sync();
        imported || synced
    }

    /// Takes what the sync thread said and, when it is done, carries out the outcome.
    /// Returns whether the screen changed (while a sync runs, always: its spinner and
    /// seconds move).
    fn poll_sync(&mut self) -> bool {
        let Some(r) = &mut self.sharing.running else { return false };
        loop {
            match r.said.try_recv() {
                Ok(Said::Remote(name)) => r.remote = name,
                Ok(Said::Done(result)) => {
                    let remote = r.remote.take();
                    self.sharing.running = None;
                    self.sync_done(remote, result);
                    return true;
                }
                Err(TryRecvError::Empty) => return true,
                Err(TryRecvError::Disconnected) => {
                    // The thread ended without a word: it panicked.
                    self.sharing.running = None;
                    self.say(Level::Error, words::cannot_start(&words::thread_gone()));
                    return true;
                }
            }
        }
    }

    /// Waits until the running sync is done and carried out, at most `timeout`;
    /// whether it is (tests, which have no event loop, wait here).
    pub fn wait_for_sync(&mut self, timeout: Duration) -> bool {
        let until = Instant::now() + timeout;
        while self.syncing() {
            if Instant::now() > until {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
            self.poll_sync();
        }
        true
    }

    /// The status bar's words while a sync runs.
    pub(in crate::tui) fn sync_progress(&self) -> Option<String> {
        let r = self.sharing.running.as_ref()?;
        let t = r.started.elapsed();
        let spin = SPINNER[(t.as_millis() / TICK.as_millis()) as usize % SPINNER.len()];
        Some(words::syncing(spin, r.remote.as_deref(), t.as_secs()))
    }

    /// Quit while a sync runs: the first press waits for it (true: nothing more to do
    /// now), a second quits at once.
    pub(super) fn quit_waits_for_sync(&mut self, action: Action) -> bool {
        if action != Action::Quit || !self.syncing() || self.sharing.quit_asked {
            return false;
        }
        self.sharing.quit_asked = true;
        let key = keymap::key_for(Mode::AccountList, Action::Quit).map_or("q".into(), keymap::key_label);
        self.say(Level::Warning, words::quit_waits(&key));
        true
    }

    /// What a sync did: the data folder read again (the open account too, if its file
    /// changed and it has no unsaved edits), then the report or the failure.
    fn sync_done(&mut self, remote: Option<String>, result: Result<SyncReport, SyncFailure>) {
        if std::mem::take(&mut self.sharing.quit_asked) {
            // Quit was asked while it ran: now that it is done, quit (without its report).
            self.rescan();
            if self.modal.is_none() {
                self.update(Action::Quit);
            }
            return;
        }
        if matches!(&result, Err(SyncFailure { error: SyncError::NoRepo, .. })) {
            return self.say(Level::Warning, words::not_shared());
        }
        // A sync that ran found a repository, even one that stopped later (offline);
        // one that could not run git says nothing about it.
        let no_git = matches!(
            &result,
            Err(SyncFailure { error: SyncError::Git(GitError::NotInstalled | GitError::CannotRun(_)), .. })
        );
        self.sharing.shared |= !no_git;
        // Even a sync that stopped may have merged (a push refused after the merge).
        self.rescan();
        let reloaded = self.reload_if_changed();
        self.sync();
        let (title, level, mut lines) = match result {
            Ok(report) if quiet(&report) && reloaded.is_none() => {
                self.say(Level::Info, words::nothing_new(remote.as_deref()));
                (None, Level::Info, Vec::new())
            }
            Ok(report) => {
                let mut lines = report.lines();
                if !report.conflicts.is_empty() {
                    let key = keymap::key_for(Mode::People, Action::ShowConflicts)
                        .map_or_else(String::new, keymap::key_label);
                    lines.push(words::decide_here(&key));
                }
                (Some(words::synced_title(remote.as_deref())), Level::Info, lines)
            }
            Err(f) => (
                Some(words::stopped_title()),
                Level::Error,
                f.to_string().lines().map(String::from).collect(),
            ),
        };
        lines.extend(reloaded);
        let Some(title) = title else { return };
        if self.modal.is_none() {
            self.modal = Some(Modal::Notice(Box::new(Notice::new(title, lines, level))));
        } else {
            self.say(level, format!("{title}: {}", words::outcome_line(&lines)));
        }
    }

    /// Reads the open account again when the sync changed its file and it has no
    /// unsaved edits (those stay, and the store's change check asks at the next save).
    fn reload_if_changed(&mut self) -> Option<String> {
        let Screen::Account(s) = &mut self.screen else { return None };
        if s.session.save_error().is_some() || !s.session.changed_on_disk() {
            return None;
        }
        let name = inert(&s.session.account().name).into_owned();
        let said = match s.session.reload() {
            Ok(()) => words::reloaded(&name),
            Err(e) => words::reload_failed(&name, &e),
        };
        if let Some(Modal::MergeConflicts(v)) = &mut self.modal {
            v.clamp(s.session.account().conflicts.len());
        }
        Some(said)
    }

    /// At start: whether dmu shares the data folder, and what the check of its merge
    /// and diff helpers did or could not do, after what the status bar says already.
    pub fn tell_drivers(&mut self, state: &DriverState) {
        self.sharing.shared = !matches!(state, DriverState::NoRepo);
        let Some(text) = state.message() else { return };
        let level = if matches!(state, DriverState::Broken(_)) { Level::Warning } else { Level::Info };
        match self.message.take() {
            Some(before) => {
                let level = if before.level == Level::Info { level } else { before.level };
                self.say(level, format!("{}{}{text}", before.text, words::AND_THEN));
            }
            None => self.say(level, text),
        }
    }

    /// Reads when this machine last synced (a small file), for the portfolio's header
    /// and its marks of accounts changed since.
    pub(super) fn read_last_sync(&mut self) {
        self.sharing.last = crate::sync::last_sync(&self.library.root());
        self.accounts.set_last_sync(self.sharing.last.as_deref());
    }

    /// The portfolio header's words about syncing, when the folder is shared or was
    /// synced: "last sync: 2026-12-01 14:05", "never synced".
    pub(in crate::tui) fn last_sync_words(&self) -> Option<String> {
        match &self.sharing.last {
            Some(at) => Some(words::last_sync(&crate::change::timeline::short_time(at))),
            None if self.sharing.shared => Some(words::never_synced()),
            None => None,
        }
    }

    /// Whether the status bar leaves out the hint of a sync action: the sync key where
    /// the folder is not shared, the conflicts key where the account has none.
    pub(super) fn sync_hint_hidden(&self, action: Action) -> bool {
        match action {
            Action::Sync => !self.sharing.shared && self.sharing.last.is_none(),
            Action::ShowConflicts => {
                self.open_account().is_none_or(|s| s.session.account().conflicts.is_empty())
            }
            _ => false,
        }
    }
}

/// A sync that did nothing either way: said in one line, without a notice.
fn quiet(r: &SyncReport) -> bool {
    r.notes.is_empty()
        && r.committed.is_none()
        && r.pulled == 0
        && r.pushed == 0
        && r.conflicts.is_empty()
        && r.marked.is_empty()
        && r.remote.is_some()
}
