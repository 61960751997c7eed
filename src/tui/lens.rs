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
use crate::model::{Account, Deal, Role};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Which of the account's fields an edit changed, by the first segment of its paths
/// (`people`, `links`, ...; an account field such as `name` counts as the header), so
/// that the lens copies only those into the account through the deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields(u16);

impl Fields {
    pub const NONE: Fields = Fields(0);
    pub const ALL: Fields = Fields(u16::MAX);
    const HEADER: u16 = 1;
    const TEAM: u16 = 1 << 1;
    const LINKS: u16 = 1 << 2;
    const ACTIONS: u16 = 1 << 3;
    const DEMANDS: u16 = 1 << 4;
    const HISTORY: u16 = 1 << 5;
    const CONFLICTS: u16 = 1 << 6;
    const DEALS: u16 = 1 << 7;
    const PLAN: u16 = 1 << 8;
    const EXTRA: u16 = 1 << 9;
    const PEOPLE: u16 = 1 << 10;

    /// The field a change at `path` (its segments) is in.
    pub fn of(path: &[String]) -> Fields {
        let bit = match (path.first().map(String::as_str), path.len()) {
            (Some("people"), _) => Self::PEOPLE,
            (Some("team"), _) => Self::TEAM,
            (Some("links"), _) => Self::LINKS,
            (Some("actions"), _) => Self::ACTIONS,
            (Some("demands"), _) => Self::DEMANDS,
            (Some("history"), _) => Self::HISTORY,
            (Some("conflicts"), _) => Self::CONFLICTS,
            (Some("deals"), _) => Self::DEALS,
            (Some("plan"), _) => Self::PLAN,
            // An account field of its own, known or kept as unknown: both may be either.
            (Some(_), 1) => Self::HEADER | Self::EXTRA,
            // A list this version does not know, kept in `extra`.
            _ => Self::EXTRA,
        };
        Fields(bit)
    }

    /// These fields and `other`'s.
    pub fn with(self, other: Fields) -> Fields {
        Fields(self.0 | other.0)
    }

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

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
    /// The deal's roles `through` was made with: while they stay the same, an edit of
    /// one person (or of no one) is patched into `through` instead of copying the
    /// whole account again.
    made_with: BTreeMap<String, Vec<Role>>,
}

impl Default for Lens {
    fn default() -> Self {
        Lens { deal: None, through: None, generation: 0, change: Change::Any, made_with: BTreeMap::new() }
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
        self.follow_edit(account, change, Fields::ALL)
    }

    /// [`Lens::follow`] after an edit that changed only `fields`: those are what is
    /// copied into the account through the deal, when it can be patched.
    pub fn follow_edit(&mut self, account: &Account, change: Change, fields: Fields) {
        let was_on = self.deal.is_some();
        if self.deal(account).is_none() {
            self.deal = None;
        }
        let deal = self.deal.as_deref().and_then(|id| account.deal(id));
        let patched = match (deal, self.through.as_mut()) {
            (Some(d), Some(t)) if d.roles == self.made_with && t.people.len() == account.people.len() => {
                patch(t, account, d, change, fields)
            }
            _ => false,
        };
        if !patched {
            self.made_with = deal.map(|d| d.roles.clone()).unwrap_or_default();
            self.through = match account.through_deal(self.deal.as_deref()) {
                Cow::Owned(a) => Some(a),
                Cow::Borrowed(_) => None,
            };
        }
        self.generation += 1;
        // Through a deal, an edit of the deals alone (its roles) changes the people shown.
        self.change = match change {
            Change::NoPeople if was_on || self.deal.is_some() => Change::Any,
            other => other,
        };
    }
}

/// Brings `through` up to date with `account` after `change`, when the change allows
/// it without copying every person: one person replaced, or nobody. Of the rest, the
/// `fields` the edit changed are copied from the account. `false` when the change
/// needs the whole account made again.
fn patch(through: &mut Account, account: &Account, deal: &Deal, change: Change, fields: Fields) -> bool {
    match change {
        Change::Person(i) if i < account.people.len() => {
            let mut p = account.people[i].clone();
            if let Some(roles) = deal.roles.get(&p.id) {
                p.roles = roles.clone();
            }
            through.people[i] = p;
        }
        Change::NoPeople => {}
        _ => return false,
    }
    // Spelled out field by field, so that a field added to the account is a compile
    // error here rather than a stale copy on screen.
    let Account {
        schema,
        id,
        name,
        industry,
        tier,
        currency,
        annual_revenue,
        potential,
        notes,
        team,
        people: _,
        links,
        follow_ups,
        demands,
        history,
        conflicts,
        deals,
        plan,
        margin,
        extra,
    } = account;
    fn copy<T: Clone>(to: &mut T, from: &T, changed: bool) {
        if changed {
            to.clone_from(from);
        }
    }
    let header = fields.has(Fields::HEADER);
    through.schema = *schema;
    through.tier = *tier;
    copy(&mut through.id, id, header);
    copy(&mut through.name, name, header);
    copy(&mut through.industry, industry, header);
    copy(&mut through.currency, currency, header);
    copy(&mut through.annual_revenue, annual_revenue, header);
    copy(&mut through.potential, potential, header);
    copy(&mut through.notes, notes, header);
    copy(&mut through.margin, margin, header);
    copy(&mut through.team, team, fields.has(Fields::TEAM));
    copy(&mut through.links, links, fields.has(Fields::LINKS));
    copy(&mut through.follow_ups, follow_ups, fields.has(Fields::ACTIONS));
    copy(&mut through.demands, demands, fields.has(Fields::DEMANDS));
    copy(&mut through.history, history, fields.has(Fields::HISTORY));
    copy(&mut through.conflicts, conflicts, fields.has(Fields::CONFLICTS));
    copy(&mut through.deals, deals, fields.has(Fields::DEALS));
    copy(&mut through.plan, plan, fields.has(Fields::PLAN));
    copy(&mut through.extra, extra, fields.has(Fields::EXTRA));
    true
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

    /// Patched after an edit of one person, or of none, the account through the deal is
    /// what making it again gives; a change of the deal's roles makes it again.
    #[test]
    fn a_patched_lens_shows_what_a_fresh_one_shows() {
        let mut a = account();
        a.people.push(Person::new("q", "Quinn"));
        let mut lens = Lens::default();
        lens.set(Some("d".into()), &a);
        let fresh = |a: &Account| a.through_deal(Some("d")).into_owned();
        a.people[0].title = Some("Chief Engineer".into());
        a.people[0].roles = vec![Role::User];
        lens.follow(&a, Change::Person(0));
        assert_eq!(lens.shown(&a), &fresh(&a));
        assert_eq!(lens.shown(&a).people[0].roles, [Role::Decider], "the deal's roles still win");
        a.people[1].stance = crate::model::Stance::Champion;
        a.notes = Some("new notes".into());
        let seg = |s: &str| s.split('/').map(str::to_string).collect::<Vec<_>>();
        let fields = Fields::of(&seg("people/q/stance")).with(Fields::of(&seg("notes")));
        lens.follow_edit(&a, Change::Person(1), fields);
        assert_eq!(lens.shown(&a), &fresh(&a), "the account's other fields come along");
        // Only what the edit changed is copied: a field it did not name stays as it was.
        a.industry = Some("Steel".into());
        lens.follow_edit(&a, Change::NoPeople, Fields::of(&seg("links/a>b>reports_to")));
        assert_eq!(lens.shown(&a).industry, None);
        lens.follow_edit(&a, Change::NoPeople, Fields::of(&seg("industry")));
        assert_eq!(lens.shown(&a), &fresh(&a));
        a.name = "Renamed".into();
        lens.follow(&a, Change::NoPeople);
        assert_eq!(lens.shown(&a), &fresh(&a));
        a.deals[0].roles.insert("q".into(), vec![Role::Payer]);
        lens.follow(&a, Change::NoPeople);
        assert_eq!(lens.shown(&a).people[1].roles, [Role::Payer], "new deal roles: made again");
        assert_eq!(lens.shown(&a), &fresh(&a));
    }
}
