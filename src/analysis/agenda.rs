//! Follow-ups across accounts (the agenda) and our team's work across accounts.

use super::portfolio::same_account;
use crate::model::{Account, Date, Function};
use std::collections::{BTreeMap, HashSet};

/// One open follow-up on the agenda.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AgendaEntry {
    /// The account's file slug (to jump to it) and name.
    pub account: String,
    pub account_name: String,
    /// The follow-up's id within the account.
    pub id: String,
    pub text: String,
    pub owner: String,
    pub owner_name: String,
    pub person: Option<String>,
    pub person_name: Option<String>,
    pub due: Date,
    /// Days past due (0 when due today or later).
    pub days_overdue: i32,
}

impl AgendaEntry {
    /// Whether the due date has passed.
    pub fn overdue(&self) -> bool {
        self.days_overdue > 0
    }
}

/// Whether `owner` (an id, or a case-insensitive prefix of the name) names this member.
pub fn owner_matches(filter: &str, id: &str, name: &str) -> bool {
    let f = filter.trim().to_lowercase();
    f.is_empty() || id.to_lowercase() == f || name.to_lowercase().starts_with(&f)
}

/// Open follow-ups of all accounts, overdue first, then by due date (then account and
/// text, so the order is stable), optionally only those of one owner.
///
/// When two files hold the same account id (a copy made by hand), a follow-up both
/// hold is listed once, as the file that counts in the portfolio has it (done there
/// means done); one only the other file holds is still listed, as promised work.
pub fn agenda(accounts: &[(&str, &Account)], owner: Option<&str>, today: Date) -> Vec<AgendaEntry> {
    let mut out = Vec::new();
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    for (slug, a) in counted_first(accounts) {
        // Every follow-up of a file is marked seen, open or done, before the next file.
        let fresh: HashSet<&str> = a
            .follow_ups
            .iter()
            .map(|f| f.id.as_str())
            .filter(|id| !seen.contains(&(a.id.as_str(), *id)))
            .collect();
        seen.extend(fresh.iter().map(|id| (a.id.as_str(), *id)));
        for f in a.follow_ups.iter().filter(|f| f.done.is_none() && fresh.contains(f.id.as_str())) {
            let owner_name = a.member(&f.owner).map(|m| m.name.clone()).unwrap_or_else(|| f.owner.clone());
            if let Some(filter) = owner
                && !owner_matches(filter, &f.owner, &owner_name)
            {
                continue;
            }
            out.push(AgendaEntry {
                account: slug.to_string(),
                account_name: a.name.clone(),
                id: f.id.clone(),
                text: f.text.clone(),
                owner: f.owner.clone(),
                owner_name,
                person: f.person.clone(),
                person_name: f.person.as_deref().and_then(|p| a.person(p)).map(|p| p.name.clone()),
                due: f.due,
                days_overdue: today.days_since(f.due).max(0),
            });
        }
    }
    out.sort_by(|a, b| {
        (!a.overdue(), a.due, &a.account_name, &a.text, &a.id).cmp(&(
            !b.overdue(),
            b.due,
            &b.account_name,
            &b.text,
            &b.id,
        ))
    });
    out
}

/// One of our people across all accounts. Team members are matched across accounts by
/// name (ignoring case and surrounding spaces), since each file has its own team ids.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TeamRow {
    pub name: String,
    pub functions: Vec<Function>,
    /// (account slug, account name, how many of their people this member covers).
    pub accounts: Vec<(String, String, usize)>,
    pub covered: usize,
    pub open_followups: usize,
    pub overdue_followups: usize,
}

/// The accounts with the file that counts for each account id first (see
/// [`same_account`]), the others after it in their order.
fn counted_first<'a>(accounts: &[(&'a str, &'a Account)]) -> Vec<(&'a str, &'a Account)> {
    let keys: Vec<(&str, &str)> = accounts.iter().map(|(s, a)| (*s, a.id.as_str())).collect();
    let instead = same_account(&keys);
    let (mut first, rest): (Vec<_>, Vec<_>) =
        accounts.iter().copied().zip(&instead).partition(|(_, s)| s.is_none());
    first.extend(rest);
    first.into_iter().map(|(a, _)| a).collect()
}

/// Our team across accounts, sorted by name. An account held by two files counts once
/// (the file that counts in the portfolio), or each member's people would count twice.
pub fn team(accounts: &[(&str, &Account)], today: Date) -> Vec<TeamRow> {
    let mut rows: BTreeMap<String, TeamRow> = BTreeMap::new();
    let keys: Vec<(&str, &str)> = accounts.iter().map(|(s, a)| (*s, a.id.as_str())).collect();
    let instead = same_account(&keys);
    for ((slug, a), _) in accounts.iter().zip(&instead).filter(|(_, s)| s.is_none()) {
        for m in &a.team {
            let row = rows.entry(m.name.trim().to_lowercase()).or_insert_with(|| TeamRow {
                name: m.name.trim().to_string(),
                functions: Vec::new(),
                accounts: Vec::new(),
                covered: 0,
                open_followups: 0,
                overdue_followups: 0,
            });
            if !row.functions.contains(&m.function) {
                row.functions.push(m.function);
            }
            let covered = a.people.iter().filter(|p| p.coverage.iter().any(|c| c.member == m.id)).count();
            row.covered += covered;
            row.accounts.push((slug.to_string(), a.name.clone(), covered));
            for f in a.follow_ups.iter().filter(|f| f.owner == m.id && f.done.is_none()) {
                row.open_followups += 1;
                if f.due < today {
                    row.overdue_followups += 1;
                }
            }
        }
    }
    rows.into_values().collect()
}
