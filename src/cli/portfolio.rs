//! `dmu portfolio` and `dmu agenda`: the figures of the portfolio and agenda screens,
//! as text or JSON.

use super::emit;
use crate::analysis::agenda::{agenda, owner_matches};
use crate::analysis::portfolio::{PortfolioConfig, of_accounts};
use crate::analysis::portfolio_text::{agenda_text, portfolio_text};
use crate::model::{Account, Date, Index};
use crate::store::DataDir;
use clap::ValueEnum;

/// Text for people, JSON for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextOrJson {
    Text,
    Json,
}

/// The valid accounts of the data folder; broken files are named on stderr and skipped
/// (`dmu check` says what is wrong with them).
fn valid_accounts(data: &DataDir) -> anyhow::Result<Vec<(String, Account)>> {
    let mut out = Vec::new();
    for listed in data.scan()? {
        match listed.account {
            Ok(a) => out.push((listed.slug, a)),
            Err(e) => {
                let text = e.to_string();
                let why = crate::text::inert_lines(&text);
                eprintln!("{}", crate::t!("analysis-cli-skipped", why = why))
            }
        }
    }
    Ok(out)
}

/// Pretty JSON with control and direction characters as `\uXXXX` escapes, so that it
/// is safe on a terminal and parses back to the same strings.
fn json(value: &impl serde::Serialize) -> anyhow::Result<String> {
    let text = format!("{}\n", serde_json::to_string_pretty(value)?);
    Ok(crate::text::json_for_terminal(&text).into_owned())
}

/// Prints the portfolio's figures and red flags; `main_currency` is the one the
/// settings name, if any (else the one most accounts use).
pub fn portfolio(
    data: &DataDir,
    format: TextOrJson,
    today: Option<Date>,
    main_currency: Option<&str>,
) -> anyhow::Result<()> {
    let accounts = valid_accounts(data)?;
    let refs: Vec<(&str, &Account, Option<&Index>)> =
        accounts.iter().map(|(s, a)| (s.as_str(), a, None)).collect();
    let p = of_accounts(&refs, &PortfolioConfig::default(), today.unwrap_or_else(Date::today), main_currency);
    emit(&match format {
        TextOrJson::Text => portfolio_text(&p),
        TextOrJson::Json => json(&p)?,
    })
}

/// Prints the open follow-ups of every account, overdue first.
pub fn agenda_cmd(
    data: &DataDir,
    owner: Option<&str>,
    format: TextOrJson,
    today: Option<Date>,
) -> anyhow::Result<()> {
    let accounts = valid_accounts(data)?;
    let refs: Vec<(&str, &Account)> = accounts.iter().map(|(s, a)| (s.as_str(), a)).collect();
    let today = today.unwrap_or_else(Date::today);
    if let Some(filter) = owner {
        // A mistyped name would otherwise look like a clear agenda.
        let team: Vec<&str> = refs.iter().flat_map(|(_, a)| a.team.iter().map(|m| m.name.as_str())).collect();
        let known = refs.iter().any(|(_, a)| a.team.iter().any(|m| owner_matches(filter, &m.id, &m.name)));
        if !known {
            let mut names: Vec<String> = team.iter().map(|n| crate::text::inert(n).into_owned()).collect();
            names.sort();
            names.dedup();
            let team = if names.is_empty() { crate::t!("analysis-cli-nobody-yet") } else { names.join(", ") };
            anyhow::bail!(
                "{}",
                crate::t!("analysis-cli-no-such-owner", owner = crate::text::inert(filter), team = team)
            );
        }
    }
    let entries = agenda(&refs, owner, today);
    emit(&match format {
        TextOrJson::Text => agenda_text(&entries),
        TextOrJson::Json => json(&serde_json::json!({ "today": today, "owner": owner, "entries": entries }))?,
    })
}
