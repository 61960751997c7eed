//! The weights and thresholds of the pull model, and the per-account override kept in
//! the account's unknown fields (`pull_model`), which the file format carries through
//! load and save untouched.

use crate::model::{Account, Basis, Function, Stance, Strength};
use serde_json::Value;

/// Every weight and threshold the analysis uses. `Default` is the documented model
/// (`docs/pull-model.md`); [`PullConfig::for_account`] applies an account's override.
#[derive(Debug, Clone, PartialEq)]
pub struct PullConfig {
    /// Carry weight of a strong `influences` link.
    pub link_strong: f64,
    /// Carry weight of a medium `influences` link.
    pub link_medium: f64,
    /// Carry weight of a weak `influences` link.
    pub link_weak: f64,
    /// Carry weight of a `reports_to` link (the larger of this and an `influences` link counts).
    pub reports_to: f64,
    /// Stance factor of a champion.
    pub stance_champion: f64,
    /// Stance factor of a supporter.
    pub stance_supporter: f64,
    /// Stance factor of a neutral person.
    pub stance_neutral: f64,
    /// Stance factor of a person whose stance is unknown.
    pub stance_unknown: f64,
    /// Stance factor of a skeptic.
    pub stance_skeptic: f64,
    /// Stance factor of an opponent (0 blocks every path through them).
    pub stance_opponent: f64,
    /// Start factor of a user our team covers strongly.
    pub start_strong: f64,
    /// Start factor of a user our team covers at medium strength.
    pub start_medium: f64,
    /// Start factor of a user our team covers weakly.
    pub start_weak: f64,
    /// A decider, payer or champion not contacted for more days than this is stale.
    pub stale_days: u32,
    /// A skeptic of at least this influence (1 to 5) can be a blocker.
    pub blocker_skeptic_influence: i64,
    /// An `influences` link of at least this strength to a decider or payer makes a blocker.
    pub blocker_link_strength: Strength,
    /// The coverage strength the "cover" next step proposes.
    pub cover_strength: Strength,
    /// How many next steps the analysis keeps (the best ones).
    pub next_best_limit: usize,
    /// Word starts that mark a technical department, matched case-insensitively at the
    /// start of a word of the department.
    pub technical_words: Vec<String>,
    /// The functions of our team whose members count as technical peers.
    pub technical_functions: Vec<Function>,
    /// How much of a judgement counts when we saw it ourselves.
    pub basis_observed: f64,
    /// How much of a judgement counts when someone told us.
    pub basis_reported: f64,
    /// How much of a judgement counts when it is our guess.
    pub basis_assumed: f64,
    /// After this many days a judgement counts half as much (it fades toward unknown).
    pub half_life_days: u32,
    /// The highest score while someone holds a veto (an opponent or a competitor's
    /// friend who decides, pays, or sways a decider or payer).
    pub veto_ceiling: u8,
    /// How much of the case reaches a decider or payer whom nobody on our team covers.
    pub access_none: f64,
    /// ... whom our team covers weakly.
    pub access_weak: f64,
    /// ... whom our team covers at medium strength.
    pub access_medium: f64,
    /// ... whom our team covers strongly.
    pub access_strong: f64,
    /// The lowest influence (1 to 5) that makes an uncovered person hidden power.
    pub hidden_power_influence: i64,
    /// The power of the mean over each side's people (1: the plain weighted mean; below
    /// 1, the weakest count for more).
    pub side_power: f64,
    /// An open deal whose close date is at most this many days away counts as closing.
    pub close_days: u32,
    /// A closing deal whose pull score is below this is flagged: too little pull left
    /// to change it before the customer decides.
    pub close_score_min: u8,
}

impl Default for PullConfig {
    fn default() -> Self {
        PullConfig {
            link_strong: 1.0,
            link_medium: 0.6,
            link_weak: 0.3,
            reports_to: 0.3,
            stance_champion: 1.0,
            stance_supporter: 0.8,
            stance_neutral: 0.5,
            stance_unknown: 0.4,
            stance_skeptic: 0.2,
            stance_opponent: 0.0,
            start_strong: 1.0,
            start_medium: 0.7,
            start_weak: 0.4,
            stale_days: 60,
            blocker_skeptic_influence: 4,
            blocker_link_strength: Strength::Medium,
            cover_strength: Strength::Medium,
            next_best_limit: 10,
            technical_words: DEFAULT_TECHNICAL_WORDS.iter().map(|w| w.to_string()).collect(),
            technical_functions: vec![Function::Technical, Function::Service],
            basis_observed: 1.0,
            basis_reported: 0.7,
            basis_assumed: 0.4,
            half_life_days: 120,
            veto_ceiling: 25,
            access_none: 0.6,
            access_weak: 0.7,
            access_medium: 0.85,
            access_strong: 1.0,
            hidden_power_influence: 4,
            side_power: 1.0,
            // A month: about the time a few meetings and an introduction take.
            close_days: 30,
            close_score_min: 40,
        }
    }
}

/// Engineering, IT, R&D, production and maintenance, in English and Russian. Each is
/// the start of a word, so `инженер` also finds "Инженерная служба" and `it` finds
/// "IT" but not "Quality".
const DEFAULT_TECHNICAL_WORDS: &[&str] = &[
    "engineer",
    "technic",
    "tech",
    "it",
    "information technolog",
    "r&d",
    "research",
    "production",
    "manufactur",
    "maintenance",
    "mechanic",
    "инженер",
    "техн",
    "ит",
    "информационн",
    "ниокр",
    "исследован",
    "производств",
    "цех",
    "обслуживан",
    "ремонт",
    "механ",
];

/// A mutable view of one setting, so that parsing and describing share one table.
enum Slot<'a> {
    Factor(&'a mut f64),
    Days(&'a mut u32),
    Influence(&'a mut i64),
    Strength(&'a mut Strength),
    Count(&'a mut usize),
    Points(&'a mut u8),
    Words(&'a mut Vec<String>),
    Functions(&'a mut Vec<Function>),
}

impl PullConfig {
    /// The settings by their key in `pull_model`, with one line saying what each does.
    fn slots(&mut self) -> Vec<(&'static str, &'static str, Slot<'_>)> {
        use Slot::*;
        vec![
            ("link_strong", "carry weight of a strong `influences` link", Factor(&mut self.link_strong)),
            ("link_medium", "carry weight of a medium `influences` link", Factor(&mut self.link_medium)),
            ("link_weak", "carry weight of a weak `influences` link", Factor(&mut self.link_weak)),
            (
                "reports_to",
                "carry weight of a `reports_to` link, unless an `influences` link carries more",
                Factor(&mut self.reports_to),
            ),
            (
                "stance_champion",
                "how much of the case a champion passes on",
                Factor(&mut self.stance_champion),
            ),
            (
                "stance_supporter",
                "how much of the case a supporter passes on",
                Factor(&mut self.stance_supporter),
            ),
            (
                "stance_neutral",
                "how much of the case a neutral person passes on",
                Factor(&mut self.stance_neutral),
            ),
            (
                "stance_unknown",
                "how much of the case a person of unknown stance passes on",
                Factor(&mut self.stance_unknown),
            ),
            ("stance_skeptic", "how much of the case a skeptic passes on", Factor(&mut self.stance_skeptic)),
            (
                "stance_opponent",
                "how much of the case an opponent passes on (0 blocks)",
                Factor(&mut self.stance_opponent),
            ),
            ("start_strong", "start factor of a user we cover strongly", Factor(&mut self.start_strong)),
            (
                "start_medium",
                "start factor of a user we cover at medium strength",
                Factor(&mut self.start_medium),
            ),
            ("start_weak", "start factor of a user we cover weakly", Factor(&mut self.start_weak)),
            (
                "stale_days",
                "days without contact after which a decider, payer or champion is stale",
                Days(&mut self.stale_days),
            ),
            (
                "blocker_skeptic_influence",
                "lowest influence at which a skeptic can block",
                Influence(&mut self.blocker_skeptic_influence),
            ),
            (
                "blocker_link_strength",
                "weakest `influences` link to a decider or payer that lets an opponent block",
                Strength(&mut self.blocker_link_strength),
            ),
            (
                "cover_strength",
                "coverage strength proposed by the \"cover\" next step",
                Strength(&mut self.cover_strength),
            ),
            ("next_best_limit", "how many next best contacts are listed", Count(&mut self.next_best_limit)),
            (
                "technical_words",
                "word starts that mark a technical department",
                Words(&mut self.technical_words),
            ),
            (
                "technical_functions",
                "functions of our team that count as technical peers",
                Functions(&mut self.technical_functions),
            ),
            ("basis_observed", "how much of an observed judgement counts", Factor(&mut self.basis_observed)),
            ("basis_reported", "how much of a reported judgement counts", Factor(&mut self.basis_reported)),
            ("basis_assumed", "how much of an assumed judgement counts", Factor(&mut self.basis_assumed)),
            (
                "half_life_days",
                "days after which a judgement counts half (it fades toward unknown)",
                Days(&mut self.half_life_days),
            ),
            ("veto_ceiling", "highest score while someone holds a veto", Points(&mut self.veto_ceiling)),
            (
                "access_none",
                "how much of the case reaches a decider or payer nobody covers",
                Factor(&mut self.access_none),
            ),
            ("access_weak", "... a decider or payer covered weakly", Factor(&mut self.access_weak)),
            ("access_medium", "... covered at medium strength", Factor(&mut self.access_medium)),
            ("access_strong", "... covered strongly", Factor(&mut self.access_strong)),
            (
                "side_power",
                "power of the mean over deciders and over payers (1 plain mean; lower: the weakest count more)",
                Factor(&mut self.side_power),
            ),
            (
                "hidden_power_influence",
                "lowest influence at which an uncovered person is hidden power",
                Influence(&mut self.hidden_power_influence),
            ),
            (
                "close_days",
                "days before an open deal's close date from which it counts as closing",
                Days(&mut self.close_days),
            ),
            (
                "close_score_min",
                "lowest pull score a closing deal may have without a red flag",
                Points(&mut self.close_score_min),
            ),
        ]
    }

    /// The model for an account: the defaults, overridden by any subset of the keys in
    /// the account's `pull_model` object. Unknown keys and bad values are refused with
    /// a message naming the key, so a typo never silently falls back to a default.
    pub fn for_account(a: &Account) -> Result<PullConfig, String> {
        let mut cfg = PullConfig::default();
        let Some(v) = a.extra.get("pull_model") else { return Ok(cfg) };
        let Value::Object(map) = v else {
            return Err("pull_model must be an object of settings, for example {\"stale_days\": 90}".into());
        };
        {
            let mut slots = cfg.slots();
            for (key, value) in map {
                let Some((name, _, slot)) = slots.iter_mut().find(|(k, _, _)| k == key) else {
                    let known: Vec<&str> = slots.iter().map(|(k, _, _)| *k).collect();
                    return Err(format!(
                        "pull_model.{key} is not a setting; known settings: {}",
                        known.join(", ")
                    ));
                };
                set(name, slot, value)?;
            }
        }
        cfg.check()?;
        Ok(cfg)
    }

    /// One line per weight and threshold (`key = value: meaning`), for the help of the
    /// Pull view and the docs.
    pub fn describe(&self) -> Vec<String> {
        let mut copy = self.clone();
        copy.slots()
            .into_iter()
            .map(|(key, doc, slot)| {
                let value = match slot {
                    Slot::Factor(x) => format!("{x}"),
                    Slot::Days(x) => x.to_string(),
                    Slot::Influence(x) => x.to_string(),
                    Slot::Strength(x) => x.key().to_string(),
                    Slot::Count(x) => x.to_string(),
                    Slot::Points(x) => x.to_string(),
                    Slot::Words(x) => x.join(", "),
                    Slot::Functions(x) => x.iter().map(|f| f.key()).collect::<Vec<_>>().join(", "),
                };
                // The meaning in the interface's language; the key stays as written. The
                // deal settings keep their words with the rest of the deal rules.
                let key_id = key.replace('_', "-");
                let ids = [format!("analysis-setting-{key_id}"), format!("strategy-setting-{key_id}")];
                let id = ids.iter().find(|id| crate::i18n::has_message(crate::i18n::lang(), id));
                let doc = id.map_or_else(|| doc.to_string(), |id| crate::i18n::tr(id));
                format!("{key} = {value}: {doc}")
            })
            .collect()
    }

    /// The orderings the model's promises rest on: raising a stance, strengthening
    /// coverage or adding a link must never lower the score.
    fn check(&self) -> Result<(), String> {
        let chains: [&[(&str, f64)]; 6] = [
            &[
                ("link_weak", self.link_weak),
                ("link_medium", self.link_medium),
                ("link_strong", self.link_strong),
            ],
            &[
                ("start_weak", self.start_weak),
                ("start_medium", self.start_medium),
                ("start_strong", self.start_strong),
            ],
            &[
                ("stance_opponent", self.stance_opponent),
                ("stance_skeptic", self.stance_skeptic),
                ("stance_neutral", self.stance_neutral),
                ("stance_supporter", self.stance_supporter),
                ("stance_champion", self.stance_champion),
            ],
            &[("stance_unknown", self.stance_unknown), ("stance_neutral", self.stance_neutral)],
            &[
                ("basis_assumed", self.basis_assumed),
                ("basis_reported", self.basis_reported),
                ("basis_observed", self.basis_observed),
            ],
            &[
                ("access_none", self.access_none),
                ("access_weak", self.access_weak),
                ("access_medium", self.access_medium),
                ("access_strong", self.access_strong),
            ],
        ];
        for chain in chains {
            for pair in chain.windows(2) {
                let ((lo, a), (hi, b)) = (pair[0], pair[1]);
                if a > b {
                    return Err(format!(
                        "pull_model.{lo} ({a}) must not be larger than pull_model.{hi} ({b})"
                    ));
                }
            }
        }
        if self.side_power <= 0.0 {
            return Err("pull_model.side_power must be above 0".into());
        }
        if self.half_life_days == 0 {
            return Err("pull_model.half_life_days must be at least 1".into());
        }
        Ok(())
    }

    /// How much of a judgement of this basis counts, before it fades with age.
    pub fn basis_weight(&self, b: Basis) -> f64 {
        match b {
            Basis::Observed => self.basis_observed,
            Basis::Reported => self.basis_reported,
            Basis::Assumed => self.basis_assumed,
        }
    }

    /// How much of the case reaches a decider or payer covered at best this well.
    pub fn access(&self, s: Option<Strength>) -> f64 {
        match s {
            None => self.access_none,
            Some(Strength::Weak) => self.access_weak,
            Some(Strength::Medium) => self.access_medium,
            Some(Strength::Strong) => self.access_strong,
        }
    }

    /// Whether a team member of this function is a technical peer.
    pub fn is_technical_function(&self, f: Function) -> bool {
        self.technical_functions.contains(&f)
    }

    /// Carry weight of an `influences` link of this strength.
    pub fn link_weight(&self, s: Strength) -> f64 {
        match s {
            Strength::Strong => self.link_strong,
            Strength::Medium => self.link_medium,
            Strength::Weak => self.link_weak,
        }
    }

    /// How much of the case a person of this stance passes on.
    pub fn stance_factor(&self, s: Stance) -> f64 {
        match s {
            Stance::Champion => self.stance_champion,
            Stance::Supporter => self.stance_supporter,
            Stance::Neutral => self.stance_neutral,
            Stance::Unknown => self.stance_unknown,
            Stance::Skeptic => self.stance_skeptic,
            Stance::Opponent => self.stance_opponent,
        }
    }

    /// Start factor of a user covered at this strength.
    pub fn start_factor(&self, s: Strength) -> f64 {
        match s {
            Strength::Strong => self.start_strong,
            Strength::Medium => self.start_medium,
            Strength::Weak => self.start_weak,
        }
    }
}

fn set(key: &str, slot: &mut Slot<'_>, v: &Value) -> Result<(), String> {
    let bad = |want: &str| format!("pull_model.{key} must be {want}, not {v}");
    match slot {
        Slot::Factor(x) => match v.as_f64() {
            Some(f) if (0.0..=1.0).contains(&f) => **x = f,
            _ => return Err(bad("a number from 0 to 1")),
        },
        Slot::Days(x) => match v.as_u64().and_then(|d| u32::try_from(d).ok()) {
            Some(d) => **x = d,
            None => return Err(bad("a whole number of days")),
        },
        Slot::Influence(x) => match v.as_i64() {
            Some(i) if (1..=5).contains(&i) => **x = i,
            _ => return Err(bad("an influence from 1 to 5")),
        },
        Slot::Strength(x) => match v.as_str().and_then(Strength::from_key) {
            Some(s) => **x = s,
            None => return Err(bad("\"weak\", \"medium\" or \"strong\"")),
        },
        Slot::Count(x) => match v.as_u64().and_then(|n| usize::try_from(n).ok()) {
            Some(n) if n > 0 => **x = n,
            _ => return Err(bad("a whole number of at least 1")),
        },
        Slot::Points(x) => match v.as_u64().and_then(|n| u8::try_from(n).ok()) {
            Some(n) if n <= 100 => **x = n,
            _ => return Err(bad("a whole number of points from 0 to 100")),
        },
        Slot::Functions(x) => {
            let functions: Option<Vec<Function>> = v
                .as_array()
                .and_then(|items| items.iter().map(|f| f.as_str().and_then(Function::from_key)).collect());
            match functions {
                Some(f) => **x = f,
                None => {
                    return Err(bad(
                        "a list of team functions (sales, technical, service, management, other)",
                    ));
                }
            }
        }
        Slot::Words(x) => {
            let words: Option<Vec<String>> = v.as_array().and_then(|items| {
                items
                    .iter()
                    .map(|w| w.as_str().filter(|s| !s.trim().is_empty()).map(str::to_lowercase))
                    .collect()
            });
            match words {
                Some(w) => **x = w,
                None => return Err(bad("a list of non-empty words")),
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn with(v: Value) -> Account {
        let mut a = Account::new("a", "A");
        a.extra.insert("pull_model".into(), v);
        a
    }

    #[test]
    fn overrides_apply_and_the_rest_stay_default() {
        let cfg = PullConfig::for_account(&with(
            json!({"stale_days": 90, "link_medium": 0.5, "technical_words": ["Lab"]}),
        ))
        .unwrap();
        assert_eq!(cfg.stale_days, 90);
        assert_eq!(cfg.link_medium, 0.5);
        assert_eq!(cfg.technical_words, ["lab"]);
        assert_eq!(cfg.link_strong, 1.0);
        assert_eq!(PullConfig::for_account(&Account::new("a", "A")).unwrap(), PullConfig::default());
    }

    #[test]
    fn bad_keys_and_values_are_refused_naming_the_key() {
        for (v, key) in [
            (json!({"stale_dayz": 3}), "stale_dayz"),
            (json!({"link_strong": 1.5}), "link_strong"),
            (json!({"stale_days": -1}), "stale_days"),
            (json!({"blocker_skeptic_influence": 6}), "blocker_skeptic_influence"),
            (json!({"cover_strength": "huge"}), "cover_strength"),
            (json!({"technical_words": ["", "it"]}), "technical_words"),
            (json!({"next_best_limit": 0}), "next_best_limit"),
            (json!({"stance_unknown": 0.9}), "stance_unknown"),
        ] {
            let err = PullConfig::for_account(&with(v)).unwrap_err();
            assert!(err.contains(&format!("pull_model.{key}")), "{err}");
        }
        assert!(PullConfig::for_account(&with(json!([1]))).unwrap_err().contains("object"));
    }

    #[test]
    fn describe_lists_every_setting_with_its_value() {
        let lines = PullConfig::default().describe();
        assert_eq!(lines.len(), 33);
        assert!(
            lines.contains(
                &"stale_days = 60: days without contact after which a decider, payer or champion is stale"
                    .to_string()
            )
        );
        assert!(lines.iter().any(|l| l.starts_with("stance_supporter = 0.8:")));
        assert!(lines.iter().any(|l| l.starts_with("technical_words = engineer, ") && l.contains("инженер")));
    }
}
