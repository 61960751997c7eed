//! What a deal's rules do to the analysis: a tender's quiet period (no step with the
//! customer's people before `no_contact_until`) holds back every step that contacts
//! them, and two red flags warn about the deals themselves: the quiet period broken or
//! about to be, and a close date near with a low pull score. Only open deals (not won,
//! not lost) have rules left to keep.

use super::{Analysis, FlagCode, PullConfig, RedFlag, join, name};
use crate::model::{Account, Date, Deal};
use crate::t;
use crate::text::inert;

/// A tender's quiet period that holds on the day analysed, as structured facts; the
/// sentence is made in the reader's language by [`QuietPeriod::sentence`].
#[derive(Debug, Clone, PartialEq)]
pub struct QuietPeriod {
    /// The id of the deal whose rules forbid contact.
    pub deal: String,
    /// Its name, as the file gives it.
    pub name: String,
    /// The first day contact is allowed again.
    pub until: Date,
    /// How many proposed steps the period held back.
    pub held: usize,
}

impl QuietPeriod {
    /// Why there are no steps with the customer's people, and until when.
    pub fn sentence(&self) -> String {
        t!("strategy-quiet-no-steps", deal = inert(&self.name), until = self.until, n = self.held)
    }
}

/// The quiet period in force on `today`: the lens deal's own, else the one of any other
/// open deal (the people are the same people, and a tender's rules forbid contact with
/// them whatever we came to talk about); of several, the one that lasts longest.
pub fn quiet_period(a: &Account, deal: Option<&str>, today: Date) -> Option<QuietPeriod> {
    let quiet = |d: &&Deal| d.stage().open() && d.quiet_on(today);
    let own = deal.and_then(|id| a.deal(id)).filter(quiet);
    let d = own.or_else(|| a.deals.iter().filter(quiet).max_by_key(|d| d.no_contact_until))?;
    Some(QuietPeriod { deal: d.id.clone(), name: d.name.clone(), until: d.no_contact_until?, held: 0 })
}

/// Applies the deal's rules to an analysis of `lens` (the account through `deal`, see
/// [`Account::through_deal`]): records which deal it is, holds back the steps a quiet
/// period forbids, and adds the deal flags.
pub(crate) fn apply(lens: &Account, deal: Option<&str>, cfg: &PullConfig, today: Date, an: &mut Analysis) {
    an.deal = deal.and_then(|id| lens.deal(id)).map(|d| d.id.clone());
    let mut quiet = quiet_period(lens, deal, today);
    if let Some(q) = &mut quiet {
        let before = an.next_best.len();
        an.next_best.retain(|s| !s.step.contacts_customer());
        q.held = before - an.next_best.len();
    }
    let score = an.score;
    an.red_flags.extend(flags(lens, deal, quiet.as_ref(), cfg, today, score));
    an.quiet = quiet;
}

/// The deal flags of `lens` (in the order of [`FlagCode::ALL`], after the others):
/// the quiet-period breach, then the deals closing soon with a low score. `score` is
/// the lens's pull score; without a lens, each deal is judged by the score through its
/// own lens.
pub(crate) fn flags(
    lens: &Account,
    deal: Option<&str>,
    quiet: Option<&QuietPeriod>,
    cfg: &PullConfig,
    today: Date,
    score: u8,
) -> Vec<RedFlag> {
    let mut out = Vec::new();
    if let Some(q) = quiet {
        out.extend(breach(lens, q, today));
    }
    out.extend(closing(lens, deal, cfg, today, score));
    out
}

/// The quiet period broken, or about to be: an open follow-up with one of the
/// customer's people due before the period ends (done as planned, it breaks the rule),
/// or a contact or a confirmed stance dated today or later. The file says when the
/// period ends, not when it began, so an earlier contact may well predate the tender and
/// is not counted.
fn breach(a: &Account, q: &QuietPeriod, today: Date) -> Option<RedFlag> {
    let position = |id: &str| a.people.iter().position(|p| p.id == id);
    let mut people = Vec::new();
    let mut items = Vec::new();
    let mut planned: Vec<_> = a.follow_ups.iter().filter(|f| f.done.is_none() && f.due < q.until).collect();
    planned.sort_by_key(|f| f.due);
    for f in planned {
        let Some(i) = f.person.as_deref().and_then(position) else { continue };
        items.push(t!("strategy-quiet-follow-up", name = name(a, i), text = inert(&f.text), due = f.due));
        people.push(i);
    }
    for (i, p) in a.people.iter().enumerate() {
        let contact = [p.last_contact, p.stance_on].into_iter().flatten().filter(|&d| d >= today).max();
        if let Some(d) = contact.filter(|&d| d < q.until) {
            items.push(t!("strategy-quiet-contact", name = name(a, i), date = d));
            if !people.contains(&i) {
                people.push(i);
            }
        }
    }
    if items.is_empty() {
        return None;
    }
    let message = t!(
        "strategy-flag-quiet-breach",
        deal = inert(&q.name),
        until = q.until,
        items = join(items.into_iter())
    );
    Some(RedFlag { code: FlagCode::QuietBreach, people, message })
}

/// Open deals whose close date is at most `close_days` away (or already past) while
/// their pull score is below `close_score_min`: the lens deal, or every open deal of the
/// account without a lens.
fn closing(a: &Account, deal: Option<&str>, cfg: &PullConfig, today: Date, score: u8) -> Option<RedFlag> {
    let judged: Vec<&Deal> = match deal.and_then(|id| a.deal(id)) {
        Some(d) => vec![d],
        None => a.deals.iter().collect(),
    };
    let mut items = Vec::new();
    for d in judged {
        let Some(close) = d.close.filter(|_| d.stage().open()) else { continue };
        let days = close.days_since(today);
        if days > i32::try_from(cfg.close_days).unwrap_or(i32::MAX) {
            continue;
        }
        // Without a lens the account's score stands for a deal that names no roles of its
        // own; one that does is judged through its own decision unit.
        let score =
            if deal.is_some() || d.roles.is_empty() { score } else { deal_score(a, &d.id, cfg, today) };
        if score >= cfg.close_score_min {
            continue;
        }
        let deal = inert(&d.name);
        items.push(if days < 0 {
            t!("strategy-close-passed", deal = deal, date = close, score = score)
        } else {
            t!("strategy-close-in", deal = deal, date = close, days = days, score = score)
        });
    }
    if items.is_empty() {
        return None;
    }
    let message = t!(
        "strategy-flag-close-low",
        n = items.len(),
        items = join(items.into_iter()),
        min = cfg.close_score_min
    );
    Some(RedFlag { code: FlagCode::CloseLowScore, people: Vec::new(), message })
}

/// The pull score of the account through one deal's lens (no rules, no steps).
pub(crate) fn deal_score(a: &Account, deal: &str, cfg: &PullConfig, today: Date) -> u8 {
    let lens = a.through_deal(Some(deal));
    super::score_and_flags(&lens, &crate::model::Index::new(&lens), cfg, today).0
}
