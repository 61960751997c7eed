//! Running the real `dmu` binary on a data folder, for the command-line tests.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `dmu --data-dir DATA ARGS...`, ignoring any `DMU_DATA_DIR` of the caller and
/// the caller's settings file.
pub fn dmu(data: &Path, args: &[&str]) -> Output {
    dmu_with_env(data, args, &[])
}

/// As [`dmu`], with these environment variables set too (`HOME`, `GIT_CONFIG_GLOBAL`,
/// a `PATH` without git, ...).
pub fn dmu_with_env(data: &Path, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dmu"));
    cmd.env_remove("DMU_DATA_DIR")
        .env_remove("DMU_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/dmu-tests-config")
        // English unless a test asks for another language: a developer's Russian
        // locale must not change what the tests read.
        .env_remove("DMU_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .arg("--data-dir")
        .arg(data)
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// A data folder at `root` holding the demo as `accounts/demo.json`, as the TUI's first
/// start leaves it (owner-only): commands other than the TUI never install the demo.
pub fn demo_data(root: &Path) {
    let accounts = root.join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    let file = accounts.join("demo.json");
    std::fs::write(&file, include_str!("../../assets/demo.json")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for (p, m) in [(root, 0o700), (accounts.as_path(), 0o700), (file.as_path(), 0o600)] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
        }
    }
}
