//! Mermaid flowchart: the same drawing as the DOT export, for wikis and Markdown
//! viewers that render Mermaid.

use super::{INFLUENCE_COLOUR, REPORTS_TO_COLOUR, graph_links, influence_width, roles_label, stance_colours};
use crate::model::{Account, LinkKind, Person, Stance, Strength};
use crate::text::inert;
use std::fmt::Write;

/// The account as a Mermaid `flowchart`, managers on top.
///
/// People are nodes `n0`, `n1`, ... in file order (ids from the file never reach the
/// diagram, so no id can break its syntax), labelled with name, title, roles and
/// influence, and styled with one `classDef` per stance. Reports-to links are solid
/// grey arrows; influence links are dotted blue arrows labelled with their strength,
/// thicker when stronger. User text sits inside `"..."` labels with every character
/// Mermaid might read as syntax written as an entity code (`#quot;`, `#35;`, ...).
pub fn to_mermaid(a: &Account) -> String {
    let mut out = String::from("flowchart BT\n");
    let _ = writeln!(out, "  %% {}", crate::t!("export-title", name = escape(&inert(&a.name))));
    for (i, p) in a.people.iter().enumerate() {
        let _ = writeln!(out, "  n{i}[\"{}\"]:::{}", node_label(p), p.stance.key());
    }

    // linkStyle addresses edges by their position among all edges, so count them.
    let mut edge = 0usize;
    let mut reports_to = Vec::new();
    let mut by_strength: Vec<(Strength, Vec<usize>)> =
        Strength::ALL.iter().map(|s| (*s, Vec::new())).collect();
    out.push_str("  %% reports to\n");
    for (f, t, _) in graph_links(a, LinkKind::ReportsTo) {
        let _ = writeln!(out, "  n{f} --> n{t}");
        reports_to.push(edge);
        edge += 1;
    }
    out.push_str("  %% influences\n");
    for (f, t, l) in graph_links(a, LinkKind::Influences) {
        let _ = writeln!(out, "  n{f} -.->|{}| n{t}", escape(&l.strength().tr_word()));
        if let Some((_, list)) = by_strength.iter_mut().find(|(s, _)| *s == l.strength()) {
            list.push(edge);
        }
        edge += 1;
    }

    for s in Stance::ALL {
        let (fill, border, text) = stance_colours(*s);
        let _ = writeln!(out, "  classDef {} fill:{fill},stroke:{border},color:{text}", s.key());
    }
    if !reports_to.is_empty() {
        let _ =
            writeln!(out, "  linkStyle {} stroke:{REPORTS_TO_COLOUR},stroke-width:1px", join(&reports_to));
    }
    for (s, list) in by_strength.iter().filter(|(_, list)| !list.is_empty()) {
        let _ = writeln!(
            out,
            "  linkStyle {} stroke:{INFLUENCE_COLOUR},stroke-width:{}px",
            join(list),
            influence_width(*s)
        );
    }
    out
}

/// Name, title, then roles and influence, separated by `<br/>` (our own markup).
fn node_label(p: &Person) -> String {
    let mut lines = vec![escape(&inert(&p.name))];
    if let Some(title) = p.title.as_deref().filter(|t| !t.trim().is_empty()) {
        lines.push(escape(&inert(title)));
    }
    let roles = roles_label(p);
    let influence = crate::t!("export-influence", influence = p.influence.0);
    lines.push(if roles.is_empty() { influence } else { format!("{roles} · {influence}") });
    lines.join("<br/>")
}

fn join(edges: &[usize]) -> String {
    edges.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
}

/// Text made literal inside a quoted Mermaid label.
///
/// `"` would end the label; `#` would start an entity code and `;` can end one;
/// `<`, `>` and `&` would be read as HTML (Mermaid renders labels as HTML); a backtick
/// turns a label into Markdown; brackets, braces, parentheses and `|` are shape and
/// edge-label syntax; `:` could make Mermaid's `style...:...#...;` pre-processing
/// strip a character from the line; `%%` starts comments and directives. Each becomes
/// a `#name;` or `#code;` entity, which Mermaid turns back into the character.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' | ';' | '<' | '>' | '&' | '`' | '[' | ']' | '{' | '}' | '(' | ')' | '|' | ':' | '%' => {
                let _ = write!(out, "#{};", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_characters_become_entity_codes() {
        assert_eq!(escape(r#"a"b#c;[d]|e`<f>"#), "a#quot;b#35;c#59;#91;d#93;#124;e#96;#60;f#62;");
        assert_eq!(escape("Пётр 佐藤 👩‍🔧"), "Пётр 佐藤 👩‍🔧");
    }
}
