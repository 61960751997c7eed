//! Running the real `dmu` binary on a data folder, for the command-line tests.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `dmu --data-dir DATA ARGS...`, ignoring any `DMU_DATA_DIR` of the caller and
/// the caller's settings file.
pub fn dmu(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dmu"))
        .env_remove("DMU_DATA_DIR")
        .env_remove("DMU_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/dmu-tests-config")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}
