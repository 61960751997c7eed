//! `dmu diff-text FILE`: git's `textconv` for account files (the rendering is
//! [`crate::change::facts`]). It must never fail on what it is given: a file that does
//! not parse (conflict markers, a half-written edit) is printed exactly as it is, and it
//! exits 0.

use super::{emit, emit_bytes};
use crate::change::facts::{parse, render};
use crate::text::inert;
use anyhow::Context;
use clap::Args;
use std::path::PathBuf;

const SETUP: &str = "\
To have git show account files this way, once per repository (the data folder):
  echo '*.json diff=dmu' >> .gitattributes
  git config diff.dmu.textconv \"dmu diff-text\"
Then `git diff` and `git log -p` show changed facts (\"+Ольга Кузнецова: stance neutral\")
and new history entries as sentences. A file that is not a valid account is shown as it is.";

/// `dmu diff-text FILE`.
#[derive(Debug, Args)]
#[command(after_help = SETUP)]
pub struct DiffTextArgs {
    /// The account file (git passes each version as a temporary file)
    pub file: PathBuf,
}

/// Runs `dmu diff-text`: the rendering, or the file's bytes unchanged when it is not an
/// account. Only a file that cannot be read at all is an error.
pub fn run(args: &DiffTextArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.file).with_context(|| {
        crate::t!("cli-diff-text-cannot-read", file = inert(&args.file.display().to_string()))
    })?;
    match parse(&bytes) {
        Some(a) => emit(&render(&a)),
        None => emit_bytes(&bytes),
    }
}
