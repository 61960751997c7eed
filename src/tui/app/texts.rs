//! The words of the navigation messages and of the trash screen, kept together so that
//! they can be translated later. Names from files are made inert here.

use crate::text::inert;

/// An account's undo history no longer fits its file.
pub fn history_dropped(account: &str) -> String {
    format!("Undo history for {} dropped: the file changed since", inert(account))
}
