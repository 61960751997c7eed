//! The settings file at TUI start-up: its keys put in force, its colours in the theme,
//! and its problems told — on the status bar at once, and again on the terminal after
//! dmu closes, where they stay readable. A broken file never stops the TUI: what is
//! wrong keeps its default.

use super::app::{App, Level};
use super::keymap_overrides;
use super::theme::Theme;
use crate::settings::{Loaded, Problem, Severity, words};

/// What the TUI takes from the settings.
pub struct Setup {
    /// The theme with the file's colours (and `NO_COLOR` respected).
    pub theme: Theme,
    /// Every problem: the file's, and the key overrides' (unknown actions, clashes).
    pub problems: Vec<Problem>,
}

/// Puts the settings' keys in force and builds the theme.
pub fn prepare(loaded: &Loaded) -> Setup {
    let path = loaded.location.path.clone().unwrap_or_default();
    let mut problems = loaded.problems.clone();
    problems.extend(keymap_overrides::install(&loaded.settings.keys, &path));
    problems.sort_by_key(|p| p.place);
    Setup { theme: Theme::from_env().with_settings(&loaded.settings), problems }
}

impl Setup {
    /// Shows the problems on the status bar (the first one in full, as far as it fits),
    /// after whatever the status bar says already (a welcome, a warning), not instead.
    pub fn tell(&self, app: &mut App) {
        let Some((level, text)) = self.notice() else { return };
        match app.message.take() {
            Some(before) => {
                let louder =
                    |l: Level| matches!((l, before.level), (Level::Error, _) | (Level::Warning, Level::Info));
                let level = if louder(level) { level } else { before.level };
                app.say(level, format!("{} · {text}", before.text));
            }
            None => app.say(level, text),
        }
    }

    /// The status bar's notice, if there is anything to say.
    pub fn notice(&self) -> Option<(Level, String)> {
        let first = self.problems.first()?;
        let errors = self.problems.iter().filter(|p| p.severity == Severity::Error).count();
        let warnings = self.problems.len() - errors;
        let first_words = match first.place {
            // The line as text: a place in the file, not a count.
            Some(p) => {
                crate::t!("tui-app-settings-problem-at", line = p.line.to_string(), why = &first.message)
            }
            None => first.message.clone(),
        };
        let text = words::tui_notice(errors, warnings, &first_words);
        let text = crate::text::inert(&text).into_owned();
        Some((if errors > 0 { Level::Error } else { Level::Warning }, text))
    }

    /// Prints the problems on stderr (after the TUI has given the terminal back).
    pub fn print_after(&self) {
        if self.problems.is_empty() {
            return;
        }
        eprintln!("{}", words::after_tui_heading());
        for p in &self.problems {
            eprintln!("  {}", crate::text::inert(&p.to_string()));
        }
    }
}
