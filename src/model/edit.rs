//! Every change to an account is an [`Edit`] value applied in one place; applying one
//! returns its inverse, which is all undo and redo need.

use super::account::{Account, Demand, FollowUp, Link, Person, TeamMember};
use super::kinds::Tier;
use serde_json::Number;

/// A change to one list of the account.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOp<T> {
    /// Put the item at this position, moving later ones down.
    Insert(usize, T),
    /// Take out the item at this position.
    Remove(usize),
    /// Put the item in place of the one at this position.
    Replace(usize, T),
}

/// The account's own fields (everything but its lists and its id).
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub name: String,
    pub industry: Option<String>,
    pub tier: Tier,
    pub currency: Option<String>,
    pub annual_revenue: Option<Number>,
    pub potential: Option<Number>,
    pub notes: Option<String>,
}

/// One undoable change.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Header(Box<Header>),
    People(ListOp<Person>),
    Team(ListOp<TeamMember>),
    Links(ListOp<Link>),
    FollowUps(ListOp<FollowUp>),
    Demands(ListOp<Demand>),
    /// Several edits that stand or fall together (a cascading delete, for instance).
    Batch(Vec<Edit>),
}

/// An edit that does not fit the account it is applied to (a stale position).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the edit no longer fits the account: position {0} is out of range")]
pub struct EditError(pub usize);

fn apply_list<T>(list: &mut Vec<T>, op: ListOp<T>) -> Result<ListOp<T>, EditError> {
    match op {
        ListOp::Insert(i, item) => {
            if i > list.len() {
                return Err(EditError(i));
            }
            list.insert(i, item);
            Ok(ListOp::Remove(i))
        }
        ListOp::Remove(i) => {
            if i >= list.len() {
                return Err(EditError(i));
            }
            Ok(ListOp::Insert(i, list.remove(i)))
        }
        ListOp::Replace(i, item) => match list.get_mut(i) {
            Some(slot) => Ok(ListOp::Replace(i, std::mem::replace(slot, item))),
            None => Err(EditError(i)),
        },
    }
}

impl Header {
    /// The header fields of an account as they are now.
    pub fn of(a: &Account) -> Header {
        Header {
            name: a.name.clone(),
            industry: a.industry.clone(),
            tier: a.tier,
            currency: a.currency.clone(),
            annual_revenue: a.annual_revenue.clone(),
            potential: a.potential.clone(),
            notes: a.notes.clone(),
        }
    }

    fn swap_into(self, a: &mut Account) -> Header {
        let old = Header::of(a);
        a.name = self.name;
        a.industry = self.industry;
        a.tier = self.tier;
        a.currency = self.currency;
        a.annual_revenue = self.annual_revenue;
        a.potential = self.potential;
        a.notes = self.notes;
        old
    }
}

impl Edit {
    /// Applies the edit and returns the edit that undoes it. On error the account is
    /// left exactly as it was (a failed batch rolls back what it had applied).
    pub fn apply(self, a: &mut Account) -> Result<Edit, EditError> {
        Ok(match self {
            Edit::Header(h) => Edit::Header(Box::new(h.swap_into(a))),
            Edit::People(op) => Edit::People(apply_list(&mut a.people, op)?),
            Edit::Team(op) => Edit::Team(apply_list(&mut a.team, op)?),
            Edit::Links(op) => Edit::Links(apply_list(&mut a.links, op)?),
            Edit::FollowUps(op) => Edit::FollowUps(apply_list(&mut a.follow_ups, op)?),
            Edit::Demands(op) => Edit::Demands(apply_list(&mut a.demands, op)?),
            Edit::Batch(edits) => {
                let mut undo = Vec::with_capacity(edits.len());
                for e in edits {
                    match e.apply(a) {
                        Ok(inv) => undo.push(inv),
                        Err(err) => {
                            for inv in undo.into_iter().rev() {
                                // Inverses of edits just applied always fit.
                                let _ = inv.apply(a);
                            }
                            return Err(err);
                        }
                    }
                }
                undo.reverse();
                Edit::Batch(undo)
            }
        })
    }
}
