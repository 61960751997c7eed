//! The deal rules in the analysis (a tender's quiet period, a deal closing with a low
//! score), `dmu report --deal`, the one-page account plan in Markdown and the
//! portfolio's pipeline, plan sums and margins, on a fixture account with deals and a
//! plan (`tests/fixtures/strategy/kama.json`) and on portfolios worked out by hand.

mod common;

use common::cli::dmu;
use dmu::analysis::portfolio::{AccountInput, PortfolioConfig, PortfolioFlagCode, portfolio};
use dmu::analysis::portfolio_deals::{PipelineStage, PlanSum};
use dmu::analysis::{FlagCode, PullConfig, analyze_deal};
use dmu::model::{
    Account, Date, Deal, DealStage, Demand, DemandKind, Person, PlanItem, PlanKind, PlanStatus, Tier,
};

const KAMA: &str = include_str!("fixtures/strategy/kama.json");
const TODAY: &str = "2026-11-27";

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn kama() -> Account {
    serde_json::from_str(KAMA).unwrap()
}

fn codes(flags: &[dmu::analysis::RedFlag]) -> Vec<FlagCode> {
    flags.iter().map(|f| f.code).collect()
}

// ---- The quiet period ----

#[test]
fn a_quiet_period_holds_back_every_step_with_the_customers_people_and_says_until_when() {
    let a = kama();
    let cfg = PullConfig::default();
    for deal in [None, Some("d-boiler"), Some("d-service")] {
        let an = analyze_deal(&a, deal, &cfg, d(TODAY));
        assert!(an.next_best.is_empty(), "{deal:?}: {:#?}", an.next_best);
        let q = an.quiet.as_ref().unwrap_or_else(|| panic!("{deal:?}: no quiet period"));
        assert_eq!((q.deal.as_str(), q.until), ("d-boiler", d("2026-12-15")));
        assert!(q.held > 0, "{deal:?}: the model had steps to hold back");
        assert!(q.sentence().contains("until 2026-12-15"), "{}", q.sentence());
        assert!(codes(&an.red_flags).contains(&FlagCode::QuietBreach), "{deal:?}");
    }
    // The analysis without the rules proposes steps: the quiet period is what holds them.
    let plain = dmu::analysis::analyze(&a, &dmu::model::Index::new(&a), &cfg, d(TODAY));
    assert!(!plain.next_best.is_empty());
    // On the day contact is allowed again the steps return and the flag goes.
    let after = analyze_deal(&a, Some("d-boiler"), &cfg, d("2026-12-15"));
    assert_eq!(after.quiet, None);
    assert!(!after.next_best.is_empty());
    assert!(!codes(&after.red_flags).contains(&FlagCode::QuietBreach));
    // A tender already decided has no rule left to keep.
    let mut won = kama();
    won.deals[0].stage = Some(DealStage::Won);
    let an = analyze_deal(&won, None, &cfg, d(TODAY));
    assert_eq!(an.quiet, None);
    assert!(!an.next_best.is_empty());
}

#[test]
fn the_quiet_flag_names_a_follow_up_planned_inside_the_period_and_a_contact_recorded_in_it() {
    let cfg = PullConfig::default();
    let flag = |a: &Account| {
        analyze_deal(a, Some("d-boiler"), &cfg, d(TODAY))
            .red_flags
            .into_iter()
            .find(|f| f.code == FlagCode::QuietBreach)
    };
    let a = kama();
    let f = flag(&a).expect("the offer to Petr Novak is due inside the quiet period");
    assert_eq!(f.people, [1]);
    assert!(f.message.contains("Petr Novak") && f.message.contains("2026-12-05"), "{}", f.message);
    // Done, or due after the period, or with nobody of theirs: nothing breaks the rule.
    let mut done = kama();
    done.follow_ups[0].done = Some(d("2026-11-26"));
    assert_eq!(flag(&done), None);
    let mut later = kama();
    later.follow_ups[0].due = d("2026-12-15");
    assert_eq!(flag(&later), None);
    // A contact recorded today, inside the period, breaks it.
    done.people[0].last_contact = Some(d(TODAY));
    let f = flag(&done).expect("a contact today");
    assert_eq!(f.people, [0]);
    assert!(f.message.contains("Eva Lind was contacted on 2026-11-27"), "{}", f.message);
}

// ---- A deal closing with a low score ----

#[test]
fn a_deal_closing_with_a_low_score_is_flagged_up_to_the_window_and_below_the_threshold() {
    let cfg = PullConfig::default();
    assert_eq!((cfg.close_days, cfg.close_score_min), (30, 40));
    let with_close = |close: &str| {
        let mut a = kama();
        a.deals[0].close = Some(d(close));
        a.deals[0].no_contact_until = None;
        a
    };
    let flagged = |a: &Account, cfg: &PullConfig| {
        codes(&analyze_deal(a, Some("d-boiler"), cfg, d(TODAY)).red_flags).contains(&FlagCode::CloseLowScore)
    };
    // 2026-12-27 is 30 days after 2026-11-27: still closing; a day later it is not.
    assert!(flagged(&with_close("2026-12-27"), &cfg));
    assert!(!flagged(&with_close("2026-12-28"), &cfg));
    // A close date already past while the deal is open is the more urgent.
    let past = with_close("2026-11-01");
    let f = analyze_deal(&past, Some("d-boiler"), &cfg, d(TODAY));
    let msg = &f.red_flags.iter().find(|f| f.code == FlagCode::CloseLowScore).unwrap().message;
    assert!(msg.contains("has passed"), "{msg}");
    // The score through the deal's lens is 18: flagged below 19, not at 18.
    let score = analyze_deal(&past, Some("d-boiler"), &cfg, d(TODAY)).score;
    assert_eq!(score, 18);
    let at = PullConfig { close_score_min: 18, ..PullConfig::default() };
    assert!(!flagged(&with_close("2026-12-20"), &at));
    let above = PullConfig { close_score_min: 19, ..PullConfig::default() };
    assert!(flagged(&with_close("2026-12-20"), &above));
    // Won deals close nothing.
    let mut won = with_close("2026-12-20");
    won.deals[0].stage = Some(DealStage::Won);
    assert!(!flagged(&won, &cfg));
    // Without a lens each deal is judged by its own lens's score (18 here, 23 for the account).
    let an = analyze_deal(&with_close("2026-12-20"), None, &cfg, d(TODAY));
    let f = an.red_flags.iter().find(|f| f.code == FlagCode::CloseLowScore).unwrap();
    assert!(f.message.contains("score 18"), "{}", f.message);
}

#[test]
fn the_new_settings_can_be_set_per_account_and_are_described() {
    let mut a = kama();
    a.extra.insert("pull_model".into(), serde_json::json!({"close_days": 10, "close_score_min": 50}));
    let cfg = PullConfig::for_account(&a).unwrap();
    assert_eq!((cfg.close_days, cfg.close_score_min), (10, 50));
    let lines = cfg.describe();
    assert!(lines.iter().any(|l| l.starts_with("close_days = 10: days before")), "{lines:#?}");
    let ru = dmu::i18n::with_lang(dmu::i18n::Lang::Ru, || cfg.describe());
    assert!(ru.iter().any(|l| l.starts_with("close_score_min = 50: наименьшая оценка")), "{ru:#?}");
}

// ---- dmu report --deal ----

fn kama_data() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("accounts")).unwrap();
    std::fs::write(tmp.path().join("accounts/kama.json"), KAMA).unwrap();
    tmp
}

fn out(o: &std::process::Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn report_deal_looks_through_the_deal_in_every_format() {
    let tmp = kama_data();
    let text = out(&dmu(tmp.path(), &["report", "kama", "--deal", "BOILER 4 replacement", "--today", TODAY]));
    assert!(text.starts_with("Kama Boilers (acc-kama): pull score 18/100\n"), "{text}");
    assert!(
        text.contains("\nDeal: Boiler 4 replacement (proposal, tender, 800,000 EUR, closes 2026-12-20)\n"),
        "{text}"
    );
    // Through the deal's lens Mia Grant decides too.
    assert!(text.contains("[decider_uncovered] Nobody on our team covers the decider Mia Grant."), "{text}");
    assert!(text.contains("No steps with the customer's people: the tender Boiler 4 replacement is in its quiet period until 2026-12-15"), "{text}");
    assert!(text.contains("[quiet_period_breach]") && text.contains("[close_low_score]"), "{text}");
    let md =
        out(&dmu(tmp.path(), &["report", "kama", "--deal", "d-boiler", "--format", "md", "--today", TODAY]));
    assert!(
        md.contains("\nDeal: Boiler 4 replacement (proposal, tender, 800,000 EUR, closes 2026-12-20)\n"),
        "{md}"
    );
    assert!(md.contains("- `quiet_period_breach`:"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&out(&dmu(
        tmp.path(),
        &["report", "kama", "--deal", "d-service", "--format", "json", "--today", TODAY],
    )))
    .unwrap();
    assert_eq!(json["deal"]["id"], "d-service");
    assert_eq!(json["deal"]["stage"], "negotiation");
    assert_eq!(json["quiet_period"]["deal"], "d-boiler");
    assert_eq!(json["quiet_period"]["until"], "2026-12-15");
    assert_eq!(json["next_best"], serde_json::json!([]));
    // Without --deal: the account, no deal named, the tender's quiet period still kept.
    let plain = out(&dmu(tmp.path(), &["report", "kama", "--today", TODAY]));
    assert!(plain.starts_with("Kama Boilers (acc-kama): pull score 23/100\n\nPull paths"), "{plain}");
}

#[test]
fn report_deal_speaks_russian() {
    let tmp = kama_data();
    let text =
        out(&dmu(tmp.path(), &["report", "kama", "--deal", "d-boiler", "--today", TODAY, "--lang", "ru"]));
    assert!(text.contains("\nСделка: Boiler 4 replacement ("), "{text}");
    assert!(text.contains("закрытие 20.12.2026"), "{text}");
    assert!(text.contains("период тишины до 15.12.2026"), "{text}");
    assert!(text.contains("Тендер Boiler 4 replacement запрещает контакты до 15.12.2026"), "{text}");
    let help = out(&dmu(tmp.path(), &["report", "--help", "--lang", "ru"]));
    assert!(help.contains("Смотреть через одну сделку"), "{help}");
}

#[test]
fn an_unknown_deal_is_an_error_that_lists_the_deals() {
    let tmp = kama_data();
    let o = dmu(tmp.path(), &["report", "kama", "--deal", "boilers", "--today", TODAY]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("The account has no deal \"boilers\". Its deals: Boiler 4 replacement (d-boiler), Service contract 2027 (d-service), Spare parts 2026 (d-spares)."),
        "{err}"
    );
    assert!(o.stdout.is_empty());
    let o = dmu(tmp.path(), &["report", "kama", "--deal", "boilers", "--lang", "ru"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("У клиента нет сделки «boilers». Его сделки: Boiler 4 replacement (d-boiler)"),
        "{err}"
    );
}

// ---- The one-page account plan ----

#[test]
fn the_account_plan_matches_its_golden_file() {
    let actual = dmu::export::to_markdown(&kama(), d(TODAY));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/kama.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert_eq!(actual, expected, "UPDATE_GOLDEN=1 cargo test --test strategy, then read the diff");
    // The command line writes the same bytes.
    let tmp = kama_data();
    assert_eq!(out(&dmu(tmp.path(), &["export", "kama", "--format", "md", "--today", TODAY])), expected);
}

#[test]
fn the_account_plan_speaks_russian() {
    let md = dmu::i18n::with_lang(dmu::i18n::Lang::Ru, || dmu::export::to_markdown(&kama(), d(TODAY)));
    for part in [
        "- **Маржа:** 9%",
        "## Сделки",
        "| Сделка | Стадия | Порядок закупки | Сумма | Закрытие | Оценка протаскивания |",
        "без контактов до 15.12.2026",
        "800\u{a0}000 EUR",
        "## План работы с клиентом",
        "Запланировано (идеи и согласованные): 110\u{a0}000 EUR · выполняется: 40\u{a0}000 EUR · сделано: 10\u{a0}000 EUR",
        "## Риски",
        "- Тендер Boiler 4 replacement запрещает контакты до 15.12.2026",
        "Наша маржа здесь 9%, а клиент требует всё больше",
    ] {
        assert!(md.contains(part), "no {part:?} in\n{md}");
    }
}

// ---- The portfolio ----

fn account(id: &str, tier: Tier, revenue: i64, margin: Option<f64>, rising: bool) -> Account {
    let mut a = Account::new(id, id.to_uppercase());
    a.tier = tier;
    a.annual_revenue = Some(revenue.into());
    a.margin = margin.and_then(serde_json::Number::from_f64);
    let mut p = Person::new("p1", "Someone");
    p.last_contact = Some(d("2026-11-20"));
    a.people.push(p);
    if rising {
        // Two demands in the last 90 days, none in the 90 before: rising.
        for (k, day) in ["2026-11-01", "2026-10-01"].iter().enumerate() {
            a.demands.push(Demand {
                id: format!("dm{k}"),
                date: d(day),
                text: "more".into(),
                kind: DemandKind::Service,
                granted: false,
                extra: Default::default(),
            });
        }
    }
    a
}

fn deal(id: &str, stage: DealStage, value: i64) -> Deal {
    let mut x = Deal::new(id, id);
    (x.stage, x.value) = (Some(stage), Some(value.into()));
    x
}

fn item(id: &str, kind: PlanKind, status: PlanStatus, value: i64) -> PlanItem {
    let mut p = PlanItem::new(id, id);
    (p.kind, p.status, p.value) = (Some(kind), Some(status), Some(value.into()));
    p
}

#[test]
fn the_portfolio_gives_margins_the_squeeze_the_revenue_at_risk_pipeline_and_plans_worked_out_by_hand() {
    // Mean margin (600×10 + 300×20 + 100×30) / 1000 = 15; F has no margin and does not count.
    let mut a = account("a", Tier::Key, 600, Some(10.0), true); // 5 points below, demands rising: squeezed
    a.deals = vec![
        deal("a1", DealStage::Proposal, 100),
        deal("a2", DealStage::Proposal, 50),
        deal("a3", DealStage::Won, 999),
    ];
    let mut b = account("b", Tier::Key, 300, Some(20.0), true); // rising but above the mean
    b.plan = vec![
        item("b1", PlanKind::CostReduction, PlanStatus::Agreed, 90),
        item("b2", PlanKind::CostReduction, PlanStatus::Running, 40),
        item("b3", PlanKind::CostReduction, PlanStatus::Done, 500),
    ];
    let mut c = account("c", Tier::Growth, 100, Some(30.0), true); // low? no: not a key account
    c.deals = vec![deal("c1", DealStage::Lead, 10)];
    c.plan = vec![item("c1", PlanKind::Other, PlanStatus::Idea, 5)];
    let f = account("f", Tier::Key, 500, None, false);
    let accounts = [a, b, c, f];
    let scores = [Some(50), Some(10), Some(50), Some(50)]; // b below the key-account minimum: at risk
    let deal_scores = [vec![Some(40), Some(61), None], vec![], vec![Some(20)], vec![]];
    let inputs: Vec<AccountInput<'_>> = accounts
        .iter()
        .zip(scores)
        .zip(deal_scores)
        .map(|((a, score), deal_scores)| AccountInput {
            slug: &a.id,
            account: a,
            score,
            flags: vec![],
            deal_scores,
        })
        .collect();
    let p = portfolio(&inputs, &PortfolioConfig::default(), d(TODAY), None);
    assert!((p.mean_margin.unwrap() - 15.0).abs() < 1e-9, "{:?}", p.mean_margin);
    let squeezed: Vec<_> = p
        .flags
        .iter()
        .filter(|f| f.code == PortfolioFlagCode::MarginSqueeze)
        .map(|f| f.account.clone())
        .collect();
    assert_eq!(squeezed, [Some("a".to_string())], "{:#?}", p.flags);
    let msg = &p.flags.iter().find(|f| f.code == PortfolioFlagCode::MarginSqueeze).unwrap().message;
    assert!(
        msg.starts_with("Key account A earns us a margin of 10%, well below the portfolio's 15%"),
        "{msg}"
    );
    // At risk: A (squeezed) and B (flagged at risk) of the key revenue 600 + 300 + 500.
    assert_eq!((p.key_revenue, p.revenue_at_risk), (1400.0, 900.0));
    assert_eq!(p.accounts[0].margin, Some(10.0));
    assert_eq!((p.accounts[0].open_deals, p.accounts[0].pipeline_value), (2, 150.0));
    assert_eq!(
        p.pipeline,
        [
            PipelineStage { stage: DealStage::Lead, deals: 1, value: 10.0, mean_score: Some(20) },
            PipelineStage { stage: DealStage::Proposal, deals: 2, value: 150.0, mean_score: Some(51) },
        ]
    );
    assert_eq!(
        p.plan,
        [
            PlanSum { kind: PlanKind::CostReduction, planned: 90.0, running: 40.0, items: 2 },
            PlanSum { kind: PlanKind::Other, planned: 5.0, running: 0.0, items: 1 },
        ]
    );
    // A hair less than five points below is not "well below".
    let mut near = accounts.clone();
    near[0].margin = serde_json::Number::from_f64(10.2);
    assert!(!squeezed_any(&near), "10.2% against 15% is not five points below");
    // Without rising demands a low margin alone is not the danger flagged.
    let mut calm = accounts.clone();
    calm[0].demands.clear();
    assert!(!squeezed_any(&calm), "a low margin without rising demands");
}

#[test]
fn dmu_portfolio_shows_margins_pipeline_and_plans() {
    let tmp = kama_data();
    std::fs::write(tmp.path().join("accounts/demo.json"), include_str!("../assets/demo.json")).unwrap();
    let text = out(&dmu(tmp.path(), &["portfolio", "--today", TODAY]));
    for part in [
        "MARGIN",
        "Margin across the portfolio, weighted by revenue: 9%",
        "Revenue at risk if key accounts showing the signs drop their status:",
        "Pipeline (open deals by stage):",
        "Account plans (value a year):",
        "planned 110,000 EUR, running 40,000 EUR",
    ] {
        assert!(text.contains(part), "no {part:?} in\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&out(&dmu(tmp.path(), &["portfolio", "--format", "json", "--today", TODAY])))
            .unwrap();
    assert_eq!(json["pipeline"][0]["stage"], "proposal");
    assert_eq!(json["pipeline"][0]["mean_score"], 18);
    assert_eq!(json["pipeline"][1]["stage"], "negotiation");
    assert_eq!(json["pipeline"][1]["mean_score"], 23);
    let ru = out(&dmu(tmp.path(), &["portfolio", "--today", TODAY, "--lang", "ru"]));
    assert!(ru.contains("МАРЖА") && ru.contains("Воронка (открытые сделки по стадиям):"), "{ru}");
    assert!(ru.contains("1 сделка"), "{ru}");
}

// ---- The portfolio screen ----

/// The app on a portfolio of the demo, Kama Boilers (deals, a plan, a margin) and a
/// growth account at a better margin, judged on 2026-11-27.
fn portfolio_app() -> dmu::tui::app::App {
    let lib = common::doubles::MemLibrary::default();
    let mut growth = account("acc-ural", Tier::Growth, 400_000, Some(30.0), false);
    growth.name = "Ural Foods".into();
    growth.currency = Some("EUR".into());
    growth.plan = vec![item("u1", PlanKind::JointDevelopment, PlanStatus::Idea, 30_000)];
    let mut files = lib.files.borrow_mut();
    files.push(("kama".into(), Ok(kama())));
    files.push(("ural".into(), Ok(growth)));
    files.push(("volga-pipe-works".into(), Ok(common::doubles::demo())));
    drop(files);
    common::doubles::app(lib)
}

#[test]
fn the_portfolio_screen_shows_margins_the_pipeline_and_plans() {
    let mut app = portfolio_app();
    let small = common::drive::screen(&mut app, 80, 24);
    assert!(small.contains("Deals and plans") && small.contains("Margin 14.3%"), "{small}");
    insta::assert_snapshot!("strategy_portfolio_80x24", small);
    let large = common::drive::screen(&mut app, 160, 48);
    for part in ["Open deals by stage", "Proposal: 1 · 800,000 · score 18", "Account plans by kind", "Margin"]
    {
        assert!(large.contains(part), "no {part:?} in\n{large}");
    }
    insta::assert_snapshot!("strategy_portfolio_160x48", large);
}

#[test]
fn the_portfolio_screen_speaks_russian() {
    dmu::i18n::with_lang(dmu::i18n::Lang::Ru, || {
        let mut app = portfolio_app();
        let small = common::drive::screen(&mut app, 80, 24);
        assert!(small.contains("Сделки и планы") && small.contains("Маржа 14,3%"), "{small}");
        insta::assert_snapshot!("strategy_portfolio_ru_80x24", small);
        let large = common::drive::screen(&mut app, 160, 48);
        assert!(large.contains("Открытые сделки по стадиям"), "{large}");
        insta::assert_snapshot!("strategy_portfolio_ru_160x48", large);
    });
}

#[test]
fn the_portfolio_screen_draws_at_small_and_odd_sizes() {
    let mut app = portfolio_app();
    for (w, h) in [(1, 1), (20, 5), (40, 12), (80, 13), (200, 10), (100, 60)] {
        let s = common::drive::screen(&mut app, w, h);
        assert!(s.lines().count() <= h as usize, "{w}x{h}");
    }
    // Too short for the panel: the table keeps the rows.
    assert!(!common::drive::screen(&mut app, 80, 13).contains("Deals and plans"));
}

#[test]
fn the_real_binary_shows_the_deals_and_plans_on_the_portfolio() {
    let tmp = kama_data();
    let d = tmp.path().to_str().unwrap();
    let mut t = common::pty::Tui::spawn_sized(&["--data-dir", d], &[], 80, 24);
    t.wait_for("Kama Boilers");
    t.wait_for("Deals and plans");
    t.wait_for("Margin 9%");
    t.wait_for("Pipeline 2 deals 950,000");
    t.resize(160, 48);
    t.wait_for("Open deals by stage");
    t.wait_for("Cost reduction: 90,000 planned, 0 running");
    t.send("q");
    assert!(t.wait_exit(), "dmu exits cleanly");
}

#[test]
fn the_portfolios_cheap_summary_gives_the_full_analysis_score_and_flags_through_every_lens() {
    let cfg = PullConfig::default();
    for today in ["2026-11-27", "2026-12-15", "2027-04-01"] {
        let a = kama();
        for deal in [None, Some("d-boiler"), Some("d-service"), Some("d-spares"), Some("nothing")] {
            let full = analyze_deal(&a, deal, &cfg, d(today));
            let (score, flags) =
                dmu::analysis::deal_score_and_flags(&a, &dmu::model::Index::new(&a), deal, &cfg, d(today));
            assert_eq!((score, &flags), (full.score, &full.red_flags), "{deal:?} on {today}");
        }
    }
}

#[test]
fn the_portfolio_sorts_by_margin_lowest_first_and_by_open_deals_largest_first() {
    use dmu::tui::action::Action::SortNext;
    let mut app = portfolio_app();
    let names = |app: &dmu::tui::app::App| -> Vec<String> {
        app.accounts.display().filter_map(|(_, f)| f.map(|f| f.name.clone())).collect()
    };
    // From the file order: name, tier, revenue, potential, score, flags, contact, open,
    // overdue, margin.
    for _ in 0..10 {
        common::drive::run(&mut app, &[SortNext]);
    }
    assert_eq!(common::drive::message(&app), "Sorted by margin, lowest first");
    assert_eq!(names(&app), ["Kama Boilers", "Ural Foods", "Volga Pipe Works"]);
    common::drive::run(&mut app, &[SortNext]);
    assert_eq!(common::drive::message(&app), "Sorted by open deals' value, largest first");
    assert_eq!(names(&app)[0], "Kama Boilers");
    common::drive::run(&mut app, &[SortNext]);
    assert_eq!(common::drive::message(&app), "Sorted by file name");
}

#[test]
fn the_quiet_period_in_force_is_the_lens_deals_own_else_the_longest_of_the_open_ones() {
    use dmu::analysis::quiet_period;
    let mut a = kama();
    let tender = |id: &str, until: &str| {
        let mut t = Deal::new(id, id.to_uppercase());
        t.process = Some(dmu::model::Process::Tender);
        t.no_contact_until = Some(d(until));
        t
    };
    a.deals =
        vec![tender("t-short", "2026-12-10"), tender("t-long", "2026-12-20"), Deal::new("open", "Open")];
    let quiet = |a: &Account, deal| quiet_period(a, deal, d(TODAY)).map(|q| (q.deal, q.until));
    assert_eq!(quiet(&a, Some("t-short")), Some(("t-short".into(), d("2026-12-10"))));
    assert_eq!(quiet(&a, None), Some(("t-long".into(), d("2026-12-20"))));
    assert_eq!(quiet(&a, Some("open")), Some(("t-long".into(), d("2026-12-20"))));
    a.deals[1].stage = Some(DealStage::Lost);
    assert_eq!(quiet(&a, Some("open")), Some(("t-short".into(), d("2026-12-10"))));
    // The last quiet day is the day before `no_contact_until`.
    assert!(quiet_period(&a, None, d("2026-12-09")).is_some());
    assert_eq!(quiet_period(&a, None, d("2026-12-10")), None);
}

#[test]
fn show_lists_the_deals_with_their_own_roles_and_the_plan() {
    let tmp = kama_data();
    let text = out(&dmu(tmp.path(), &["show", "kama"]));
    assert!(text.contains("\nDeals (3)\n"), "{text}");
    assert!(
        text.contains("  Boiler 4 replacement [d-boiler] (proposal, tender, 800,000 EUR, closes 2026-12-20, no contact until 2026-12-15, against Thermax)\n    Mia Grant: payer, decider\n"),
        "{text}"
    );
    assert!(text.contains("\nAccount plan (4)\n"), "{text}");
    assert!(text.contains("  Cut boiler downtime (cost reduction, agreed, Oleg Marsh, with Petr Novak, due 2027-03-31, 90,000 EUR)"), "{text}");
    assert!(text.contains("margin 9%"), "{text}");
    let ru = out(&dmu(tmp.path(), &["show", "kama", "--lang", "ru"]));
    assert!(
        ru.contains("\nСделки (3)\n") && ru.contains("закрытие 20.12.2026, без контактов до 15.12.2026"),
        "{ru}"
    );
    assert!(ru.contains("\nПлан по клиенту (4)\n") && ru.contains("снижение затрат, согласована"), "{ru}");
}

/// Whether the portfolio of `accounts` (each scored 50, without flags) flags any
/// account's margin as squeezed.
fn squeezed_any(accounts: &[Account]) -> bool {
    let inputs: Vec<AccountInput<'_>> = accounts
        .iter()
        .map(|a| AccountInput {
            slug: &a.id,
            account: a,
            score: Some(50),
            flags: vec![],
            deal_scores: vec![],
        })
        .collect();
    let p = portfolio(&inputs, &PortfolioConfig::default(), d(TODAY), None);
    p.flags.iter().any(|f| f.code == PortfolioFlagCode::MarginSqueeze)
}
