//! The terminal interface: everything that knows ratatui and crossterm.
//!
//! The loop is plain and synchronous: draw, wait for an event, update (see
//! [`events`]: it coalesces storms of resize events into one frame). Bracketed paste
//! is on while dmu runs, so a paste arrives as text, never as keys (see `paste`), and
//! so is mouse capture, so clicks and the wheel reach dmu (see `mouse`; Shift+drag
//! still selects text in most terminals). Both are turned off again and the
//! terminal is restored on every way out, a panic included; a panic also writes edits
//! that failed to save to a recovery file (in the first of the recovery places that
//! takes it, as leaving does), which the next start offers to restore.

mod account_update;
pub mod action;
pub mod app;
pub mod ask_user;
mod changes_update;
mod deals_keys;
mod deals_update;
mod dialogs;
pub mod events;
pub mod fit;
mod followup_update;
pub mod history_words;
pub mod importing;
pub mod keymap;
pub mod keymap_overrides;
pub mod lens;
pub mod library;
mod library_store;
mod mouse;
pub(crate) mod names;
mod paste;
mod plan_grid_keys;
mod plan_update;
mod portfolio_keys;
mod portfolio_update;
mod power_grid_update;
mod pull_update;
pub mod relations;
pub mod render;
pub mod session;
pub mod settings_apply;
mod shared_update;
mod sync_keys;
pub mod theme;
pub mod views;
pub mod widgets;

pub use library_store::run;

use crate::store::Rescue;
use app::App;
use session::RecoverySlot;
use std::path::PathBuf;

/// Writes a recovery file from the panic hook (so it must not borrow the app), trying
/// the same places as leaving does; the error names each place tried.
pub type RecoveryWriter = Box<dyn Fn(&Rescue) -> Result<PathBuf, String> + Send + Sync>;

/// Restores the terminal when dropped: on return, on `?`, and while unwinding.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Turns bracketed paste off (a shell left with it on shows pastes wrapped in
/// `ESC[200~`) and mouse capture (a shell left with it on prints escape codes for
/// every move of the mouse), and lets ratatui leave raw mode and the alternate screen.
fn restore_terminal() {
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::event::DisableMouseCapture,
        crossterm::event::DisableBracketedPaste
    );
    ratatui::restore();
}

/// Runs the TUI on an app until the user quits.
pub fn run_app(mut app: App, slot: RecoverySlot, write: RecoveryWriter) -> anyhow::Result<()> {
    let write = std::sync::Arc::new(write);
    let mut terminal = ratatui::try_init()
        .map_err(|e| anyhow::anyhow!(crate::t!("tui-app-needs-terminal", why = e.to_string())))?;
    let _restore = Restore;
    crossterm::execute!(
        std::io::stdout(),
        crossterm::event::EnableBracketedPaste,
        crossterm::event::EnableMouseCapture
    )?;
    install_panic_hook(slot.clone(), write.clone());
    let size = terminal.size()?;
    app.update(action::Action::Resize(size.width, size.height));
    let result = event_loop(&mut terminal, &mut app);
    // Edits still unsaved when the loop ends (an I/O error on the terminal, say). The
    // terminal is restored first, so the words stay readable.
    let pending = slot.lock().ok().and_then(|mut s| s.take());
    restore_terminal();
    if let Some(rescue) = pending {
        match write(&rescue) {
            Ok(p) => eprintln!("dmu: {}", crate::t!("tui-app-rescued-to", path = p.display().to_string())),
            Err(e) => eprintln!("dmu: {}", crate::t!("tui-app-rescue-lost", why = e.to_string())),
        }
    }
    if let Some(words) = app.farewell() {
        eprintln!("dmu: {words}");
    }
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    events::run_loop(app, &mut events::TerminalEvents, |app| {
        terminal.draw(|f| f.render_widget(app, f.area())).map(|_| ())
    })?;
    Ok(())
}

/// Chains a hook in front of the current one (ratatui's, which restores too): leave
/// the alternate screen first so the message is readable, then save what can be saved.
fn install_panic_hook(slot: RecoverySlot, write: std::sync::Arc<RecoveryWriter>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        // try_lock: the panic may have happened while this thread held the lock.
        let pending = match slot.try_lock() {
            Ok(mut s) => s.take(),
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner().take(),
            Err(std::sync::TryLockError::WouldBlock) => None,
        };
        if let Some(rescue) = pending {
            match write(&rescue) {
                Ok(p) => eprintln!(
                    "dmu: {}",
                    crate::t!("tui-app-panic-rescued-to", path = p.display().to_string())
                ),
                Err(e) => eprintln!("dmu: {}", crate::t!("tui-app-panic-rescue-failed", why = e.to_string())),
            }
        }
        previous(info);
    }));
}
