//! `--deal DEAL`: which of an account's deals a rep means, by id or by name, in any
//! case; a deal that is not there is an error naming the deals there are.

use crate::model::Account;
use crate::t;
use crate::text::inert;

/// The id of the deal `query` names: its id, else its whole name, ignoring case. A
/// name two deals share is refused (the id tells them apart).
pub(super) fn resolve(a: &Account, query: &str) -> anyhow::Result<String> {
    let q = query.trim().to_lowercase();
    if let Some(d) = a.deals.iter().find(|d| d.id.to_lowercase() == q) {
        return Ok(d.id.clone());
    }
    let named: Vec<_> = a.deals.iter().filter(|d| d.name.trim().to_lowercase() == q).collect();
    let list = |deals: &mut dyn Iterator<Item = &crate::model::Deal>| {
        deals.map(|d| format!("{} ({})", inert(&d.name), inert(&d.id))).collect::<Vec<_>>().join(", ")
    };
    match named.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => anyhow::bail!(
            "{}",
            t!(
                "strategy-cli-no-deal",
                query = inert(query),
                n = a.deals.len(),
                deals = list(&mut a.deals.iter())
            )
        ),
        many => anyhow::bail!(
            "{}",
            t!("strategy-cli-deal-ambiguous", query = inert(query), deals = list(&mut many.iter().copied()))
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Deal;

    #[test]
    fn a_deal_is_found_by_id_or_name_in_any_case() {
        let mut a = Account::new("a", "A");
        a.deals = vec![Deal::new("d-line3", "Line 3 retrofit"), Deal::new("d-svc", "Service contract")];
        assert_eq!(resolve(&a, "D-LINE3").unwrap(), "d-line3");
        assert_eq!(resolve(&a, "service CONTRACT").unwrap(), "d-svc");
        let err = resolve(&a, "boilers").unwrap_err().to_string();
        assert!(err.contains("boilers") && err.contains("Line 3 retrofit (d-line3)"), "{err}");
        a.deals.push(Deal::new("d-svc2", "Service contract"));
        assert!(resolve(&a, "service contract").unwrap_err().to_string().contains("d-svc2"));
    }
}
