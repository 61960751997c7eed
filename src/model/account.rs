//! The records of an account file (format version 1), field for field as the contract
//! in `docs/file-format.md` names them.

use super::date::Date;
pub use super::deal::{Deal, PlanItem};
use super::kinds::{Basis, DemandKind, Function, LinkKind, Role, Stance, Status, Strength, Tier};
use super::record::record;
use serde_json::Number;

/// The newest file format this program reads and writes.
pub const SCHEMA: u64 = 1;

record! {
    /// One customer account: their people, our team, and the links between their people.
    pub struct Account {
        schema: u64 => "schema" required,
        id: String => "id" required,
        name: String => "name" required,
        industry: Option<String> => "industry" optional,
        tier: Tier => "tier" default,
        currency: Option<String> => "currency" optional,
        annual_revenue: Option<Number> => "annual_revenue" optional,
        potential: Option<Number> => "potential" optional,
        notes: Option<String> => "notes" optional,
        team: Vec<TeamMember> => "team" default,
        people: Vec<Person> => "people" default,
        links: Vec<Link> => "links" default,
        /// Follow-ups we promised (an addition to version 1, see the format docs).
        follow_ups: Vec<FollowUp> => "actions" list,
        /// What the customer asked of us beyond the contract (an addition to version 1).
        demands: Vec<Demand> => "demands" list,
        /// Who changed what, when (an addition to version 1).
        history: Vec<super::history::HistoryEntry> => "history" list,
        /// What a merge of two copies could not decide (an addition to version 1).
        conflicts: Vec<super::history::Conflict> => "conflicts" list,
        /// The purchases under way, each with its own decision unit (an addition).
        deals: Vec<Deal> => "deals" list,
        /// Joint work with the customer beyond selling: the account plan (an addition).
        plan: Vec<PlanItem> => "plan" list,
        /// Our gross margin on the account, percent, -100 to 100 (an addition).
        margin: Option<Number> => "margin" optional,
    }
}

record! {
    /// A member of our own team.
    pub struct TeamMember {
        id: String => "id" required,
        name: String => "name" required,
        function: Function => "function" default,
    }
}

record! {
    /// A person on the customer's side.
    pub struct Person {
        id: String => "id" required,
        name: String => "name" required,
        title: Option<String> => "title" optional,
        department: Option<String> => "department" optional,
        roles: Vec<Role> => "roles" default,
        stance: Stance => "stance" default,
        influence: Influence => "influence" default,
        coverage: Vec<Coverage> => "coverage" default,
        last_contact: Option<Date> => "last_contact" optional,
        notes: Option<String> => "notes" optional,
        /// How we know the stance; absent means `reported` (see [`Person::basis`]).
        stance_basis: Option<Basis> => "stance_basis" optional,
        /// When the stance was last confirmed; absent means `last_contact`.
        stance_on: Option<Date> => "stance_on" optional,
        /// Where they stand now; absent means `active` (see [`Person::status`]).
        status: Option<Status> => "status" optional,
        /// When they started (`new`), will leave (`leaving`) or left (`left`).
        status_on: Option<Date> => "status_on" optional,
        /// The competitor this person prefers, by name.
        favours: Option<String> => "favours" optional,
        email: Option<String> => "email" optional,
        phone: Option<String> => "phone" optional,
        /// Ids of the same person in other systems, by system (`salesforce`, `bitrix24`).
        external_ids: std::collections::BTreeMap<String, String> => "external_ids" map,
    }
}

record! {
    /// Which member of our team knows a person, and how well.
    pub struct Coverage {
        member: String => "member" required,
        strength: Strength => "strength" default,
    }
}

record! {
    /// A directed relationship between two people of the account.
    pub struct Link {
        from: String => "from" required,
        to: String => "to" required,
        kind: LinkKind => "kind" required,
        /// Meaningful for `influences` only; kept as written for `reports_to`.
        strength: Option<Strength> => "strength" optional,
    }
}

record! {
    /// A follow-up we promised: who does what by when.
    pub struct FollowUp {
        id: String => "id" required,
        text: String => "text" required,
        owner: String => "owner" required,
        person: Option<String> => "person" optional,
        due: Date => "due" required,
        done: Option<Date> => "done" optional,
    }
}

record! {
    /// Something the customer asked of us beyond the contract.
    pub struct Demand {
        id: String => "id" required,
        date: Date => "date" required,
        text: String => "text" required,
        kind: DemandKind => "kind" default,
        granted: bool => "granted" default,
    }
}

/// How much weight a person carries, 1 (little) to 5 (a great deal); 3 when unsaid.
///
/// Stored as read so that an out-of-range value is reported by validation with its
/// place in the file rather than rejected by the parser without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Influence(pub i64);

impl Default for Influence {
    fn default() -> Self {
        Influence(3)
    }
}

impl Link {
    /// The strength that counts: the written one, or the contract's default (medium).
    pub fn strength(&self) -> Strength {
        self.strength.unwrap_or_default()
    }
}

impl Person {
    /// A new person with the contract's defaults.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Person {
        Person {
            id: id.into(),
            name: name.into(),
            title: None,
            department: None,
            roles: Vec::new(),
            stance: Stance::default(),
            influence: Influence::default(),
            coverage: Vec::new(),
            last_contact: None,
            notes: None,
            stance_basis: None,
            stance_on: None,
            status: None,
            status_on: None,
            favours: None,
            email: None,
            phone: None,
            external_ids: Default::default(),
            extra: Default::default(),
        }
    }

    /// How we know the stance (the file's default, `reported`, when it does not say).
    pub fn basis(&self) -> Basis {
        self.stance_basis.unwrap_or_default()
    }

    /// Where they stand now (`active` when the file does not say).
    pub fn status(&self) -> Status {
        self.status.unwrap_or_default()
    }

    /// When the stance was last confirmed: `stance_on`, else the last contact.
    pub fn judged_on(&self) -> Option<Date> {
        self.stance_on.or(self.last_contact)
    }

    /// Whether the person is still there on `today`: not `left`, and not `leaving` on a
    /// day already past. A `leaving` person without a date is still there.
    pub fn present(&self, today: Date) -> bool {
        match self.status() {
            Status::Left => false,
            Status::Leaving => self.status_on.is_none_or(|d| d > today),
            _ => true,
        }
    }

    /// Whether the stance is still unverified because the person is `new` and nobody has
    /// seen it since they became new: a judgement of someone in their old role does not
    /// tell how they will act in the new one.
    pub fn new_unverified(&self) -> bool {
        self.unverified_with(self.basis(), self.judged_on())
    }

    /// [`Person::new_unverified`] for a judgement of `basis` confirmed on `judged`, as a
    /// step would leave it: a new person's stance is verified only by an observation
    /// made since they became new.
    pub fn unverified_with(&self, basis: Basis, judged: Option<Date>) -> bool {
        self.status() == Status::New
            && (basis != Basis::Observed
                || match (judged, self.status_on) {
                    (Some(j), Some(s)) => j < s,
                    (None, _) => true,
                    (Some(_), None) => false,
                })
    }

    /// Whether anyone on our team has ever been in touch: a coverage or a last contact.
    pub fn contacted(&self) -> bool {
        !self.coverage.is_empty() || self.last_contact.is_some()
    }

    /// Whether the person holds a role.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// The strongest coverage any team member gives this person.
    pub fn best_coverage(&self) -> Option<Strength> {
        self.coverage.iter().map(|c| c.strength).max()
    }
}

impl Account {
    /// A new, empty account with the contract's defaults.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Account {
        Account {
            schema: SCHEMA,
            id: id.into(),
            name: name.into(),
            industry: None,
            tier: Tier::default(),
            currency: None,
            annual_revenue: None,
            potential: None,
            notes: None,
            team: Vec::new(),
            people: Vec::new(),
            links: Vec::new(),
            follow_ups: Vec::new(),
            demands: Vec::new(),
            history: Vec::new(),
            conflicts: Vec::new(),
            deals: Vec::new(),
            plan: Vec::new(),
            margin: None,
            extra: Default::default(),
        }
    }

    /// The deal with an id.
    pub fn deal(&self, id: &str) -> Option<&Deal> {
        self.deals.iter().find(|d| d.id == id)
    }

    /// The account as one deal sees it: each person with their roles in that deal
    /// (their account roles where the deal says nothing). Every view and the analysis
    /// read this through the deal lens, so they need not know about deals. `None` (or a
    /// deal that is not there) is the account itself.
    pub fn through_deal(&self, deal: Option<&str>) -> std::borrow::Cow<'_, Account> {
        let Some(d) = deal.and_then(|id| self.deal(id)) else { return std::borrow::Cow::Borrowed(self) };
        if d.roles.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut a = self.clone();
        for p in &mut a.people {
            if let Some(r) = d.roles.get(&p.id) {
                p.roles = r.clone();
            }
        }
        std::borrow::Cow::Owned(a)
    }

    /// Our gross margin on the account as a number, when known.
    pub fn margin_value(&self) -> Option<f64> {
        self.margin.as_ref().and_then(Number::as_f64)
    }

    /// The person with an id (a linear scan; use [`super::Index`] in loops).
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The team member with an id.
    pub fn member(&self, id: &str) -> Option<&TeamMember> {
        self.team.iter().find(|m| m.id == id)
    }

    /// Yearly revenue as a number (0 when unknown).
    pub fn revenue(&self) -> f64 {
        self.annual_revenue.as_ref().and_then(Number::as_f64).unwrap_or(0.0)
    }

    /// Potential yearly revenue as a number (0 when unknown).
    pub fn potential_value(&self) -> f64 {
        self.potential.as_ref().and_then(Number::as_f64).unwrap_or(0.0)
    }

    /// The canonical bytes of the file: stable field order, 2-space indent, and a
    /// trailing newline, so that the same account always gives the same bytes.
    pub fn to_canonical_json(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256 + self.people.len() * 320);
        // Writing to a Vec cannot fail, and every value here is serialisable JSON
        // (maps have string keys), so an error is impossible.
        serde_json::to_writer_pretty(&mut out, self).expect("an account always serialises");
        out.push(b'\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../assets/demo.json");

    #[test]
    fn the_demo_file_is_canonical_and_valid() {
        let a: Account = serde_json::from_str(DEMO).unwrap();
        assert_eq!(String::from_utf8(a.to_canonical_json()).unwrap(), DEMO);
        assert_eq!(crate::model::validate(&a), vec![]);
    }

    #[test]
    fn unknown_fields_survive_at_every_level_and_are_written_sorted() {
        let text = r#"{"schema":1,"id":"a","name":"A","zeta":1,"alpha":{"x":[1,2]},
            "people":[{"id":"p","name":"P","crm_id":"C-17","coverage":[{"member":"t","strength":"weak","since":"2020"}]}],
            "team":[{"id":"t","name":"T","phone":"+49"}],
            "links":[]}"#;
        let a: Account = serde_json::from_str(text).unwrap();
        assert_eq!(a.extra.keys().collect::<Vec<_>>(), ["alpha", "zeta"]);
        assert_eq!(a.people[0].extra["crm_id"], "C-17");
        assert_eq!(a.people[0].coverage[0].extra["since"], "2020");
        assert_eq!(a.team[0].extra["phone"], "+49");
        let again: Account = serde_json::from_slice(&a.to_canonical_json()).unwrap();
        assert_eq!(again, a);
        assert_eq!(again.to_canonical_json(), a.to_canonical_json());
    }

    #[test]
    fn parse_errors_point_at_the_bad_value_not_the_end_of_the_file() {
        let text = "{\n  \"schema\": 1,\n  \"id\": \"a\",\n  \"name\": \"A\",\n  \"people\": [\n    {\"id\": \"p\", \"name\": \"P\", \"stance\": \"friendly\"}\n  ]\n}\n";
        let err = serde_json::from_str::<Account>(text).unwrap_err();
        assert_eq!(err.line(), 6, "{err}");
        assert!(err.to_string().contains("friendly"), "{err}");
    }

    #[test]
    fn missing_and_duplicate_fields_are_errors() {
        assert!(
            serde_json::from_str::<Account>(r#"{"schema":1,"id":"a"}"#)
                .unwrap_err()
                .to_string()
                .contains("name")
        );
        assert!(serde_json::from_str::<Account>(r#"{"schema":1,"id":"a","name":"A","name":"B"}"#).is_err());
    }
}
