//! Driving an [`App`] by actions in tests, and reading back what it shows.

use dmu::model::Account;
use dmu::tui::action::Action;
use dmu::tui::app::App;

/// Feeds the actions in order.
pub fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(*a);
    }
}

/// Types text into whatever field has the focus.
pub fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Insert(c));
    }
}

/// The open account (panics when none is open: the test went wrong).
pub fn account(app: &App) -> &Account {
    app.open_account().expect("an account is open").session.account()
}

/// The status-bar message, or "".
pub fn message(app: &App) -> String {
    app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

/// The app drawn on a test terminal of this size, as text (empty for a 0-wide or
/// 0-high terminal, which the test backend cannot print).
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    app.update(Action::Resize(w, h));
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(&*app, f.area())).unwrap();
    if w == 0 || h == 0 { String::new() } else { t.backend().to_string() }
}

/// [`screen`] without the test backend's notes on wide characters, line by line: the
/// text a rep reads.
pub fn screen_text(app: &mut App, w: u16, h: u16) -> String {
    let s = screen(app, w, h);
    s.lines()
        .map(|l| l.split(" Hidden by multi-width symbols").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}
