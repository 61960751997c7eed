//! Follow-ups and demands, edited by id (never by a list position a screen found), and
//! what a follow-up done with someone does to their last contact.

use super::{RuleError, position};
use crate::model::account::{Account, Demand, FollowUp, Person};
use crate::model::date::Date;
use crate::model::edit::{Edit, ListOp};

fn record_at<T>(
    list: &[T],
    key: impl Fn(&T) -> &str,
    id: &str,
    what: &'static str,
) -> Result<usize, RuleError> {
    list.iter().position(|x| key(x) == id).ok_or_else(|| RuleError::NoRecord { what, id: id.to_string() })
}

/// Adds a follow-up at the end of the list.
pub fn add_follow_up(a: &Account, f: FollowUp) -> Edit {
    Edit::FollowUps(ListOp::Insert(a.follow_ups.len(), f))
}

/// Replaces the follow-up that has `f.id` with `f`.
pub fn update_follow_up(a: &Account, f: FollowUp) -> Result<Edit, RuleError> {
    let at = record_at(&a.follow_ups, |x| &x.id, &f.id, "follow-up")?;
    Ok(Edit::FollowUps(ListOp::Replace(at, f)))
}

/// Deletes the follow-up `id`.
pub fn delete_follow_up(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let at = record_at(&a.follow_ups, |x| &x.id, id, "follow-up")?;
    Ok(Edit::FollowUps(ListOp::Remove(at)))
}

/// Adds a demand at the end of the list.
pub fn add_demand(a: &Account, d: Demand) -> Edit {
    Edit::Demands(ListOp::Insert(a.demands.len(), d))
}

/// Replaces the demand that has `d.id` with `d`.
pub fn update_demand(a: &Account, d: Demand) -> Result<Edit, RuleError> {
    let at = record_at(&a.demands, |x| &x.id, &d.id, "demand")?;
    Ok(Edit::Demands(ListOp::Replace(at, d)))
}

/// Deletes the demand `id`.
pub fn delete_demand(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let at = record_at(&a.demands, |x| &x.id, id, "demand")?;
    Ok(Edit::Demands(ListOp::Remove(at)))
}

/// What marking a follow-up done did to the person it names: their last contact moved
/// to `day`, from `before`. Kept by a screen that undoes by a new edit (the agenda).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contacted {
    pub person: String,
    pub day: Date,
    pub before: Option<Date>,
}

fn one_or_batch(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1 { edits.remove(0) } else { Edit::Batch(edits) }
}

/// Marks the follow-up `id` done on `day`, in one edit that also moves the last contact
/// of the person it names to that day when that is later than what they have: a
/// follow-up done with someone is a contact with them. Undoing the edit restores both.
pub fn mark_done(a: &Account, id: &str, day: Date) -> Result<(Edit, Option<Contacted>), RuleError> {
    let at = position(&a.follow_ups, |f| f.id == id, id)?;
    let f = &a.follow_ups[at];
    let mut edits = vec![Edit::FollowUps(ListOp::Replace(at, FollowUp { done: Some(day), ..f.clone() }))];
    let mut contacted = None;
    let named = f.person.as_deref().and_then(|pid| a.people.iter().position(|p| p.id == pid));
    if let Some(i) = named {
        let p = &a.people[i];
        if p.last_contact.is_none_or(|d| d < day) {
            contacted = Some(Contacted { person: p.id.clone(), day, before: p.last_contact });
            edits.push(Edit::People(ListOp::Replace(i, Person { last_contact: Some(day), ..p.clone() })));
        }
    }
    Ok((one_or_batch(edits), contacted))
}

/// Opens the follow-up `id` again. Given what marking it done did (`contacted`), the
/// person's last contact goes back to what it was, unless it has changed since.
pub fn mark_open(a: &Account, id: &str, contacted: Option<&Contacted>) -> Result<Edit, RuleError> {
    let at = position(&a.follow_ups, |f| f.id == id, id)?;
    let mut edits =
        vec![Edit::FollowUps(ListOp::Replace(at, FollowUp { done: None, ..a.follow_ups[at].clone() }))];
    if let Some(c) = contacted
        && let Some(i) = a.people.iter().position(|p| p.id == c.person)
        && a.people[i].last_contact == Some(c.day)
    {
        let p = Person { last_contact: c.before, ..a.people[i].clone() };
        edits.push(Edit::People(ListOp::Replace(i, p)));
    }
    Ok(one_or_batch(edits))
}

/// How many follow-ups name a person. Deleting the person keeps them, tied to nobody
/// (see [`delete_person`]). A demand names no person, so none is affected.
pub fn followups_naming(a: &Account, person: &str) -> usize {
    a.follow_ups.iter().filter(|f| f.person.as_deref() == Some(person)).count()
}
