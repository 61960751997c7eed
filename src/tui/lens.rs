//! The deal lens: one deal of the open account chosen so that every view shows the
//! account as that deal sees it (each person with their roles in the deal, their
//! account roles where it says nothing; see [`Account::through_deal`]).
//!
//! The session owns it and brings it up to date with every change of the account, so
//! the account through the deal is derived once per edit (or switch of the lens), never
//! per frame or key. Views are given their own generation and change, which move with
//! the edits and with the lens: a switch of the lens makes every view catch up as an
//! edit would.

use super::session::Change;
use crate::model::{Account, Deal};
use std::borrow::Cow;

/// Which deal the views look through, and the account as it sees it.
#[derive(Debug, Clone)]
pub struct Lens {
    /// The deal's id (`None`: the whole account).
    deal: Option<String>,
    /// The account through the deal, when it differs from the account (the deal gives
    /// someone roles of their own).
    through: Option<Account>,
    /// Counts what the views show: every edit and every switch of the lens.
    generation: u64,
    /// What the last of those did to the people the views show.
    change: Change,
}

impl Default for Lens {
    fn default() -> Self {
        Lens { deal: None, through: None, generation: 0, change: Change::Any }
    }
}

impl Lens {
    /// The deal in the lens, when it is still in the account.
    pub fn deal<'a>(&self, account: &'a Account) -> Option<&'a Deal> {
        self.deal.as_deref().and_then(|id| account.deal(id))
    }

    /// The account as the views show it: through the deal, or the account itself.
    pub fn shown<'a>(&'a self, account: &'a Account) -> &'a Account {
        self.through.as_ref().unwrap_or(account)
    }

    /// The views' generation (see the module's notes).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// What the views' last generation did to the people they show.
    pub fn change(&self) -> Change {
        self.change
    }

    /// Looks through another deal (`None`: the whole account).
    pub fn set(&mut self, deal: Option<String>, account: &Account) {
        self.deal = deal;
        self.follow(account, Change::Any);
    }

    /// Catches up with the account after a change to it. A deal deleted (or undone)
    /// takes the lens with it: the views show the whole account again.
    pub fn follow(&mut self, account: &Account, change: Change) {
        let was_on = self.deal.is_some();
        if self.deal(account).is_none() {
            self.deal = None;
        }
        self.through = match account.through_deal(self.deal.as_deref()) {
            Cow::Owned(a) => Some(a),
            Cow::Borrowed(_) => None,
        };
        self.generation += 1;
        // Through a deal, an edit of the deals alone (its roles) changes the people shown.
        self.change = match change {
            Change::NoPeople if was_on || self.deal.is_some() => Change::Any,
            other => other,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, Role};

    fn account() -> Account {
        let mut a = Account::new("a", "A");
        let mut p = Person::new("p", "Pat");
        p.roles = vec![Role::Influencer];
        a.people.push(p);
        let mut d = Deal::new("d", "Furnace");
        d.roles.insert("p".into(), vec![Role::Decider]);
        a.deals.push(d);
        a.deals.push(Deal::new("e", "Spares"));
        a
    }

    #[test]
    fn the_lens_shows_the_deal_roles_and_moves_the_views_generation() {
        let mut a = account();
        let mut lens = Lens::default();
        assert_eq!(lens.shown(&a).people[0].roles, [Role::Influencer]);
        lens.set(Some("d".into()), &a);
        assert_eq!(lens.deal(&a).map(|d| d.name.as_str()), Some("Furnace"));
        assert_eq!(lens.shown(&a).people[0].roles, [Role::Decider]);
        assert_eq!((lens.generation(), lens.change()), (1, Change::Any));
        // An edit of the deals only is a change of the people seen through one.
        lens.follow(&a, Change::NoPeople);
        assert_eq!((lens.generation(), lens.change()), (2, Change::Any));
        lens.follow(&a, Change::Person(0));
        assert_eq!(lens.change(), Change::Person(0));
        // A deal that says nothing of anyone shows the account itself, uncopied.
        lens.set(Some("e".into()), &a);
        assert!(lens.through.is_none());
        assert_eq!(lens.shown(&a).people[0].roles, [Role::Influencer]);
        // The deal in the lens deleted: the lens goes with it.
        a.deals.clear();
        lens.follow(&a, Change::NoPeople);
        assert!(lens.deal(&a).is_none() && lens.deal.is_none());
        lens.follow(&a, Change::NoPeople);
        assert_eq!(lens.change(), Change::NoPeople, "no lens: as the account changed");
    }
}
