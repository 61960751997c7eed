//! Importing contacts from the TUI, with the App driven by actions: `I`, the path
//! (Tab completes it), the preview's counts, applying as one undoable edit noted in the
//! history, Esc and errors changing nothing, a read-only account refusing, the mapping
//! editor planning again, profiles, the portfolio's `I`, a large file's progress, and
//! snapshots of each screen at 80x24 and 160x48.

mod common;

use common::doubles::{MemLibrary, app, demo};
use common::drive::{account, message, run, screen, typed};
use dmu::import::Field;
use dmu::model::Account;
use dmu::store::ReadOnly;
use dmu::tui::action::Action::*;
use dmu::tui::app::App;
use dmu::tui::importing::Stage;
use dmu::tui::importing::preview::Preview;
use dmu::tui::keymap::Mode;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The export the tests import: headers the alias table maps (first and last name,
/// title, email, company, manager), rows that add, update, leave alone, skip, belong to
/// other companies, and reporting lines to add, replace and leave out.
const CSV: &str = include_str!("import_fixtures/contacts.csv");

/// The same export where the tests' working folder (the crate's) finds it, for
/// snapshots that show the path.
const FIXTURE: &str = "tests/import_fixtures/contacts.csv";

const WAIT: Duration = Duration::from_secs(60);

/// The demo, with an email for Klaus Weber, so that the export's "K. Weber" is found
/// by it.
fn account_with_email() -> Account {
    let mut a = demo();
    let weber = a.people.iter_mut().find(|p| p.id == "p-weber").unwrap();
    weber.email = Some("k.weber@volga.example".into());
    a
}

fn library() -> MemLibrary {
    let lib = MemLibrary::default();
    lib.files.borrow_mut().push(("volga-pipe-works".into(), Ok(account_with_email())));
    lib
}

fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// The path prompt's text.
fn prompt_text(a: &App) -> String {
    match &a.importing().expect("an import is open").stage {
        Stage::Path(p) => p.field.text().to_string(),
        other => panic!("not on the path prompt: {other:?}"),
    }
}

/// The path prompt's error line.
fn prompt_error(a: &App) -> String {
    match &a.importing().expect("an import is open").stage {
        Stage::Path(p) => p.error.clone().unwrap_or_default(),
        other => panic!("not on the path prompt: {other:?}"),
    }
}

/// `I`, the prefilled text replaced by `path`, Enter, and the wait for the preview.
fn import(a: &mut App, path: &str) {
    run(a, &[Import]);
    assert_eq!(a.mode(), Mode::ImportPath);
    replace_path(a, path);
    run(a, &[Submit]);
    assert!(a.wait_for_import(WAIT), "the file is read and planned");
}

fn replace_path(a: &mut App, path: &str) {
    for _ in 0..prompt_text(a).chars().count() {
        a.update(DeleteBack);
    }
    typed(a, path);
}

fn preview(a: &App) -> &Preview {
    a.importing().and_then(|i| i.preview()).expect("the preview is shown")
}

fn person<'a>(a: &'a Account, name: &str) -> Option<&'a dmu::model::Person> {
    a.people.iter().find(|p| p.name == name)
}

#[test]
fn a_csv_is_previewed_then_applied_as_one_edit_that_one_undo_takes_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let lib = library();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    run(&mut a, &[Open]);
    let before = account(&a).clone();

    import(&mut a, &file.display().to_string());
    assert_eq!(a.mode(), Mode::ImportPreview);
    let k = preview(&a).plan.counts;
    assert_eq!((k.added, k.updated, k.unchanged, k.skipped, k.other_company), (3, 1, 3, 2, 2), "{k:?}");
    assert_eq!((k.links_added, k.links_skipped), (3, 2));
    assert!(disk.saves.borrow().is_empty(), "the preview changes nothing");
    assert_eq!(account(&a), &before);
    let s = screen(&mut a, 160, 48);
    for words in [
        "CSV · UTF-8 · delimiter , (comma)",
        "read by Salesforce report · 11 rows",
        "3: Ann Lee, Boris Chen, Eve Moss",
        "1: title 1",
        "no name: 1 (line 7)",
        "the same person as an earlier row: 1 (Ann Lee, line 8)",
        "2 rows left out: Globex 1, Initech 1",
        "2 to add, 1 to replace",
        "Erik Lindqvist → Ann Lee, instead of 佐藤 健 (line 6)",
        "Дмитрий Волков → Boris Chen: it would close a loop of managers (line 12)",
        "Eve Moss: the manager “Zed Unknown” is nobody in the account or the file (line 11)",
    ] {
        assert!(s.contains(words), "{words:?} is not in the preview:\n{s}");
    }

    run(&mut a, &[Submit]);
    assert!(a.importing().is_none(), "applying closes the import");
    assert_eq!(message(&a), "Imported contacts.csv: 3 added, 1 updated, 3 reporting lines");
    let after = account(&a);
    assert_eq!(after.people.len(), before.people.len() + 3);
    let ann = person(after, "Ann Lee").expect("Ann Lee is added");
    assert_eq!(ann.email.as_deref(), Some("ann.lee@volga.example"));
    let weber = person(after, "Klaus Weber").unwrap();
    assert_eq!(weber.title.as_deref(), Some("Quality Director"), "found by email, the title updated");
    let lindqvist = person(after, "Erik Lindqvist").unwrap();
    assert!(
        after.links.iter().any(|l| l.from == lindqvist.id && l.to == ann.id),
        "Erik Lindqvist now reports to Ann Lee"
    );
    let noted: Vec<_> = after.history.iter().skip(before.history.len()).collect();
    assert!(!noted.is_empty(), "the import is in the history");
    assert!(noted.iter().all(|e| e.note.as_deref() == Some("imported from contacts.csv")), "{noted:?}");
    let saved = disk.last().expect("saved at once");
    assert_eq!(saved.people.len(), before.people.len() + 3);

    run(&mut a, &[Undo]);
    assert_eq!(account(&a), &before, "one undo takes the whole import back, exactly");
    assert_eq!(message(&a), "Undid: imported contacts.csv: 3 added, 1 updated, 3 reporting lines");
}

#[test]
fn the_summary_scrolls_until_its_last_line_is_at_the_bottom() {
    let mut a = app(library());
    run(&mut a, &[Open]);
    import(&mut a, FIXTURE);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("↓ more below") && !s.contains("Nothing changes until"), "{s}");
    run(&mut a, &[PageDown, PageDown, PageDown]);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("↑ more above"), "{s}");
    let last =
        s.lines().rev().find(|l| l.contains('│') && !l.trim_matches(['"', '│', ' ']).is_empty()).unwrap();
    assert!(
        last.contains("whole import back."),
        "the last line is at the bottom, not above empty rows:\n{s}"
    );
    run(&mut a, &[Top]);
    assert!(screen(&mut a, 80, 24).contains("File             tests/import_fixtures/contacts.csv"));
}

#[test]
fn esc_on_the_path_prompt_and_on_the_preview_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let lib = library();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    run(&mut a, &[Open]);
    let before = account(&a).clone();
    run(&mut a, &[Import, Back]);
    assert!(a.importing().is_none());
    assert_eq!(a.mode(), Mode::People);

    import(&mut a, &file.display().to_string());
    run(&mut a, &[ToggleRows, Down, EditMapping, Back, Back]);
    assert!(a.importing().is_none(), "Esc closes the preview");
    assert_eq!(message(&a), "Closed the preview: nothing was imported");
    assert_eq!(account(&a), &before);
    assert!(disk.saves.borrow().is_empty());
}

#[test]
fn a_file_that_cannot_be_read_says_why_under_the_path_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library();
    let disk = lib.disk.clone();
    let mut a = app(lib);
    run(&mut a, &[Open]);
    let before = account(&a).clone();
    let cases: [(&str, &[u8], &str); 4] = [
        ("empty.csv", b"", "the file is empty"),
        (
            "ragged.csv",
            b"First Name,Last Name\nAnn,Lee\nBo,Chen,extra\n",
            "line 3 has 3 cells where the header has 2",
        ),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "this is not a contact export dmu can read"),
        ("header-only.csv", b"First Name,Last Name\n", "the file has a header but no contacts"),
    ];
    for (name, bytes, said) in cases {
        let file = write(dir.path(), name, bytes);
        import(&mut a, &file.display().to_string());
        assert_eq!(a.mode(), Mode::ImportPath, "{name}: back on the path");
        assert!(prompt_error(&a).contains(said), "{name}: {}", prompt_error(&a));
        let s = screen(&mut a, 120, 30);
        assert!(
            s.contains(&format!("↳ {}", &said[..said.len().min(20)])),
            "{name}: the reason is shown\n{s}"
        );
        run(&mut a, &[Back]);
    }
    import(&mut a, &dir.path().join("missing.csv").display().to_string());
    assert!(prompt_error(&a).starts_with("could not read"), "{}", prompt_error(&a));
    run(&mut a, &[Back]);
    assert_eq!(account(&a), &before);
    assert!(disk.saves.borrow().is_empty());
    run(&mut a, &[Import]);
    replace_path(&mut a, "  ");
    run(&mut a, &[Submit]);
    assert_eq!(prompt_error(&a), "type the path of the file to import (Tab completes it)");
}

#[test]
fn unmapping_the_email_column_plans_again_and_changes_what_is_matched() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let mut a = app(library());
    run(&mut a, &[Open]);
    import(&mut a, &file.display().to_string());
    assert_eq!((preview(&a).plan.counts.added, preview(&a).plan.counts.updated), (3, 1));

    run(&mut a, &[EditMapping]);
    assert_eq!(a.mode(), Mode::ImportMapping);
    run(&mut a, &[Down, Down, Down]);
    let e = preview(&a).editor.as_ref().unwrap();
    assert_eq!(
        (e.selected, e.fields[3], e.samples[3].as_str()),
        (3, Some(Field::Email), "ann.lee@volga.example")
    );
    run(&mut a, &[Open]);
    assert_eq!(a.mode(), Mode::Picker, "Enter picks the field from a list");
    typed(&mut a, "not used");
    run(&mut a, &[Submit]);
    assert_eq!(preview(&a).editor.as_ref().unwrap().fields[3], None);
    run(&mut a, &[Back]);
    assert!(a.wait_for_import(WAIT));
    let p = preview(&a);
    assert_eq!(p.mapping.column(Field::Email), None);
    assert!(p.origin.edited);
    let k = p.plan.counts;
    assert_eq!((k.added, k.updated), (4, 0), "without emails, K. Weber is nobody the account knows: {k:?}");
    assert!(
        p.plan
            .rows
            .iter()
            .any(|r| r.name == "K. Weber" && matches!(r.outcome, dmu::import::Outcome::Add { .. }))
    );
    assert!(screen(&mut a, 160, 48).contains("read by Salesforce report, changed here"));

    // Stepping a field with the arrows: Email comes back.
    run(&mut a, &[EditMapping, Down, Down, Down]);
    let email = Field::ALL.iter().position(|f| *f == Field::Email).unwrap();
    for _ in 0..=email {
        a.update(CycleNext);
    }
    assert_eq!(preview(&a).editor.as_ref().unwrap().fields[3], Some(Field::Email));
    run(&mut a, &[Back]);
    assert!(a.wait_for_import(WAIT));
    assert_eq!(preview(&a).plan.counts.updated, 1);
}

#[test]
fn leaving_the_editor_without_a_name_column_keeps_the_preview_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let mut a = app(library());
    run(&mut a, &[Open]);
    import(&mut a, &file.display().to_string());
    // First and last name both "not used".
    run(&mut a, &[EditMapping, Open]);
    typed(&mut a, "not used");
    run(&mut a, &[Submit, Down, Open]);
    typed(&mut a, "not used");
    run(&mut a, &[Submit, Back]);
    assert_eq!(a.mode(), Mode::ImportPreview);
    assert!(message(&a).starts_with("No column gives names yet"), "{}", message(&a));
    assert_eq!(preview(&a).plan.counts.added, 3, "the plan is as it was");
}

#[test]
fn a_file_whose_columns_are_not_recognised_opens_the_mapping_editor_on_them() {
    let mut a = app(library());
    run(&mut a, &[Open]);
    let before = account(&a).clone();
    import(&mut a, "tests/import_fixtures/contacts-no-names.csv");
    assert_eq!(a.mode(), Mode::ImportMapping, "the rep says which column holds the names");
    assert!(message(&a).starts_with("No column was recognised as the people's names"), "{}", message(&a));
    run(&mut a, &[Back, Submit]);
    assert!(message(&a).starts_with("No column was recognised"), "nothing to apply: {}", message(&a));
    run(&mut a, &[EditMapping, Open]);
    typed(&mut a, "full name");
    run(&mut a, &[Submit, Back]);
    assert!(a.wait_for_import(WAIT));
    assert_eq!(preview(&a).plan.counts.added, 2);
    run(&mut a, &[Submit]);
    assert!(person(account(&a), "Анна Ли").is_some());
    run(&mut a, &[Undo]);
    assert_eq!(account(&a), &before);
}

#[test]
fn a_read_only_account_is_previewed_but_refuses_to_apply() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let mut lib = library();
    lib.read_only = Some(ReadOnly::LockedElsewhere);
    let mut a = app(lib);
    run(&mut a, &[Open]);
    let before = account(&a).clone();
    import(&mut a, &file.display().to_string());
    let s = screen(&mut a, 160, 48);
    assert!(s.contains("Nothing can be imported here"), "{s}");
    run(&mut a, &[Submit]);
    assert_eq!(
        message(&a),
        "Cannot import into this account: read-only: another dmu window is editing this account; nothing was changed"
    );
    assert_eq!(a.mode(), Mode::ImportPreview, "the preview stays");
    assert_eq!(account(&a), &before);
}

#[test]
fn importing_the_same_file_again_has_nothing_to_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let mut a = app(library());
    run(&mut a, &[Open]);
    import(&mut a, &file.display().to_string());
    run(&mut a, &[Submit]);
    let once = account(&a).clone();
    import(&mut a, &file.display().to_string());
    assert!(preview(&a).plan.is_empty(), "{:?}", preview(&a).plan.counts);
    assert!(screen(&mut a, 160, 48).contains("Importing changes nothing: the file agrees with the account."));
    run(&mut a, &[Submit]);
    assert_eq!(message(&a), "Nothing to change: the file agrees with the account");
    assert!(a.importing().is_none());
    assert_eq!(account(&a), &once);
}

#[test]
fn the_prompt_starts_in_the_current_folder_then_in_the_last_imports_and_tab_completes() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    write(dir.path(), "contacts-hubspot.csv", b"x");
    std::fs::create_dir(dir.path().join("old")).unwrap();
    let mut a = app(library());
    run(&mut a, &[Open, Import]);
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(prompt_text(&a), format!("{}/", cwd.display()));

    let d = dir.path().display().to_string();
    replace_path(&mut a, &format!("{d}/c"));
    run(&mut a, &[CompletePath]);
    assert_eq!(prompt_text(&a), format!("{d}/contacts"), "as far as the names agree");
    let Stage::Path(p) = &a.importing().unwrap().stage else { panic!() };
    assert_eq!(p.choices, ["contacts-hubspot.csv", "contacts.csv"], "and the choices listed");
    assert!(screen(&mut a, 120, 30).contains("contacts-hubspot.csv  contacts.csv"));
    typed(&mut a, ".");
    run(&mut a, &[CompletePath]);
    assert_eq!(prompt_text(&a), file.display().to_string());
    replace_path(&mut a, &format!("{d}/o"));
    run(&mut a, &[CompletePath]);
    assert_eq!(prompt_text(&a), format!("{d}/old/"), "a folder gets its slash");
    replace_path(&mut a, &format!("{d}/zz"));
    run(&mut a, &[CompletePath]);
    assert!(prompt_error(&a).starts_with("nothing in"), "{}", prompt_error(&a));

    replace_path(&mut a, &file.display().to_string());
    run(&mut a, &[Submit]);
    assert!(a.wait_for_import(WAIT));
    run(&mut a, &[Back, Import]);
    assert_eq!(prompt_text(&a), format!("{d}/"), "the next import starts in the last one's folder");
}

#[test]
fn i_on_the_portfolio_opens_the_highlighted_account_first() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let mut a = app(library());
    run(&mut a, &[Import]);
    assert!(a.open_account().is_some(), "the account opened");
    assert_eq!(a.mode(), Mode::ImportPath);
    replace_path(&mut a, &file.display().to_string());
    run(&mut a, &[Submit]);
    assert!(a.wait_for_import(WAIT));
    run(&mut a, &[Submit]);
    assert!(person(account(&a), "Ann Lee").is_some());

    let mut empty = app(MemLibrary::default());
    run(&mut empty, &[Import]);
    assert_eq!(message(&empty), "No account yet to import into: press a to create one");
    assert!(empty.importing().is_none());
}

#[test]
fn a_profile_is_saved_beside_the_settings_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "contacts.csv", CSV.as_bytes());
    let settings = dir.path().join("config").join("settings.toml");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    let profiles = dmu::import::profile::path_beside(&settings);
    let mut a = app(library());
    a.settings_file = Some(settings.clone());
    run(&mut a, &[Open]);
    import(&mut a, &file.display().to_string());
    run(&mut a, &[SaveProfile]);
    assert_eq!(a.mode(), Mode::Form, "a prompt asks for its name");
    typed(&mut a, "crm-weekly");
    run(&mut a, &[Submit]);
    assert_eq!(a.mode(), Mode::ImportPreview, "back on the preview");

    // Whether `import::profile::save` writes yet (it is the import core's): the TUI
    // says what it did either way, and saves where the core says profiles live.
    let probe = dir.path().join("probe.toml");
    let core = dmu::import::profile::save(
        &probe,
        &dmu::import::profile::Profile {
            name: "probe".into(),
            system: None,
            columns: vec![("Name".into(), Field::FullName)],
        },
    );
    match core {
        Ok(()) => {
            assert_eq!(
                message(&a),
                format!("Saved the mapping as the profile “crm-weekly” in {}", profiles.display())
            );
            let saved = dmu::import::profile::load(&profiles).unwrap();
            let p = saved.iter().find(|p| p.name == "crm-weekly").expect("the profile is in the file");
            assert!(p.columns.contains(&("Email".to_string(), Field::Email)), "{p:?}");
        }
        Err(why) => {
            assert_eq!(message(&a), format!("Could not save the profile “crm-weekly”: {why}"));
            assert!(!profiles.exists());
        }
    }

    // Without a settings location there is nowhere to keep one.
    a.settings_file = None;
    run(&mut a, &[SaveProfile]);
    typed(&mut a, "x");
    run(&mut a, &[Submit]);
    assert!(message(&a).ends_with("so it has nowhere to keep profiles"), "{}", message(&a));
    run(&mut a, &[NextProfile]);
    let no_profiles = preview(&a).profiles.is_empty();
    if no_profiles {
        assert_eq!(message(&a), "No saved profiles yet: p saves this mapping as one");
    }
}

#[test]
fn a_large_file_shows_its_progress_and_esc_stops_it_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("First Name,Last Name,Title,Email,Account Name,Reports To\n");
    for i in 0..100_000 {
        text.push_str(&format!("Person{i},Family{i},Engineer,p{i}@volga.example,Volga Pipe Works,\n"));
    }
    let file = write(dir.path(), "big.csv", text.as_bytes());
    let mut a = app(library());
    run(&mut a, &[Open]);
    let before = account(&a).clone();
    run(&mut a, &[Import]);
    replace_path(&mut a, &file.display().to_string());
    let start = Instant::now();
    run(&mut a, &[Submit]);
    assert!(start.elapsed() < Duration::from_secs(2), "Enter returns at once: {:?}", start.elapsed());
    assert_eq!(a.mode(), Mode::ImportProgress, "the file is read in the background");
    assert!(a.background_busy());
    let s = screen(&mut a, 100, 30);
    assert!(s.contains("Importing big.csv into Volga Pipe Works"), "{s}");
    assert!(s.contains("Reading big.csv…") || s.contains("Matching") || s.contains("Working out"), "{s}");
    run(&mut a, &[Back]);
    assert!(a.importing().is_none());
    assert_eq!(message(&a), "Import stopped: nothing changed");
    assert_eq!(account(&a), &before);
    assert!(!a.background_busy());
}

#[test]
fn the_import_keys_are_in_the_help() {
    let entries = dmu::tui::widgets::help::entries();
    for desc in [
        "import contacts (CSV, vCard, Excel)",
        "complete the path",
        "rows or summary",
        "map the columns",
        "save as profile",
        "next profile",
        "pick from a list",
    ] {
        assert!(entries.iter().any(|(_, d)| *d == desc), "{desc} is not in the help");
    }
    assert!(entries.iter().any(|(k, d)| k == "I" && d.starts_with("import contacts")));
}

/// A FIFO that nobody writes yet: reading it waits, so the progress screen holds still.
#[cfg(unix)]
fn fifo(dir: &Path, name: &str) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    let p = dir.join(name);
    let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    p
}

#[cfg(unix)]
#[test]
fn the_import_screens_at_80x24_and_160x48() {
    let mut a = app(library());
    run(&mut a, &[Open, Import]);
    replace_path(&mut a, "tests/import_fixtures/con");
    run(&mut a, &[CompletePath]);
    insta::assert_snapshot!("import_path_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("import_path_160x48", screen(&mut a, 160, 48));

    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "contacts.csv");
    replace_path(&mut a, &pipe.display().to_string());
    run(&mut a, &[Submit]);
    assert_eq!(a.mode(), Mode::ImportProgress);
    insta::assert_snapshot!("import_progress_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("import_progress_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[Back]);
    // Let the reading thread go: it finds the file empty, and nobody listens any more.
    drop(std::fs::OpenOptions::new().write(true).open(&pipe).unwrap());

    run(&mut a, &[Import]);
    replace_path(&mut a, FIXTURE);
    run(&mut a, &[Submit]);
    assert!(a.wait_for_import(WAIT));
    insta::assert_snapshot!("import_preview_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("import_preview_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[ToggleRows, Down]);
    insta::assert_snapshot!("import_rows_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("import_rows_160x48", screen(&mut a, 160, 48));
    run(&mut a, &[ToggleRows, EditMapping, Down, Down, Down]);
    insta::assert_snapshot!("import_mapping_80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("import_mapping_160x48", screen(&mut a, 160, 48));
}

#[test]
fn the_row_list_keeps_its_columns_with_wide_names() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "wide.csv",
        "Name,Email\n由紀 田中,yuki@x.example\nAnn Lee,ann@x.example\n".as_bytes(),
    );
    let mut a = app(library());
    run(&mut a, &[Open]);
    import(&mut a, &file.display().to_string());
    run(&mut a, &[ToggleRows]);
    let text = screen(&mut a, 80, 24);
    // The column where a row's outcome starts, in terminal columns.
    let at = |name: &str| {
        let line = text.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name}:\n{text}"));
        let before = &line[..line.find("add").unwrap()];
        unicode_width::UnicodeWidthStr::width(before)
    };
    assert_eq!(at("由紀 田中"), at("Ann Lee"), "{text}");
}

/// The preview in Russian: the summary and the row list, as a Russian rep sees them
/// (the rest of the screen is other areas' words).
#[test]
fn the_import_preview_in_russian_at_80x24_and_160x48() {
    dmu::i18n::with_lang(dmu::i18n::Lang::Ru, || {
        let mut a = app(library());
        run(&mut a, &[Open]);
        import(&mut a, FIXTURE);
        insta::assert_snapshot!("import_preview_ru_80x24", screen(&mut a, 80, 24));
        insta::assert_snapshot!("import_preview_ru_160x48", screen(&mut a, 160, 48));
        run(&mut a, &[ToggleRows, Down]);
        insta::assert_snapshot!("import_rows_ru_80x24", screen(&mut a, 80, 24));
        insta::assert_snapshot!("import_rows_ru_160x48", screen(&mut a, 160, 48));
    });
}
