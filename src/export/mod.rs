//! Getting an account out of the app in formats other tools read: Graphviz DOT,
//! Mermaid, Markdown and CSV. Pure functions from an [`Account`] to text; writing the
//! text to a file is the store's business.
//!
//! Every format follows the same rules, so that an account file written by someone
//! else cannot turn an export into something else:
//! - user text first goes through [`crate::text::inert`] (controls, escape sequences
//!   and direction overrides become U+FFFD, newlines become spaces), then through the
//!   format's own escaping;
//! - line breaks inside a label are ones the writer emits itself;
//! - the output depends on the account alone (account order, no hash-map order, no
//!   clock; the Markdown account plan also on the day its scores and risks are judged
//!   on, which the caller passes), so the same account always gives the same bytes,
//!   ending in a newline;
//! - a link or coverage entry naming an id that is not in the account is written with
//!   the bare id (tables) or left out (graphs) rather than failing: validation is where
//!   such files are reported.

mod account_plan;
mod csv;
mod dot;
mod markdown;
mod mermaid;

pub use csv::{HEADER as CSV_HEADER, to_csv, to_csv_excel};
pub use dot::to_dot;
/// User text made inert and escaped so that Markdown shows it literally.
pub(crate) use markdown::md as markdown_text;
pub use markdown::to_markdown;
pub use mermaid::to_mermaid;

use crate::model::{Account, LinkKind, Person, Stance, Strength};
use crate::text::inert;
use std::borrow::Cow;

/// Colours for a stance in the graph formats: fill, border, text. Green for people on
/// our side through red for opponents, grey for the unknown; text stays readable on
/// each fill.
fn stance_colours(s: Stance) -> (&'static str, &'static str, &'static str) {
    match s {
        Stance::Champion => ("#1a9850", "#0b5a2c", "#ffffff"),
        Stance::Supporter => ("#a6d96a", "#4d8a1f", "#000000"),
        Stance::Neutral => ("#ffffbf", "#a6a65c", "#000000"),
        Stance::Skeptic => ("#fdae61", "#b85f0c", "#000000"),
        Stance::Opponent => ("#d73027", "#7f1711", "#ffffff"),
        Stance::Unknown => ("#e0e0e0", "#8c8c8c", "#000000"),
    }
}

/// Colour of reports-to edges: quiet, since the org chart is the backdrop.
const REPORTS_TO_COLOUR: &str = "#808080";
/// Colour of influence edges: the lines a rep follows, so they stand out.
const INFLUENCE_COLOUR: &str = "#2166ac";

/// Line width of an influence edge, so that strong influence catches the eye first.
fn influence_width(s: Strength) -> &'static str {
    match s {
        Strength::Weak => "1",
        Strength::Medium => "2",
        Strength::Strong => "3.5",
    }
}

/// The person's roles as labels, in the order of the pull path ("Influencer, User").
fn roles_label(p: &Person) -> String {
    let mut roles = p.roles.clone();
    roles.sort();
    roles.dedup();
    roles.iter().map(|r| r.tr_label()).collect::<Vec<_>>().join(", ")
}

/// The inert name of a person by id, or the inert id when nobody has it.
fn person_name<'a>(a: &'a Account, id: &'a str) -> Cow<'a, str> {
    inert(a.person(id).map_or(id, |p| p.name.as_str()))
}

/// The inert name of a team member by id, or the inert id when nobody has it.
fn member_name<'a>(a: &'a Account, id: &'a str) -> Cow<'a, str> {
    inert(a.member(id).map_or(id, |m| m.name.as_str()))
}

/// The links of one kind whose two ends are people of the account, in file order,
/// as (from position, to position, link).
fn graph_links(a: &Account, kind: LinkKind) -> Vec<(usize, usize, &crate::model::Link)> {
    let index = crate::model::Index::new(a);
    a.links
        .iter()
        .filter(|l| l.kind == kind)
        .filter_map(|l| Some((index.person(&l.from)?, index.person(&l.to)?, l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn roles_follow_the_pull_path_whatever_the_file_order() {
        let mut p = Person::new("p", "P");
        p.roles = vec![Role::Payer, Role::User, Role::Payer];
        assert_eq!(roles_label(&p), "User, Payer");
    }

    #[test]
    fn dangling_ids_show_as_the_id_and_are_left_out_of_graphs() {
        let mut a = Account::new("a", "A");
        a.people.push(Person::new("p", "Pat"));
        a.links.push(crate::model::Link {
            from: "p".into(),
            to: "ghost\u{1b}".into(),
            kind: LinkKind::Influences,
            strength: None,
            extra: Default::default(),
        });
        assert_eq!(person_name(&a, "p"), "Pat");
        assert_eq!(person_name(&a, "ghost\u{1b}"), "ghost\u{FFFD}");
        assert!(graph_links(&a, LinkKind::Influences).is_empty());
    }
}
