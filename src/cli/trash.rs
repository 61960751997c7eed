//! `dmu trash list` and `dmu trash restore NAME`: the accounts deleted to the trash, and
//! putting one back into `accounts/` (the store picks a free name; never over a file).
//! Their words are kept here together.

use crate::store::{DataDir, Trashed};
use crate::text::inert;
use clap::Subcommand;
use std::fmt::Write;

/// What `dmu trash` does.
#[derive(Debug, Subcommand)]
pub enum TrashCommand {
    /// List the accounts in the trash, newest first: name, when trashed (UTC), file
    List,
    /// Put an account from the trash back into the accounts folder
    ///
    /// Never over a file: when its old file name is taken, it gets the first free one
    /// (NAME-2.json, NAME-3.json, ...). Prints the account's file.
    Restore {
        /// The start of the account's name, its old file name, or its file in the trash
        name: String,
    },
}

/// Runs a `dmu trash` command on the data folder: what to print on stdout, and what to
/// tell the rep on stderr.
pub fn run(data: &DataDir, command: TrashCommand) -> anyhow::Result<(String, Option<String>)> {
    match command {
        TrashCommand::List => Ok((list(&data.trashed()?), None)),
        TrashCommand::Restore { name } => {
            let t = data.find_trashed(&name)?;
            let path = data.restore_trashed(&t.path)?;
            let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let old = format!("{}.json", t.slug);
            let account = inert(&name_of(&t)).into_owned();
            let words = if file == old {
                crate::t!("cli-trash-restored", account = account, file = inert(&file))
            } else {
                crate::t!(
                    "cli-trash-restored-renamed",
                    account = account,
                    file = inert(&file),
                    old = inert(&old)
                )
            };
            Ok((format!("{}\n", path.display()), Some(words)))
        }
    }
}

fn name_of(t: &Trashed) -> String {
    t.account.clone().unwrap_or_else(|_| crate::t!("cli-trash-does-not-load", slug = &t.slug))
}

/// The accounts in the trash as a table.
fn list(all: &[Trashed]) -> String {
    if all.is_empty() {
        return format!("{}\n", crate::t!("cli-trash-empty"));
    }
    let rows: Vec<[String; 3]> = all
        .iter()
        .map(|t| {
            let file = t.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            [inert(&name_of(t)).into_owned(), t.when.to_string(), inert(&file).into_owned()]
        })
        .collect();
    let head = [
        crate::t!("cli-trash-column-account"),
        crate::t!("cli-trash-column-trashed"),
        crate::t!("cli-trash-column-file"),
    ];
    // Padding counts characters, as `{:<a$}` does: Russian headings are not ASCII.
    let wide = |i: usize| {
        rows.iter().map(|r| r[i].chars().count()).chain([head[i].chars().count()]).max().unwrap_or(0)
    };
    let (a, w) = (wide(0), wide(1));
    let mut out = String::new();
    let _ = writeln!(out, "{:<a$}  {:<w$}  {}", head[0], head[1], head[2]);
    for r in &rows {
        let _ = writeln!(out, "{:<a$}  {:<w$}  {}", r[0], r[1], r[2]);
    }
    out
}
