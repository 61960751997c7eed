//! Graphviz DOT: the org chart and the influence map in one drawing.

use super::{INFLUENCE_COLOUR, REPORTS_TO_COLOUR, graph_links, influence_width, roles_label, stance_colours};
use crate::model::{Account, LinkKind, Person, Stance};
use crate::text::inert;
use std::collections::HashSet;
use std::fmt::Write;

/// The fonts the drawing asks for, best first, as one fontconfig family list (Graphviz
/// resolves it through fontconfig and takes the first family installed; an SVG carries it
/// as a CSS `font-family` list). Names are in Cyrillic, Latin and CJK alike, and a
/// renderer without glyph fallback (`-Tpng:gd`) draws every character from the one font
/// it resolved, so fonts that cover all three come first: Noto Sans CJK / Source Han Sans
/// (Linux), Microsoft YaHei (Windows), PingFang SC (macOS), WenQuanYi Micro Hei; then
/// Latin and Cyrillic ones, and `sans-serif`, which fontconfig always resolves.
/// Helvetica, the old choice, drew CJK names as boxes.
const FONTS: &str = "Noto Sans CJK JP, Source Han Sans, Microsoft YaHei, PingFang SC, WenQuanYi Micro Hei, Noto Sans, DejaVu Sans, sans-serif";

/// The account as a Graphviz digraph that `dot -Tsvg` renders without warnings.
///
/// People are boxes labelled with name, title, roles and influence, filled by stance.
/// Reports-to links are solid grey with a hollow arrow towards the manager and set the
/// ranks (managers on top); influence links are dashed blue, thicker when stronger, and
/// leave the ranks alone. A legend node explains the colours and lines.
///
/// Every id is quoted. Person nodes are named `p:` followed by the person's id made
/// inert, so they can never collide with the legend (`legend:`), whatever the ids in
/// the file. Making an id inert can give two people the same text (`a\nb` and `a b`),
/// and Graphviz would merge them into one node, so a later person whose cleaned id is
/// taken gets `#2`, `#3`, ... appended (see [`node_ids`]).
pub fn to_dot(a: &Account) -> String {
    let font = FONTS;
    let ids = node_ids(a);
    let mut out = String::new();
    out.push_str("digraph dmu {\n");
    let title = crate::t!("export-title", name = inert(&a.name));
    let _ = writeln!(
        out,
        "  graph [label={}, labelloc=t, fontname=\"{font}\", fontsize=16, rankdir=BT, nodesep=0.3, ranksep=0.5];",
        label(&escape(&title))
    );
    let _ = writeln!(out, "  node [shape=box, style=\"rounded,filled\", fontname=\"{font}\", fontsize=10];");
    let _ = writeln!(out, "  edge [fontname=\"{font}\", fontsize=9];");

    out.push_str("\n  // People, filled by stance.\n");
    for (p, id) in a.people.iter().zip(&ids) {
        let (fill, border, text) = stance_colours(p.stance);
        let _ = writeln!(
            out,
            "  {id} [label={}, fillcolor=\"{fill}\", color=\"{border}\", fontcolor=\"{text}\"];",
            label(&node_label(p)),
        );
    }

    out.push_str("\n  // Reports to: from the person to their manager.\n");
    out.push_str("  subgraph reports_to {\n");
    let _ = writeln!(out, "    edge [color=\"{REPORTS_TO_COLOUR}\", arrowhead=empty];");
    for (f, t, _) in graph_links(a, LinkKind::ReportsTo) {
        let _ = writeln!(out, "    {} -> {};", ids[f], ids[t]);
    }
    out.push_str("  }\n");

    out.push_str("\n  // Influences: whose opinion weighs with whom; width by strength.\n");
    out.push_str("  subgraph influences {\n");
    let _ = writeln!(out, "    edge [color=\"{INFLUENCE_COLOUR}\", style=dashed, constraint=false];");
    for (f, t, l) in graph_links(a, LinkKind::Influences) {
        let _ = writeln!(
            out,
            "    {} -> {} [penwidth={}, tooltip=\"{}\"];",
            ids[f],
            ids[t],
            influence_width(l.strength()),
            escape(&l.strength().tr_word()),
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
    let influence = crate::t!("export-influence", influence = p.influence.0);
    lines.push(if roles.is_empty() { influence } else { format!("{roles} · {influence}") });
    // The separator is joined in after escaping, so that it stays a line break.
    lines.iter().map(|l| escape(l)).collect::<Vec<_>>().join("\\n")
}

/// The quoted node id of each person, by position: `p:` and the inert id, unique.
///
/// Every person whose cleaned id no one before them has keeps it, so ids that need no
/// cleaning are the ones in the file and stay the same from export to export. Later
/// look-alikes get the smallest `#n` (from 2) that no cleaned id and no earlier node
/// uses, so a suffix can never land on someone else's plain id either.
fn node_ids(a: &Account) -> Vec<String> {
    let cleaned: Vec<String> = a.people.iter().map(|p| inert(&p.id).into_owned()).collect();
    let reserved: HashSet<&str> = cleaned.iter().map(String::as_str).collect();
    let mut used: HashSet<String> = HashSet::with_capacity(cleaned.len());
    let mut ids = Vec::with_capacity(cleaned.len());
    for c in &cleaned {
        let mut id = c.clone();
        let mut n = 2usize;
        while used.contains(&id) || (id != *c && reserved.contains(id.as_str())) {
            id = format!("{c}#{n}");
            n += 1;
        }
        ids.push(format!("\"p:{}\"", escape(&id)));
        used.insert(id);
    }
    ids
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
            escape(&s.tr_label())
        );
    }
    let (head, reports_to, influences) = (
        crate::t!("export-legend"),
        crate::t!("export-legend-reports-to"),
        crate::t!("export-legend-influences"),
    );
    format!(
        "  \"legend:\" [shape=plaintext, style=\"\", fontsize=9, label=<\n    \
         <TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n      \
         <TR><TD><B>{head}</B></TD></TR>\n{rows}      \
         <TR><TD><FONT COLOR=\"{REPORTS_TO_COLOUR}\">{reports_to}</FONT></TD></TR>\n      \
         <TR><TD><FONT COLOR=\"{INFLUENCE_COLOUR}\">{influences}</FONT></TD></TR>\n    \
         </TABLE>>];\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_backslashes_and_ampersands_stay_literal() {
        assert_eq!(escape(r#"a"b\N&amp;"#), r#"a\"b\\N&amp;amp;"#);
        let mut a = Account::new("a", "A");
        a.people.push(Person::new("x\"\\", "X"));
        assert_eq!(node_ids(&a), [r#""p:x\"\\""#]);
    }

    #[test]
    fn look_alike_ids_get_the_first_free_suffix() {
        let mut a = Account::new("a", "A");
        for id in ["a b", "a\nb", "a b#2", "a\tb", "plain"] {
            a.people.push(Person::new(id, "P"));
        }
        // `a b#2` is someone's own id, so the second look-alike skips it.
        assert_eq!(
            node_ids(&a),
            [r#""p:a b""#, r#""p:a b#3""#, r#""p:a b#2""#, r#""p:a b#4""#, r#""p:plain""#]
        );
    }

    #[test]
    fn label_lines_are_our_own_breaks_only() {
        let mut p = Person::new("p", "Line\none");
        p.title = Some("CTO".into());
        assert_eq!(node_label(&p), "Line one\\nCTO\\ninfluence 3/5");
    }
}
