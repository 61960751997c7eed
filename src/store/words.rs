//! Operating-system errors in words a sales rep can act on.

use std::io::{Error, ErrorKind};

/// What went wrong with a file operation, and what to do about it where that is clear.
///
/// The system's own text is appended in brackets so that support can still see it.
pub fn io_words(err: &Error) -> String {
    let plain = match err.kind() {
        ErrorKind::StorageFull => "the disk is full; free some space and try again",
        ErrorKind::QuotaExceeded => "your disk quota is used up; free some space and try again",
        ErrorKind::PermissionDenied => "permission denied; dmu is not allowed to write or read there",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::NotFound => "it does not exist",
        ErrorKind::AlreadyExists => "it already exists",
        ErrorKind::IsADirectory => "it is a folder, not a file",
        ErrorKind::NotADirectory => "part of the path is a file, not a folder",
        ErrorKind::InvalidFilename => "the name is not allowed by the system",
        _ => return err.to_string(),
    };
    format!("{plain} ({err})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_called_a_full_disk() {
        let e = Error::from_raw_os_error(28); // ENOSPC on Linux and macOS
        let s = io_words(&e);
        assert!(s.starts_with("the disk is full"), "{s}");
    }
}
