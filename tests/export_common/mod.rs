//! Accounts shared by the export tests: the demo, and one whose every text field is
//! hostile to some export format.

#![allow(dead_code)] // each test crate uses a different part of this module

use dmu::model::{
    Account, Coverage, Date, Demand, DemandKind, FollowUp, Link, LinkKind, Person, Role, Stance,
};
use dmu::model::{Function, Strength, TeamMember};

/// The demo account shipped with the app.
pub fn demo() -> Account {
    serde_json::from_str(include_str!("../../assets/demo.json")).unwrap()
}

/// Names with quotes, brackets, backslashes, pipes, newlines, ESC sequences, a
/// right-to-left override, combining marks, emoji, CJK, Markdown and HTML, leading
/// formula characters, and ids that are not valid anywhere unquoted.
pub fn nasty() -> Account {
    let mut a = Account::new("acc \"x\"", "Evil \"Corp\" <b>|</b> \\ #1; `x`\n= [link](http://e.x)");
    a.industry = Some("*bold* _it_ \u{1b}[31mred\u{1b}[0m".into());
    a.currency = Some("€|$".into());
    a.annual_revenue = Some(1_234_567.into());
    a.notes = Some("# heading\n- list\n<script>alert(1)</script>\r\n1. one".into());
    a.team = vec![
        member("t\"1", "Ann, \"The Closer\" \\", Function::Sales),
        member("t;2", "=cmd|' /C calc'!A0\u{1b}[8m", Function::Technical),
    ];
    let names: [(&str, &str); 12] = [
        ("p\"quote", "Ol' \"Quoted\" Name"),
        ("p[br]", "Bracket [a] {b} (c) <d>"),
        ("p\\back", "Back\\slash \\N \\n end\\"),
        ("p|pipe", "Pi|pe | table, comma"),
        ("p\nnl", "New\nline\r\nname"),
        ("p-esc", "\u{1b}[2J\u{1b}]0;pwned\u{7}Esc"),
        ("p-rtl", "abc\u{202E}fdp.exe"),
        ("p-comb", "Zalgo Z\u{0335}\u{0321}a\u{0336}l\u{0337}"),
        ("p-emoji", "👩‍🔧 Team 🚀 #1; `code`"),
        ("p-cjk", "佐藤 健 / Пётр Иванов"),
        ("p-eq", "=SUM(A1:A9)"),
        ("legend:", "-minus +plus @at & &amp; %%{init}%%"),
    ];
    for (i, (id, name)) in names.iter().enumerate() {
        let mut p = Person::new(*id, *name);
        p.title = Some(format!("Title \"{i}\" ; # | \\ {name}"));
        p.department = Some(if i % 2 == 0 { "R&D, \"Labs\"".to_string() } else { "@dept".to_string() });
        p.roles = vec![Role::ALL[i % Role::ALL.len()], Role::User];
        p.stance = Stance::ALL[i % Stance::ALL.len()];
        p.coverage = vec![Coverage {
            member: "t\"1".into(),
            strength: Strength::ALL[i % 3],
            extra: Default::default(),
        }];
        if i % 3 == 0 {
            p.coverage.push(Coverage {
                member: "t;2".into(),
                strength: Strength::Strong,
                extra: Default::default(),
            });
        }
        p.last_contact = Date::from_ymd(2026, 1 + i as u32, 1);
        if i % 2 == 0 {
            p.favours = Some(format!("={name}"));
            p.email = Some(format!("{name}@x"));
            p.phone = Some(format!("+{i} | {name}"));
            p.external_ids.insert(format!("crm|{i}"), name.to_string());
        }
        a.people.push(p);
    }
    let ids: Vec<String> = a.people.iter().map(|p| p.id.clone()).collect();
    for w in ids.windows(2) {
        a.links.push(link(&w[1], &w[0], LinkKind::ReportsTo, None));
    }
    for (i, s) in Strength::ALL.iter().enumerate() {
        a.links.push(link(&ids[i], &ids[ids.len() - 1 - i], LinkKind::Influences, Some(*s)));
    }
    a.links.push(link(&ids[0], "ghost\u{1b}", LinkKind::Influences, None));
    a.follow_ups.push(FollowUp {
        id: "a1".into(),
        text: "Call | about `[x](y)`".into(),
        owner: "t\"1".into(),
        person: Some(ids[0].clone()),
        due: Date::from_ymd(2026, 12, 1).unwrap(),
        done: None,
        extra: Default::default(),
    });
    a.demands.push(Demand {
        id: "d1".into(),
        date: Date::from_ymd(2026, 11, 1).unwrap(),
        text: "<img src=x onerror=alert(1)>".into(),
        kind: DemandKind::Price,
        granted: false,
        extra: Default::default(),
    });
    a
}

fn member(id: &str, name: &str, function: Function) -> TeamMember {
    TeamMember { id: id.into(), name: name.into(), function, extra: Default::default() }
}

fn link(from: &str, to: &str, kind: LinkKind, strength: Option<Strength>) -> Link {
    Link { from: from.into(), to: to.into(), kind, strength, extra: Default::default() }
}

/// People whose ids differ only in what cleaning changes: a newline or a tab against a
/// space, two different controls, and one id that looks like a suffixed other.
pub fn look_alikes() -> dmu::model::Account {
    use dmu::model::{Link, LinkKind, Person, Strength};
    let ids = ["a b", "a\nb", "a\tb", "a\u{1b}b", "a\u{7}b", "a b#2", "a-b", "a_b", "a b"];
    let mut a = dmu::model::Account::new("acc", "Look-alikes");
    // The last id repeats the first: a broken file, but still one node per person.
    for (i, id) in ids.iter().enumerate() {
        a.people.push(Person::new(*id, format!("Person {i}")));
    }
    let link = |f: usize, t: usize, kind| Link {
        from: ids[f].into(),
        to: ids[t].into(),
        kind,
        strength: (kind == LinkKind::Influences).then_some(Strength::Strong),
        extra: Default::default(),
    };
    for i in 1..ids.len() - 1 {
        a.links.push(link(i, i - 1, LinkKind::ReportsTo));
    }
    a.links.push(link(1, 2, LinkKind::Influences));
    a.links.push(link(3, 4, LinkKind::Influences));
    a.links.push(link(5, 0, LinkKind::Influences));
    a
}

/// Every export of an account, with the format's name.
pub fn all_formats(a: &Account) -> [(&'static str, String); 4] {
    [
        ("dot", dmu::export::to_dot(a)),
        ("mermaid", dmu::export::to_mermaid(a)),
        ("md", dmu::export::to_markdown(a, "2026-11-27".parse().unwrap())),
        ("csv", dmu::export::to_csv(a)),
    ]
}
