//! Checking many files at once: each file's own problems, and the one problem only
//! seen across files, two of them holding the same account `id`.

use super::{Place, error, located, parse, read};
use crate::model::{Account, validate};
use crate::store::LoadError;
use crate::store::locate::Locator;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What `dmu check` found in one file.
#[derive(Debug, Clone)]
pub struct Checked {
    pub path: PathBuf,
    /// Every problem, each located; empty when the file is a valid account.
    pub problems: Vec<LoadError>,
    /// The account, when the file parsed as one (even with broken rules).
    pub account: Option<Account>,
}

/// Every problem of every file, as [`super::check_file`] finds them, and the one problem
/// only seen across files: two files holding the same account `id` (a copy made by
/// hand). The file that comes first by file name counts as the account (as in the
/// portfolio, see `analysis::portfolio::same_account`); each later one is reported at
/// its `id`, naming the first.
pub fn check_files(paths: &[PathBuf]) -> Vec<Checked> {
    let mut id_places = Vec::with_capacity(paths.len());
    let mut out: Vec<Checked> = paths
        .iter()
        .map(|path| {
            let (problems, parsed) = check_one(path);
            let (account, place) = parsed.unzip();
            id_places.push(place.flatten());
            Checked { path: path.clone(), problems, account }
        })
        .collect();
    let mut order: Vec<usize> = (0..out.len()).filter(|&i| out[i].account.is_some()).collect();
    // By file name without `.json`, as slugs sort: `acme` before `acme-copy` (with the
    // extension, `-` would sort before `.` and the copy would come first).
    let key = |i: usize| (out[i].path.file_stem(), &out[i].path);
    order.sort_by(|&a, &b| key(a).cmp(&key(b)));
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut found = Vec::new();
    for i in order {
        let id = out[i].account.as_ref().map(|a| a.id.clone()).unwrap_or_default();
        match first.get(&id) {
            Some(&j) => found.push((i, same_id(&out[i].path, id_places[i], &id, &out[j].path))),
            None => {
                first.insert(id, i);
            }
        }
    }
    for (i, problem) in found {
        out[i].problems.push(problem);
    }
    out
}

fn same_id(path: &Path, place: Place, id: &str, other: &Path) -> LoadError {
    // Beside each other (the usual case, in accounts/), the file name says enough.
    let other_name = match (path.parent() == other.parent(), other.file_name()) {
        (true, Some(name)) => crate::t!("store-same-id-beside", name = Path::new(name).display().to_string()),
        _ => other.display().to_string(),
    };
    error(path, place, crate::t!("store-same-id", id = id, other = other_name))
}

/// The problems of one file, and the account with the place of its `id` when it parsed.
pub(super) fn check_one(path: &Path) -> (Vec<LoadError>, Option<(Account, Place)>) {
    let bytes = match read(path) {
        Ok(b) => b,
        Err(e) => return (vec![e], None),
    };
    match parse(path, &bytes) {
        Err(broken) => (broken.problems, broken.account.map(|b| *b)),
        Ok((account, text)) => {
            let mut loc = Locator::new(text);
            let problems =
                validate(&account).iter().map(|p| located(path, &mut loc, &p.pointer, &p.message)).collect();
            let place = loc.place("/id");
            (problems, Some((account, place)))
        }
    }
}
