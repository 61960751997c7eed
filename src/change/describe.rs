//! Changes said in plain sentences: a history entry ("Ольга Кузнецова: stance skeptic →
//! neutral (Anna Berg)"), a [`Change`] of a change set between two versions of an
//! account, a merge conflict. People and team members are named, never given by id:
//! by their name now, else by how the history last named them (a removed person's
//! entry keeps a `label`), else by the id. The phrases themselves are in
//! [`super::words`]. No I/O, no UI.
//!
//! The sentences hold text from the file as it is: make them inert
//! ([`crate::text::inert`]) before they reach a terminal.

use super::path::Path;
use super::{Change, words};
use crate::model::{
    Account, Basis, Conflict, DealStage, DemandKind, Function, FxHashMap, HistoryEntry, LinkKind, PlanKind,
    PlanStatus, Process, Role, Stance, Status, Strength, Tier,
};
use serde_json::Value;

/// Who is who in one account (or in two versions of it): the names the sentences use.
/// Built once per account, in one pass over it, so describing many entries costs one
/// lookup each.
#[derive(Debug, Clone, Default)]
pub struct Names<'a> {
    people: FxHashMap<&'a str, &'a str>,
    team: FxHashMap<&'a str, &'a str>,
    /// How the history last labelled a record, by the record's path (`people/p-x`).
    labels: FxHashMap<&'a str, &'a str>,
    follow_ups: FxHashMap<&'a str, &'a str>,
    demands: FxHashMap<&'a str, &'a str>,
    deals: FxHashMap<&'a str, &'a str>,
    plan: FxHashMap<&'a str, &'a str>,
}

fn given(s: &str) -> Option<&str> {
    (!s.trim().is_empty()).then_some(s)
}

impl<'a> Names<'a> {
    /// The names of one account.
    pub fn new(account: &'a Account) -> Names<'a> {
        Names::of(&[account])
    }

    /// The names of two versions of an account; where both name a record, `after` wins,
    /// and a record only `before` has (a removed person) keeps its name from there.
    pub fn of_both(before: &'a Account, after: &'a Account) -> Names<'a> {
        Names::of(&[before, after])
    }

    fn of(accounts: &[&'a Account]) -> Names<'a> {
        let mut n = Names::default();
        for a in accounts {
            n.people.reserve(a.people.len());
            for p in &a.people {
                if let Some(name) = given(&p.name) {
                    n.people.insert(&p.id, name);
                }
            }
            for m in &a.team {
                if let Some(name) = given(&m.name) {
                    n.team.insert(&m.id, name);
                }
            }
            for f in &a.follow_ups {
                n.follow_ups.insert(&f.id, &f.text);
            }
            for d in &a.demands {
                n.demands.insert(&d.id, &d.text);
            }
            for d in &a.deals {
                n.deals.insert(&d.id, &d.name);
            }
            for x in &a.plan {
                n.plan.insert(&x.id, &x.text);
            }
            for e in &a.history {
                if let (Some(record), Some(label)) = (e.record.as_deref(), e.label.as_deref().and_then(given))
                {
                    n.labels.insert(record, label);
                }
            }
        }
        n
    }

    fn label(&self, list: &str, key: &str) -> Option<&'a str> {
        self.labels.get(Path::record(list, key).to_string().as_str()).copied()
    }

    /// A person's name when anything names them: now, else as the history labelled them.
    pub fn person_known(&self, id: &str) -> Option<&'a str> {
        self.people.get(id).copied().or_else(|| self.label("people", id))
    }

    /// A person's name: their name now, else the history's label, else the id.
    pub fn person(&self, id: &str) -> String {
        self.person_known(id).unwrap_or(id).to_string()
    }

    /// A team member's name, else the history's label, else the id.
    pub fn member(&self, id: &str) -> String {
        self.team.get(id).copied().or_else(|| self.label("team", id)).unwrap_or(id).to_string()
    }

    /// Who made a change: the team member's name when `by` is a team id, else `by` as
    /// given (a free name).
    pub fn by(&self, by: &str) -> String {
        self.team.get(by).map_or_else(|| by.to_string(), |n| n.to_string())
    }

    /// A value for people: vocabulary words by their label (`skeptic`), team and person
    /// ids by name, lists joined with commas; `None` when absent or empty. `list` and
    /// `field` say where the value is (`people`, `stance`; `""` for the account).
    pub fn value(&self, list: &str, field: &str, v: &Value) -> Option<String> {
        match v {
            Value::Null => None,
            Value::String(s) => given(s).map(|s| self.word(list, field, s)),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(words::yes_no(*b)),
            Value::Array(items) => {
                let parts: Vec<String> = items.iter().filter_map(|x| self.value(list, field, x)).collect();
                (!parts.is_empty()).then(|| parts.join(", "))
            }
            // A deal's roles: person id → roles, said person by person.
            Value::Object(m) if list == "deals" && field == "roles" => {
                let parts: Vec<String> = m
                    .iter()
                    .map(|(id, roles)| {
                        let roles = self.value(list, field, roles).unwrap_or_else(words::none);
                        words::person_roles(&self.person(id), &roles)
                    })
                    .collect();
                (!parts.is_empty()).then(|| parts.join("; "))
            }
            Value::Object(m) if m.contains_key("member") => {
                let member = m.get("member").and_then(Value::as_str).unwrap_or_default();
                Some(words::facts::team_member(&self.member(member), &strength_of(m.get("strength"))))
            }
            Value::Object(m) => {
                let parts: Vec<String> = m
                    .iter()
                    .filter_map(|(k, x)| self.value(list, k, x).map(|t| format!("{} {t}", words::field(k))))
                    .collect();
                (!parts.is_empty()).then(|| parts.join(", "))
            }
        }
    }

    /// A string value as a word: a vocabulary key by its label, an id by its name.
    fn word(&self, list: &str, field: &str, s: &str) -> String {
        let label = match (list, field) {
            (_, "stance") => Stance::from_key(s).map(Stance::label),
            ("people", "stance_basis") => Basis::from_key(s).map(Basis::label),
            ("people", "status") => Status::from_key(s).map(Status::label),
            (_, "roles") => Role::from_key(s).map(Role::label),
            ("", "tier") => Tier::from_key(s).map(Tier::label),
            ("team", "function") => Function::from_key(s).map(Function::label),
            ("links", "kind") => LinkKind::from_key(s).map(LinkKind::label),
            ("demands", "kind") => DemandKind::from_key(s).map(DemandKind::label),
            ("deals", "stage") => DealStage::from_key(s).map(DealStage::label),
            ("deals", "process") => Process::from_key(s).map(Process::label),
            ("plan", "kind") => PlanKind::from_key(s).map(PlanKind::label),
            ("plan", "status") => PlanStatus::from_key(s).map(PlanStatus::label),
            ("plan", "owner") => return self.member(s),
            ("plan", "with") => return self.person(s),
            (_, "strength") => Strength::from_key(s).map(Strength::label),
            ("actions", "owner") | (_, "member") => return self.member(s),
            ("actions", "person") | ("links", "from" | "to") => return self.person(s),
            _ => None,
        };
        label.map_or_else(|| s.to_string(), str::to_lowercase)
    }

    /// A link for people: "Пётр Иванов reports to Olga", from its key `from>to>kind`.
    /// When either end is no longer known by any name, the history's label says it.
    fn link_from_key(&self, key: &str, strength: Option<&Value>, label: Option<&str>) -> String {
        let mut parts = key.splitn(3, '>');
        let (from, to, kind) =
            (parts.next().unwrap_or(key), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let ends_known = self.person_known(from).is_some() && self.person_known(to).is_some();
        if let Some(label) = label.or_else(|| self.label("links", key)).filter(|_| !ends_known) {
            return label.to_string();
        }
        // A kind the catalogue knows is said by its key (each language words it); another
        // one, from a newer file, reads as its key with spaces.
        let kind_word =
            LinkKind::from_key(kind).map_or_else(|| kind.replace('_', " "), |k| k.key().to_string());
        let (from, to) = (self.person(from), self.person(to));
        match strength.and_then(Value::as_str).filter(|_| kind == LinkKind::Influences.key()) {
            Some(s) => words::link_with_strength(&from, &kind_word, &to, &self.word("links", "strength", s)),
            None => words::link(&from, &kind_word, &to),
        }
    }

    /// A record for people, by its list and key ("Ольга Кузнецова (person)", "the link
    /// Пётр Иванов reports to Olga"); `value` is the record itself when there is one, and
    /// `label` how a history entry named it.
    fn record(&self, list: &str, key: &str, value: Option<&Value>, label: Option<&str>) -> String {
        let field = |f: &str| value.and_then(|v| v.get(f)).and_then(Value::as_str).and_then(given);
        let label = label.and_then(given);
        let kind = words::record_kind(list);
        match list {
            "people" => {
                let name = self
                    .people
                    .get(key)
                    .copied()
                    .or(field("name"))
                    .or(label)
                    .or_else(|| self.label(list, key));
                words::named(name.unwrap_or(key), &kind)
            }
            "team" => {
                let name =
                    self.team.get(key).copied().or(field("name")).or(label).or_else(|| self.label(list, key));
                words::named(name.unwrap_or(key), &kind)
            }
            "links" => {
                let key = match (field("from"), field("to"), field("kind")) {
                    (Some(f), Some(t), Some(k)) => format!("{f}>{t}>{k}"),
                    _ => key.to_string(),
                };
                words::the_link(&self.link_from_key(&key, value.and_then(|v| v.get("strength")), label))
            }
            "actions" => {
                let text =
                    field("text").or_else(|| self.follow_ups.get(key).copied()).or(label).unwrap_or(key);
                match (field("owner"), field("due")) {
                    (Some(o), Some(d)) => words::named(
                        &words::the_follow_up(text),
                        &words::follow_up_details(&self.member(o), d),
                    ),
                    _ => words::the_follow_up(text),
                }
            }
            "deals" => words::the_deal(
                field("name").or_else(|| self.deals.get(key).copied()).or(label).unwrap_or(key),
            ),
            "plan" => words::the_initiative(
                field("text").or_else(|| self.plan.get(key).copied()).or(label).unwrap_or(key),
            ),
            "demands" => {
                let text = field("text").or_else(|| self.demands.get(key).copied()).or(label).unwrap_or(key);
                match field("kind") {
                    Some(k) => words::named(&words::the_demand(text), &self.word(list, "kind", k)),
                    None => words::the_demand(text),
                }
            }
            _ => {
                let path = Path::record(list, key).to_string();
                match field("name").or(field("text")).or(label) {
                    Some(name) => words::named(&path, name),
                    None => path,
                }
            }
        }
    }

    /// Who or what a record's field belongs to, as the subject of a sentence.
    fn subject(&self, list: &str, key: &str) -> Option<String> {
        Some(match list {
            "people" => self.person(key),
            "team" => words::team_member(&self.member(key)),
            "links" => self.link_from_key(key, None, None),
            "actions" => words::the_follow_up(self.follow_ups.get(key).copied().unwrap_or(key)),
            "demands" => words::the_demand(self.demands.get(key).copied().unwrap_or(key)),
            "deals" => words::the_deal(self.deals.get(key).copied().unwrap_or(key)),
            "plan" => words::the_initiative(self.plan.get(key).copied().unwrap_or(key)),
            _ => return None,
        })
    }

    /// "stance skeptic → neutral": a field moving, its values in words.
    fn moved(&self, list: &str, field: &str, from: Option<&Value>, to: Option<&Value>) -> String {
        let text = |v: Option<&Value>| v.and_then(|v| self.value(list, field, v));
        words::moved(&words::field(field), text(from).as_deref(), text(to).as_deref())
    }

    /// The coverage of a person going from `before` to `after` (member, strength):
    /// "Omar Haddad now covers them (medium)", "no longer covered by Omar", "coverage:
    /// Anna Berg weak → strong".
    fn coverage(&self, before: &[(String, String)], after: &[(String, String)]) -> String {
        let mut parts = Vec::new();
        for (m, _) in before {
            if !after.iter().any(|(n, _)| n == m) {
                parts.push(words::no_longer_covered(&self.member(m)));
            }
        }
        for (m, s) in after {
            match before.iter().find(|(n, _)| n == m) {
                None => parts.push(words::covers_now(&self.member(m), s)),
                Some((_, old)) if old != s => parts.push(words::coverage_moved(&self.member(m), old, s)),
                Some(_) => {}
            }
        }
        if parts.is_empty() { words::coverage_same() } else { words::and(&parts) }
    }
}

/// A coverage strength in words (the format's default, medium, when unsaid).
fn strength_of(v: Option<&Value>) -> String {
    let s = v.and_then(Value::as_str).and_then(Strength::from_key).unwrap_or_default();
    s.label().to_lowercase()
}

/// A coverage value (a list of `{member, strength}`, or one of them) as (member, strength).
fn coverage_list(v: Option<&Value>) -> Vec<(String, String)> {
    let one = |c: &Value| {
        c.get("member").and_then(Value::as_str).map(|m| (m.to_string(), strength_of(c.get("strength"))))
    };
    match v {
        Some(Value::Array(items)) => items.iter().filter_map(one).collect(),
        Some(c @ Value::Object(_)) => one(c).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// A history entry in parts, so a screen can lay them out (a person's own history
/// needs no name on each line); [`EntryText::sentence`] puts them together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryText {
    /// Whom the change is about, for a change of a person's field: their name. `None`
    /// for a record added or removed (the sentence names it) and for the account.
    pub subject: Option<String>,
    /// What changed: "stance skeptic → neutral", "added Ольга Кузнецова (person)".
    pub what: String,
    /// Who made it: a team member's name, or the free name the entry gives.
    pub by: Option<String>,
    /// The note given with the change.
    pub note: Option<String>,
}

impl EntryText {
    /// The whole sentence: `Ольга Кузнецова: stance skeptic → neutral (Anna Berg) —
    /// "Backed our proposal"`.
    pub fn sentence(&self) -> String {
        match &self.subject {
            Some(s) => self.finish(words::about(s, &self.what)),
            None => self.finish(self.what.clone()),
        }
    }

    /// The sentence without whom it is about, for a list under that person's name:
    /// `stance skeptic → neutral (Anna Berg) — "Backed our proposal"`.
    pub fn without_subject(&self) -> String {
        self.finish(self.what.clone())
    }

    fn finish(&self, mut s: String) -> String {
        if let Some(by) = &self.by {
            s = words::by(&s, by);
        }
        if let Some(note) = &self.note {
            s = words::noted(&s, note);
        }
        s
    }
}

/// A history entry in words, with the names of `names`' account.
pub fn entry_text(names: &Names, e: &HistoryEntry) -> EntryText {
    let by = e.by.as_deref().and_then(given).map(|b| names.by(b));
    let note = e.note.as_deref().and_then(given).map(str::to_string);
    if let Some(record) = e.record.as_deref() {
        let path: Path = record.parse().unwrap_or_else(|_| Path::field(record));
        let what = match path.segments() {
            [list, key] => names.record(list, key, None, e.label.as_deref()),
            _ => e.label.as_deref().and_then(given).unwrap_or(record).to_string(),
        };
        let what = match e.change.as_deref() {
            Some("added") => words::added(&what),
            Some("removed") => words::removed(&what),
            // A verb of a newer dmu, which this one has no words for: as the file says it.
            Some(how) if how != "changed" => format!("{how} {what}"),
            _ => words::record_changed(&what),
        };
        return EntryText { subject: None, what, by, note };
    }
    let subject = e.person.as_deref().map(|p| names.person(p));
    let list = if e.person.is_some() { "people" } else { "" };
    let what = match e.field.as_deref() {
        Some("coverage") if e.person.is_some() => {
            names.coverage(&coverage_list(e.from.as_ref()), &coverage_list(e.to.as_ref()))
        }
        Some(field) => names.moved(list, field, e.from.as_ref(), e.to.as_ref()),
        None => words::changed(),
    };
    EntryText { subject, what, by, note }
}

/// A history entry as one sentence within its account: `Ольга Кузнецова: stance
/// skeptic → neutral (Anna Berg) — "Backed our proposal"`. To describe many entries of
/// one account, build [`Names`] once and use [`entry_text`].
pub fn describe_entry(account: &Account, e: &HistoryEntry) -> String {
    entry_text(&Names::new(account), e).sentence()
}

/// A change of a change set in words, with the names of both versions
/// ([`Names::of_both`]): "Пётр Иванов: title Engineer → Chief Engineer", "added the
/// link Пётр Иванов reports to Olga", "visits/d1/stage: qualify → propose".
pub fn change_text(names: &Names, c: &Change) -> String {
    let (b, a) = (c.before.as_ref(), c.after.as_ref());
    match c.path.segments() {
        [field] => names.moved("", field, b, a),
        [list, key] => record_change(names, list, key, b, a),
        [list, key, field] => match names.subject(list, key) {
            Some(subject) => words::about(&subject, &names.moved(list, field, b, a)),
            None => moved_at(names, &c.path, b, a),
        },
        [list, key, field, _member] if list == "people" && field == "coverage" => {
            words::about(&names.person(key), &names.coverage(&coverage_list(b), &coverage_list(a)))
        }
        _ => moved_at(names, &c.path, b, a),
    }
}

/// "visits/d1/stage: qualify → propose": a value known only by where it is.
fn moved_at(names: &Names, path: &Path, b: Option<&Value>, a: Option<&Value>) -> String {
    let s = path.segments();
    let (list, field) = (s.first().map_or("", String::as_str), s.last().map_or("", String::as_str));
    let text = |v: Option<&Value>| v.and_then(|v| names.value(list, field, v));
    words::moved_at(&path.to_string(), text(b).as_deref(), text(a).as_deref())
}

fn record_change(names: &Names, list: &str, key: &str, b: Option<&Value>, a: Option<&Value>) -> String {
    match list {
        "history" => {
            let entry = a.or(b).and_then(|v| serde_json::from_value::<HistoryEntry>(v.clone()).ok());
            if let Some(e) = entry {
                let s = entry_text(names, &e).sentence();
                return if a.is_some() { words::history_added(&s) } else { words::history_removed(&s) };
            }
        }
        "conflicts" => {
            let conflict = a.or(b).and_then(|v| serde_json::from_value::<Conflict>(v.clone()).ok());
            if let Some(c) = conflict {
                return if a.is_some() {
                    words::conflict_added(&conflict_text(names, &c))
                } else {
                    words::conflict_decided(&c.path)
                };
            }
        }
        _ => {}
    }
    let what = names.record(list, key, a.or(b), None);
    match (b, a) {
        (None, _) => words::added(&what),
        (_, None) => words::removed(&what),
        _ => words::record_changed(&what),
    }
}

/// [`change_text`] for one change between two versions of an account.
pub fn describe_change(before: &Account, after: &Account, c: &Change) -> String {
    change_text(&Names::of_both(before, after), c)
}

/// Where a conflict is, for people, and the list and field its values belong to (so
/// that they read as words: `people`, `stance`).
fn conflict_parts(names: &Names, c: &Conflict) -> (String, String, String) {
    let path: Path = c.path.parse().unwrap_or_else(|_| Path::field(&c.path));
    let (place, list, field) = match path.segments() {
        [field] => (words::field(field).into_owned(), "", field.as_str()),
        [list, key] => (names.record(list, key, None, None), list.as_str(), ""),
        [list, key, field, ..] => match names.subject(list, key) {
            Some(s) => (words::field_of(&s, &words::field(field)), list.as_str(), field.as_str()),
            None => (c.path.clone(), list.as_str(), field.as_str()),
        },
        _ => (c.path.clone(), "", ""),
    };
    (place, list.to_string(), field.to_string())
}

/// Where a merge conflict is, for people: "stance of Пётр Иванов", "Ольга Кузнецова
/// (person)", "name".
pub fn conflict_place(names: &Names, c: &Conflict) -> String {
    conflict_parts(names, c).0
}

/// One of a conflict's values (`ours`, `theirs` or `base`) in words, as
/// [`conflict_text`] says it: "supporter", "(none)" for a value absent or a record
/// deleted.
pub fn conflict_value(names: &Names, c: &Conflict, v: &Value) -> String {
    let (_, list, field) = conflict_parts(names, c);
    names.value(&list, &field, v).unwrap_or_else(words::none)
}

/// A merge conflict in words: "stance of Пётр Иванов: kept neutral (ours), the other
/// was supporter (theirs)".
pub fn conflict_text(names: &Names, c: &Conflict) -> String {
    let place = conflict_place(names, c);
    let text = |v: &Value| conflict_value(names, c, v);
    let (kept, other, other_side) =
        if c.kept == "theirs" { (&c.theirs, &c.ours, "ours") } else { (&c.ours, &c.theirs, "theirs") };
    words::conflict(&place, &text(kept), &words::side(&c.kept), &text(other), &words::side(other_side))
}

/// [`conflict_text`] within one account.
pub fn describe_conflict(account: &Account, c: &Conflict) -> String {
    conflict_text(&Names::new(account), c)
}
