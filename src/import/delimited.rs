//! CSV in the dialects CRMs and spreadsheets write: `,`, `;` (Excel in Russian and
//! other European locales) or tab, found from the file itself; quoted cells with
//! line breaks and doubled quotes (RFC 4180); Excel's `sep=;` first line.

use super::{Format, ImportError, Progress, Row, Table, decode::decode};

/// Reads CSV bytes into a table.
pub fn read(bytes: &[u8], progress: &Progress) -> Result<Table, ImportError> {
    let (text, encoding) = decode(bytes);
    let (body, hinted, skipped_lines) = excel_hint(&text);
    let delimiter = hinted.unwrap_or_else(|| detect(body));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let mut records = Vec::new();
    let mut record = csv::StringRecord::new();
    // Lines are counted here from the record's byte offset: the csv crate's own line
    // count lags one behind after a CRLF.
    let (mut seen, mut breaks) = (0usize, 0usize);
    let mut line_at = |byte: usize| {
        // The offset may sit on the line break before the record (after a CRLF, or
        // blank lines); the record starts after them.
        let mut byte = byte.min(body.len());
        while body.as_bytes().get(byte).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            byte += 1;
        }
        breaks += body.as_bytes()[seen.min(byte)..byte].iter().filter(|&&b| b == b'\n').count();
        seen = seen.max(byte);
        breaks + 1 + skipped_lines
    };
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = line_at(record.position().map_or(0, |p| p.byte() as usize));
                records.push(Row { line, cells: record.clone() });
                if records.len() % 4096 == 0 {
                    progress.advance(record.position().map_or(0, |p| p.byte()));
                    progress.check()?;
                }
            }
            Err(e) => {
                let line = line_at(e.position().map_or(0, |p| p.byte() as usize));
                return Err(ImportError::Malformed { line, why: e.to_string() });
            }
        }
    }
    progress.advance(body.len() as u64);
    Table::from_records(Format::Csv, encoding, Some(delimiter), records)
}

/// Excel reads and writes a first line `sep=;` that names the delimiter; the rest of
/// the file, the delimiter, and how many lines were left out.
fn excel_hint(text: &str) -> (&str, Option<u8>, usize) {
    let first = text.lines().next().unwrap_or("");
    let Some(sep) = first.trim().strip_prefix("sep=") else { return (text, None, 0) };
    match sep.as_bytes() {
        [d] if matches!(d, b',' | b';' | b'\t' | b'|') => {
            let rest = text.split_once('\n').map_or("", |(_, r)| r);
            (rest, Some(*d), 1)
        }
        _ => (text, None, 0),
    }
}

/// The delimiter of the first lines: of `,`, `;`, tab and `|`, the one that splits the
/// most lines into the same number of cells (outside quotes), the more cells the
/// better; `,` when nothing splits.
pub fn detect(text: &str) -> u8 {
    let lines = first_lines(text, 20);
    let mut best = (b',', 0usize, 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d)).collect();
        let header = counts.first().copied().unwrap_or(0);
        if header == 0 {
            continue;
        }
        // How many lines agree with the header's count; an instruction row above the
        // header may not, so the most common count is taken when it is not the header's.
        let agree = counts.iter().filter(|&&c| c == header).count();
        let mode = mode(&counts);
        let (agree, cells) = if agree * 2 >= counts.len() { (agree, header) } else { mode };
        if cells == 0 {
            continue;
        }
        if (agree, cells) > (best.1, best.2) {
            best = (d, agree, cells);
        }
    }
    best.0
}

/// The most common non-zero count, and how often it occurs.
fn mode(counts: &[usize]) -> (usize, usize) {
    let mut best = (0, 0);
    for &c in counts.iter().filter(|&&c| c > 0) {
        let n = counts.iter().filter(|&&x| x == c).count();
        if (n, c) > best {
            best = (n, c);
        }
    }
    best
}

/// Up to `n` logical lines: a line break inside quotes does not end one.
fn first_lines(text: &str, n: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                let line = text[start..i].trim_end_matches('\r');
                if !line.trim().is_empty() {
                    out.push(line);
                }
                start = i + 1;
                if out.len() == n {
                    return out;
                }
            }
            _ => {}
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

fn count_outside_quotes(line: &str, d: u8) -> usize {
    let mut quoted = false;
    line.bytes()
        .filter(|&b| {
            if b == b'"' {
                quoted = !quoted;
            }
            b == d && !quoted
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_delimiter_of_each_dialect() {
        assert_eq!(detect("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect("Имя;Фамилия;Компания\nИван;Петров;\"ООО \"\"Ромашка\"\", филиал\"\n"), b';');
        assert_eq!(detect("a\tb\n1\t2\n"), b'\t');
        // Commas inside quoted names do not count.
        assert_eq!(detect("name;title\n\"Smith, John\";CFO\n\"Doe, Jane\";CEO\n"), b';');
        assert_eq!(detect("just one column\nvalue\n"), b',');
    }

    #[test]
    fn reads_quotes_line_breaks_and_excels_hint() {
        let t =
            read(b"sep=;\nName;Notes\n\"Smith, \"\"JJ\"\"\";\"two\nlines\"\n", &Progress::none()).unwrap();
        assert_eq!(t.delimiter, Some(b';'));
        assert_eq!(t.headers, ["Name", "Notes"]);
        assert_eq!(t.header_line, 2);
        assert_eq!(t.rows[0].cell(0), "Smith, \"JJ\"");
        assert_eq!(t.rows[0].line, 3);
    }

    #[test]
    fn lines_are_counted_alike_after_crlf_and_lf() {
        for text in ["a,b\r\nA,B\r\n\r\nC,\"two\r\nlines\"\r\nD,E\r\n", "a,b\nA,B\n\nC,\"two\nlines\"\nD,E\n"]
        {
            let t = read(text.as_bytes(), &Progress::none()).unwrap();
            assert_eq!(t.header_line, 1);
            assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4, 6], "{text:?}");
        }
    }

    #[test]
    fn a_salesforce_reports_footer_is_left_out() {
        let text = "\"First Name\",\"Last Name\"\n\"Ann\",\"Lee\"\n\n\"Confidential Information - Do Not Distribute\"\n\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n";
        let t = read(text.as_bytes(), &Progress::none()).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.footer.len(), 2);
        assert_eq!(t.footer[0], (4, "Confidential Information - Do Not Distribute".to_string()));
    }

    #[test]
    fn a_row_with_a_cell_too_many_is_refused_with_its_line() {
        let e = read(b"First Name,Last Name\nAnn,Lee\nBo,Chen,extra\n", &Progress::none()).unwrap_err();
        assert_eq!(e, ImportError::Ragged { line: 3, expected: 2, found: 3 });
    }
}
