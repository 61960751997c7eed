//! An account file as one fact a line, sorted: what `dmu diff-text` prints for git's
//! `textconv`, so that `git diff` and `git log -p` read as changes ("-Ольга Кузнецова:
//! stance skeptic", "+Ольга Кузнецова: stance neutral") rather than as moved JSON.
//!
//! git runs it once per version shown, so it must be quick: one parse, one pass, one
//! sort per list.

use crate::change::timeline::{in_time_order, short_time};
use crate::change::words::{self, facts};
use crate::change::{Names, conflict_text, entry_text};
use crate::model::{Account, FxHashMap, LinkKind, Person, SCHEMA};
use crate::text::inert;
use serde_json::Value;

/// The account in `bytes` (a UTF-8 byte order mark is allowed), if they hold one. Not
/// validated: a file that breaks a rule still reads, and shows what it says.
pub fn parse(bytes: &[u8]) -> Option<Account> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice(bytes).ok()
}

/// Lines with every value made inert (one line each: a newline in a value is a space).
struct Out(String);

impl Out {
    fn line(&mut self, s: &str) {
        self.0.push_str(&inert(s));
        self.0.push('\n');
    }

    fn section(&mut self, title: &str) {
        self.0.push('\n');
        self.line(title);
    }
}

fn lower(label: &str) -> String {
    label.to_lowercase()
}

/// A value from the file in words: scalars and lists of scalars as
/// [`Names::value`] says them, anything nested as compact JSON.
fn value(names: &Names, list: &str, field: &str, v: &Value) -> String {
    let nested = match v {
        Value::Object(_) => true,
        Value::Array(items) => items.iter().any(|x| x.is_object() || x.is_array()),
        _ => false,
    };
    if nested {
        return serde_json::to_string(v).unwrap_or_default();
    }
    names.value(list, field, v).unwrap_or_else(words::none)
}

/// The account, one fact a line: a header, the account's fields, then the team, the
/// people (by name, then id; one line per field), links, follow-ups, demands, other
/// lists, the history in time order and the conflicts. The same account always gives
/// the same text, whatever the order of its lists.
pub fn render(a: &Account) -> String {
    let names = Names::new(a);
    let mut out = Out(String::with_capacity(512 + a.people.len() * 200 + a.history.len() * 100));
    out.line(&facts::header(&a.name, a.tier.key()));
    let field = |out: &mut Out, f: &str, v: &str| out.line(&facts::account_field(&words::field(f), v));
    if a.schema != SCHEMA {
        field(&mut out, "schema", &a.schema.to_string());
    }
    field(&mut out, "id", &a.id);
    let text = |v: &Option<String>| v.as_deref().filter(|v| !v.trim().is_empty()).map(str::to_string);
    for (f, v) in [("industry", &a.industry), ("currency", &a.currency)] {
        if let Some(v) = text(v) {
            field(&mut out, f, &v);
        }
    }
    for (f, v) in [("annual_revenue", &a.annual_revenue), ("potential", &a.potential)] {
        if let Some(v) = v {
            field(&mut out, f, &v.to_string());
        }
    }
    if let Some(v) = text(&a.notes) {
        field(&mut out, "notes", &v);
    }
    if let Some(m) = &a.margin {
        field(&mut out, "margin", &m.to_string());
    }
    let lists: Vec<(&String, &Vec<Value>)> =
        a.extra.iter().filter_map(|(k, v)| v.as_array().filter(|l| keyed(l)).map(|l| (k, l))).collect();
    for (k, v) in &a.extra {
        if !lists.iter().any(|(name, _)| *name == k) {
            field(&mut out, k, &value(&names, "", k, v));
        }
    }

    if !a.team.is_empty() {
        out.section(&facts::section("team"));
        let mut team: Vec<_> = a.team.iter().collect();
        team.sort_by(|x, y| x.name.cmp(&y.name).then_with(|| x.id.cmp(&y.id)));
        for m in team {
            out.line(&facts::team_member(&m.name, &lower(m.function.label())));
            for (k, v) in &m.extra {
                let subject = words::team_member(&m.name);
                out.line(&facts::of(&subject, &words::field(k), &value(&names, "team", k, v)));
            }
        }
    }

    // Each person as the lines name them: by name, with the id when two share a name.
    let mut people: Vec<&Person> = a.people.iter().collect();
    people.sort_by(|x, y| x.name.cmp(&y.name).then_with(|| x.id.cmp(&y.id)));
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for p in &people {
        *count.entry(p.name.as_str()).or_default() += 1;
    }
    let subjects: FxHashMap<&str, String> = people
        .iter()
        .map(|p| {
            let subject = if p.name.trim().is_empty() {
                p.id.clone()
            } else if count[p.name.as_str()] > 1 {
                facts::same_name(&p.name, &p.id)
            } else {
                p.name.clone()
            };
            (p.id.as_str(), subject)
        })
        .collect();
    let who = |id: &str| subjects.get(id).cloned().unwrap_or_else(|| names.person(id));
    if !people.is_empty() {
        out.section(&facts::section("people"));
        for p in people {
            person(&mut out, &names, &subjects[p.id.as_str()], p);
        }
    }

    if !a.links.is_empty() {
        out.section(&facts::section("links"));
        let mut lines: Vec<String> = a
            .links
            .iter()
            .map(|l| {
                let (from, to) = (who(&l.from), who(&l.to));
                match l.kind {
                    LinkKind::Influences => {
                        words::link_with_strength(&from, l.kind.key(), &to, &lower(l.strength().label()))
                    }
                    LinkKind::ReportsTo => words::link(&from, l.kind.key(), &to),
                }
            })
            .collect();
        lines.sort();
        for l in lines {
            out.line(&l);
        }
    }

    if !a.follow_ups.is_empty() {
        out.section(&facts::section("follow-ups"));
        let mut list: Vec<_> = a.follow_ups.iter().collect();
        list.sort_by(|x, y| (x.due, &x.text, &x.id).cmp(&(y.due, &y.text, &y.id)));
        for f in list {
            let with = f.person.as_deref().map(who);
            let done = f.done.map(|d| d.to_string());
            out.line(&facts::follow_up(
                &f.text,
                &names.member(&f.owner),
                &f.due.to_string(),
                with.as_deref(),
                done.as_deref(),
            ));
        }
    }

    if !a.demands.is_empty() {
        out.section(&facts::section("demands"));
        let mut list: Vec<_> = a.demands.iter().collect();
        list.sort_by(|x, y| (x.date, &x.text, &x.id).cmp(&(y.date, &y.text, &y.id)));
        for d in list {
            out.line(&facts::demand(&d.date.to_string(), &d.text, &lower(d.kind.label()), d.granted));
        }
    }

    // Deals and the plan read record by record, as lists this version does not know do.
    let deals = serde_json::to_value(&a.deals).unwrap_or_default();
    let plan = serde_json::to_value(&a.plan).unwrap_or_default();
    let known = [("deals", deals.as_array()), ("plan", plan.as_array())];
    let known = known.into_iter().filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)));
    for (k, items) in known.chain(lists.iter().map(|(k, v)| (k.as_str(), *v))) {
        let mut title = words::field(k).into_owned();
        if let Some(first) = title.chars().next() {
            title.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        out.section(&title);
        other_list(&mut out, &names, k, items);
    }

    if !a.history.is_empty() {
        out.section(&facts::section("history"));
        for e in in_time_order(&a.history) {
            out.line(&format!("{} {}", short_time(&e.at), entry_text(&names, e).sentence()));
        }
    }

    if !a.conflicts.is_empty() {
        out.section(&facts::section("conflicts"));
        let mut list: Vec<_> = a.conflicts.iter().collect();
        list.sort_by(|x, y| (&x.path, &x.id).cmp(&(&y.path, &y.id)));
        for c in list {
            out.line(&conflict_text(&names, c));
        }
    }
    out.0
}

/// A person's lines, in a fixed order of fields; stance, its basis, influence and
/// status always (as they count, defaults included), the others when given.
fn person(out: &mut Out, names: &Names, subject: &str, p: &Person) {
    let text = |v: &Option<String>| v.as_deref().filter(|v| !v.trim().is_empty()).map(str::to_string);
    let mut say = |field: &str, v: &str| out.line(&facts::of(subject, &words::field(field), v));
    if let Some(v) = text(&p.title) {
        say("title", &v);
    }
    if let Some(v) = text(&p.department) {
        say("department", &v);
    }
    if !p.roles.is_empty() {
        let roles: Vec<String> = p.roles.iter().map(|r| lower(r.label())).collect();
        say("roles", &roles.join(", "));
    }
    say("stance", &lower(p.stance.label()));
    say("stance_basis", &lower(p.basis().label()));
    if let Some(d) = p.stance_on {
        say("stance_on", &d.to_string());
    }
    say("influence", &p.influence.0.to_string());
    say("status", &lower(p.status().label()));
    if let Some(d) = p.status_on {
        say("status_on", &d.to_string());
    }
    if let Some(v) = text(&p.favours) {
        say("favours", &v);
    }
    let mut cover: Vec<(String, &str, String)> = p
        .coverage
        .iter()
        .map(|c| (names.member(&c.member), c.member.as_str(), lower(c.strength.label())))
        .collect();
    cover.sort();
    for (member, _, strength) in cover {
        out.line(&facts::covered_by(subject, &member, &strength));
    }
    let mut say = |field: &str, v: &str| out.line(&facts::of(subject, &words::field(field), v));
    if let Some(d) = p.last_contact {
        say("last_contact", &d.to_string());
    }
    if let Some(v) = text(&p.email) {
        say("email", &v);
    }
    if let Some(v) = text(&p.phone) {
        say("phone", &v);
    }
    for (system, id) in &p.external_ids {
        say(&format!("{} {system}", words::field("external_ids")), id);
    }
    if let Some(v) = text(&p.notes) {
        say("notes", &v);
    }
    for (k, v) in &p.extra {
        say(k, &value(names, "people", k, v));
    }
}

/// Whether a list holds records with unique string ids (`deals[]`, `plan[]`).
fn keyed(items: &[Value]) -> bool {
    let mut seen = crate::model::FxHashSet::default();
    !items.is_empty()
        && items.iter().all(|x| x.get("id").and_then(Value::as_str).is_some_and(|id| seen.insert(id)))
}

/// A list the program does not know, record by record (by name or text, then id), one
/// line per field: "Lathes: stage proposal".
fn other_list(out: &mut Out, names: &Names, list: &str, items: &[Value]) {
    // A record is named by its name (or text), which then needs no line of its own.
    let title = |r: &Value| -> (String, String, &'static str) {
        let id = r.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
        ["name", "text"]
            .into_iter()
            .find_map(|f| {
                r.get(f).and_then(Value::as_str).filter(|s| !s.trim().is_empty()).map(|s| (s.to_string(), f))
            })
            .map_or_else(|| (id.clone(), id.clone(), "id"), |(name, f)| (name, id.clone(), f))
    };
    let mut records: Vec<((String, String, &str), &Value)> = items.iter().map(|r| (title(r), r)).collect();
    records.sort_by(|x, y| (&x.0.0, &x.0.1).cmp(&(&y.0.0, &y.0.1)));
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for ((name, _, _), _) in &records {
        *count.entry(name.as_str()).or_default() += 1;
    }
    for ((name, id, named_by), r) in &records {
        let subject = if count[name.as_str()] > 1 { facts::same_name(name, id) } else { name.clone() };
        let Some(fields) = r.as_object() else { continue };
        for (k, v) in fields {
            if k != "id" && k != named_by {
                out.line(&facts::of(&subject, &words::field(k), &value(names, list, k, v)));
            }
        }
    }
}
