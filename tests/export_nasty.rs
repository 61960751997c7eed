//! Hostile names in every export: each format is parsed back with a small reader that
//! follows the format's rules, and the names must come back as written (made inert),
//! with no structure of their own.

mod export_common;

use dmu::export::{to_csv, to_dot, to_markdown, to_mermaid};
use dmu::text::inert;

/// RFC 4180 records: fields split on commas, quoted fields with `""` for a quote,
/// records ending in CRLF. Panics on anything else (a bare LF, a stray quote).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => loop {
                match chars.next().expect("unterminated quoted field") {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => break,
                    c => field.push(c),
                }
            },
            '"' => panic!("a quote inside an unquoted field: {field:?}"),
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("a bare LF ends a record; RFC 4180 wants CRLF"),
            c => field.push(c),
        }
        at_field_start = matches!(c, ',' | '\r');
    }
    assert!(field.is_empty() && record.is_empty(), "the last record has no CRLF");
    records
}

/// What a spreadsheet-safe field looks like after our guard: the inert text, with a
/// `'` in front when it starts like a formula.
fn guarded(s: &str) -> String {
    let s = inert(s);
    if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.into_owned() }
}

#[test]
fn no_format_lets_a_control_character_or_direction_override_through() {
    for (format, text) in export_common::all_formats(&export_common::nasty()) {
        let text = if format == "csv" { text.replace("\r\n", "\n") } else { text };
        let bad: Vec<char> = text.chars().filter(|c| *c != '\n' && dmu::text::is_unsafe(*c)).collect();
        assert!(bad.is_empty(), "{format} lets {bad:?} through");
        assert!(!text.contains('\u{1b}') && !text.contains('\u{202E}'), "{format}");
    }
}

#[test]
fn csv_parses_back_into_the_same_fields() {
    let a = export_common::nasty();
    let records = read_csv(&to_csv(&a));
    assert_eq!(records.len(), a.people.len() + 1);
    assert_eq!(
        records[0],
        [
            "id",
            "name",
            "title",
            "department",
            "roles",
            "stance",
            "influence",
            "covered_by",
            "last_contact",
            "stance_basis",
            "stance_on",
            "status",
            "status_on",
            "favours",
            "email",
            "phone",
            "external_ids",
            "manager",
            "manager_id"
        ]
    );
    for (p, r) in a.people.iter().zip(&records[1..]) {
        assert_eq!(r.len(), 19, "{r:?}");
        assert_eq!(r[0], guarded(&p.id));
        assert_eq!(r[1], guarded(&p.name));
        assert_eq!(r[2], guarded(p.title.as_deref().unwrap_or_default()));
        assert_eq!(r[3], guarded(p.department.as_deref().unwrap_or_default()));
        assert_eq!(r[8], p.last_contact.map(|d| d.to_string()).unwrap_or_default());
        assert_eq!((r[9].as_str(), r[11].as_str()), (p.basis().key(), p.status().key()));
        assert_eq!(r[13], guarded(p.favours.as_deref().unwrap_or_default()));
        for f in r {
            assert!(!f.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula not guarded: {f:?}");
        }
    }
    let eq = records.iter().find(|r| r[0] == "p-eq").unwrap();
    assert_eq!(eq[1], "'=SUM(A1:A9)");
    let first = &records[1];
    assert_eq!(first[7], "Ann, \"The Closer\" \\ (weak);=cmd|' /C calc'!A0\u{FFFD}[8m (strong)");
}

/// The text of every `"..."` on a DOT line, undoing `\"` and `\\`; panics on a
/// string left open at the end of the line (we never write multi-line strings).
fn dot_strings(line: &str) -> Vec<String> {
    let (mut out, mut chars) = (Vec::new(), line.chars());
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        loop {
            match chars.next().unwrap_or_else(|| panic!("string left open: {line}")) {
                '\\' => match chars.next() {
                    Some('\\') => s.push('\\'),
                    Some('"') => s.push('"'),
                    Some('n') => s.push('\n'),
                    other => panic!("unexpected escape \\{other:?} in {line}"),
                },
                '"' => break,
                c => s.push(c),
            }
        }
        out.push(s.replace("&amp;", "&"));
    }
    out
}

#[test]
fn dot_ids_and_labels_decode_to_the_names() {
    let a = export_common::nasty();
    let dot = to_dot(&a);
    let node_lines: Vec<&str> = dot.lines().filter(|l| l.starts_with("  \"p:")).collect();
    assert_eq!(node_lines.len(), a.people.len());
    for (p, line) in a.people.iter().zip(&node_lines) {
        let strings = dot_strings(line);
        assert_eq!(strings[0], format!("p:{}", inert(&p.id)));
        let label: Vec<&str> = strings[1].split('\n').collect();
        assert_eq!(label[0], inert(&p.name), "name is the first label line");
        assert_eq!(label[1], inert(p.title.as_deref().unwrap()));
        assert_eq!(label.len(), 3, "only our own line breaks: {label:?}");
    }
    for line in dot.lines() {
        dot_strings(line); // every other string on every line is closed and well escaped
    }
}

/// A Mermaid label with its entity codes decoded.
fn mermaid_decode(label: &str) -> String {
    let mut out = String::new();
    let mut rest = label;
    while let Some(i) = rest.find('#') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find(';').expect("an entity code ends with ;") + i;
        let code = &rest[i + 1..end];
        out.push(match code {
            "quot" => '"',
            n => char::from_u32(n.parse().expect("a numeric entity")).unwrap(),
        });
        rest = &rest[end + 1..];
    }
    out + rest
}

#[test]
fn mermaid_labels_hold_no_syntax_and_decode_to_the_names() {
    let a = export_common::nasty();
    let text = to_mermaid(&a);
    let nodes: Vec<&str> = text.lines().filter(|l| l.contains("[\"")).collect();
    assert_eq!(nodes.len(), a.people.len());
    for (i, (p, line)) in a.people.iter().zip(&nodes).enumerate() {
        let rest = line.strip_prefix(&format!("  n{i}[\"")).expect("generated ids in order");
        let (label, class) = rest.split_once("\"]:::").expect("label closed before the class");
        assert_eq!(class, p.stance.key());
        assert!(!label.contains('"'), "an unescaped quote in {label}");
        for c in ['[', ']', '|', '`', ';', '<', '>', '{', '}', '(', ')'] {
            let outside_entities: String = label
                .replace("<br/>", "")
                .split('#')
                .map(|s| s.split_once(';').map_or(s, |(_, t)| t))
                .collect();
            assert!(!outside_entities.contains(c), "{c} in {label}");
        }
        let lines: Vec<String> = label.split("<br/>").map(mermaid_decode).collect();
        assert_eq!(lines[0], inert(&p.name));
        assert_eq!(lines[1], inert(p.title.as_deref().unwrap()));
    }
    for line in text.lines().filter(|l| l.contains("->")) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        assert!(parts.len() == 3 && parts[0].starts_with('n') && parts[2].starts_with('n'), "{line}");
    }
}

/// A Markdown table row split into cells on the pipes that are not escaped, with the
/// backslash escapes undone.
fn md_cells(row: &str) -> Vec<String> {
    let (mut cells, mut cell, mut chars) = (Vec::new(), String::new(), row.chars());
    while let Some(c) = chars.next() {
        match c {
            '\\' => cell.push(chars.next().expect("a backslash escapes something")),
            '|' => cells.push(std::mem::take(&mut cell).trim().to_string()),
            c => cell.push(c),
        }
    }
    cells.push(cell.trim().to_string());
    cells
}

#[test]
fn markdown_tables_keep_their_columns_and_names_cannot_inject_markup() {
    let a = export_common::nasty();
    let md = to_markdown(&a, "2026-11-27".parse().unwrap());
    // Each table's rows have as many cells as its header row (whose cells are ours).
    let mut columns = None;
    for line in md.lines() {
        match (line.starts_with('|'), columns) {
            (true, None) => columns = Some(md_cells(line).len()),
            (true, Some(n)) => assert_eq!(md_cells(line).len(), n, "{line}"),
            (false, _) => columns = None,
        }
    }
    let users: Vec<&str> =
        md.lines().skip_while(|l| !l.starts_with("### Users")).skip(4).take(a.people.len()).collect();
    assert_eq!(users.len(), a.people.len(), "everyone in the nasty account is a user");
    for (p, row) in a.people.iter().zip(users) {
        let cells = md_cells(row);
        assert_eq!(cells.len(), 12, "{row}");
        assert_eq!(cells[1], inert(&p.name).trim());
        assert_eq!(cells[2], inert(p.title.as_deref().unwrap()).trim());
    }
    // Every Markdown-significant character in the user text arrives escaped.
    for line in md.lines() {
        let mut escaped = false;
        for c in line.chars() {
            if !escaped && matches!(c, '<' | '>' | '[' | ']' | '`' | '_' | '&') {
                panic!("unescaped {c:?} in {line}");
            }
            escaped = !escaped && c == '\\';
        }
    }
    // User text that starts a line or a list item cannot start a block of its own.
    for line in md.lines() {
        let text = line.strip_prefix("- ").or_else(|| line.strip_prefix("# ")).unwrap_or(line);
        let list_or_break =
            text.starts_with(['-', '+', '=']) || text.starts_with(|c: char| c.is_ascii_digit());
        assert!(!list_or_break || line.starts_with('|'), "a block starts in {line}");
    }
    assert!(md.contains(r"\<script\>"), "HTML shown, not run");
    assert!(
        md.lines().any(|l| l == r"\# heading - list \<script\>alert(1)\</script\>  1. one"),
        "notes stay one paragraph"
    );
}

/// The characters no export may hold raw, listed here rather than taken from
/// `dmu::text`, so that a gap in the program's own list cannot hide itself: C0
/// controls, DEL, C1 controls, and every bidirectional control (U+061C included).
fn dangerous(c: char) -> bool {
    matches!(c as u32, 0x00..=0x1F | 0x7F..=0x9F | 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
}

#[test]
fn no_format_lets_any_c0_c1_or_bidi_control_through() {
    let all: String = (0u32..=0x9F)
        .chain([0x061C, 0x200E, 0x200F])
        .chain(0x202A..=0x202E)
        .chain(0x2066..=0x2069)
        .filter_map(char::from_u32)
        .filter(|c| dangerous(*c))
        .collect();
    let mut a = dmu::model::Account::new("acc", format!("Acc {all}"));
    a.notes = Some(format!("notes {all}"));
    let mut p = dmu::model::Person::new("p1", format!("Pat {all}"));
    p.title = Some(format!("T {all}"));
    a.people.push(p);
    a.people.push(dmu::model::Person::new(format!("p2{all}"), "\u{061C}Sam\u{2067}"));
    for (format, text) in export_common::all_formats(&a) {
        // CSV's CRLF record ends are the writer's own.
        let text = if format == "csv" { text.replace("\r\n", "\n") } else { text };
        let raw: Vec<char> = text.chars().filter(|c| *c != '\n' && dangerous(*c)).collect();
        assert!(raw.is_empty(), "{format} lets {raw:?} through");
        assert!(text.contains("Sam"), "{format} still shows the name");
    }
}

/// The `from` and `to` names of the links drawn between people, in file order: the
/// name of the first person with each id (what the file's index resolves an id to).
fn expected_edges(a: &dmu::model::Account) -> Vec<(String, String)> {
    let name = |id: &str| a.person(id).map(|p| p.name.clone());
    a.links.iter().filter_map(|l| Some((name(&l.from)?, name(&l.to)?))).collect()
}

#[test]
fn dot_gives_every_person_a_node_of_their_own_and_joins_the_right_people() {
    let a = export_common::look_alikes();
    let dot = to_dot(&a);
    let mut name_of = std::collections::HashMap::new();
    for line in dot.lines().filter(|l| l.starts_with("  \"p:")) {
        let strings = dot_strings(line);
        let name = strings[1].split('\n').next().unwrap().to_string();
        assert!(name_of.insert(strings[0].clone(), name).is_none(), "node {:?} twice", strings[0]);
    }
    assert_eq!(name_of.len(), a.people.len(), "one node per person:\n{dot}");
    let edges: Vec<(String, String)> = dot
        .lines()
        .filter(|l| l.contains(" -> "))
        .map(|l| {
            let s = dot_strings(l);
            (name_of[&s[0]].clone(), name_of[&s[1]].clone())
        })
        .collect();
    // The file lists its reports-to links first, as the drawing does, so the orders agree.
    assert_eq!(edges, expected_edges(&a), "every edge joins the people the file links:\n{dot}");
    // A person whose id needs no change keeps it, so the file stays readable.
    assert!(dot.contains("\"p:a-b\" [label=\"Person 6"), "{dot}");
    assert!(dot.contains("\"p:a b\" [label=\"Person 0"), "{dot}");
}

#[test]
fn mermaid_gives_every_person_a_node_of_their_own_and_joins_the_right_people() {
    let a = export_common::look_alikes();
    let text = to_mermaid(&a);
    let mut name_of = std::collections::HashMap::new();
    for line in text.lines().filter(|l| l.contains("[\"")) {
        let (id, rest) = line.trim().split_once("[\"").unwrap();
        let name = mermaid_decode(rest.split("<br/>").next().unwrap());
        assert!(name_of.insert(id.to_string(), name).is_none(), "node {id} twice");
    }
    assert_eq!(name_of.len(), a.people.len());
    let edges: Vec<(String, String)> = text
        .lines()
        .filter(|l| l.contains("->"))
        .map(|l| {
            let parts: Vec<&str> = l.split_whitespace().collect();
            (name_of[parts[0]].clone(), name_of[parts[2]].clone())
        })
        .collect();
    assert_eq!(edges, expected_edges(&a), "every edge joins the people the file links:\n{text}");
}
