//! The git repository a data folder is in, and the questions sync asks it.

use super::git::{Git, GitError};
use std::path::{Path, PathBuf};

/// A data folder inside a git work tree.
#[derive(Debug, Clone)]
pub struct Repo {
    pub git: Git,
    /// Where the data folder is in the work tree: `""` at the top, else `sub/dir/`.
    pub prefix: String,
}

impl Repo {
    /// The work tree `root` is in (`git rev-parse --show-toplevel` from it), `None`
    /// when it is in none (or does not exist).
    pub fn find(root: &Path, prompts: bool) -> Result<Option<Repo>, GitError> {
        if !root.is_dir() {
            return Ok(None);
        }
        let r = super::git::raw(root, &["rev-parse", "--show-toplevel", "--show-prefix"], prompts)?;
        if !r.ok {
            let e = r.error(None);
            // Refused for another user's folder: say so rather than "no repository".
            return match &e {
                GitError::Failed { failure: super::Failure::NotOwner, .. } => Err(e),
                _ => Ok(None),
            };
        }
        let text = r.text();
        let mut lines = text.lines();
        let top = PathBuf::from(lines.next().unwrap_or_default());
        let prefix = lines.next().unwrap_or_default().to_string();
        Ok(Some(Repo { git: Git::at(&top, prompts), prefix }))
    }

    /// The pathspec of the data folder (everything sync adds and commits is in it).
    pub fn scope(&self) -> String {
        if self.prefix.is_empty() { ".".into() } else { self.prefix.trim_end_matches('/').to_string() }
    }

    /// The file on disk for a path in the repository.
    pub fn file(&self, repo_path: &str) -> PathBuf {
        self.git.top().join(repo_path)
    }

    /// Whether a path in the repository is an account file (`accounts/<slug>.json`).
    pub fn is_account(&self, repo_path: &str) -> bool {
        let Some(rest) = repo_path.strip_prefix(&self.prefix) else { return false };
        let Some(name) = rest.strip_prefix("accounts/") else { return false };
        name.ends_with(".json") && !name.contains('/') && !name.starts_with('.') && name.len() > 5
    }

    /// The repository path of an account file, for the attributes check.
    pub fn account_path(&self, file_name: &str) -> String {
        format!("{}accounts/{file_name}", self.prefix)
    }

    /// The branch checked out, `None` when HEAD is detached.
    pub fn branch(&self) -> Result<Option<String>, GitError> {
        let r = self.git.output(&["symbolic-ref", "--short", "-q", "HEAD"])?;
        Ok(r.ok.then(|| r.text()).filter(|b| !b.is_empty()))
    }

    /// The commit checked out, `None` before the first commit.
    pub fn head(&self) -> Result<Option<String>, GitError> {
        self.rev("HEAD")
    }

    /// The commit a name points to, if any.
    pub fn rev(&self, name: &str) -> Result<Option<String>, GitError> {
        let r = self.git.output(&["rev-parse", "-q", "--verify", &format!("{name}^{{commit}}")])?;
        Ok(r.ok.then(|| r.text()))
    }

    /// Whether a merge was started and not finished.
    pub fn merging(&self) -> Result<bool, GitError> {
        Ok(self.rev("MERGE_HEAD")?.is_some())
    }

    /// Whether a rebase (or `git am`) was started and not finished.
    pub fn rebasing(&self) -> Result<bool, GitError> {
        for dir in ["rebase-merge", "rebase-apply"] {
            let p = self.git.run(&["rev-parse", "--git-path", dir])?;
            if self.git.top().join(p).exists() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Paths git could not merge and that wait for a decision.
    pub fn unmerged(&self) -> Result<Vec<String>, GitError> {
        let out = self.git.output(&["diff", "--name-only", "-z", "--diff-filter=U"])?;
        let mut v = split_z(&out.stdout);
        v.dedup();
        Ok(v)
    }

    /// The account files git tracks whose content on disk holds git's conflict marks.
    pub fn marked_accounts(&self) -> Result<Vec<String>, GitError> {
        let scope = format!("{}accounts", self.prefix);
        let listed = self.git.output(&["ls-files", "-z", "--", &scope])?;
        let mut paths = split_z(&listed.stdout);
        // An unmerged file is listed once per stage.
        paths.dedup();
        Ok(paths
            .into_iter()
            .filter(|p| self.is_account(p))
            .filter(|p| std::fs::read(self.file(p)).is_ok_and(|b| super::summary::has_markers(&b)))
            .collect())
    }

    /// How many commits are in `to` and not in `from`.
    pub fn count(&self, from: Option<&str>, to: &str) -> Result<usize, GitError> {
        let range = match from {
            Some(f) => format!("{f}..{to}"),
            None => to.to_string(),
        };
        Ok(self.git.run(&["rev-list", "--count", &range])?.trim().parse().unwrap_or(0))
    }

    /// The files that differ between two commits (or a commit and the index, with
    /// `--cached`), in the data folder: (status letter, path).
    pub fn changed(&self, args: &[&str]) -> Result<Vec<(char, String)>, GitError> {
        let scope = self.scope();
        let mut all = vec!["diff", "--no-renames", "--no-ext-diff", "--name-status", "-z"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--", &scope]);
        let r = self.git.output(&all)?;
        if !r.ok {
            return Err(r.error(None));
        }
        let parts = split_z(&r.stdout);
        let mut out = Vec::new();
        for pair in parts.chunks(2) {
            if let [status, path] = pair {
                out.push((status.chars().next().unwrap_or('M'), path.clone()));
            }
        }
        Ok(out)
    }
}

/// NUL-separated names, as `-z` writes them.
pub fn split_z(bytes: &[u8]) -> Vec<String> {
    bytes
        .split(|b| *b == 0)
        .filter(|s| !s.is_empty())
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_files_are_told_from_the_rest() {
        let r = Repo { git: Git::at(Path::new("/x"), false), prefix: "team/".into() };
        assert!(r.is_account("team/accounts/northwind.json"));
        assert!(!r.is_account("accounts/northwind.json"));
        assert!(!r.is_account("team/accounts/.northwind.json.lock"));
        assert!(!r.is_account("team/accounts/northwind.json.bak"));
        assert!(!r.is_account("team/accounts/old/northwind.json"));
        assert!(!r.is_account("team/.gitattributes"));
        assert_eq!(r.scope(), "team");
        let top = Repo { git: Git::at(Path::new("/x"), false), prefix: String::new() };
        assert_eq!(top.scope(), ".");
        assert!(top.is_account("accounts/a.json"));
    }

    #[test]
    fn nul_separated_names_are_split() {
        assert_eq!(split_z(b"M\0a b.json\0D\0c.json\0"), ["M", "a b.json", "D", "c.json"]);
    }
}
