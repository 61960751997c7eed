//! A team sharing accounts through the real `git`: a bare repository as the shared
//! one, and colleagues' data folders beside it, all in a temp folder. Git's global
//! settings are an empty file of the test's own (HOME, GIT_CONFIG_GLOBAL), so nothing
//! depends on the developer's git.

use super::cli::{demo_data, dmu_with_env};
use serde_json::Value;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temp folder holding a HOME with its own git settings, and the team's folders.
pub struct Team {
    pub tmp: tempfile::TempDir,
    /// `DMU_USER` for dmu, when set.
    pub user: Option<String>,
}

impl Team {
    /// Git knows who commits (`user.name` in the global settings).
    pub fn new() -> Team {
        let t = Team::without_git_user();
        fs::write(t.gitconfig(), "[user]\n\tname = Test Rep\n\temail = rep@example.com\n").unwrap();
        t
    }

    /// Git's global settings are empty: no `user.name`, no `user.email`.
    pub fn without_git_user() -> Team {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir(tmp.path().join("home")).unwrap();
        let t = Team { tmp, user: None };
        fs::write(t.gitconfig(), "").unwrap();
        t
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    pub fn gitconfig(&self) -> PathBuf {
        self.path("home").join("gitconfig")
    }

    pub fn env(&self) -> Vec<(&'static str, OsString)> {
        let mut v = vec![
            ("HOME", self.path("home").into_os_string()),
            ("GIT_CONFIG_GLOBAL", self.gitconfig().into_os_string()),
            ("GIT_CONFIG_NOSYSTEM", "1".into()),
        ];
        if let Some(u) = &self.user {
            v.push(("DMU_USER", u.into()));
        }
        v
    }

    /// `dmu --data-dir DATA ARGS`.
    pub fn dmu(&self, data: &Path, args: &[&str]) -> Output {
        let env = self.env();
        let env: Vec<(&str, &OsStr)> = env.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
        dmu_with_env(data, args, &env)
    }

    /// `dmu ARGS` that must succeed; its stdout.
    pub fn ok(&self, data: &Path, args: &[&str]) -> String {
        let out = self.dmu(data, args);
        assert!(out.status.success(), "dmu {args:?} failed:\n{}", text(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `dmu ARGS` that must fail; its stderr.
    pub fn fails(&self, data: &Path, args: &[&str]) -> String {
        let out = self.dmu(data, args);
        assert!(!out.status.success(), "dmu {args:?} should have failed:\n{}", text(&out));
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    /// `git ARGS` in `dir`, whatever it gives.
    pub fn git_raw(&self, dir: &Path, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        cmd.args(args).current_dir(dir).env("LC_ALL", "C");
        for k in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "DMU_USER"] {
            cmd.env_remove(k);
        }
        for (k, v) in self.env() {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    /// `git ARGS` in `dir` that must succeed; its stdout, trimmed.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.git_raw(dir, args);
        assert!(out.status.success(), "git {args:?} failed:\n{}", text(&out));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// A bare repository, as a team keeps on a shared drive.
    pub fn bare(&self, name: &str) -> PathBuf {
        let p = self.path(name);
        self.git(self.tmp.path(), &["init", "-q", "--bare", "-b", "main", p.to_str().unwrap()]);
        p
    }
}

pub fn text(out: &Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

/// Changes an account file as JSON.
pub fn edit(path: &Path, f: impl FnOnce(&mut Value)) {
    let mut v = read_json(path);
    f(&mut v);
    fs::write(path, serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
}

pub fn person_name(v: &Value, id: &str) -> String {
    v["people"].as_array().unwrap().iter().find(|p| p["id"] == id).unwrap()["name"].as_str().unwrap().into()
}

pub fn rename_person(path: &Path, id: &str, name: &str) {
    edit(path, |v| {
        let people = v["people"].as_array_mut().unwrap();
        people.iter_mut().find(|p| p["id"] == id).unwrap()["name"] = name.into();
    });
}

/// A new account made with `dmu new`; its file.
pub fn new_account(team: &Team, data: &Path, name: &str) -> PathBuf {
    PathBuf::from(team.ok(data, &["new", name]).trim())
}

/// A team of two: A set up with the shared repository, B joined it.
pub fn two_colleagues(team: &Team) -> (PathBuf, PathBuf, PathBuf) {
    let bare = team.bare("shared.git");
    let (a, b) = (team.path("anna"), team.path("omar"));
    demo_data(&a);
    team.ok(&a, &["sync", "--init", s(&bare)]);
    team.ok(&b, &["sync", "--init", s(&bare)]);
    (bare, a, b)
}
