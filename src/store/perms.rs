//! Who may read a rep's accounts, and whose files they are.
//!
//! dmu creates everything owner-only, but a data folder copied in, unpacked from an
//! archive or cloned by git can be readable by every user of the machine. dmu does not
//! change modes behind the rep's back (a team folder may be shared on purpose); it says
//! so once, with the command that fixes it. A file of another user is never silently
//! taken over: saving would replace it with a file of ours.

use std::path::{Path, PathBuf};

/// The effective user id of this process (0 for root).
#[cfg(unix)]
pub(crate) fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Places in the data folder that other users of this computer can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exposed {
    /// The folders and files readable (or writable) by others.
    pub paths: Vec<PathBuf>,
    /// The data folder, for the command that fixes it.
    pub root: PathBuf,
}

impl Exposed {
    /// One sentence for the rep, with the command to run.
    pub fn warning(&self) -> String {
        let what = match self.paths.as_slice() {
            [one] => crate::text::inert(&one.display().to_string()).into_owned(),
            many => crate::t!("store-exposed-many", n = many.len()),
        };
        crate::t!("store-exposed", what = what, root = shell_quote(&self.root))
    }
}

/// The data folder, `accounts/` and every account file (and backup) that others can
/// read or write; `None` when all are private (or on systems without Unix modes).
pub fn exposed(root: &Path) -> Option<Exposed> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open_to_others =
            |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().mode() & 0o077 != 0);
        let accounts = root.join("accounts");
        let mut paths: Vec<PathBuf> =
            [root.to_path_buf(), accounts.clone()].into_iter().filter(|p| open_to_others(p)).collect();
        if let Ok(entries) = std::fs::read_dir(&accounts) {
            let mut files: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    (name.ends_with(".json") || name.ends_with(".json.bak")) && !name.starts_with('.')
                })
                // A link leads elsewhere; the file it leads to is not ours to judge.
                .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file()) && open_to_others(p))
                .collect();
            files.sort();
            paths.extend(files);
        }
        (!paths.is_empty()).then(|| Exposed { paths, root: root.to_path_buf() })
    }
    #[cfg(not(unix))]
    {
        let _ = root;
        None
    }
}

/// The owner of `path` when it is not this user, and this user cannot save it without
/// taking it over: `Some(uid)` means "open it read-only". Root keeps the owner instead.
pub(crate) fn foreign_owner(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let uid = std::fs::metadata(path).ok()?.uid();
        let me = euid();
        (uid != me && me != 0).then_some(uid)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// A path as a shell word: in single quotes unless it is plain.
pub(crate) fn shell_quote(p: &Path) -> String {
    let s = crate::text::inert(&p.display().to_string()).into_owned();
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+~".contains(c)) {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_quoted_for_the_shell() {
        assert_eq!(shell_quote(Path::new("/home/a/.local/share/dmu")), "/home/a/.local/share/dmu");
        assert_eq!(shell_quote(Path::new("/tmp/my data")), "'/tmp/my data'");
        assert_eq!(shell_quote(Path::new("/tmp/it's")), r"'/tmp/it'\''s'");
    }
}
