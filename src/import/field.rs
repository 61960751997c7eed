//! What a column of an import file can hold, and which column holds what.

/// What a column holds. Contact facts are taken for everyone; the judgements (roles,
/// stance, influence) only for the people an import adds, never over a rep's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The record's id in the system the file came from (`Id`, `Record ID`, `ID`).
    ExternalId,
    /// Ids in several systems, `system:id` joined by `;` (dmu's own export).
    ExternalIds,
    /// A dmu person id (dmu's own export): the same person on a round trip.
    PersonId,
    FullName,
    FirstName,
    /// A middle name or patronymic (`Отчество`).
    MiddleName,
    LastName,
    Title,
    Department,
    Email,
    Phone,
    Mobile,
    Company,
    /// The manager's id in the same system (`ReportsToId`).
    ManagerId,
    /// The manager's name (`Reports To`, `Reporting To`, `Руководитель`).
    ManagerName,
    /// HubSpot's buying role (`DECISION_MAKER`, `CHAMPION`, ...), read as roles and stance.
    BuyingRole,
    /// dmu role words, `;`-separated.
    Roles,
    /// A dmu stance word.
    Stance,
    /// 1 to 5.
    Influence,
}

impl Field {
    /// Every field, in the order a mapping screen lists them.
    pub const ALL: &'static [Field] = &[
        Field::FullName,
        Field::FirstName,
        Field::MiddleName,
        Field::LastName,
        Field::Title,
        Field::Department,
        Field::Email,
        Field::Phone,
        Field::Mobile,
        Field::Company,
        Field::ExternalId,
        Field::ExternalIds,
        Field::PersonId,
        Field::ManagerId,
        Field::ManagerName,
        Field::BuyingRole,
        Field::Roles,
        Field::Stance,
        Field::Influence,
    ];

    /// The word used in profiles and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Field::ExternalId => "external_id",
            Field::ExternalIds => "external_ids",
            Field::PersonId => "person_id",
            Field::FullName => "name",
            Field::FirstName => "first_name",
            Field::MiddleName => "middle_name",
            Field::LastName => "last_name",
            Field::Title => "title",
            Field::Department => "department",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Mobile => "mobile",
            Field::Company => "company",
            Field::ManagerId => "manager_id",
            Field::ManagerName => "manager",
            Field::BuyingRole => "buying_role",
            Field::Roles => "roles",
            Field::Stance => "stance",
            Field::Influence => "influence",
        }
    }

    /// Parses [`Field::key`].
    pub fn from_key(s: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.key() == s)
    }

    /// The words shown to people, in their language.
    pub fn label(self) -> String {
        use crate::t;
        match self {
            Field::ExternalId => t!("import-field-external-id"),
            Field::ExternalIds => t!("import-field-external-ids"),
            Field::PersonId => t!("import-field-person-id"),
            Field::FullName => t!("import-field-full-name"),
            Field::FirstName => t!("import-field-first-name"),
            Field::MiddleName => t!("import-field-middle-name"),
            Field::LastName => t!("import-field-last-name"),
            Field::Title => t!("import-field-title"),
            Field::Department => t!("import-field-department"),
            Field::Email => t!("import-field-email"),
            Field::Phone => t!("import-field-phone"),
            Field::Mobile => t!("import-field-mobile"),
            Field::Company => t!("import-field-company"),
            Field::ManagerId => t!("import-field-manager-id"),
            Field::ManagerName => t!("import-field-manager-name"),
            Field::BuyingRole => t!("import-field-buying-role"),
            Field::Roles => t!("import-field-roles"),
            Field::Stance => t!("import-field-stance"),
            Field::Influence => t!("import-field-influence"),
        }
    }
}

/// Which column holds what, and where the file came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    /// One entry per column of the table; `None`: the column is not used.
    pub fields: Vec<Option<Field>>,
    /// The key its ids are kept under in `external_ids` (`salesforce`, `bitrix24`);
    /// `None` when the file's ids are not kept.
    pub system: Option<String>,
    /// What the mapping came from, for the summary: a known export (`Salesforce
    /// report`), a profile (`profile “wholesale”`), or `column names`.
    pub source: String,
}

impl Mapping {
    /// The first column that holds `f`.
    pub fn column(&self, f: Field) -> Option<usize> {
        self.fields.iter().position(|x| *x == Some(f))
    }

    /// Whether some column gives people's names.
    pub fn has_names(&self) -> bool {
        self.column(Field::FullName).is_some()
            || self.column(Field::FirstName).is_some()
            || self.column(Field::LastName).is_some()
    }
}
