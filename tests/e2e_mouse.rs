//! The mouse with the real binary in a pseudo-terminal: a click, sent as the terminal
//! sends it (SGR: `ESC[<0;x;yM`, then `m` on release), selects the row it lands on;
//! the wheel moves the selection; mouse capture is on while dmu runs and off again
//! after quitting and after a panic.

mod common;

use common::pty::{Tui, keys};

/// Whether the program's last word on mouse capture was to turn it on (`?1000h`).
fn capture_on(t: &Tui) -> bool {
    let raw = t.raw_output();
    let last = |seq: &[u8]| raw.windows(seq.len()).rposition(|w| w == seq);
    match (last(b"\x1b[?1000h"), last(b"\x1b[?1000l")) {
        (Some(on), off) => off.is_none_or(|off| off < on),
        (None, _) => false,
    }
}

/// The 1-based column and row where `text` starts on the screen (every character
/// before it on its row one column wide, as the demo's table rows are).
fn cell_of(t: &Tui, text: &str) -> (usize, usize) {
    let screen = t.screen();
    for (y, line) in screen.lines().enumerate() {
        if let Some(at) = line.find(text) {
            return (line[..at].chars().count() + 1, y + 1);
        }
    }
    panic!("{text} is not on screen:\n{screen}");
}

/// A left click as an xterm-compatible terminal reports it.
fn click(t: &mut Tui, (x, y): (usize, usize)) {
    t.send(&format!("\x1b[<0;{x};{y}M"));
    t.send(&format!("\x1b[<0;{x};{y}m"));
}

#[test]
fn a_click_selects_the_row_under_it_and_the_wheel_moves_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn(&["--data-dir", d, "open", "volga"], &[]);
    t.wait_for("People (14)");
    assert!(capture_on(&t), "mouse capture is on while dmu runs");
    // The detail pane shows the first person; a click on Klaus Weber's row shows his.
    t.wait_for("General Director · Management");
    let klaus = cell_of(&t, "Klaus Weber");
    click(&mut t, (klaus.0 + 2, klaus.1));
    t.wait_for("Quality Manager · Quality");
    // The wheel down over the table moves to the next row (Ирина Орлова).
    t.send(&format!("\x1b[<65;{};{}M", klaus.0, klaus.1));
    t.wait_for("Assistant to the General Director · Management");
    // A click on a tab shows that view.
    let tab = cell_of(&t, " 6 ");
    click(&mut t, (tab.0 + 1, tab.1));
    t.wait_for("Follow-ups:");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
    assert!(!t.on_alternate_screen());
    assert!(!capture_on(&t), "mouse capture is off after quitting");
}

#[test]
fn mouse_capture_is_off_again_after_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let mut p = Tui::spawn(&["--data-dir", d, "open", "volga"], &[("DMU_TEST_PANIC", "1")]);
    p.wait_for("People (14)");
    assert!(capture_on(&p));
    p.send(keys::F12);
    assert!(!p.wait_exit(), "a panic is a failure exit");
    assert!(!p.on_alternate_screen());
    assert!(!capture_on(&p), "turned off by the panic hook");
}
