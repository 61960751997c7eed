//! Naming an account on the command line: by id, by file slug, or by the start of its
//! name, in any case and any script.

use super::{DataDir, Listed, StoreError};
use crate::t;
use crate::text::inert;
use crate::translit::skeleton;
use std::path::PathBuf;

/// At most this many candidates are listed in an error; the rest are counted.
const MAX_CANDIDATES: usize = 20;

impl DataDir {
    /// The file of the account named by `query`: an exact slug (`demo` or `demo.json`),
    /// an exact id, or a case-insensitive name (or slug) prefix that fits one account
    /// only; a whole name wins over longer names it starts. Unknown or ambiguous queries
    /// are errors listing the candidates.
    pub fn resolve(&self, query: &str) -> Result<PathBuf, StoreError> {
        let q = query.trim();
        let listed = self.scan()?;
        let all: Vec<&Listed> = listed.iter().collect();
        let slug = q.strip_suffix(".json").unwrap_or(q);
        let by = |pred: &dyn Fn(&Listed) -> bool| all.iter().copied().filter(|l| pred(l)).collect::<Vec<_>>();

        if !q.is_empty() {
            if let [one] = by(&|l| l.slug == slug)[..] {
                return Ok(one.path.clone());
            }
            match by(&|l| l.account.as_ref().is_ok_and(|a| a.id == q))[..] {
                [one] => return Ok(one.path.clone()),
                [] => {}
                // Ids are meant to be unique, so this is a file copied by hand: only a
                // file name tells the two apart.
                ref same => {
                    let mut candidates = describe(same);
                    candidates.push(same_id_hint(q, same));
                    return Err(StoreError::Ambiguous { query: inert(q).into_owned(), candidates });
                }
            }
            let lower = q.to_lowercase();
            let name = |l: &Listed| l.account.as_ref().ok().map(|a| a.name.trim().to_lowercase());
            if let [one] = by(&|l| name(l).is_some_and(|n| n == lower))[..] {
                return Ok(one.path.clone());
            }
            let prefixed = by(&|l| {
                name(l).is_some_and(|n| n.starts_with(&lower)) || l.slug.to_lowercase().starts_with(&lower)
            });
            // Then the name typed in the other script or another spelling (`волга` for
            // Volga Pipe Works, `pyotr` for Пётр): the same sound skeleton both ways.
            let prefixed = if prefixed.is_empty() {
                let sound = skeleton(q);
                let sounds =
                    |l: &Listed| l.account.as_ref().is_ok_and(|a| skeleton(&a.name).starts_with(&sound));
                if sound.is_empty() { prefixed } else { by(&sounds) }
            } else {
                prefixed
            };
            match prefixed[..] {
                [one] => return Ok(one.path.clone()),
                [] => {}
                _ => {
                    return Err(StoreError::Ambiguous {
                        query: inert(q).into_owned(),
                        candidates: describe(&prefixed),
                    });
                }
            }
        }
        let candidates = if all.is_empty() {
            vec![t!("store-no-accounts-yet", folder = inert(&self.accounts_dir().display().to_string()))]
        } else {
            describe(&all)
        };
        Err(StoreError::Unknown { query: inert(q).into_owned(), candidates })
    }
}

/// What to do when several files hold the id a rep named.
fn same_id_hint(id: &str, same: &[&Listed]) -> String {
    let slugs: Vec<String> = same.iter().map(|l| format!("`{}`", inert(&l.slug))).collect();
    let (all, last) = slugs.split_at(slugs.len() - 1);
    t!("store-same-id-hint", n = same.len(), id = inert(id), some = all.join(", "), last = last.join(""))
}

/// One line per candidate: name, slug and id, made safe to print.
fn describe(list: &[&Listed]) -> Vec<String> {
    let mut out: Vec<String> = list
        .iter()
        .take(MAX_CANDIDATES)
        .map(|l| match &l.account {
            Ok(a) => t!("store-candidate", name = inert(&a.name), slug = inert(&l.slug), id = inert(&a.id)),
            Err(e) => t!("store-candidate-unreadable", slug = inert(&l.slug), why = inert(&e.message)),
        })
        .collect();
    if list.len() > MAX_CANDIDATES {
        out.push(t!("store-candidates-more", n = list.len() - MAX_CANDIDATES));
    }
    out
}
