//! The vocabulary the generator draws from: personal names in three scripts, company
//! names, departments and titles. Kept apart so the generator reads as rules, not lists.

use crate::model::DemandKind;

/// Latin given names (several languages, since key accounts are international).
pub(super) const LATIN_GIVEN: &[&str] = &[
    "Anna", "Omar", "Lukas", "Sofia", "Mateo", "Emma", "Jonas", "Chloé", "Piotr", "Ingrid", "João", "Aisha",
    "Henrik", "Marta", "Kevin", "Zoë", "Björn", "Lucía", "Tomasz", "Nadia",
];
/// Latin family names.
pub(super) const LATIN_FAMILY: &[&str] = &[
    "Berg",
    "Haddad",
    "Müller",
    "Rossi",
    "García",
    "Novak",
    "Jensen",
    "Dubois",
    "Kowalski",
    "O'Brien",
    "Silva",
    "Schmidt",
    "Nguyen",
    "Andersson",
    "Martínez",
    "Fischer",
    "Yilmaz",
    "Horváth",
    "Van Dijk",
    "Costa",
];

/// Cyrillic male given names; Russian family names agree in gender with the given
/// name, so each gender has its own family list.
pub(super) const CYRILLIC_MALE: &[&str] =
    &["Дмитрий", "Пётр", "Алексей", "Сергей", "Игорь", "Михаил", "Андрей", "Юрий", "Николай", "Олег"];
/// Family names for [`CYRILLIC_MALE`].
pub(super) const CYRILLIC_MALE_FAMILY: &[&str] = &[
    "Волков",
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Соколов",
    "Лебедев",
    "Козлов",
    "Новиков",
    "Морозов",
];
/// Cyrillic female given names.
pub(super) const CYRILLIC_FEMALE: &[&str] =
    &["Ольга", "Елена", "Татьяна", "Наталья", "Ирина", "Мария", "Светлана", "Анна", "Юлия", "Ксения"];
/// Family names for [`CYRILLIC_FEMALE`].
pub(super) const CYRILLIC_FEMALE_FAMILY: &[&str] = &[
    "Кузнецова",
    "Попова",
    "Петрова",
    "Соколова",
    "Михайлова",
    "Фёдорова",
    "Орлова",
    "Зайцева",
    "Павлова",
    "Семёнова",
];

/// CJK names by language, each with its family names, given names and the separator
/// usual in business use; the family name comes first.
pub(super) const CJK: &[(&[&str], &[&str], &str)] = &[
    (&["王", "李", "张", "刘", "陈"], &["伟", "芳", "娜", "秀英", "敏"], ""),
    (&["佐藤", "鈴木", "高橋", "田中"], &["健", "美咲", "翔太", "陽子"], " "),
    (&["김", "이", "박"], &["민준", "서연", "지훈"], ""),
];

/// Appended to a few names, as people type them into CRMs and chat profiles.
pub(super) const EMOJI: &[&str] = &["🚀", "🌻", "⚙️", "👷‍♀️", "🇩🇪"];

/// Company names: an ASCII slug for the file and id, and the display name.
pub(super) const COMPANIES: &[(&str, &str)] = &[
    ("northwind", "Northwind Machining"),
    ("volga-pipe", "Volga Pipe Works"),
    ("uralmash", "Уралмашзавод"),
    ("baltic-steel", "Baltic Steel Structures"),
    ("shenzhen-precision", "深圳精密机械"),
    ("osaka-robotics", "大阪ロボティクス"),
    ("rheinmetall-parts", "Rhein Parts GmbH"),
    ("sibenergo", "Сибэнерго"),
    ("iberia-foods", "Iberia Foods S.A."),
    ("nordic-paper", "Nordic Paper AB"),
    ("kama-trucks", "КамАвтоПром"),
    ("andes-mining", "Andes Mining Corp."),
];

/// What the customers make.
pub(super) const INDUSTRIES: &[&str] = &[
    "Industrial machinery",
    "Steel pipe manufacturing",
    "Automotive components",
    "Energy",
    "Food processing",
    "Pulp and paper",
    "Mining",
];

/// Departments with a flag saying whether they are technical (their people use what we
/// sell, so they are mostly users and influencers).
pub(super) const DEPARTMENTS: &[(&str, bool)] = &[
    ("Engineering", true),
    ("IT", true),
    ("R&D", true),
    ("Production", true),
    ("Maintenance", true),
    ("Инженерный отдел", true),
    ("Производство", true),
    ("技术部", true),
    ("Finance", false),
    ("Purchasing", false),
    ("Quality", false),
    ("Logistics", false),
    ("Отдел закупок", false),
];

/// Titles by depth in the organisation (the last one repeats for deeper levels).
pub(super) const TITLES: &[&str] =
    &["General Director", "Director", "Head of Department", "Section Lead", "Senior Engineer", "Specialist"];

/// Short notes a rep writes about a person.
pub(super) const PERSON_NOTES: &[&str] = &[
    "Wants a trial on the night shift first.",
    "Prefers e-mail; answers within a day.",
    "Was burnt by a competitor's service in 2024.",
    "Reads every spec sheet; ask about tolerances.",
    "Любит цифры: окупаемость, ресурс, простой.",
    "会议前请发送议程。",
    "Plays golf with the Finance Director.",
];

/// Follow-up texts.
pub(super) const ACTIONS: &[&str] = &[
    "Send the trial report",
    "Ask for a meeting with the Finance Director",
    "Draft the operator training plan",
    "Share the reference visit dates",
    "Prepare the payback calculation",
    "Отправить коммерческое предложение",
];

/// What customers ask of us beyond the contract, with its kind.
pub(super) const DEMANDS: &[(&str, DemandKind)] = &[
    ("Free on-site operator training", DemandKind::Service),
    ("Extend payment terms to 90 days", DemandKind::Terms),
    ("Another 5% off the spare parts list", DemandKind::Price),
    ("A dedicated engineer on call at weekends", DemandKind::Service),
    ("Exclusive regional rights", DemandKind::Other),
];
