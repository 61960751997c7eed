//! A file that is JSON but not a valid account is read a second time, leniently: each
//! field is checked against the format on its own (its kind of value, its words, its
//! dates), so that every problem is found, each at its own value, where serde stops at
//! the first and names the end of the object it was reading. The values found wrong are
//! then left out (or, where the format requires one, stood in for), and the account's
//! rules are checked on what remains.
//!
//! Only a file whose strict reading failed pays for this, so loading a valid file stays
//! one pass. Each leaf value is judged by serde itself (deserialising that value alone
//! into the type the record holds), so the lenient reading accepts exactly what the
//! strict one does; the tables below only say which fields a record has.

use super::probe::found;
use super::serde_words::{plain, word_wanted};
use crate::model::{
    Account, Basis, Date, DemandKind, Function, Influence, LinkKind, Role, Stance, Status, Strength, Tier,
    validate,
};
use crate::store::locate::Locator;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::{Map, Value};

/// One problem, named by the JSON pointer of its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Problem {
    pub pointer: String,
    pub message: String,
}

/// What the lenient reading found.
pub(super) struct Lenient {
    /// Every problem: values of the wrong kind and broken rules, in file order.
    pub problems: Vec<Problem>,
    /// The account without its wrong values, when its `id` is usable.
    pub account: Option<Account>,
}

/// Every problem of a text that is JSON; `None` when it is not JSON at all (the strict
/// error says best what is wrong with it then).
pub(super) fn check(text: &str, loc: &mut Locator<'_>) -> Option<Lenient> {
    let mut value: Value = serde_json::from_str(text).ok()?;
    let mut walk = Walk { loc, problems: Vec::new(), spoilt: Vec::new(), missing: Vec::new() };
    walk.record(&account(), &mut value, "");
    let Walk { loc, mut problems, spoilt, missing } = walk;
    let account: Option<Account> = serde::Deserialize::deserialize(&value).ok();
    if let Some(a) = &account {
        // Rules are judged on what could be read. A rule broken inside a record with a
        // wrong value may be the stand-in's doing, so it waits until that is fixed; and
        // when a whole list of people or of the team could not be read, no reference to
        // one of them can be judged.
        let gone: Vec<&str> =
            ["/people", "/team"].into_iter().filter(|l| spoilt.iter().any(|s| s == l)).collect();
        problems.extend(
            validate(a).into_iter().map(|p| Problem { pointer: p.pointer, message: p.message }).filter(|p| {
                !spoilt.iter().any(|s| related(s, &p.pointer))
                    && !gone.iter().any(|g| refers_to(&p.pointer, g))
            }),
        );
    }
    let id_usable = !spoilt.iter().any(|s| s.is_empty() || s == "/id");
    // In file order; a field missing from a record comes after what the record holds
    // (it is reported at the record's `{`, but found at its `}`).
    let mut placed: Vec<(usize, Problem)> = problems
        .into_iter()
        .enumerate()
        .map(|(k, p)| {
            let at = loc.offset(&p.pointer).map_or(0, |(at, _)| at);
            let end = if missing.contains(&k) { loc.raw(&p.pointer).map_or(0, str::len) } else { 0 };
            (at + end, p)
        })
        .collect();
    placed.sort_by_key(|(at, _)| *at);
    Some(Lenient {
        problems: placed.into_iter().map(|(_, p)| p).collect(),
        account: account.filter(|_| id_usable),
    })
}

/// The record a pointer is in (`/people/3` for `/people/3/influence` and for
/// `/people/3/roles/1`); a top-level field is its own.
fn record_of(pointer: &str) -> &str {
    const LISTS: [&str; 6] = ["team", "people", "links", "actions", "demands", "coverage"];
    let parts: Vec<&str> = pointer.split('/').collect();
    let mut end = None;
    for i in (2..parts.len()).rev() {
        if LISTS.contains(&parts[i - 1])
            && !parts[i].is_empty()
            && parts[i].bytes().all(|c| c.is_ascii_digit())
        {
            end = Some(i);
            break;
        }
    }
    match end {
        Some(i) => {
            let len: usize = parts[..=i].iter().map(|p| p.len()).sum::<usize>() + i;
            &pointer[..len]
        }
        None => pointer,
    }
}

/// Whether one pointer is the other or inside it.
fn related(a: &str, b: &str) -> bool {
    let inside = |x: &str, y: &str| x.strip_prefix(y).is_some_and(|r| r.is_empty() || r.starts_with('/'));
    inside(a, b) || inside(b, a)
}

/// Whether a broken rule is about an id of `list` (`/people` or `/team`), which could
/// not be read at all.
fn refers_to(pointer: &str, list: &str) -> bool {
    let parts: Vec<&str> = pointer.split('/').collect();
    match list {
        "/people" => {
            matches!(parts.as_slice(), ["", "links", _, "from" | "to"] | ["", "actions", _, "person"])
        }
        _ => matches!(
            parts.as_slice(),
            ["", "people", _, "coverage", _, "member"] | ["", "actions", _, "owner"]
        ),
    }
}

/// Whether serde reads the value as a `T`, and its words when not.
type Check = fn(&Value) -> Result<(), String>;

fn is<T: DeserializeOwned>(v: &Value) -> Result<(), String> {
    T::deserialize(v).map(drop).map_err(|e| e.to_string())
}

#[derive(Clone, Copy)]
enum Mode {
    /// Must be there; when it is missing or wrong, the account read holds this value
    /// in its place (the pointer makes ids unique, and no reference can name them).
    Required(fn(&str) -> Value),
    /// May be left out, not `null` (a field with a default, a list).
    Default,
    /// May be left out or `null`.
    Optional,
}

enum Kind {
    /// A value serde judges.
    Leaf(Check),
    /// One of the words of a vocabulary.
    Word(Vec<String>, Check),
    /// A list of such words.
    Words(Vec<String>, Check),
    /// A list of records.
    Records(fn() -> Rec),
}

struct Field {
    key: &'static str,
    mode: Mode,
    kind: Kind,
}

/// A record of the format: serde's check for a value that is not an object (its
/// message names the record), and the fields.
struct Rec {
    what: Check,
    fields: Vec<Field>,
}

fn field(key: &'static str, mode: Mode, kind: Kind) -> Field {
    Field { key, mode, kind }
}

fn word<T: DeserializeOwned + std::fmt::Display>(all: &[T]) -> Kind {
    Kind::Word(all.iter().map(T::to_string).collect(), is::<T>)
}

fn words<T: DeserializeOwned + std::fmt::Display>(all: &[T]) -> Kind {
    Kind::Words(all.iter().map(T::to_string).collect(), is::<T>)
}

fn an_id(pointer: &str) -> Value {
    Value::String(format!("\u{0}{pointer}"))
}

fn blank(_: &str) -> Value {
    Value::String(String::new())
}

fn a_day(_: &str) -> Value {
    Value::String("1970-01-01".into())
}

fn version(_: &str) -> Value {
    Value::from(crate::model::SCHEMA)
}

fn influences(_: &str) -> Value {
    Value::String(LinkKind::Influences.key().into())
}

// The fields of each record, as `model::account` declares them.
use Kind::{Leaf, Records};
use Mode::{Default, Optional, Required};

fn account() -> Rec {
    Rec {
        what: is::<Account>,
        fields: vec![
            field("schema", Required(version), Leaf(is::<u64>)),
            field("id", Required(an_id), Leaf(is::<String>)),
            field("name", Required(blank), Leaf(is::<String>)),
            field("industry", Optional, Leaf(is::<String>)),
            field("tier", Default, word(Tier::ALL)),
            field("currency", Optional, Leaf(is::<String>)),
            field("annual_revenue", Optional, Leaf(is::<serde_json::Number>)),
            field("potential", Optional, Leaf(is::<serde_json::Number>)),
            field("notes", Optional, Leaf(is::<String>)),
            field("team", Default, Records(member)),
            field("people", Default, Records(person)),
            field("links", Default, Records(link)),
            field("actions", Default, Records(follow_up)),
            field("demands", Default, Records(demand)),
            field("history", Default, Leaf(is::<Vec<crate::model::HistoryEntry>>)),
            field("conflicts", Default, Leaf(is::<Vec<crate::model::Conflict>>)),
            field("deals", Default, Leaf(is::<Vec<crate::model::Deal>>)),
            field("plan", Default, Leaf(is::<Vec<crate::model::PlanItem>>)),
            field("margin", Optional, Leaf(is::<serde_json::Number>)),
        ],
    }
}

fn member() -> Rec {
    Rec {
        what: is::<crate::model::TeamMember>,
        fields: vec![
            field("id", Required(an_id), Leaf(is::<String>)),
            field("name", Required(blank), Leaf(is::<String>)),
            field("function", Default, word(Function::ALL)),
        ],
    }
}

fn person() -> Rec {
    Rec {
        what: is::<crate::model::Person>,
        fields: vec![
            field("id", Required(an_id), Leaf(is::<String>)),
            field("name", Required(blank), Leaf(is::<String>)),
            field("title", Optional, Leaf(is::<String>)),
            field("department", Optional, Leaf(is::<String>)),
            field("roles", Default, words(Role::ALL)),
            field("stance", Default, word(Stance::ALL)),
            field("influence", Default, Leaf(is::<Influence>)),
            field("coverage", Default, Records(coverage)),
            field("last_contact", Optional, Leaf(is::<Date>)),
            field("notes", Optional, Leaf(is::<String>)),
            field("stance_basis", Optional, word(Basis::ALL)),
            field("stance_on", Optional, Leaf(is::<Date>)),
            field("status", Optional, word(Status::ALL)),
            field("status_on", Optional, Leaf(is::<Date>)),
            field("favours", Optional, Leaf(is::<String>)),
            field("email", Optional, Leaf(is::<String>)),
            field("phone", Optional, Leaf(is::<String>)),
            field("external_ids", Optional, Leaf(is::<std::collections::BTreeMap<String, String>>)),
        ],
    }
}

fn coverage() -> Rec {
    Rec {
        what: is::<crate::model::Coverage>,
        fields: vec![
            field("member", Required(an_id), Leaf(is::<String>)),
            field("strength", Default, word(Strength::ALL)),
        ],
    }
}

fn link() -> Rec {
    Rec {
        what: is::<crate::model::Link>,
        fields: vec![
            field("from", Required(an_id), Leaf(is::<String>)),
            field("to", Required(an_id), Leaf(is::<String>)),
            field("kind", Required(influences), word(LinkKind::ALL)),
            field("strength", Optional, word(Strength::ALL)),
        ],
    }
}

fn follow_up() -> Rec {
    Rec {
        what: is::<crate::model::FollowUp>,
        fields: vec![
            field("id", Required(an_id), Leaf(is::<String>)),
            field("text", Required(blank), Leaf(is::<String>)),
            field("owner", Required(an_id), Leaf(is::<String>)),
            field("person", Optional, Leaf(is::<String>)),
            field("due", Required(a_day), Leaf(is::<Date>)),
            field("done", Optional, Leaf(is::<Date>)),
        ],
    }
}

fn demand() -> Rec {
    Rec {
        what: is::<crate::model::Demand>,
        fields: vec![
            field("id", Required(an_id), Leaf(is::<String>)),
            field("date", Required(a_day), Leaf(is::<Date>)),
            field("text", Required(blank), Leaf(is::<String>)),
            field("kind", Default, word(DemandKind::ALL)),
            field("granted", Default, Leaf(is::<bool>)),
        ],
    }
}

/// serde's words in the words of the format.
fn said(serde: &str) -> String {
    plain(serde).unwrap_or_else(|| serde.to_string())
}

struct Walk<'l, 't> {
    loc: &'l mut Locator<'t>,
    problems: Vec<Problem>,
    /// The records (or top-level fields) holding a wrong value.
    spoilt: Vec<String>,
    /// Which of the problems are fields missing from their record.
    missing: Vec<usize>,
}

impl Walk<'_, '_> {
    fn problem(&mut self, pointer: &str, message: String) {
        self.problems.push(Problem { pointer: pointer.to_string(), message });
    }

    /// Rules broken at or inside `pointer` (or around it) wait until its wrong value is
    /// fixed.
    fn spoil(&mut self, pointer: &str) {
        if self.spoilt.last().is_none_or(|s| s != pointer) {
            self.spoilt.push(pointer.to_string());
        }
    }

    /// Checks a record, leaving out its wrong values and standing in for the required
    /// ones; a value that is not an object at all becomes a record of stand-ins.
    fn record(&mut self, rec: &Rec, v: &mut Value, pointer: &str) {
        let Value::Object(map) = v else {
            let message = (rec.what)(v).err().map_or_else(|| crate::t!("store-lenient-object"), |e| said(&e));
            self.problem(pointer, message);
            self.spoil(pointer);
            *v = Value::Object(stand_in(rec, pointer));
            return;
        };
        for f in &rec.fields {
            let at = format!("{pointer}/{}", f.key);
            let keep = match map.get_mut(f.key) {
                None => {
                    if let Required(instead) = f.mode {
                        self.missing.push(self.problems.len());
                        self.problem(pointer, said(&format!("missing field `{}`", f.key)));
                        map.insert(f.key.to_string(), instead(&at));
                        // A stand-in id or name would show in the record's other messages.
                        self.spoil(record_of(&at));
                    }
                    continue;
                }
                Some(Value::Null) if matches!(f.mode, Optional) => true,
                Some(value) => self.value(&f.kind, value, &at),
            };
            if !keep {
                match f.mode {
                    Required(instead) => {
                        map.insert(f.key.to_string(), instead(&at));
                        self.spoil(record_of(&at));
                    }
                    _ => {
                        // Left out, the field takes its default, which breaks no rule.
                        map.remove(f.key);
                        self.spoil(&at);
                    }
                }
            }
        }
    }

    /// Checks a field's value, saying what is wrong; `false` when it cannot be kept.
    fn value(&mut self, kind: &Kind, v: &mut Value, at: &str) -> bool {
        match kind {
            Leaf(check) => match check(v) {
                Ok(()) => true,
                Err(e) => {
                    self.problem(at, said(&e));
                    false
                }
            },
            Kind::Word(allowed, check) => match check(v) {
                Ok(()) => true,
                Err(e) => {
                    let message = self.not_a_word(allowed, v, at, &e);
                    self.problem(at, message);
                    false
                }
            },
            Kind::Words(allowed, check) => {
                let Value::Array(items) = v else { return self.not_a_list(v, at) };
                let mut good = Vec::with_capacity(items.len());
                for (j, item) in items.iter().enumerate() {
                    let item_at = format!("{at}/{j}");
                    let ok = match check(item) {
                        Ok(()) => true,
                        Err(e) => {
                            let message = self.not_a_word(allowed, item, &item_at, &e);
                            self.problem(&item_at, message);
                            false
                        }
                    };
                    good.push(ok);
                }
                if good.contains(&false) {
                    // The words after a wrong one move up: their places no longer hold.
                    self.spoil(at);
                    let mut good = good.into_iter();
                    items.retain(|_| good.next().unwrap_or(false));
                }
                true
            }
            Records(rec) => {
                let Value::Array(items) = v else { return self.not_a_list(v, at) };
                let rec = rec();
                for (j, item) in items.iter_mut().enumerate() {
                    self.record(&rec, item, &format!("{at}/{j}"));
                }
                true
            }
        }
    }

    fn not_a_list(&mut self, v: &Value, at: &str) -> bool {
        let message =
            is::<Vec<IgnoredAny>>(v).err().map_or_else(|| crate::t!("store-lenient-list"), |e| said(&e));
        self.problem(at, message);
        false
    }

    /// The words for a value where a word of the format belongs: serde's for text it
    /// does not know (it lists the words), the list of words for any other value.
    fn not_a_word(&mut self, allowed: &[String], v: &Value, at: &str, serde: &str) -> String {
        if v.is_string() {
            return said(serde);
        }
        let raw = self.loc.raw(at).map_or_else(|| v.to_string(), str::to_string);
        let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
        word_wanted(&allowed, &found(&raw)).unwrap_or_else(|| said(serde))
    }
}

/// A record of stand-ins for a value that was no record at all.
fn stand_in(rec: &Rec, pointer: &str) -> Map<String, Value> {
    rec.fields
        .iter()
        .filter_map(|f| match f.mode {
            Required(instead) => Some((f.key.to_string(), instead(&format!("{pointer}/{}", f.key)))),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../../assets/demo.json");

    /// The pointer of every value in `v`.
    fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| pointers(x, format!("{at}/{k}"), out)),
            Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
            _ => {}
        }
        out.push(at);
    }

    fn lenient(text: &str) -> Lenient {
        check(text, &mut Locator::new(text)).expect("the text is JSON")
    }

    /// The lenient reading accepts exactly what the strict one does: each value of the
    /// demo, replaced by values of every kind or left out, fails the strict reading
    /// exactly when the lenient one finds a problem the rules alone do not; and what
    /// it reads is an account whenever its id was not touched.
    #[test]
    fn the_lenient_reading_agrees_with_the_strict_one_on_every_value_of_the_demo() {
        let demo: Value = serde_json::from_str(DEMO).unwrap();
        let mut all = Vec::new();
        pointers(&demo, String::new(), &mut all);
        let replacements: Vec<Value> =
            ["5", "-1", "2.5", "\"x\"", "\"\"", "null", "[]", "{}", "true", "\"2026-02-30\""]
                .iter()
                .map(|t| serde_json::from_str(t).unwrap())
                .collect();
        let mut tried = 0;
        for at in all.iter().filter(|p| !p.is_empty()) {
            let (parent, key) = at.rsplit_once('/').unwrap();
            let mut variants: Vec<Value> = replacements
                .iter()
                .map(|r| {
                    let mut v = demo.clone();
                    *v.pointer_mut(at).unwrap() = r.clone();
                    v
                })
                .collect();
            if let Some(Value::Object(m)) = demo.clone().pointer_mut(parent) {
                m.remove(key);
                let mut v = demo.clone();
                *v.pointer_mut(parent).unwrap() = Value::Object(m.clone());
                variants.push(v);
            }
            for v in variants {
                tried += 1;
                let text = serde_json::to_string_pretty(&v).unwrap();
                let found = lenient(&text);
                assert!(
                    found.problems.iter().all(|p| !p.message.contains('\u{0}')),
                    "{at}: {:?}",
                    found.problems
                );
                match serde_json::from_str::<Account>(&text) {
                    Ok(a) => {
                        let rules: Vec<Problem> = validate(&a)
                            .into_iter()
                            .map(|p| Problem { pointer: p.pointer, message: p.message })
                            .collect();
                        let mut found = found.problems.clone();
                        found.sort_by(|a, b| a.pointer.cmp(&b.pointer));
                        let mut rules = rules;
                        rules.sort_by(|a, b| a.pointer.cmp(&b.pointer));
                        assert_eq!(found, rules, "{at} in {text}");
                    }
                    Err(e) => {
                        assert!(!found.problems.is_empty(), "{at}: strict says {e}, lenient nothing");
                        if at != "/id" {
                            assert!(found.account.is_some(), "{at}: {:?}", found.problems);
                        }
                    }
                }
            }
        }
        assert!(tried > 1000, "{tried}");
    }

    #[test]
    fn every_problem_is_found_at_its_own_value() {
        let text = "{\"schema\": 1, \"id\": \"a\", \"name\": \"A\", \"tier\": \"gold\",\n \"people\": [\n  {\"id\": \"p\", \"name\": \"P\", \"influence\": \"high\", \"last_contact\": \"2026-02-30\"},\n  {\"id\": \"q\"},\n  {\"id\": \"r\", \"name\": \"R\", \"influence\": 7}\n ]}\n";
        let found = lenient(text);
        let got: Vec<(&str, &str)> =
            found.problems.iter().map(|p| (p.pointer.as_str(), p.message.as_str())).collect();
        assert_eq!(
            got,
            [
                ("/tier", "`gold` is not allowed here; use one of key, growth, maintain or prospect"),
                ("/people/0/influence", "this should be a whole number, not the text \"high\""),
                ("/people/0/last_contact", "2026-02-30: February 2026 has 28 days"),
                ("/people/1", "the required field `name` is missing"),
                ("/people/2/influence", "influence of R (r) is 7; it must be 1 to 5"),
            ]
        );
        assert_eq!(found.account.map(|a| a.id), Some("a".into()));
    }

    #[test]
    fn a_pointer_belongs_to_its_record() {
        assert_eq!(record_of("/people/3/influence"), "/people/3");
        assert_eq!(record_of("/people/3/coverage/0/member"), "/people/3/coverage/0");
        assert_eq!(record_of("/people/3/roles/1"), "/people/3");
        assert_eq!(record_of("/links/12/to"), "/links/12");
        assert_eq!(record_of("/people"), "/people");
        assert_eq!(record_of("/people/3"), "/people/3");
        assert_eq!(record_of("/tier"), "/tier");
        assert_eq!(record_of(""), "");
        assert!(related("/people/3", "/people/3/name"));
        assert!(related("/links/2", "/links/2"));
        assert!(!related("/people/3", "/people/30"));
    }
}
