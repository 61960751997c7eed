//! The app as the TUI rows drive it: an `App` on one account through in-memory
//! doubles, a 200x50 test terminal, the keystroke script, and start-up over a real
//! data folder.
//!
//! The doubles keep the disk out of the interaction rows on purpose: every committed
//! edit saves the whole file at once, which costs time in proportion to the file by
//! nature and has its own row (save). A store that accepts saves without writing lets
//! the keystroke row measure what a keystroke costs in update and render.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dmu::model::{Account, Date};
use dmu::store::{AccountStore, DataDir, LoadError, ReadOnly, Rescue, Restored, SaveError};
use dmu::tui::action::Action;
use dmu::tui::app::App;
use dmu::tui::library::Library;
use dmu::tui::session::RecoverySlot;
use dmu::tui::theme::Theme;
use dmu::tui::views::AccountView;
use dmu::tui::views::accounts::{AccountRow, Summary};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

/// The terminal size the issue names.
pub const WIDTH: u16 = 200;
/// The terminal size the issue names.
pub const HEIGHT: u16 = 50;

/// The day ages count to, fixed as in the tests.
pub fn today() -> Date {
    "2026-11-27".parse().expect("a valid date")
}

/// A store that accepts every save without writing (the save row measures saving).
struct NullStore(PathBuf);

impl AccountStore for NullStore {
    fn path(&self) -> &Path {
        &self.0
    }
    fn read_only(&self) -> Option<&ReadOnly> {
        None
    }
    fn save(&mut self, _: &Account) -> Result<(), SaveError> {
        Ok(())
    }
    fn reload(&mut self) -> Result<Account, LoadError> {
        Err(LoadError {
            path: self.0.clone(),
            line: None,
            column: None,
            message: "not in a benchmark".into(),
            kind: Default::default(),
        })
    }
    fn save_as_copy(&mut self, _: &Account) -> Result<PathBuf, SaveError> {
        Err(SaveError::Io("not in a benchmark".into()))
    }
}

/// A data folder holding one account, in memory; the app only lists it here.
struct OneAccount(Summary);

impl Library for OneAccount {
    fn root(&self) -> PathBuf {
        PathBuf::from("/bench")
    }
    fn list(&self) -> Result<Vec<AccountRow>, String> {
        let path = PathBuf::from("/bench/accounts/bench.json");
        Ok(vec![AccountRow { slug: "bench".into(), path, summary: Ok(self.0.clone()) }])
    }
    fn open(&self, _: &Path) -> Result<(String, Box<dyn AccountStore>, Account), String> {
        Err("the benchmark opens its account directly".into())
    }
    fn create(&self, _: &str) -> Result<PathBuf, String> {
        Err("not in a benchmark".into())
    }
    fn rename(&self, _: &Path, _: &str) -> Result<(), String> {
        Err("not in a benchmark".into())
    }
    fn trash(&self, _: &Path) -> Result<PathBuf, String> {
        Err("not in a benchmark".into())
    }
    fn recoveries(&self) -> Vec<PathBuf> {
        Vec::new()
    }
    fn restore(&self, _: &Path) -> Result<Restored<Box<dyn AccountStore>>, String> {
        Err("not in a benchmark".into())
    }
    fn write_recovery(&self, _: &Rescue) -> Result<PathBuf, String> {
        Err("not in a benchmark".into())
    }
    fn write_account_to(&self, _: &Path, _: &Account) -> Result<PathBuf, String> {
        Err("not in a benchmark".into())
    }
}

/// The app with `account` open on `view`, sized 200x50, and a terminal to draw it on.
pub struct Screen {
    pub app: App,
    terminal: Terminal<TestBackend>,
}

impl Screen {
    /// Opens `account` in a fresh app, as the rep would after choosing it in the list.
    pub fn open(account: &Account, view: AccountView) -> Screen {
        let library = OneAccount(Summary::of(account));
        let mut app = App::new(Box::new(library), today(), Theme::with_color(true), RecoverySlot::default());
        app.update(Action::Resize(WIDTH, HEIGHT));
        let store = NullStore(PathBuf::from("/bench/accounts/bench.json"));
        app.open_session("bench".into(), account.clone(), Box::new(store));
        app.update(Action::ShowView(view));
        let terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
        Screen { app, terminal }
    }

    /// [`Screen::open`] with a deal added that gives the first person roles of their
    /// own, and that deal in the lens: every view then shows the account through it.
    pub fn open_through_deal(account: &Account, view: AccountView) -> Screen {
        let mut a = account.clone();
        let mut deal = dmu::model::Deal::new("d-bench", "Bench deal");
        if let Some(p) = a.people.first() {
            deal.roles.insert(p.id.clone(), vec![dmu::model::Role::Decider]);
        }
        a.deals.push(deal);
        let mut screen = Screen::open(&a, view);
        if let dmu::tui::app::Screen::Account(s) = &mut screen.app.screen {
            s.session.set_lens(Some("d-bench".into()));
        }
        screen
    }

    /// Draws one frame as the event loop does (render into the back buffer, diff,
    /// write the changes to the backend).
    pub fn draw(&mut self) {
        let app = &self.app;
        self.terminal.draw(|f| f.render_widget(app, f.area())).expect("drawing on a test terminal");
    }

    /// One key as the terminal delivers it, then the frame it causes.
    pub fn key(&mut self, key: KeyEvent) {
        self.app.handle_key(key);
        self.draw();
    }
}

/// The keystroke mix, one key per call: moves (down and up, so the table scrolls),
/// opening the selected person's form, typing a character into a field, saving it
/// (a committed edit) and undoing it, so the account ends each round as it began.
pub struct Script {
    step: usize,
}

impl Script {
    const KEYS: [KeyCode; 10] = [
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Char('e'), // open the person form on the name field
        KeyCode::Char('x'), // edit a field: one character typed
        KeyCode::Enter,     // save the form: a committed edit
        KeyCode::Char('u'), // undo it
        KeyCode::Up,
        KeyCode::Down,
    ];

    /// A script at its first key.
    pub fn new() -> Script {
        Script { step: 0 }
    }

    /// The next key of the mix.
    pub fn next_key(&mut self) -> KeyEvent {
        let code = Self::KEYS[self.step % Self::KEYS.len()];
        self.step += 1;
        KeyEvent::new(code, KeyModifiers::NONE)
    }
}

/// Start-up as `dmu` does it (`tui::run`): prepare the data folder, list every
/// account, build the app, and draw the first frame at 200x50.
pub fn start_to_first_frame(root: &Path) -> App {
    let data = DataDir::at(root);
    data.ensure().expect("the data folder is usable");
    data.install_demo_if_empty().expect("the data folder is usable");
    let mut app = App::new(Box::new(data), today(), Theme::with_color(true), RecoverySlot::default());
    app.update(Action::Resize(WIDTH, HEIGHT));
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
    terminal.draw(|f| f.render_widget(&app, f.area())).expect("drawing on a test terminal");
    app
}
