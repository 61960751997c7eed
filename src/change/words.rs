//! Every word and phrase of the change sentences (`dmu changes`, `dmu diff-text`, the
//! history shown on screen), in one place: a translation replaces this file and nothing
//! else. Each function is one phrase with its blanks as arguments, so a language that
//! orders the words differently can do so. The values put in are already words (names,
//! labels); nothing here looks at an account.

use std::borrow::Cow;

/// Shown for a value that is absent or empty.
pub const NONE: &str = "(none)";
/// Between the value before and the value after.
pub const ARROW: &str = "→";
/// A true and a false value.
pub const YES: &str = "yes";
pub const NO: &str = "no";

/// A field's name for people: `stance_basis` is "stance basis". Fields this table does
/// not know read with their underscores as spaces.
pub fn field(name: &str) -> Cow<'_, str> {
    Cow::Borrowed(match name {
        "stance" => "stance",
        "stance_basis" => "stance basis",
        "stance_on" => "stance confirmed on",
        "influence" => "influence",
        "roles" => "roles",
        "status" => "status",
        "status_on" => "status since",
        "favours" => "favours",
        "coverage" => "coverage",
        "last_contact" => "last contact",
        "external_ids" => "external ids",
        "annual_revenue" => "annual revenue",
        "owner" => "owner",
        "person" => "with",
        "due" => "due",
        "done" => "done",
        "granted" => "granted",
        _ if name.contains('_') => return Cow::Owned(name.replace('_', " ")),
        _ => return Cow::Borrowed(name),
    })
}

/// What kind of record a list holds, for "added Ольга Кузнецова (person)".
pub fn record_kind(list: &str) -> Cow<'_, str> {
    Cow::Borrowed(match list {
        "people" => "person",
        "team" => "team member",
        "links" => "link",
        "actions" => "follow-up",
        "demands" => "demand",
        "history" => "history entry",
        "conflicts" => "conflict",
        "deals" => "deal",
        "plan" => "plan item",
        _ => return Cow::Borrowed(list),
    })
}

/// "stance skeptic → neutral"; "favours → Uralmash Service" when there was none;
/// "favours Uralmash Service → (none)" when it is gone.
pub fn moved(field: &str, from: Option<&str>, to: Option<&str>) -> String {
    match (from, to) {
        (Some(a), Some(b)) => format!("{field} {a} {ARROW} {b}"),
        (None, Some(b)) => format!("{field} {ARROW} {b}"),
        (Some(a), None) => format!("{field} {a} {ARROW} {NONE}"),
        (None, None) => format!("{field} {ARROW} {NONE}"),
    }
}

/// "deals/d1/stage: qualify → propose": a value of a place named by its path.
pub fn moved_at(place: &str, from: Option<&str>, to: Option<&str>) -> String {
    format!("{place}: {} {ARROW} {}", from.unwrap_or(NONE), to.unwrap_or(NONE))
}

/// "Ольга Кузнецова: stance skeptic → neutral": what changed, said of whom.
pub fn about(subject: &str, what: &str) -> String {
    format!("{subject}: {what}")
}

/// "… (Anna Berg)": who made the change.
pub fn by(sentence: &str, who: &str) -> String {
    format!("{sentence} ({who})")
}

/// `… — "Backed our proposal"`: the note given with the change.
pub fn noted(sentence: &str, note: &str) -> String {
    format!("{sentence} — \"{note}\"")
}

/// "Omar Haddad now covers them (medium)".
pub fn covers_now(member: &str, strength: &str) -> String {
    format!("{member} now covers them ({strength})")
}

/// "no longer covered by Omar".
pub fn no_longer_covered(member: &str) -> String {
    format!("no longer covered by {member}")
}

/// "coverage: Anna Berg weak → strong".
pub fn coverage_moved(member: &str, from: &str, to: &str) -> String {
    format!("coverage: {member} {from} {ARROW} {to}")
}

/// A coverage change that changed nothing anyone covers.
pub const COVERAGE_SAME: &str = "coverage rewritten, the same as before";

/// A record changed in a way the sentence does not say more about.
pub const CHANGED: &str = "changed";

/// "stance of Пётр Иванов": a field of a record, as the place of a conflict.
pub fn field_of(subject: &str, field: &str) -> String {
    format!("{field} of {subject}")
}

/// Several changes said in one sentence.
pub fn and(parts: &[String]) -> String {
    parts.join("; ")
}

/// "added Ольга Кузнецова (person)".
pub fn added(what: &str) -> String {
    format!("added {what}")
}

/// "removed Ольга Кузнецова (person)".
pub fn removed(what: &str) -> String {
    format!("removed {what}")
}

/// A change of a record that is neither an addition nor a removal (as the entry says it).
pub fn record_changed(how: &str, what: &str) -> String {
    format!("{how} {what}")
}

/// "Ольга Кузнецова (person)".
pub fn named(name: &str, kind: &str) -> String {
    format!("{name} ({kind})")
}

/// "Пётр Иванов reports to Olga" (`kind` is the link kind's label).
pub fn link(from: &str, kind: &str, to: &str) -> String {
    format!("{from} {kind} {to}")
}

/// "Пётр Иванов influences Olga (strong)".
pub fn link_with_strength(from: &str, kind: &str, to: &str, strength: &str) -> String {
    format!("{from} {kind} {to} ({strength})")
}

/// "the link Пётр Иванов reports to Olga".
pub fn the_link(link: &str) -> String {
    format!("the link {link}")
}

/// `the follow-up "Send the trial report"`.
pub fn the_follow_up(text: &str) -> String {
    format!("the follow-up \"{text}\"")
}

/// `the demand "Free on-site operator training"`.
pub fn the_demand(text: &str) -> String {
    format!("the demand \"{text}\"")
}

/// "Omar Haddad, due 2026-12-04": who owns a follow-up and when it is due.
pub fn follow_up_details(owner: &str, due: &str) -> String {
    format!("{owner}, due {due}")
}

/// "Anna Berg (team member)" as the subject of a change to a team member.
pub fn team_member(name: &str) -> String {
    format!("{name} ({})", record_kind("team"))
}

/// "history: <the entry's sentence>": an entry added to the history.
pub fn history_added(sentence: &str) -> String {
    format!("history: {sentence}")
}

/// An entry taken out of the history.
pub fn history_removed(sentence: &str) -> String {
    format!("taken out of the history: {sentence}")
}

/// "conflict to decide: …".
pub fn conflict_added(what: &str) -> String {
    format!("conflict to decide: {what}")
}

/// "decided the conflict at people/p-x/stance".
pub fn conflict_decided(path: &str) -> String {
    format!("decided the conflict at {path}")
}

/// "people/p-x/stance: kept neutral (ours), the other was supporter (theirs)".
pub fn conflict(place: &str, kept: &str, kept_side: &str, other: &str, other_side: &str) -> String {
    format!("{place}: kept {kept} ({kept_side}), the other was {other} ({other_side})")
}

/// The two sides of a conflict, as the file names them.
pub fn side(key: &str) -> &str {
    match key {
        "ours" => "ours",
        "theirs" => "theirs",
        other => other,
    }
}

/// "2 conflicts to decide: people/p-x/stance, name".
pub fn conflicts_to_decide(n: usize, places: &str) -> String {
    format!("{} to decide: {places}", crate::plural::count(n, "conflict", "conflicts"))
}

/// "Nothing changed since 2026-11-25."
pub fn nothing_since(since: &str) -> String {
    format!("Nothing changed since {since}.")
}

/// "Changes since 2026-11-25 (times in UTC)".
pub fn changes_since(since: &str) -> String {
    format!("Changes since {since} (times in UTC)")
}

/// The forms a start (`--since`) takes.
pub const SINCE_FORMS: &str =
    "write a date (2026-11-25), a number of days or weeks back (7d, 2w), or last-sync";

/// A start that is none of the forms.
pub fn not_a_start(given: &str) -> String {
    format!("`{given}` is not a start; {SINCE_FORMS}")
}

/// A date the calendar lacks (`problem` says why), as a start.
pub fn not_a_day(problem: &str) -> String {
    format!("{problem}; {SINCE_FORMS}")
}

/// `--since last-sync` before this machine has synced.
pub const NO_SYNC_YET: &str = "this machine has not synced yet, so there is no last sync to start from; \
    `dmu sync` records one, or give --since a date (2026-11-25) or a number of days or weeks back (7d, 2w)";

/// "the last sync, 2026-12-01 10:00": the start of `--since last-sync`.
pub fn the_last_sync(at: &str) -> String {
    format!("the last sync, {at}")
}

/// The lines of `dmu diff-text`.
pub mod facts {
    /// "Account: Northwind Machining (key)".
    pub fn header(name: &str, tier: &str) -> String {
        format!("Account: {name} ({tier})")
    }
    /// "industry: Industrial machinery": an account's field.
    pub fn account_field(field: &str, value: &str) -> String {
        format!("{field}: {value}")
    }
    /// "Ольга Кузнецова: stance skeptic".
    pub fn of(subject: &str, field: &str, value: &str) -> String {
        format!("{subject}: {field} {value}")
    }
    /// "Ольга Кузнецова: covered by Anna Berg (strong)".
    pub fn covered_by(subject: &str, member: &str, strength: &str) -> String {
        format!("{subject}: covered by {member} ({strength})")
    }
    /// "Anna Berg (sales)".
    pub fn team_member(name: &str, function: &str) -> String {
        format!("{name} ({function})")
    }
    /// `"Send the trial report": Omar Haddad, due 2026-12-04, with Sato, done 2026-12-01`.
    pub fn follow_up(text: &str, owner: &str, due: &str, with: Option<&str>, done: Option<&str>) -> String {
        let mut s = format!("\"{text}\": {owner}, due {due}");
        if let Some(w) = with {
            s.push_str(&format!(", with {w}"));
        }
        if let Some(d) = done {
            s.push_str(&format!(", done {d}"));
        }
        s
    }
    /// `2026-10-05 "Free on-site operator training": extra service, granted`.
    pub fn demand(date: &str, text: &str, kind: &str, granted: bool) -> String {
        format!("{date} \"{text}\": {kind}, {}", if granted { "granted" } else { "not granted" })
    }
    /// A person's name, with their id when another person has the same name.
    pub fn same_name(name: &str, id: &str) -> String {
        format!("{name} [{id}]")
    }
    /// Section titles.
    pub const TEAM: &str = "Team";
    pub const PEOPLE: &str = "People";
    pub const LINKS: &str = "Links";
    pub const FOLLOW_UPS: &str = "Follow-ups";
    pub const DEMANDS: &str = "Demands";
    pub const HISTORY: &str = "History";
    pub const CONFLICTS: &str = "Conflicts";
}
