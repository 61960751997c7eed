//! The real `dmu` binary and its settings file: `dmu config` (where, what, from where,
//! `--path`, `--init`, `--keys`), broken files, the flag and the environment, and the
//! generated completions and manual page.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A home for one test: its own config and data folders, nothing of the caller's.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home { dir: tempfile::tempdir().unwrap() }
    }

    /// Where `dmu` looks for the settings file by default in this home (Linux: XDG).
    fn settings(&self) -> PathBuf {
        self.dir.path().join("config").join("dmu").join("settings.toml")
    }

    fn write_settings(&self, text: &str) -> PathBuf {
        let p = self.settings();
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    fn run(&self, env: &[(&str, &str)], args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_dmu"))
            .env_remove("DMU_DATA_DIR")
            .env_remove("DMU_CONFIG")
            .env_remove("NO_COLOR")
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .envs(env.iter().copied())
            .args(args)
            .output()
            .unwrap()
    }

    fn dmu(&self, args: &[&str]) -> Output {
        self.run(&[], args)
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The line of `dmu config` that starts with a setting.
fn line<'a>(out: &'a str, start: &str) -> &'a str {
    out.lines().find(|l| l.starts_with(start)).unwrap_or_else(|| panic!("no line {start:?} in\n{out}"))
}

#[test]
fn config_without_a_file_says_where_it_would_be_and_shows_the_defaults() {
    let h = Home::new();
    let o = h.dmu(&["config"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let first = out.lines().next().unwrap();
    assert!(first.contains(&h.settings().display().to_string()), "{first}");
    assert!(first.contains("does not exist yet") && first.contains("dmu config --init"), "{first}");
    assert!(line(&out, "language = \"en\"").ends_with("default"), "{out}");
    assert!(line(&out, "name_order = \"first-last\"").ends_with("default"), "{out}");
    assert!(line(&out, "sort_names = \"written\"").ends_with("default"), "{out}");
    assert!(line(&out, "colours = on").ends_with("default"), "{out}");
    assert!(line(&out, "Data folder:").contains("(default)"), "{out}");
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    assert!(!h.dir.path().join("data").exists(), "dmu config creates no data folder");
}

#[test]
fn config_lists_each_setting_with_where_it_comes_from() {
    let h = Home::new();
    h.write_settings(
        "currency = \"rub\"\nuser = \"Omar Haddad\"\nsort_names = \"surname\"\n\n[keys]\nhelp = \"F1\"\n[theme]\nerror = \"#FF5555\"\n",
    );
    let data = h.dir.path().join("elsewhere");
    let o = h.run(&[("NO_COLOR", "1")], &["config", "--data-dir", data.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(line(&out, "Settings file:").contains("(the default place; exists)"), "{out}");
    assert!(line(&out, "Data folder:").contains("(flag --data-dir)"), "{out}");
    assert!(line(&out, "currency = \"RUB\"").ends_with("settings file, line 1"), "{out}");
    assert!(line(&out, "user = \"Omar Haddad\"").ends_with("settings file, line 2"), "{out}");
    assert!(line(&out, "sort_names = \"surname\"").ends_with("settings file, line 3"), "{out}");
    assert!(line(&out, "help = \"F1\"").ends_with("settings file, line 6"), "{out}");
    assert!(line(&out, "error = \"#ff5555\"").ends_with("settings file, line 8"), "{out}");
    assert!(line(&out, "ok = \"green\"").ends_with("default"), "{out}");
    assert!(line(&out, "colours = off").ends_with("environment NO_COLOR"), "{out}");
}

#[test]
fn the_flag_wins_over_dmu_config_which_wins_over_the_config_folder() {
    let h = Home::new();
    let env = h.dir.path().join("env.toml");
    let flag = h.dir.path().join("flag.toml");
    let env_s = env.to_str().unwrap();
    let o = h.dmu(&["config", "--path"]);
    assert_eq!(stdout(&o).trim(), h.settings().display().to_string());
    let o = h.run(&[("DMU_CONFIG", env_s)], &["config", "--path"]);
    assert_eq!(stdout(&o).trim(), env_s);
    let o = h.run(&[("DMU_CONFIG", env_s)], &["--config", flag.to_str().unwrap(), "config", "--path"]);
    assert_eq!(stdout(&o).trim(), flag.display().to_string());
    // A file named on purpose must be there.
    let o = h.run(&[("DMU_CONFIG", env_s)], &["config"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("DMU_CONFIG does not exist"), "{}", stderr(&o));
    assert!(line(&stdout(&o), "Settings file:").contains("from DMU_CONFIG"), "{}", stdout(&o));
}

#[test]
fn init_writes_the_commented_example_once_and_never_overwrites() {
    let h = Home::new();
    let o = h.dmu(&["config", "--init"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), h.settings().display().to_string());
    assert!(stderr(&o).contains("every line is commented out"), "{}", stderr(&o));
    let written = std::fs::read_to_string(h.settings()).unwrap();
    assert!(written.contains("#currency = \"EUR\"") && written.contains("#[keys]"), "{written}");
    let o = h.dmu(&["config"]);
    assert!(o.status.success() && stderr(&o).is_empty(), "the example is valid: {}", stderr(&o));

    std::fs::write(h.settings(), "user = \"Mine\"\n").unwrap();
    let o = h.dmu(&["config", "--init"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("exists already"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(h.settings()).unwrap(), "user = \"Mine\"\n", "left alone");
}

#[test]
fn a_broken_file_is_an_error_at_its_line_and_column_and_exits_1() {
    let h = Home::new();
    let p = h.write_settings("currency = \"EUR\"\nlanguage = \"de\"\n[theme]\nerror = \"blu\"\n");
    let o = h.dmu(&["config"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    let path = p.display().to_string();
    assert!(err.contains(&format!("{path}:2:12: error: language should be one of \"en\", \"ru\"")), "{err}");
    assert!(
        err.contains(&format!("{path}:4:9: error: theme.error")) && err.contains("did you mean \"blue\""),
        "{err}"
    );
    assert!(err.trim_end().ends_with("until they are fixed"), "{err}");
    let out = stdout(&o);
    assert!(line(&out, "currency = \"EUR\"").ends_with("line 1"), "the rest still counts: {out}");
    assert!(line(&out, "language = \"en\"").ends_with("default"), "{out}");

    h.write_settings("currency = \"EUR\nuser = \"x\"\n");
    let o = h.dmu(&["config"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(":1:") && stderr(&o).contains("not valid TOML"), "{}", stderr(&o));
}

#[test]
fn unknown_names_are_warnings_that_do_not_fail() {
    let h = Home::new();
    h.write_settings("curency = \"EUR\"\n[keys]\nqiut = \"Q\"\nquit = \"x\"\n[theme]\ntitle = \"red\"\n");
    let o = h.dmu(&["config"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(err.lines().all(|l| l.contains(": warning: ")), "{err}");
    assert!(
        err.contains(":1:1: warning: dmu has no setting `curency`")
            && err.contains("did you mean `currency`"),
        "{err}"
    );
    assert!(err.contains(":3:1: warning: keys.qiut: dmu has no action `qiut`"), "{err}");
    assert!(err.contains(":4:1: warning: keys.quit: x already means “done”"), "{err}");
    assert!(line(&stdout(&o), "quit = \"x\"").ends_with("not used, see the warning"), "{}", stdout(&o));
}

#[test]
fn config_keys_lists_every_action_with_the_keys_in_force() {
    let h = Home::new();
    h.write_settings("[keys]\nquit = \"Q\"\nundo = [\"z\", \"Ctrl-z\"]\n");
    let o = h.dmu(&["config", "--keys"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let quit = line(&out, "quit ");
    assert!(quit.contains("Q Ctrl-c") && quit.contains("settings file, line 2"), "{quit}");
    let undo = line(&out, "undo ");
    assert!(undo.contains("z Ctrl-z") && !undo.contains(" u "), "{undo}");
    let help = line(&out, "help ");
    assert!(help.contains('?') && !help.contains("settings file"), "{help}");
    for name in ["page_down", "view_pull", "mark_done", "edit_account"] {
        line(&out, &format!("{name} "));
    }
}

#[test]
fn a_broken_settings_file_does_not_stop_the_other_commands() {
    let h = Home::new();
    h.write_settings("this is not toml\n");
    let data = h.dir.path().join("accounts");
    let d = data.to_str().unwrap();
    let o = h.dmu(&["--data-dir", d, "new", "Acme Tools"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = h.dmu(&["--data-dir", d, "list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Acme Tools"), "{}", stdout(&o));
}

const COMMANDS: &[&str] = &[
    "open",
    "list",
    "new",
    "show",
    "check",
    "report",
    "portfolio",
    "agenda",
    "export",
    "config",
    "completions",
    "man",
    "changes",
    "diff-text",
    "merge-driver",
];

#[test]
fn completions_name_every_command_and_bash_reads_its_script() {
    let h = Home::new();
    for shell in ["bash", "zsh", "fish"] {
        let o = h.dmu(&["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        for c in COMMANDS {
            assert!(script.contains(c), "{shell} completion lacks {c}");
        }
        assert!(script.contains("data-dir") && script.contains("config"), "{shell}");
    }
    let bash = h.dmu(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dmu.bash");
    std::fs::write(&file, &bash.stdout).unwrap();
    let check = Command::new("bash").arg("-n").arg(&file).output().expect("bash runs");
    assert!(check.status.success(), "bash -n: {}", String::from_utf8_lossy(&check.stderr));
    let o = h.dmu(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2), "an unknown shell is a usage error");
}

#[test]
fn the_manual_page_is_roff_with_every_command() {
    let h = Home::new();
    let o = h.dmu(&["man"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(page.starts_with(".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n.TH dmu 1 "), "{}", &page[..100]);
    for c in COMMANDS {
        assert!(page.contains(&format!(".SS \"dmu {c}\"")), "the page lacks dmu {c}");
    }
    for s in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH COMMANDS", ".SH ENVIRONMENT", ".SH FILES"] {
        assert!(page.contains(s), "{s}");
    }
    assert!(page.contains("DMU_CONFIG") && page.contains("settings.toml"));
}

#[test]
fn the_help_points_to_the_settings() {
    let h = Home::new();
    let help = stdout(&h.dmu(&["--help"]));
    assert!(help.contains("--config <PATH>") && help.contains("dmu config"), "{help}");
    assert!(help.contains("completions") && help.contains("man"), "{help}");
}
