//! The vCard and Excel readers end to end: a fixture file read from disk as an import
//! reads it, mapped, and its rows as contacts, field by field. The fixtures are in
//! `tests/fixtures/import/` (the workbooks are written by `make_xlsx.py` there).

use dmu::import::{self, Contact, Format, ImportError, Progress, ReadOptions, Table, contact::contacts};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
}

fn read(path: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
    import::read_file(path, &ReadOptions { sheet: sheet.map(str::to_string) }, &Progress::none())
}

/// The fixture's rows as contacts, read, mapped and converted as an import does.
fn import(name: &str, sheet: Option<&str>) -> (Table, Vec<Contact>) {
    let table = read(&fixture(name), sheet).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mapping = import::mapping_for(&table, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    let people = contacts(&table, &mapping);
    (table, people)
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// A contact with the facts every fixture row gives: where it is, the name, title,
/// email and phone.
fn person(line: usize, name: &str, title: &str, email: &str, phone: &str) -> Contact {
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Contact {
        line,
        name: name.into(),
        title: opt(title),
        email: opt(email),
        phone: opt(phone),
        ..Contact::default()
    }
}

#[test]
fn outlook_21_quoted_printable_cyrillic_in_both_charsets() {
    let (table, people) = import("vcard21_outlook.vcf", None);
    assert_eq!(table.format, Format::VCard);
    assert_eq!(
        people,
        [
            Contact {
                department: some("Отдел продаж"),
                company: some("ООО \"Ромашка\""),
                manager_name: some("Анна Сергеевна Петрова"),
                // The work voice number, not the home, cell or work fax.
                ..person(
                    1,
                    "Иван Петрович Иванов",
                    "Коммерческий директор",
                    "ivanov@romashka.ru",
                    "+7 (495) 123-45-67"
                )
            },
            Contact {
                department: some("Отдел закупок / Группа импорта"),
                company: some("ООО \"Ромашка\""),
                manager_name: some("Иван Петрович Иванов"),
                ..person(
                    17,
                    "Елена Викторовна Смирнова",
                    "Руководитель группы закупок импортного оборудования",
                    "smirnova@romashka.ru",
                    "+7 (495) 123-45-70",
                )
            },
            // No FN: the name is N's given and family name; the photo's lines are skipped.
            Contact {
                company: some("Peanuts Ltd"),
                ..person(38, "Charlie Brown", "Buyer", "charlie@peanuts.example", "555-0199")
            },
        ]
    );
}

#[test]
fn apple_30_groups_labels_escapes_and_cjk() {
    let (table, people) = import("vcard30_apple.vcf", None);
    assert_eq!(table.format, Format::VCard);
    // The third card is a contact group, not a person.
    assert_eq!(
        people,
        [
            Contact {
                external_id: some("1E5F3A2C-0B5C-4A53-9B6E-1A2B3C4D5E6F:ABPerson"),
                department: some("Procurement / EMEA"),
                company: some("Globex Corporation"),
                manager_name: some("Hank Scorpio"),
                // The work email over the home one marked preferred; the work phone over the cell.
                ..person(
                    1,
                    "\"Mack\" O'Brien, Jr.",
                    "Head of Procurement, EMEA",
                    "mack.obrien@globex.example",
                    "+1 (555) 010-0002",
                )
            },
            Contact {
                external_id: some("7C1A7E0D-55B2-4F43-8E0A-2D7F3E9B1C44:ABPerson"),
                department: some("営業部"),
                company: some("株式会社サンプル"),
                manager_name: some("\"Mack\" O'Brien, Jr."),
                ..person(23, "山田 太郎", "部長", "yamada@sample.co.jp", "+81 3-1234-5678")
            },
        ]
    );
}

#[test]
fn vcard_40_uids_tel_uris_and_managers_by_uid() {
    let (table, people) = import("vcard40.vcf", None);
    let mapping = import::mapping_for(&table, None).unwrap();
    assert_eq!((mapping.system.as_deref(), mapping.source.as_str()), (Some("vcard"), "vCard"));
    assert_eq!(
        people,
        [
            Contact {
                external_id: some("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"),
                department: some("IT / Infrastructure"),
                company: some("Initech GmbH"),
                ..person(1, "Dr. Anna Schmidt", "CIO", "anna.schmidt@initech.example", "+49-30-1234567")
            },
            Contact {
                external_id: some("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"),
                department: some("IT"),
                company: some("Initech GmbH"),
                // By UID, and named from the manager's own card in the file.
                manager_id: some("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"),
                manager_name: some("Dr. Anna Schmidt"),
                ..person(
                    12,
                    "Peter Ron Gibbons",
                    "Systems Engineer",
                    "peter.gibbons@initech.example",
                    "+49-30-1234568 ext. 42",
                )
            },
            Contact {
                external_id: some("3c3e6f5a-1111-4a4a-8b8b-000000000003"),
                company: some("Initech GmbH"),
                manager_name: some("Bill Lumbergh"),
                ..person(25, "Joanna Müller", "Office Manager", "joanna@initech.example", "+49-30-1234500")
            },
        ]
    );
}

#[test]
fn a_vcard_cut_off_before_its_end_names_the_card() {
    let text = std::fs::read_to_string(fixture("vcard40.vcf")).unwrap();
    let cut = &text[..text.rfind("END:VCARD").unwrap()];
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("cut.vcf");
    std::fs::write(&path, cut).unwrap();
    match read(&path, None) {
        Err(ImportError::Malformed { line: 25, why }) => assert!(why.contains("no END:VCARD"), "{why}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn excel_first_visible_sheet_with_numbers_as_text() {
    let (table, people) = import("contacts.xlsx", None);
    assert_eq!((table.format, table.header_line), (Format::Xlsx, 1));
    assert_eq!(
        table.headers,
        ["First Name", "Last Name", "Title", "Department", "Email", "Phone", "Account Name", "Reports To"]
    );
    let romashka = |c: Contact| Contact { company: some("ООО «Ромашка»"), ..c };
    assert_eq!(
        people,
        [
            // The phone stored as a number stays all digits.
            romashka(Contact {
                department: some("Продажи"),
                ..person(2, "Иван Иванов", "Коммерческий директор", "ivanov@romashka.ru", "79161234567")
            }),
            romashka(Contact {
                department: some("Закупки"),
                manager_name: some("Иван Иванов"),
                ..person(
                    3,
                    "Мария Петрова",
                    "Менеджер по закупкам",
                    "petrova@romashka.ru",
                    "+7 (495) 123-45-67"
                )
            }),
            Contact {
                department: some("営業部"),
                company: some("株式会社サンプル"),
                ..person(4, "太郎 山田", "部長", "yamada@sample.co.jp", "81312345678")
            },
            Contact {
                department: some("Sales"),
                company: some("Globex, Inc. \"West\""),
                manager_name: some("Иван Иванов"),
                ..person(5, "\"Mack\" O'Brien, Jr.", "VP, Sales", "mack@globex.example", "")
            },
            // Its trailing cells were never written; the row still has every column.
            person(6, "Jane Doe", "Analyst", "", ""),
        ]
    );
}

#[test]
fn excel_sheet_by_name_keeps_the_sheets_row_numbers() {
    let (table, people) = import("contacts.xlsx", Some("Other"));
    assert_eq!(table.headers, ["Name", "Email", "Met On", "Active"]);
    assert_eq!(table.header_line, 3);
    let cells: Vec<(usize, Vec<&str>)> =
        table.rows.iter().map(|r| (r.line, (0..4).map(|i| r.cell(i)).collect())).collect();
    assert_eq!(
        cells,
        [
            (4, vec!["Ann Lee", "ann@lee.example", "2024-05-17", "TRUE"]),
            (5, vec!["Bo Chen", "bo@chen.example", "", "FALSE"]),
        ]
    );
    assert_eq!(
        people,
        [person(4, "Ann Lee", "", "ann@lee.example", ""), person(5, "Bo Chen", "", "bo@chen.example", "")]
    );
}

#[test]
fn excel_missing_sheet_lists_the_sheets() {
    assert_eq!(
        read(&fixture("contacts.xlsx"), Some("Leads")).unwrap_err(),
        ImportError::NoSheet { wanted: "Leads".into(), sheets: "Lists, Contacts, Other".into() }
    );
}

#[test]
fn a_broken_workbook_says_what_is_wrong() {
    let bytes = std::fs::read(fixture("contacts.xlsx")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("truncated.xlsx");
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    match read(&path, None) {
        Err(ImportError::Workbook(why)) => assert!(why.contains("damaged or cut off"), "{why}"),
        other => panic!("{other:?}"),
    }
    match read(&fixture("not_a_workbook.xlsx"), None) {
        Err(ImportError::Workbook(why)) => assert!(why.contains("not an Excel workbook"), "{why}"),
        other => panic!("{other:?}"),
    }
}
