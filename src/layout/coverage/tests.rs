use super::*;
use crate::model::{Coverage, Person, Role, TeamMember};

fn member(id: &str, function: Function) -> TeamMember {
    TeamMember { id: id.into(), name: id.into(), function, extra: Default::default() }
}

fn person(id: &str, dept: &str, roles: &[Role], cover: &[(&str, Strength)]) -> Person {
    let mut p = Person::new(id, id);
    p.department = Some(dept.into());
    p.roles = roles.to_vec();
    p.coverage = cover
        .iter()
        .map(|&(m, strength)| Coverage { member: m.into(), strength, extra: Default::default() })
        .collect();
    p
}

fn account() -> Account {
    use Strength::*;
    let mut a = Account::new("a", "A");
    a.team = vec![
        member("sales", Function::Sales),
        member("tech", Function::Technical),
        member("svc", Function::Service),
    ];
    a.people = vec![
        person("cfo", "Финансы", &[Role::Payer], &[("sales", Weak)]),
        person("eng", "Инженерный отдел", &[Role::User], &[("sales", Strong), ("svc", Weak)]),
        person("chief", "Главный ИТ-отдел", &[Role::Influencer], &[("tech", Medium), ("sales", Medium)]),
        person("prod", "ПРОИЗВОДСТВО", &[Role::Decider, Role::User], &[("ghost", Strong)]),
        person("buyer", "Purchasing", &[Role::Buyer], &[]),
        person("credit", "Credit control", &[Role::User], &[("sales", Medium), ("sales", Strong)]),
    ];
    a
}

#[test]
fn technical_departments_follow_the_analysis_and_its_per_account_list() {
    let mut a = Account::new("a", "A");
    for d in ["Engineering", "IT", "R&D", "НИОКР", "Сервисное обслуживание", "ИТ-отдел", "Технический отдел"]
    {
        assert!(is_technical_department(&a, d), "{d}");
    }
    for d in ["Finance", "Credit control", "Кредитный отдел", "Закупки", "Business development", ""]
    {
        assert!(!is_technical_department(&a, d), "{d}");
    }
    a.extra.insert("pull_model".into(), serde_json::json!({"technical_words": ["finance"]}));
    assert!(is_technical_department(&a, "Finance"));
    assert!(!is_technical_department(&a, "Engineering"));
}

#[test]
fn rows_flags_and_counts() {
    let a = account();
    let m = CoverageMatrix::build(&a, &Index::new(&a));
    let ids: Vec<&str> = m.rows().iter().map(|r| a.people[r.person].id.as_str()).collect();
    assert_eq!(
        ids,
        ["credit", "eng", "chief", "prod", "cfo", "buyer"],
        "users, influencers, deciders, payers, others"
    );
    let flags = |id: &str| {
        let r = m.rows()[m.row_of(a.people.iter().position(|p| p.id == id).unwrap()).unwrap()];
        (r.uncovered, r.technical_gap)
    };
    assert_eq!(flags("eng"), (false, true), "engineers covered only by sales and service");
    assert_eq!(flags("chief"), (false, false), "a technical member covers the IT head");
    assert_eq!(flags("prod"), (true, false), "an unknown member covers nobody; uncovered is not also a gap");
    assert_eq!(flags("buyer"), (true, false));
    assert_eq!(flags("credit"), (false, false), "Credit is not IT");
    assert_eq!(m.summary(), CoverageSummary { covered: 4, uncovered: 2, gaps: 1 });
    assert_eq!((m.covers(0), m.covers(1), m.covers(2), m.covers(3)), (4, 1, 1, 0));
    assert_eq!(m.cell(0, 0), Some(Strength::Strong), "the strongest of two entries counts");
    assert_eq!(m.cell(1, 2), Some(Strength::Weak));
    assert_eq!(m.cell(1, 1), None);
    assert_eq!(m.cell(1, 9), None);
    assert_eq!(m.covering_functions(&a, 1), [Function::Sales, Function::Service]);
}

#[test]
fn no_team_means_everyone_is_uncovered() {
    let mut a = account();
    a.team.clear();
    let m = CoverageMatrix::build(&a, &Index::new(&a));
    assert_eq!(m.summary(), CoverageSummary { covered: 0, uncovered: 6, gaps: 0 });
    assert_eq!(m.cell(0, 0), None);
}
