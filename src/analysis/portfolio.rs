//! Figures across accounts: revenue concentration, neglected potential, rising
//! demands and key accounts at risk (the textbook's dangers of key-account management,
//! after Burnett 1992).

use crate::model::{Account, Date, Index, Tier};

/// Thresholds of the portfolio flags; the defaults are the issue's.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioConfig {
    /// Flag concentration when the top three accounts hold more than this share (0..1).
    pub top3_share_max: f64,
    /// Flag concentration when the Herfindahl-Hirschman index passes this (0..10,000).
    pub hhi_max: f64,
    /// An account nobody was contacted at for this many days counts as neglected.
    pub neglect_days: i32,
    /// The length of each of the two windows compared for rising demands.
    pub demand_window_days: i32,
    /// A key account whose pull score is below this is at risk.
    pub key_score_min: u8,
}

impl Default for PortfolioConfig {
    fn default() -> Self {
        PortfolioConfig {
            top3_share_max: 0.5,
            hhi_max: 2500.0,
            neglect_days: 90,
            demand_window_days: 90,
            key_score_min: 30,
        }
    }
}

/// One account as the portfolio sees it: the account, and its pull analysis where it has one.
pub struct AccountInput<'a> {
    pub slug: &'a str,
    pub account: &'a Account,
    /// The pull score, 0..=100.
    pub score: Option<u8>,
    /// The codes of the account's red flags (`blocker`, `payer_uncovered`, ...).
    pub flags: Vec<&'static str>,
    /// The pull score through each deal's lens, in the order of `account.deals` (none
    /// for a closed deal or an account not judged; an empty list when not worked out).
    pub deal_scores: Vec<Option<u8>>,
}

/// The row of one account on the portfolio screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AccountFigures {
    pub slug: String,
    pub id: String,
    pub name: String,
    pub tier: Tier,
    pub revenue: f64,
    /// The currency of revenue and potential, as the file gives it (upper case).
    pub currency: Option<String>,
    /// Share of the portfolio's revenue, 0..1; 0 for an account left out of the shares
    /// (see `in_shares`).
    pub share: f64,
    /// Whether the account counts in the shares and the concentration: false for an
    /// account in another currency than the portfolio's (its share is then no figure at
    /// all, and is shown blank) and for a second file of the same account.
    pub in_shares: bool,
    /// How many people of the customer are mapped; an account with none is not judged
    /// by its pull (no score, no red flags) until someone is.
    pub people: usize,
    pub potential: f64,
    pub score: Option<u8>,
    pub red_flags: usize,
    pub last_contact: Option<Date>,
    pub open_followups: usize,
    pub overdue_followups: usize,
    /// The slug of the file that counts in this one's place because both hold the same
    /// account id (see [`same_account`]); this row is then left out of the totals, the
    /// shares, the concentration and the flags.
    pub same_as: Option<String>,
    /// Our gross margin on the account, percent, when known.
    pub margin: Option<f64>,
    /// How many of its deals are open, and what they are worth together.
    pub open_deals: usize,
    pub pipeline_value: f64,
}

/// How much of the revenue sits in a few accounts.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Concentration {
    /// Share of the largest account, 0..1.
    pub top1_share: f64,
    /// Share of the three largest accounts, 0..1.
    pub top3_share: f64,
    /// Herfindahl-Hirschman index: the sum of squared revenue shares in percent (0..10,000).
    pub hhi: f64,
}

/// The stable codes of the portfolio's own red flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PortfolioFlagCode {
    Concentration,
    NeglectedPotential,
    RisingDemands,
    KeyAccountAtRisk,
    /// Accounts keep revenue in another currency than the portfolio's main one.
    MixedCurrencies,
    /// Two files hold the same account id (a copy made by hand); one is counted.
    DuplicateAccount,
    /// A key account's margin is well below the portfolio's while its demands rise.
    MarginSqueeze,
}

impl PortfolioFlagCode {
    /// The code as written in JSON.
    pub fn key(self) -> &'static str {
        match self {
            PortfolioFlagCode::Concentration => "concentration",
            PortfolioFlagCode::NeglectedPotential => "neglected_potential",
            PortfolioFlagCode::RisingDemands => "rising_demands",
            PortfolioFlagCode::KeyAccountAtRisk => "key_account_at_risk",
            PortfolioFlagCode::MixedCurrencies => "mixed_currencies",
            PortfolioFlagCode::DuplicateAccount => "duplicate_account",
            PortfolioFlagCode::MarginSqueeze => "margin_squeeze",
        }
    }
}

/// A portfolio red flag, explained in one sentence.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PortfolioFlag {
    pub code: PortfolioFlagCode,
    /// The slug of the account concerned (none for concentration).
    pub account: Option<String>,
    pub message: String,
}

/// Everything the portfolio screen and `dmu portfolio` show.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Portfolio {
    pub today: Date,
    /// The currency the totals, shares and concentration are in: the one the settings
    /// name, else the one most accounts use (see [`most_used_currency`]).
    pub currency: Option<String>,
    /// Whether that currency comes from the settings (`false`: from the accounts).
    pub currency_from_settings: bool,
    pub total_revenue: f64,
    pub concentration: Concentration,
    pub flags: Vec<PortfolioFlag>,
    pub accounts: Vec<AccountFigures>,
    /// The revenue-weighted mean margin of the accounts counted, percent.
    pub mean_margin: Option<f64>,
    /// The revenue of the key accounts counted.
    pub key_revenue: f64,
    /// The revenue of the key accounts showing signs of dropping their status: flagged
    /// at risk or squeezed (see [`super::portfolio_deals`]).
    pub revenue_at_risk: f64,
    /// Open deals by stage.
    pub pipeline: Vec<super::portfolio_deals::PipelineStage>,
    /// The account plans' planned and running value by kind.
    pub plan: Vec<super::portfolio_deals::PlanSum>,
}

/// The most recent contact with anyone at the account.
pub fn last_contact(a: &Account) -> Option<Date> {
    a.people.iter().filter_map(|p| p.last_contact).max()
}

/// For each account (file slug, account id), the index of the account that counts in
/// its place when another file holds the same id; `None` for each account that counts.
///
/// Of the files holding one id, the first by file name counts. A copy made by hand is
/// usually named by extending the original's name (`acme`, `acme-copy`, `acme (2)`),
/// so it sorts after it; and unlike "the one saved last", the choice does not change
/// when a checkout or a copy touches the files' times, nor needs the disk.
pub fn same_account(accounts: &[(&str, &str)]) -> Vec<Option<usize>> {
    let mut first: std::collections::HashMap<&str, usize> = Default::default();
    for (k, &(slug, id)) in accounts.iter().enumerate() {
        first
            .entry(id)
            .and_modify(|f| {
                if slug < accounts[*f].0 {
                    *f = k
                }
            })
            .or_insert(k);
    }
    accounts.iter().enumerate().map(|(k, (_, id))| first.get(id).copied().filter(|&f| f != k)).collect()
}

/// Revenue shares: top one, top three and the HHI. All zero when there is no revenue.
pub fn concentration(revenues: &[f64]) -> Concentration {
    let total: f64 = revenues.iter().filter(|r| **r > 0.0).sum();
    if total <= 0.0 {
        return Concentration { top1_share: 0.0, top3_share: 0.0, hhi: 0.0 };
    }
    let mut shares: Vec<f64> = revenues.iter().map(|r| r.max(0.0) / total).collect();
    shares.sort_by(|a, b| b.total_cmp(a));
    Concentration {
        top1_share: shares[0],
        top3_share: shares.iter().take(3).sum(),
        hhi: shares.iter().map(|s| (s * 100.0).powi(2)).sum(),
    }
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// The portfolio's figures and flags, judged against `today`. `main_currency` is the
/// currency the settings name for the shares and the concentration; without one, the
/// currency most accounts use counts.
pub fn portfolio(
    inputs: &[AccountInput<'_>],
    cfg: &PortfolioConfig,
    today: Date,
    main_currency: Option<&str>,
) -> Portfolio {
    // Sums in different currencies cannot be added: shares, concentration and the
    // potential ranking count the accounts in the portfolio's main currency (and those
    // with none), and the others are named in a flag of their own.
    //
    // An account held by two files counts once: the second file keeps its row (so the
    // rows stay one per input, which the screen relies on) but adds nothing to any sum
    // or flag, and a flag of its own names both files.
    let keys: Vec<(&str, &str)> = inputs.iter().map(|i| (i.slug, i.account.id.as_str())).collect();
    let instead = same_account(&keys);
    let counted: Vec<&AccountInput<'_>> =
        inputs.iter().zip(&instead).filter(|(_, s)| s.is_none()).map(|(i, _)| i).collect();
    let set = main_currency.map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty());
    let currency_from_settings = set.is_some();
    let currency = set.or_else(|| most_used_currency(&counted));
    let comparable: Vec<bool> = inputs
        .iter()
        .zip(&instead)
        .map(|(i, s)| s.is_none() && same_currency(i.account.currency.as_deref(), currency.as_deref()))
        .collect();
    let revenues: Vec<f64> =
        inputs.iter().zip(&comparable).map(|(i, &c)| if c { i.account.revenue() } else { 0.0 }).collect();
    let total_revenue: f64 = revenues.iter().filter(|r| **r > 0.0).sum();
    let conc = concentration(&revenues);
    let mut flags: Vec<PortfolioFlag> = inputs
        .iter()
        .zip(&instead)
        .filter_map(|(i, s)| Some(duplicate_flag(i, inputs[(*s)?].slug)))
        .collect();
    let apart: Vec<String> = inputs
        .iter()
        .zip(&comparable)
        .zip(&instead)
        .filter(|((_, c), s)| !**c && s.is_none())
        .map(|((i, _), _)| {
            let code = i.account.currency.as_deref().unwrap_or_default().trim().to_uppercase();
            format!("{} ({})", crate::text::inert(&i.account.name), crate::text::inert(&code))
        })
        .collect();
    if !apart.is_empty() {
        let main = crate::text::inert(currency.as_deref().unwrap_or_default()).into_owned();
        let named =
            |i: &&&AccountInput<'_>| i.account.currency.as_deref().is_some_and(|c| !c.trim().is_empty());
        let naming = counted.iter().filter(named).count();
        let users = counted
            .iter()
            .filter(named)
            .filter(|i| same_currency(i.account.currency.as_deref(), Some(&main)))
            .count();
        flags.push(PortfolioFlag {
            code: PortfolioFlagCode::MixedCurrencies,
            account: None,
            message: mixed_currencies(&apart, &main, currency_from_settings, users, naming),
        });
    }
    if conc.top3_share > cfg.top3_share_max || conc.hhi > cfg.hhi_max {
        flags.push(PortfolioFlag {
            code: PortfolioFlagCode::Concentration,
            account: None,
            message: crate::t!(
                "analysis-portfolio-concentration",
                top1 = percent(conc.top1_share),
                top3 = percent(conc.top3_share),
                hhi = format!("{:.0}", conc.hhi),
                top3max = percent(cfg.top3_share_max),
                hhimax = format!("{:.0}", cfg.hhi_max)
            ),
        });
    }

    let potential_cut = top_quarter_cut(
        inputs
            .iter()
            .zip(&comparable)
            .filter(|(_, c)| **c)
            .map(|(i, _)| i.account.potential_value())
            .collect(),
    );
    let accounts = inputs
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let a = i.account;
            let open: Vec<_> = a.follow_ups.iter().filter(|f| f.done.is_none()).collect();
            let judged = !a.people.is_empty();
            AccountFigures {
                slug: i.slug.to_string(),
                id: a.id.clone(),
                name: a.name.clone(),
                tier: a.tier,
                revenue: a.revenue(),
                share: if total_revenue > 0.0 { revenues[k].max(0.0) / total_revenue } else { 0.0 },
                in_shares: comparable[k],
                people: a.people.len(),
                currency: a.currency.as_deref().map(str::to_uppercase),
                potential: a.potential_value(),
                score: i.score.filter(|_| judged),
                red_flags: if judged { i.flags.len() } else { 0 },
                last_contact: last_contact(a),
                open_followups: open.len(),
                overdue_followups: open.iter().filter(|f| f.due < today).count(),
                same_as: instead[k].map(|f| inputs[f].slug.to_string()),
                margin: a.margin_value(),
                open_deals: a.deals.iter().filter(|d| d.stage().open()).count(),
                pipeline_value: a.deals.iter().filter(|d| d.stage().open()).map(|d| d.worth()).sum(),
            }
        })
        .collect::<Vec<_>>();

    let in_sums: Vec<&Account> =
        inputs.iter().zip(&comparable).filter(|(_, c)| **c).map(|(i, _)| i.account).collect();
    let mean_margin = super::portfolio_deals::mean_margin(&in_sums);
    for ((i, fig), &comparable) in inputs.iter().zip(&accounts).zip(&comparable) {
        if fig.same_as.is_some() {
            continue; // its flags are raised once, by the file that counts
        }
        let a = i.account;
        let name = crate::text::inert(&a.name);
        // An account with nobody mapped yet (a new one) has nothing to judge by its
        // people: it is not neglected nor at risk, only not mapped.
        let judged = !a.people.is_empty();
        if judged
            && comparable
            && a.tier != Tier::Key
            && potential_cut.is_some_and(|cut| fig.potential >= cut)
        {
            let quiet = match fig.last_contact {
                None => Some(crate::t!("analysis-portfolio-never-contacted")),
                Some(d) if today.days_since(d) > cfg.neglect_days => {
                    Some(crate::t!("analysis-portfolio-last-contact", days = today.days_since(d)))
                }
                Some(_) => None,
            };
            if let Some(quiet) = quiet {
                flags.push(PortfolioFlag {
                    code: PortfolioFlagCode::NeglectedPotential,
                    account: Some(i.slug.to_string()),
                    message: crate::t!(
                        "analysis-portfolio-neglected",
                        name = &name,
                        tier = a.tier.tr_word(),
                        quiet = quiet
                    ),
                });
            }
        }
        let rising = rising_demands(a, cfg, today);
        if let Some(message) = &rising {
            flags.push(PortfolioFlag {
                code: PortfolioFlagCode::RisingDemands,
                account: Some(i.slug.to_string()),
                message: crate::t!("analysis-portfolio-rising", name = &name, message = message),
            });
        }
        if let (Some(m), Some(mean), Some(why)) = (a.margin_value(), mean_margin, &rising)
            && comparable
            && a.tier == Tier::Key
            && super::portfolio_deals::well_below(m, mean)
        {
            use super::portfolio_deals::percent;
            flags.push(PortfolioFlag {
                code: PortfolioFlagCode::MarginSqueeze,
                account: Some(i.slug.to_string()),
                message: crate::t!(
                    "strategy-portfolio-margin-squeeze",
                    name = &name,
                    margin = percent(m),
                    mean = percent(mean),
                    why = why
                ),
            });
        }
        if judged && a.tier == Tier::Key {
            let mut why = Vec::new();
            if let Some(s) = i.score.filter(|s| *s < cfg.key_score_min) {
                why.push(crate::t!("analysis-portfolio-low-score", score = s, min = cfg.key_score_min));
            }
            if i.flags.contains(&"blocker") {
                why.push(crate::t!("analysis-portfolio-blocked"));
            }
            if i.flags.contains(&"payer_uncovered") {
                why.push(crate::t!("analysis-portfolio-payer-unknown"));
            }
            if !why.is_empty() {
                flags.push(PortfolioFlag {
                    code: PortfolioFlagCode::KeyAccountAtRisk,
                    account: Some(i.slug.to_string()),
                    message: crate::t!("analysis-portfolio-key-at-risk", name = &name, why = why.join("; ")),
                });
            }
        }
    }
    // What is at risk if key accounts drop their status: those already showing it.
    let showing: std::collections::HashSet<&str> = flags
        .iter()
        .filter(|g| matches!(g.code, PortfolioFlagCode::KeyAccountAtRisk | PortfolioFlagCode::MarginSqueeze))
        .filter_map(|g| g.account.as_deref())
        .collect();
    let at_risk = |f: &AccountFigures| showing.contains(f.slug.as_str());
    let key: Vec<&AccountFigures> = accounts
        .iter()
        .zip(&comparable)
        .filter(|(f, c)| **c && f.tier == Tier::Key)
        .map(|(f, _)| f)
        .collect();
    let key_revenue = key.iter().map(|f| f.revenue.max(0.0)).sum();
    let revenue_at_risk = key.iter().filter(|f| at_risk(f)).map(|f| f.revenue.max(0.0)).sum();
    Portfolio {
        today,
        currency,
        currency_from_settings,
        total_revenue,
        concentration: conc,
        flags,
        accounts,
        mean_margin,
        key_revenue,
        revenue_at_risk,
        pipeline: super::portfolio_deals::pipeline(inputs, &comparable),
        plan: super::portfolio_deals::plan_sums(&in_sums),
    }
}

/// The note on accounts left out of the shares: which, and why.
fn mixed_currencies(apart: &[String], main: &str, from_settings: bool, users: usize, of: usize) -> String {
    let who = match apart {
        [one] => one.clone(),
        [init @ .., last] => crate::t!("analysis-list-and", rest = init.join(", "), last = last),
        [] => String::new(),
    };
    let why = if from_settings {
        crate::t!("analysis-portfolio-mixed-main-settings", main = main)
    } else {
        crate::t!("analysis-portfolio-mixed-main-most", main = main, users = users, of = of)
    };
    // One account reads "is … its revenue", several (or none) "are … their revenue".
    let n = if apart.len() == 1 { 1 } else { 2 };
    crate::t!("analysis-portfolio-mixed", n = n, who = who, why = why)
}

/// The flag of a file whose account id the file `counted` holds too.
fn duplicate_flag(i: &AccountInput<'_>, counted: &str) -> PortfolioFlag {
    let (this, that) = (crate::text::inert(i.slug), crate::text::inert(counted));
    PortfolioFlag {
        code: PortfolioFlagCode::DuplicateAccount,
        account: Some(i.slug.to_string()),
        message: crate::t!(
            "analysis-portfolio-duplicate",
            that = &that,
            this = &this,
            name = crate::text::inert(&i.account.name),
            id = crate::text::inert(&i.account.id)
        ),
    }
}

/// The currency most accounts name (ties: the one holding more revenue, then the first
/// alphabetically); `None` when no account names one. By accounts, not by sums: one
/// large account in another currency must not push all the others out of the shares.
fn most_used_currency(inputs: &[&AccountInput<'_>]) -> Option<String> {
    let mut seen: std::collections::BTreeMap<String, (usize, f64)> = Default::default();
    for i in inputs {
        if let Some(c) = i.account.currency.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            let e = seen.entry(c.to_uppercase()).or_default();
            e.0 += 1;
            e.1 += i.account.revenue().max(0.0);
        }
    }
    // Alphabetical order, so the first of equals is kept.
    seen.into_iter()
        .fold(None, |best: Option<(String, (usize, f64))>, (c, (n, r))| match best {
            Some((_, (bn, br))) if (bn, br) >= (n, r) => best,
            _ => Some((c, (n, r))),
        })
        .map(|(c, _)| c)
}

/// Whether an account's currency can be added to the main one: the same code, or none
/// given (taken to be the portfolio's own).
fn same_currency(account: Option<&str>, main: Option<&str>) -> bool {
    match (account, main) {
        (Some(a), Some(m)) => a.trim().eq_ignore_ascii_case(m),
        _ => true,
    }
}

/// The smallest potential that is still in the top quarter (by rank, ties included);
/// `None` when no account has any potential.
fn top_quarter_cut(mut potentials: Vec<f64>) -> Option<f64> {
    potentials.retain(|p| *p > 0.0);
    potentials.sort_by(|a, b| b.total_cmp(a));
    let n = potentials.len().div_ceil(4);
    potentials.get(n.checked_sub(1)?).copied()
}

/// Why the customer's demands count as rising, if they do: more demands in the last
/// window than in the one before, or more than half of those two windows' demands
/// granted (with at least two, so a single granted favour is not a trend).
pub fn rising_demands(a: &Account, cfg: &PortfolioConfig, today: Date) -> Option<String> {
    // One demand is no trend: rising takes at least two in the last window.
    const RISING_MIN: usize = 2;
    let w = cfg.demand_window_days;
    let age = |d: Date| today.days_since(d);
    let recent = a.demands.iter().filter(|d| (0..w).contains(&age(d.date))).count();
    let before = a.demands.iter().filter(|d| (w..2 * w).contains(&age(d.date))).count();
    let window: Vec<_> = a.demands.iter().filter(|d| (0..2 * w).contains(&age(d.date))).collect();
    let granted = window.iter().filter(|d| d.granted).count();
    if recent >= RISING_MIN && recent > before {
        Some(crate::t!("analysis-portfolio-demands-up", recent = recent, window = w, before = before))
    } else if window.len() >= 2 && granted * 2 > window.len() {
        Some(crate::t!(
            "analysis-portfolio-demands-granted",
            granted = granted,
            total = window.len(),
            days = 2 * w
        ))
    } else {
        None
    }
}

/// The portfolio of loaded accounts (slug, account), each analysed for its pull score
/// and red flags: the one entry point the screen and `dmu portfolio` share, so both
/// show the same figures.
///
/// Each account may come with the [`Index`] its loading built; one is built where not.
pub fn of_accounts(
    accounts: &[(&str, &Account, Option<&Index>)],
    cfg: &PortfolioConfig,
    today: Date,
    main_currency: Option<&str>,
) -> Portfolio {
    let inputs: Vec<AccountInput<'_>> = accounts
        .iter()
        .map(|&(slug, a, index)| {
            let (score, flags, deal_scores) = pull_summary(a, index, today);
            AccountInput { slug, account: a, score, flags, deal_scores }
        })
        .collect();
    portfolio(&inputs, cfg, today, main_currency)
}

/// The pull score and red-flag codes of one account (the deals' rules applied), and
/// the score through each open deal's lens; no score when the account's `pull_model`
/// override is unusable (its own report says why).
fn pull_summary(
    a: &Account,
    index: Option<&Index>,
    today: Date,
) -> (Option<u8>, Vec<&'static str>, Vec<Option<u8>>) {
    if a.people.is_empty() {
        return (None, Vec::new(), Vec::new());
    }
    let Ok(cfg) = super::PullConfig::for_account(a) else { return (None, Vec::new(), Vec::new()) };
    let built;
    let index = match index {
        Some(i) => i,
        None => {
            built = Index::new(a);
            &built
        }
    };
    let (score, flags) = super::deal_score_and_flags(a, index, None, &cfg, today);
    // A deal that names no roles of its own sees the account as it is: its score is the
    // account's, and only deals with their own decision unit cost an analysis.
    let deal_scores = a
        .deals
        .iter()
        .map(|d| {
            d.stage().open().then(|| {
                if d.roles.is_empty() { score } else { super::deal_rules::deal_score(a, &d.id, &cfg, today) }
            })
        })
        .collect();
    (Some(score), flags.iter().map(|f| f.code.code()).collect(), deal_scores)
}
