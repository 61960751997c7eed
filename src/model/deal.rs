//! The records of an account's strategy (additions to format version 1): its deals,
//! each with its own decision unit drawn from the account's people, and the account
//! plan's joint initiatives.

use super::account::Person;
use super::date::Date;
use super::kinds::{DealStage, PlanKind, PlanStatus, Process, Role};
use super::record::record;
use serde_json::Number;

record! {
    /// One purchase of the account, with its own decision-making unit drawn from the
    /// account's people.
    pub struct Deal {
        id: String => "id" required,
        name: String => "name" required,
        /// How far it has gone; absent means `qualified` (see [`Deal::stage`]).
        stage: Option<DealStage> => "stage" optional,
        /// What it is worth, in the account's currency.
        value: Option<Number> => "value" optional,
        /// When the customer expects to decide.
        close: Option<Date> => "close" optional,
        /// Who else is in the running, by name.
        competitors: Vec<String> => "competitors" list,
        /// `open` or `tender`; absent means `open` (see [`Deal::process`]).
        process: Option<Process> => "process" optional,
        /// A tender's quiet period: no steps with the customer's people before this day.
        no_contact_until: Option<Date> => "no_contact_until" optional,
        /// Person id → their roles in this deal, replacing their account roles here.
        roles: std::collections::BTreeMap<String, Vec<Role>> => "roles" map,
    }
}

record! {
    /// A joint initiative of the account plan: who on our side, with whom on theirs,
    /// by when, worth how much a year.
    pub struct PlanItem {
        id: String => "id" required,
        text: String => "text" required,
        kind: Option<PlanKind> => "kind" optional,
        /// A team id.
        owner: Option<String> => "owner" optional,
        /// A person id on the customer's side.
        with: Option<String> => "with" optional,
        /// Absent means `idea` (see [`PlanItem::status`]).
        status: Option<PlanStatus> => "status" optional,
        due: Option<Date> => "due" optional,
        /// The yearly saving or revenue it is worth, in the account's currency.
        value: Option<Number> => "value" optional,
    }
}

impl Deal {
    /// A new deal with the contract's defaults.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Deal {
        Deal {
            id: id.into(),
            name: name.into(),
            stage: None,
            value: None,
            close: None,
            competitors: Vec::new(),
            process: None,
            no_contact_until: None,
            roles: Default::default(),
            extra: Default::default(),
        }
    }

    /// How far it has gone (`qualified` when the file does not say).
    pub fn stage(&self) -> DealStage {
        self.stage.unwrap_or_default()
    }

    /// How the customer buys (`open` when the file does not say).
    pub fn process(&self) -> Process {
        self.process.unwrap_or_default()
    }

    /// What it is worth as a number (0 when unknown).
    pub fn worth(&self) -> f64 {
        self.value.as_ref().and_then(Number::as_f64).unwrap_or(0.0)
    }

    /// Whether the tender's quiet period holds on `today`: no contact with the
    /// customer's people before `no_contact_until`.
    pub fn quiet_on(&self, today: Date) -> bool {
        self.no_contact_until.is_some_and(|d| today < d)
    }

    /// A person's roles in this deal: the deal's own, or their account roles where the
    /// deal says nothing about them.
    pub fn roles_of<'a>(&'a self, p: &'a Person) -> &'a [Role] {
        self.roles.get(&p.id).map_or(p.roles.as_slice(), Vec::as_slice)
    }
}

impl PlanItem {
    /// A new initiative with the contract's defaults.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> PlanItem {
        PlanItem {
            id: id.into(),
            text: text.into(),
            kind: None,
            owner: None,
            with: None,
            status: None,
            due: None,
            value: None,
            extra: Default::default(),
        }
    }

    /// What it is about (`other` when the file does not say).
    pub fn kind(&self) -> PlanKind {
        self.kind.unwrap_or_default()
    }

    /// Where it stands (`idea` when the file does not say).
    pub fn status(&self) -> PlanStatus {
        self.status.unwrap_or_default()
    }

    /// What it is worth a year as a number (0 when unknown).
    pub fn worth(&self) -> f64 {
        self.value.as_ref().and_then(Number::as_f64).unwrap_or(0.0)
    }
}
