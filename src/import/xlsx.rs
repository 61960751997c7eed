//! Excel workbooks (`.xlsx`): one sheet read as a table.
//!
//! Each row of the sheet's used range is a record whose line is its row number in the
//! sheet; cells are read as the sheet shows them in General format: whole numbers
//! without a decimal point (a phone or an id stored as a number stays `79161234567`),
//! other numbers to 15 significant digits, dates as `YYYY-MM-DD`, `TRUE`/`FALSE`, and
//! error cells (`#N/A`) empty.

use super::{Format, ImportError, Row, Table};
use calamine::{Data, Reader, SheetType, SheetVisible, Xlsx, XlsxError};
use std::io::Cursor;

/// Reads the first sheet of a workbook, or the one named `sheet`.
pub fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ImportError> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| workbook_error(&e, bytes))?;
    let sheets = book.sheets_metadata().to_vec();
    let names = || sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ");
    let chosen = match sheet {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.name == wanted)
            .or_else(|| {
                // A name typed with other case or spaces, when only one sheet fits.
                let fits: Vec<_> = sheets
                    .iter()
                    .filter(|s| s.name.trim().to_lowercase() == wanted.trim().to_lowercase())
                    .collect();
                (fits.len() == 1).then(|| fits[0])
            })
            .ok_or_else(|| ImportError::NoSheet { wanted: wanted.to_string(), sheets: names() })?,
        // The first sheet a person sees when opening the workbook: hidden sheets (lists
        // behind drop-downs) and charts are passed over.
        None => sheets
            .iter()
            .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .or_else(|| sheets.iter().find(|s| s.typ == SheetType::WorkSheet))
            .ok_or_else(|| ImportError::Workbook(crate::t!("import-why-no-worksheet", sheets = names())))?,
    };
    if chosen.typ != SheetType::WorkSheet {
        let why = crate::t!("import-why-chart-sheet", sheet = &chosen.name, sheets = names());
        return Err(ImportError::Workbook(why));
    }
    let range = book.worksheet_range(&chosen.name).map_err(|e| workbook_error(&e, bytes))?;
    let Some((top, _)) = range.start() else {
        if sheets.len() > 1 {
            let why = crate::t!("import-why-empty-sheet", sheet = &chosen.name, sheets = names());
            return Err(ImportError::Workbook(why));
        }
        return Err(ImportError::Empty);
    };
    let width = range.width();
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut record: csv::StringRecord = cells.iter().map(text).collect();
            // The range is as wide as its widest row; a short row is padded all the same.
            while record.len() < width {
                record.push_field("");
            }
            Row { line: top as usize + i + 1, cells: record }
        })
        .collect();
    Table::from_records(Format::Xlsx, "xlsx", None, rows)
}

/// A cell as text, as the sheet shows it.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) if d.is_duration() => {
            let secs = (d.as_f64() * 86_400.0).round() as i64;
            format!("{}:{:02}:{:02}", secs / 3600, secs % 3600 / 60, secs % 60)
        }
        Data::DateTime(d) => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            let time = if s == 0 { format!("{h:02}:{mi:02}") } else { format!("{h:02}:{mi:02}:{s:02}") };
            if d.as_f64() < 1.0 {
                time
            } else if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{day:02}")
            } else {
                format!("{y:04}-{mo:02}-{day:02} {time}")
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}

/// A number as General format shows it: a whole number (below 10^15, where a double
/// still counts every unit) without a decimal point or exponent, any other to 15
/// significant digits without trailing zeros.
fn number(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    format!("{rounded}")
}

/// calamine's reason a workbook could not be read, in words a rep can act on.
fn workbook_error(e: &XlsxError, bytes: &[u8]) -> ImportError {
    let head = &bytes[..bytes.len().min(4096)];
    let holds = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    let why = match e {
        // calamine's own words (in parentheses) are for whoever debugs the file.
        XlsxError::Password => crate::t!("import-why-password"),
        _ if holds(b"opendocument.spreadsheet") => crate::t!("import-why-ods"),
        _ if holds(b"xl/workbook.bin") => crate::t!("import-why-xlsb"),
        XlsxError::Zip(_) | XlsxError::Io(_) => crate::t!("import-why-cut-off", detail = e.to_string()),
        XlsxError::FileNotFound(_) | XlsxError::RelationshipNotFound => {
            crate::t!("import-why-zip", detail = e.to_string())
        }
        _ => crate::t!("import-why-damaged", detail = e.to_string()),
    };
    ImportError::Workbook(why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn numbers_read_as_a_spreadsheet_shows_them() {
        assert_eq!(number(79161234567.0), "79161234567");
        assert_eq!(number(-42.0), "-42");
        assert_eq!(number(3.5), "3.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(1e20), "100000000000000000000");
        assert_eq!(text(&Data::Int(79161234567)), "79161234567");
        assert_eq!(text(&Data::Bool(true)), "TRUE");
        assert_eq!(text(&Data::Error(calamine::CellErrorType::NA)), "");
    }

    #[test]
    fn dates_read_as_iso_days() {
        let day = |v| Data::DateTime(ExcelDateTime::new(v, ExcelDateTimeType::DateTime, false));
        assert_eq!(text(&day(45943.0)), "2025-10-13");
        assert_eq!(text(&day(45943.5)), "2025-10-13 12:00");
        assert_eq!(text(&day(0.75)), "18:00");
        let span = Data::DateTime(ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false));
        assert_eq!(text(&span), "36:00:00");
    }

    #[test]
    fn bytes_that_are_no_workbook_say_so() {
        let e = read(b"PK\x03\x04 not really a zip", None).unwrap_err();
        assert!(matches!(&e, ImportError::Workbook(w) if w.contains("damaged or cut off")), "{e}");
    }
}
