//! `dmu config`: where the settings file is, every setting in force and where it comes
//! from, the actions that `[keys]` can name, and writing the commented example file.

use super::{emit, emit_bytes};
use crate::settings::{self, Loaded, Problem, Severity, StyleName, words};
use crate::store::DataDir;
use crate::text::inert_lines;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// What `dmu config` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Where the file is and every setting in force.
    All,
    /// Only the path.
    Path,
    /// Every action and its keys.
    Keys,
    /// Write the commented example file.
    Init,
}

/// Runs `dmu config`; exits 1 when the settings file has an error.
pub fn run(view: View, config: Option<&Path>, data_flag: Option<&Path>) -> anyhow::Result<ExitCode> {
    let location = settings::locate(config);
    match view {
        View::Path => {
            let path = location.path.ok_or_else(|| anyhow::anyhow!(words::config_no_folder()))?;
            emit_bytes(format!("{}\n", path.display()).as_bytes())?;
            return Ok(ExitCode::SUCCESS);
        }
        View::Init => return init(location.path.as_deref()),
        View::All | View::Keys => {}
    }
    let loaded = settings::load(location);
    let path = loaded.location.path.clone().unwrap_or_default();
    let applied = crate::tui::keymap_overrides::check(&loaded.settings.keys, &path);
    let mut problems: Vec<Problem> =
        loaded.problems.iter().cloned().chain(applied.problems.iter().cloned()).collect();
    problems.sort_by_key(|p| p.place);
    if view == View::Keys {
        emit(&keys_text(&applied))?;
    } else {
        emit(&all_text(&loaded, &applied, data_flag))?;
    }
    for p in &problems {
        eprintln!("{}", inert_lines(&p.to_string()));
    }
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    if errors > 0 {
        eprintln!("dmu: {}", words::config_failed(errors));
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Where a setting comes from: its line in the file, or the default.
fn origin(loaded: &Loaded, key: &str) -> String {
    loaded.places.get(key).map_or_else(|| words::from_default().to_string(), |p| words::from_file(p.line))
}

/// A TOML string, as the file would write it.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn row(out: &mut String, key: &str, value: &str, from: &str) {
    let setting = format!("{key} = {value}");
    let _ = writeln!(out, "{setting:<32} {from}");
}

fn all_text(
    loaded: &Loaded,
    applied: &crate::tui::keymap_overrides::Applied,
    data_flag: Option<&Path>,
) -> String {
    let mut out = String::new();
    match &loaded.location.path {
        Some(p) => {
            let _ = writeln!(
                out,
                "{}",
                words::config_file_line(&p.display().to_string(), loaded.location.origin, loaded.exists)
            );
        }
        None => {
            let _ = writeln!(out, "{}", words::config_no_folder());
        }
    }
    let (data, data_from) = data_folder(data_flag);
    let _ = writeln!(out, "{}", words::config_data_line(&data, &data_from));
    out.push('\n');

    let s = &loaded.settings;
    let currency = s.currency.as_deref().map_or_else(|| words::currency_unset().to_string(), quoted);
    row(&mut out, "currency", &currency, &origin(loaded, "currency"));
    let user = s.user.as_deref().map_or_else(|| words::user_unset().to_string(), quoted);
    row(&mut out, "user", &user, &origin(loaded, "user"));
    row(&mut out, "language", &quoted(s.language.code()), &origin(loaded, "language"));
    row(&mut out, "name_order", &quoted(s.name_order.code()), &origin(loaded, "name_order"));
    row(&mut out, "sort_names", &quoted(s.sort_names.code()), &origin(loaded, "sort_names"));
    let colour_on = settings::colour_allowed();
    let colour_from = if colour_on { words::from_default().to_string() } else { words::from_env("NO_COLOR") };
    row(&mut out, "colours", words::colours_line(colour_on), &colour_from);

    out.push_str("\n[keys]\n");
    if s.keys.is_empty() {
        let _ = writeln!(out, "{}", words::keys_none());
    } else {
        for o in &s.keys {
            let keys: Vec<String> = o.keys.iter().map(|k| quoted(&k.to_string())).collect();
            let value = if keys.len() == 1 { keys[0].clone() } else { format!("[{}]", keys.join(", ")) };
            let used = applied.in_force.iter().any(|(_, place)| *place == o.place);
            let from =
                if used { words::from_file(o.place.line) } else { words::override_refused().to_string() };
            row(&mut out, &o.action, &value, &from);
        }
        let _ = writeln!(out, "{}", words::keys_footer());
    }

    out.push_str("\n[theme]\n");
    for style in StyleName::ALL {
        let key = format!("theme.{}", style.name());
        row(&mut out, style.name(), &quoted(&s.colour(*style).to_string()), &origin(loaded, &key));
    }
    out
}

/// The data folder and who chose it, as `dmu` would find it (nothing is created).
fn data_folder(flag: Option<&Path>) -> (String, String) {
    let from = if flag.is_some() {
        words::from_flag("--data-dir")
    } else if std::env::var_os("DMU_DATA_DIR").is_some_and(|v| !v.is_empty()) {
        words::from_env("DMU_DATA_DIR")
    } else {
        words::from_default().to_string()
    };
    match DataDir::locate(flag) {
        Ok(d) => (d.root().display().to_string(), from),
        Err(e) => (e.to_string(), from),
    }
}

fn keys_text(applied: &crate::tui::keymap_overrides::Applied) -> String {
    let mut out = format!("{}\n\n", words::keys_heading());
    for a in crate::tui::keymap_overrides::list(applied) {
        let changed = applied.in_force.iter().find(|(n, _)| *n == a.name);
        let from = changed.map(|(_, p)| format!("  [{}]", words::from_file(p.line))).unwrap_or_default();
        let keys = a.keys.join(" ");
        let _ = writeln!(out, "{:<16} {keys:<20} {}{from}", a.name, a.does.join("; "));
    }
    out
}

fn cannot_write(file: &str, e: &std::io::Error) -> String {
    crate::t!("cli-config-cannot-write", file = file, why = crate::store::io_words(e))
}

/// Writes the commented example where the settings file belongs; never replaces a file.
fn init(path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let path = path.ok_or_else(|| anyhow::anyhow!(words::init_nowhere()))?;
    let shown = path.display().to_string();
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            let why = crate::store::io_words(&e);
            anyhow::anyhow!(
                "{}",
                crate::t!("cli-config-cannot-create", folder = parent.display().to_string(), why = why)
            )
        })?;
    }
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(path);
    let mut file = match file {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => anyhow::bail!(words::init_exists(&shown)),
        Err(e) => anyhow::bail!("{}", cannot_write(&shown, &e)),
    };
    use std::io::Write;
    file.write_all(settings::EXAMPLE.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| anyhow::anyhow!("{}", cannot_write(&shown, &e)))?;
    eprintln!("{}", words::init_done(&shown));
    emit_bytes(format!("{shown}\n").as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::FileOrigin;
    use std::path::PathBuf;

    #[test]
    fn strings_are_written_as_toml_reads_them() {
        assert_eq!(quoted("Anna \"AB\" Berg\\"), r#""Anna \"AB\" Berg\\""#);
        let p = settings::parse_str(Path::new("x"), &format!("user = {}\n", quoted("Anna \"AB\" Berg\\")));
        assert_eq!(p.settings.user.as_deref(), Some("Anna \"AB\" Berg\\"));
    }

    #[test]
    fn every_setting_is_listed_with_where_it_comes_from() {
        let path = PathBuf::from("/cfg/settings.toml");
        let parsed = settings::parse_str(&path, "currency = \"RUB\"\n[keys]\nhelp = \"F1\"\nquit = \"x\"\n");
        let loaded = Loaded {
            location: settings::Location { path: Some(path.clone()), origin: FileOrigin::Flag },
            exists: true,
            settings: parsed.settings,
            places: parsed.places,
            problems: parsed.problems,
        };
        let applied = crate::tui::keymap_overrides::check(&loaded.settings.keys, &path);
        let text = all_text(&loaded, &applied, Some(Path::new("/data")));
        assert!(text.starts_with("Settings file: /cfg/settings.toml (from --config; exists)\n"), "{text}");
        assert!(text.contains("Data folder:   /data (flag --data-dir)"), "{text}");
        let line = |k: &str| text.lines().find(|l| l.starts_with(k)).unwrap_or_else(|| panic!("{k}: {text}"));
        assert!(line("currency = \"RUB\"").ends_with("settings file, line 1"), "{text}");
        assert!(line("language = \"en\"").ends_with("default"), "{text}");
        assert!(line("help = \"F1\"").ends_with("settings file, line 3"), "{text}");
        assert!(line("quit = \"x\"").ends_with(words::override_refused()), "x is taken: {text}");
        assert!(line("error = \"red\"").ends_with("default"), "{text}");
        for s in StyleName::ALL {
            assert!(text.lines().any(|l| l.starts_with(&format!("{} = ", s.name()))), "{s:?}: {text}");
        }
    }
}
