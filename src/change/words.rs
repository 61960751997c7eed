//! Every word and phrase of the change sentences (`dmu changes`, `dmu diff-text`, the
//! history shown on screen), in one place. Each function is one message of `core.ftl`
//! with its blanks as arguments, so a language that orders the words differently (or
//! puts them in another case) can do so. The values put in are already words (names,
//! labels); nothing here looks at an account.

use crate::t;
use std::borrow::Cow;

/// Between the value before and the value after (a sign, the same in every language).
pub const ARROW: &str = "→";

/// Shown for a value that is absent or empty.
pub fn none() -> String {
    t!("core-change-none")
}

/// A true or a false value.
pub fn yes_no(b: bool) -> String {
    if b { t!("core-change-yes") } else { t!("core-change-no") }
}

/// The fields [`field`] has words for (the file's names); others read with their
/// underscores as spaces.
const FIELDS: &[&str] = &[
    "stance",
    "stance_basis",
    "stance_on",
    "influence",
    "roles",
    "status",
    "status_on",
    "favours",
    "coverage",
    "last_contact",
    "external_ids",
    "annual_revenue",
    "owner",
    "person",
    "due",
    "done",
    "granted",
];

/// A field's name for people: `stance_basis` is "stance basis".
pub fn field(name: &str) -> Cow<'_, str> {
    if FIELDS.contains(&name) {
        Cow::Owned(t!("core-change-field", name = name))
    } else if name.contains('_') {
        Cow::Owned(name.replace('_', " "))
    } else {
        Cow::Borrowed(name)
    }
}

/// The lists [`record_kind`] has words for.
const KINDS: &[&str] =
    &["people", "team", "links", "actions", "demands", "history", "conflicts", "deals", "plan"];

/// What kind of record a list holds, for "added Ольга Кузнецова (person)".
pub fn record_kind(list: &str) -> Cow<'_, str> {
    if KINDS.contains(&list) { Cow::Owned(t!("core-change-kind", list = list)) } else { Cow::Borrowed(list) }
}

/// "stance skeptic → neutral"; "favours → Uralmash Service" when there was none;
/// "favours Uralmash Service → (none)" when it is gone.
pub fn moved(field: &str, from: Option<&str>, to: Option<&str>) -> String {
    let none = none();
    let to = to.unwrap_or(&none);
    match from {
        Some(from) => t!("core-change-moved", field = field, from = from, to = to),
        None => t!("core-change-moved-from-none", field = field, to = to),
    }
}

/// "deals/d1/stage: qualify → propose": a value of a place named by its path.
pub fn moved_at(place: &str, from: Option<&str>, to: Option<&str>) -> String {
    let none = none();
    t!("core-change-moved-at", place = place, from = from.unwrap_or(&none), to = to.unwrap_or(&none))
}

/// "Ольга Кузнецова: stance skeptic → neutral": what changed, said of whom.
pub fn about(subject: &str, what: &str) -> String {
    t!("core-change-about", subject = subject, what = what)
}

/// "… (Anna Berg)": who made the change.
pub fn by(sentence: &str, who: &str) -> String {
    t!("core-change-by", sentence = sentence, who = who)
}

/// `… — "Backed our proposal"`: the note given with the change.
pub fn noted(sentence: &str, note: &str) -> String {
    t!("core-change-noted", sentence = sentence, note = note)
}

/// "Omar Haddad now covers them (medium)".
pub fn covers_now(member: &str, strength: &str) -> String {
    t!("core-change-covers-now", member = member, strength = strength)
}

/// "no longer covered by Omar".
pub fn no_longer_covered(member: &str) -> String {
    t!("core-change-no-longer-covered", member = member)
}

/// "coverage: Anna Berg weak → strong".
pub fn coverage_moved(member: &str, from: &str, to: &str) -> String {
    t!("core-change-coverage-moved", member = member, from = from, to = to)
}

/// A coverage change that changed nothing anyone covers.
pub fn coverage_same() -> String {
    t!("core-change-coverage-same")
}

/// A record changed in a way the sentence does not say more about.
pub fn changed() -> String {
    t!("core-change-changed")
}

/// "stance of Пётр Иванов": a field of a record, as the place of a conflict.
pub fn field_of(subject: &str, field: &str) -> String {
    t!("core-change-field-of", subject = subject, field = field)
}

/// Several changes said in one sentence.
pub fn and(parts: &[String]) -> String {
    parts.join("; ")
}

/// "added Ольга Кузнецова (person)".
pub fn added(what: &str) -> String {
    t!("core-change-added", what = what)
}

/// "removed Ольга Кузнецова (person)".
pub fn removed(what: &str) -> String {
    t!("core-change-removed", what = what)
}

/// "changed Ольга Кузнецова (person)": a change of a record that is neither an
/// addition nor a removal.
pub fn record_changed(what: &str) -> String {
    t!("core-change-record-changed", what = what)
}

/// "Ольга Кузнецова (person)".
pub fn named(name: &str, kind: &str) -> String {
    t!("core-change-named", name = name, kind = kind)
}

/// "Пётр Иванов reports to Olga" (`kind` is the link kind's file key, `reports_to`).
pub fn link(from: &str, kind: &str, to: &str) -> String {
    t!("core-change-link", from = from, kind = kind, to = to)
}

/// "Пётр Иванов influences Olga (strong)".
pub fn link_with_strength(from: &str, kind: &str, to: &str, strength: &str) -> String {
    t!("core-change-link-strength", from = from, kind = kind, to = to, strength = strength)
}

/// "the link Пётр Иванов reports to Olga".
pub fn the_link(link: &str) -> String {
    t!("core-change-the-link", link = link)
}

/// `the follow-up "Send the trial report"`.
pub fn the_follow_up(text: &str) -> String {
    t!("core-change-the-follow-up", text = text)
}

/// `the deal "Furnace relining"`.
pub fn the_deal(name: &str) -> String {
    t!("core-change-the-deal", name = name)
}

/// `the initiative "Joint demand forecast"` (of the account plan).
pub fn the_initiative(text: &str) -> String {
    t!("core-change-the-initiative", text = text)
}

/// "Алексей Морозов: Decider, Payer": a person's roles in a deal.
pub fn person_roles(person: &str, roles: &str) -> String {
    t!("core-change-person-roles", person = person, roles = roles)
}

/// `the demand "Free on-site operator training"`.
pub fn the_demand(text: &str) -> String {
    t!("core-change-the-demand", text = text)
}

/// "Omar Haddad, due 2026-12-04": who owns a follow-up and when it is due.
pub fn follow_up_details(owner: &str, due: &str) -> String {
    t!("core-change-follow-up-details", owner = owner, due = due)
}

/// "Anna Berg (team member)" as the subject of a change to a team member.
pub fn team_member(name: &str) -> String {
    named(name, &record_kind("team"))
}

/// "history: <the entry's sentence>": an entry added to the history.
pub fn history_added(sentence: &str) -> String {
    t!("core-change-history-added", sentence = sentence)
}

/// An entry taken out of the history.
pub fn history_removed(sentence: &str) -> String {
    t!("core-change-history-removed", sentence = sentence)
}

/// "conflict to decide: …".
pub fn conflict_added(what: &str) -> String {
    t!("core-change-conflict-added", what = what)
}

/// "decided the conflict at people/p-x/stance".
pub fn conflict_decided(path: &str) -> String {
    t!("core-change-conflict-decided", path = path)
}

/// "people/p-x/stance: kept neutral (ours), the other was supporter (theirs)".
pub fn conflict(place: &str, kept: &str, kept_side: &str, other: &str, other_side: &str) -> String {
    t!(
        "core-change-conflict",
        place = place,
        kept = kept,
        kept_side = kept_side,
        other = other,
        other_side = other_side
    )
}

/// The two sides of a conflict, as the file names them (`ours`, `theirs`).
pub fn side(key: &str) -> Cow<'_, str> {
    match key {
        "ours" | "theirs" => Cow::Owned(t!("core-change-side", side = key)),
        other => Cow::Borrowed(other),
    }
}

/// "2 conflicts to decide: people/p-x/stance, name".
pub fn conflicts_to_decide(n: usize, places: &str) -> String {
    t!("core-change-conflicts-to-decide", n = n, places = places)
}

/// "Nothing changed since 2026-11-25."
pub fn nothing_since(since: &str) -> String {
    t!("core-change-nothing-since", since = since)
}

/// "Changes since 2026-11-25 (times in UTC)".
pub fn changes_since(since: &str) -> String {
    t!("core-change-changes-since", since = since)
}

/// A start (`--since`) that is none of the forms.
pub fn not_a_start(given: &str) -> String {
    t!("core-change-not-a-start", given = given)
}

/// A date the calendar lacks (`problem` says why), as a start.
pub fn not_a_day(problem: &str) -> String {
    t!("core-change-not-a-day", problem = problem)
}

/// `--since last-sync` before this machine has synced.
pub fn no_sync_yet() -> String {
    t!("core-change-no-sync-yet")
}

/// "the last sync, 2026-12-01 10:00": the start of `--since last-sync`.
pub fn the_last_sync(at: &str) -> String {
    t!("core-change-the-last-sync", at = at)
}

/// The lines of `dmu diff-text`.
pub mod facts {
    use crate::t;

    /// "Account: Northwind Machining (key)".
    pub fn header(name: &str, tier: &str) -> String {
        t!("core-facts-header", name = name, tier = tier)
    }
    /// "industry: Industrial machinery": an account's field.
    pub fn account_field(field: &str, value: &str) -> String {
        t!("core-facts-account-field", field = field, value = value)
    }
    /// "Ольга Кузнецова: stance skeptic".
    pub fn of(subject: &str, field: &str, value: &str) -> String {
        t!("core-facts-of", subject = subject, field = field, value = value)
    }
    /// "Ольга Кузнецова: covered by Anna Berg (strong)".
    pub fn covered_by(subject: &str, member: &str, strength: &str) -> String {
        t!("core-facts-covered-by", subject = subject, member = member, strength = strength)
    }
    /// "Anna Berg (sales)".
    pub fn team_member(name: &str, function: &str) -> String {
        t!("core-facts-team-member", name = name, function = function)
    }
    /// `"Send the trial report": Omar Haddad, due 2026-12-04, with Sato, done 2026-12-01`.
    pub fn follow_up(text: &str, owner: &str, due: &str, with: Option<&str>, done: Option<&str>) -> String {
        let mut s = t!("core-facts-follow-up", text = text, owner = owner, due = due);
        if let Some(w) = with {
            s.push_str(&t!("core-facts-follow-up-with", who = w));
        }
        if let Some(d) = done {
            s.push_str(&t!("core-facts-follow-up-done", date = d));
        }
        s
    }
    /// `2026-10-05 "Free on-site operator training": extra service, granted`.
    pub fn demand(date: &str, text: &str, kind: &str, granted: bool) -> String {
        let granted = if granted { "yes" } else { "no" };
        t!("core-facts-demand", date = date, text = text, kind = kind, granted = granted)
    }
    /// A person's name, with their id when another person has the same name.
    pub fn same_name(name: &str, id: &str) -> String {
        format!("{name} [{id}]")
    }
    /// A section's title: `team`, `people`, `links`, `follow-ups`, `demands`, `history`,
    /// `conflicts`.
    pub fn section(which: &str) -> String {
        t!("core-facts-section", which = which)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn conflicts_are_counted_with_russian_plurals() {
        let ru = |n| with_lang(Lang::Ru, || conflicts_to_decide(n, "x"));
        assert_eq!(ru(1), "1 конфликт к решению: x");
        assert_eq!(ru(2), "2 конфликта к решению: x");
        assert_eq!(ru(5), "5 конфликтов к решению: x");
        assert_eq!(ru(11), "11 конфликтов к решению: x");
        assert_eq!(ru(21), "21 конфликт к решению: x");
        assert_eq!(conflicts_to_decide(1, "x"), "1 conflict to decide: x");
        assert_eq!(conflicts_to_decide(2, "x"), "2 conflicts to decide: x");
    }

    #[test]
    fn links_and_fields_read_in_russian() {
        with_lang(Lang::Ru, || {
            assert_eq!(link("Пётр", "reports_to", "Ольга"), "Пётр → Ольга (подчинение)");
            assert_eq!(link("Пётр", "influences", "Ольга"), "Пётр → Ольга (влияние)");
            assert_eq!(moved(&field("stance"), Some("a"), None), "позиция a → (нет)");
            assert_eq!(field("some_new_field"), "some new field");
            assert_eq!(record_kind("actions"), "задача");
        });
        assert_eq!(link("Пётр", "reports_to", "Olga"), "Пётр reports to Olga");
        assert_eq!(moved("favours", None, Some("X")), "favours → X");
    }
}
