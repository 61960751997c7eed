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
use super::keys::{Keys, NameKey, People, Who, same_email};
use super::plan::{
    Counts, LinkOutcome, LinkPlan, MatchedBy, Outcome, Plan, PlanOptions, RowPlan, SkipReason,
};
use super::{Progress, Stage};
use crate::model::{Account, FxHashMap as HashMap, FxHashSet as HashSet, Link, LinkKind, Person};

pub(super) fn plan<'a>(
    a: &Account,
    contacts: &'a [Contact],
    opts: &PlanOptions,
    progress: &Progress,
) -> Plan {
    progress.start(Stage::Matching, contacts.len() as u64);
    let target = opts.company.clone().unwrap_or_else(|| a.name.clone());
    // Exports repeat one company name on every row: each distinct spelling is
    // normalised once.
    let mut spellings: HashMap<&str, String> = HashMap::default();
    let mut normal = |co: &'a str| -> String {
        spellings.entry(co).or_insert_with_key(|co| company::normalise(co)).clone()
    };
    let several = {
        let mut seen: HashSet<String> = HashSet::default();
        for co in contacts.iter().filter_map(|c| c.company.as_deref()) {
            seen.insert(normal(co));
            if seen.len() > 1 {
                break;
            }
        }
        seen.len() > 1
    };
    let mut belongs: HashMap<&str, bool> = HashMap::default();
    let mut keys = Keys::with_capacity(a.people.len() + contacts.len());
    for (i, p) in a.people.iter().enumerate() {
        keys.add(p, Who::Old(i), NameKey::of(&p.name));
    }
    let mut ids = NewIds::new(a);
    let mut plan = Plan::default();
    plan.rows.reserve(contacts.len());
    let mut changed: HashMap<usize, Person> = HashMap::default();
    // The person each row became (for the reporting lines), and who was claimed by a row.
    let mut row_person: Vec<Option<Who>> = vec![None; contacts.len()];
    let mut claimed: HashMap<Who, usize> = HashMap::default();
    let mut others: HashMap<String, (String, usize)> = HashMap::default();
    let system = opts_system(opts);

    for (n, c) in contacts.iter().enumerate() {
        if n % 4096 == 0 {
            progress.advance(n as u64);
            // Cancelled: the caller checks the progress and drops this plan.
            if progress.check().is_err() {
                break;
            }
        }
        if several
            && let Some(co) = c
                .company
                .as_deref()
                .filter(|co| !*belongs.entry(co).or_insert_with_key(|co| company::same(co, &target)))
        {
            let e = others.entry(normal(co)).or_insert_with(|| (co.to_string(), 0));
            e.1 += 1;
            plan.rows.push(RowPlan {
                line: c.line,
                name: c.name.clone(),
                outcome: Outcome::Skip(SkipReason::OtherCompany(e.0.clone())),
            });
            continue;
        }
        let name = NameKey::of(&c.name);
        let people = People { account: a, changed: &changed, new: &plan.new_people };
        let found = find(&keys, c, &name, system.as_deref(), &people);
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
                    keys.add(&next, Who::Old(i), NameKey::of(&next.name));
                    changed.insert(i, next);
                    Outcome::Update { id, fields, by }
                }
            }
            Found::None => {
                let id = ids.make(c);
                let p = new_person(&id, c, system.as_deref());
                let who = Who::New(plan.new_people.len());
                keys.add(&p, who, name);
                claimed.insert(who, c.line);
                row_person[n] = Some(who);
                plan.new_people.push(p);
                Outcome::Add { id }
            }
        };
        plan.rows.push(RowPlan { line: c.line, name: c.name.clone(), outcome });
    }
    reporting_lines(a, contacts, &row_person, &keys, system.as_deref(), &changed, &mut plan);
    let mut updated: Vec<(usize, Person)> = changed.into_iter().collect();
    updated.sort_by_key(|(i, _)| *i);
    plan.updated = updated;
    let mut others: Vec<(String, usize)> = others.into_values().collect();
    others.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    plan.other_companies = others;
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

/// The person a row is, by the order of the module's words; `people` as they stand,
/// to tell a namesake from the same person.
fn find(keys: &Keys, c: &Contact, name: &NameKey, system: Option<&str>, people: &People) -> Found {
    if let (Some(s), Some(id)) = (system, &c.external_id)
        && let Some(w) = keys.by_id(s, id, people)
    {
        return Found::One(w, MatchedBy::Id);
    }
    if let Some(w) = c.person_id.as_deref().and_then(|id| keys.by_person_id(id, people)) {
        return Found::One(w, MatchedBy::Id);
    }
    for (s, id) in &c.other_ids {
        if let Some(w) = keys.by_id(s, id, people) {
            return Found::One(w, MatchedBy::Id);
        }
    }
    if let Some(w) = c.email.as_deref().and_then(|e| keys.by_email(e, people)) {
        return Found::One(w, MatchedBy::Email);
    }
    match keys.by_name(name) {
        Ok(w) => {
            let p = people.get(w);
            // A namesake with another email, or another id in the file's system, is
            // someone else: better a second person to merge by hand than one person's
            // facts written over another's.
            let other_email = matches!((&c.email, &p.email), (Some(x), Some(y)) if !same_email(x, y));
            let other_id = matches!(
                (system.and_then(|s| p.external_ids.get(s)), &c.external_id),
                (Some(x), Some(y)) if x != y
            );
            if other_email || other_id { Found::None } else { Found::One(w, MatchedBy::Name) }
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
    if !matches!((&c.email, &p.email), (Some(x), Some(y)) if same_email(x, y)) {
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

/// Ids for new people that no one in the account, nor another new person, has.
struct NewIds<'a> {
    account: HashSet<&'a str>,
    /// A random start, then a counter through a mix: as unlikely to collide with ids
    /// made on another machine as `model::readable_id`'s, without asking the system
    /// for randomness 100,000 times.
    seed: u64,
    /// Hashes of the ids made so far: a clash of hashes only makes a fresh id, so the
    /// new ids need not be copied into a set of their own.
    made: HashSet<u64>,
}

impl<'a> NewIds<'a> {
    fn new(a: &'a Account) -> NewIds<'a> {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()),
        );
        NewIds {
            account: a.people.iter().map(|p| p.id.as_str()).collect(),
            seed: h.finish(),
            made: HashSet::default(),
        }
    }

    /// The id of a new person: the file's dmu id when it is free and well formed (a
    /// round trip keeps ids), else a readable new one.
    fn make(&mut self, c: &Contact) -> String {
        if let Some(id) = &c.person_id
            && usable_id(id)
            && self.free(id)
        {
            return id.clone();
        }
        // The form of `model::readable_id`: `p-ivan-ivanov-3f2a`, or ten digits
        // for a name with no Latin spelling.
        let slug = crate::model::readable_slug(&c.name);
        loop {
            let r = self.next();
            let id = if slug.is_empty() {
                format!("p-{:010x}", r & 0xff_ffff_ffff)
            } else {
                format!("p-{slug}-{:04x}", r & 0xffff)
            };
            if self.free(&id) {
                return id;
            }
        }
    }

    /// splitmix64: every seed gives a different, well-spread sequence.
    fn next(&mut self) -> u64 {
        self.seed = self.seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.seed;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn free(&mut self, id: &str) -> bool {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let h = BuildHasherDefault::<crate::model::FxHasher>::default().hash_one(id);
        !self.account.contains(id) && self.made.insert(h)
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
    changed: &HashMap<usize, Person>,
    plan: &mut Plan,
) {
    // The file's own ids of its rows' people, for `ReportsToId`.
    let mut file_ids: HashMap<&str, Who> = HashMap::default();
    for (c, w) in contacts.iter().zip(row_person) {
        if let (Some(id), Some(w)) = (&c.external_id, w) {
            file_ids.insert(id.as_str(), *w);
        }
    }
    // Managers as they stand, by person: worked on as positions, not ids, so that
    // 100,000 rows do not copy 100,000 ids around.
    let mut up: HashMap<Who, Vec<Who>> = HashMap::default();
    for l in a.links.iter().filter(|l| l.kind == LinkKind::ReportsTo) {
        let people = People { account: a, changed, new: &plan.new_people };
        if let (Some(f), Some(t)) = (keys.by_person_id(&l.from, &people), keys.by_person_id(&l.to, &people)) {
            up.entry(f).or_default().push(t);
        }
    }
    let mut walk = Walk::default();
    let mut found: Vec<(usize, Who, Result<Who, String>)> = Vec::new();
    let people = People { account: a, changed, new: &plan.new_people };
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
                    .or_else(|| system.and_then(|s| keys.by_id(s, m, &people)))
                    .or_else(|| keys.by_person_id(m, &people))
            })
            .or_else(|| c.manager_name.as_deref().and_then(|m| keys.by_name(&NameKey::of(m)).ok()));
        let said = || c.manager_name.clone().or_else(|| c.manager_id.clone()).unwrap_or_default();
        found.push((c.line, w, manager.ok_or_else(said)));
    }
    let id_of = |w: Who, plan: &Plan| match w {
        Who::Old(i) => a.people[i].id.clone(),
        Who::New(i) => plan.new_people[i].id.clone(),
    };
    // Lines left out as loops are tried again once the others are in: a later row
    // may have moved the manager that made the loop, and a second import of the same
    // file must find nothing left to do.
    let mut loops: Vec<(usize, Who, Who)> = Vec::new();
    for (line, w, manager) in found {
        let m = match manager {
            Ok(m) if m == w => continue,
            Ok(m) => m,
            Err(said) => {
                let outcome = LinkOutcome::UnknownManager { manager: said };
                plan.links.push(LinkPlan { line, from: id_of(w, plan), to: String::new(), outcome });
                continue;
            }
        };
        let outcome = report(w, m, &mut up, &mut walk, a, plan);
        if outcome == LinkOutcome::Cycle {
            loops.push((plan.links.len(), w, m));
        }
        plan.links.push(LinkPlan { line, from: id_of(w, plan), to: id_of(m, plan), outcome });
    }
    loop {
        let mut moved = false;
        loops.retain(|&(at, w, m)| {
            let outcome = report(w, m, &mut up, &mut walk, a, plan);
            if outcome == LinkOutcome::Cycle {
                return true;
            }
            plan.links[at].outcome = outcome;
            moved = true;
            false
        });
        if !moved {
            break;
        }
    }
}

/// Makes `w` report to `m` unless they already do or it would close a loop.
fn report(
    w: Who,
    m: Who,
    up: &mut HashMap<Who, Vec<Who>>,
    walk: &mut Walk,
    a: &Account,
    plan: &mut Plan,
) -> LinkOutcome {
    let id_of = |w: Who, plan: &Plan| match w {
        Who::Old(i) => a.people[i].id.clone(),
        Who::New(i) => plan.new_people[i].id.clone(),
    };
    let current = up.get(&w).map(Vec::as_slice).unwrap_or(&[]);
    if current.contains(&m) {
        return LinkOutcome::Same;
    }
    if walk.reaches(up, m, w) {
        return LinkOutcome::Cycle;
    }
    let (from, to) = (id_of(w, plan), id_of(m, plan));
    let was: Vec<String> = current.iter().map(|&x| id_of(x, plan)).collect();
    for old in &was {
        plan.remove_links.push((from.clone(), old.clone()));
    }
    plan.add_links.push(Link {
        from,
        to,
        kind: LinkKind::ReportsTo,
        strength: None,
        extra: Default::default(),
    });
    up.insert(w, vec![m]);
    match was.into_iter().next() {
        Some(was) => LinkOutcome::Replace { was },
        None => LinkOutcome::Add,
    }
}

/// A walk up the managers, its buffers kept from one question to the next.
#[derive(Default)]
struct Walk {
    stack: Vec<Who>,
    seen: HashSet<Who>,
}

impl Walk {
    /// Whether following `reports_to` up from `start` reaches `goal`.
    fn reaches(&mut self, up: &HashMap<Who, Vec<Who>>, start: Who, goal: Who) -> bool {
        self.stack.clear();
        self.seen.clear();
        self.stack.push(start);
        while let Some(p) = self.stack.pop() {
            if p == goal {
                return true;
            }
            if !self.seen.insert(p) {
                continue;
            }
            if let Some(next) = up.get(&p) {
                self.stack.extend(next.iter().copied());
            }
        }
        false
    }
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
