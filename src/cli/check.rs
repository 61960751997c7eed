//! `dmu check`: every problem of every named file on its own line, as
//! `path:line:column: message`, so editors and CI can jump to it.

use super::strict_problems;
use crate::model::{Date, SCHEMA};
use crate::store::{DataDir, check_files, io_words};
use crate::t;
use crate::text::inert;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Checks the named files (all accounts when none), prints the problems on stdout and a
/// summary on stderr; exit 1 when any file has a problem.
/// `strict` holds the day to judge red flags against, when they count as failures.
///
/// Checking only reads: it creates no data folder and installs no demo account (an
/// empty folder has nothing to check, and a check that added a file would be lying
/// about what it found).
pub(super) fn run(flag: Option<&Path>, targets: &[String], strict: Option<Date>) -> anyhow::Result<ExitCode> {
    // The data folder is only looked at when an account is named by name or none at
    // all, so checking a file by its path works anywhere, even with no data folder.
    let mut data: Option<DataDir> = None;
    let mut files: Vec<PathBuf> = Vec::new();
    // Checking the whole data folder also looks at who else may read it.
    let mut exposure = None;
    // Problems that are not in a file: a folder with nothing to check, an unknown name.
    let mut out = String::new();
    let mut failed = 0usize;
    let mut problems = 0usize;
    let mut unknown = 0usize;
    if targets.is_empty() {
        let d = DataDir::locate(flag)?;
        let accounts = d.accounts_dir();
        if accounts.is_dir() {
            files.extend(d.json_files()?.into_iter().map(|(_, p)| p));
        }
        if files.is_empty() {
            eprintln!("{}", t!("cli-check-no-accounts", folder = accounts.display().to_string()));
            return Ok(ExitCode::SUCCESS);
        }
        exposure = crate::store::exposed(d.root());
    }
    for t in targets {
        match target(t, flag, &mut data)? {
            Target::File(path) => files.push(path),
            Target::Folder(_, Ok(found)) if !found.is_empty() => files.extend(found),
            Target::Folder(dir, found) => {
                let why = match found {
                    Ok(_) => t!("cli-check-folder-empty"),
                    Err(e) => t!("cli-check-folder-unreadable", why = io_words(&e)),
                };
                let _ = writeln!(out, "{}", inert(&format!("{}: {why}", dir.display())));
                failed += 1;
                problems += 1;
            }
            Target::Unknown(why) => {
                eprintln!("dmu: {why}");
                unknown += 1;
            }
        }
    }
    // A file named twice is checked once (and is not its own duplicate).
    let mut seen = std::collections::HashSet::new();
    files.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));

    let mut newer = Vec::new();
    for checked in check_files(&files) {
        let mut found: Vec<String> = checked.problems.iter().map(|e| e.render()).collect();
        if let (Some(a), true) = (&checked.account, found.is_empty()) {
            if a.schema > SCHEMA {
                newer.push((checked.path.clone(), a.schema));
            }
            if let Some(today) = strict {
                let path = checked.path.display();
                found.extend(strict_problems(a, today).into_iter().map(|p| format!("{path}: {p}")));
            }
        }
        if !found.is_empty() {
            failed += 1;
            problems += found.len();
        }
        for line in found {
            // Messages quote values from the file; keep them on one line and inert.
            let _ = writeln!(out, "{}", inert(&line));
        }
    }
    super::emit(&out)?;
    for (path, schema) in &newer {
        // Valid, but saving it would lose what the newer dmu knows: say so before
        // the rep finds out by an edit being refused.
        let path = inert(&path.display().to_string()).into_owned();
        eprintln!(
            "{}",
            t!("cli-check-newer", path = path, schema = schema.to_string(), known = SCHEMA.to_string())
        );
    }
    if let Some(x) = &exposure {
        // A warning, not a failure: a folder may be shared on purpose.
        eprintln!("{}", t!("cli-check-note", text = x.warning()));
    }
    let n = files.len();
    if failed == 0 && unknown == 0 {
        eprintln!("{}", t!("cli-check-all-valid", n = n, read_only = newer.len()));
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "{}",
            t!("cli-check-failed", n = n, problems = problems, failed = failed, unknown = unknown)
        );
        Ok(ExitCode::FAILURE)
    }
}

/// What a command-line word names.
enum Target {
    /// A file, by its path (it may not exist, or not be a regular file: checking says so).
    File(PathBuf),
    /// A folder, and the account files in it (each is checked).
    Folder(PathBuf, std::io::Result<Vec<PathBuf>>),
    /// A name that matches no account, or several, with the reason.
    Unknown(String),
}

/// A word that looks like a path (it has a folder part, ends in `.json`, or is on disk)
/// is a path; anything else names an account. A `NAME.json` that is not on disk but is
/// an account's file name still names that account, as everywhere else in dmu.
fn target(t: &str, flag: Option<&Path>, data: &mut Option<DataDir>) -> anyhow::Result<Target> {
    let p = Path::new(t);
    let on_disk = std::fs::symlink_metadata(p).is_ok();
    if p.is_dir() {
        return Ok(Target::Folder(p.to_path_buf(), json_files_in(p)));
    }
    if on_disk || p.components().count() > 1 {
        return Ok(Target::File(p.to_path_buf()));
    }
    let d = data.get_or_insert(DataDir::locate(flag)?);
    let accounts = d.accounts_dir();
    if !accounts.is_dir() {
        return Ok(if t.ends_with(".json") {
            Target::File(p.to_path_buf())
        } else {
            Target::Unknown(t!(
                "cli-check-no-match",
                name = inert(t),
                folder = accounts.display().to_string()
            ))
        });
    }
    if let Some(slug) = t.strip_suffix(".json") {
        let is_account = d.json_files()?.iter().any(|(s, _)| s == slug);
        return Ok(Target::File(if is_account { accounts.join(t) } else { p.to_path_buf() }));
    }
    Ok(match d.resolve(t) {
        Ok(path) => Target::File(path),
        Err(e) => Target::Unknown(e.to_string()),
    })
}

/// `*.json` in a folder (not in folders below it), hidden files left out as in the data
/// folder, sorted. Entries that are not regular files are kept: checking says what
/// they are rather than skipping them without a word.
fn json_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir)?;
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            name.ends_with(".json") && !name.starts_with('.')
        })
        .collect();
    out.sort();
    Ok(out)
}
