//! Whose files they are: a file of another user, opened by someone who is not root
//! (dmu would replace it with a file of its own, taking it over), opens read-only and
//! says why; a data folder other users can read is named at start, with the fix.
//!
//! The first test runs the real binary as the user `nobody` (through `setpriv`), on a
//! data folder of nobody's holding an account file that belongs to a third user.

#![cfg(unix)]

mod common;

use common::pty::Tui;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

const NOBODY: u32 = 65534;
const SOMEONE_ELSE: u32 = 4242;

fn chown(p: &Path, uid: u32) {
    std::os::unix::fs::chown(p, Some(uid), Some(uid)).unwrap();
}

#[test]
fn a_file_of_another_user_opens_read_only_and_says_why() {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let setpriv = Command::new("setpriv").arg("--version").output().is_ok_and(|o| o.status.success());
    if !root || !setpriv {
        eprintln!("note: needs root and setpriv to run dmu as another user; not checked");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = dir.path().join("data");
    let accounts = data.join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    let file = accounts.join("demo.json");
    std::fs::write(&file, include_str!("../assets/demo.json")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    chown(&data, NOBODY);
    chown(&accounts, NOBODY);
    chown(&file, SOMEONE_ELSE);
    let before = std::fs::read(&file).unwrap();

    let uid = format!("--reuid={NOBODY}");
    let gid = format!("--regid={NOBODY}");
    let wrapper = ["setpriv", uid.as_str(), gid.as_str(), "--clear-groups"];
    let d = data.to_str().unwrap();
    let mut t = Tui::spawn_wrapped(&wrapper, &["--data-dir", d, "open", "demo"], &[("HOME", d)], 200, 30);
    t.wait_for("belongs to another user");
    t.send("d");
    t.wait_for("Cannot change this account");
    t.send("q");
    assert!(t.wait_exit());
    assert_eq!(std::fs::read(&file).unwrap(), before, "the file was written");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&file).unwrap().uid(), SOMEONE_ELSE, "the owner changed");
}

#[test]
fn a_data_folder_others_can_read_is_named_at_start_with_the_command_that_fixes_it() {
    let dir = tempfile::tempdir().unwrap();
    let accounts = dir.path().join("accounts");
    std::fs::create_dir_all(&accounts).unwrap();
    std::fs::write(accounts.join("demo.json"), include_str!("../assets/demo.json")).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(accounts.join("demo.json"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let d = dir.path().to_str().unwrap();
    let mut t = Tui::spawn_sized(&["--data-dir", d], &[], 200, 30);
    t.wait_for("Other users of this computer can read");
    t.wait_for("chmod -R go-rwx");
    t.send("q");
    assert!(t.wait_exit());
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        std::fs::metadata(accounts.join("demo.json")).unwrap().mode() & 0o777,
        0o644,
        "dmu changed the mode"
    );
}
