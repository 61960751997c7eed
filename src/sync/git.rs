//! Running the user's own `git` command and telling its failures apart.
//!
//! Nothing here reimplements git: each call is one `git` process, its output captured.
//! Git speaks English to us (`LC_ALL=C`) so that its messages can be recognised, and
//! [`classify`] turns them into a [`Failure`] that [`super::words`] explains to a rep.

use super::words;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why a git command did not do its work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// There is no `git` command on this machine (or not on the PATH).
    NotInstalled,
    /// `git` is there but could not be started; the system's reason.
    CannotRun(String),
    /// Git ran and failed: what kind of failure, the command (for support) and the
    /// last lines git wrote.
    Failed { failure: Failure, command: String, said: String },
}

/// The kinds of failure a rep can act on differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The shared repository cannot be reached: no network, the host is down, or the
    /// shared folder is not there (a drive not connected). The remote, as configured.
    Unreachable(String),
    /// The host refused who we are (password, token or SSH key).
    AuthRefused,
    /// The remote is there but is not a git repository. The remote, as configured.
    NotARepo(String),
    /// A push was refused because the shared repository has commits we have not got
    /// (a colleague pushed meanwhile).
    Rejected,
    /// The shared repository refused the push for another reason (a protected branch,
    /// a server rule).
    Refused,
    /// We may not write into the shared repository (a read-only shared drive).
    NoWriteAccess,
    /// Git will not work in a folder owned by another user (`safe.directory`).
    NotOwner,
    /// Anything else; git's own words say what.
    Other,
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&words::git_error(self))
    }
}

impl std::error::Error for GitError {}

/// What one git command did.
#[derive(Debug, Clone)]
pub struct Ran {
    pub ok: bool,
    pub stdout: Vec<u8>,
    pub stderr: String,
    command: String,
}

impl Ran {
    /// Standard output as text, without the final line break.
    pub fn text(&self) -> String {
        let s = String::from_utf8_lossy(&self.stdout);
        s.strip_suffix('\n').unwrap_or(&s).to_string()
    }

    /// This failed run as an error (classified against `remote` when it talked to one).
    pub fn error(&self, remote: Option<&str>) -> GitError {
        GitError::Failed {
            failure: classify(&self.stderr, remote),
            command: self.command.clone(),
            said: last_lines(&self.stderr, 4),
        }
    }
}

/// Git in one work tree, with an identity for commits when the user has none.
#[derive(Debug, Clone)]
pub struct Git {
    top: PathBuf,
    /// `-c user.name=…` / `-c user.email=…` for what git has not configured.
    ident: Vec<String>,
    /// Whether git may ask for a password on the terminal.
    prompts: bool,
}

impl Git {
    /// Git at the top of a work tree (all paths given and read back are relative to
    /// it), asking for passwords only when `prompts`.
    pub fn at(top: &Path, prompts: bool) -> Git {
        Git { top: top.to_path_buf(), ident: Vec::new(), prompts }
    }

    /// The top of the work tree.
    pub fn top(&self) -> &Path {
        &self.top
    }

    /// Fills in the commit identity git lacks: `user` as the name (see
    /// [`dmu_user`]) and a made-up address. Git's own, where set, is kept.
    pub fn with_identity(mut self, user: &str) -> Result<Git, GitError> {
        self.ident.clear();
        if self.config_get("user.name")?.is_none() {
            self.ident.push(format!("user.name={user}"));
        }
        if self.config_get("user.email")?.is_none() {
            let local = crate::store::slugify(user);
            let local = if local.is_empty() { "dmu".to_string() } else { local };
            self.ident.push(format!("user.email={local}@localhost"));
        }
        Ok(self)
    }

    /// Runs `git ARGS` in the work tree; a failure is a value, not an error.
    pub fn output(&self, args: &[&str]) -> Result<Ran, GitError> {
        let mut all: Vec<&str> = Vec::new();
        for kv in &self.ident {
            all.push("-c");
            all.push(kv);
        }
        all.extend_from_slice(args);
        raw(&self.top, &all, self.prompts)
    }

    /// Runs `git ARGS`, its output as text, or the failure explained.
    pub fn run(&self, args: &[&str]) -> Result<String, GitError> {
        let r = self.output(args)?;
        if r.ok { Ok(r.text()) } else { Err(r.error(None)) }
    }

    /// As [`Git::run`], for a command that talks to `remote` (its failure says whether
    /// the remote could be reached, was no repository, refused us, ...).
    pub fn run_remote(&self, args: &[&str], remote: &str) -> Result<String, GitError> {
        let r = self.output(args)?;
        if r.ok { Ok(r.text()) } else { Err(r.error(Some(remote))) }
    }

    /// Standard output as bytes (a file's content from `git show`), `None` when git
    /// fails (the file is not in that commit).
    pub fn bytes(&self, args: &[&str]) -> Result<Option<Vec<u8>>, GitError> {
        let r = self.output(args)?;
        Ok(r.ok.then_some(r.stdout))
    }

    /// Whether `git ARGS` succeeds (for questions git answers with its exit code).
    pub fn succeeds(&self, args: &[&str]) -> Result<bool, GitError> {
        Ok(self.output(args)?.ok)
    }

    /// A configuration value, `None` when unset.
    pub fn config_get(&self, key: &str) -> Result<Option<String>, GitError> {
        let r = self.output(&["config", "--get", key])?;
        Ok(r.ok.then(|| r.text()).filter(|v| !v.is_empty()))
    }

    /// `git show REV:PATH`, `None` when the file is not there.
    pub fn show(&self, rev: &str, path: &str) -> Result<Option<Vec<u8>>, GitError> {
        self.bytes(&["show", &format!("{rev}:{path}")])
    }
}

/// Runs `git ARGS` in `dir`, with git's messages in English, no colours, and no
/// terminal prompt unless `prompts`.
pub fn raw(dir: &Path, args: &[&str], prompts: bool) -> Result<Ran, GitError> {
    let mut cmd = Command::new("git");
    cmd.args(["-c", "color.ui=false", "-c", "core.quotepath=false"])
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C")
        .env("LANGUAGE", "C")
        .env("GIT_MERGE_AUTOEDIT", "no")
        .stdin(if prompts { Stdio::inherit() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if !prompts {
        cmd.env("GIT_TERMINAL_PROMPT", "0");
        // ssh asks for a passphrase or a new host's key on the terminal itself, over
        // the app's screen; made to ask a program instead (the user's own, or one that
        // says no), it fails in words the rep is then told.
        cmd.env("SSH_ASKPASS_REQUIRE", "force");
        if std::env::var_os("SSH_ASKPASS").is_none() {
            cmd.env("SSH_ASKPASS", "false");
        }
    }
    let cannot = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => GitError::NotInstalled,
        _ => GitError::CannotRun(e.to_string()),
    };
    let (status, stdout, stderr) = crate::process::collect(cmd.spawn().map_err(cannot)?).map_err(cannot)?;
    Ok(Ran {
        ok: status.success(),
        stdout,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        command: format!("git {}", args.join(" ")),
    })
}

/// Whether the `git` command is there.
pub fn installed() -> bool {
    !matches!(raw(Path::new("."), &["--version"], false), Err(GitError::NotInstalled))
}

/// The name dmu commits under when git has none: `DMU_USER`, else the settings'
/// `user`, else git's `user.name`, else the system's user name, else "dmu".
pub fn dmu_user(settings_user: Option<&str>, git_name: Option<&str>) -> String {
    let env = |k: &str| std::env::var(k).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    env("DMU_USER")
        .or_else(|| settings_user.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string))
        .or_else(|| git_name.map(str::to_string))
        .or_else(|| env("USER"))
        .or_else(|| env("USERNAME"))
        .unwrap_or_else(|| "dmu".to_string())
}

/// The kind of failure git's message describes. `remote` is the remote it talked to,
/// when it did: a local path that does not exist is an unreachable shared folder, one
/// that exists but holds no repository is not a repository (git says the same words
/// for both).
pub fn classify(stderr: &str, remote: Option<&str>) -> Failure {
    let s = stderr.to_ascii_lowercase();
    let has = |needles: &[&str]| needles.iter().any(|n| s.contains(n));
    let remote_name = remote.unwrap_or_default().to_string();
    if has(&["dubious ownership", "safe.directory"]) {
        return Failure::NotOwner;
    }
    if remote.is_none() {
        // Only a command that talked to a remote can fail for the remote's reasons.
        return Failure::Other;
    }
    if has(&[
        "insufficient permission",
        "read-only file system",
        "unable to create temporary object directory",
        "unable to create temporary file",
    ]) {
        return Failure::NoWriteAccess;
    }
    if has(&[
        "[rejected]",
        "fetch first",
        "non-fast-forward",
        "stale info",
        "cannot lock ref",
        "failed to update ref",
    ]) {
        return Failure::Rejected;
    }
    if has(&["[remote rejected]", "pre-receive hook declined", "protected branch"]) {
        return Failure::Refused;
    }
    if has(&[
        "authentication failed",
        "permission denied (publickey",
        "permission denied, please try again",
        "could not read username",
        "could not read password",
        "terminal prompts disabled",
        "http basic: access denied",
        "access denied",
        "the requested url returned error: 401",
        "the requested url returned error: 403",
        "host key verification failed",
    ]) {
        return Failure::AuthRefused;
    }
    if has(&[
        "could not resolve host",
        "could not resolve hostname",
        "temporary failure in name resolution",
        "name or service not known",
        "connection refused",
        "connection timed out",
        "operation timed out",
        "network is unreachable",
        "no route to host",
        "failed to connect",
        "connection reset",
        "connection closed by remote host",
        "could not connect",
    ]) {
        return Failure::Unreachable(remote_name);
    }
    if has(&["does not appear to be a git repository", "not a git repository", "returned error: 404"])
        || (s.contains("repository") && s.contains("not found"))
    {
        // A shared folder that is not there (a drive not connected) reads to git like a
        // folder without a repository; only we can tell them apart.
        if let Some(path) = remote.and_then(local_path)
            && !path.exists()
        {
            return Failure::Unreachable(remote_name);
        }
        return Failure::NotARepo(remote_name);
    }
    Failure::Other
}

/// The folder a remote names, when it is one on this machine (a path or `file://`).
pub fn local_path(remote: &str) -> Option<PathBuf> {
    if let Some(rest) = remote.strip_prefix("file://") {
        return Some(PathBuf::from(rest));
    }
    if remote.contains("://") {
        return None;
    }
    // `host:path` (scp-like) is remote, unless a slash comes before the colon.
    match (remote.find(':'), remote.find('/')) {
        (Some(c), Some(s)) if c < s && c > 1 => None,
        (Some(c), None) if c > 1 => None,
        _ => Some(PathBuf::from(remote)),
    }
}

/// The last `n` lines git wrote that say something, for support to see.
fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> =
        text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("hint:")).collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// `path` in single quotes for a shell (`'` written as `'\''`), as git runs drivers.
pub fn shell_quote(path: &str) -> String {
    format!("'{}'", path.replace('\'', "'\\''"))
}

/// The first word of a shell command line, unquoted: the program a driver runs.
pub fn first_word(command: &str) -> String {
    let mut out = String::new();
    let mut chars = command.trim_start().chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, ' ' | '\t') => break,
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None | Some('"'), '\\') => {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            (_, c) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_messages_are_told_apart() {
        let c = |s: &str| classify(s, Some("https://example.com/team.git"));
        assert_eq!(
            c("fatal: unable to access 'https://x/': Could not resolve host: x"),
            Failure::Unreachable("https://example.com/team.git".into())
        );
        assert_eq!(c("ssh: connect to host x port 22: Connection refused"), Failure::Unreachable(c_remote()));
        assert_eq!(
            c("remote: HTTP Basic: Access denied\nfatal: Authentication failed for 'x'"),
            Failure::AuthRefused
        );
        assert_eq!(
            c("git@x: Permission denied (publickey).\nfatal: Could not read from remote"),
            Failure::AuthRefused
        );
        assert_eq!(
            c(" ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs"),
            Failure::Rejected
        );
        assert_eq!(c(" ! [remote rejected] main -> main (pre-receive hook declined)"), Failure::Refused);
        assert_eq!(
            c("remote: Repository not found.\nfatal: repository 'x' not found"),
            Failure::NotARepo(c_remote())
        );
        assert_eq!(
            c("error: insufficient permission for adding an object to repository database ./objects"),
            Failure::NoWriteAccess
        );
        assert_eq!(c("fatal: detected dubious ownership in repository at '/x'"), Failure::NotOwner);
        assert_eq!(c("fatal: something new"), Failure::Other);
    }

    fn c_remote() -> String {
        "https://example.com/team.git".into()
    }

    #[test]
    fn a_missing_shared_folder_is_unreachable_and_an_empty_one_is_no_repository() {
        let dir = tempfile::tempdir().unwrap();
        let said = "fatal: '/x' does not appear to be a git repository\nfatal: Could not read from remote repository.";
        let there = dir.path().to_str().unwrap();
        let gone = dir.path().join("gone");
        let gone = gone.to_str().unwrap();
        assert_eq!(classify(said, Some(there)), Failure::NotARepo(there.into()));
        assert_eq!(classify(said, Some(gone)), Failure::Unreachable(gone.into()));
        assert_eq!(
            classify(said, Some(&format!("file://{gone}"))),
            Failure::Unreachable(format!("file://{gone}"))
        );
    }

    #[test]
    fn local_and_network_remotes() {
        assert_eq!(local_path("/srv/team.git"), Some(PathBuf::from("/srv/team.git")));
        assert_eq!(local_path("../team.git"), Some(PathBuf::from("../team.git")));
        assert_eq!(local_path("file:///srv/t.git"), Some(PathBuf::from("/srv/t.git")));
        assert_eq!(local_path("git@example.com:team/accounts.git"), None);
        assert_eq!(local_path("https://example.com/t.git"), None);
        assert_eq!(local_path("ssh://host/t.git"), None);
        assert_eq!(local_path("./a:b"), Some(PathBuf::from("./a:b")));
    }

    #[test]
    fn paths_are_quoted_for_the_shell_and_read_back() {
        let p = "/home/o'neil/my apps/dmu";
        let q = shell_quote(p);
        assert_eq!(q, "'/home/o'\\''neil/my apps/dmu'");
        assert_eq!(first_word(&format!("{q} merge-driver %O %A %B %P")), p);
        assert_eq!(first_word("dmu merge-driver"), "dmu");
        assert_eq!(first_word("\"/a b/dmu\" diff-text"), "/a b/dmu");
    }

    #[test]
    fn the_dmu_user_comes_from_settings_before_git_and_the_system() {
        // DMU_USER is the caller's to set; with it set, it wins, which is all we can check.
        if std::env::var_os("DMU_USER").is_none() {
            assert_eq!(dmu_user(Some(" Anna Berg "), Some("anna")), "Anna Berg");
            assert_eq!(dmu_user(None, Some("anna")), "anna");
            assert!(!dmu_user(None, None).is_empty());
        }
    }

    #[test]
    fn support_sees_the_last_lines_without_hints() {
        assert_eq!(last_lines("a\nhint: do x\n\nb\nc\n", 2), "b\nc");
    }
}
