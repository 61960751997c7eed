//! The event loop, apart from the terminal so that tests can feed it events.
//!
//! It draws only when something changed, and drains every pending event before
//! drawing, so a storm of resize events (dragging a window edge) costs one frame.

use super::action::Action;
use super::app::App;
use crossterm::event::Event;
use std::io;
use std::time::Duration;

/// Where events come from: the terminal, or a test's script.
pub trait EventSource {
    /// Waits for the next event.
    fn read(&mut self) -> io::Result<Event>;
    /// Whether another event is waiting now (never waits).
    fn pending(&mut self) -> io::Result<bool>;
}

/// The real terminal's events (crossterm).
pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn read(&mut self) -> io::Result<Event> {
        crossterm::event::read()
    }

    fn pending(&mut self) -> io::Result<bool> {
        crossterm::event::poll(Duration::ZERO)
    }
}

/// Runs until the app wants to quit: draw when dirty, wait for an event, then take
/// every event already waiting before the next draw. Returns how many frames it drew.
pub fn run_loop(
    app: &mut App,
    events: &mut dyn EventSource,
    mut draw: impl FnMut(&App) -> io::Result<()>,
) -> io::Result<u64> {
    let mut dirty = true;
    let mut frames = 0;
    while !app.should_quit() {
        if dirty {
            draw(app)?;
            frames += 1;
        }
        dirty = handle(app, events.read()?);
        while !app.should_quit() && events.pending()? {
            dirty |= handle(app, events.read()?);
        }
    }
    Ok(frames)
}

/// Feeds one terminal event to the app; returns whether the screen may have changed.
fn handle(app: &mut App, ev: Event) -> bool {
    match ev {
        Event::Key(key) => app.handle_key(key),
        Event::Resize(w, h) => {
            app.update(Action::Resize(w, h));
            true
        }
        Event::FocusGained => {
            app.notice_lock_released();
            true
        }
        _ => false,
    }
}
