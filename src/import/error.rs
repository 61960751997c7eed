//! Why an import could not go ahead, in words a rep can act on. Each of these stops
//! the import before anything changes.

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("could not read {path}: {why}")]
    Io { path: String, why: String },
    /// Nothing in it.
    #[error("the file is empty: export the contacts again, with at least one row")]
    Empty,
    /// Not text, a vCard or a workbook.
    #[error(
        "this is not a contact export dmu can read (it holds binary data); \
         save it as CSV, vCard (.vcf) or Excel (.xlsx)"
    )]
    Binary,
    /// Too large to be a contact export.
    #[error(
        "the file is {size_mb} MB, more than the {limit_mb} MB dmu reads for an import; \
         export only the contacts of this account, or split the file"
    )]
    TooLarge { size_mb: u64, limit_mb: u64 },
    /// A row has more or fewer cells than the header.
    #[error(
        "line {line} has {found} cells where the header has {expected}; \
         the file may be cut off or have a stray delimiter there: fix that line, or export again"
    )]
    Ragged { line: usize, expected: usize, found: usize },
    /// A quote or a line the format does not allow.
    #[error("line {line}: {why}")]
    Malformed { line: usize, why: String },
    /// No column holds names.
    #[error(
        "no column holds the people's names (the columns are: {columns}); say which does: \
         in the app with m (the mapping), on the command line with --profile and a saved profile"
    )]
    NoNames { columns: String },
    /// A header but no rows.
    #[error("the file has a header but no contacts")]
    NoRows,
    /// A workbook dmu cannot open.
    #[error("could not read the workbook: {0}")]
    Workbook(String),
    /// The sheet asked for is not in the workbook.
    #[error("the workbook has no sheet “{wanted}”; its sheets are: {sheets}")]
    NoSheet { wanted: String, sheets: String },
    /// A profile named on the command line does not exist, or its file is broken.
    #[error("{0}")]
    Profile(String),
    /// The account would grow past what an account file may hold.
    #[error(
        "after this import the account would be about {size_mb} MB, more than the {limit_mb} MB an \
         account file holds; import only this account's people (is the company column right? \
         on the command line, --company names it)"
    )]
    AccountTooLarge { size_mb: u64, limit_mb: u64 },
    /// The import was stopped before it finished.
    #[error("the import was cancelled; nothing changed")]
    Cancelled,
}
