//! The power-interest grid (Mendelow): where each person of the account stands by how
//! much they can sway the purchase (power) and by how engaged they are with it
//! (interest), in four quadrants, and who moved between quadrants since a start.
//!
//! The rule, exact at its borders (the tests check each one):
//!
//! - **Power** is the person's influence: 4 or 5 is high ([`HIGH_POWER`]), 1 to 3 low.
//! - **Interest** is high when the person is *engaged*: their stance is known and not
//!   neutral (a champion, supporter, skeptic or opponent all care how it ends), and we
//!   have seen them recently: the later of their last contact and the day their stance
//!   was confirmed is at most `recent_days` old. A stance unknown or neutral, no date
//!   at all, or a date older than that, is low interest. `recent_days` is the pull
//!   model's `stale_days` (60 unless the account's `pull_model` says otherwise), so
//!   the grid and the red flags call the same people stale.
//!
//! | power \ interest | high             | low            |
//! |------------------|------------------|----------------|
//! | high             | manage closely   | keep satisfied |
//! | low              | keep informed    | monitor        |
//!
//! Who moved: a person's standing at the start is their standing now with every
//! history entry since the start undone (stance, influence, last contact, stance
//! confirmation), placed as of the start's day; a person whose quadrant then differs
//! from today's moved. People added since the start have no earlier place and did not
//! move; people who are no longer there (left) are not on the grid. The app's history
//! records stance and influence but not the last contact nor the confirmation day
//! (`change::history::RECORDED`), so a date later than the start, with no entry saying
//! what it was before, counts as recent at the start too: a fresh contact alone shows
//! no move rather than a guessed one, while a contact growing stale with time does.

use crate::change::timeline::parse_time;
use crate::model::{Account, Date, FxHashMap, Person, Stance};
use serde_json::Value;

/// The least influence that counts as high power.
pub const HIGH_POWER: i64 = 4;

/// One of Mendelow's four quadrants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quadrant {
    /// High power, high interest: work with them closely.
    ManageClosely,
    /// High power, low interest: keep them satisfied, without burdening them.
    KeepSatisfied,
    /// Low power, high interest: keep them informed; they can become allies.
    KeepInformed,
    /// Low power, low interest: watch, with little effort.
    Monitor,
}

impl Quadrant {
    /// The four, as the grid draws them: top row left to right, then the bottom row
    /// (high power on top, high interest on the right, as the textbook draws it:
    /// keep satisfied, manage closely; monitor, keep informed).
    pub const ALL: [Quadrant; 4] =
        [Quadrant::KeepSatisfied, Quadrant::ManageClosely, Quadrant::Monitor, Quadrant::KeepInformed];

    /// The quadrant of a power and an interest.
    pub fn of(high_power: bool, high_interest: bool) -> Quadrant {
        match (high_power, high_interest) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }

    /// Whether it is a high-power quadrant (the top row).
    pub fn high_power(self) -> bool {
        matches!(self, Quadrant::ManageClosely | Quadrant::KeepSatisfied)
    }

    /// Whether it is a high-interest quadrant (the right column).
    pub fn high_interest(self) -> bool {
        matches!(self, Quadrant::ManageClosely | Quadrant::KeepInformed)
    }

    /// The quadrant's name in the interface's language ("Manage closely").
    pub fn tr_label(self) -> String {
        match self {
            Quadrant::ManageClosely => crate::t!("grid-quadrant-manage-closely"),
            Quadrant::KeepSatisfied => crate::t!("grid-quadrant-keep-satisfied"),
            Quadrant::KeepInformed => crate::t!("grid-quadrant-keep-informed"),
            Quadrant::Monitor => crate::t!("grid-quadrant-monitor"),
        }
    }

    /// The name inside a sentence ("from keep informed").
    pub fn tr_word(self) -> String {
        let label = self.tr_label();
        let mut chars = label.chars();
        chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
    }

    /// The arrow from `from` to this quadrant, as the grid marks a mover: up for more
    /// power, right for more interest (`↗` from monitor to manage closely).
    pub fn arrow_from(self, from: Quadrant) -> &'static str {
        let dp = i8::from(self.high_power()) - i8::from(from.high_power());
        let di = i8::from(self.high_interest()) - i8::from(from.high_interest());
        match (dp, di) {
            (1, 1) => "↗",
            (1, 0) => "↑",
            (1, -1) => "↖",
            (0, 1) => "→",
            (0, -1) => "←",
            (-1, 1) => "↘",
            (-1, 0) => "↓",
            (-1, -1) => "↙",
            _ => "·",
        }
    }
}

/// What the placing rule needs: the values that decide a person's quadrant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Influence, 1 to 5.
    pub influence: i64,
    pub stance: Stance,
    /// The later of the last contact and the stance's confirmation.
    pub seen: Option<Date>,
}

impl Standing {
    /// A person's standing now.
    pub fn of(p: &Person) -> Standing {
        Standing { influence: p.influence.0, stance: p.stance, seen: later(p.last_contact, p.stance_on) }
    }
}

fn later(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// The rule's one setting: how many days a contact or confirmation counts as recent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridRule {
    pub recent_days: u32,
}

impl GridRule {
    /// The rule with the pull model's `stale_days` (the account's own, or the default).
    pub fn for_account(a: &Account) -> GridRule {
        let cfg = crate::analysis::PullConfig::for_account(a).unwrap_or_default();
        GridRule { recent_days: cfg.stale_days }
    }

    /// Whether someone of this standing is engaged on `today` (high interest).
    pub fn engaged(&self, s: &Standing, today: Date) -> bool {
        let cares = !matches!(s.stance, Stance::Unknown | Stance::Neutral);
        let recent = s.seen.is_some_and(|d| today.days_since(d) <= self.recent_days as i32);
        cares && recent
    }

    /// The quadrant of someone of this standing on `today`.
    pub fn place(&self, s: &Standing, today: Date) -> Quadrant {
        Quadrant::of(s.influence >= HIGH_POWER, self.engaged(s, today))
    }
}

/// One person on the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// Their position in `account.people`.
    pub person: usize,
    /// Where they stand today.
    pub quadrant: Quadrant,
    /// Where they stood at the start, when that was another quadrant.
    pub was: Option<Quadrant>,
}

/// The grid of an account: everyone still there, in people order, placed on `today`,
/// with where they were at `since` (seconds since 1970, UTC; `None`: the start of the
/// history) when they moved.
pub fn grid(a: &Account, rule: GridRule, today: Date, since: Option<i64>) -> Vec<Placed> {
    let start = since.or_else(|| a.history.iter().filter_map(|e| parse_time(&e.at)).min());
    let then = start.map(|t| day_of(t).min(today));
    let earlier = start.map(|t| standings_at(a, t)).unwrap_or_default();
    a.people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.present(today))
        .map(|(i, p)| {
            let quadrant = rule.place(&Standing::of(p), today);
            let was = match (then, earlier.get(p.id.as_str())) {
                (Some(day), Some(Some(old))) => Some(rule.place(old, day)).filter(|q| *q != quadrant),
                // Added since the start: no earlier place.
                (_, Some(None)) => None,
                // Nothing recorded since: the same standing then, placed as of then.
                (Some(day), None) => Some(rule.place(&Standing::of(p), day)).filter(|q| *q != quadrant),
                (None, _) => None,
            };
            Placed { person: i, quadrant, was }
        })
        .collect()
}

/// The day a second falls on (UTC).
fn day_of(t: i64) -> Date {
    let epoch = Date::from_ymd(1970, 1, 1).expect("1970-01-01 exists");
    epoch.add_days(i32::try_from(t.div_euclid(86_400)).unwrap_or(i32::MAX))
}

/// The standing at `since` of each person the history changed since then (`None` for
/// one added since), by undoing those entries: the first entry of a field since the
/// start holds in `from` what the field was before.
fn standings_at(a: &Account, since: i64) -> FxHashMap<&str, Option<Standing>> {
    let now: FxHashMap<&str, &Person> = a.people.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut entries: Vec<(i64, usize)> = a
        .history
        .iter()
        .enumerate()
        .filter_map(|(i, e)| parse_time(&e.at).filter(|&t| t >= since).map(|t| (t, i)))
        .collect();
    entries.sort_unstable();
    // Per person: what each field was before its first change since the start.
    let mut before: FxHashMap<&str, Before> = FxHashMap::default();
    let mut added: Vec<&str> = Vec::new();
    for &(_, i) in &entries {
        let e = &a.history[i];
        let own = e.record.as_deref().and_then(|r| r.strip_prefix("people/"));
        if let (Some(id), Some("added")) = (own, e.change.as_deref()) {
            added.push(id);
            continue;
        }
        let (Some(id), Some(field)) = (e.person.as_deref(), e.field.as_deref()) else { continue };
        let Some((&id, _)) = now.get_key_value(id) else { continue };
        let b = before.entry(id).or_default();
        let from = e.from.as_ref();
        match field {
            "stance" if b.stance.is_none() => {
                b.stance = Some(from.and_then(Value::as_str).and_then(Stance::from_key).unwrap_or_default())
            }
            "influence" if b.influence.is_none() => {
                b.influence =
                    Some(from.and_then(Value::as_i64).unwrap_or(crate::model::Influence::default().0))
            }
            "last_contact" if b.last_contact.is_none() => b.last_contact = Some(date(from)),
            "stance_on" if b.stance_on.is_none() => b.stance_on = Some(date(from)),
            _ => {}
        }
    }
    let mut out: FxHashMap<&str, Option<Standing>> = FxHashMap::default();
    for (id, b) in before {
        let p = now[id];
        let last_contact = b.last_contact.unwrap_or(p.last_contact);
        let stance_on = b.stance_on.unwrap_or(p.stance_on);
        out.insert(
            id,
            Some(Standing {
                influence: b.influence.unwrap_or(p.influence.0),
                stance: b.stance.unwrap_or(p.stance),
                seen: later(last_contact, stance_on),
            }),
        );
    }
    for id in added {
        if let Some((&id, _)) = now.get_key_value(id) {
            out.insert(id, None);
        }
    }
    out
}

/// What a person's fields were before their first change since a start (`None`: the
/// field did not change).
#[derive(Debug, Default)]
struct Before {
    stance: Option<Stance>,
    influence: Option<i64>,
    last_contact: Option<Option<Date>>,
    stance_on: Option<Option<Date>>,
}

fn date(v: Option<&Value>) -> Option<Date> {
    v.and_then(Value::as_str).and_then(|s| s.get(..10)?.parse().ok())
}

#[cfg(test)]
mod tests;
