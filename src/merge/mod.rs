//! The semantic three-way merge of two copies of one account file: what git calls when
//! both sides changed an account (`dmu merge-driver`), and what `dmu sync --resolve`
//! runs. No I/O and no UI here; [`merge_files`] works on bytes.
//!
//! Built on the change sets of [`crate::change`]: each side's changes since the common
//! version are `diff(base, side)`, addressed by record id and field, so two people who
//! edited different people, or different fields of one person, never meet. Where they do
//! meet, these rules decide (the same rules are in `docs/file-format.md`, "Merging two
//! copies"):
//!
//! 1. **Different records or fields** merge silently; **the same change on both sides**
//!    is taken once.
//! 2. **The same field changed two ways**: ours (the local copy, git's `%A`) is kept,
//!    and a [`Conflict`] records the path, the value before and both sides' values
//!    (`null`: absent or deleted), `kept: "ours"`.
//! 3. **A deleted record against an edit inside it**: the edit wins, so nothing is lost.
//!    The record stays with the edits; a conflict at the record's path names the side
//!    that kept it.
//! 4. **Both sides added a record with the same key but different content**: ours is
//!    kept, with a conflict at the record's path.
//! 5. **`history[]` and `conflicts[]`** are unions by id, never a conflict: an entry
//!    either side added is kept, one that a side removed (a conflict someone decided)
//!    stays removed, and an id on both sides keeps ours. History is ordered by `at`, then
//!    id.
//! 6. **Rule repairs**, each recorded as a conflict with a `rule` saying why: a
//!    `reports_to` link of theirs that, with ours, closes a cycle is left out (`kept:
//!    "ours"`); then a person or team member that one side deleted while the other still
//!    refers to them (a link, a coverage, a follow-up's `person` or `owner`) is restored,
//!    as the other side has them: a deletion gives way to a change that still needs the
//!    record.
//! 7. **The account's `id`** is ours whatever theirs says: ids never change, so a
//!    different one on their side is recorded as a conflict, never taken.
//! 8. **Fast path**: when one side is the common version unchanged, the result is the
//!    other side exactly.
//! 9. **No common version** (git gives an empty one when both sides added the file): the
//!    base is [`empty_base`], an account with ours' schema and id and nothing else, so
//!    every record of either side is an addition and the two meet by rules 1 and 4.
//!
//! The result always passes [`crate::model::validate`]; a result that would not is a
//! fault of the merge and is returned as [`MergeError::Internal`], never written. The
//! merge is deterministic: the same three inputs and `at` give the same bytes (conflict
//! ids are a hash of what the conflict says, see [`conflict_id`]).

mod combine;
mod repair;
mod union;

use crate::change::{Change, ChangeSet, Path, diff};
use crate::model::{Account, Conflict, SCHEMA, validate};
use serde_json::Value;
use std::fmt;

/// The merged account, and the conflicts this merge recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The result; its `conflicts` end with the new ones.
    pub account: Account,
    /// The conflicts this merge added (also at the end of `account.conflicts`).
    pub conflicts: Vec<Conflict>,
}

/// Which of the three versions a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// The common version both copies started from (git's `%O`).
    Base,
    /// The local copy (git's `%A`): the one kept when the two disagree.
    Ours,
    /// The other copy (git's `%B`).
    Theirs,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("core-merge-version", version = self.code()))
    }
}

impl Version {
    /// The version's code for the messages: `base`, `ours`, `theirs`.
    fn code(self) -> &'static str {
        match self {
            Version::Base => "base",
            Version::Ours => "ours",
            Version::Theirs => "theirs",
        }
    }
}

/// Why two copies could not be merged. Nothing is written in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// A version is not an account file dmu can read (bad JSON, conflict markers, a
    /// broken rule); the message is the loader's.
    Unreadable { version: Version, line: Option<usize>, column: Option<usize>, message: String },
    /// A version was written by a newer dmu, whose fields this one cannot judge.
    Newer { version: Version, schema: u64 },
    /// The merge would have made a file that breaks a rule: a fault in dmu.
    Internal(String),
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::t;
        // Line and column are passed as text: they are places, not amounts to group.
        let said = match self {
            MergeError::Unreadable { version, line: Some(l), column: Some(c), message } => t!(
                "core-merge-unreadable-at",
                version = version.code(),
                line = l.to_string(),
                column = c.to_string(),
                message = message
            ),
            MergeError::Unreadable { version, line: Some(l), message, .. } => {
                t!(
                    "core-merge-unreadable-line",
                    version = version.code(),
                    line = l.to_string(),
                    message = message
                )
            }
            MergeError::Unreadable { version, message, .. } => {
                t!("core-merge-unreadable", version = version.code(), message = message)
            }
            MergeError::Newer { version, schema } => t!(
                "core-merge-newer",
                version = version.code(),
                schema = schema.to_string(),
                known = SCHEMA.to_string()
            ),
            MergeError::Internal(why) => t!("core-merge-internal", why = why),
        };
        f.write_str(&said)
    }
}

/// Merges `ours` and `theirs`, two copies of `base` changed apart, by the rules of this
/// module. `at` (RFC 3339, UTC) dates the conflicts it records.
pub fn merge(base: &Account, ours: &Account, theirs: &Account, at: &str) -> Result<Merged, MergeError> {
    for (version, a) in [(Version::Base, base), (Version::Ours, ours), (Version::Theirs, theirs)] {
        if a.schema > SCHEMA {
            return Err(MergeError::Newer { version, schema: a.schema });
        }
    }
    // Rule 8: one side did nothing, so the other side is the answer exactly.
    if theirs == base || theirs == ours {
        return checked(ours.clone(), Vec::new());
    }
    if ours == base {
        return checked(theirs.clone(), Vec::new());
    }
    let fresh = *base == empty_base(ours);
    let mut m = Merge { base, ours, theirs, fresh, at, recorded: Vec::new() };
    let account = m.run()?;
    checked(account, m.recorded)
}

/// The common version to merge from when there is none (git gives an empty `%O` when
/// both sides added the file): ours' schema and id, an empty name, and nothing else, so
/// that every field and record of either side counts as added.
pub fn empty_base(ours: &Account) -> Account {
    let mut a = Account::new(ours.id.clone(), "");
    a.schema = ours.schema;
    a
}

/// The work of one merge: the three versions, and the conflicts found so far.
struct Merge<'a> {
    base: &'a Account,
    ours: &'a Account,
    theirs: &'a Account,
    /// There was no common version (see [`empty_base`]): conflicts say `base: null`.
    fresh: bool,
    at: &'a str,
    /// The conflicts this merge recorded.
    recorded: Vec<Conflict>,
}

/// A conflict found, before its values are looked up.
pub(crate) struct Found {
    pub path: Path,
    pub kept: Version,
    pub rule: Option<String>,
}

impl Merge<'_> {
    fn run(&mut self) -> Result<Account, MergeError> {
        // History and conflicts are unions by id (rule 5), never changed field by field.
        let own_list = |c: &Change| !matches!(c.path.segments()[0].as_str(), "history" | "conflicts");
        let mut ours: Vec<Change> = diff(self.base, self.ours).changes;
        let mut theirs: Vec<Change> = diff(self.base, self.theirs).changes;
        ours.retain(own_list);
        theirs.retain(own_list);
        // Rule 7: their id is never taken.
        theirs.retain(|c| c.path.segments() != ["id"]);

        let plan = combine::combine(ours, theirs);
        let mut found = plan.found;
        if self.ours.id != self.theirs.id {
            found.push(Found {
                path: Path::field("id"),
                kept: Version::Ours,
                rule: Some(
                    "an account's id never changes, so this copy's id is kept; the other copy may be a \
                     different account saved under the same file name"
                        .into(),
                ),
            });
        }
        // Theirs first, then ours: a record each side added after the same one ends up
        // with ours' right after it and theirs' after that.
        let set = ChangeSet::new(plan.theirs.iter().chain(&plan.ours).cloned().collect());
        let mut out = self.base.clone();
        set.apply(&mut out).map_err(|e| MergeError::Internal(e.to_string()))?;

        found.extend(repair::cycles(&mut out, &plan.theirs));
        found.extend(repair::references(&mut out, self.ours, self.theirs, &plan.ours, &plan.theirs)?);

        out.history = union::history(&self.base.history, &self.ours.history, &self.theirs.history);
        out.conflicts =
            union::by_id(&self.base.conflicts, &self.ours.conflicts, &self.theirs.conflicts, |c| &c.id);
        'found: for f in found {
            let mut c = self.conflict(f);
            let same = |x: &Conflict, c: &Conflict| {
                (&x.path, &x.base, &x.ours, &x.theirs) == (&c.path, &c.base, &c.ours, &c.theirs)
            };
            for n in 1.. {
                match out.conflicts.iter().find(|x| x.id == c.id) {
                    // The same conflict recorded by an earlier merge is not recorded twice.
                    Some(x) if same(x, &c) => continue 'found,
                    // Another conflict with this id (one in a trillion): the next id.
                    Some(_) => c.id = conflict_id(&format!("{}#{n}", c.path), &c.base, &c.ours, &c.theirs),
                    None => break,
                }
            }
            out.conflicts.push(c.clone());
            self.recorded.push(c);
        }
        Ok(out)
    }

    /// The conflict record of a conflict found: the values at its path in each version.
    fn conflict(&self, f: Found) -> Conflict {
        let get = |a: &Account| value_at(a, &f.path).unwrap_or(Value::Null);
        let base = if self.fresh { Value::Null } else { get(self.base) };
        let (ours, theirs) = (get(self.ours), get(self.theirs));
        let path = f.path.to_string();
        Conflict {
            id: conflict_id(&path, &base, &ours, &theirs),
            path,
            base,
            ours,
            theirs,
            kept: match f.kept {
                Version::Theirs => "theirs",
                _ => "ours",
            }
            .into(),
            at: self.at.to_string(),
            rule: f.rule,
            extra: Default::default(),
        }
    }
}

/// The merge's result, validated: one that breaks a rule is a fault of the merge.
fn checked(account: Account, conflicts: Vec<Conflict>) -> Result<Merged, MergeError> {
    if let Some(p) = validate(&account).into_iter().next() {
        return Err(MergeError::Internal(format!("{} at {}", p.message, p.pointer)));
    }
    Ok(Merged { account, conflicts })
}

/// A conflict's id, made from what it says (path and the three values) rather than at
/// random, so the same merge gives the same bytes, and two machines that merge the same
/// two copies record the one conflict under one id (the union of `conflicts[]` then
/// keeps it once). `c-` and ten hex digits of a 64-bit FNV-1a hash, the shape of
/// [`crate::model::new_id`]'s ids: FNV is spelled out here because std's hashers may
/// change between Rust versions, and these ids are stored in files.
pub fn conflict_id(path: &str, base: &Value, ours: &Value, theirs: &Value) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator no JSON text holds, so ("ab", "c") and ("a", "bc") differ.
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(path.as_bytes());
    // serde_json's maps are sorted by key, so a value always writes the same text.
    for v in [base, ours, theirs] {
        eat(v.to_string().as_bytes());
    }
    format!("c-{:010x}", h & 0xff_ffff_ffff)
}

/// The value at a change path, as the file writes it (the change layer's).
pub use crate::change::resolve::value_at;

/// Merges three versions of an account file given as bytes: parsed with the store's
/// strict loader (a version with conflict markers, bad JSON or a broken rule is an
/// error saying which version and where), merged with [`merge`], and written with the
/// serialiser the store saves with. An empty (or blank) `base` means there was no
/// common version ([`empty_base`]). Returns the bytes and how many conflicts this merge
/// recorded.
pub fn merge_files(
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
    at: &str,
) -> Result<(Vec<u8>, usize), MergeError> {
    let ours = load(Version::Ours, ours)?;
    let theirs = load(Version::Theirs, theirs)?;
    let base =
        if base.iter().all(u8::is_ascii_whitespace) { empty_base(&ours) } else { load(Version::Base, base)? };
    let merged = merge(&base, &ours, &theirs, at)?;
    Ok((merged.account.to_canonical_json(), merged.conflicts.len()))
}

fn load(version: Version, bytes: &[u8]) -> Result<Account, MergeError> {
    // The loader names a path in its messages; the error says which version instead.
    crate::store::load_bytes(std::path::Path::new(""), bytes).map_err(|e| {
        // A file cut off is told where its backup is; these versions come from git and
        // have no backup beside them, so only what is wrong is said.
        let message = match e.kind {
            crate::store::LoadKind::CutOff { what } => what,
            // The loader's advice is for opening a file; here the version itself came
            // out of an unfinished merge.
            crate::store::LoadKind::MergeMarkers => crate::t!("core-merge-markers"),
            crate::store::LoadKind::Other => e.message,
        };
        MergeError::Unreadable { version, line: e.line, column: e.column, message }
    })
}

#[cfg(test)]
mod tests;
