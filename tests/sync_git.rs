//! `dmu sync` with the real `git`: a bare repository as the team's shared one, and
//! data folders of colleagues beside it, all in a temp folder. Git's global settings
//! are an empty file of the test's own (HOME, GIT_CONFIG_GLOBAL), so nothing depends on
//! the developer's git.
//!

mod common;

use common::cli::{demo_data, dmu_with_env};
use common::git_team::*;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn init_without_a_remote_makes_a_repository_that_keeps_local_files_out() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    let out = team.ok(&a, &["sync", "--init"]);
    assert!(out.contains("Made the data folder") && out.contains("a git repository"), "{out}");
    assert!(out.contains("No shared repository yet"), "{out}");
    assert!(a.join(".git").is_dir());
    let attributes = fs::read_to_string(a.join(".gitattributes")).unwrap();
    assert!(attributes.lines().any(|l| l == "accounts/*.json merge=dmu diff=dmu"), "{attributes}");

    let exe = fs::canonicalize(env!("CARGO_BIN_EXE_dmu")).unwrap();
    let exe = exe.to_str().unwrap();
    assert_eq!(team.git(&a, &["config", "merge.dmu.driver"]), format!("'{exe}' merge-driver %O %A %B %P"));
    assert_eq!(team.git(&a, &["config", "diff.dmu.textconv"]), format!("'{exe}' diff-text"));
    assert!(!team.git(&a, &["config", "merge.dmu.name"]).is_empty());

    assert_eq!(team.git(&a, &["log", "--format=%s"]), "Start sharing the accounts with dmu");
    let files = team.git(&a, &["ls-files"]);
    assert_eq!(files.lines().collect::<Vec<_>>(), [".gitattributes", ".gitignore", "accounts/demo.json"]);

    // What the store writes for this machine only stays out of git.
    for (p, body) in [
        ("accounts/demo.json.bak", "{}"),
        ("accounts/.demo.json.lock", ""),
        ("accounts/.demo.json.tmp-123-0", "{"),
        ("accounts/.demo.json.bak.tmp-123-1", "{"),
        ("trash/demo.20261201.json", "{}"),
        ("recovery/demo.json", "{}"),
        ("recovery/demo.json.meta", "{}"),
        (".dmu/last-sync", "2026-12-01T10:00:00Z"),
    ] {
        let f = a.join(p);
        fs::create_dir_all(f.parent().unwrap()).unwrap();
        fs::write(f, body).unwrap();
    }
    assert_eq!(team.git(&a, &["status", "--porcelain", "--untracked-files=all"]), "");

    // Again: nothing changes, and it says what it found.
    let again = team.ok(&a, &["sync", "--init"]);
    assert!(again.contains("is a git repository already"), "{again}");
    assert!(
        again.contains(".gitattributes is set up already") && again.contains(".gitignore is set up already")
    );
    assert!(again.contains("already registered"), "{again}");
    assert!(again.contains("Nothing new to commit"), "{again}");
    assert_eq!(team.git(&a, &["rev-list", "--count", "HEAD"]), "1");
}

#[test]
fn init_inside_a_work_tree_uses_it_and_commits_only_the_data_folder() {
    let team = Team::new();
    let outer = team.path("work");
    fs::create_dir(&outer).unwrap();
    team.git(&outer, &["init", "-q", "-b", "main"]);
    fs::write(outer.join("plan.txt"), "my own file\n").unwrap();
    team.git(&outer, &["add", "plan.txt"]);
    let data = outer.join("team-data");
    demo_data(&data);

    let out = team.ok(&data, &["sync", "--init"]);
    assert!(out.contains("inside the git repository") && out.contains("team-data"), "{out}");
    assert!(data.join(".gitattributes").is_file() && !outer.join(".gitattributes").exists());
    let committed = team.git(&outer, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        committed.lines().collect::<Vec<_>>(),
        ["team-data/.gitattributes", "team-data/.gitignore", "team-data/accounts/demo.json"]
    );
    // The user's own staged file is still theirs to commit.
    assert_eq!(team.git(&outer, &["status", "--porcelain"]), "A  plan.txt");
    // The attributes work from there: account files merge through dmu.
    assert_eq!(
        team.git(&outer, &["check-attr", "merge", "--", "team-data/accounts/x.json"]),
        "team-data/accounts/x.json: merge: dmu"
    );
}

#[test]
fn a_second_folder_joins_the_shared_repository_and_gets_its_accounts() {
    let team = Team::new();
    let bare = team.bare("shared.git");
    let (a, b) = (team.path("anna"), team.path("omar"));
    demo_data(&a);
    let out = team.ok(&a, &["sync", "--init", s(&bare)]);
    assert!(out.contains(&format!("Set {} as the shared repository", s(&bare))), "{out}");
    assert!(out.contains("Sent 1 commit"), "{out}");
    assert_eq!(team.git(&bare, &["log", "--format=%s", "main"]), "Start sharing the accounts with dmu");

    let out = team.ok(&b, &["sync", "--init", s(&bare)]);
    assert!(out.contains("has accounts already"), "{out}");
    assert!(out.contains("Changed by colleagues: Volga Pipe Works: added"), "{out}");
    assert_eq!(
        fs::read(b.join("accounts/demo.json")).unwrap(),
        fs::read(a.join("accounts/demo.json")).unwrap()
    );
    assert_eq!(team.git(&b, &["rev-parse", "--abbrev-ref", "@{u}"]), "origin/main");
    assert_eq!(team.git(&b, &["status", "--porcelain"]), "");
    assert!(b.join(".dmu/last-sync").is_file(), "a finished sync is marked");

    // Both run it again: harmless.
    let again = team.ok(&b, &["sync", "--init", s(&bare)]);
    assert!(
        again.contains(&format!("Shares with {}", s(&bare))) && again.contains("Nothing new from colleagues")
    );
    team.ok(&a, &["sync", "--init", s(&bare)]);
    // And another remote is refused in words.
    let other = team.bare("other.git");
    let err = team.fails(&a, &["sync", "--init", s(&other)]);
    assert!(err.contains("shares with") && err.contains("git remote set-url origin"), "{err}");
}

#[test]
fn colleagues_edit_different_accounts_and_both_see_everything_in_either_order() {
    for anna_first in [true, false] {
        let team = Team::new();
        let (bare, a, b) = two_colleagues(&team);
        let northwind = new_account(&team, &a, "Northwind Machining");
        rename_person(&b.join("accounts/demo.json"), "p-sato", "Ken Sato");
        let (first, second) = if anna_first { (&a, &b) } else { (&b, &a) };
        let out1 = team.ok(first, &["sync"]);
        assert!(out1.contains("Sent 1 commit"), "{out1}");
        let out2 = team.ok(second, &["sync"]);
        assert!(out2.contains("Took in 1 commit") && out2.contains("Sent 2 commits"), "{out2}");
        let expected =
            if anna_first { "Northwind Machining: added" } else { "Volga Pipe Works: 1 person changed" };
        assert!(out2.contains(&format!("Changed by colleagues: {expected}")), "{out2}");
        let out3 = team.ok(first, &["sync"]);
        assert!(out3.contains("Took in 2 commits") && out3.contains("Nothing to send"), "{out3}");
        for side in [&a, &b] {
            assert!(side.join("accounts").join(northwind.file_name().unwrap()).is_file());
            assert_eq!(person_name(&read_json(&side.join("accounts/demo.json")), "p-sato"), "Ken Sato");
            assert_eq!(team.git(side, &["status", "--porcelain"]), "");
        }
        assert_eq!(team.git(&a, &["rev-parse", "HEAD"]), team.git(&bare, &["rev-parse", "main"]));
        assert_eq!(team.git(&b, &["rev-parse", "HEAD"]), team.git(&bare, &["rev-parse", "main"]));
    }
}

#[test]
fn the_commit_message_names_the_account_and_what_changed() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    team.ok(&a, &["sync", "--init"]);
    let demo = a.join("accounts/demo.json");
    rename_person(&demo, "p-sato", "Ken Sato");
    edit(&demo, |v| {
        let mut p = serde_json::json!({ "id": "p-new-cfo", "name": "Irina Popova", "title": "CFO" });
        p["roles"] = serde_json::json!(["payer"]);
        v["people"].as_array_mut().unwrap().push(p);
    });
    let out = team.ok(&a, &["sync"]);
    assert!(
        out.contains("Committed your changes: Volga Pipe Works: 1 person added, 1 person changed"),
        "{out}"
    );
    let message = team.git(&a, &["log", "-1", "--format=%B"]);
    assert!(message.starts_with("Volga Pipe Works: 1 person added, 1 person changed"), "{message}");
    assert!(message.contains("(accounts/demo.json)"), "{message}");

    // Several accounts: the first line names them, a line each below.
    new_account(&team, &a, "Northwind Machining");
    fs::remove_file(&demo).unwrap();
    team.ok(&a, &["sync"]);
    let message = team.git(&a, &["log", "-1", "--format=%B"]);
    let first = message.lines().next().unwrap();
    assert!(first.starts_with("2 accounts: ") && first.contains("Northwind Machining"), "{message}");
    assert!(message.contains("Volga Pipe Works: removed (accounts/demo.json)"), "{message}");
    assert!(message.contains("Northwind Machining: added (accounts/northwind-machining.json)"), "{message}");
}

#[test]
fn sync_without_a_repository_says_to_run_init() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    let err = team.fails(&a, &["sync"]);
    assert!(err.contains("not shared yet") && err.contains("dmu sync --init"), "{err}");
    assert!(!a.join(".git").exists());
    let err = team.fails(&a, &["sync", "--resolve"]);
    assert!(err.contains("dmu sync --init"), "{err}");
}

#[test]
fn sync_without_a_remote_commits_only_and_says_so() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    team.ok(&a, &["sync", "--init"]);
    new_account(&team, &a, "Northwind Machining");
    let out = team.ok(&a, &["sync"]);
    assert!(out.contains("Committed your changes: Northwind Machining: added"), "{out}");
    assert!(out.contains("committed on this computer only") && out.contains("dmu sync --init"), "{out}");
    assert_eq!(team.git(&a, &["rev-list", "--count", "HEAD"]), "2");
    let again = team.ok(&a, &["sync"]);
    assert!(again.contains("No changes here to commit"), "{again}");
}

#[test]
fn an_unreachable_shared_folder_is_explained_and_nothing_is_lost() {
    let team = Team::new();
    let (bare, a, _) = two_colleagues(&team);
    let away = team.path("unplugged.git");
    fs::rename(&bare, &away).unwrap();
    let northwind = new_account(&team, &a, "Northwind Machining");
    let bytes = fs::read(&northwind).unwrap();

    let err = team.fails(&a, &["sync"]);
    assert!(err.contains("cannot be found") && err.contains("network drive"), "{err}");
    assert!(err.contains("saved in a commit on this computer") && err.contains("nothing is lost"), "{err}");
    assert!(err.contains("git said:"), "support sees git's words too: {err}");
    assert_eq!(fs::read(&northwind).unwrap(), bytes);
    assert!(team.git(&a, &["log", "-1", "--format=%s"]).contains("Northwind Machining: added"));
    assert_eq!(team.git(&a, &["status", "--porcelain"]), "");

    // The drive is back: the commit goes out.
    fs::rename(&away, &bare).unwrap();
    let out = team.ok(&a, &["sync"]);
    assert!(out.contains("No changes here to commit") && out.contains("Sent 1 commit"), "{out}");
    assert!(team.git(&bare, &["log", "-1", "--format=%s", "main"]).contains("Northwind Machining"));
}

#[test]
fn a_remote_that_is_not_a_repository_is_explained_and_nothing_is_lost() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    let empty = team.path("just-a-folder");
    fs::create_dir(&empty).unwrap();
    let err = team.fails(&a, &["sync", "--init", s(&empty)]);
    assert!(err.contains("is not a shared git repository") && err.contains("git init --bare"), "{err}");
    assert!(err.contains("saved in a commit on this computer"), "{err}");
    assert!(err.contains("Did not keep"), "a wrong address does not stay: {err}");
    assert_eq!(team.git(&a, &["log", "--format=%s"]), "Start sharing the accounts with dmu");
    assert_eq!(team.git(&a, &["remote"]), "");
    // Set by hand, sync says the same.
    team.git(&a, &["remote", "add", "origin", s(&empty)]);
    let err = team.fails(&a, &["sync"]);
    assert!(err.contains("is not a shared git repository"), "{err}");

    // A network address that cannot be reached is told apart from a missing folder.
    team.git(&a, &["remote", "set-url", "origin", "https://nonexistent.invalid/team/accounts.git"]);
    let err = team.fails(&a, &["sync"]);
    assert!(err.contains("cannot be reached") && err.contains("offline"), "{err}");
}

#[test]
fn an_unfinished_merge_is_refused_with_the_words() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    team.ok(&a, &["sync", "--init"]);
    let demo = a.join("accounts/demo.json");
    team.git(&a, &["switch", "-q", "-c", "other"]);
    rename_person(&demo, "p-sato", "Ken Sato");
    team.git(&a, &["commit", "-q", "-am", "other"]);
    team.git(&a, &["switch", "-q", "main"]);
    rename_person(&demo, "p-sato", "Sato Ken");
    team.git(&a, &["commit", "-q", "-am", "main"]);
    // A merge driver that gives up leaves the file to decide.
    let merge = team.git_raw(&a, &["-c", "merge.dmu.driver=false", "merge", "other"]);
    assert!(!merge.status.success(), "{}", text(&merge));

    new_account(&team, &a, "Northwind Machining");
    let err = team.fails(&a, &["sync"]);
    assert!(err.contains("A merge is unfinished") && err.contains("accounts/demo.json"), "{err}");
    assert!(err.contains("dmu sync --resolve") && err.contains("git merge --abort"), "{err}");
    assert!(team.git_raw(&a, &["rev-parse", "-q", "--verify", "MERGE_HEAD"]).status.success());
    assert_eq!(team.git(&a, &["log", "-1", "--format=%s"]), "main", "nothing was committed");
    let err = team.fails(&a, &["sync", "--init"]);
    assert!(err.contains("dmu sync --resolve"), "{err}");
}

#[test]
fn a_colleagues_push_in_between_is_taken_in_and_sync_tries_again() {
    let team = Team::new();
    let (bare, a, b) = two_colleagues(&team);
    // Omar sends an account at the moment Anna pushes: her push hook does it for him.
    new_account(&team, &b, "Acme Tools");
    let hook = a.join(".git/hooks/pre-push");
    let done = team.path("omar-pushed");
    fs::write(
        &hook,
        format!(
            "#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX GIT_CONFIG_PARAMETERS\n\
             [ -e '{done}' ] && exit 0\ntouch '{done}'\n\
             git -C '{b}' add -A && git -C '{b}' commit -q -m 'Acme Tools: added' && \
             git -C '{b}' push -q origin HEAD:main >/dev/null 2>&1\nexit 0\n",
            done = s(&done),
            b = s(&b)
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).unwrap();
    }
    new_account(&team, &a, "Northwind Machining");
    let out = team.ok(&a, &["sync"]);
    assert!(done.exists(), "the hook ran");
    assert!(out.contains("tried again"), "{out}");
    assert!(out.contains("Changed by colleagues: Acme Tools: added"), "{out}");
    assert!(a.join("accounts/acme-tools.json").is_file());
    let shared = team.git(&bare, &["ls-tree", "-r", "--name-only", "main"]);
    assert!(
        shared.contains("accounts/acme-tools.json") && shared.contains("accounts/northwind-machining.json")
    );
    assert_eq!(team.git(&a, &["rev-parse", "HEAD"]), team.git(&bare, &["rev-parse", "main"]));
}

#[test]
fn a_fresh_clone_gets_its_helpers_back() {
    let team = Team::new();
    let (bare, _, _) = two_colleagues(&team);
    let c = team.path("clone");
    team.git(team.tmp.path(), &["clone", "-q", s(&bare), s(&c)]);
    assert!(!team.git_raw(&c, &["config", "merge.dmu.driver"]).status.success());
    let out = team.ok(&c, &["sync"]);
    assert!(out.contains("Registered dmu's merge and diff helpers"), "{out}");
    assert!(team.git(&c, &["config", "merge.dmu.driver"]).ends_with("merge-driver %O %A %B %P"));
    assert!(team.git(&c, &["config", "diff.dmu.textconv"]).ends_with("diff-text"));

    // A registration that points to a dmu that is gone is put right.
    team.git(&c, &["config", "merge.dmu.driver", "'/nonexistent/old/dmu' merge-driver %O %A %B %P"]);
    let out = team.ok(&c, &["sync"]);
    assert!(out.contains("/nonexistent/old/dmu, which is no longer there"), "{out}");
    let again = team.ok(&c, &["sync"]);
    assert!(!again.contains("helpers"), "{again}");
}

#[test]
fn commits_work_where_git_knows_no_user() {
    let mut team = Team::without_git_user();
    team.user = Some("Anna Berg".into());
    let bare = team.bare("shared.git");
    let a = team.path("anna");
    demo_data(&a);
    team.ok(&a, &["sync", "--init", s(&bare)]);
    assert_eq!(team.git(&a, &["log", "-1", "--format=%an <%ae>"]), "Anna Berg <anna-berg@localhost>");
    new_account(&team, &a, "Northwind Machining");
    team.ok(&a, &["sync"]);
    assert_eq!(team.git(&bare, &["log", "-1", "--format=%an", "main"]), "Anna Berg");
    // Nothing was written into the user's git settings.
    assert_eq!(fs::read_to_string(team.gitconfig()).unwrap(), "");
    assert!(team.git_raw(&a, &["config", "user.name"]).stdout.is_empty());
}

#[test]
fn without_git_the_rep_is_told_to_install_it() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    let empty = team.path("no-programs");
    fs::create_dir(&empty).unwrap();
    let mut env = team.env();
    env.push(("PATH", empty.into_os_string()));
    let env: Vec<(&str, &OsStr)> = env.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
    for args in [&["sync"][..], &["sync", "--init"], &["sync", "--resolve"]] {
        let out = dmu_with_env(&a, args, &env);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("git is not installed") && err.contains("Install git"), "{err}");
    }
    assert!(!a.join(".git").exists());
}

#[test]
fn resolve_with_nothing_to_resolve_says_so() {
    let team = Team::new();
    let a = team.path("anna");
    demo_data(&a);
    team.ok(&a, &["sync", "--init"]);
    let out = team.ok(&a, &["sync", "--resolve"]);
    assert!(out.contains("Nothing to resolve"), "{out}");
}

// ---- With the merge driver ----

/// Anna and Omar both rename the same person (a conflict), and each changes something
/// else in the same file; returns their folders.
fn both_edit_the_demo(team: &Team) -> (PathBuf, PathBuf, PathBuf) {
    let (bare, a, b) = two_colleagues(team);
    rename_person(&a.join("accounts/demo.json"), "p-sato", "Ken Sato");
    edit(&a.join("accounts/demo.json"), |v| v["notes"] = "Anna's notes".into());
    rename_person(&b.join("accounts/demo.json"), "p-sato", "Sato Ken");
    edit(&b.join("accounts/demo.json"), |v| v["industry"] = "Omar's industry".into());
    (bare, a, b)
}

#[test]
fn the_same_account_changed_on_both_sides_merges_through_the_driver() {
    let team = Team::new();
    let (_, a, b) = both_edit_the_demo(&team);
    team.ok(&a, &["sync"]);
    let out = team.ok(&b, &["sync"]);
    assert!(out.contains("Volga Pipe Works: 1 conflict — open it in dmu to decide"), "{out}");
    team.ok(&a, &["sync"]);
    for side in [&a, &b] {
        let v = read_json(&side.join("accounts/demo.json"));
        assert_eq!(
            (v["notes"].as_str(), v["industry"].as_str()),
            (Some("Anna's notes"), Some("Omar's industry"))
        );
        assert_eq!(v["conflicts"].as_array().map(Vec::len), Some(1), "{v}");
        dmu::store::load_file(&side.join("accounts/demo.json")).unwrap();
    }
}

/// Omar merges Anna's changes line by line, as a web page or a copy without dmu's
/// helpers would: git's conflict marks end up in the file (committed or not).
fn merge_line_by_line(team: &Team, a: &Path, b: &Path, commit: bool) {
    team.ok(a, &["sync"]);
    team.git(b, &["commit", "-q", "-am", "Omar's edit"]);
    team.git(b, &["fetch", "-q"]);
    fs::write(b.join(".git/info/attributes"), "accounts/*.json merge=text\n").unwrap();
    let merged = team.git_raw(b, &["merge", "origin/main"]);
    assert!(!merged.status.success(), "{}", text(&merged));
    fs::remove_file(b.join(".git/info/attributes")).unwrap();
    assert!(fs::read_to_string(b.join("accounts/demo.json")).unwrap().contains("\n<<<<<<<"));
    if commit {
        team.git(b, &["commit", "-q", "-am", "Merged on the web"]);
    }
}

#[test]
fn resolve_merges_again_a_file_committed_with_conflict_marks() {
    let team = Team::new();
    let (_, a, b) = both_edit_the_demo(&team);
    merge_line_by_line(&team, &a, &b, true);
    let out = team.ok(&b, &["sync"]);
    assert!(out.contains("git's conflict marks") && out.contains("dmu sync --resolve"), "{out}");
    let out = team.ok(&b, &["sync", "--resolve"]);
    assert!(
        out.contains("Volga Pipe Works (accounts/demo.json): merged again the dmu way; 1 conflict"),
        "{out}"
    );
    let v = read_json(&b.join("accounts/demo.json"));
    assert_eq!(
        (v["notes"].as_str(), v["industry"].as_str()),
        (Some("Anna's notes"), Some("Omar's industry"))
    );
    assert!(
        team.git(&b, &["log", "-1", "--format=%s"]).starts_with("Merge again the dmu way: Volga Pipe Works")
    );
    assert_eq!(team.git(&b, &["status", "--porcelain"]), "");
}

#[test]
fn resolve_finishes_an_unfinished_merge_from_gits_stages() {
    let team = Team::new();
    let (_, a, b) = both_edit_the_demo(&team);
    merge_line_by_line(&team, &a, &b, false);
    let out = team.ok(&b, &["sync", "--resolve"]);
    assert!(out.contains("merged again the dmu way") && out.contains("The merge is finished"), "{out}");
    assert!(!team.git_raw(&b, &["rev-parse", "-q", "--verify", "MERGE_HEAD"]).status.success());
    let v = read_json(&b.join("accounts/demo.json"));
    assert_eq!(
        (v["notes"].as_str(), v["industry"].as_str()),
        (Some("Anna's notes"), Some("Omar's industry"))
    );
    let out = team.ok(&b, &["sync"]);
    assert!(out.contains("Sent"), "{out}");
}

#[test]
fn the_driver_check_says_what_it_found_and_repairs_a_clone() {
    use dmu::sync::{DriverState, check_drivers};
    let team = Team::new();
    let plain = team.path("plain");
    demo_data(&plain);
    assert_eq!(check_drivers(&plain), DriverState::NoRepo);
    assert_eq!(check_drivers(&team.path("not-there")), DriverState::NoRepo);
    // A repository of the user's own whose attributes do not name dmu: not dmu's business.
    team.git(&plain, &["init", "-q"]);
    assert_eq!(check_drivers(&plain), DriverState::NoRepo);

    let (bare, a, _) = two_colleagues(&team);
    assert_eq!(check_drivers(&a), DriverState::Registered);
    let c = team.path("clone");
    team.git(team.tmp.path(), &["clone", "-q", s(&bare), s(&c)]);
    match check_drivers(&c) {
        DriverState::Repaired(what) => {
            assert!(what.contains("Registered dmu's merge and diff helpers"), "{what}")
        }
        other => panic!("{other:?}"),
    }
    assert!(team.git(&c, &["config", "merge.dmu.driver"]).ends_with("merge-driver %O %A %B %P"));
    assert_eq!(check_drivers(&c), DriverState::Registered);
}

#[test]
fn a_colleague_whose_folder_has_the_same_files_joins_without_a_merge_commit() {
    let team = Team::new();
    let bare = team.bare("shared.git");
    let (a, b) = (team.path("anna"), team.path("omar"));
    demo_data(&a);
    team.ok(&a, &["sync", "--init", s(&bare)]);
    // Omar's dmu installed the same demo on its first start, and he made an account.
    demo_data(&b);
    let acme = new_account(&team, &b, "Acme Tools");
    let out = team.ok(&b, &["sync", "--init", s(&bare)]);
    assert!(out.contains("Took in 1 commit") && out.contains("Sent 1 commit"), "{out}");
    assert_eq!(team.git(&b, &["rev-list", "--count", "--merges", "HEAD"]), "0", "no merge commit");
    assert_eq!(team.git(&b, &["log", "-1", "--format=%s"]), "Acme Tools: added");
    assert!(acme.is_file() && b.join("accounts/demo.json").is_file());
    assert_eq!(team.git(&b, &["status", "--porcelain"]), "");
    assert!(team.ok(&a, &["sync"]).contains("Changed by colleagues: Acme Tools: added"));
}

#[test]
fn a_colleague_who_changed_the_same_account_joins_through_the_driver() {
    let team = Team::new();
    let bare = team.bare("shared.git");
    let (a, b) = (team.path("anna"), team.path("omar"));
    demo_data(&a);
    team.ok(&a, &["sync", "--init", s(&bare)]);
    // Omar worked on his own copy of the demo before the team shared anything.
    demo_data(&b);
    edit(&b.join("accounts/demo.json"), |v| v["notes"] = "Omar's notes".into());
    let out = team.ok(&b, &["sync", "--init", s(&bare)]);
    assert!(out.contains("Sent"), "{out}");
    assert_eq!(read_json(&b.join("accounts/demo.json"))["notes"], "Omar's notes");
    dmu::store::load_file(&b.join("accounts/demo.json")).unwrap();
    team.ok(&a, &["sync"]);
    assert_eq!(read_json(&a.join("accounts/demo.json"))["notes"], "Omar's notes");
}
