//! Running the real `dmu` binary in a pseudo-terminal and reading its screen through
//! a terminal emulator (portable-pty + vt100), for end-to-end tests.
//!
//! ```ignore
//! let mut t = Tui::spawn(&["--data-dir", dir], &[]);
//! t.wait_for("Volga Pipe Works");
//! t.send(keys::ENTER);
//! t.type_text("Иван");
//! ```
//! Every wait has a timeout; a failed wait panics with the whole screen, so a broken
//! test says what it saw.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Key sequences as a terminal sends them.
pub mod keys {
    pub const ENTER: &str = "\r";
    pub const TAB: &str = "\t";
    pub const ESC: &str = "\x1b";
    pub const BACKSPACE: &str = "\x7f";
    pub const UP: &str = "\x1b[A";
    pub const DOWN: &str = "\x1b[B";
    pub const RIGHT: &str = "\x1b[C";
    pub const LEFT: &str = "\x1b[D";
    pub const HOME: &str = "\x1b[H";
    pub const END: &str = "\x1b[F";
    pub const F12: &str = "\x1b[24~";
    pub const CTRL_R: &str = "\x12";
    pub const CTRL_Z: &str = "\x1a";
}

/// A config folder that does not exist, so no settings file is read unless a test
/// names one (`DMU_CONFIG` in `env`).
pub const NO_CONFIG_HOME: &str = "/nonexistent/dmu-tests-config";

/// How long a wait may take before the test fails (the binary may be a debug build
/// on a busy machine).
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// The binary running in a pseudo-terminal.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    /// Everything the program wrote, raw (to check that nothing unsafe got out).
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Tui {
    /// Starts `dmu` with arguments and extra environment, in a 100x30 terminal.
    pub fn spawn(args: &[&str], env: &[(&str, &str)]) -> Tui {
        Self::spawn_sized(args, env, 100, 30)
    }

    /// Starts `dmu` on the data folder `dir` (empty: the app installs the demo), opens
    /// the demo account from the portfolio and waits for its people: where most
    /// end-to-end stories begin.
    pub fn on_the_demo(dir: &str) -> Tui {
        let mut t = Self::spawn(&["--data-dir", dir], &[]);
        t.wait_for("Volga Pipe Works");
        t.send(keys::ENTER);
        t.wait_for("People (14)");
        t
    }

    /// Starts `dmu` in a terminal of a given size.
    pub fn spawn_sized(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Tui {
        Self::spawn_wrapped(&[], args, env, cols, rows)
    }

    /// Starts `dmu` under another program (`wrapper` then `dmu` and `args`; `strace`,
    /// say), in a terminal of a given size.
    pub fn spawn_wrapped(wrapper: &[&str], args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("open a pseudo-terminal");
        let dmu = env!("CARGO_BIN_EXE_dmu");
        let mut cmd = CommandBuilder::new(wrapper.first().copied().unwrap_or(dmu));
        if let Some(rest) = wrapper.get(1..) {
            cmd.args(rest);
            cmd.arg(dmu);
        }
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("DMU_DATA_DIR");
        cmd.env_remove("DMU_TEST_PANIC");
        // The developer's own settings file must not change the keys a test presses.
        cmd.env_remove("DMU_CONFIG");
        cmd.env("XDG_CONFIG_HOME", NO_CONFIG_HOME);
        // Someone the history can name, so no test meets the question who the rep is
        // (asked when nothing says, git's user.name included) unless it sets its own.
        cmd.env("DMU_USER", "E2E Tester");
        // The tests read English unless they ask for another language: a developer's
        // Russian locale must not change what they see.
        for var in ["DMU_LANG", "LC_ALL", "LC_MESSAGES"] {
            cmd.env_remove(var);
        }
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("start dmu");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Tui { child, master: pair.master, writer, parser, raw }
    }

    /// Sends bytes as typed (a key sequence from [`keys`], or text). Waits a moment
    /// after a lone Esc, so it is not read as the start of an escape sequence.
    pub fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
        std::thread::sleep(Duration::from_millis(if s == keys::ESC { 120 } else { 25 }));
    }

    /// Pastes text as a terminal does: wrapped in `ESC[200~` … `ESC[201~` when the
    /// program has turned bracketed paste on (and not off since), else as typed keys,
    /// a line break going as Enter.
    pub fn paste(&mut self, text: &str) {
        if self.bracketed_paste_on() {
            self.send(&format!("\x1b[200~{text}\x1b[201~"));
        } else {
            self.send(&text.replace("\r\n", "\r").replace('\n', "\r"));
        }
    }

    /// Whether the program's last word on bracketed paste was to turn it on.
    pub fn bracketed_paste_on(&self) -> bool {
        let raw = self.raw.lock().unwrap();
        let last = |seq: &[u8]| raw.windows(seq.len()).rposition(|w| w == seq);
        match (last(b"\x1b[?2004h"), last(b"\x1b[?2004l")) {
            (Some(on), off) => off.is_none_or(|off| off < on),
            (None, _) => false,
        }
    }

    /// Writes a burst of bytes in one go, as a paste, a fast typist or a slow link can
    /// deliver them. The pty holds only a few KB, so the write waits for the program to
    /// read; it runs on another thread, and panics with the screen when the program has
    /// not taken everything in [`TIMEOUT`].
    pub fn send_burst(&mut self, bytes: &[u8]) {
        let mut writer = std::mem::replace(&mut self.writer, Box::new(std::io::sink()));
        let bytes = bytes.to_vec();
        let len = bytes.len();
        let job = std::thread::spawn(move || {
            let done = writer.write_all(&bytes).and_then(|()| writer.flush());
            (writer, done)
        });
        let start = Instant::now();
        while !job.is_finished() {
            if start.elapsed() > TIMEOUT {
                panic!("dmu did not read a burst of {len} bytes; the screen was:\n{}", frame(&self.screen()));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let (writer, done) = job.join().expect("the writer thread");
        done.expect("write to the pty");
        self.writer = writer;
    }

    /// Resizes the terminal (the program gets SIGWINCH, as when a window is dragged).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        // The emulator takes the new size first, and holds its lock until the pty has it
        // too: output the program draws for the new size must never be parsed at the old
        // one (that left stray characters which no later frame overwrote, when loaded).
        let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
        let mut parser = self.parser.lock().unwrap();
        parser.set_size(nz(rows), nz(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize the pty");
        drop(parser);
    }

    /// Types text one character at a time.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.send(c.encode_utf8(&mut [0; 4]));
        }
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// The foreground colour of the first character of `text` on the screen, if there.
    pub fn fg_of(&self, text: &str) -> Option<vt100::Color> {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = (screen.size().0.get(), screen.size().1.get());
        for r in 0..rows {
            let cells: Vec<(u16, String)> = (0..cols)
                .filter_map(|c| screen.cell(r, c).map(|cell| (c, cell.contents().to_string())))
                .collect();
            let line: String =
                cells.iter().map(|(_, s)| if s.is_empty() { " " } else { s.as_str() }).collect();
            if let Some(at) = line.find(text) {
                let col = line[..at].chars().count();
                return screen.cell(r, cells[col].0).map(|c| c.fgcolor());
            }
        }
        None
    }

    /// Whether the program is on the alternate screen (false once it restored it).
    pub fn on_alternate_screen(&self) -> bool {
        self.parser.lock().unwrap().screen().alternate_screen()
    }

    /// Everything the program wrote so far.
    pub fn raw_output(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until `text` is on the screen; panics with the screen after [`TIMEOUT`].
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("`{text}` on screen"), |s| s.contains(text));
    }

    /// Waits until the screen satisfies a condition.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; the screen was:\n{}", frame(&screen));
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits for the program to exit; returns whether it exited successfully.
    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                // Let the reader drain what was written last.
                std::thread::sleep(Duration::from_millis(100));
                return status.success();
            }
            if start.elapsed() > TIMEOUT {
                panic!("dmu did not exit; the screen was:\n{}", frame(&self.screen()));
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Tui {
    /// The process id of the running binary.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child has a pid")
    }

    /// Kills the binary with SIGKILL (no chance to clean up, unlike portable-pty's
    /// `kill`, which sends SIGHUP) and waits until it is gone.
    pub fn sigkill(&mut self) {
        let status = std::process::Command::new("kill")
            .args(["-KILL", &self.pid().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -KILL failed");
        let _ = self.child.wait();
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A test that failed half-way must not leave a dmu holding a lock.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The screen with a border, for failure messages.
fn frame(screen: &str) -> String {
    let mut out = String::from("+----\n");
    for line in screen.lines() {
        out.push('|');
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("+----");
    out
}
