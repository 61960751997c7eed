//! What changed in the account files, in words: the commit message of a sync and the
//! report of what colleagues changed. Kept apart so that it can say more later (which
//! stances moved, which links came) without touching how sync runs git.

use super::words;
use crate::model::Account;
use std::collections::BTreeSet;
use std::path::Path;

/// What happened to one account file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountChange {
    /// The file, as a path in the repository.
    pub path: String,
    /// The account's name (its file name when the file cannot be read).
    pub name: String,
    pub what: What,
}

/// How an account file changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    Added,
    Removed,
    Changed(Counts),
    /// One side is not a readable account (broken JSON, git's conflict marks).
    Unreadable,
}

/// What a change did inside an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub people_added: usize,
    pub people_removed: usize,
    pub people_changed: usize,
    /// Conflicts a merge recorded for someone to decide (added to `conflicts[]`).
    pub conflicts_recorded: usize,
    /// Conflicts of an earlier merge that someone decided (removed from `conflicts[]`).
    pub conflicts_decided: usize,
    /// Every other change (account fields, links, follow-ups, ...).
    pub other: usize,
}

/// The change from `before` to `after` (either absent: the file was added or
/// removed) of the account file at `path`.
pub fn describe(path: &str, before: Option<&[u8]>, after: Option<&[u8]>) -> AccountChange {
    let parse = |b: &[u8]| crate::store::load_bytes(Path::new(path), b).ok();
    let (a, b) = (before.map(parse), after.map(parse));
    let name = [&b, &a]
        .into_iter()
        .flatten()
        .flatten()
        .map(|acc| acc.name.trim().to_string())
        .find(|n| !n.is_empty())
        .or_else(|| [after, before].into_iter().flatten().find_map(name_of))
        .unwrap_or_else(|| file_stem(path));
    let what = match (a, b) {
        (None, Some(_)) => What::Added,
        (Some(_), None) => What::Removed,
        (Some(Some(a)), Some(Some(b))) => What::Changed(counts(&a, &b)),
        _ => What::Unreadable,
    };
    AccountChange { path: path.to_string(), name, what }
}

/// The account's `name` read leniently, from a file that does not load as an account.
fn name_of(bytes: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    v.get("name")?.as_str().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn file_stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".json").unwrap_or(name).to_string()
}

/// Counts what `crate::change::diff` finds between two versions of an account.
pub fn counts(a: &Account, b: &Account) -> Counts {
    let mut c = Counts::default();
    let mut changed: BTreeSet<&str> = BTreeSet::new();
    let mut other: BTreeSet<Vec<String>> = BTreeSet::new();
    let set = crate::change::diff(a, b);
    for ch in &set {
        let seg = ch.path.segments();
        match seg.first().map(String::as_str) {
            Some("people") if seg.len() == 2 => match (&ch.before, &ch.after) {
                (None, Some(_)) => c.people_added += 1,
                (Some(_), None) => c.people_removed += 1,
                _ => {
                    changed.insert(&seg[1]);
                }
            },
            Some("people") if seg.len() > 2 => {
                changed.insert(&seg[1]);
            }
            // The log of changes goes with the changes it logs.
            Some("history") => {}
            Some("conflicts") if seg.len() == 2 && ch.after.is_none() => c.conflicts_decided += 1,
            Some("conflicts") if seg.len() == 2 && ch.before.is_none() => c.conflicts_recorded += 1,
            _ => {
                // A record counts once however many of its fields changed.
                other.insert(seg.iter().take(2).cloned().collect());
            }
        }
    }
    c.people_changed = changed.len();
    c.other = other.len();
    c
}

/// The message of a commit of local changes: a first line that names the accounts
/// (one account: what changed in it), then a line per account file and one for the
/// other files.
pub fn commit_message(accounts: &[AccountChange], others: &[String]) -> String {
    let subject = match accounts {
        [] => words::subject_other_files(others),
        [one] => words::account_line(&one.name, &one.what),
        many => words::subject_accounts(&many.iter().map(|a| a.name.as_str()).collect::<Vec<_>>()),
    };
    let mut body: Vec<String> = accounts.iter().map(|a| format!("- {}", words::file_line(a))).collect();
    if !others.is_empty() {
        body.push(format!("- {}", words::other_files(others)));
    }
    if body.is_empty() { subject } else { format!("{subject}\n\n{}\n", body.join("\n")) }
}

/// Whether a file still holds git's conflict marks (a line starting `<<<<<<<`).
pub fn has_markers(bytes: &[u8]) -> bool {
    bytes.starts_with(b"<<<<<<<") || bytes.windows(8).any(|w| w == b"\n<<<<<<<")
}

/// The ids in `conflicts[]` of an account file, read leniently.
pub fn conflict_ids(bytes: &[u8]) -> BTreeSet<String> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(bytes) else { return BTreeSet::new() };
    v.get("conflicts")
        .and_then(|c| c.as_array())
        .map(|a| a.iter().filter_map(|c| c.get("id")?.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Account {
        crate::store::load_bytes(Path::new("demo.json"), include_bytes!("../../assets/demo.json")).unwrap()
    }

    #[test]
    fn people_added_removed_and_changed_are_counted() {
        let a = demo();
        let mut b = a.clone();
        let gone = b.people.remove(0).id;
        b.links.retain(|l| l.from != gone && l.to != gone);
        b.people[0].name.push_str(" Jr.");
        b.people[0].notes = Some("met at the fair".into());
        let mut newcomer = b.people[1].clone();
        newcomer.id = "p-new".into();
        b.people.push(newcomer);
        b.notes = Some("new notes".into());
        let c = counts(&a, &b);
        assert_eq!((c.people_added, c.people_removed, c.people_changed), (1, 1, 1), "{c:?}");
        assert!(c.other >= 1);
    }

    #[test]
    fn the_message_names_the_account_and_what_changed() {
        let bytes = include_bytes!("../../assets/demo.json");
        let a = demo();
        let mut b = a.clone();
        b.people[0].name.push_str(" Jr.");
        let after = b.to_canonical_json();
        let ch = describe("accounts/demo.json", Some(bytes), Some(&after));
        assert_eq!(ch.name, a.name);
        let msg = commit_message(std::slice::from_ref(&ch), &[]);
        let first = msg.lines().next().unwrap();
        assert!(first.contains(&a.name) && first.contains("1 person changed"), "{msg}");
        assert!(msg.contains("accounts/demo.json"), "{msg}");

        let added = describe("accounts/x.json", None, Some(bytes));
        let removed = describe("accounts/y.json", Some(bytes), None);
        assert_eq!((added.what.clone(), removed.what.clone()), (What::Added, What::Removed));
        let msg = commit_message(&[added, removed], &[".gitignore".into()]);
        assert!(msg.lines().next().unwrap().starts_with("2 accounts"), "{msg}");
        assert!(msg.contains(".gitignore"), "{msg}");
    }

    #[test]
    fn conflicts_recorded_and_decided_are_counted_apart() {
        let bytes = include_bytes!("../../assets/demo.json");
        let mut v: serde_json::Value = serde_json::from_slice(bytes).unwrap();
        v["conflicts"] = serde_json::json!([{ "id": "c-1", "path": "name", "base": "a", "ours": "b",
            "theirs": "c", "kept": "ours", "at": "2026-12-01T10:00:00Z" }]);
        let with = serde_json::to_vec(&v).unwrap();
        let recorded = describe("accounts/demo.json", Some(bytes), Some(&with));
        let decided = describe("accounts/demo.json", Some(&with), Some(bytes));
        let counts = |c: &AccountChange| match &c.what {
            What::Changed(c) => (c.conflicts_recorded, c.conflicts_decided, c.other),
            other => panic!("{other:?}"),
        };
        assert_eq!((counts(&recorded), counts(&decided)), ((1, 0, 0), (0, 1, 0)));
        assert_eq!(conflict_ids(&with).len(), 1);
    }

    #[test]
    fn a_broken_file_is_named_from_what_can_be_read() {
        let ch = describe("accounts/acme.json", Some(b"{\"name\": \"Acme\""), Some(b"<<<<<<< ours\n"));
        assert_eq!((ch.name.as_str(), &ch.what), ("acme", &What::Unreadable));
        let ch = describe("accounts/acme.json", Some(b"{\"name\": \"Acme\", \"x\": }"), None);
        assert_eq!(ch.name, "acme");
        let ch = describe("accounts/acme.json", Some(b"{\"name\": \"Acme\"}"), None);
        assert_eq!(ch.name, "Acme");
    }

    #[test]
    fn conflict_marks_are_found_at_a_line_start_only() {
        assert!(has_markers(b"<<<<<<< HEAD\n"));
        assert!(has_markers(b"{\n<<<<<<< ours\n"));
        assert!(!has_markers(b"{\"notes\": \"a <<<<<<< b\"}"));
    }

    #[test]
    fn conflict_ids_are_read_leniently() {
        let ids = conflict_ids(br#"{"conflicts": [{"id": "c-1"}, {"id": "c-2"}, {}]}"#);
        assert_eq!(ids.into_iter().collect::<Vec<_>>(), ["c-1", "c-2"]);
        assert!(conflict_ids(b"not json").is_empty());
    }
}
