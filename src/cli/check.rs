//! `dmu check`: every problem of every named file on its own line, as
//! `path:line:column: message`, so editors and CI can jump to it.

use super::{open_data, strict_problems};
use crate::model::Date;
use crate::store::{DataDir, check_file, load_file};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Checks the named files (all accounts when none), prints the problems on stdout and a
/// summary on stderr; exit 1 when any file has a problem.
/// `strict` holds the day to judge red flags against, when they count as failures.
pub(super) fn run(flag: Option<&Path>, targets: &[String], strict: Option<Date>) -> anyhow::Result<ExitCode> {
    // The data folder is only touched when an account is named by name or none at all,
    // so checking a file by its path works anywhere, even with no data folder.
    let mut data: Option<DataDir> = None;
    let mut files: Vec<PathBuf> = Vec::new();
    let mut failed = 0usize;
    if targets.is_empty() {
        let d = open_data(flag)?;
        files.extend(d.json_files()?.into_iter().map(|(_, p)| p));
    }
    for t in targets {
        if let Some(path) = explicit_file(t) {
            files.push(path);
            continue;
        }
        if data.is_none() {
            data = Some(open_data(flag)?);
        }
        match data.as_ref().map(|d| d.resolve(t)) {
            Some(Ok(path)) => files.push(path),
            Some(Err(e)) => {
                eprintln!("dmu: {e}");
                failed += 1;
            }
            None => {}
        }
    }

    let mut out = String::new();
    let mut problems = 0usize;
    for path in &files {
        let mut found: Vec<String> = check_file(path).iter().map(|e| e.render()).collect();
        if let Some(today) = strict
            && found.is_empty()
            && let Ok(a) = load_file(path)
        {
            found.extend(strict_problems(&a, today).into_iter().map(|p| format!("{}: {p}", path.display())));
        }
        if !found.is_empty() {
            failed += 1;
            problems += found.len();
        }
        for line in found {
            // Messages quote values from the file; keep them on one line and inert.
            let _ = writeln!(out, "{}", crate::text::inert(&line));
        }
    }
    super::emit(&out)?;
    let n = files.len();
    let files_word = if n == 1 { "file" } else { "files" };
    if failed == 0 {
        eprintln!("Checked {n} {files_word}: all valid.");
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("Checked {n} {files_word}: {problems} problem(s); {failed} not valid.");
        Ok(ExitCode::FAILURE)
    }
}

/// A target that is a path to an existing file (it has a folder part or ends in
/// `.json`), as opposed to an account name.
fn explicit_file(t: &str) -> Option<PathBuf> {
    let p = Path::new(t);
    let looks_like_path = p.components().count() > 1 || t.ends_with(".json");
    (looks_like_path && p.is_file()).then(|| p.to_path_buf())
}
