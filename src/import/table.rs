//! A file read as a table: its header and rows of text, whatever format it came in.

/// The kind of file an import read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma, semicolon or tab separated text.
    Csv,
    /// vCard 2.1, 3.0 or 4.0 (`.vcf`).
    VCard,
    /// An Excel workbook (`.xlsx`).
    Xlsx,
}

impl Format {
    /// The name shown in a summary.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::VCard => "vCard",
            Format::Xlsx => "Excel workbook",
        }
    }
}

/// One row of the file: where it starts (1-based line, or sheet row) and its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    /// One allocation per row, as the `csv` crate keeps it: 100,000 rows stay cheap.
    pub cells: csv::StringRecord,
}

impl Row {
    /// The cell of column `i`, trimmed; empty when the row has no such cell.
    pub fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map(str::trim).unwrap_or("")
    }
}

/// A file read as a header and rows. Every row has as many cells as the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub format: Format,
    /// How the text was encoded (`UTF-8`, `UTF-8 with BOM`, `Windows-1251`, ...).
    pub encoding: &'static str,
    /// The delimiter of a CSV file.
    pub delimiter: Option<u8>,
    /// The column names as the file writes them (a vCard's are its property names).
    pub headers: Vec<String>,
    /// The line of the header.
    pub header_line: usize,
    /// Lines before the header that were left out (an export's instruction row), with
    /// their first words.
    pub preamble: Vec<(usize, String)>,
    /// Lines after the rows that were left out: one-cell lines such as the
    /// "Confidential Information - Do Not Distribute" and copyright lines a Salesforce
    /// report ends with.
    pub footer: Vec<(usize, String)>,
    pub rows: Vec<Row>,
}

impl Table {
    /// A table from raw records (a CSV file's or a sheet's): the header is the first
    /// record that [`crate::import::columns::header_row`] takes for one (an instruction
    /// row above it is left out), blank records are dropped, and every other record
    /// must have as many cells as the header.
    pub fn from_records(
        format: Format,
        encoding: &'static str,
        delimiter: Option<u8>,
        mut records: Vec<Row>,
    ) -> Result<Table, super::ImportError> {
        use super::ImportError;
        records.retain(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
        if records.is_empty() {
            return Err(ImportError::Empty);
        }
        let at = super::columns::header_row(&records);
        let mut rest = records.split_off(at);
        let preamble =
            records.into_iter().map(|r| (r.line, r.cells.iter().collect::<Vec<_>>().join(" "))).collect();
        let header = rest.remove(0);
        let headers: Vec<String> = header.cells.iter().map(|h| h.trim().to_string()).collect();
        let mut footer = Vec::new();
        while headers.len() > 1 && rest.last().is_some_and(|r| r.cells.len() == 1) {
            let r = rest.pop().expect("just looked at it");
            footer.push((r.line, r.cells.iter().collect::<Vec<_>>().join(" ")));
        }
        footer.reverse();
        for r in &rest {
            if r.cells.len() != headers.len() {
                return Err(ImportError::Ragged {
                    line: r.line,
                    expected: headers.len(),
                    found: r.cells.len(),
                });
            }
        }
        if rest.is_empty() {
            return Err(ImportError::NoRows);
        }
        Ok(Table {
            format,
            encoding,
            delimiter,
            headers,
            header_line: header.line,
            preamble,
            footer,
            rows: rest,
        })
    }
}
