//! What kind of file an import was given, told from its first bytes (the name's
//! extension only breaks ties): a workbook, a vCard, text to read as CSV, or
//! something no import can read.

use super::{Format, ImportError, MAX_IMPORT_BYTES};
use std::path::Path;

/// The file's bytes; a missing, unreadable or too large file is an error that says so.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ImportError> {
    let shown = path.display().to_string();
    let io = |e: std::io::Error| ImportError::Io { path: shown.clone(), why: crate::store::io_words(&e) };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ImportError::Io { path: shown, why: crate::t!("import-why-folder") });
    }
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(too_large(meta.len()));
    }
    std::fs::read(path).map_err(io)
}

pub(super) fn too_large(len: u64) -> ImportError {
    ImportError::TooLarge { size_mb: len.div_ceil(1024 * 1024), limit_mb: MAX_IMPORT_BYTES / (1024 * 1024) }
}

/// The format of `bytes`; `name` is the file's name.
pub fn format_of(bytes: &[u8], name: &str) -> Result<Format, ImportError> {
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let lower = name.to_lowercase();
    if bytes.starts_with(b"PK\x03\x04") {
        return Ok(Format::Xlsx);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) && lower.ends_with(".xlsx") {
        // Excel keeps a password-protected workbook in the old container format.
        return Err(ImportError::Workbook(crate::t!("import-why-xlsx-password")));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportError::Workbook(crate::t!("import-why-xls")));
    }
    let text = strip_bom(bytes);
    if text.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty);
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && looks_binary(text) {
        return Err(ImportError::Binary);
    }
    let start = trim_start(text);
    let vcard = start.len() >= 11 && start[..11].eq_ignore_ascii_case(b"BEGIN:VCARD");
    if vcard || (utf16 && (lower.ends_with(".vcf") || lower.ends_with(".vcard"))) {
        return Ok(Format::VCard);
    }
    Ok(Format::Csv)
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(b)
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// Text has no NUL bytes and few control characters; images, archives and programs
/// have many. Only the start is looked at.
fn looks_binary(b: &[u8]) -> bool {
    let head = &b[..b.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head.iter().filter(|&&c| c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    control * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_formats_apart_by_their_bytes() {
        assert_eq!(format_of(b"First Name,Last Name\nA,B\n", "x.csv"), Ok(Format::Csv));
        assert_eq!(
            format_of(b"\xEF\xBB\xBFBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", "x.txt"),
            Ok(Format::VCard)
        );
        assert_eq!(format_of(b"PK\x03\x04rest", "x.bin"), Ok(Format::Xlsx));
        assert_eq!(format_of(b"", "x.csv"), Err(ImportError::Empty));
        assert_eq!(format_of(b"\xEF\xBB\xBF \r\n", "x.csv"), Err(ImportError::Empty));
        assert_eq!(format_of(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "x.csv"), Err(ImportError::Binary));
        assert!(matches!(format_of(b"\xD0\xCF\x11\xE0\xA1\xB1", "x.xls"), Err(ImportError::Workbook(_))));
    }
}
