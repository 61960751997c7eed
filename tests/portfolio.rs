//! Portfolio figures and flags, computed by hand on small portfolios.

use dmu::analysis::agenda::{agenda, team};
use dmu::analysis::portfolio::{AccountInput, PortfolioConfig, PortfolioFlagCode, concentration, portfolio};
use dmu::model::{Account, Date, Demand, DemandKind, FollowUp, Person, TeamMember, Tier};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

const TODAY: &str = "2026-11-27";

fn account(slug: &str, tier: Tier, revenue: i64, potential: i64, last: Option<&str>) -> Account {
    let mut a = Account::new(format!("acc-{slug}"), slug.to_uppercase());
    a.tier = tier;
    a.annual_revenue = Some(revenue.into());
    a.potential = Some(potential.into());
    let mut p = Person::new("p1", "Someone");
    p.last_contact = last.map(d);
    a.people.push(p);
    a
}

fn inputs(accounts: &[Account]) -> Vec<AccountInput<'_>> {
    accounts
        .iter()
        .map(|a| AccountInput {
            slug: &a.id,
            account: a,
            score: Some(50),
            flags: vec![],
            deal_scores: vec![],
        })
        .collect()
}

fn codes(accounts: &[Account]) -> Vec<(PortfolioFlagCode, Option<String>)> {
    portfolio(&inputs(accounts), &PortfolioConfig::default(), d(TODAY), None)
        .flags
        .into_iter()
        .map(|f| (f.code, f.account))
        .collect()
}

#[test]
fn concentration_figures_match_a_hand_calculation() {
    // Shares 50%, 30%, 10%, 6%, 4%: HHI = 2500 + 900 + 100 + 36 + 16 = 3552.
    let c = concentration(&[100.0, 500.0, 60.0, 300.0, 40.0]);
    assert!((c.top1_share - 0.5).abs() < 1e-9);
    assert!((c.top3_share - 0.9).abs() < 1e-9);
    assert!((c.hhi - 3552.0).abs() < 1e-6, "{}", c.hhi);
    // Ten equal accounts: 10% each, top three 30%, HHI 10 * 100 = 1000.
    let c = concentration(&[7.0; 10]);
    assert!((c.top3_share - 0.3).abs() < 1e-9);
    assert!((c.hhi - 1000.0).abs() < 1e-6);
    assert_eq!(concentration(&[]).hhi, 0.0);
    assert_eq!(concentration(&[0.0, 0.0]).top1_share, 0.0);
}

#[test]
fn concentration_flag_fires_only_above_the_thresholds() {
    let skewed: Vec<Account> = [500, 300, 100, 60, 40]
        .iter()
        .enumerate()
        .map(|(i, r)| account(&format!("a{i}"), Tier::Key, *r, 0, Some("2026-11-01")))
        .collect();
    assert!(codes(&skewed).contains(&(PortfolioFlagCode::Concentration, None)));
    let even: Vec<Account> =
        (0..10).map(|i| account(&format!("a{i}"), Tier::Key, 100, 0, Some("2026-11-01"))).collect();
    assert!(!codes(&even).iter().any(|(c, _)| *c == PortfolioFlagCode::Concentration));
    let p = portfolio(&inputs(&skewed), &PortfolioConfig::default(), d(TODAY), None);
    assert!((p.accounts[1].share - 0.3).abs() < 1e-9);
}

#[test]
fn neglected_potential_needs_top_quarter_potential_no_key_tier_and_90_quiet_days() {
    let mut accts: Vec<Account> =
        (0..8).map(|i| account(&format!("a{i}"), Tier::Key, 100, 10 * (i + 1), Some("2026-11-01"))).collect();
    // a7 (potential 80) and a6 (70) are the top quarter of eight.
    accts[7].tier = Tier::Growth;
    accts[7].people[0].last_contact = Some(d("2026-08-01")); // 118 days ago
    accts[6].tier = Tier::Prospect;
    accts[6].people[0].last_contact = Some(d("2026-09-01")); // 87 days: not yet neglected
    accts[0].tier = Tier::Growth;
    accts[0].people[0].last_contact = None; // quiet, but small potential
    let c = codes(&accts);
    let neglected: Vec<_> = c.iter().filter(|(c, _)| *c == PortfolioFlagCode::NeglectedPotential).collect();
    assert_eq!(neglected, vec![&(PortfolioFlagCode::NeglectedPotential, Some("acc-a7".to_string()))]);
    // The same quiet account in key tier is not "neglected potential".
    accts[7].tier = Tier::Key;
    assert!(!codes(&accts).iter().any(|(c, _)| *c == PortfolioFlagCode::NeglectedPotential));
}

fn demand(id: &str, date: &str, granted: bool) -> Demand {
    Demand {
        id: id.into(),
        date: d(date),
        text: "more".into(),
        kind: DemandKind::Service,
        granted,
        extra: Default::default(),
    }
}

#[test]
fn rising_demands_fire_on_more_recent_demands_or_mostly_granted() {
    let base = || account("x", Tier::Key, 100, 0, Some("2026-11-01"));
    let mut rising = base();
    rising.demands = vec![
        demand("d1", "2026-10-01", false),
        demand("d2", "2026-11-01", false),
        demand("d3", "2026-07-01", false),
    ];
    assert!(codes(&[rising]).iter().any(|(c, _)| *c == PortfolioFlagCode::RisingDemands));
    let mut steady = base();
    steady.demands = vec![demand("d1", "2026-10-01", true), demand("d2", "2026-07-01", false)];
    assert!(!codes(&[steady]).iter().any(|(c, _)| *c == PortfolioFlagCode::RisingDemands));
    let mut granted = base();
    granted.demands = vec![demand("d1", "2026-10-01", true), demand("d2", "2026-07-01", true)];
    assert!(codes(&[granted]).iter().any(|(c, _)| *c == PortfolioFlagCode::RisingDemands));
}

#[test]
fn key_account_at_risk_fires_on_low_score_or_blocking_flags() {
    let a = account("k", Tier::Key, 100, 0, Some("2026-11-01"));
    let g = account("g", Tier::Growth, 100, 0, Some("2026-11-01"));
    let run = |score, flags: Vec<&'static str>, acc: &Account| {
        let input =
            [AccountInput { slug: "s", account: acc, score: Some(score), flags, deal_scores: vec![] }];
        portfolio(&input, &PortfolioConfig::default(), d(TODAY), None)
            .flags
            .iter()
            .any(|f| f.code == PortfolioFlagCode::KeyAccountAtRisk)
    };
    assert!(run(29, vec![], &a));
    assert!(!run(30, vec![], &a));
    assert!(run(80, vec!["blocker"], &a));
    assert!(run(80, vec!["payer_uncovered"], &a));
    assert!(!run(80, vec!["no_champion"], &a));
    assert!(!run(10, vec!["blocker"], &g), "only key accounts");
}

fn follow_up(id: &str, owner: &str, due: &str, done: Option<&str>) -> FollowUp {
    FollowUp {
        id: id.into(),
        text: format!("do {id}"),
        owner: owner.into(),
        person: Some("p1".into()),
        due: d(due),
        done: done.map(d),
        extra: Default::default(),
    }
}

fn with_team(mut a: Account) -> Account {
    a.team.push(TeamMember {
        id: "t1".into(),
        name: "Anna Berg".into(),
        function: Default::default(),
        extra: Default::default(),
    });
    a.team.push(TeamMember {
        id: "t2".into(),
        name: "Omar".into(),
        function: Default::default(),
        extra: Default::default(),
    });
    a
}

#[test]
fn agenda_puts_overdue_first_then_by_due_date_and_filters_by_owner() {
    let mut a = with_team(account("a", Tier::Key, 1, 0, None));
    a.follow_ups = vec![
        follow_up("late", "t1", "2026-11-20", None),
        follow_up("soon", "t2", "2026-11-28", None),
        follow_up("later", "t1", "2026-12-10", None),
        follow_up("done", "t1", "2026-11-01", Some("2026-11-02")),
    ];
    let mut b = with_team(account("b", Tier::Key, 1, 0, None));
    b.follow_ups =
        vec![follow_up("very-late", "t2", "2026-10-01", None), follow_up("today", "t1", TODAY, None)];
    let all = agenda(&[("a", &a), ("b", &b)], None, d(TODAY));
    let ids: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["very-late", "late", "today", "soon", "later"]);
    assert_eq!(all[0].days_overdue, 57);
    assert!(!all[2].overdue(), "due today is not overdue");
    assert_eq!(all[1].person_name.as_deref(), Some("Someone"));
    let anna: Vec<String> =
        agenda(&[("a", &a), ("b", &b)], Some("anna"), d(TODAY)).into_iter().map(|e| e.id).collect();
    assert_eq!(anna, ["late", "today", "later"]);
}

#[test]
fn team_rows_join_members_across_accounts_by_name() {
    let mut a = with_team(account("a", Tier::Key, 1, 0, None));
    a.people[0].coverage.push(dmu::model::Coverage {
        member: "t1".into(),
        strength: Default::default(),
        extra: Default::default(),
    });
    a.follow_ups = vec![follow_up("x", "t1", "2026-11-01", None)];
    let b = with_team(account("b", Tier::Key, 1, 0, None));
    let rows = team(&[("a", &a), ("b", &b)], d(TODAY));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].name, "Anna Berg");
    assert_eq!(rows[0].accounts.len(), 2);
    assert_eq!(rows[0].covered, 1);
    assert_eq!((rows[0].open_followups, rows[0].overdue_followups), (1, 1));
}

#[test]
fn accounts_in_another_currency_are_named_and_left_out_of_the_shares() {
    let mut accts: Vec<Account> = [600, 300, 100]
        .iter()
        .enumerate()
        .map(|(i, r)| account(&format!("a{i}"), Tier::Key, *r, 0, None))
        .collect();
    for a in &mut accts {
        a.currency = Some("EUR".into());
    }
    accts[2].currency = None; // no currency: taken to be the portfolio's own
    let mut sek = account("sek", Tier::Key, 5_000_000, 0, None);
    sek.currency = Some("sek".into());
    accts.push(sek);
    let p = portfolio(&inputs(&accts), &PortfolioConfig::default(), d(TODAY), None);
    assert_eq!(p.currency.as_deref(), Some("EUR"), "the currency most accounts use, not the largest sum");
    assert!(!p.currency_from_settings);
    let mixed: Vec<_> = p.flags.iter().filter(|f| f.code == PortfolioFlagCode::MixedCurrencies).collect();
    assert_eq!(mixed.len(), 1);
    assert_eq!(
        mixed[0].message,
        "SEK (SEK) is left out of the shares, the concentration and the potential ranking: its revenue is in \
         another currency, and sums in two currencies cannot be added; the portfolio counts in EUR, which 2 of \
         the 3 accounts that name a currency use (set a main currency in the settings to count in another)."
    );
    assert!((p.accounts[0].share - 0.6).abs() < 1e-9);
    assert!(p.accounts[0].in_shares && p.accounts[2].in_shares, "no currency counts as the main one");
    assert!(!p.accounts[3].in_shares);
    assert_eq!((p.accounts[3].revenue, p.accounts[3].currency.as_deref()), (5_000_000.0, Some("SEK")));
    assert!((p.total_revenue - 1000.0).abs() < 1e-9);
    // One currency throughout: no such note.
    accts.pop();
    let p = portfolio(&inputs(&accts), &PortfolioConfig::default(), d(TODAY), None);
    assert!(!p.flags.iter().any(|f| f.code == PortfolioFlagCode::MixedCurrencies));
    assert!((p.accounts[0].share - 0.6).abs() < 1e-9);
}

/// The portfolio: eleven accounts in EUR and one of 12 million RUB.
fn eleven_eur_and_one_rub() -> Vec<Account> {
    let mut accts: Vec<Account> = (0..11)
        .map(|i| {
            let mut a = account(&format!("e{i:02}"), Tier::Key, 100_000 * (i + 1), 0, Some("2026-11-01"));
            a.currency = Some("EUR".into());
            a
        })
        .collect();
    let mut rub = account("rub", Tier::Key, 12_000_000, 0, Some("2026-11-01"));
    rub.currency = Some("RUB".into());
    accts.push(rub);
    accts
}

#[test]
fn one_large_account_in_another_currency_does_not_push_the_others_out_of_the_shares() {
    let accts = eleven_eur_and_one_rub();
    let p = portfolio(&inputs(&accts), &PortfolioConfig::default(), d(TODAY), None);
    assert_eq!(p.currency.as_deref(), Some("EUR"));
    // 100k..1.1M: total 6.6M; the largest 1.1M is 16.7%.
    assert!((p.total_revenue - 6_600_000.0).abs() < 1e-6);
    assert!((p.concentration.top1_share - 1.1 / 6.6).abs() < 1e-9, "{:?}", p.concentration);
    let hhi: f64 = (1..=11).map(|k| (k as f64 / 66.0 * 100.0).powi(2)).sum();
    assert!((p.concentration.hhi - hhi).abs() < 1e-6);
    let rub = &p.accounts[11];
    assert!(!rub.in_shares);
    assert_eq!(rub.share, 0.0);
    assert!(p.accounts[..11].iter().all(|a| a.in_shares && a.share > 0.0));
    let note = p.flags.iter().find(|f| f.code == PortfolioFlagCode::MixedCurrencies).unwrap();
    assert!(note.message.starts_with("RUB (RUB) is left out of the shares"), "{}", note.message);
    assert!(
        note.message.contains("which 11 of the 12 accounts that name a currency use"),
        "{}",
        note.message
    );

    // The setting wins: counted in RUB, the eleven are left out.
    let p = portfolio(&inputs(&accts), &PortfolioConfig::default(), d(TODAY), Some("rub"));
    assert_eq!((p.currency.as_deref(), p.currency_from_settings), (Some("RUB"), true));
    assert_eq!(p.concentration.top1_share, 1.0);
    assert!(p.accounts[11].in_shares && p.accounts[..11].iter().all(|a| !a.in_shares));
    let note = p.flags.iter().find(|f| f.code == PortfolioFlagCode::MixedCurrencies).unwrap();
    assert!(note.message.starts_with("E00 (EUR), E01 (EUR), "), "{}", note.message);
    assert!(note.message.ends_with("are left out of the shares, the concentration and the potential ranking: \
        their revenue is in another currency, and sums in two currencies cannot be added; the portfolio counts in \
        RUB, the main currency of your settings."), "{}", note.message);
}

#[test]
fn the_main_currency_is_the_one_most_accounts_use_then_the_larger_sum_then_alphabetical() {
    let with = |specs: &[(&str, i64)]| -> Option<String> {
        let accts: Vec<Account> = specs
            .iter()
            .enumerate()
            .map(|(i, (c, r))| {
                let mut a = account(&format!("a{i}"), Tier::Key, *r, 0, None);
                a.currency = Some(c.to_string());
                a
            })
            .collect();
        portfolio(&inputs(&accts), &PortfolioConfig::default(), d(TODAY), None).currency
    };
    assert_eq!(with(&[("usd", 1), ("EUR", 5), ("USD", 1)]).as_deref(), Some("USD"));
    assert_eq!(with(&[("USD", 1), ("EUR", 5), ("USD", 1), ("EUR", 1)]).as_deref(), Some("EUR"), "6 > 2");
    assert_eq!(with(&[("USD", 3), ("EUR", 3)]).as_deref(), Some("EUR"), "alphabetical");
    // A blank setting is no setting.
    let accts = eleven_eur_and_one_rub();
    let p = portfolio(&inputs(&accts), &PortfolioConfig::default(), d(TODAY), Some("  "));
    assert_eq!((p.currency.as_deref(), p.currency_from_settings), (Some("EUR"), false));
}

/// `acme` and a copy of it made by hand (same account id), and a second account:
/// the copy comes first, as a scan by name can list it.
fn copied_account() -> (Account, Account, Account) {
    let mut acme = with_team(account("acme", Tier::Key, 300, 1000, Some("2026-11-01")));
    acme.id = "acc-acme".into();
    acme.people[0].coverage.push(dmu::model::Coverage {
        member: "t1".into(),
        strength: Default::default(),
        extra: Default::default(),
    });
    acme.follow_ups = vec![
        follow_up("both", "t1", "2026-11-20", None),
        follow_up("done-here", "t1", "2026-11-21", Some("2026-11-22")),
    ];
    let mut copy = acme.clone();
    copy.follow_ups = vec![
        follow_up("both", "t1", "2026-11-20", None),
        follow_up("done-here", "t1", "2026-11-21", None),
        follow_up("only-in-copy", "t2", "2026-12-01", None),
    ];
    let other = account("other", Tier::Key, 100, 10, Some("2026-11-01"));
    (acme, copy, other)
}

#[test]
fn an_account_held_by_two_files_counts_once_and_is_flagged() {
    let (acme, copy, other) = copied_account();
    let input = |slug, account| AccountInput {
        slug,
        account,
        score: Some(10),
        flags: vec!["blocker"],
        deal_scores: vec![],
    };
    let inputs = [input("acme-copy", &copy), input("acme", &acme), input("other", &other)];
    let p = portfolio(&inputs, &PortfolioConfig::default(), d(TODAY), None);
    // 300 + 100, not 300 + 300 + 100: shares 75% and 25%, HHI 75² + 25² = 6,250.
    assert_eq!(p.total_revenue, 400.0);
    let shares: Vec<f64> = p.accounts.iter().map(|a| a.share).collect();
    assert_eq!(shares, [0.0, 0.75, 0.25], "the copy's row stays, with no share");
    assert_eq!(p.concentration.top1_share, 0.75);
    assert!((p.concentration.hhi - 6250.0).abs() < 1e-6, "{}", p.concentration.hhi);
    let dup: Vec<_> = p.flags.iter().filter(|f| f.code.key() == "duplicate_account").collect();
    assert_eq!(dup.len(), 1, "{:#?}", p.flags);
    assert_eq!(dup[0].account.as_deref(), Some("acme-copy"));
    assert_eq!(
        dup[0].message,
        "acme.json and acme-copy.json hold the same account (ACME, id `acc-acme`), so the portfolio counts \
         only acme.json (the first by file name). If acme-copy.json is a copy, move it to the trash; if it \
         is another account, give it a new id."
    );
    // The account's own flags are raised once, by the file that counts.
    let at_risk: Vec<_> = p
        .flags
        .iter()
        .filter(|f| f.code == PortfolioFlagCode::KeyAccountAtRisk)
        .map(|f| &f.account)
        .collect();
    assert_eq!(at_risk, [&Some("acme".to_string()), &Some("other".to_string())]);
}

#[test]
fn the_agenda_and_the_team_count_a_copied_account_once() {
    let (acme, copy, other) = copied_account();
    let files = [("acme-copy", &copy), ("acme", &acme), ("other", &other)];
    let listed: Vec<(String, String)> =
        agenda(&files, None, d(TODAY)).into_iter().map(|e| (e.account, e.id)).collect();
    // `both` once, from the file that counts; `done-here` is done there; the copy's
    // own follow-up is still promised work.
    assert_eq!(
        listed,
        [("acme".to_string(), "both".to_string()), ("acme-copy".to_string(), "only-in-copy".to_string())]
    );
    let rows = team(&files, d(TODAY));
    let anna = rows.iter().find(|r| r.name == "Anna Berg").unwrap();
    assert_eq!(anna.accounts, [("acme".to_string(), "ACME".to_string(), 1)]);
    assert_eq!((anna.covered, anna.open_followups), (1, 1));
}

#[test]
fn an_account_with_no_people_is_not_judged_by_its_people() {
    let mut empty_key = Account::new("acc-new", "New Key");
    empty_key.annual_revenue = Some(100.into());
    let mut empty_growth = Account::new("acc-growth", "New Growth");
    empty_growth.tier = Tier::Growth;
    empty_growth.potential = Some(5_000_000.into());
    let mapped = account("old", Tier::Key, 100, 10, Some("2026-11-01"));
    let accts = [empty_key, empty_growth, mapped];
    // What the pull analysis says of an empty account: score 0, no decider, no payer.
    let input: Vec<AccountInput<'_>> = accts
        .iter()
        .map(|a| AccountInput {
            slug: &a.id,
            account: a,
            score: Some(0),
            flags: vec!["no_decider", "blocker"],
            deal_scores: vec![],
        })
        .collect();
    let p = portfolio(&input, &PortfolioConfig::default(), d(TODAY), None);
    let flagged: Vec<(PortfolioFlagCode, Option<String>)> =
        p.flags.iter().filter(|f| f.account.is_some()).map(|f| (f.code, f.account.clone())).collect();
    assert_eq!(flagged, [(PortfolioFlagCode::KeyAccountAtRisk, Some("acc-old".into()))], "{:#?}", p.flags);
    assert_eq!((p.accounts[0].score, p.accounts[0].red_flags, p.accounts[0].people), (None, 0, 0));
    assert_eq!((p.accounts[2].score, p.accounts[2].red_flags, p.accounts[2].people), (Some(0), 2, 1));
    // Its revenue still counts.
    assert!((p.accounts[0].share - 0.5).abs() < 1e-9);
    // The entry point the screen and `dmu portfolio` share gives it no score at all.
    let p = dmu::analysis::portfolio::of_accounts(
        &[("new", &accts[0], None)],
        &PortfolioConfig::default(),
        d(TODAY),
        None,
    );
    assert_eq!((p.accounts[0].score, p.accounts[0].red_flags), (None, 0));
    assert!(p.flags.iter().all(|f| f.account.is_none()), "{:#?}", p.flags);
}

#[test]
fn one_recent_demand_is_not_rising_demands() {
    let with = |dates: &[&str]| {
        let mut a = account("x", Tier::Key, 100, 0, Some("2026-11-01"));
        a.demands = dates.iter().enumerate().map(|(i, day)| demand(&format!("d{i}"), day, false)).collect();
        codes(&[a]).iter().any(|(c, _)| *c == PortfolioFlagCode::RisingDemands)
    };
    assert!(!with(&["2026-11-20"]), "one demand, none before: no trend");
    assert!(with(&["2026-11-20", "2026-10-20"]), "two, none before");
    assert!(with(&["2026-11-20", "2026-10-20", "2026-07-20"]), "two, one before");
    assert!(!with(&["2026-11-20", "2026-10-20", "2026-07-20", "2026-08-10"]), "two, two before");
}

#[test]
fn a_member_who_owns_one_follow_up_is_refused_in_the_singular() {
    let mut a = with_team(account("x", Tier::Key, 1, 1, None));
    a.follow_ups = vec![follow_up("f-1", "t1", "2026-12-01", None)];
    let owner = "t1";
    let e = dmu::model::ops::delete_member(&a, owner).unwrap_err().to_string();
    assert!(e.ends_with("owns 1 open or past follow-up; give it to someone else first"), "{e}");
    a.follow_ups.push(FollowUp { id: "f-2".into(), ..a.follow_ups[0].clone() });
    let e = dmu::model::ops::delete_member(&a, owner).unwrap_err().to_string();
    assert!(e.ends_with("owns 2 open or past follow-ups; give them to someone else first"), "{e}");
}
