//! The closed vocabularies of the file format: roles, stances, strengths, tiers,
//! team functions, link kinds and demand kinds.

// The defaults below are spelled out because they are part of the file contract.
#![allow(clippy::derivable_impls)]

use serde::{Deserialize, Serialize};

/// Declares a fieldless enum with its snake_case file name, a label for people, and
/// `ALL` in the order the UI cycles through it.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident as $prefix:literal { $( $(#[doc = $doc:literal])* $variant:ident = $key:literal / $label:literal ),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[doc = $doc])* #[serde(rename = $key)] $variant, )+
        }
        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$( $name::$variant ),+];
            /// The word used in files and on the command line.
            pub fn key(self) -> &'static str {
                match self { $( $name::$variant => $key, )+ }
            }
            /// The English word shown to people (kept for text that is English on
            /// purpose, such as commit messages); screens use [`Self::tr_label`].
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }
            /// The id of the label's message in `locales/*/common.ftl`:
            /// `kind-<vocabulary>-<file word>`.
            pub fn label_id(self) -> &'static str {
                match self { $( $name::$variant => concat!("kind-", $prefix, "-", $key), )+ }
            }
            /// The word shown to people, in the interface's language (`Decider`, `ЛПР`).
            pub fn tr_label(self) -> String {
                crate::i18n::tr(self.label_id())
            }
            /// [`Self::tr_label`] made once per language and kept, for tables and
            /// forms that show the word for every row (no formatting per keystroke).
            pub fn tr_str(self) -> &'static str {
                static CACHE: [std::sync::OnceLock<Vec<String>>; 2] =
                    [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
                let lang = crate::i18n::lang();
                let slot = if lang == crate::i18n::Lang::En { 0 } else { 1 };
                let words = CACHE[slot].get_or_init(|| {
                    Self::ALL.iter().map(|k| crate::i18n::tr_in(lang, k.label_id(), &[])).collect()
                });
                Self::ALL.iter().position(|v| *v == self).map_or("", |i| words[i].as_str())
            }
            /// The word inside a sentence: the label with a small first letter, except
            /// for an abbreviation (`decider`, `ЛПР`).
            pub fn tr_word(self) -> String {
                mid_sentence(&self.tr_label())
            }
            /// Parses the file word.
            pub fn from_key(s: &str) -> Option<$name> {
                match s { $( $key => Some($name::$variant), )+ _ => None }
            }
            /// The next value in `ALL`, wrapping around.
            pub fn next(self) -> $name {
                let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(0);
                Self::ALL[(i + 1) % Self::ALL.len()]
            }
            /// The previous value in `ALL`, wrapping around.
            pub fn prev(self) -> $name {
                let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(0);
                Self::ALL[(i + Self::ALL.len() - 1) % Self::ALL.len()]
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}

/// A label as a word inside a sentence: the first letter small unless the second is a
/// capital too (an abbreviation such as `ЛПР` keeps its case).
pub fn mid_sentence(label: &str) -> String {
    let mut chars = label.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else { return String::new() };
    if second.is_some_and(char::is_uppercase) {
        return label.to_string();
    }
    first.to_lowercase().chain(label[first.len_utf8()..].chars()).collect()
}

vocabulary! {
    /// A part a person plays in the purchase (one person may hold several).
    Role as "role" {
        User = "user" / "User",
        Influencer = "influencer" / "Influencer",
        Decider = "decider" / "Decider",
        Payer = "payer" / "Payer",
        Buyer = "buyer" / "Buyer",
        Gatekeeper = "gatekeeper" / "Gatekeeper",
        Initiator = "initiator" / "Initiator",
    }
}

impl Role {
    /// The one-letter badge in the language of the interface (`D` in English, `Л` in
    /// Russian), made once per language and kept: the influence map and the tables
    /// show it for every person.
    pub fn tr_badge(self) -> char {
        static CACHE: [std::sync::OnceLock<Vec<char>>; 2] =
            [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
        let lang = crate::i18n::lang();
        let slot = if lang == crate::i18n::Lang::En { 0 } else { 1 };
        let badges = CACHE[slot].get_or_init(|| {
            Role::ALL
                .iter()
                .map(|r| {
                    let word = crate::i18n::tr_in(lang, "role-badge", &[("role", r.key().into())]);
                    word.chars().next().unwrap_or(r.badge())
                })
                .collect()
        });
        Role::ALL.iter().position(|r| *r == self).map_or(self.badge(), |i| badges[i])
    }

    /// The English one-letter badge, which is also the key that toggles the role in
    /// forms; unique per role.
    pub fn badge(self) -> char {
        match self {
            Role::User => 'U',
            Role::Influencer => 'I',
            Role::Decider => 'D',
            Role::Payer => 'P',
            Role::Buyer => 'B',
            Role::Gatekeeper => 'G',
            Role::Initiator => 'N',
        }
    }
}

vocabulary! {
    /// How a person stands towards us, from best to worst, then unknown.
    Stance as "stance" {
        Champion = "champion" / "Champion",
        Supporter = "supporter" / "Supporter",
        Neutral = "neutral" / "Neutral",
        Skeptic = "skeptic" / "Skeptic",
        Opponent = "opponent" / "Opponent",
        Unknown = "unknown" / "Unknown",
    }
}

impl Default for Stance {
    fn default() -> Self {
        Stance::Unknown
    }
}

impl Stance {
    /// Neutral, supporter or champion: a stance that does not work against us.
    pub fn at_least_neutral(self) -> bool {
        matches!(self, Stance::Champion | Stance::Supporter | Stance::Neutral)
    }

    /// The next better stance (a rep "winning someone over" by one step); `None` for
    /// a champion. An unknown stance is treated as neutral-to-be-found-out: one step up
    /// is learning they are neutral.
    pub fn raised(self) -> Option<Stance> {
        match self {
            Stance::Opponent => Some(Stance::Skeptic),
            Stance::Skeptic => Some(Stance::Neutral),
            Stance::Unknown => Some(Stance::Neutral),
            Stance::Neutral => Some(Stance::Supporter),
            Stance::Supporter => Some(Stance::Champion),
            Stance::Champion => None,
        }
    }

    /// The next worse stance, the mirror of [`Stance::raised`]: `None` for an opponent.
    /// An unknown stance one step down is learning they are a skeptic.
    pub fn lowered(self) -> Option<Stance> {
        match self {
            Stance::Champion => Some(Stance::Supporter),
            Stance::Supporter => Some(Stance::Neutral),
            Stance::Neutral => Some(Stance::Skeptic),
            Stance::Unknown => Some(Stance::Skeptic),
            Stance::Skeptic => Some(Stance::Opponent),
            Stance::Opponent => None,
        }
    }
}

vocabulary! {
    /// How strong a relationship is (coverage or influence).
    Strength as "strength" {
        Weak = "weak" / "Weak",
        Medium = "medium" / "Medium",
        Strong = "strong" / "Strong",
    }
}

impl Default for Strength {
    fn default() -> Self {
        Strength::Medium
    }
}

impl Strength {
    /// The next coverage (or link strength) on the ladder none → weak → medium → strong
    /// → none, going `up`, or the one before it; what a key that cycles a coverage steps
    /// through.
    pub fn cycled(current: Option<Strength>, up: bool) -> Option<Strength> {
        let ladder = [None, Some(Strength::Weak), Some(Strength::Medium), Some(Strength::Strong)];
        let at = ladder.iter().position(|s| *s == current).unwrap_or(0);
        ladder[if up { (at + 1) % ladder.len() } else { (at + ladder.len() - 1) % ladder.len() }]
    }
}

vocabulary! {
    /// How important the account is to us.
    Tier as "tier" {
        Key = "key" / "Key",
        Growth = "growth" / "Growth",
        Maintain = "maintain" / "Maintain",
        Prospect = "prospect" / "Prospect",
    }
}

impl Default for Tier {
    fn default() -> Self {
        Tier::Key
    }
}

vocabulary! {
    /// What a member of our team does.
    Function as "function" {
        Sales = "sales" / "Sales",
        Technical = "technical" / "Technical",
        Service = "service" / "Service",
        Management = "management" / "Management",
        Other = "other" / "Other",
    }
}

impl Default for Function {
    fn default() -> Self {
        Function::Other
    }
}

vocabulary! {
    /// The two kinds of relationship between their people.
    LinkKind as "link" {
        /// `from` reports to `to` in the organisation.
        ReportsTo = "reports_to" / "reports to",
        /// `from`'s opinion weighs with `to`.
        Influences = "influences" / "influences",
    }
}

vocabulary! {
    /// What a customer asked of us beyond the contract.
    DemandKind as "demand" {
        Service = "service" / "Extra service",
        Price = "price" / "Price concession",
        Terms = "terms" / "Special terms",
        Other = "other" / "Other",
    }
}

impl Default for DemandKind {
    fn default() -> Self {
        DemandKind::Other
    }
}

vocabulary! {
    /// How we know a person's stance, from surest to least sure.
    Basis as "basis" {
        /// They acted on it where we could see: a meeting, a decision, something in writing.
        Observed = "observed" / "Observed",
        /// Someone told us.
        Reported = "reported" / "Reported",
        /// Our guess.
        Assumed = "assumed" / "Assumed",
    }
}

impl Default for Basis {
    fn default() -> Self {
        Basis::Reported
    }
}

vocabulary! {
    /// Where a person stands now: in the role, new to it, about to go, or gone.
    Status as "status" {
        Active = "active" / "Active",
        /// New in the role or to this purchase (since `status_on`).
        New = "new" / "New",
        /// Has announced they will leave (on `status_on`).
        Leaving = "leaving" / "Leaving",
        /// No longer there (since `status_on`); kept for the record.
        Left = "left" / "Left",
    }
}

impl Default for Status {
    fn default() -> Self {
        Status::Active
    }
}

vocabulary! {
    /// How far a deal has gone, from first sight to its end.
    DealStage as "deal-stage" {
        Lead = "lead" / "Lead",
        Qualified = "qualified" / "Qualified",
        Proposal = "proposal" / "Proposal",
        Negotiation = "negotiation" / "Negotiation",
        Won = "won" / "Won",
        Lost = "lost" / "Lost",
    }
}

impl Default for DealStage {
    fn default() -> Self {
        DealStage::Qualified
    }
}

impl DealStage {
    /// Whether the deal is still to be decided (not won, not lost).
    pub fn open(self) -> bool {
        !matches!(self, DealStage::Won | DealStage::Lost)
    }
}

vocabulary! {
    /// How the customer buys: an open process, or a formal tender whose rules may forbid
    /// contact with their people.
    Process as "process" {
        Open = "open" / "Open",
        Tender = "tender" / "Tender",
    }
}

impl Default for Process {
    fn default() -> Self {
        Process::Open
    }
}

vocabulary! {
    /// What a joint initiative of the account plan is about (the textbook's benefits of
    /// key-account work beyond selling).
    PlanKind as "plan-kind" {
        CostReduction = "cost_reduction" / "Cost reduction",
        DeliveryPlanning = "delivery_planning" / "Delivery planning",
        DemandForecast = "demand_forecast" / "Demand forecast",
        JointDevelopment = "joint_development" / "Joint development",
        JointPromotion = "joint_promotion" / "Joint promotion",
        Other = "other" / "Other",
    }
}

impl Default for PlanKind {
    fn default() -> Self {
        PlanKind::Other
    }
}

vocabulary! {
    /// Where a joint initiative stands.
    PlanStatus as "plan-status" {
        Idea = "idea" / "Idea",
        Agreed = "agreed" / "Agreed",
        Running = "running" / "Running",
        Done = "done" / "Done",
        Dropped = "dropped" / "Dropped",
    }
}

impl Default for PlanStatus {
    fn default() -> Self {
        PlanStatus::Idea
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badges_are_unique_and_cycling_wraps() {
        let mut badges: Vec<char> = Role::ALL.iter().map(|r| r.badge()).collect();
        badges.sort();
        badges.dedup();
        assert_eq!(badges.len(), Role::ALL.len());
        for lang in [crate::i18n::Lang::En, crate::i18n::Lang::Ru] {
            let mut shown: Vec<char> =
                crate::i18n::with_lang(lang, || Role::ALL.iter().map(|r| r.tr_badge()).collect());
            shown.sort();
            shown.dedup();
            assert_eq!(shown.len(), Role::ALL.len(), "{lang:?} badges are unique");
        }
        assert_eq!(crate::i18n::with_lang(crate::i18n::Lang::Ru, || Role::Decider.tr_badge()), 'Л');
        assert_eq!(crate::i18n::with_lang(crate::i18n::Lang::En, || Role::Decider.tr_badge()), 'D');
        assert_eq!(Stance::Unknown.next(), Stance::Champion);
        assert_eq!(Stance::Champion.prev(), Stance::Unknown);
        assert_eq!(Role::from_key("payer"), Some(Role::Payer));
        let mut s = None;
        let climbed: Vec<Option<Strength>> = (0..4)
            .map(|_| {
                s = Strength::cycled(s, true);
                s
            })
            .collect();
        assert_eq!(climbed, [Some(Strength::Weak), Some(Strength::Medium), Some(Strength::Strong), None]);
        assert_eq!(Strength::cycled(None, false), Some(Strength::Strong));
        assert_eq!(Strength::cycled(Some(Strength::Weak), false), None);
        assert_eq!(Role::from_key("Payer"), None);
    }

    #[test]
    fn every_label_is_in_both_languages_and_abbreviations_keep_their_case() {
        use crate::i18n::{Lang, has_message, with_lang};
        let ids = Role::ALL.iter().map(|k| k.label_id()).chain(Stance::ALL.iter().map(|k| k.label_id()));
        let ids = ids
            .chain(Strength::ALL.iter().map(|k| k.label_id()))
            .chain(Tier::ALL.iter().map(|k| k.label_id()));
        let ids = ids
            .chain(Function::ALL.iter().map(|k| k.label_id()))
            .chain(LinkKind::ALL.iter().map(|k| k.label_id()));
        let ids = ids
            .chain(DemandKind::ALL.iter().map(|k| k.label_id()))
            .chain(Basis::ALL.iter().map(|k| k.label_id()));
        for id in ids.chain(Status::ALL.iter().map(|k| k.label_id())) {
            assert!(has_message(Lang::En, id) && has_message(Lang::Ru, id), "{id}");
        }
        // English labels read as they always did.
        assert_eq!(
            Role::ALL.iter().map(|r| r.tr_label()).collect::<Vec<_>>(),
            Role::ALL.iter().map(|r| r.label()).collect::<Vec<_>>()
        );
        with_lang(Lang::Ru, || {
            assert_eq!(Role::Decider.tr_word(), "ЛПР");
            assert_eq!(Stance::Supporter.tr_word(), "сторонник");
            assert_eq!(DemandKind::Price.tr_label(), "Ценовая уступка");
        });
        assert_eq!(DemandKind::Service.tr_word(), "extra service");
    }

    #[test]
    fn raising_a_stance_moves_towards_champion() {
        assert_eq!(Stance::Opponent.raised(), Some(Stance::Skeptic));
        assert_eq!(Stance::Supporter.raised(), Some(Stance::Champion));
        assert_eq!(Stance::Champion.raised(), None);
    }
}
