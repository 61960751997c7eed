//! Importing contacts, as the app carries it out (the screens are in
//! [`crate::tui::importing`]): `I` opens the path prompt (on the portfolio, after
//! opening the highlighted account); Enter starts the thread that reads and plans the
//! file; its outcome becomes the preview; there the keys toggle the row list, edit the
//! mapping (planned again on leaving), save or choose profiles, and Enter applies the
//! plan through the session's commit as one undoable edit whose history entries are
//! noted "imported from FILE". Nothing changes before that Enter: Esc anywhere, an
//! error, or a read-only account leave the account as it was.

use super::import_texts as words;
use super::{App, Level, Screen};
use crate::import::profile::{self, Profile};
use crate::text::inert;
use crate::tui::action::Action;
use crate::tui::importing::job::{Given, Job, Planned, Polled, Work};
use crate::tui::importing::mapping::MappingEditor;
use crate::tui::importing::path::{self, PathPrompt};
use crate::tui::importing::preview::{Origin, Preview};
use crate::tui::importing::{Import, Stage, Working};
use crate::tui::keymap::{self, Mode};
use crate::tui::widgets::dialog::{Modal, Pending, Prompt, PromptFor};
use crate::tui::widgets::field::TextField;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What the app keeps about imports: the one under way, and where the last file was.
#[derive(Debug, Default)]
pub struct Imports {
    pub(in crate::tui) open: Option<Box<Import>>,
    /// The folder of the last file read this session: the next prompt starts there.
    last_folder: Option<PathBuf>,
}

impl App {
    /// The import under way, if any.
    pub fn importing(&self) -> Option<&Import> {
        self.imports.open.as_deref()
    }

    /// Whether an import's file is being read or planned in the background.
    pub fn import_running(&self) -> bool {
        self.importing().is_some_and(|i| matches!(i.stage, Stage::Working(_)))
    }

    /// The `I` key: the path prompt over the open account. On the portfolio the
    /// highlighted account opens first (as Enter opens it), and the prompt comes over it.
    pub(in crate::tui) fn start_import(&mut self) {
        if matches!(self.screen, Screen::Accounts) {
            if self.accounts.selected().is_none() {
                return self.say(Level::Info, words::no_account());
            }
            // Opening says why when it cannot (a file that does not load).
            self.update_accounts(Action::Open);
        }
        let Some(s) = self.open_account() else { return };
        let account = s.session.account().name.clone();
        let start = match &self.imports.last_folder {
            Some(f) => folder_text(f),
            None => std::env::current_dir().map(|d| folder_text(&d)).unwrap_or_default(),
        };
        let stage = Stage::Path(PathPrompt::new(start));
        self.imports.open = Some(Box::new(Import { account, stage }));
    }

    /// Carries out an action on the import; returns it when it stays open.
    pub(super) fn update_import(&mut self, mut imp: Box<Import>, action: Action) -> Option<Box<Import>> {
        if action == Action::Quit {
            // Dropped first, so that a running job is told to stop.
            drop(imp);
            self.close_account(Pending::QuitUnsaved);
            return None;
        }
        let stage = std::mem::replace(&mut imp.stage, Stage::Path(PathPrompt::default()));
        imp.stage = match stage {
            Stage::Path(p) => self.update_path(p, action)?,
            Stage::Working(w) => match action {
                Action::Back => {
                    // Dropping the job cancels it: the thread stops at its next check.
                    let Working { back, .. } = w;
                    self.say(
                        Level::Info,
                        if back.is_some() { words::replan_stopped() } else { words::stopped() },
                    );
                    Stage::Preview(back?)
                }
                _ => Stage::Working(w),
            },
            Stage::Preview(p) => match &p.editor {
                Some(_) => self.update_mapping(p, action),
                None => self.update_preview(p, action)?,
            },
        };
        Some(imp)
    }

    fn update_path(&mut self, mut p: PathPrompt, action: Action) -> Option<Stage> {
        match action {
            Action::Back => return None,
            Action::CompletePath => p.complete(),
            Action::Submit => {
                let typed = p.field.text().trim().to_string();
                if typed.is_empty() {
                    p.error = Some(words::no_path());
                    return Some(Stage::Path(p));
                }
                let path = path::expand(&typed);
                let file_label =
                    path.file_name().map_or_else(|| typed.clone(), |n| n.to_string_lossy().into_owned());
                let origin = Origin { path: path.clone(), file_label, edited: false, profile: None };
                return Some(self.start_work(Work::Read { path }, origin, None, p));
            }
            other => {
                p.edit(other);
            }
        }
        Some(Stage::Path(p))
    }

    /// What a job is given: a copy of the open account, as it is now.
    fn given(&self, file_label: &str) -> Option<Given> {
        let s = self.open_account()?;
        Some(Given {
            account: s.session.account().clone(),
            generation: s.session.generation(),
            file_label: file_label.to_string(),
            today: self.today,
        })
    }

    /// Starts a job; a quick one's outcome comes at once. `prompt`: where a first read
    /// goes back to when it fails (the path as typed, with the reason under it).
    fn start_work(
        &mut self,
        work: Work,
        origin: Origin,
        back: Option<Box<Preview>>,
        prompt: PathPrompt,
    ) -> Stage {
        let Some(given) = self.given(&origin.file_label) else { return Stage::Path(prompt) };
        let mut job = match Job::start(work, given) {
            Ok(j) => j,
            Err(e) => {
                self.say(Level::Error, words::cannot_start(&e));
                return back.map_or(Stage::Path(prompt), Stage::Preview);
            }
        };
        match job.wait_grace() {
            Polled::Running => Stage::Working(Working { job, origin, back }),
            Polled::Done(result) => self.finished(*result, origin, back, Some(prompt)),
        }
    }

    /// A job's outcome: the preview, or the reason it could not be read under the path.
    fn finished(
        &mut self,
        result: Result<Planned, crate::import::ImportError>,
        origin: Origin,
        back: Option<Box<Preview>>,
        prompt: Option<PathPrompt>,
    ) -> Stage {
        let done = match result {
            Ok(d) => d,
            Err(e) => {
                if let Some(b) = back {
                    // Planning again failed (it cannot but stop): the preview as it was.
                    self.say(Level::Error, crate::tui::app::capitalise(&e.to_string()));
                    return Stage::Preview(b);
                }
                let mut p = prompt.unwrap_or_else(|| PathPrompt::new(origin.path.display().to_string()));
                p.error = Some(e.to_string());
                return Stage::Path(p);
            }
        };
        if back.is_none() {
            self.imports.last_folder = origin.path.parent().map(std::path::Path::to_path_buf);
        }
        let profiles = match &back {
            Some(b) => b.profiles.clone(),
            None => self.saved_profiles(),
        };
        let Some(s) = self.open_account() else { return Stage::Path(PathPrompt::default()) };
        let read_only = s.session.read_only();
        let mut preview =
            Preview::new(done, origin, back.as_deref(), profiles, s.session.account(), read_only.as_deref());
        if preview.no_names {
            // The rep says which column holds the names: the editor opens at once.
            preview.editor = Some(MappingEditor::new(&preview.table, &preview.mapping));
            let key = keymap::key_for(Mode::ImportMapping, Action::Back)
                .map_or_else(String::new, keymap::key_label);
            self.say(Level::Warning, words::choose_names(&key));
        }
        Stage::Preview(Box::new(preview))
    }

    /// The saved profiles beside the settings file (none when there is no such place);
    /// a broken file is said, and reads as none.
    fn saved_profiles(&mut self) -> Vec<Profile> {
        let Some(settings) = &self.settings_file else { return Vec::new() };
        match profile::load(&profile::path_beside(settings)) {
            Ok(p) => p,
            Err(why) => {
                self.say(Level::Warning, words::profiles_unreadable(&why));
                Vec::new()
            }
        }
    }

    fn update_preview(&mut self, mut p: Box<Preview>, action: Action) -> Option<Stage> {
        match action {
            Action::Back => {
                self.say(Level::Info, words::closed());
                return None;
            }
            Action::Submit => return self.apply_import(p),
            Action::ToggleRows => p.show_rows = !p.show_rows,
            Action::EditMapping => p.editor = Some(MappingEditor::new(&p.table, &p.mapping)),
            Action::SaveProfile => {
                self.modal = Some(Modal::Prompt(Prompt {
                    title: words::profile_title(),
                    field: TextField::default(),
                    purpose: PromptFor::ImportProfile,
                    error: None,
                }));
            }
            Action::NextProfile => return Some(self.next_profile(p)),
            Action::Help => self.modal = Some(Modal::Help(0)),
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
                p.move_by(action, self.body());
            }
            _ => {}
        }
        Some(Stage::Preview(p))
    }

    /// The rows a page move jumps by: the preview's list, less its border and head.
    fn import_page(&self) -> usize {
        self.body().height.saturating_sub(3).max(1) as usize
    }

    fn update_mapping(&mut self, mut p: Box<Preview>, action: Action) -> Stage {
        let page = self.import_page();
        let Some(e) = &mut p.editor else { return Stage::Preview(p) };
        if e.picker.is_some() {
            e.pick(action);
            return Stage::Preview(p);
        }
        match action {
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
                e.move_by(action, page)
            }
            Action::CycleNext | Action::CyclePrev => e.cycle(action == Action::CycleNext),
            Action::Open => {
                let header = p.table.headers.get(e.selected).cloned().unwrap_or_default();
                e.open_picker(&inert(&header));
            }
            Action::Back => {
                let mapping = e.mapping(&p.mapping);
                p.editor = None;
                if mapping == p.mapping && !p.no_names {
                    return Stage::Preview(p);
                }
                if !mapping.has_names() {
                    // No trap: the editor closes, the preview stays as it was.
                    self.say(Level::Warning, words::names_needed());
                    return Stage::Preview(p);
                }
                let origin = Origin { edited: true, ..p.origin.clone() };
                return self.replan(p, mapping, origin);
            }
            _ => {}
        }
        Stage::Preview(p)
    }

    /// Plans the preview's table again with `mapping`, in the background.
    fn replan(&mut self, p: Box<Preview>, mapping: crate::import::Mapping, origin: Origin) -> Stage {
        let work = Work::Plan { table: p.table.clone(), mapping };
        let prompt = PathPrompt::new(p.origin.path.display().to_string());
        self.start_work(work, origin, Some(p), prompt)
    }

    /// `P`: the file read with the next saved profile, and after the last with what its
    /// column names say again.
    fn next_profile(&mut self, p: Box<Preview>) -> Stage {
        if p.profiles.is_empty() {
            let key = keymap::key_for(Mode::ImportPreview, Action::SaveProfile)
                .map_or_else(String::new, keymap::key_label);
            self.say(Level::Info, words::no_profiles(&key));
            return Stage::Preview(p);
        }
        let next = match p.origin.profile {
            None => Some(0),
            Some(i) if i + 1 < p.profiles.len() => Some(i + 1),
            Some(_) => None,
        };
        let (mapping, said) = match next {
            Some(i) => {
                let prof = &p.profiles[i];
                (prof.mapping(&p.table.headers), words::profile_chosen(&inert(&prof.name)))
            }
            None => (p.recognised.clone(), words::by_column_names()),
        };
        if !mapping.has_names() {
            let name = next.map_or_else(String::new, |i| inert(&p.profiles[i].name).into_owned());
            self.say(Level::Warning, words::profile_finds_no_names(&name));
            let mut p = p;
            // The next `P` goes on from this one.
            p.origin.profile = next;
            return Stage::Preview(p);
        }
        self.say(Level::Info, said);
        let origin = Origin { edited: false, profile: next, ..p.origin.clone() };
        self.replan(p, mapping, origin)
    }

    /// Enter on the preview: the plan applied as one edit, or why not.
    fn apply_import(&mut self, p: Box<Preview>) -> Option<Stage> {
        let s = self.open_account()?;
        if let Some(why) = s.session.read_only() {
            self.say(Level::Warning, words::read_only(&why));
            return Some(Stage::Preview(p));
        }
        if p.no_names {
            let key = keymap::key_for(Mode::ImportPreview, Action::EditMapping)
                .map_or_else(String::new, keymap::key_label);
            self.say(Level::Warning, words::no_names(&key));
            return Some(Stage::Preview(p));
        }
        if p.generation != s.session.generation() {
            // Something changed the account since (a sync read it again): the plan may
            // not fit it, so it is made again first.
            self.say(Level::Warning, words::planned_again());
            let (mapping, origin) = (p.mapping.clone(), p.origin.clone());
            return Some(self.replan(p, mapping, origin));
        }
        if p.plan.is_empty() {
            self.say(Level::Info, words::nothing_to_change());
            return None;
        }
        let k = p.plan.counts;
        let file = inert(&p.origin.file_label).into_owned();
        let label = words::imported(&file, k.added, k.updated, k.links_added);
        let changes = p.changes;
        self.commit_noted(move |_| Ok(changes), label, Some(words::note(&file)));
        None
    }

    /// The profile prompt's Enter: the mapping saved under `name` beside the settings.
    pub(in crate::tui) fn save_import_profile(&mut self, name: &str) {
        let shown = inert(name).into_owned();
        let Some(settings) = self.settings_file.clone() else {
            return self.say(Level::Warning, words::profile_not_saved(&shown, &words::no_settings_place()));
        };
        let Some(Import { stage: Stage::Preview(p), .. }) = self.imports.open.as_deref_mut() else { return };
        let file = profile::path_beside(&settings);
        let saved = Profile::from_mapping(name, &p.table.headers, &p.mapping);
        match profile::save(&file, &saved) {
            Ok(()) => {
                p.profiles.retain(|x| x.name != saved.name);
                p.profiles.push(saved);
                self.say(Level::Info, words::profile_saved(&shown, &file.display().to_string()));
            }
            Err(why) => self.say(Level::Error, words::profile_not_saved(&shown, &why)),
        }
    }

    /// Looks at a running import: its progress moves the screen; its outcome becomes
    /// the preview. Returns whether the screen changed.
    pub(super) fn poll_import(&mut self) -> bool {
        let Some(imp) = self.imports.open.as_deref_mut() else { return false };
        let Stage::Working(w) = &mut imp.stage else { return false };
        let result = match w.job.poll() {
            Polled::Running => return true,
            Polled::Done(r) => *r,
        };
        let Some(mut imp) = self.imports.open.take() else { return true };
        let Stage::Working(Working { origin, back, .. }) =
            std::mem::replace(&mut imp.stage, Stage::Path(PathPrompt::default()))
        else {
            return true;
        };
        imp.stage = self.finished(result, origin, back, None);
        self.imports.open = Some(imp);
        self.sync();
        true
    }

    /// Waits until a running import is read and planned, at most `timeout`; whether it
    /// is (tests, which have no event loop, wait here).
    pub fn wait_for_import(&mut self, timeout: Duration) -> bool {
        let until = Instant::now() + timeout;
        while self.import_running() {
            if Instant::now() > until {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
            self.poll_import();
        }
        true
    }
}

/// A folder as the prompt starts with it: its path and a `/`, ready for a file name.
fn folder_text(folder: &std::path::Path) -> String {
    let text = folder.display().to_string();
    if text.is_empty() || text.ends_with('/') { text } else { format!("{text}/") }
}
