//! Getting people in from the files reps already have: CSV exports of CRMs
//! (Salesforce, HubSpot, Pipedrive, Zoho, Bitrix24, amoCRM), vCard and Excel. No UI.
//!
//! The path of an import, each step its own file:
//! 1. [`read`]: the file's bytes become a [`Table`] (headers and rows of text), whatever
//!    the format ([`sniff`]), encoding ([`decode`]) or delimiter ([`delimited`]); vCards
//!    ([`vcard`]) and workbooks ([`xlsx`]) become tables too.
//! 2. [`columns`]: which column holds what ([`Mapping`]): a known export recognised from
//!    its headers, a saved [`profile`], else the alias table in English and Russian.
//! 3. [`contact`]: each row read through the mapping as a [`Contact`].
//! 4. [`plan()`]: contacts matched to the account's people (external id, then email,
//!    then name), a [`Plan`] of what would be added, updated and skipped, and why.
//! 5. [`Plan::apply`]: the account after the import; the caller diffs it into one
//!    change set ([`crate::change::diff`]), so applying is one undoable edit.

pub mod columns;
pub mod company;
pub mod contact;
pub mod decode;
pub mod delimited;
mod error;
mod field;
mod keys;
mod matching;
mod plan;
pub mod profile;
mod progress;
pub mod sniff;
mod table;
pub mod vcard;
pub mod words;
pub mod xlsx;

pub use contact::Contact;
pub use error::ImportError;
pub use field::{Field, Mapping};
pub use plan::{
    Counts, LinkOutcome, LinkPlan, MatchedBy, Outcome, Plan, PlanOptions, RowPlan, SkipReason, plan,
};
pub use progress::{Progress, Stage};
pub use table::{Format, Row, Table};

/// The largest file an import reads: far above any contact export (100,000 rows of a
/// CRM export are about 20 MB), low enough that a wrong file is refused at once
/// instead of filling memory.
pub const MAX_IMPORT_BYTES: u64 = 100 * 1024 * 1024;

/// How to read a file.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The worksheet of a workbook to read; the first one when `None`.
    pub sheet: Option<String>,
}

/// Reads an import file from disk into a [`Table`]: refuses a missing, empty, binary
/// or too large file with a message that says what to do.
pub fn read_file(
    path: &std::path::Path,
    opts: &ReadOptions,
    progress: &Progress,
) -> Result<Table, ImportError> {
    let bytes = sniff::read_bytes(path)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    read(&bytes, &name, opts, progress)
}

/// Reads an import file's bytes (`name` is its file name, for the extension) into a
/// [`Table`].
pub fn read(bytes: &[u8], name: &str, opts: &ReadOptions, progress: &Progress) -> Result<Table, ImportError> {
    progress.start(Stage::Reading, bytes.len() as u64);
    let table = match sniff::format_of(bytes, name)? {
        Format::Csv => delimited::read(bytes, progress)?,
        Format::VCard => vcard::read(bytes)?,
        Format::Xlsx => xlsx::read(bytes, opts.sheet.as_deref())?,
    };
    progress.check()?;
    Ok(table)
}

/// The mapping for a table: the saved `profile` when one is given (a built-in export's
/// name works too: `salesforce`, `bitrix24`), else what the headers are recognised as.
/// A mapping that finds no names is an error that lists the columns.
pub fn mapping_for(table: &Table, profile: Option<&profile::Profile>) -> Result<Mapping, ImportError> {
    let mapping = match (table.format, profile) {
        (_, Some(p)) => p.mapping(&table.headers),
        (Format::VCard, None) => vcard::mapping(&table.headers),
        (_, None) => columns::recognise(&table.headers),
    };
    if !mapping.has_names() {
        return Err(ImportError::NoNames { columns: table.headers.join(", ") });
    }
    Ok(mapping)
}

/// Refuses an import after which the account file would be larger than dmu opens
/// ([`crate::store::MAX_FILE_BYTES`]): a whole-CRM export imported into one account
/// would otherwise leave a file that no longer loads. The history entries the import
/// adds are counted at a generous 600 bytes each.
pub fn check_size(after: &crate::model::Account, plan: &Plan) -> Result<(), ImportError> {
    let entries = plan.counts.added + plan.counts.links_added;
    let size = after.to_canonical_json().len() as u64 + 600 * entries as u64;
    let limit = crate::store::MAX_FILE_BYTES;
    if size > limit {
        return Err(ImportError::AccountTooLarge { size_mb: size.div_ceil(1 << 20), limit_mb: limit >> 20 });
    }
    Ok(())
}
