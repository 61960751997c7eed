//! How a person's judgement moved, for the person panel: a trend line for the stance
//! ("unknown → skeptic → neutral ↑", with the last change's day and who) and for the
//! influence ("3 → 4"), and their last few history entries, newest first, in the
//! sentences of [`crate::change`].
//!
//! What it costs: the account's history is indexed by person once per session
//! generation ([`HistoryIndex`]; an edit that only adds entries at the end extends it),
//! and the panel's lines are worked out when the selection or the generation changes
//! ([`PersonHistory::sync`]), from that person's entries alone: moving down the table
//! of a 10,000-entry account costs what the selected person's entries cost, and a frame
//! costs nothing more than drawing them.

use crate::change::timeline::{format_time, parse_time};
use crate::change::{Names, entry_text};
use crate::model::{Account, FxHashMap, HistoryEntry, Index, Stance};
use crate::text::inert;
use crate::tui::history_words as w;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};
use serde_json::Value;

/// Entries the panel lists at most.
pub const SHOWN: usize = 6;
/// Values a trend line shows at most (earlier ones are left out, with "…").
pub const TREND: usize = 5;

/// The account's history by person: each person's entries (changes of their fields,
/// their being added or removed, links from them) as positions in `history`, in time
/// order.
#[derive(Debug, Clone, Default)]
pub struct HistoryIndex {
    generation: Option<u64>,
    /// How many entries were indexed, and the id of the last, to tell an edit that
    /// only added entries at the end (extend) from any other (index again).
    len: usize,
    last_id: Option<String>,
    by_person: FxHashMap<String, Vec<(i64, usize)>>,
}

/// The person an entry is about, if any.
fn about(e: &HistoryEntry) -> Option<&str> {
    e.person.as_deref().or_else(|| e.record.as_deref()?.strip_prefix("people/"))
}

impl HistoryIndex {
    /// Catches up with the account at `generation`; false when it had already.
    pub fn sync(&mut self, account: &Account, generation: u64) -> bool {
        if self.generation == Some(generation) {
            return false;
        }
        self.generation = Some(generation);
        let h = &account.history;
        let appended = h.len() >= self.len
            && (self.len == 0 || h.get(self.len - 1).map(|e| &e.id) == self.last_id.as_ref());
        if !appended {
            self.by_person.clear();
            self.len = 0;
        }
        for (i, e) in h.iter().enumerate().skip(self.len) {
            let Some(p) = about(e) else { continue };
            let t = parse_time(&e.at).unwrap_or(i64::MAX);
            let list = self.by_person.entry(p.to_string()).or_default();
            let sorted = list.last().is_none_or(|&last| last <= (t, i));
            list.push((t, i));
            if !sorted {
                list.sort_unstable();
            }
        }
        self.len = h.len();
        self.last_id = h.last().map(|e| e.id.clone());
        true
    }

    /// A person's entries, by position in the history, in time order.
    pub fn of(&self, person: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.by_person.get(person).into_iter().flatten().map(|&(_, i)| i)
    }

    /// How many entries are about a person.
    pub fn count(&self, person: &str) -> usize {
        self.by_person.get(person).map_or(0, Vec::len)
    }
}

/// A small account holding what the sentences of `entries` need to name things: the
/// team, the people the entries name (the person, a link's ends) and the entries
/// themselves (a removed record's label). Naming with it costs what the entries cost,
/// not what the account does.
pub fn names_for<'e>(
    account: &Account,
    index: &Index,
    entries: impl IntoIterator<Item = &'e HistoryEntry>,
) -> Account {
    let mut scratch = Account::new(account.id.clone(), account.name.clone());
    scratch.team = account.team.clone();
    let mut seen: Vec<&str> = Vec::new();
    for e in entries {
        let link = e.record.as_deref().and_then(|r| r.strip_prefix("links/"));
        let ends = link.map(|k| k.splitn(3, '>').take(2).collect::<Vec<_>>()).unwrap_or_default();
        for id in e.person.as_deref().into_iter().chain(ends) {
            if seen.contains(&id) {
                continue;
            }
            if let Some(i) = index.person(id) {
                scratch.people.push(account.people[i].clone());
            }
            seen.push(id);
        }
        scratch.history.push(e.clone());
    }
    scratch
}

/// The day of an entry's time, for people (UTC), as the language writes days:
/// `2026-11-27`, `27.11.2026`.
fn day_of(at: &str) -> String {
    parse_time(at).map_or_else(|| at.to_string(), |t| super::show_day(&format_time(t)[..10]))
}

/// How one field moved: its values, oldest first, and its last change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trend {
    /// The values in words, the same one never twice in a row.
    pub values: Vec<String>,
    /// Whether earlier values were left out.
    pub earlier: bool,
    /// Up or down with the last change (the stance only).
    pub arrow: Option<&'static str>,
    /// The day of the last change.
    pub day: String,
    /// Who made it.
    pub by: Option<String>,
}

/// One entry as the panel lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// Its day.
    pub day: String,
    /// What changed, without the person's name ("stance skeptic → neutral").
    pub what: String,
    /// Who made it.
    pub by: Option<String>,
    /// The note given with it.
    pub note: Option<String>,
}

/// What the panel shows of a person's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    /// Whose: the person's id.
    pub person: String,
    /// The generation it was worked out at.
    generation: u64,
    /// How the stance moved, when it did.
    pub stance: Option<Trend>,
    /// How the influence moved, when it did.
    pub influence: Option<Trend>,
    /// The last entries, newest first.
    pub entries: Vec<Shown>,
    /// How many entries are about them in all.
    pub total: usize,
}

/// A stance's place on the scale, for the arrow (unknown sits with neutral).
fn warmth(key: &str) -> Option<u8> {
    Stance::from_key(key).map(super::pull_whatif::rank)
}

/// The trend of `field` over a person's last changes of it (`of_field`, time order, one
/// more than [`TREND`] when there were earlier ones), its values said by `word`.
fn trend(
    of_field: &[&HistoryEntry],
    field: &str,
    names: &Names,
    word: impl Fn(Option<&Value>) -> String,
) -> Option<Trend> {
    let last = *of_field.last()?;
    let tail = &of_field[of_field.len().saturating_sub(TREND)..];
    let mut keys: Vec<Option<&Value>> = vec![tail[0].from.as_ref()];
    keys.extend(tail.iter().map(|e| e.to.as_ref()));
    let mut values: Vec<String> = Vec::new();
    let mut raw: Vec<Option<&Value>> = Vec::new();
    for k in keys {
        let v = word(k);
        if values.last() != Some(&v) {
            values.push(v);
            raw.push(k);
        }
    }
    if values.len() < 2 {
        return None;
    }
    let key = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or(Stance::Unknown.key()).to_string();
    let arrow = (field == "stance")
        .then(|| {
            let (a, b) = (warmth(&key(raw[raw.len() - 2]))?, warmth(&key(raw[raw.len() - 1]))?);
            (a != b).then_some(if b > a { w::ROSE } else { w::FELL })
        })
        .flatten();
    let by = last.by.as_deref().filter(|b| !b.trim().is_empty()).map(|b| names.by(b));
    Some(Trend { values, earlier: of_field.len() > tail.len(), arrow, day: day_of(&last.at), by })
}

impl Judgement {
    /// Works out the panel's history for the person at `pos`.
    pub fn of(
        account: &Account,
        index: &Index,
        history: &HistoryIndex,
        pos: usize,
        generation: u64,
    ) -> Judgement {
        let id = &account.people[pos].id;
        // From the newest back, only as far as the panel needs: its last few entries, and
        // enough of the stance's and the influence's to draw their trends and tell
        // whether there were earlier ones.
        let (mut recent, mut stance, mut influence) = (Vec::new(), Vec::new(), Vec::new());
        for i in history.of(id).rev() {
            let e = &account.history[i];
            if recent.len() < SHOWN {
                recent.push(e);
            }
            match e.field.as_deref() {
                Some("stance") if stance.len() <= TREND => stance.push(e),
                Some("influence") if influence.len() <= TREND => influence.push(e),
                _ => {}
            }
            if recent.len() == SHOWN && stance.len() > TREND && influence.len() > TREND {
                break;
            }
        }
        for v in [&mut recent, &mut stance, &mut influence] {
            v.reverse();
        }
        // The team names who made a change; the entries shown name the rest.
        let scratch = names_for(account, index, recent.iter().copied());
        let names = Names::new(&scratch);
        let stance_word = |v: Option<&Value>| {
            let key = v.and_then(Value::as_str).unwrap_or(Stance::Unknown.key());
            Stance::from_key(key).map_or_else(
                || inert(key).into_owned(),
                |s| crate::t!("tui-views-stance-word", stance = s.key()),
            )
        };
        let influence_word = |v: Option<&Value>| {
            v.and_then(Value::as_i64).unwrap_or(crate::model::Influence::default().0).to_string()
        };
        let shown = recent
            .iter()
            .rev()
            .map(|e| {
                let t = entry_text(&names, e);
                Shown { day: day_of(&e.at), what: t.what, by: t.by, note: t.note }
            })
            .collect();
        Judgement {
            person: id.clone(),
            generation,
            stance: trend(&stance, "stance", &names, stance_word),
            influence: trend(&influence, "influence", &names, influence_word),
            entries: shown,
            total: history.count(id),
        }
    }
}

/// The people view's history state: the index, and the selected person's judgement.
#[derive(Debug, Clone, Default)]
pub struct PersonHistory {
    index: HistoryIndex,
    judgement: Option<Judgement>,
}

impl PersonHistory {
    /// Catches up with the account at `generation`, with the person at `selected`
    /// (a position) selected.
    pub fn sync(&mut self, account: &Account, index: &Index, generation: u64, selected: Option<usize>) {
        self.index.sync(account, generation);
        let Some(pos) = selected.filter(|&p| p < account.people.len()) else {
            self.judgement = None;
            return;
        };
        let id = &account.people[pos].id;
        if self.judgement.as_ref().is_some_and(|j| &j.person == id && j.generation == generation) {
            return;
        }
        self.judgement = Some(Judgement::of(account, index, &self.index, pos, generation));
    }

    /// The judgement worked out for a person, if it is theirs.
    pub fn of(&self, person: &str) -> Option<&Judgement> {
        self.judgement.as_ref().filter(|j| j.person == person)
    }
}

/// A trend as the panel's line under the field, in `width` columns: `unknown → skeptic
/// → neutral ↑ · 2026-11-27, Anna Berg`; where that does not fit, without who, then
/// without the day (the entries below say them).
pub fn trend_spans(t: &Trend, theme: &Theme, width: usize) -> Vec<Span<'static>> {
    let arrow = format!(" {} ", crate::change::words::ARROW);
    let mut text = if t.earlier { format!("{}{arrow}", w::EARLIER) } else { String::new() };
    text.push_str(&t.values.join(&arrow));
    let mut spans = vec![Span::styled(text, theme.text())];
    if let Some(a) = t.arrow {
        let style = if a == w::ROSE { theme.ok() } else { theme.warning() };
        spans.push(Span::styled(format!(" {a}"), style));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let when = [w::last_change(&t.day, t.by.as_deref()), t.day.clone()]
        .into_iter()
        .map(|s| format!(" · {s}"))
        .find(|s| used + crate::tui::fit::width(s) <= width);
    spans.extend(when.map(|s| Span::styled(s, theme.dim())));
    spans
}

/// The panel's section of the last entries: a heading, one line per entry (its day, what
/// changed, who, the note), and how many more there are; nothing for someone the
/// history says nothing about.
pub fn entry_lines(j: &Judgement, theme: &Theme) -> Vec<Line<'static>> {
    if j.entries.is_empty() {
        return Vec::new();
    }
    let mut lines =
        vec![Line::default(), Line::styled(crate::i18n::fixed("tui-messages-moved-heading"), theme.title())];
    for s in &j.entries {
        let mut spans =
            vec![Span::styled(format!("{} ", s.day), theme.dim()), Span::raw(inert(&s.what).into_owned())];
        if let Some(by) = &s.by {
            spans.push(Span::styled(format!(" · {}", inert(by)), theme.dim()));
        }
        if let Some(note) = &s.note {
            let note = crate::t!("tui-views-history-note", note = inert(note));
            spans.push(Span::styled(format!(" {note}"), theme.warning()));
        }
        lines.push(Line::from(spans));
    }
    if j.total > j.entries.len() {
        lines.push(Line::styled(w::and_earlier(j.total - j.entries.len()), theme.dim()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    fn entry(id: &str, at: &str, person: &str, field: &str, from: Value, to: Value) -> HistoryEntry {
        let mut e = HistoryEntry::new(id.into(), at.into(), Some("Anna".into()));
        e.person = Some(person.into());
        e.field = Some(field.into());
        e.from = Some(from);
        e.to = Some(to);
        e
    }

    #[test]
    fn the_index_extends_on_appends_and_sorts_by_time() {
        let mut a = Account::new("a", "A");
        a.people.push(Person::new("p1", "Olga"));
        a.history.push(entry(
            "h1",
            "2026-11-27T10:00:00Z",
            "p1",
            "stance",
            "unknown".into(),
            "skeptic".into(),
        ));
        let mut ix = HistoryIndex::default();
        assert!(ix.sync(&a, 1));
        assert!(!ix.sync(&a, 1), "same generation: nothing to do");
        // An entry made earlier (a merge brought it) sorts before.
        a.history.push(entry("h2", "2026-11-26T10:00:00Z", "p1", "influence", 3.into(), 4.into()));
        ix.sync(&a, 2);
        assert_eq!(ix.of("p1").collect::<Vec<_>>(), [1, 0]);
        a.history.remove(0);
        ix.sync(&a, 3);
        assert_eq!(ix.of("p1").collect::<Vec<_>>(), [0], "not an append: indexed again");
    }

    #[test]
    fn trends_skip_repeats_point_the_way_and_leave_out_old_values() {
        let mut a = Account::new("a", "A");
        a.people.push(Person::new("p1", "Olga"));
        let stances = ["unknown", "skeptic", "skeptic", "neutral", "supporter", "champion", "supporter"];
        for (i, pair) in stances.windows(2).enumerate() {
            let at = format!("2026-11-{:02}T10:00:00Z", 10 + i);
            a.history.push(entry(&format!("h{i}"), &at, "p1", "stance", pair[0].into(), pair[1].into()));
        }
        let mut ix = HistoryIndex::default();
        ix.sync(&a, 0);
        let j = Judgement::of(&a, &Index::new(&a), &ix, 0, 0);
        let t = j.stance.unwrap();
        assert_eq!(t.values, ["skeptic", "neutral", "supporter", "champion", "supporter"]);
        assert!(t.earlier);
        assert_eq!((t.arrow, t.day.as_str(), t.by.as_deref()), (Some(w::FELL), "2026-11-15", Some("Anna")));
        assert_eq!(j.entries.len(), SHOWN);
        assert_eq!(j.entries[0].what, "stance champion → supporter");
        assert_eq!(j.influence, None);
    }
}
