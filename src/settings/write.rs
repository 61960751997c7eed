//! Writing one setting back: the TUI asks once who the rep is and keeps the answer as
//! the top-level `user = "…"` line of the settings file. Only that line changes (it is
//! replaced where the file has it, else added before the first table); the rest of the
//! file, comments and all, stays byte for byte. The new text is read back before it is
//! written: when it would not say the same about every other setting, or not name the
//! user, nothing is written. The file is replaced atomically; a missing one is created
//! with just that line.

use std::io;
use std::path::Path;

/// A TOML basic string holding `s`.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a line, trimmed, gives the top-level key `user`.
fn is_user_line(line: &str) -> bool {
    let t = line.trim_start();
    let rest = ["\"user\"", "'user'", "user"].iter().find_map(|k| t.strip_prefix(k));
    rest.is_some_and(|r| r.trim_start().starts_with('='))
}

/// Whether a line opens a table (`[keys]`, `[[x]]`).
fn is_table_line(line: &str) -> bool {
    line.trim_start().starts_with('[')
}

/// `text` with its top-level `user` set to `name`: the line replaced where there is
/// one before the first table, else a line added just before that table (or at the end).
pub fn with_user(text: &str, name: &str) -> String {
    let line = format!("user = {}", quoted(name));
    let mut out = String::with_capacity(text.len() + line.len() + 2);
    let mut done = false;
    for piece in text.split_inclusive('\n') {
        let body = piece.trim_end_matches(['\n', '\r']);
        if !done && is_table_line(body) {
            out.push_str(&line);
            out.push('\n');
            done = true;
        } else if !done && is_user_line(body) {
            out.push_str(&line);
            out.push_str(&piece[body.len()..]);
            done = true;
            continue;
        }
        out.push_str(piece);
    }
    if !done {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Sets `user = "name"` in the settings file at `path` (created, with its folder, when
/// missing), atomically. Refuses, writing nothing, when the file would then say
/// anything else differently (a layout this line-by-line edit does not understand).
pub fn set_user(path: &Path, name: &str) -> io::Result<()> {
    let name = name.trim();
    let old = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    let bom = old.starts_with('\u{feff}');
    let body = old.strip_prefix('\u{feff}').unwrap_or(&old);
    let new = with_user(body, name);
    let (before, after) = (super::parse_str(path, body).settings, super::parse_str(path, &new).settings);
    // What every other setting says, wherever its line now is.
    let rest = |s: &super::Settings| {
        let mut s = super::Settings { user: None, ..s.clone() };
        s.keys.iter_mut().for_each(|k| k.place = super::Place { line: 0, column: 0 });
        s
    };
    if rest(&before) != rest(&after) || after.user.as_deref() != Some(name) {
        return Err(io::Error::other(super::words::user_layout(&quoted(name))));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let text = if bom { format!("\u{feff}{new}") } else { new };
    crate::store::write_atomic(path, text.as_bytes(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_line_is_replaced_or_added_and_nothing_else_moves() {
        assert_eq!(with_user("", "Anna"), "user = \"Anna\"\n");
        assert_eq!(with_user("currency = \"EUR\"", "Anna"), "currency = \"EUR\"\nuser = \"Anna\"\n");
        let text = "# mine\nuser = \"Old\"   # me\r\ncurrency = \"EUR\"\n[keys]\nuser = \"x\"\n";
        assert_eq!(
            with_user(text, "Anna \"AB\" Berg\\"),
            "# mine\nuser = \"Anna \\\"AB\\\" Berg\\\\\"\r\ncurrency = \"EUR\"\n[keys]\nuser = \"x\"\n"
        );
        let text = "# top\ncurrency = \"EUR\"\n\n[keys]\nquit = \"Q\"\n";
        assert_eq!(
            with_user(text, "Анна"),
            "# top\ncurrency = \"EUR\"\n\nuser = \"Анна\"\n[keys]\nquit = \"Q\"\n"
        );
        assert!(is_user_line("  \"user\"= 'x'") && !is_user_line("username = 1"));
    }

    #[test]
    fn the_file_is_written_read_back_and_refused_when_the_edit_would_change_more() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("settings.toml");
        set_user(&path, " Anna Berg ").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "user = \"Anna Berg\"\n");
        std::fs::write(&path, "currency = \"EUR\"\n[keys]\nquit = \"Q\"\n").unwrap();
        set_user(&path, "Omar").unwrap();
        let loaded = super::super::load(super::super::locate(Some(&path)));
        assert_eq!(loaded.settings.user.as_deref(), Some("Omar"));
        assert_eq!(loaded.settings.currency.as_deref(), Some("EUR"));
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        // A multi-line string whose lines look like keys: the edit would change it.
        let tricky = "currency = \"\"\"\nuser = 1\n\"\"\"\n";
        std::fs::write(&path, tricky).unwrap();
        assert!(set_user(&path, "Omar").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), tricky, "nothing written");
    }
}
