//! Graphviz DOT: the org chart and the influence map in one drawing.

use super::{INFLUENCE_COLOUR, REPORTS_TO_COLOUR, graph_links, influence_width, roles_label, stance_colours};
use crate::model::{Account, LinkKind, Person, Stance};
use crate::text::inert;
use std::fmt::Write;

/// The account as a Graphviz digraph that `dot -Tsvg` renders without warnings.
///
/// People are boxes labelled with name, title, roles and influence, filled by stance.
/// Reports-to links are solid grey with a hollow arrow towards the manager and set the
/// ranks (managers on top); influence links are dashed blue, thicker when stronger, and
/// leave the ranks alone. A legend node explains the colours and lines.
///
/// Every id is quoted. Person nodes are named `p:` followed by the person's id, so they
/// can never collide with the legend (`legend:`), whatever the ids in the file.
pub fn to_dot(a: &Account) -> String {
    let mut out = String::new();
    out.push_str("digraph dmu {\n");
    let title = format!("{}: decision-making unit", inert(&a.name));
    let _ = writeln!(
        out,
        "  graph [label={}, labelloc=t, fontname=\"Helvetica\", fontsize=16, rankdir=BT, nodesep=0.3, ranksep=0.5];",
        label(&escape(&title))
    );
    out.push_str("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");

    out.push_str("\n  // People, filled by stance.\n");
    for p in &a.people {
        let (fill, border, text) = stance_colours(p.stance);
        let _ = writeln!(
            out,
            "  {} [label={}, fillcolor=\"{fill}\", color=\"{border}\", fontcolor=\"{text}\"];",
            node_id(&p.id),
            label(&node_label(p)),
        );
    }

    out.push_str("\n  // Reports to: from the person to their manager.\n");
    out.push_str("  subgraph reports_to {\n");
    let _ = writeln!(out, "    edge [color=\"{REPORTS_TO_COLOUR}\", arrowhead=empty];");
    for (f, t, _) in graph_links(a, LinkKind::ReportsTo) {
        let _ = writeln!(out, "    {} -> {};", node_id(&a.people[f].id), node_id(&a.people[t].id));
    }
    out.push_str("  }\n");

    out.push_str("\n  // Influences: whose opinion weighs with whom; width by strength.\n");
    out.push_str("  subgraph influences {\n");
    let _ = writeln!(out, "    edge [color=\"{INFLUENCE_COLOUR}\", style=dashed, constraint=false];");
    for (f, t, l) in graph_links(a, LinkKind::Influences) {
        let _ = writeln!(
            out,
            "    {} -> {} [penwidth={}, tooltip=\"{}\"];",
            node_id(&a.people[f].id),
            node_id(&a.people[t].id),
            influence_width(l.strength()),
            l.strength().key(),
        );
    }
    out.push_str("  }\n");

    out.push_str("\n  // Legend.\n");
    out.push_str(&legend());
    out.push_str("}\n");
    out
}

/// Name, title, then roles and influence, one per line.
fn node_label(p: &Person) -> String {
    let mut lines = vec![inert(&p.name).into_owned()];
    if let Some(title) = p.title.as_deref().filter(|t| !t.trim().is_empty()) {
        lines.push(inert(title).into_owned());
    }
    let roles = roles_label(p);
    let influence = format!("influence {}/5", p.influence.0);
    lines.push(if roles.is_empty() { influence } else { format!("{roles} · {influence}") });
    // The separator is joined in after escaping, so that it stays a line break.
    lines.iter().map(|l| escape(l)).collect::<Vec<_>>().join("\\n")
}

/// A quoted node id for a person.
fn node_id(id: &str) -> String {
    format!("\"p:{}\"", escape(&inert(id)))
}

/// A quoted label from text that is already escaped.
fn label(escaped: &str) -> String {
    format!("\"{escaped}\"")
}

/// Text made literal inside a DOT quoted string used as a label: `\` and `"` would end
/// or bend the string, a backslash would also start Graphviz's `\N`-style escapes, and
/// `&` would start an HTML entity that Graphviz decodes in labels.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// One node whose HTML-like label is a small table: the stance colours and the two
/// line styles. Only our own words go into it, so no user text needs HTML escaping.
fn legend() -> String {
    let mut rows = String::new();
    for s in Stance::ALL {
        let (fill, _, text) = stance_colours(*s);
        let _ = writeln!(
            rows,
            "      <TR><TD BGCOLOR=\"{fill}\"><FONT COLOR=\"{text}\">{}</FONT></TD></TR>",
            s.label()
        );
    }
    format!(
        "  \"legend:\" [shape=plaintext, style=\"\", fontsize=9, label=<\n    \
         <TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n      \
         <TR><TD><B>Legend</B></TD></TR>\n{rows}      \
         <TR><TD><FONT COLOR=\"{REPORTS_TO_COLOUR}\">solid grey, hollow arrow: reports to</FONT></TD></TR>\n      \
         <TR><TD><FONT COLOR=\"{INFLUENCE_COLOUR}\">dashed blue: influences (thicker = stronger)</FONT></TD></TR>\n    \
         </TABLE>>];\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_backslashes_and_ampersands_stay_literal() {
        assert_eq!(escape(r#"a"b\N&amp;"#), r#"a\"b\\N&amp;amp;"#);
        assert_eq!(node_id("x\"\\"), r#""p:x\"\\""#);
    }

    #[test]
    fn label_lines_are_our_own_breaks_only() {
        let mut p = Person::new("p", "Line\none");
        p.title = Some("CTO".into());
        assert_eq!(node_label(&p), "Line one\\nCTO\\ninfluence 3/5");
    }
}
