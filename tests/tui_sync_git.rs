//! The sync key with the real `git`: a bare repository as the team's shared one and
//! two colleagues' data folders beside it, as in `sync_git.rs`. Anna's dmu runs in
//! this process (an App driven by actions); Omar uses the command line.
//!
//! Git's global settings are an empty file of the test's own (HOME, GIT_CONFIG_GLOBAL),
//! so nothing depends on the developer's git. The sync runs git from this process, so
//! the variables are set for the whole process: that is why this file holds one test
//! (no other test runs beside it while they change).

mod common;

use common::cli::{demo_data, dmu_with_env};
use common::doubles::today;
use common::drive::{account, message, run, screen};
use dmu::model::Stance;
use dmu::store::DataDir;
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::theme::Theme;
use dmu::tui::widgets::dialog::Modal;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A long wait: git and the merge driver (a debug build) on a busy machine.
const SYNC_TIMEOUT: Duration = Duration::from_secs(120);

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git").args(args).current_dir(dir).output().unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn dmu_ok(data: &Path, args: &[&str]) -> String {
    let out = dmu_with_env(data, args, &[]);
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "dmu {args:?} failed:\n{said}");
    said
}

fn edit(path: &Path, f: impl FnOnce(&mut Value)) {
    let mut v: Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    f(&mut v);
    fs::write(path, serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
}

fn person<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["people"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == id).unwrap()
}

fn notice(app: &App) -> Vec<String> {
    match &app.modal {
        Some(Modal::Notice(n)) => n.lines.clone(),
        other => panic!("no notice after the sync: {other:?}; the status bar says {:?}", message(app)),
    }
}

fn app_on(root: &Path) -> App {
    let mut a =
        App::new(Box::new(DataDir::at(root)), today(), Theme::with_color(false), Arc::new(Mutex::new(None)));
    a.tell_drivers(&dmu::sync::check_drivers(root));
    a.update(Resize(120, 30));
    a
}

#[test]
fn the_sync_key_takes_in_a_colleagues_changes_reloads_what_is_shown_and_sends_a_decision() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    fs::create_dir(&home).unwrap();
    let gitconfig = home.join("gitconfig");
    fs::write(&gitconfig, "[user]\n\tname = Test Rep\n\temail = rep@example.com\n").unwrap();
    // SAFETY: this file's only test sets them first, before it starts any thread or
    // process; the test harness's own thread only waits for it.
    unsafe {
        std::env::set_var("HOME", &home);
        std::env::set_var("GIT_CONFIG_GLOBAL", &gitconfig);
        std::env::set_var("GIT_CONFIG_NOSYSTEM", "1");
        for k in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "DMU_USER"] {
            std::env::remove_var(k);
        }
    }
    let bare: PathBuf = tmp.path().join("shared.git");
    git(tmp.path(), &["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()]);
    let (anna, omar) = (tmp.path().join("anna"), tmp.path().join("omar"));
    demo_data(&anna);
    dmu_ok(&anna, &["sync", "--init", bare.to_str().unwrap()]);
    dmu_ok(&omar, &["sync", "--init", bare.to_str().unwrap()]);

    // Omar renames Пётр Иванов and finds Klaus Weber skeptic, and syncs.
    edit(&omar.join("accounts/demo.json"), |v| {
        person(v, "p-ivanov")["name"] = "Пётр Сергеевич Иванов".into();
        person(v, "p-weber")["stance"] = "skeptic".into();
    });
    dmu_ok(&omar, &["sync"]);
    // Anna, meanwhile, finds him neutral.
    edit(&anna.join("accounts/demo.json"), |v| person(v, "p-weber")["stance"] = "neutral".into());

    let mut a = app_on(&anna);
    run(&mut a, &[Open]);
    assert_eq!(account(&a).people.iter().find(|p| p.id == "p-ivanov").unwrap().name, "Пётр Иванов");
    run(&mut a, &[Sync]);
    assert!(a.wait_for_sync(SYNC_TIMEOUT), "the sync ends");
    let lines = notice(&a);
    let said = lines.join("\n");
    assert!(said.contains("Committed your changes: Volga Pipe Works"), "{said}");
    assert!(said.contains("Took in 1 commit from colleagues."), "{said}");
    assert!(said.contains("Changed by colleagues: Volga Pipe Works"), "{said}");
    assert!(said.contains("Volga Pipe Works: 1 conflict — open it in dmu to decide."), "{said}");
    assert!(said.contains("is read again from disk"), "the open account was reloaded: {said}");
    assert!(said.contains("open the account, then press M"), "{said}");

    // What is shown is the merged file: the list and the open account.
    let ivanov = |a: &App| account(a).people.iter().find(|p| p.id == "p-ivanov").unwrap().name.clone();
    assert_eq!(ivanov(&a), "Пётр Сергеевич Иванов");
    let row = &a.accounts.rows()[0];
    let listed = row.summary.as_ref().unwrap();
    assert!(
        listed.account.people.iter().any(|p| p.name == "Пётр Сергеевич Иванов"),
        "the list is read again"
    );
    assert_eq!(listed.account.conflicts.len(), 1);
    assert_eq!(account(&a).conflicts.len(), 1);
    let s = screen(&mut a, 120, 30);
    assert!(s.contains("Synced with origin"), "{s}");

    // Decide it: take Omar's value. (Times are to the second: a second later than the
    // sync's, so that the decision's history entry is after it, as a rep's would be.)
    std::thread::sleep(Duration::from_millis(1100));
    run(&mut a, &[Back]);
    let s = screen(&mut a, 120, 30);
    assert!(s.contains("1 conflict from a merge — press M to decide"), "{s}");
    run(&mut a, &[ShowConflicts, KeepTheirs, Back]);
    assert_eq!(account(&a).people.iter().find(|p| p.id == "p-weber").unwrap().stance, Stance::Skeptic);
    let on_disk: Value = serde_json::from_slice(&fs::read(anna.join("accounts/demo.json")).unwrap()).unwrap();
    assert!(on_disk.get("conflicts").is_none_or(|c| c.as_array().unwrap().is_empty()), "{on_disk}");
    let s = screen(&mut a, 120, 30);
    assert!(!s.contains("from a merge"), "the banner went:\n{s}");

    // Back on the portfolio: when it last synced, and the decision marked as not sent.
    run(&mut a, &[Back]);
    let s = screen(&mut a, 120, 30);
    assert!(s.lines().next().unwrap().contains("last sync: "), "{s}");
    let volga = s.lines().find(|l| l.starts_with("\"│Volga Pipe Works")).unwrap();
    assert!(volga.contains('●'), "changed since the last sync: {volga}\n{s}");

    // The next sync sends it; the mark goes, and Omar gets the decision.
    run(&mut a, &[Sync]);
    assert!(a.wait_for_sync(SYNC_TIMEOUT));
    let said = notice(&a).join("\n");
    assert!(said.contains("Sent 1 commit to"), "{said}");
    run(&mut a, &[Back]);
    let s = screen(&mut a, 120, 30);
    let volga = s.lines().find(|l| l.starts_with("\"│Volga Pipe Works")).unwrap();
    assert!(!volga.contains('●'), "{volga}");
    dmu_ok(&omar, &["sync"]);
    let theirs: Value = serde_json::from_slice(&fs::read(omar.join("accounts/demo.json")).unwrap()).unwrap();
    let weber = theirs["people"].as_array().unwrap().iter().find(|p| p["id"] == "p-weber").unwrap();
    assert_eq!(weber["stance"], "skeptic");
    assert!(theirs.get("conflicts").is_none_or(|c| c.as_array().unwrap().is_empty()), "{theirs}");

    // The shared folder gone (a drive not connected): the failure's own words.
    fs::rename(&bare, tmp.path().join("elsewhere.git")).unwrap();
    run(&mut a, &[Sync]);
    assert!(a.wait_for_sync(SYNC_TIMEOUT));
    match &a.modal {
        Some(Modal::Notice(n)) => {
            assert_eq!(n.title, "The sync stopped");
            let said = n.lines.join("\n");
            assert!(said.contains("cannot be found"), "{said}");
        }
        other => panic!("no notice: {other:?} {:?}", message(&a)),
    }
}
