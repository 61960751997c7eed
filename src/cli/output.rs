//! Writing an export to the file a rep named with `-o`: never into the data folder,
//! where a mistyped path would replace an account with CSV, and never over an existing
//! file unless they said `--force`.

use crate::store::{create_atomic, io_words, write_atomic};
use crate::t;
use crate::text::inert;
use anyhow::bail;
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};

/// Writes `bytes` to `file` for `dmu export -o`; returns what to tell the rep.
///
/// A new file is created atomically and only if nobody made it first (no overwrite
/// even in a race); with `force`, an existing file is replaced atomically, with no
/// backup, as before `--force` existed. A file anywhere inside the data folder is
/// refused, `--force` or not.
pub(super) fn write_export(
    data_root: &Path,
    file: &Path,
    bytes: &[u8],
    force: bool,
) -> anyhow::Result<String> {
    let shown = inert(&file.display().to_string()).into_owned();
    let root = resolved(data_root);
    if resolved(file).starts_with(&root) {
        bail!("{}", t!("cli-export-inside-data", file = &shown, folder = inert(&root.display().to_string())));
    }
    // A link is looked at, not followed: replacing it replaces the link, not its target.
    let existed = match std::fs::symlink_metadata(file) {
        Ok(m) if m.is_dir() => bail!("{}", t!("cli-export-is-folder", file = &shown)),
        Ok(_) => true,
        Err(_) => false,
    };
    let written = if force { write_atomic(file, bytes, false) } else { create_atomic(file, bytes) };
    match written {
        Ok(()) if existed => Ok(t!("cli-export-replaced", file = &shown)),
        Ok(()) => Ok(t!("cli-export-wrote", file = &shown)),
        Err(e) if e.kind() == ErrorKind::AlreadyExists && !force => {
            bail!("{}", t!("cli-export-exists", file = &shown))
        }
        Err(e) => bail!("{}", t!("cli-export-cannot-write", file = &shown, why = io_words(&e))),
    }
}

/// Where a path really leads: absolute, with `.`, `..` and every symbolic link resolved
/// as far as the path exists (the system does that), and the parts that do not exist
/// yet appended as written, with `..` taken away lexically. So a new file inside the
/// data folder, or one reached through `..` or a link to the folder, resolves inside it.
fn resolved(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parts: Vec<Component> = abs.components().collect();
    for keep in (1..=parts.len()).rev() {
        let head: PathBuf = parts[..keep].iter().collect();
        let Ok(mut real) = head.canonicalize() else { continue };
        for part in &parts[keep..] {
            match part {
                Component::ParentDir => {
                    real.pop();
                }
                Component::Normal(name) => real.push(name),
                _ => {}
            }
        }
        return real;
    }
    abs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_through_dot_dot_and_missing_parts() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().canonicalize().unwrap();
        std::fs::create_dir(real.join("out")).unwrap();
        assert_eq!(resolved(&real.join("out/../data/x.csv")), real.join("data/x.csv"));
        assert_eq!(resolved(&real.join("no/such/../x")), real.join("no/x"));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(real.join("out"), real.join("link")).unwrap();
            assert_eq!(resolved(&real.join("link/new.md")), real.join("out/new.md"));
        }
    }
}
