//! `dmu merge-driver BASE OURS THEIRS [PATHNAME]`: git's merge driver for account files.
//! Git calls it when both sides of a merge changed one account; it merges the two
//! record by record ([`crate::merge`]) and writes the result over OURS, as git expects.

use crate::merge::merge_files;
use crate::model::now_utc;
use crate::store::{MAX_FILE_BYTES, io_words, write_atomic};
use crate::t;
use crate::text::inert_lines;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How to tell git to use this command, shown by `dmu merge-driver --help`.
const SETUP: &str = "\
Git runs this command itself once it is told to, in the folder that holds the accounts:

  git config merge.dmu.name \"dmu account merge\"
  git config merge.dmu.driver \"dmu merge-driver %O %A %B %P\"
  echo \"accounts/*.json merge=dmu\" >> .gitattributes

Changes to different people, or to different fields of one person, are both kept. Where
the two versions changed the same thing differently, your version's value is kept and the
other is recorded in the file's conflicts, to decide in dmu; nothing is lost either way.
Exits 0 when the merged file was written (even with conflicts recorded), and 1 when it
could not merge (a version with conflict markers or that is not an account file): then
OURS is left as it was and git marks the file as conflicted.";

/// Merge two changed copies of an account file (git's merge driver)
///
/// Merges OURS and THEIRS, two versions of one account changed apart since BASE, record by
/// record, and writes the result over OURS.
#[derive(Debug, Args)]
#[command(after_long_help = SETUP)]
pub struct MergeDriverArgs {
    /// The version both started from (git's %O); empty or missing when both added the file
    pub base: PathBuf,
    /// Your version (git's %A); the merged account is written here
    pub ours: PathBuf,
    /// The other version (git's %B)
    pub theirs: PathBuf,
    /// The file's name in the repository (git's %P), used in messages
    pub pathname: Option<String>,
}

/// Runs the driver: 0 when OURS now holds the merged account, 1 (OURS untouched) when
/// the versions could not be merged, with the reason on stderr.
pub fn run(args: &MergeDriverArgs) -> ExitCode {
    let name = args.pathname.clone().unwrap_or_else(|| args.ours.display().to_string());
    match merge_paths(args) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(n) => {
            eprintln!("{}", inert_lines(&t!("cli-merge-merged", name = &name, n = n)));
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("{}", inert_lines(&t!("cli-merge-failed", name = &name, why = &why)));
            ExitCode::FAILURE
        }
    }
}

/// Reads the three files, merges them, and replaces OURS atomically (a crash leaves the
/// old file or the merged one, never a mix). Returns how many conflicts were recorded.
fn merge_paths(args: &MergeDriverArgs) -> Result<usize, String> {
    // Git passes an empty file for a missing base; a path that is not there means the same.
    let base = match std::fs::metadata(&args.base) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        _ => read(&args.base, "base")?,
    };
    let ours = read(&args.ours, "ours")?;
    let theirs = read(&args.theirs, "theirs")?;
    let (bytes, conflicts) = merge_files(&base, &ours, &theirs, &now_utc()).map_err(|e| e.to_string())?;
    if bytes != ours {
        write_atomic(&args.ours, &bytes, false).map_err(|e| {
            t!("cli-merge-cannot-write", file = args.ours.display().to_string(), why = io_words(&e))
        })?;
    }
    Ok(conflicts)
}

/// Reads one version; `which` (`base`, `ours`, `theirs`) says which in the messages.
fn read(path: &Path, which: &str) -> Result<Vec<u8>, String> {
    let file = path.display().to_string();
    let cannot =
        |e: std::io::Error| t!("cli-merge-cannot-read", which = which, file = &file, why = io_words(&e));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(t!("cli-merge-not-a-file", which = which, file = &file));
    }
    if meta.len() > MAX_FILE_BYTES {
        let (size, most) = (meta.len() / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024));
        return Err(t!("cli-merge-too-big", which = which, size = size, most = most));
    }
    std::fs::read(path).map_err(cannot)
}
