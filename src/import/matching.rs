//! The heart of an import: which row is which person, and what changes.
//!
//! A row is matched to a person of the account by, in this order: an id in the file's
//! system (`external_ids`), a dmu person id (dmu's own export), an id in another
//! system, the email, the name. Names match whatever the word order ("Иванов Иван" is
//! "Иван Иванов"), `ё` as `е`, and with or without a middle name or patronymic, but
//! only when exactly one person fits. Reporting lines come in a second pass, once
//! every row has its person.

use super::company;
use super::contact::Contact;
use super::plan::{
    Counts, LinkOutcome, LinkPlan, MatchedBy, Outcome, Plan, PlanOptions, RowPlan, SkipReason,
};
use super::{Progress, Stage};
use crate::model::{Account, Link, LinkKind, Person};
use std::collections::{HashMap, HashSet};

/// A person during planning: an existing one (index in `people`) or a new one (index
/// in the plan's `new_people`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Who {
    Old(usize),
    New(usize),
}

/// The people by each key a row can match on.
#[derive(Default)]
struct Keys {
    ids: HashMap<(String, String), Vec<Who>>,
    person_ids: HashMap<String, Who>,
    emails: HashMap<String, Vec<Who>>,
    names: HashMap<String, Vec<Who>>,
    /// Three-word names by each pair of their words: "Иван Петрович Сидоров" is
    /// found as "Иван Сидоров".
    short_names: HashMap<String, Vec<Who>>,
}

impl Keys {
    fn add(&mut self, p: &Person, who: Who) {
        for (s, i) in &p.external_ids {
            self.ids.entry((s.clone(), i.clone())).or_default().push(who);
        }
        self.person_ids.insert(p.id.clone(), who);
        if let Some(e) = p.email.as_deref().map(email_key).filter(|e| !e.is_empty()) {
            self.emails.entry(e).or_default().push(who);
        }
        let words = name_words(&p.name);
        if !words.is_empty() {
            self.names.entry(words.join(" ")).or_default().push(who);
        }
        if words.len() == 3 {
            for skip in 0..3 {
                let pair: Vec<&str> =
                    words.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, w)| w.as_str()).collect();
                self.short_names.entry(pair.join(" ")).or_default().push(who);
            }
        }
    }

    /// The one person `name` fits; `Err(n)` when `n` people fit (0: none).
    fn by_name(&self, name: &str) -> Result<Who, usize> {
        let words = name_words(name);
        if words.is_empty() {
            return Err(0);
        }
        let unique = |v: Option<&Vec<Who>>| -> Result<Who, usize> {
            let mut v: Vec<Who> = v.cloned().unwrap_or_default();
            v.dedup();
            match v.as_slice() {
                [w] => Ok(*w),
                _ => Err(v.len()),
            }
        };
        let exact = unique(self.names.get(&words.join(" ")));
        if exact.is_ok() || exact != Err(0) {
            return exact;
        }
        let shorter = unique(self.short_names.get(&words.join(" ")));
        if shorter.is_ok() || shorter != Err(0) || words.len() != 3 {
            return shorter;
        }
        let mut found = Vec::new();
        for skip in 0..3 {
            let pair: Vec<&str> =
                words.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, w)| w.as_str()).collect();
            if let Some(v) = self.names.get(&pair.join(" ")) {
                found.extend(v.iter().copied());
            }
        }
        found.sort_by_key(|w| format!("{w:?}"));
        found.dedup();
        match found.as_slice() {
            [w] => Ok(*w),
            _ => Err(found.len()),
        }
    }
}

/// A name's words, lower case, `ё` as `е`, without punctuation, sorted.
fn name_words(name: &str) -> Vec<String> {
    let lower = name.to_lowercase().replace('ё', "е");
    let mut words: Vec<String> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.sort();
    words
}

fn email_key(e: &str) -> String {
    e.trim().to_lowercase()
}

/// One `Option<Vec<Who>>` entry as a single person, when it is one.
fn single(v: Option<&Vec<Who>>) -> Option<Who> {
    match v.map(Vec::as_slice) {
        Some([w]) => Some(*w),
        _ => None,
    }
}

pub(super) fn plan(a: &Account, contacts: &[Contact], opts: &PlanOptions, progress: &Progress) -> Plan {
    progress.start(Stage::Matching, contacts.len() as u64);
    let target = opts.company.clone().unwrap_or_else(|| a.name.clone());
    let several = {
        let mut seen = HashSet::new();
        for c in contacts {
            if let Some(co) = &c.company {
                seen.insert(company::normalise(co));
                if seen.len() > 1 {
                    break;
                }
            }
        }
        seen.len() > 1
    };
    let mut keys = Keys::default();
    for (i, p) in a.people.iter().enumerate() {
        keys.add(p, Who::Old(i));
    }
    let mut taken: HashSet<String> = a.people.iter().map(|p| p.id.clone()).collect();
    let mut plan = Plan::default();
    let mut changed: HashMap<usize, Person> = HashMap::new();
    // The person each row became (for the reporting lines), and who was claimed by a row.
    let mut row_person: Vec<Option<Who>> = vec![None; contacts.len()];
    let mut claimed: HashMap<Who, usize> = HashMap::new();
    let mut others: HashMap<String, (String, usize)> = HashMap::new();
    let system = opts_system(opts);

    for (n, c) in contacts.iter().enumerate() {
        if n % 4096 == 0 {
            progress.advance(n as u64);
        }
        if several && let Some(co) = c.company.as_deref().filter(|co| !company::same(co, &target)) {
            let e = others.entry(company::normalise(co)).or_insert_with(|| (co.to_string(), 0));
            e.1 += 1;
            plan.rows.push(RowPlan {
                line: c.line,
                name: c.name.clone(),
                outcome: Outcome::Skip(SkipReason::OtherCompany(e.0.clone())),
            });
            continue;
        }
        let found = find(&keys, c, system.as_deref());
        let outcome = match found {
            Found::Ambiguous(_) if c.name.is_empty() => Outcome::Skip(SkipReason::NoName),
            Found::Ambiguous(count) => Outcome::Skip(SkipReason::Ambiguous { count }),
            Found::None if c.name.is_empty() => Outcome::Skip(SkipReason::NoName),
            Found::One(who, _) if claimed.contains_key(&who) => {
                Outcome::Skip(SkipReason::Duplicate { line: claimed[&who] })
            }
            Found::One(Who::New(i), _) => {
                // An earlier row of this file added them; this row is the same person.
                let line = claimed.get(&Who::New(i)).copied().unwrap_or(0);
                Outcome::Skip(SkipReason::Duplicate { line })
            }
            Found::One(Who::Old(i), by) => {
                let current = changed.get(&i).unwrap_or(&a.people[i]);
                let mut next = current.clone();
                let fields = update(&mut next, c, system.as_deref(), by);
                claimed.insert(Who::Old(i), c.line);
                row_person[n] = Some(Who::Old(i));
                if fields.is_empty() {
                    Outcome::Same { id: next.id.clone(), by }
                } else {
                    let id = next.id.clone();
                    keys.add(&next, Who::Old(i));
                    changed.insert(i, next);
                    Outcome::Update { id, fields, by }
                }
            }
            Found::None => {
                let id = new_id(c, &mut taken);
                let p = new_person(&id, c, system.as_deref());
                let who = Who::New(plan.new_people.len());
                keys.add(&p, who);
                claimed.insert(who, c.line);
                row_person[n] = Some(who);
                plan.new_people.push(p);
                Outcome::Add { id }
            }
        };
        plan.rows.push(RowPlan { line: c.line, name: c.name.clone(), outcome });
    }
    let mut updated: Vec<(usize, Person)> = changed.into_iter().collect();
    updated.sort_by_key(|(i, _)| *i);
    plan.updated = updated;
    let mut others: Vec<(String, usize)> = others.into_values().collect();
    others.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    plan.other_companies = others;
    reporting_lines(a, contacts, &row_person, &keys, system.as_deref(), &mut plan);
    plan.counts = count(&plan);
    progress.advance(contacts.len() as u64);
    plan
}

fn opts_system(opts: &PlanOptions) -> Option<String> {
    opts.system.clone().filter(|s| !s.is_empty())
}

enum Found {
    None,
    One(Who, MatchedBy),
    Ambiguous(usize),
}

fn find(keys: &Keys, c: &Contact, system: Option<&str>) -> Found {
    if let (Some(s), Some(id)) = (system, &c.external_id)
        && let Some(w) = single(keys.ids.get(&(s.to_string(), id.clone())))
    {
        return Found::One(w, MatchedBy::Id);
    }
    if let Some(w) = c.person_id.as_ref().and_then(|id| keys.person_ids.get(id)) {
        return Found::One(*w, MatchedBy::Id);
    }
    for (s, id) in &c.other_ids {
        if let Some(w) = single(keys.ids.get(&(s.clone(), id.clone()))) {
            return Found::One(w, MatchedBy::Id);
        }
    }
    if let Some(e) = c.email.as_deref().map(email_key)
        && let Some(v) = keys.emails.get(&e)
    {
        let mut v = v.clone();
        v.dedup();
        if let [w] = v.as_slice() {
            return Found::One(*w, MatchedBy::Email);
        }
    }
    match keys.by_name(&c.name) {
        Ok(w) => {
            // A namesake with another email or id in the same system is someone else.
            Found::One(w, MatchedBy::Name)
        }
        Err(0) => Found::None,
        Err(n) => Found::Ambiguous(n),
    }
}

/// Brings `p`'s contact facts in line with the row; the names of the fields that
/// changed. Judgements are never touched.
fn update(p: &mut Person, c: &Contact, system: Option<&str>, by: MatchedBy) -> Vec<&'static str> {
    let mut fields = Vec::new();
    let mut set = |slot: &mut Option<String>, v: &Option<String>, name: &'static str| {
        if let Some(v) = v
            && slot.as_deref() != Some(v.as_str())
        {
            *slot = Some(v.clone());
            fields.push(name);
        }
    };
    set(&mut p.title, &c.title, "title");
    set(&mut p.department, &c.department, "department");
    // An email differing only in case is the same address, as the rep wrote it.
    if c.email.as_deref().map(email_key) != p.email.as_deref().map(email_key) {
        set(&mut p.email, &c.email, "email");
    }
    set(&mut p.phone, &c.phone, "phone");
    // The same record in the same system was renamed there; a match by email or name
    // keeps the name as the rep wrote it.
    if by == MatchedBy::Id && !c.name.is_empty() && c.name != p.name && c.person_id.is_none() {
        p.name = c.name.clone();
        fields.push("name");
    }
    let mut ids_changed = false;
    if let (Some(s), Some(id)) = (system, &c.external_id)
        && p.external_ids.get(s) != Some(id)
    {
        p.external_ids.insert(s.to_string(), id.clone());
        ids_changed = true;
    }
    for (s, id) in &c.other_ids {
        if !p.external_ids.contains_key(s) {
            p.external_ids.insert(s.clone(), id.clone());
            ids_changed = true;
        }
    }
    if ids_changed {
        fields.push("external_ids");
    }
    fields
}

fn new_person(id: &str, c: &Contact, system: Option<&str>) -> Person {
    let mut p = Person::new(id, c.name.clone());
    p.title = c.title.clone();
    p.department = c.department.clone();
    p.email = c.email.clone();
    p.phone = c.phone.clone();
    p.roles = c.roles.clone();
    if let Some(s) = c.stance {
        p.stance = s;
    }
    if let Some(i) = c.influence {
        p.influence = i;
    }
    if let (Some(s), Some(id)) = (system, &c.external_id) {
        p.external_ids.insert(s.to_string(), id.clone());
    }
    for (s, id) in &c.other_ids {
        p.external_ids.entry(s.clone()).or_insert_with(|| id.clone());
    }
    p
}

/// The id of a new person: the file's dmu id when it is free and well formed (a
/// round trip keeps ids), else a readable new one.
fn new_id(c: &Contact, taken: &mut HashSet<String>) -> String {
    if let Some(id) = &c.person_id
        && usable_id(id)
        && !taken.contains(id)
    {
        taken.insert(id.clone());
        return id.clone();
    }
    loop {
        // Checked against a set: 100,000 new people must not each scan the others.
        let id = crate::model::readable_id("p", &c.name, std::iter::empty());
        if taken.insert(id.clone()) {
            return id;
        }
    }
}

/// An id as dmu writes them: short, printable, no spaces.
fn usable_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && !id.contains(|c: char| c.is_whitespace() || c.is_control())
}

/// The second pass: each row's manager, found among the file's rows and the account's
/// people, becomes a `reports_to` link; one that would close a loop is left out.
fn reporting_lines(
    a: &Account,
    contacts: &[Contact],
    row_person: &[Option<Who>],
    keys: &Keys,
    system: Option<&str>,
    plan: &mut Plan,
) {
    let id_of = |w: Who, plan: &Plan| match w {
        Who::Old(i) => a.people[i].id.clone(),
        Who::New(i) => plan.new_people[i].id.clone(),
    };
    // The file's own ids of its rows' people, for `ReportsToId`.
    let mut file_ids: HashMap<&str, Who> = HashMap::new();
    for (c, w) in contacts.iter().zip(row_person) {
        if let (Some(id), Some(w)) = (&c.external_id, w) {
            file_ids.insert(id.as_str(), *w);
        }
    }
    // Managers as they stand: each person's `reports_to` targets.
    let mut up: HashMap<String, Vec<String>> = HashMap::new();
    for l in a.links.iter().filter(|l| l.kind == LinkKind::ReportsTo) {
        up.entry(l.from.clone()).or_default().push(l.to.clone());
    }
    for (c, w) in contacts.iter().zip(row_person) {
        let Some(w) = *w else { continue };
        if c.manager_id.is_none() && c.manager_name.is_none() {
            continue;
        }
        let manager = c
            .manager_id
            .as_deref()
            .and_then(|m| {
                file_ids
                    .get(m)
                    .copied()
                    .or_else(|| system.and_then(|s| single(keys.ids.get(&(s.to_string(), m.to_string())))))
                    .or_else(|| keys.person_ids.get(m).copied())
            })
            .or_else(|| c.manager_name.as_deref().and_then(|m| keys.by_name(m).ok()));
        let from = id_of(w, plan);
        let Some(m) = manager else {
            let said = c.manager_name.clone().or_else(|| c.manager_id.clone()).unwrap_or_default();
            plan.links.push(LinkPlan {
                line: c.line,
                from,
                to: String::new(),
                outcome: LinkOutcome::UnknownManager { manager: said },
            });
            continue;
        };
        let to = id_of(m, plan);
        if to == from {
            continue;
        }
        let current = up.get(&from).cloned().unwrap_or_default();
        let outcome = if current.contains(&to) {
            LinkOutcome::Same
        } else if reaches(&up, &to, &from) {
            LinkOutcome::Cycle
        } else {
            for was in &current {
                plan.remove_links.push((from.clone(), was.clone()));
            }
            plan.add_links.push(Link {
                from: from.clone(),
                to: to.clone(),
                kind: LinkKind::ReportsTo,
                strength: None,
                extra: Default::default(),
            });
            up.insert(from.clone(), vec![to.clone()]);
            match current.into_iter().next() {
                Some(was) => LinkOutcome::Replace { was },
                None => LinkOutcome::Add,
            }
        };
        plan.links.push(LinkPlan { line: c.line, from, to, outcome });
    }
}

/// Whether following `reports_to` up from `start` reaches `goal`.
fn reaches(up: &HashMap<String, Vec<String>>, start: &str, goal: &str) -> bool {
    let mut stack = vec![start];
    let mut seen: HashSet<&str> = HashSet::new();
    while let Some(p) = stack.pop() {
        if p == goal {
            return true;
        }
        if !seen.insert(p) {
            continue;
        }
        if let Some(next) = up.get(p) {
            stack.extend(next.iter().map(String::as_str));
        }
    }
    false
}

fn count(plan: &Plan) -> Counts {
    let mut k = Counts::default();
    for r in &plan.rows {
        match &r.outcome {
            Outcome::Add { .. } => k.added += 1,
            Outcome::Update { .. } => k.updated += 1,
            Outcome::Same { .. } => k.unchanged += 1,
            Outcome::Skip(SkipReason::OtherCompany(_)) => k.other_company += 1,
            Outcome::Skip(_) => k.skipped += 1,
        }
    }
    for l in &plan.links {
        match l.outcome {
            LinkOutcome::Add | LinkOutcome::Replace { .. } => k.links_added += 1,
            LinkOutcome::Same => {}
            LinkOutcome::Cycle | LinkOutcome::UnknownManager { .. } => k.links_skipped += 1,
        }
    }
    k
}
