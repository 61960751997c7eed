//! Which column holds what: the known CRM exports recognised from their headers, and
//! an alias table in English and Russian for any other file.
//!
//! A known export is told by its *marks*: headers that only it writes (Salesforce's
//! `Reports To`, Zoho's `Reporting To`, Bitrix24's `Рабочий e-mail`, amoCRM's
//! `Полное имя контакта`). Shared headers such as `Email` or `ID` never decide, so an
//! `Id` column in some other file does not become a Salesforce id: a file that no
//! export's marks fit is read through the alias table, whose ids are kept under no
//! system. Headers are compared without case, surrounding blanks, a byte order mark,
//! or amoCRM's ` (контакт)` suffix; the table's own spellings compare without
//! punctuation too (`E-mail` is `Email`, `first_name` is `First Name`).

use super::profile::Profile;
use super::{Field, Mapping, Row};
use crate::model::{Role, Stance};

/// The names `--profile` takes for the known exports.
pub const BUILTIN: &[&str] = &["salesforce", "hubspot", "pipedrive", "zoho", "bitrix24", "amocrm", "dmu"];

/// The index of the header among the first records: the first that names a column of
/// people's names (an instruction row above it, as some exports write, is left out);
/// the first record when none does.
pub fn header_row(records: &[Row]) -> usize {
    records
        .iter()
        .take(5)
        .position(|r| {
            let headers: Vec<String> = r.cells.iter().map(|c| c.trim().to_string()).collect();
            recognise(&headers).has_names()
        })
        .unwrap_or(0)
}

/// The mapping of a file with these headers: the known export whose marks fit best,
/// else the alias table (`source` "column names", no `system`).
pub fn recognise(headers: &[String]) -> Mapping {
    let keys = keys_of(headers);
    let mut best: Option<(Score, &Export, Mapping)> = None;
    for e in EXPORTS {
        let score = e.score(&keys);
        if score.marks == 0 || score.marks < e.min_marks {
            continue;
        }
        if best.as_ref().is_some_and(|(b, _, _)| score <= *b) {
            continue;
        }
        let mapping = e.map(&keys);
        if mapping.has_names() {
            best = Some((score, e, mapping));
        }
    }
    match best {
        Some((_, _, mapping)) => mapping,
        None => by_aliases(&keys),
    }
}

/// The field a column name stands for in the alias table.
pub fn alias(header: &str) -> Option<Field> {
    alias_of(&Key::of(header))
}

/// A header as the comparisons see it: lower case, without a byte order mark, with
/// single spaces; `ё` as `е`.
pub fn normalise(header: &str) -> String {
    let lower = header.replace(['\u{feff}', '\u{200b}'], "").to_lowercase().replace('ё', "е");
    lower.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// A known export forced by name (`--profile salesforce`), whatever its headers say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Builtin {
    name: &'static str,
}

impl Builtin {
    /// The name it goes by (one of [`BUILTIN`]).
    pub fn name(self) -> &'static str {
        self.name
    }

    /// The mapping of a file with these headers as this export: of its variants (a
    /// Salesforce report or a Data Loader file), the one that fits the headers best.
    pub fn mapping(self, headers: &[String]) -> Mapping {
        let keys = keys_of(headers);
        let mut best: Option<(Score, &Export)> = None;
        for e in EXPORTS.iter().filter(|e| e.name == self.name) {
            let score = e.score(&keys);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, e));
            }
        }
        match best {
            Some((_, e)) => e.map(&keys),
            None => by_aliases(&keys),
        }
    }
}

/// The known export called `name` (any case; `kommo` is amoCRM, `bitrix` Bitrix24).
pub fn builtin(name: &str) -> Option<Builtin> {
    let n = normalise(name);
    let n = match n.as_str() {
        "kommo" | "amo" | "amo crm" => "amocrm",
        "bitrix" | "bitrix 24" => "bitrix24",
        "zoho crm" | "zohocrm" => "zoho",
        other => other,
    };
    BUILTIN.iter().find(|b| **b == n).map(|b| Builtin { name: b })
}

/// The mapping `--profile NAME` asks for: a saved profile of that name (exactly, else
/// ignoring case), else a known export; an error that lists both otherwise.
pub fn mapping_named(name: &str, headers: &[String], profiles: &[Profile]) -> Result<Mapping, String> {
    let wanted = name.trim();
    let saved = profiles
        .iter()
        .find(|p| p.name == wanted)
        .or_else(|| profiles.iter().find(|p| normalise(&p.name) == normalise(wanted)));
    if let Some(p) = saved {
        return Ok(p.mapping(headers));
    }
    if let Some(b) = builtin(wanted) {
        return Ok(b.mapping(headers));
    }
    let saved: Vec<String> = profiles.iter().map(|p| format!("“{}”", p.name)).collect();
    let saved = if saved.is_empty() { crate::t!("import-no-saved-profiles") } else { saved.join(", ") };
    Err(crate::t!("import-no-profile", wanted = wanted, saved = saved, known = BUILTIN.join(", ")))
}

/// HubSpot's buying role as roles and a stance. Takes HubSpot's internal values and
/// labels (`DECISION_MAKER`, "Decision maker"), dmu's role words and Russian ones
/// (`ЛПР`, "лицо, принимающее решение", "закупщик"), several joined by `;` or `,`;
/// words it does not know are left out. Stances that contradict each other give none.
pub fn buying_role(v: &str) -> (Vec<Role>, Option<Stance>) {
    let mut roles = Vec::new();
    let mut stances = Vec::new();
    // Lists come joined by `;` (HubSpot, dmu) or by commas ("ЛПР, пользователь"); the
    // comma in "лицо, принимающее решение" leaves "принимающее решение", still a decider.
    for m in v.split([';', '|', '\n', ',', '/']).filter_map(role_word) {
        roles.extend_from_slice(m.0);
        stances.extend(m.1);
    }
    roles.sort();
    roles.dedup();
    (roles, stance_of(&stances))
}

/// What one buying-role word says: roles and maybe a stance.
type Meaning = (&'static [Role], Option<Stance>);

fn role_word(word: &str) -> Option<Meaning> {
    use Role::*;
    let w = role_words(word);
    if w.is_empty() {
        return None;
    }
    let english: Option<Meaning> = match w.as_str() {
        "decision maker" | "decider" | "economic decision maker" => Some((&[Decider], None)),
        "budget holder" | "payer" | "economic buyer" => Some((&[Payer], None)),
        "influencer" => Some((&[Influencer], None)),
        "end user" | "user" => Some((&[User], None)),
        "champion" => Some((&[Influencer], Some(Stance::Champion))),
        "blocker" => Some((&[], Some(Stance::Opponent))),
        "executive sponsor" => Some((&[Decider], Some(Stance::Supporter))),
        "legal and compliance" | "legal" | "compliance" | "gatekeeper" => Some((&[Gatekeeper], None)),
        "buyer" | "procurement" | "purchasing" => Some((&[Buyer], None)),
        "initiator" => Some((&[Initiator], None)),
        "other" => Some((&[], None)),
        _ => None,
    };
    if english.is_some() {
        return english;
    }
    // Russian words by their stems, whatever the ending.
    let has = |stem: &str| w.split(' ').any(|x| x.starts_with(stem));
    Some(if has("влия") || has("инфлюенс") {
        (&[Influencer], None)
    } else if has("лпр") || (has("принима") && has("решени")) {
        (&[Decider], None)
    } else if has("пользовател") {
        (&[User], None)
    } else if has("бюджет") || has("плательщ") {
        (&[Payer], None)
    } else if has("закуп") || has("снабжен") {
        (&[Buyer], None)
    } else if has("привратн") {
        (&[Gatekeeper], None)
    } else if has("инициат") {
        (&[Initiator], None)
    } else if has("чемпион") {
        (&[Influencer], Some(Stance::Champion))
    } else if has("сторонник") {
        (&[], Some(Stance::Supporter))
    } else if has("противник") || has("блокир") {
        (&[], Some(Stance::Opponent))
    } else {
        return None;
    })
}

/// A role word for comparison: lower case, `_` and `-` as spaces, `&` as "and",
/// commas and dots left out, single spaces.
fn role_words(word: &str) -> String {
    let lower = word.to_lowercase().replace('ё', "е").replace('&', " and ");
    lower
        .split(|c: char| c.is_whitespace() || matches!(c, '_' | '-' | ',' | '.' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One stance from what several roles said: the strongest of those on one side, none
/// when they disagree (a champion who is also a blocker is not guessed at).
fn stance_of(stances: &[Stance]) -> Option<Stance> {
    let positive = stances.iter().any(|s| matches!(s, Stance::Champion | Stance::Supporter));
    let negative = stances.iter().any(|s| matches!(s, Stance::Opponent | Stance::Skeptic));
    if positive && negative {
        return None;
    }
    stances.iter().copied().min()
}

// ---------------------------------------------------------------------------------
// Headers and keys

/// A header in the forms the comparisons use.
struct Key {
    /// As the file writes it, trimmed and without a byte order mark.
    raw: String,
    /// [`normalise`]d.
    norm: String,
    /// Normalised, amoCRM's ` (контакт)` suffix left out, letters and digits only.
    squash: String,
}

impl Key {
    fn of(header: &str) -> Key {
        let raw = header.replace('\u{feff}', "").trim().to_string();
        let norm = normalise(&raw);
        let squash = squash(&norm);
        Key { raw, norm, squash }
    }
}

fn keys_of(headers: &[String]) -> Vec<Key> {
    headers.iter().map(|h| Key::of(h)).collect()
}

/// The suffixes amoCRM (Kommo) puts after a contact's fields when a file holds
/// several kinds of record.
const CONTACT_SUFFIXES: &[&str] = &["(контакт)", "(contact)"];

/// A normalised header without its contact suffix, letters and digits only.
fn squash(norm: &str) -> String {
    let mut s = norm;
    for suffix in CONTACT_SUFFIXES {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest;
        }
    }
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether a table's spelling is this header.
fn squash_eq(key: &Key, spelling: &str) -> bool {
    key.squash == squash(&normalise(spelling))
}

// ---------------------------------------------------------------------------------
// Known exports

/// A CRM's contact export as dmu knows it.
struct Export {
    /// The name `--profile` takes; two variants may share one (Salesforce).
    name: &'static str,
    /// The words of the summary.
    source: &'static str,
    /// The `external_ids` key of the file's ids.
    system: Option<&'static str>,
    /// Column names as the product writes them and what they hold (`None`: known, not
    /// used), in order of preference when several hold the same field.
    columns: &'static [(&'static str, Option<Field>)],
    /// Headers only this export writes, compared normalised (not squashed: Bitrix24's
    /// `Рабочий e-mail` is not amoCRM's `Рабочий email`).
    marks: &'static [&'static str],
    /// Headers ending so are marks too (amoCRM's ` (контакт)`).
    mark_suffix: Option<&'static str>,
    /// How many marks it takes; more than one where a mark alone could be anyone's.
    min_marks: usize,
}

/// How well an export fits the headers: its marks present, of those how many are
/// spelled exactly as the export spells them (Salesforce's `Contact ID` against
/// Zoho's `Contact Id`), and how many headers it knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    marks: usize,
    exact: usize,
    known: usize,
}

impl Export {
    fn score(&self, keys: &[Key]) -> Score {
        let mut marks = 0;
        let mut exact = 0;
        for m in self.marks {
            let norm = normalise(m);
            if keys.iter().any(|k| k.norm == norm) {
                marks += 1;
                if keys.iter().any(|k| k.raw == *m) {
                    exact += 1;
                }
            }
        }
        if let Some(suffix) = self.mark_suffix {
            let n = keys.iter().filter(|k| k.norm.ends_with(suffix)).count();
            marks += n;
            exact += n;
        }
        let known = keys.iter().filter(|k| self.column(k).is_some()).count();
        Score { marks, exact, known }
    }

    /// The table entry of a header: its place in the table and field.
    fn column(&self, key: &Key) -> Option<(usize, Option<Field>)> {
        self.columns.iter().position(|(c, _)| squash_eq(key, c)).map(|i| (i, self.columns[i].1))
    }

    /// The mapping: the table's field for each header it knows, the alias table's for
    /// the rest except ids (an id column is this system's only when the table says so).
    fn map(&self, keys: &[Key]) -> Mapping {
        let wanted: Vec<Option<(usize, Field)>> = keys
            .iter()
            .map(|k| match self.column(k) {
                Some((i, f)) => f.map(|f| (i, f)),
                None => alias_of(k).filter(|f| !is_id(*f)).map(|f| (self.columns.len(), f)),
            })
            .collect();
        Mapping {
            fields: once_each(&wanted),
            system: self.system.map(str::to_string),
            source: self.source.to_string(),
        }
    }
}

/// Fields that hold ids, taken only from an export's own table.
fn is_id(f: Field) -> bool {
    matches!(f, Field::ExternalId | Field::ExternalIds | Field::PersonId | Field::ManagerId)
}

/// Each field for one column only: the most preferred (lowest rank), then the first.
fn once_each(wanted: &[Option<(usize, Field)>]) -> Vec<Option<Field>> {
    let mut out = vec![None; wanted.len()];
    for (col, w) in wanted.iter().enumerate() {
        let Some((rank, f)) = *w else { continue };
        let better = wanted
            .iter()
            .enumerate()
            .any(|(other, o)| o.is_some_and(|(r, g)| g == f && (r < rank || (r == rank && other < col))));
        if !better {
            out[col] = Some(f);
        }
    }
    out
}

use Field as F;

const SALESFORCE_REPORT: Export = Export {
    name: "salesforce",
    source: "Salesforce report",
    system: Some("salesforce"),
    columns: &[
        ("Contact ID", Some(F::ExternalId)),
        ("First Name", Some(F::FirstName)),
        ("Middle Name", Some(F::MiddleName)),
        ("Last Name", Some(F::LastName)),
        ("Title", Some(F::Title)),
        ("Department", Some(F::Department)),
        ("Email", Some(F::Email)),
        ("Phone", Some(F::Phone)),
        ("Business Phone", Some(F::Phone)),
        ("Mobile", Some(F::Mobile)),
        ("Mobile Phone", Some(F::Mobile)),
        ("Account Name", Some(F::Company)),
        ("Reports To", Some(F::ManagerName)),
        ("Account ID", None),
        ("Contact Owner", None),
        ("Account Owner", None),
        ("Salutation", None),
        ("Home Phone", None),
        ("Other Phone", None),
        ("Assistant", None),
        ("Asst. Phone", None),
        ("Lead Source", None),
    ],
    marks: &[
        "Contact ID",
        "Reports To",
        "Account ID",
        "Account Owner",
        "Created Date",
        "Last Modified Date",
        "Last Activity",
        "Contact Record Type",
    ],
    mark_suffix: None,
    min_marks: 1,
};

const SALESFORCE_DATA_LOADER: Export = Export {
    name: "salesforce",
    source: "Salesforce Data Loader export",
    system: Some("salesforce"),
    columns: &[
        ("Id", Some(F::ExternalId)),
        ("Name", Some(F::FullName)),
        ("FirstName", Some(F::FirstName)),
        ("MiddleName", Some(F::MiddleName)),
        ("LastName", Some(F::LastName)),
        ("Title", Some(F::Title)),
        ("Department", Some(F::Department)),
        ("Email", Some(F::Email)),
        ("Phone", Some(F::Phone)),
        ("MobilePhone", Some(F::Mobile)),
        ("Account.Name", Some(F::Company)),
        ("ReportsToId", Some(F::ManagerId)),
        ("ReportsTo.Name", Some(F::ManagerName)),
        ("AccountId", None),
        ("OwnerId", None),
        ("Salutation", None),
        ("HomePhone", None),
        ("OtherPhone", None),
        ("AssistantName", None),
        ("AssistantPhone", None),
        ("LeadSource", None),
    ],
    marks: &[
        "AccountId",
        "ReportsToId",
        "ReportsTo.Name",
        "Account.Name",
        "MobilePhone",
        "OwnerId",
        "CreatedDate",
        "LastModifiedDate",
        "SystemModstamp",
        "IsDeleted",
        "MasterRecordId",
        "MailingStreet",
    ],
    mark_suffix: None,
    min_marks: 1,
};

const HUBSPOT: Export = Export {
    name: "hubspot",
    source: "HubSpot export",
    system: Some("hubspot"),
    columns: &[
        ("Record ID", Some(F::ExternalId)),
        ("First Name", Some(F::FirstName)),
        ("Last Name", Some(F::LastName)),
        ("Job Title", Some(F::Title)),
        ("Email", Some(F::Email)),
        ("Phone Number", Some(F::Phone)),
        ("Mobile Phone Number", Some(F::Mobile)),
        ("Associated Company", Some(F::Company)),
        ("Company Name", Some(F::Company)),
        ("Buying Role", Some(F::BuyingRole)),
        ("Contact owner", None),
        ("Lifecycle Stage", None),
        ("Lead Status", None),
        ("Associated Company IDs", None),
        ("Associated Company ID (Primary)", None),
    ],
    marks: &[
        "Record ID",
        "Buying Role",
        "Associated Company",
        "Associated Company IDs",
        "Lifecycle Stage",
        "Lead Status",
        "Mobile Phone Number",
        "Create Date",
        "Last Activity Date",
    ],
    mark_suffix: None,
    min_marks: 1,
};

const PIPEDRIVE: Export = Export {
    name: "pipedrive",
    source: "Pipedrive export",
    system: Some("pipedrive"),
    columns: &[
        ("Person - ID", Some(F::ExternalId)),
        ("Person - Name", Some(F::FullName)),
        ("Person - First name", Some(F::FirstName)),
        ("Person - Last name", Some(F::LastName)),
        ("Person - Job title", Some(F::Title)),
        ("Person - Title", Some(F::Title)),
        ("Person - Email - Work", Some(F::Email)),
        ("Person - Email", Some(F::Email)),
        ("Person - Email - Home", Some(F::Email)),
        ("Person - Email - Other", Some(F::Email)),
        ("Person - Phone - Work", Some(F::Phone)),
        ("Person - Phone", Some(F::Phone)),
        ("Person - Phone - Home", Some(F::Phone)),
        ("Person - Phone - Other", Some(F::Phone)),
        ("Person - Phone - Mobile", Some(F::Mobile)),
        ("Organization - Name", Some(F::Company)),
        ("Person - Organization", Some(F::Company)),
        ("Organization - ID", None),
        ("Person - Owner", None),
        ("Person - Label", None),
        ("Person - Labels", None),
    ],
    marks: &[
        "Person - ID",
        "Person - Name",
        "Person - First name",
        "Person - Last name",
        "Person - Job title",
        "Person - Email - Work",
        "Person - Phone - Work",
        "Person - Organization",
        "Organization - Name",
    ],
    mark_suffix: None,
    min_marks: 1,
};

const ZOHO: Export = Export {
    name: "zoho",
    source: "Zoho CRM export",
    system: Some("zoho"),
    columns: &[
        ("Record Id", Some(F::ExternalId)),
        ("Contact Id", Some(F::ExternalId)),
        ("Full Name", Some(F::FullName)),
        ("First Name", Some(F::FirstName)),
        ("Last Name", Some(F::LastName)),
        ("Title", Some(F::Title)),
        ("Department", Some(F::Department)),
        ("Email", Some(F::Email)),
        ("Phone", Some(F::Phone)),
        ("Mobile", Some(F::Mobile)),
        ("Account Name", Some(F::Company)),
        ("Reporting To", Some(F::ManagerName)),
        ("Contact Owner", None),
        ("Salutation", None),
        ("Secondary Email", None),
        ("Home Phone", None),
        ("Other Phone", None),
        ("Assistant", None),
        ("Asst Phone", None),
        ("Vendor Name", None),
        ("Lead Source", None),
    ],
    marks: &[
        "Record Id",
        "Contact Id",
        "Reporting To",
        "Created Time",
        "Modified Time",
        "Last Activity Time",
        "Secondary Email",
        "Skype ID",
        "Vendor Name",
        "Asst Phone",
    ],
    mark_suffix: None,
    min_marks: 1,
};

const BITRIX24: Export = Export {
    name: "bitrix24",
    source: "Bitrix24 export",
    system: Some("bitrix24"),
    columns: &[
        ("ID", Some(F::ExternalId)),
        ("Имя", Some(F::FirstName)),
        ("Отчество", Some(F::MiddleName)),
        ("Фамилия", Some(F::LastName)),
        ("Должность", Some(F::Title)),
        ("Компания", Some(F::Company)),
        ("Рабочий e-mail", Some(F::Email)),
        ("Частный e-mail", Some(F::Email)),
        ("Другой e-mail", Some(F::Email)),
        ("Рабочий телефон", Some(F::Phone)),
        ("Домашний телефон", Some(F::Phone)),
        ("Другой телефон", Some(F::Phone)),
        ("Мобильный телефон", Some(F::Mobile)),
        ("Обращение", None),
        ("Тип контакта", None),
        ("Ответственный", None),
        ("Источник", None),
        ("Дата рождения", None),
    ],
    marks: &["Обращение", "Отчество", "Тип контакта", "Рабочий e-mail", "Частный e-mail", "Другой e-mail"],
    mark_suffix: None,
    // `Отчество` alone is any Russian list of people.
    min_marks: 2,
};

const AMOCRM: Export = Export {
    name: "amocrm",
    source: "amoCRM export",
    system: Some("amocrm"),
    columns: &[
        ("ID", Some(F::ExternalId)),
        ("Полное имя контакта", Some(F::FullName)),
        ("Имя", Some(F::FirstName)),
        ("Фамилия", Some(F::LastName)),
        ("Должность", Some(F::Title)),
        ("Рабочий email", Some(F::Email)),
        ("Личный email", Some(F::Email)),
        ("Другой email", Some(F::Email)),
        ("Рабочий телефон", Some(F::Phone)),
        ("Рабочий прямой телефон", Some(F::Phone)),
        ("Домашний телефон", Some(F::Phone)),
        ("Другой телефон", Some(F::Phone)),
        ("Мобильный телефон", Some(F::Mobile)),
        ("Компания", Some(F::Company)),
        ("Название компании", Some(F::Company)),
        ("Компания контакта", Some(F::Company)),
        ("Ответственный", None),
        ("Ответственный за контакт", None),
        ("Теги", None),
        ("Дата создания", None),
    ],
    marks: &[
        "Полное имя контакта",
        "Рабочий email",
        "Личный email",
        "Рабочий прямой телефон",
        "Компания контакта",
        "Ответственный за контакт",
    ],
    mark_suffix: Some("(контакт)"),
    min_marks: 1,
};

const DMU: Export = Export {
    name: "dmu",
    source: "dmu export",
    system: None,
    columns: &[
        ("id", Some(F::PersonId)),
        ("name", Some(F::FullName)),
        ("title", Some(F::Title)),
        ("department", Some(F::Department)),
        ("roles", Some(F::Roles)),
        ("stance", Some(F::Stance)),
        ("influence", Some(F::Influence)),
        ("email", Some(F::Email)),
        ("phone", Some(F::Phone)),
        ("external_ids", Some(F::ExternalIds)),
        ("manager", Some(F::ManagerName)),
        ("manager_id", Some(F::ManagerId)),
        ("covered_by", None),
        ("last_contact", None),
        ("stance_basis", None),
        ("stance_on", None),
        ("status", None),
        ("status_on", None),
        ("favours", None),
    ],
    marks: &[
        "covered_by",
        "stance_basis",
        "external_ids",
        "last_contact",
        "stance_on",
        "status_on",
        "favours",
    ],
    mark_suffix: None,
    // `id,name,...,status` could be anyone's; two of dmu's own columns are dmu's.
    min_marks: 2,
};

/// In the order ties go: the first wins.
const EXPORTS: &[Export] =
    &[SALESFORCE_REPORT, SALESFORCE_DATA_LOADER, HUBSPOT, PIPEDRIVE, ZOHO, BITRIX24, AMOCRM, DMU];

// ---------------------------------------------------------------------------------
// The alias table

/// Column names in English and Russian, compared squashed (`E-mail` is `Email`).
const ALIASES: &[(&str, Field)] = &[
    ("ID", F::ExternalId),
    ("Record ID", F::ExternalId),
    ("Contact ID", F::ExternalId),
    ("External ID", F::ExternalId),
    ("CRM ID", F::ExternalId),
    ("Идентификатор", F::ExternalId),
    ("ИД", F::ExternalId),
    ("Full Name", F::FullName),
    ("Name", F::FullName),
    ("Contact Name", F::FullName),
    ("Contact", F::FullName),
    ("Person", F::FullName),
    ("Person Name", F::FullName),
    ("Display Name", F::FullName),
    ("ФИО", F::FullName),
    ("Контакт", F::FullName),
    ("Контактное лицо", F::FullName),
    ("Имя контакта", F::FullName),
    ("Полное имя", F::FullName),
    ("Сотрудник", F::FullName),
    ("Имя", F::FullName),
    ("First Name", F::FirstName),
    ("Given Name", F::FirstName),
    ("Forename", F::FirstName),
    ("Middle Name", F::MiddleName),
    ("Patronymic", F::MiddleName),
    ("Отчество", F::MiddleName),
    ("Last Name", F::LastName),
    ("Surname", F::LastName),
    ("Family Name", F::LastName),
    ("Фамилия", F::LastName),
    ("Title", F::Title),
    ("Job Title", F::Title),
    ("Position", F::Title),
    ("Job Position", F::Title),
    ("Job", F::Title),
    ("Designation", F::Title),
    ("Должность", F::Title),
    ("Department", F::Department),
    ("Dept", F::Department),
    ("Division", F::Department),
    ("Отдел", F::Department),
    ("Подразделение", F::Department),
    ("Департамент", F::Department),
    ("Служба", F::Department),
    ("Email", F::Email),
    ("Email Address", F::Email),
    ("Mail", F::Email),
    ("Work Email", F::Email),
    ("Business Email", F::Email),
    ("Почта", F::Email),
    ("Эл. почта", F::Email),
    ("Электронная почта", F::Email),
    ("Адрес электронной почты", F::Email),
    ("Рабочий e-mail", F::Email),
    ("Емейл", F::Email),
    ("Phone", F::Phone),
    ("Tel", F::Phone),
    ("Telephone", F::Phone),
    ("Phone Number", F::Phone),
    ("Work Phone", F::Phone),
    ("Business Phone", F::Phone),
    ("Office Phone", F::Phone),
    ("Телефон", F::Phone),
    ("Тел", F::Phone),
    ("Рабочий телефон", F::Phone),
    ("Номер телефона", F::Phone),
    ("Mobile", F::Mobile),
    ("Mobile Phone", F::Mobile),
    ("Cell", F::Mobile),
    ("Cell Phone", F::Mobile),
    ("Мобильный", F::Mobile),
    ("Мобильный телефон", F::Mobile),
    ("Сотовый", F::Mobile),
    ("Сотовый телефон", F::Mobile),
    ("Company", F::Company),
    ("Company Name", F::Company),
    ("Organization", F::Company),
    ("Organisation", F::Company),
    ("Account", F::Company),
    ("Account Name", F::Company),
    ("Employer", F::Company),
    ("Организация", F::Company),
    ("Компания", F::Company),
    ("Клиент", F::Company),
    ("Контрагент", F::Company),
    ("Название компании", F::Company),
    ("Предприятие", F::Company),
    ("Manager", F::ManagerName),
    ("Reports To", F::ManagerName),
    ("Reporting To", F::ManagerName),
    ("Line Manager", F::ManagerName),
    ("Supervisor", F::ManagerName),
    ("Boss", F::ManagerName),
    ("Руководитель", F::ManagerName),
    ("Начальник", F::ManagerName),
    ("Непосредственный руководитель", F::ManagerName),
    ("Подчиняется", F::ManagerName),
    ("Manager ID", F::ManagerId),
    ("Reports To ID", F::ManagerId),
    ("ID руководителя", F::ManagerId),
    ("Role", F::BuyingRole),
    ("Roles", F::BuyingRole),
    ("Buying Role", F::BuyingRole),
    ("Роль", F::BuyingRole),
    ("Роли", F::BuyingRole),
    ("Роль в закупке", F::BuyingRole),
    ("Роль в сделке", F::BuyingRole),
    ("Stance", F::Stance),
    ("Attitude", F::Stance),
    ("Отношение", F::Stance),
    ("Influence", F::Influence),
    ("Влияние", F::Influence),
];

fn alias_of(key: &Key) -> Option<Field> {
    if key.squash.is_empty() {
        return None;
    }
    ALIASES.iter().find(|(a, _)| squash_eq(key, a)).map(|(_, f)| *f)
}

/// The alias table's mapping: each field from the first column that names it. `Name`
/// or `Имя` beside a last name is the first name.
fn by_aliases(keys: &[Key]) -> Mapping {
    let wanted: Vec<Option<(usize, Field)>> = keys.iter().map(|k| alias_of(k).map(|f| (0, f))).collect();
    let mut fields = once_each(&wanted);
    let has = |fields: &[Option<Field>], f: Field| fields.contains(&Some(f));
    if has(&fields, F::LastName) && !has(&fields, F::FirstName) {
        let given = keys
            .iter()
            .zip(&fields)
            .position(|(k, f)| *f == Some(F::FullName) && matches!(k.squash.as_str(), "name" | "имя"));
        if let Some(i) = given {
            fields[i] = Some(F::FirstName);
        }
    }
    Mapping { fields, system: None, source: "column names".into() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::*;

    fn h(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn fields(m: &Mapping) -> Vec<Option<&'static str>> {
        m.fields.iter().map(|f| f.map(Field::key)).collect()
    }

    #[test]
    fn the_alias_table_reads_english_and_russian_names() {
        let cases: &[(&str, Field)] = &[
            ("Full Name", F::FullName),
            ("name", F::FullName),
            ("Contact Name", F::FullName),
            ("ФИО", F::FullName),
            ("Ф.И.О.", F::FullName),
            ("Контакт", F::FullName),
            ("Имя", F::FullName),
            ("first_name", F::FirstName),
            ("FirstName", F::FirstName),
            ("Surname", F::LastName),
            ("Family name", F::LastName),
            ("Фамилия", F::LastName),
            ("Отчество", F::MiddleName),
            ("Position", F::Title),
            ("Job Title", F::Title),
            ("Должность", F::Title),
            ("Dept", F::Department),
            ("Отдел", F::Department),
            ("Подразделение", F::Department),
            ("E-mail", F::Email),
            ("Email Address", F::Email),
            ("Почта", F::Email),
            ("Эл. почта", F::Email),
            ("эл.почта", F::Email),
            ("Phone", F::Phone),
            ("Tel.", F::Phone),
            ("Телефон", F::Phone),
            ("Mobile", F::Mobile),
            ("Мобильный", F::Mobile),
            ("Company", F::Company),
            ("Organization", F::Company),
            ("Организация", F::Company),
            ("Компания", F::Company),
            ("Клиент", F::Company),
            ("Manager", F::ManagerName),
            ("Reports To", F::ManagerName),
            ("Руководитель", F::ManagerName),
            ("Начальник", F::ManagerName),
            ("Role", F::BuyingRole),
            ("Роль", F::BuyingRole),
            ("Influence", F::Influence),
        ];
        for (header, field) in cases {
            assert_eq!(alias(header), Some(*field), "{header}");
        }
        // Case, blanks, a byte order mark and amoCRM's suffix do not matter.
        assert_eq!(alias("  \u{feff}E-MAIL "), Some(F::Email));
        assert_eq!(alias("ЭЛ. ПОЧТА"), Some(F::Email));
        assert_eq!(alias("Должность (контакт)"), Some(F::Title));
        assert_eq!(alias("Notes"), None);
        assert_eq!(alias(""), None);
        assert_eq!(alias("—"), None);
    }

    #[test]
    fn each_field_comes_from_one_column_the_first() {
        let m = recognise(&h(&["Name", "Email", "E-mail", "Phone", "Notes"]));
        assert_eq!(m.source, "column names");
        assert_eq!(m.system, None);
        assert_eq!(fields(&m), [Some("name"), Some("email"), None, Some("phone"), None]);
    }

    #[test]
    fn a_name_beside_a_surname_is_the_first_name() {
        let m = recognise(&h(&["Имя", "Отчество", "Фамилия", "Телефон"]));
        assert_eq!(fields(&m), [Some("first_name"), Some("middle_name"), Some("last_name"), Some("phone")]);
        let m = recognise(&h(&["Name", "Surname"]));
        assert_eq!(fields(&m), [Some("first_name"), Some("last_name")]);
        // A full name stays one when first and last names are there too.
        let m = recognise(&h(&["ФИО", "Фамилия"]));
        assert_eq!(fields(&m), [Some("name"), Some("last_name")]);
    }

    #[test]
    fn an_id_in_a_file_of_no_known_export_is_kept_under_no_system() {
        let m = recognise(&h(&["Id", "FirstName", "LastName", "Email"]));
        assert_eq!(m.source, "column names");
        assert_eq!(m.system, None);
        assert_eq!(m.fields[0], Some(F::ExternalId));
        // An extra `ID` column in a known export is not that system's id.
        let m = recognise(&h(&["First Name", "Last Name", "Reports To", "ID"]));
        assert_eq!(m.source, "Salesforce report");
        assert_eq!(m.fields[3], None);
    }

    #[test]
    fn recognises_each_known_export() {
        let cases: &[(&[&str], &str, Option<&str>)] = &[
            (
                &["First Name", "Last Name", "Title", "Email", "Account Name", "Reports To", "Contact ID"],
                "Salesforce report",
                Some("salesforce"),
            ),
            (
                &["ID", "FIRSTNAME", "LASTNAME", "EMAIL", "ACCOUNTID", "ACCOUNT.NAME", "REPORTSTOID"],
                "Salesforce Data Loader export",
                Some("salesforce"),
            ),
            (
                &["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Associated Company"],
                "HubSpot export",
                Some("hubspot"),
            ),
            (
                &["Person - Name", "Person - Email - Work", "Organization - Name"],
                "Pipedrive export",
                Some("pipedrive"),
            ),
            (
                &["Record Id", "First Name", "Last Name", "Account Name", "Email", "Reporting To"],
                "Zoho CRM export",
                Some("zoho"),
            ),
            (
                &["ID", "Обращение", "Имя", "Отчество", "Фамилия", "Рабочий e-mail", "Тип контакта"],
                "Bitrix24 export",
                Some("bitrix24"),
            ),
            (
                &["ID", "Полное имя контакта", "Должность (контакт)", "Рабочий email", "Компания"],
                "amoCRM export",
                Some("amocrm"),
            ),
            // The export's own header: recognition follows every column it gains.
            (&crate::export::CSV_HEADER, "dmu export", None),
        ];
        for (headers, source, system) in cases {
            let m = recognise(&h(headers));
            assert_eq!((m.source.as_str(), m.system.as_deref()), (*source, *system), "{headers:?}");
            assert!(m.has_names(), "{headers:?}");
        }
    }

    #[test]
    fn each_exports_columns_hold_their_fields() {
        let m = recognise(&h(&[
            "Id",
            "FirstName",
            "LastName",
            "Title",
            "Department",
            "Email",
            "Phone",
            "MobilePhone",
            "AccountId",
            "Account.Name",
            "ReportsToId",
        ]));
        assert_eq!(
            fields(&m),
            [
                Some("external_id"),
                Some("first_name"),
                Some("last_name"),
                Some("title"),
                Some("department"),
                Some("email"),
                Some("phone"),
                Some("mobile"),
                None,
                Some("company"),
                Some("manager_id"),
            ]
        );
        let m =
            recognise(&h(&["ID", "Имя", "Фамилия", "Должность", "Компания", "Рабочий e-mail", "Обращение"]));
        assert_eq!(
            fields(&m),
            [
                Some("external_id"),
                Some("first_name"),
                Some("last_name"),
                Some("title"),
                Some("company"),
                Some("email"),
                None
            ]
        );
        let m = recognise(&h(&[
            "id",
            "name",
            "roles",
            "stance",
            "influence",
            "covered_by",
            "favours",
            "external_ids",
            "manager",
            "manager_id",
        ]));
        assert_eq!(
            fields(&m),
            [
                Some("person_id"),
                Some("name"),
                Some("roles"),
                Some("stance"),
                Some("influence"),
                None,
                None,
                Some("external_ids"),
                Some("manager"),
                Some("manager_id"),
            ]
        );
        // Pipedrive's work email wins over the home one, wherever it stands.
        let m = recognise(&h(&["Person - Email - Home", "Person - Name", "Person - Email - Work"]));
        assert_eq!(fields(&m), [None, Some("name"), Some("email")]);
    }

    #[test]
    fn shared_headers_go_to_the_export_whose_marks_fit() {
        // Salesforce's `Contact ID` and Zoho's `Contact Id` are one header without case.
        let sf = recognise(&h(&["Contact ID", "First Name", "Last Name", "Email", "Account Name"]));
        assert_eq!(sf.source, "Salesforce report");
        let zoho = recognise(&h(&["Contact Id", "First Name", "Last Name", "Email", "Account Name"]));
        assert_eq!(zoho.source, "Zoho CRM export");
        let zoho = recognise(&h(&["contact id", "first name", "last name", "reporting to"]));
        assert_eq!(zoho.source, "Zoho CRM export");
        // HubSpot's `Record ID` and Zoho's `Record Id`.
        let hs = recognise(&h(&["record id", "first name", "last name", "phone number", "company name"]));
        assert_eq!(hs.source, "HubSpot export");
        // A Russian list with a patronymic is not Bitrix24's for that alone.
        let any = recognise(&h(&["ID", "Фамилия", "Имя", "Отчество", "Телефон"]));
        assert_eq!((any.source.as_str(), any.system.as_deref()), ("column names", None));
        // Bitrix24 writes `Рабочий e-mail`, amoCRM `Рабочий email`.
        let amo = recognise(&h(&["ID", "Имя", "Фамилия", "Рабочий email", "Рабочий телефон"]));
        assert_eq!(amo.source, "amoCRM export");
        let bx = recognise(&h(&["ID", "Имя", "Фамилия", "Рабочий e-mail", "Тип контакта"]));
        assert_eq!(bx.source, "Bitrix24 export");
    }

    #[test]
    fn headers_match_whatever_their_case_blanks_or_bom() {
        let m = recognise(&h(&["\u{feff}Record ID", "  FIRST NAME ", "last name", "Buying role"]));
        assert_eq!(m.source, "HubSpot export");
        assert_eq!(
            fields(&m),
            [Some("external_id"), Some("first_name"), Some("last_name"), Some("buying_role")]
        );
    }

    #[test]
    fn the_header_row_skips_an_instruction_row() {
        let row = |line: usize, cells: &[&str]| Row { line, cells: csv::StringRecord::from(cells.to_vec()) };
        let records = [
            row(1, &["Exported from Pipedrive; keep the column names below to import this file back"]),
            row(2, &["Person - ID", "Person - Name", "Organization - Name"]),
            row(3, &["1", "Ann Lee", "Acme"]),
        ];
        assert_eq!(header_row(&records), 1);
        assert_eq!(header_row(&records[1..]), 0);
        assert_eq!(header_row(&[row(1, &["a", "b"]), row(2, &["c", "d"])]), 0);
    }

    #[test]
    fn a_builtin_forces_its_mapping() {
        assert_eq!(builtin("Salesforce").map(Builtin::name), Some("salesforce"));
        assert_eq!(builtin("kommo").map(Builtin::name), Some("amocrm"));
        assert_eq!(builtin("excel"), None);
        for name in BUILTIN {
            assert_eq!(builtin(name).map(Builtin::name), Some(*name));
        }
        // `ID` alone marks no export; forced, it is Bitrix24's id.
        let headers = h(&["ID", "Имя", "Фамилия"]);
        assert_eq!(recognise(&headers).system, None);
        let m = builtin("bitrix24").unwrap().mapping(&headers);
        assert_eq!((m.source.as_str(), m.system.as_deref()), ("Bitrix24 export", Some("bitrix24")));
        assert_eq!(fields(&m), [Some("external_id"), Some("first_name"), Some("last_name")]);
        // Salesforce picks the variant the headers fit.
        let sf = builtin("salesforce").unwrap();
        assert_eq!(sf.mapping(&h(&["Id", "FirstName", "LastName"])).source, "Salesforce Data Loader export");
        assert_eq!(sf.mapping(&h(&["First Name", "Last Name"])).source, "Salesforce report");
    }

    #[test]
    fn a_profile_name_is_looked_up_before_the_builtins() {
        let headers = h(&["ФИО", "Почта"]);
        let wholesale = Profile {
            name: "Оптовики".into(),
            system: Some("crm".into()),
            columns: vec![("ФИО".into(), F::FullName), ("Почта".into(), F::Email)],
        };
        let hubspot =
            Profile { name: "hubspot".into(), system: None, columns: vec![("ФИО".into(), F::FullName)] };
        let profiles = [wholesale, hubspot];
        let m = mapping_named("оптовики", &headers, &profiles).unwrap();
        assert_eq!(m.source, "profile “Оптовики”");
        assert_eq!(m.system.as_deref(), Some("crm"));
        assert_eq!(mapping_named("hubspot", &headers, &profiles).unwrap().source, "profile “hubspot”");
        assert_eq!(mapping_named("zoho", &headers, &profiles).unwrap().source, "Zoho CRM export");
        let e = mapping_named("excel", &headers, &profiles).unwrap_err();
        assert!(
            e.contains("“excel”") && e.contains("“Оптовики”") && e.contains("salesforce, hubspot"),
            "{e}"
        );
        let e = mapping_named("excel", &headers, &[]).unwrap_err();
        assert!(e.contains("saved profiles: none"), "{e}");
    }

    #[test]
    fn hubspot_buying_roles_in_values_and_labels() {
        assert_eq!(buying_role("DECISION_MAKER"), (vec![Decider], None));
        assert_eq!(buying_role("Decision maker"), (vec![Decider], None));
        assert_eq!(buying_role("BUDGET_HOLDER"), (vec![Payer], None));
        assert_eq!(buying_role("Budget holder"), (vec![Payer], None));
        assert_eq!(buying_role("INFLUENCER"), (vec![Influencer], None));
        assert_eq!(buying_role("END_USER"), (vec![User], None));
        assert_eq!(buying_role("End user"), (vec![User], None));
        assert_eq!(buying_role("CHAMPION"), (vec![Influencer], Some(Stance::Champion)));
        assert_eq!(buying_role("BLOCKER"), (vec![], Some(Stance::Opponent)));
        assert_eq!(buying_role("EXECUTIVE_SPONSOR"), (vec![Decider], Some(Stance::Supporter)));
        assert_eq!(buying_role("LEGAL_AND_COMPLIANCE"), (vec![Gatekeeper], None));
        assert_eq!(buying_role("Legal & compliance"), (vec![Gatekeeper], None));
        assert_eq!(buying_role("OTHER"), (vec![], None));
        assert_eq!(buying_role(""), (vec![], None));
        assert_eq!(buying_role("DECISION_MAKER;BUDGET_HOLDER;END_USER"), (vec![User, Decider, Payer], None));
        assert_eq!(
            buying_role("Champion; Executive sponsor"),
            (vec![Influencer, Decider], Some(Stance::Champion))
        );
        // A champion and a blocker at once: no stance is guessed.
        assert_eq!(buying_role("CHAMPION;BLOCKER"), (vec![Influencer], None));
        assert_eq!(buying_role("Wizard;INFLUENCER;???"), (vec![Influencer], None));
    }

    #[test]
    fn dmu_and_russian_role_words() {
        assert_eq!(buying_role("decider;payer"), (vec![Decider, Payer], None));
        assert_eq!(
            buying_role("gatekeeper;initiator;buyer;user"),
            (vec![User, Buyer, Gatekeeper, Initiator], None)
        );
        assert_eq!(buying_role("ЛПР"), (vec![Decider], None));
        assert_eq!(buying_role("лицо, принимающее решение"), (vec![Decider], None));
        assert_eq!(buying_role("Лицо, принимающее решения"), (vec![Decider], None));
        assert_eq!(buying_role("ЛПР, пользователь"), (vec![User, Decider], None));
        assert_eq!(buying_role("Пользователь"), (vec![User], None));
        assert_eq!(buying_role("влияющий"), (vec![Influencer], None));
        assert_eq!(buying_role("Инфлюенсер"), (vec![Influencer], None));
        assert_eq!(buying_role("держатель бюджета"), (vec![Payer], None));
        assert_eq!(buying_role("плательщик"), (vec![Payer], None));
        assert_eq!(buying_role("Закупщик"), (vec![Buyer], None));
        assert_eq!(buying_role("привратник"), (vec![Gatekeeper], None));
        assert_eq!(buying_role("инициатор"), (vec![Initiator], None));
        assert_eq!(buying_role("бухгалтер"), (vec![], None));
    }
}
