//! The words the forms say beyond their labels and problems: the question before
//! dropping changes, the warning about a name someone else has, what a search in a
//! field shows, and how a typed date or sum is read. Kept together so the forms speak
//! with one voice; the sentences themselves are in `locales/*/tui-forms.ftl`.

use crate::i18n::{dates, numbers};
use crate::model::Date;
use crate::t;
use serde_json::Number;

/// What a form edits, for the question Esc asks on a changed form. One sentence per
/// case (not a glued "your changes to {what}"), so each language words it its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edited<'a> {
    /// A person being added.
    NewPerson,
    /// A person of the account, by name.
    Person(&'a str),
    /// A team member being added.
    NewMember,
    /// A member of our team, by name.
    Member(&'a str),
    /// A follow-up being added.
    NewFollowUp,
    /// A follow-up being changed.
    FollowUp,
    /// A demand being added.
    NewDemand,
    /// A demand being changed.
    Demand,
    /// The account's own details.
    AccountDetails,
    /// A deal being added.
    NewDeal,
    /// A deal of the account, by name.
    Deal(&'a str),
}

/// The question asked when Esc would drop changes.
pub fn discard_question(what: Edited) -> String {
    match what {
        Edited::NewPerson => t!("tui-forms-discard-new-person"),
        Edited::Person(name) => t!("tui-forms-discard-person", name = name),
        Edited::NewMember => t!("tui-forms-discard-new-member"),
        Edited::Member(name) => t!("tui-forms-discard-member", name = name),
        Edited::NewFollowUp => t!("tui-forms-discard-new-follow-up"),
        Edited::FollowUp => t!("tui-forms-discard-follow-up"),
        Edited::NewDemand => t!("tui-forms-discard-new-demand"),
        Edited::Demand => t!("tui-forms-discard-demand"),
        Edited::AccountDetails => t!("tui-forms-discard-account-details"),
        Edited::NewDeal => t!("deals-discard-new"),
        Edited::Deal(name) => t!("deals-discard", name = name),
    }
}

/// The title of the box that asks [`discard_question`].
pub fn discard_title() -> String {
    t!("tui-forms-discard-title")
}

/// Under the person form's "Confirmed on" when changing the stance dated it today.
pub fn stance_dated_today() -> String {
    t!("tui-forms-stance-dated-today")
}

/// Who else a name belongs to: people of the account, or members of our team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Namesakes {
    /// Other people of the account.
    People,
    /// Other members of our team.
    Team,
}

/// The warning shown by a name that others already have, each given as (name,
/// detail) where the detail (a title, a function) tells them apart; `None` when
/// nobody else has it.
pub fn namesakes(whose: Namesakes, others: &[(&str, Option<&str>)]) -> Option<String> {
    let named: Vec<String> = others
        .iter()
        .map(|(name, detail)| match detail.filter(|d| !d.trim().is_empty()) {
            Some(d) => t!("tui-forms-namesake-detail", name = *name, detail = d),
            None => name.to_string(),
        })
        .collect();
    let (n, names) = (named.len(), named.join(", "));
    // One namesake is "another person", not "1 other person": its own sentence.
    match (n, whose) {
        (0, _) => None,
        (1, Namesakes::People) => Some(t!("tui-forms-namesake-person", names = names)),
        (1, Namesakes::Team) => Some(t!("tui-forms-namesake-member", names = names)),
        (_, Namesakes::People) => Some(t!("tui-forms-namesakes-people", n = n, names = names)),
        (_, Namesakes::Team) => Some(t!("tui-forms-namesakes-members", n = n, names = names)),
    }
}

/// Whether two names are the same as a rep would read them: case, spaces around and
/// between the words, and ё for е aside. An empty name is nobody's namesake.
pub fn same_name(a: &str, b: &str) -> bool {
    let a = crate::tui::names::name_key(a);
    !a.is_empty() && a == crate::tui::names::name_key(b)
}

/// Shown in a field (or list) whose search matches nothing.
pub fn no_match() -> String {
    t!("tui-forms-no-match")
}

/// Which of the matches is shown: "1 of 3".
pub fn match_count(at: usize, of: usize) -> String {
    t!("tui-forms-match-count", at = at + 1, of = of)
}

/// What is wrong with a typed date (`None` when [`dates::parse`] reads it), in words
/// for the form. The shape's hint is the forms' own message: English keeps the short
/// "YYYY-MM-DD" its screens have always shown, Russian says what the parser takes.
pub fn date_problem(text: &str, today: Date) -> Option<String> {
    match dates::parse(text, today) {
        Ok(_) => None,
        Err(dates::DateProblem::Shape) => Some(t!("tui-forms-date-shape")),
        Err(p) => Some(p.words()),
    }
}

/// A typed date, read as [`dates::parse`] reads it.
pub fn date(text: &str, today: Date) -> Option<Date> {
    dates::parse(text, today).ok()
}

/// A date field's text: the date as the language writes it (which [`date`] reads
/// back), or empty.
pub fn date_text(d: Option<Date>) -> String {
    d.map(dates::show).unwrap_or_default()
}

/// A sum as typed, in either language's way of writing it, as the file's number: whole
/// sums stay integers (`1250000`, not `1250000.0`), so a save changes nothing a rep
/// did not change. `None` when it is no sum of 0 or more.
pub fn amount(s: &str) -> Option<Number> {
    let plain = numbers::parse_amount(s)?;
    if let Ok(n) = plain.parse::<u64>() {
        return Some(n.into());
    }
    plain.parse::<f64>().ok().filter(|x| x.is_finite() && *x >= 0.0).and_then(Number::from_f64)
}

/// A percentage as typed (`18`, `-4,5`, `12.5 %`), from -100 to 100, as the file's
/// number.
pub fn percent(s: &str) -> Option<Number> {
    let s = s.trim().trim_end_matches('%').trim();
    let (minus, digits) = match s.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim()),
        None => (false, s),
    };
    let n = amount(digits)?;
    let x = n.as_f64()?;
    if x > 100.0 {
        return None;
    }
    if !minus || x == 0.0 {
        return Some(n);
    }
    match n.as_u64() {
        Some(u) => Some((-(u as i64)).into()),
        None => Number::from_f64(-x),
    }
}

/// An amount field's text: the sum as the language writes it (`1 200 000` in Russian),
/// or the file's own digits when the written form would not read back as the same
/// number (a whole sum too large for a float to hold exactly).
pub fn amount_text(n: &Number) -> String {
    let shown = n.as_f64().map(numbers::show);
    shown.filter(|s| amount(s).as_ref() == Some(n)).unwrap_or_else(|| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_read_either_way_and_kept_within_100() {
        let read = |s: &str| percent(s).map(|n| n.to_string());
        assert_eq!(read("18"), Some("18".into()));
        assert_eq!(read(" -4,5 % "), Some("-4.5".into()));
        assert_eq!(read("−12"), Some("-12".into()));
        assert_eq!(read("12.5%"), Some("12.5".into()));
        assert_eq!(read("-0"), Some("0".into()));
        assert_eq!(read("100"), Some("100".into()));
        assert_eq!(read("-100"), Some("-100".into()));
        assert_eq!(read("100.5"), None);
        assert_eq!(read("-101"), None);
        assert_eq!(read("abc"), None);
    }

    #[test]
    fn names_compare_as_read_and_the_warning_names_who_else() {
        assert!(same_name(" пётр  Иванов", "Петр иванов"));
        assert!(!same_name("", ""));
        assert!(!same_name("Anna", "Anna Berg"));
        assert_eq!(
            namesakes(Namesakes::People, &[("Пётр Иванов", Some("Chief Engineer"))]).as_deref(),
            Some("another person is called this: Пётр Иванов (Chief Engineer)")
        );
        assert_eq!(
            namesakes(Namesakes::Team, &[("Anna", Some("Sales")), ("Anna", None)]).as_deref(),
            Some("2 other team members are called this: Anna (Sales), Anna")
        );
        assert_eq!(namesakes(Namesakes::People, &[]), None);
    }
}
