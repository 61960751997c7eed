//! Why an import could not go ahead, in words a rep can act on. Each of these stops
//! the import before anything changes. The words are `import-error-…` messages, made
//! when the error is shown, so they follow the language of whoever reads them.

use crate::t;

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file could not be read.
    Io { path: String, why: String },
    /// Nothing in it.
    Empty,
    /// Not text, a vCard or a workbook.
    Binary,
    /// Too large to be a contact export.
    TooLarge { size_mb: u64, limit_mb: u64 },
    /// A row has more or fewer cells than the header.
    Ragged { line: usize, expected: usize, found: usize },
    /// A quote or a line the format does not allow.
    Malformed { line: usize, why: String },
    /// No column holds names.
    NoNames { columns: String },
    /// A header but no rows.
    NoRows,
    /// A workbook dmu cannot open.
    Workbook(String),
    /// The sheet asked for is not in the workbook.
    NoSheet { wanted: String, sheets: String },
    /// A profile named on the command line does not exist, or its file is broken.
    Profile(String),
    /// The account would grow past what an account file may hold.
    AccountTooLarge { size_mb: u64, limit_mb: u64 },
    /// The import was stopped before it finished.
    Cancelled,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Line numbers go as text: they are names of lines, not amounts to group.
        let said = match self {
            ImportError::Io { path, why } => t!("import-error-io", path = path, why = why),
            ImportError::Empty => t!("import-error-empty"),
            ImportError::Binary => t!("import-error-binary"),
            ImportError::TooLarge { size_mb, limit_mb } => {
                t!("import-error-too-large", size = *size_mb, limit = *limit_mb)
            }
            ImportError::Ragged { line, expected, found } => {
                t!("import-error-ragged", line = line.to_string(), expected = *expected, found = *found)
            }
            ImportError::Malformed { line, why } => {
                t!("import-error-malformed", line = line.to_string(), why = why)
            }
            ImportError::NoNames { columns } => t!("import-error-no-names", columns = columns),
            ImportError::NoRows => t!("import-error-no-rows"),
            ImportError::Workbook(why) => t!("import-error-workbook", why = why),
            ImportError::NoSheet { wanted, sheets } => {
                t!("import-error-no-sheet", wanted = wanted, sheets = sheets)
            }
            ImportError::Profile(why) => why.clone(),
            ImportError::AccountTooLarge { size_mb, limit_mb } => {
                t!("import-error-account-too-large", size = *size_mb, limit = *limit_mb)
            }
            ImportError::Cancelled => t!("import-error-cancelled"),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for ImportError {}
