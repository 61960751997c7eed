//! The words the forms say beyond their labels and problems: the question before
//! dropping changes, the warning about a name someone else has, and what a search in
//! a field shows. Kept together so they can be translated in one place.

/// The question asked when Esc would drop changes; `what` is what the form edits
/// ([`NEW_PERSON`], a person's name, ...).
pub fn discard_question(what: &str) -> String {
    format!("Discard your changes to {what}?")
}

/// The title of the box that asks [`discard_question`].
pub const DISCARD_TITLE: &str = "Unsaved changes";

/// What the person form edits, when adding.
pub const NEW_PERSON: &str = "the new person";
/// What the team member form edits, when adding.
pub const NEW_MEMBER: &str = "the new team member";
/// What the follow-up form edits, when adding.
pub const NEW_FOLLOW_UP: &str = "the new follow-up";
/// What the follow-up form edits, when changing one.
pub const FOLLOW_UP: &str = "the follow-up";
/// What the demand form edits, when adding.
pub const NEW_DEMAND: &str = "the new demand";
/// What the demand form edits, when changing one.
pub const DEMAND: &str = "the demand";
/// What the account details form edits.
pub const ACCOUNT_DETAILS: &str = "the account details";

/// Under the person form's "Confirmed on" when changing the stance dated it today.
pub const STANCE_DATED_TODAY: &str = "today: a changed stance is a fresh judgement";

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
            Some(d) => format!("{name} ({d})"),
            None => name.to_string(),
        })
        .collect();
    let n = named.len();
    let (one, many) = match whose {
        Namesakes::People => ("another person is called this", "other people are called this"),
        Namesakes::Team => ("another team member is called this", "other team members are called this"),
    };
    match n {
        0 => None,
        1 => Some(format!("{one}: {}", named[0])),
        _ => Some(format!("{n} {many}: {}", named.join(", "))),
    }
}

/// Whether two names are the same as a rep would read them: case, spaces around and
/// between the words, and ё for е aside. An empty name is nobody's namesake.
pub fn same_name(a: &str, b: &str) -> bool {
    let a = crate::tui::names::name_key(a);
    !a.is_empty() && a == crate::tui::names::name_key(b)
}

/// Shown in a field whose search matches nothing.
pub const NO_MATCH: &str = "nobody matches; Backspace to widen";

/// Which of the matches is shown: "1 of 3".
pub fn match_count(at: usize, of: usize) -> String {
    format!("{} of {of}", at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
