//! Each CRM's contact export, as that product writes it (`tests/fixtures/import/`,
//! made by `generate.py` there), read into contacts: which export it is recognised
//! as, how its text was read, and what each person comes out as.

use dmu::import::contact::{Contact, contacts};
use dmu::import::{Mapping, Progress, Table, mapping_for, read_file};
use dmu::model::{Influence, Role, Stance};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
}

fn read(name: &str) -> (Table, Mapping, Vec<Contact>) {
    let table = read_file(&fixture(name), &Default::default(), &Progress::none())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mapping = mapping_for(&table, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    let people = contacts(&table, &mapping);
    (table, mapping, people)
}

/// What a row says of a person, the fields every export has.
#[derive(Debug, PartialEq)]
struct Seen<'a> {
    id: Option<&'a str>,
    name: &'a str,
    title: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
    company: Option<&'a str>,
}

fn seen(c: &Contact) -> Seen<'_> {
    Seen {
        id: c.external_id.as_deref(),
        name: &c.name,
        title: c.title.as_deref(),
        email: c.email.as_deref(),
        phone: c.phone.as_deref(),
        company: c.company.as_deref(),
    }
}

fn person<'a>(
    id: &'a str,
    name: &'a str,
    title: &'a str,
    email: &'a str,
    phone: &'a str,
    company: &'a str,
) -> Seen<'a> {
    let some = |s: &'a str| (!s.is_empty()).then_some(s);
    Seen {
        id: some(id),
        name,
        title: some(title),
        email: some(email),
        phone: some(phone),
        company: some(company),
    }
}

fn managers(people: &[Contact]) -> Vec<(Option<&str>, Option<&str>)> {
    people.iter().map(|c| (c.manager_name.as_deref(), c.manager_id.as_deref())).collect()
}

fn source(m: &Mapping) -> (&str, Option<&str>) {
    (m.source.as_str(), m.system.as_deref())
}

#[test]
fn a_salesforce_report() {
    let (t, m, people) = read("salesforce_report.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8", Some(b',')));
    assert_eq!(source(&m), ("Salesforce report", Some("salesforce")));
    let h = "Helios Freight AG";
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            person(
                "0035g00000Hq7AAAAZ",
                "Margaret Chen",
                "Chief Executive Officer",
                "m.chen@heliosfreight.example",
                "+41 44 500 10 00",
                h
            ),
            person(
                "0035g00000Hq7ABAAZ",
                "由紀 田中",
                "Chief Financial Officer",
                "y.tanaka@heliosfreight.example",
                "+41 44 500 10 10",
                h
            ),
            person(
                "0035g00000Hq7ACAAZ",
                "Дмитрий Соколов",
                "Head of IT",
                "d.sokolov@heliosfreight.example",
                "+41 44 500 10 20",
                h
            ),
            person(
                "0035g00000Hq7ADAAZ",
                "Robert \"Bob\" Smith, Jr.",
                "Procurement Manager",
                "bob.smith@heliosfreight.example",
                "+41 44 500 10 30",
                h
            ),
            // No office phone: the mobile one.
            person(
                "0035g00000Hq7AEAAZ",
                "Priya Nair",
                "Enterprise Architect",
                "p.nair@heliosfreight.example",
                "+41 79 500 10 41",
                h
            ),
            person(
                "0035g00000Hq7AFAAZ",
                "Lukas Becker",
                "Financial Controller",
                "l.becker@heliosfreight.example",
                "+41 44 500 10 50",
                h
            ),
        ]
    );
    assert_eq!(
        managers(&people),
        [
            (None, None),
            (Some("Margaret Chen"), None),
            (Some("Margaret Chen"), None),
            (Some("由紀 田中"), None),
            (Some("Дмитрий Соколов"), None),
            (Some("由紀 田中"), None),
        ]
    );
    assert_eq!(people[2].department.as_deref(), Some("IT"));
}

#[test]
fn a_salesforce_data_loader_export() {
    let (t, m, people) = read("salesforce_dataloader.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8", Some(b',')));
    assert_eq!(source(&m), ("Salesforce Data Loader export", Some("salesforce")));
    let n = "Nordwind Maschinenbau GmbH";
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            person(
                "0035g00000Lm1AAAAZ",
                "Katrin Vogel",
                "Geschäftsführerin",
                "k.vogel@nordwind.example",
                "+49 40 300 200 0",
                n
            ),
            person(
                "0035g00000Lm1ABAAZ",
                "建国 王",
                "Leiter Einkauf",
                "j.wang@nordwind.example",
                "+49 40 300 200 10",
                n
            ),
            person(
                "0035g00000Lm1ACAAZ",
                "Анна Кузнецова",
                "IT-Leiterin",
                "a.kuznetsova@nordwind.example",
                "+49 40 300 200 20",
                n
            ),
            person(
                "0035g00000Lm1ADAAZ",
                "Hans-Peter \"HP\" Müller, Dr.",
                "Einkäufer",
                "hp.mueller@nordwind.example",
                "+49 170 300 2030",
                n
            ),
            person(
                "0035g00000Lm1AEAAZ",
                "Sofia Rossi",
                "Systemadministratorin",
                "s.rossi@nordwind.example",
                "+49 40 300 200 40",
                n
            ),
        ]
    );
    // `ReportsToId` is the manager's Salesforce id; `AccountId` is not a company name.
    assert_eq!(
        managers(&people),
        [
            (None, None),
            (None, Some("0035g00000Lm1AAAAZ")),
            (None, Some("0035g00000Lm1AAAAZ")),
            (None, Some("0035g00000Lm1ABAAZ")),
            (None, Some("0035g00000Lm1ACAAZ")),
        ]
    );
}

#[test]
fn a_hubspot_export_with_buying_roles() {
    let (t, m, people) = read("hubspot.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8 with BOM", Some(b',')));
    assert_eq!(source(&m), ("HubSpot export", Some("hubspot")));
    let b = "Brightwave Retail Ltd";
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            person(
                "51234001",
                "Sarah O'Neil",
                "Chief Operating Officer",
                "s.oneil@brightwave.example",
                "+44 20 7946 0101",
                b
            ),
            person(
                "51234002",
                "娜 李",
                "Head of E-commerce",
                "na.li@brightwave.example",
                "+44 20 7946 0102",
                b
            ),
            person(
                "51234003",
                "Олег Иванов",
                "IT Security Lead",
                "o.ivanov@brightwave.example",
                "+44 20 7946 0103",
                b
            ),
            person(
                "51234004",
                "Thomas \"Tom\" Müller, PhD",
                "Chief Digital Officer",
                "t.mueller@brightwave.example",
                "",
                b
            ),
            person(
                "51234005",
                "Emma Johansson",
                "Store Operations Manager",
                "e.johansson@brightwave.example",
                "+44 20 7946 0105",
                b
            ),
            person(
                "51234006",
                "Ravi Patel",
                "General Counsel",
                "r.patel@brightwave.example",
                "+44 20 7946 0106",
                b
            ),
            person(
                "51234007",
                "Chloe Martin",
                "Procurement Specialist",
                "c.martin@brightwave.example",
                "",
                b
            ),
        ]
    );
    use Role::*;
    assert_eq!(
        people.iter().map(|c| (c.roles.clone(), c.stance)).collect::<Vec<_>>(),
        [
            (vec![Decider, Payer], None),
            (vec![Influencer], Some(Stance::Champion)),
            (vec![], Some(Stance::Opponent)),
            (vec![Decider], Some(Stance::Supporter)),
            (vec![User, Influencer], None),
            (vec![Gatekeeper], None),
            (vec![], None),
        ]
    );
    assert!(people.iter().all(|c| c.manager_name.is_none() && c.manager_id.is_none()));
}

#[test]
fn a_pipedrive_export_after_its_instruction_row() {
    let (t, m, people) = read("pipedrive.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8", Some(b',')));
    assert_eq!(source(&m), ("Pipedrive export", Some("pipedrive")));
    assert_eq!(t.header_line, 2);
    assert_eq!(t.preamble.len(), 1);
    assert_eq!(t.preamble[0].0, 1);
    assert!(t.preamble[0].1.starts_with("This file was exported from Pipedrive"), "{:?}", t.preamble);
    let f = "Fjord Analytics AS";
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            person("301", "Ingrid Halvorsen", "CEO", "ingrid@fjordanalytics.example", "+47 22 00 11 01", f),
            // `Person - Name` is the name as Pipedrive shows it.
            person("302", "佐藤 健", "CTO", "k.sato@fjordanalytics.example", "+47 22 00 11 02", f),
            person(
                "303",
                "Ola \"Junior\" Nordmann, Jr.",
                "Head of Data",
                "ola@fjordanalytics.example",
                "+47 22 00 11 03",
                f
            ),
            person(
                "304",
                "Светлана Морозова",
                "Data Engineer",
                "s.morozova@fjordanalytics.example",
                "+47 22 00 11 04",
                f
            ),
            person(
                "305",
                "Erik Lund",
                "Procurement Lead",
                "erik.lund@fjordanalytics.example",
                "+47 900 11 005",
                f
            ),
        ]
    );
    assert_eq!(people[0].line, 3);
}

#[test]
fn a_zoho_export_with_its_reporting_line() {
    let (t, m, people) = read("zoho.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8", Some(b',')));
    assert_eq!(source(&m), ("Zoho CRM export", Some("zoho")));
    let s = "Sunrise Hospitality Pvt Ltd";
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            person(
                "zcrm_5725767000000419001",
                "Vikram Mehta",
                "Managing Director",
                "vikram.mehta@sunrise.example",
                "+91 22 4000 1001",
                s
            ),
            person(
                "zcrm_5725767000000419002",
                "Ananya Iyer",
                "Chief Operating Officer",
                "ananya.iyer@sunrise.example",
                "+91 22 4000 1002",
                s
            ),
            person(
                "zcrm_5725767000000419003",
                "伟 陈",
                "Head of Procurement",
                "wei.chen@sunrise.example",
                "+91 22 4000 1003",
                s
            ),
            person(
                "zcrm_5725767000000419004",
                "Алексей Волков",
                "IT Manager",
                "a.volkov@sunrise.example",
                "+91 98200 01004",
                s
            ),
            person(
                "zcrm_5725767000000419005",
                "Mary-Kate \"MK\" D'Souza, CPA",
                "Finance Controller",
                "mk.dsouza@sunrise.example",
                "+91 22 4000 1005",
                s
            ),
            person(
                "zcrm_5725767000000419006",
                "Rohan Kapoor",
                "Purchase Executive",
                "rohan.kapoor@sunrise.example",
                "+91 22 4000 1006",
                s
            ),
        ]
    );
    assert_eq!(
        managers(&people),
        [
            (None, None),
            (Some("Vikram Mehta"), None),
            (Some("Ananya Iyer"), None),
            (Some("Ananya Iyer"), None),
            (Some("Vikram Mehta"), None),
            (Some("伟 陈"), None),
        ]
    );
    assert_eq!(people[4].department.as_deref(), Some("Finance"));
}

const VTZ: &str = "ООО \"Волжский трубный завод\"";

#[test]
fn a_bitrix24_file_russian_excel_saved() {
    let (t, m, people) = read("bitrix24_cp1251.csv");
    assert_eq!((t.encoding, t.delimiter), ("Windows-1251", Some(b';')));
    assert_eq!(source(&m), ("Bitrix24 export", Some("bitrix24")));
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            // First name, patronymic, last name.
            person(
                "1201",
                "Алексей Петрович Кузнецов",
                "Генеральный директор",
                "a.kuznetsov@vtz.example",
                "+7 (8443) 55-10-01",
                VTZ
            ),
            person(
                "1202",
                "Ольга Сергеевна Белова",
                "Финансовый директор",
                "o.belova@vtz.example",
                "+7 (8443) 55-10-02",
                VTZ
            ),
            person(
                "1203",
                "Игорь Николаевич Фёдоров",
                "Начальник отдела закупок",
                "i.fedorov@vtz.example",
                "+7 (917) 555-01-03",
                VTZ
            ),
            person("1204", "Наталья Ким", "Главный инженер", "n.kim@vtz.example", "+7 (8443) 55-10-04", VTZ),
            person(
                "1205",
                "Сергей Александрович Орлов-Задунайский",
                "Заместитель главного инженера, ОГМ",
                "s.orlov@vtz.example",
                "+7 (8443) 55-10-05",
                VTZ
            ),
            person(
                "1206",
                "Юлия Викторовна Соловьёва",
                "Специалист по закупкам",
                "",
                "+7 (8443) 55-10-06",
                VTZ
            ),
        ]
    );
    // `Обращение`, `Тип контакта` and `Ответственный` (the rep) are not the person's.
    assert_eq!(m.fields[1], None);
    assert_eq!(m.fields[10], None);
    assert_eq!(m.fields[11], None);
}

#[test]
fn a_bitrix24_export_in_utf8() {
    let (t, m, people) = read("bitrix24_utf8.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8", Some(b',')));
    assert_eq!(source(&m), ("Bitrix24 export", Some("bitrix24")));
    let u = "АО «Уральский приборный завод»";
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            person(
                "877",
                "Виктор Андреевич Лебедев",
                "Директор по производству",
                "v.lebedev@upz.example",
                "+7 (343) 210-40-01",
                u
            ),
            person("878", "丽 王", "Руководитель проекта", "li.wang@upz.example", "+7 (343) 210-40-02", u),
            person(
                "879",
                "Пётр \"Петя\" Ильич Иванов-Петров, мл.",
                "Инженер-технолог",
                "p.ivanov@upz.example",
                "+7 (912) 210-40-03",
                u
            ),
            person(
                "880",
                "Елена Игоревна Зайцева",
                "Главный бухгалтер",
                "e.zaitseva@upz.example",
                "+7 (343) 210-40-04",
                u
            ),
            person(
                "881",
                "Артём Олегович Гусев",
                "Начальник отдела ИТ",
                "a.gusev@upz.example",
                "+7 (343) 210-40-05",
                u
            ),
        ]
    );
}

#[test]
fn an_amocrm_export() {
    let (t, m, people) = read("amocrm.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8 with BOM", Some(b';')));
    assert_eq!(source(&m), ("amoCRM export", Some("amocrm")));
    let c = "ООО «ТехноСервис Юг»";
    assert_eq!(
        people.iter().map(seen).collect::<Vec<_>>(),
        [
            // The full name as amoCRM keeps it, over the first and last names.
            person(
                "34001",
                "Григорьев Павел",
                "Коммерческий директор",
                "p.grigoriev@tsyug.example",
                "+7 861 200-30-01",
                c
            ),
            person(
                "34002",
                "Смирнова Анна Викторовна",
                "Главный бухгалтер",
                "a.smirnova@tsyug.example",
                "+7 861 200-30-02",
                c
            ),
            person("34003", "陈静", "Инженер по закупкам", "jing.chen@tsyug.example", "+7 918 200-30-03", c),
            person(
                "34004",
                "Ковалёв Дмитрий \"Дима\", снабжение",
                "Менеджер по снабжению",
                "d.kovalev@tsyug.example",
                "+7 861 200-30-04",
                c
            ),
            person(
                "34005",
                "Орлова Мария",
                "Руководитель ИТ",
                "m.orlova@tsyug.example",
                "+7 861 200-30-05",
                c
            ),
        ]
    );
}

#[test]
fn a_report_over_the_whole_crm_keeps_each_company() {
    let (t, m, people) = read("whole_crm.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8", Some(b',')));
    assert_eq!(source(&m), ("Salesforce report", Some("salesforce")));
    let companies: Vec<(&str, Option<&str>)> =
        people.iter().map(|c| (c.name.as_str(), c.company.as_deref())).collect();
    assert_eq!(
        companies,
        [
            ("Margaret Chen", Some("Helios Freight AG")),
            ("Lukas Becker", Some("Helios Freight AG")),
            ("Алексей Кузнецов", Some(VTZ)),
            ("Ольга Белова", Some(VTZ)),
            ("Игорь Фёдоров", Some(VTZ)),
            ("健一 山本", Some("神戸精密株式会社")),
            ("Hiro Sato, MBA", Some("神戸精密株式会社")),
        ]
    );
    assert_eq!(people[4].phone, None);
    assert_eq!(people[5].external_id.as_deref(), Some("0035g00000Kb3AAAAZ"));
}

#[test]
fn dmus_own_export_comes_back_with_its_ids_and_judgements() {
    let (t, m, people) = read("dmu_export.csv");
    assert_eq!((t.encoding, t.delimiter), ("UTF-8", Some(b',')));
    assert_eq!(source(&m), ("dmu export", None));
    let ids: Vec<_> = people.iter().map(|c| (c.person_id.as_deref(), c.external_id.as_deref())).collect();
    assert_eq!(
        ids,
        [(Some("margaret-chen"), None), (Some("dmitry-sokolov"), None), (Some("bob-smith"), None)]
    );
    assert_eq!(people[0].name, "Margaret Chen");
    assert_eq!(people[2].name, "Smith, Robert \"Bob\"");
    // The spreadsheet guard before `+` is dropped.
    assert_eq!(people[0].phone.as_deref(), Some("+41 44 500 10 00"));
    assert_eq!(
        people[1].other_ids,
        [("salesforce".to_string(), "0035g00000Hq7ACAAZ".to_string()), ("hubspot".into(), "51234003".into())]
    );
    use Role::*;
    assert_eq!(people[0].roles, [Decider, Payer]);
    assert_eq!(people[0].stance, Some(Stance::Supporter));
    assert_eq!(people[0].influence, Some(Influence(5)));
    assert_eq!(people[1].roles, [User, Influencer]);
    assert_eq!(people[1].stance, Some(Stance::Skeptic));
    assert_eq!(
        managers(&people),
        [
            (None, None),
            (Some("Margaret Chen"), Some("margaret-chen")),
            (Some("Margaret Chen"), Some("margaret-chen"))
        ]
    );
}
