//! dmu's merge and diff helpers in git's settings.
//!
//! `.gitattributes` (committed, so every copy has it) says that account files merge
//! with the `dmu` driver and diff with the `dmu` text conversion; what those run is in
//! `.git/config`, which a clone does not carry. So every copy registers them itself,
//! and [`check_drivers`] puts them back where a copy lacks them or they point to a dmu
//! that is no longer there.

use super::git::{Git, GitError, first_word, shell_quote};
use super::repo::Repo;
use super::words;
use std::path::{Path, PathBuf};

/// What [`check_drivers`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriverState {
    /// The data folder is not shared through git by dmu: no repository, or one whose
    /// `.gitattributes` do not name dmu's helpers. Nothing to do.
    NoRepo,
    /// Both helpers are registered and point to a dmu that exists.
    Registered,
    /// They were missing or pointed to a dmu that is gone, and are registered now;
    /// the sentence says what was done.
    Repaired(String),
    /// They are needed and could not be registered; the sentence says why.
    Broken(String),
}

impl DriverState {
    /// A sentence for the rep, when there is something to say.
    pub fn message(&self) -> Option<&str> {
        match self {
            DriverState::NoRepo | DriverState::Registered => None,
            DriverState::Repaired(s) | DriverState::Broken(s) => Some(s),
        }
    }
}

/// The git settings keys and what dmu puts in them.
const NAME_KEY: &str = "merge.dmu.name";
const DRIVER_KEY: &str = "merge.dmu.driver";
const TEXTCONV_KEY: &str = "diff.dmu.textconv";

/// Checks, and where needed repairs, the registration of dmu's merge and diff helpers
/// for the data folder at `root`. Cheap enough for every start of the app: a few
/// `git` commands, no network.
pub fn check_drivers(root: &Path) -> DriverState {
    if !super::git::installed() {
        // A data folder in a repository without git: merges cannot happen here anyway,
        // but the rep should know why sync will not work.
        return if root.join(".git").exists() {
            DriverState::Broken(words::git_error(&GitError::NotInstalled))
        } else {
            DriverState::NoRepo
        };
    }
    let repo = match Repo::find(root, false) {
        Ok(Some(r)) => r,
        Ok(None) => return DriverState::NoRepo,
        Err(e) => return DriverState::Broken(e.to_string()),
    };
    match names_dmu(&repo) {
        Ok(true) => {}
        Ok(false) => return DriverState::NoRepo,
        Err(e) => return DriverState::Broken(e.to_string()),
    }
    ensure(&repo.git)
}

/// Registers the helpers when they are missing or point to a dmu that is gone; a
/// registration that points to another dmu that exists is left alone (a colleague may
/// run dmu from elsewhere on purpose).
pub(crate) fn ensure(git: &Git) -> DriverState {
    let (driver, textconv) = match (git.config_get(DRIVER_KEY), git.config_get(TEXTCONV_KEY)) {
        (Ok(d), Ok(t)) => (d, t),
        (Err(e), _) | (_, Err(e)) => return DriverState::Broken(e.to_string()),
    };
    let usable = |v: &Option<String>| v.as_deref().is_some_and(|c| program_exists(&first_word(c)));
    if usable(&driver) && usable(&textconv) {
        return DriverState::Registered;
    }
    let exe = match this_dmu() {
        Ok(p) => p,
        Err(why) => return DriverState::Broken(why),
    };
    if let Err(e) = register(git, &exe) {
        return DriverState::Broken(e.to_string());
    }
    let gone = [&driver, &textconv]
        .iter()
        .filter_map(|v| v.as_deref())
        .map(first_word)
        .find(|p| !p.is_empty() && !program_exists(p));
    let exe = exe.display().to_string();
    DriverState::Repaired(match gone {
        Some(old) => words::drivers_moved(&old, &exe),
        None => words::drivers_registered(&exe),
    })
}

/// Writes the helpers into the repository's `.git/config`, running `exe`.
pub(crate) fn register(git: &Git, exe: &Path) -> Result<(), GitError> {
    let q = shell_quote(&exe.display().to_string());
    git.run(&["config", NAME_KEY, words::DRIVER_NAME])?;
    git.run(&["config", DRIVER_KEY, &format!("{q} merge-driver %O %A %B %P")])?;
    git.run(&["config", TEXTCONV_KEY, &format!("{q} diff-text")])?;
    Ok(())
}

/// Whether the attributes send account files to dmu's merge driver.
pub(crate) fn names_dmu(repo: &Repo) -> Result<bool, GitError> {
    let probe = repo.account_path("probe.json");
    let out = repo.git.run(&["check-attr", "merge", "--", &probe])?;
    Ok(out.trim_end().ends_with(": merge: dmu"))
}

/// The dmu running now, as an absolute path that exists.
pub(crate) fn this_dmu() -> Result<PathBuf, String> {
    match std::env::current_exe() {
        Ok(p) if p.is_file() => Ok(p),
        Ok(p) => Err(words::no_exe(&p.display().to_string())),
        Err(e) => Err(words::no_exe(&e.to_string())),
    }
}

/// Whether a program a helper names is there: a path that exists, or a bare name
/// found on the PATH.
fn program_exists(program: &str) -> bool {
    if program.is_empty() {
        return false;
    }
    if program.contains('/') || program.contains('\\') {
        return Path::new(program).is_file();
    }
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_is_there_by_path_or_on_the_path() {
        let exe = std::env::current_exe().unwrap();
        assert!(program_exists(&exe.display().to_string()));
        assert!(!program_exists("/nonexistent/dmu"));
        assert!(!program_exists(""));
        assert!(program_exists("sh"));
    }

    #[test]
    fn only_repaired_and_broken_have_something_to_say() {
        assert_eq!(DriverState::Registered.message(), None);
        assert_eq!(DriverState::NoRepo.message(), None);
        assert_eq!(DriverState::Repaired("x".into()).message(), Some("x"));
    }
}
