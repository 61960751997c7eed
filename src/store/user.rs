//! Who the rep is, for the history's `by`: `DMU_USER`, else the `user` setting, else
//! git's `user.name` (asked of the `git` the user has, in the data folder, so a
//! repository's own setting counts), else nobody yet (the TUI then asks once and keeps
//! the answer in the settings).

use std::path::Path;

/// The environment variable that says who the rep is (it wins over the settings).
pub const ENV_VAR: &str = "DMU_USER";

/// The rep's name, if anything says it.
pub fn user_name(setting: Option<&str>, root: &Path) -> Option<String> {
    let given = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    if let Some(name) = std::env::var(ENV_VAR).ok().as_deref().and_then(given) {
        return Some(name);
    }
    if let Some(name) = setting.and_then(given) {
        return Some(name);
    }
    let dir = if root.is_dir() { root } else { Path::new(".") };
    let child = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let (status, out, _) = crate::process::collect(child).ok()?;
    if !status.success() {
        return None;
    }
    given(&String::from_utf8_lossy(&out))
}
