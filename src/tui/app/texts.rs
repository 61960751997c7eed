//! The words of the navigation messages and of the trash screen, kept together so that
//! they can be translated later. Names from files are made inert here.

use crate::text::inert;

/// An account's undo history no longer fits its file.
pub fn history_dropped(account: &str) -> String {
    format!("Undo history for {} dropped: the file changed since", inert(account))
}

/// The trash screen's title.
pub fn trash_title(n: usize) -> String {
    match n {
        0 => "Trash: no accounts".to_string(),
        1 => "Trash: 1 account · r puts it back into accounts/".to_string(),
        n => format!("Trash: {n} accounts, newest first · r puts the selected one back into accounts/"),
    }
}

/// What the trash screen says when it is empty.
pub const TRASH_EMPTY: &str =
    "The trash is empty. Accounts deleted with d on the portfolio go here, and can be put back from here.";

/// The trash screen's column heads.
pub const TRASH_COLUMNS: [&str; 3] = ["Account", "Trashed", "File in the trash"];

/// How a trashed file that does not load is named in the list.
pub fn trash_unreadable(slug: &str) -> String {
    format!("{}.json (does not load)", inert(slug))
}

/// `r` on an empty trash.
pub const TRASH_NOTHING: &str = "Nothing is in the trash";

/// An account put back under the name its file had.
pub fn restored(account: &str, file: &str) -> String {
    format!("Restored {} to accounts/{}", inert(account), inert(file))
}

/// An account put back under a new name, since its old one is taken.
pub fn restored_renamed(account: &str, file: &str, taken: &str) -> String {
    format!(
        "Restored {} as accounts/{}: a file is named {} now, and a restore never writes over one",
        inert(account),
        inert(file),
        inert(taken)
    )
}
