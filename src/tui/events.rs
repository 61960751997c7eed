//! The event loop, apart from the terminal so that tests can feed it events.
//!
//! It draws only when something changed, and drains every pending event before
//! drawing, so a storm of resize events (dragging a window edge) costs one frame; the
//! app is told only the last size of a storm (just before the next other event or the
//! frame), so a view laid out for the screen's width (the influence map's boxes) is
//! laid out once, not once per step of the drag.
//!
//! Reading the terminal: crossterm's default reader waits on an edge-triggered epoll
//! and reads at most 1 KB per wake-up, so whatever a burst left behind in the kernel
//! (the rest of a fast paste, the Enter after it) waited for the next key press. dmu
//! builds crossterm with `use-dev-tty`, whose reader asks `poll(2)` whether input is
//! left, every time; see [`TerminalEvents`] for the one catch.

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
    /// Waits at most `timeout` for an event; whether one is there. The loop asks this
    /// instead of waiting in `read` while work runs in the background (a sync), so that
    /// its progress and outcome show without a key. By default, yes at once (a script
    /// always has its next event).
    fn wait(&mut self, timeout: Duration) -> io::Result<bool> {
        let _ = timeout;
        Ok(true)
    }
}

/// The real terminal's events (crossterm).
pub struct TerminalEvents;

/// How long [`TerminalEvents::pending`] waits for input. With `use-dev-tty`, crossterm
/// never looks at its buffered input when polling with a zero timeout (it reports
/// only events already handed over): a short wait makes it look. Input already read
/// or waiting in the terminal is reported at once; the wait is spent only when
/// nothing is pending, once before a frame. A little over 1 ms because the reader's
/// poll(2) counts whole milliseconds and polls without waiting for the rest: this
/// sleeps 1 ms and spins for 0.1 at most. Should the machine stall the reader for the
/// whole wait, the answer is "no" too early: one frame too many, no event lost.
pub const PENDING_WAIT: Duration = Duration::from_micros(1_100);

impl EventSource for TerminalEvents {
    fn read(&mut self) -> io::Result<Event> {
        crossterm::event::read()
    }

    fn pending(&mut self) -> io::Result<bool> {
        crossterm::event::poll(PENDING_WAIT)
    }

    fn wait(&mut self, timeout: Duration) -> io::Result<bool> {
        crossterm::event::poll(timeout)
    }
}

/// Runs until the app wants to quit: draw when dirty, wait for an event, then take
/// every event already waiting before the next draw. While work runs in the background
/// (a sync), it waits for an event a tick at a time and looks at the work between.
/// Returns how many frames it drew.
pub fn run_loop(
    app: &mut App,
    events: &mut dyn EventSource,
    mut draw: impl FnMut(&App) -> io::Result<()>,
) -> io::Result<u64> {
    let mut dirty = true;
    let mut frames = 0;
    let mut resized = None;
    while !app.should_quit() {
        if dirty {
            draw(app)?;
            frames += 1;
        }
        if app.background_busy() && !events.wait(crate::tui::app::BACKGROUND_TICK)? {
            dirty = app.poll_background();
            continue;
        }
        dirty = take(app, events.read()?, &mut resized);
        while !app.should_quit() && events.pending()? {
            dirty |= take(app, events.read()?, &mut resized);
        }
        if let Some((w, h)) = resized.take() {
            app.update(Action::Resize(w, h));
        }
        dirty |= app.poll_background();
    }
    Ok(frames)
}

/// Takes one event of a burst: a resize waits in `resized` for the next one (only the
/// last size of a storm matters), anything else is handled after the resize before it.
fn take(app: &mut App, ev: Event, resized: &mut Option<(u16, u16)>) -> bool {
    if let Event::Resize(w, h) = ev {
        *resized = Some((w, h));
        return true;
    }
    if let Some((w, h)) = resized.take() {
        app.update(Action::Resize(w, h));
    }
    handle(app, ev)
}

/// Feeds one terminal event to the app, as the event loop does; returns whether the
/// screen may have changed. Tests feed events here.
pub fn handle(app: &mut App, ev: Event) -> bool {
    match ev {
        Event::Key(key) => app.handle_key(key),
        Event::Mouse(m) => app.handle_mouse(m),
        Event::Resize(w, h) => {
            app.update(Action::Resize(w, h));
            true
        }
        Event::Paste(text) => app.paste(&text),
        Event::FocusGained => {
            app.notice_lock_released();
            true
        }
        _ => false,
    }
}
