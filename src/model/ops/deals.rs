//! Deals and the account plan, edited by id like follow-ups, and a person's roles in
//! one deal.

use super::{Edit, RuleError};
use crate::change::{ChangeSet, Place, added, place_of, removed, replaced};
use crate::model::account::{Account, Deal, PlanItem};
use crate::model::kinds::Role;

fn at<T>(list: &[T], key: impl Fn(&T) -> &str, id: &str, what: &'static str) -> Result<usize, RuleError> {
    list.iter().position(|x| key(x) == id).ok_or_else(|| RuleError::NoRecord { what, id: id.to_string() })
}

/// Adds a deal at the end of the list.
pub fn add_deal(_a: &Account, d: Deal) -> Edit {
    ChangeSet::new(vec![added("deals", &d.id, &d, Place::End)])
}

/// Replaces the deal that has `d.id` with `d`.
pub fn update_deal(a: &Account, d: Deal) -> Result<Edit, RuleError> {
    let i = at(&a.deals, |x| &x.id, &d.id, "deal")?;
    Ok(ChangeSet::new(replaced("deals", &d.id, &a.deals[i], &d)))
}

/// Deletes the deal `id` (the people and their account roles stay as they are).
pub fn delete_deal(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let i = at(&a.deals, |x| &x.id, id, "deal")?;
    let place = place_of(&a.deals, i, |x| x.id.clone());
    Ok(ChangeSet::new(vec![removed("deals", id, &a.deals[i], place)]))
}

/// Gives a person their roles in a deal. Roles equal to the person's account roles
/// are not written: the deal then says nothing about them and follows the account.
pub fn set_deal_roles(a: &Account, deal: &str, person: &str, roles: Vec<Role>) -> Result<Edit, RuleError> {
    let i = at(&a.deals, |x| &x.id, deal, "deal")?;
    let p = a.person(person).ok_or_else(|| RuleError::Missing(person.to_string()))?;
    let mut d = a.deals[i].clone();
    let mut sorted = roles.clone();
    sorted.sort();
    sorted.dedup();
    let mut own = p.roles.clone();
    own.sort();
    if sorted == own {
        d.roles.remove(person);
    } else {
        d.roles.insert(person.to_string(), sorted);
    }
    Ok(ChangeSet::new(replaced("deals", deal, &a.deals[i], &d)))
}

/// Adds an initiative at the end of the plan.
pub fn add_plan_item(_a: &Account, x: PlanItem) -> Edit {
    ChangeSet::new(vec![added("plan", &x.id, &x, Place::End)])
}

/// Replaces the initiative that has `x.id` with `x`.
pub fn update_plan_item(a: &Account, x: PlanItem) -> Result<Edit, RuleError> {
    let i = at(&a.plan, |y| &y.id, &x.id, "plan")?;
    Ok(ChangeSet::new(replaced("plan", &x.id, &a.plan[i], &x)))
}

/// Deletes the initiative `id`.
pub fn delete_plan_item(a: &Account, id: &str) -> Result<Edit, RuleError> {
    let i = at(&a.plan, |y| &y.id, id, "plan")?;
    let place = place_of(&a.plan, i, |y| y.id.clone());
    Ok(ChangeSet::new(vec![removed("plan", id, &a.plan[i], place)]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, TeamMember, validate};

    fn account() -> Account {
        let mut a = Account::new("a", "A");
        let mut p = Person::new("p", "Pat");
        p.roles = vec![Role::Influencer];
        a.people.push(p);
        a.people.push(Person::new("q", "Quinn"));
        a.team.push(TeamMember {
            id: "t".into(),
            name: "Tess".into(),
            function: Default::default(),
            extra: Default::default(),
        });
        a
    }

    #[test]
    fn a_deal_gives_roles_that_replace_the_account_ones_only_in_its_lens() {
        let mut a = account();
        add_deal(&a, Deal::new("d1", "Furnace")).apply(&mut a).unwrap();
        set_deal_roles(&a, "d1", "p", vec![Role::Decider, Role::Decider]).unwrap().apply(&mut a).unwrap();
        assert_eq!(a.deals[0].roles["p"], [Role::Decider], "no role twice");
        assert_eq!(a.people[0].roles, [Role::Influencer], "the account roles stay");
        let lens = a.through_deal(Some("d1"));
        assert_eq!(lens.people[0].roles, [Role::Decider]);
        assert_eq!(lens.people[1].roles, [], "not named: the account roles");
        assert_eq!(a.through_deal(None).people[0].roles, [Role::Influencer]);
        assert_eq!(a.through_deal(Some("gone")).people[0].roles, [Role::Influencer]);
        // Back to the account roles: the deal says nothing about them again.
        set_deal_roles(&a, "d1", "p", vec![Role::Influencer]).unwrap().apply(&mut a).unwrap();
        assert!(a.deals[0].roles.is_empty());
        assert!(validate(&a).is_empty());
    }

    #[test]
    fn deleting_a_person_or_a_member_leaves_deals_and_the_plan_valid() {
        let mut a = account();
        add_deal(&a, Deal::new("d1", "Furnace")).apply(&mut a).unwrap();
        set_deal_roles(&a, "d1", "q", vec![Role::Payer]).unwrap().apply(&mut a).unwrap();
        let mut x = PlanItem::new("x1", "Joint forecast");
        x.with = Some("q".into());
        x.owner = Some("t".into());
        add_plan_item(&a, x).apply(&mut a).unwrap();
        super::super::delete_person(&a, "q").unwrap().apply(&mut a).unwrap();
        assert!(a.deals[0].roles.is_empty() && a.plan[0].with.is_none());
        super::super::delete_member(&a, "t").unwrap().apply(&mut a).unwrap();
        assert!(a.plan[0].owner.is_none());
        assert!(validate(&a).is_empty(), "{:?}", validate(&a));
        delete_plan_item(&a, "x1").unwrap().apply(&mut a).unwrap();
        delete_deal(&a, "d1").unwrap().apply(&mut a).unwrap();
        assert!(a.plan.is_empty() && a.deals.is_empty());
        assert!(matches!(delete_deal(&a, "d1"), Err(RuleError::NoRecord { what: "deal", .. })));
    }

    #[test]
    fn broken_deals_plans_and_margins_are_reported_at_their_place() {
        let text = r#"{"schema":1,"id":"a","name":"A","people":[{"id":"p","name":"P"}],
            "deals":[{"id":"d","name":"","roles":{"ghost":["decider"],"p":["payer","payer"]}},{"id":"d","name":"B"}],
            "plan":[{"id":"x","text":" ","owner":"nobody","with":"ghost"}],
            "margin":140}"#;
        let a: Account = serde_json::from_str(text).unwrap();
        let mut at: Vec<String> = validate(&a).into_iter().map(|p| p.pointer).collect();
        at.sort();
        assert_eq!(
            at,
            [
                "/deals/0/name",
                "/deals/0/roles/ghost",
                "/deals/0/roles/p/1",
                "/deals/1/id",
                "/margin",
                "/plan/0/owner",
                "/plan/0/text",
                "/plan/0/with"
            ]
        );
    }
}
