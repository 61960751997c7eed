//! Follow-ups and demands, edited by id (never by a list position a screen found), and
//! what a follow-up done with someone does to their last contact.

use super::Edit;
use super::{RuleError, position};
use crate::change::{ChangeSet, Place, added, place_of, removed, replaced};
use crate::model::account::{Account, Demand, FollowUp, Person};
use crate::model::date::Date;

fn record_at<T>(
    list: &[T],
    key: impl Fn(&T) -> &str,
    id: &str,
    what: &'static str,
) -> Result<usize, RuleError> {
    list.iter().position(|x| key(x) == id).ok_or_else(|| RuleError::NoRecord { what, id: id.to_string() })
}

/// Adds a follow-up at the end of the list.
pub fn add_follow_up(_a: &Account, f: FollowUp) -> Edit {
    ChangeSet::new(vec![added("actions", &f.id, &f, Place::End)])
}

/// Replaces the follow-up that has `f.id` with `f`.
pub fn update_follow_up(a: &Account, f: FollowUp) -> Result<Edit, RuleError> {
    let at = record_at(&a.follow_ups, |x| &x.id, &f.id, "follow-up")?;
    Ok(ChangeSet::new(replaced("actions", &f.id, &a.follow_ups[at], &f)))
}

/// Deletes the follow-up `id`.
pub fn delete_follow_up(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let at = record_at(&a.follow_ups, |x| &x.id, id, "follow-up")?;
    let place = place_of(&a.follow_ups, at, |x| x.id.clone());
    Ok(ChangeSet::new(vec![removed("actions", id, &a.follow_ups[at], place)]))
}

/// Adds a demand at the end of the list.
pub fn add_demand(_a: &Account, d: Demand) -> Edit {
    ChangeSet::new(vec![added("demands", &d.id, &d, Place::End)])
}

/// Replaces the demand that has `d.id` with `d`.
pub fn update_demand(a: &Account, d: Demand) -> Result<Edit, RuleError> {
    let at = record_at(&a.demands, |x| &x.id, &d.id, "demand")?;
    Ok(ChangeSet::new(replaced("demands", &d.id, &a.demands[at], &d)))
}

/// Deletes the demand `id`.
pub fn delete_demand(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let at = record_at(&a.demands, |x| &x.id, id, "demand")?;
    let place = place_of(&a.demands, at, |x| x.id.clone());
    Ok(ChangeSet::new(vec![removed("demands", id, &a.demands[at], place)]))
}

/// What marking a follow-up done did to the person it names: their last contact moved
/// to `day`, from `before`. Kept by a screen that undoes by a new edit (the agenda).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contacted {
    pub person: String,
    pub day: Date,
    pub before: Option<Date>,
}

/// Marks the follow-up `id` done on `day`, in one edit that also moves the last contact
/// of the person it names to that day when that is later than what they have: a
/// follow-up done with someone is a contact with them. Undoing the edit restores both.
pub fn mark_done(a: &Account, id: &str, day: Date) -> Result<(Edit, Option<Contacted>), RuleError> {
    let at = position(&a.follow_ups, |f| f.id == id, id)?;
    let f = &a.follow_ups[at];
    let mut edits = ChangeSet::new(replaced("actions", id, f, &FollowUp { done: Some(day), ..f.clone() }));
    let mut contacted = None;
    let named = f.person.as_deref().and_then(|pid| a.people.iter().position(|p| p.id == pid));
    if let Some(i) = named {
        let p = &a.people[i];
        if p.last_contact.is_none_or(|d| d < day) {
            contacted = Some(Contacted { person: p.id.clone(), day, before: p.last_contact });
            edits.extend(replaced("people", &p.id, p, &Person { last_contact: Some(day), ..p.clone() }));
        }
    }
    Ok((edits, contacted))
}

/// Opens the follow-up `id` again. Given what marking it done did (`contacted`), the
/// person's last contact goes back to what it was, unless it has changed since.
pub fn mark_open(a: &Account, id: &str, contacted: Option<&Contacted>) -> Result<Edit, RuleError> {
    let at = position(&a.follow_ups, |f| f.id == id, id)?;
    let f = &a.follow_ups[at];
    let mut edits = ChangeSet::new(replaced("actions", id, f, &FollowUp { done: None, ..f.clone() }));
    if let Some(c) = contacted
        && let Some(i) = a.people.iter().position(|p| p.id == c.person)
        && a.people[i].last_contact == Some(c.day)
    {
        let p = Person { last_contact: c.before, ..a.people[i].clone() };
        edits.extend(replaced("people", &p.id, &a.people[i], &p));
    }
    Ok(edits)
}

/// How many follow-ups name a person. Deleting the person keeps them, tied to nobody
/// (see [`delete_person`]). A demand names no person, so none is affected.
pub fn followups_naming(a: &Account, person: &str) -> usize {
    a.follow_ups.iter().filter(|f| f.person.as_deref() == Some(person)).count()
}
