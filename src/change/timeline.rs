//! The history of an account in time: when an entry was made (read from its RFC 3339
//! `at`), the entries since a moment, and one person's entries, all in time order.
//! Times are seconds since 1970 in UTC, so entries written with an offset or with
//! fractions of a second still sort with the others.

use super::words;
use crate::model::{Account, Date, HistoryEntry};

/// Seconds since 1970 (UTC) of an RFC 3339 time: `2026-11-27T14:05:00Z`, with or
/// without fractions of a second, with `Z` or an offset (`+03:00`), `T` or a space
/// between date and time; a bare date (`2026-11-27`) is the start of that day.
/// `None` for anything else.
pub fn parse_time(at: &str) -> Option<i64> {
    let at = at.trim();
    let date: Date = at.get(..10)?.parse().ok()?;
    let day = day_start(date);
    let rest = &at[10..];
    if rest.is_empty() {
        return Some(day);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let b = rest.as_bytes();
    let two = |i: usize| -> Option<i64> {
        let s = rest.get(i..i + 2)?;
        s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
    };
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    let (h, m) = (two(0)?, two(3)?);
    let (s, mut tail) = if b.get(5) == Some(&b':') { (two(6)?, &rest[8..]) } else { (0, &rest[5..]) };
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    if let Some(frac) = tail.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        tail = &frac[digits..];
    }
    let offset = match tail {
        "Z" | "z" | "" => 0,
        _ => {
            let sign = match tail.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let t = &tail[1..];
            let num = |s: &str| -> Option<i64> {
                (s.len() == 2 && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok())?
            };
            let (oh, om) = match t.len() {
                5 if t.as_bytes()[2] == b':' => (num(t.get(..2)?)?, num(t.get(3..)?)?),
                4 => (num(t.get(..2)?)?, num(t.get(2..)?)?),
                _ => return None,
            };
            sign * (oh * 3600 + om * 60)
        }
    };
    Some(day + h * 3600 + m * 60 + s - offset)
}

/// Where a list of changes starts, as people say it: a date or a time, a number of days
/// or weeks back, or this machine's last sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Since {
    /// A moment, in seconds since 1970 (UTC); a date is its first second.
    At(i64),
    /// The start of the day this many days before today.
    DaysBack(u32),
    /// The last sync this machine finished ([`crate::sync::last_sync`]).
    LastSync,
}

impl Since {
    /// Reads `2026-11-25` (or a whole RFC 3339 time), `7d`, `2w` or `last-sync`; the
    /// error says which forms there are.
    pub fn parse(s: &str) -> Result<Since, String> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("last-sync") {
            return Ok(Since::LastSync);
        }
        if let Some(at) = parse_time(t) {
            return Ok(Since::At(at));
        }
        let lower = t.to_ascii_lowercase();
        let back = |digits: &str, per: u32| -> Option<Since> {
            let n: u32 = digits.parse().ok().filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))?;
            n.checked_mul(per).filter(|&d| d <= 36_500).map(Since::DaysBack)
        };
        let found = match lower.as_bytes().last() {
            Some(b'd') => back(&lower[..lower.len() - 1], 1),
            Some(b'w') => back(&lower[..lower.len() - 1], 7),
            _ => None,
        };
        // A date the calendar lacks (`2026-02-30`) says so, then the forms.
        let shaped_date =
            t.len() == 10 && t.bytes().enumerate().all(|(i, b)| b.is_ascii_digit() || i == 4 || i == 7);
        found.ok_or_else(|| match Date::problem(t) {
            Some(p) if shaped_date => words::not_a_day(p),
            _ => words::not_a_start(&crate::text::inert(t)),
        })
    }

    /// The moment it starts and how to say it ("2026-11-25", "the last sync, 2026-12-01
    /// 10:00"), for `today` and the time of this machine's last sync; `None` for
    /// [`Since::LastSync`] when there has been no sync.
    pub fn start(&self, today: Date, last_sync: Option<&str>) -> Option<(i64, String)> {
        Some(match self {
            // A day is said as the language writes dates (`01.12.2026` in Russian).
            Since::At(t) if t.rem_euclid(86_400) == 0 => {
                let day = rfc3339(*t)[..10]
                    .parse()
                    .map_or_else(|_| rfc3339(*t)[..10].to_string(), crate::i18n::dates::show);
                (*t, day)
            }
            Since::At(t) => (*t, format_time(*t)),
            Since::DaysBack(n) => {
                let d = today.add_days(-i32::try_from(*n).unwrap_or(i32::MAX));
                (day_start(d), crate::i18n::dates::show(d))
            }
            Since::LastSync => {
                let at = last_sync?;
                let t = parse_time(at).or_else(|| at.get(..10)?.parse().ok().map(day_start)).unwrap_or(0);
                (t, words::the_last_sync(&format_time(t)))
            }
        })
    }
}

/// The first second of a day, UTC.
pub fn day_start(d: Date) -> i64 {
    let epoch = Date::from_ymd(1970, 1, 1).expect("1970-01-01 exists");
    i64::from(d.days_since(epoch)) * 86_400
}

/// Seconds since 1970 as an RFC 3339 UTC time (`2026-11-27T14:05:00Z`); times before
/// 1970 are given as 1970's start.
pub fn rfc3339(secs: i64) -> String {
    crate::model::timestamp(u64::try_from(secs).unwrap_or(0))
}

/// A time for people: `2026-11-27 14:05` (UTC, to the minute).
pub fn format_time(secs: i64) -> String {
    let t = rfc3339(secs);
    format!("{} {}", &t[..10], &t[11..16])
}

/// An entry's `at` for people (`2026-11-27 14:05`, UTC), or as written when it is not
/// a time.
pub fn short_time(at: &str) -> String {
    parse_time(at).map_or_else(|| at.to_string(), format_time)
}

/// When an entry was made; entries whose `at` is not a time sort after every other.
pub fn entry_time(e: &HistoryEntry) -> i64 {
    parse_time(&e.at).unwrap_or(i64::MAX)
}

/// The entries in time order (entries made at the same second keep the file's order,
/// which is the order they were made in).
pub fn in_time_order<'a>(entries: impl IntoIterator<Item = &'a HistoryEntry>) -> Vec<&'a HistoryEntry> {
    let mut v: Vec<(i64, &HistoryEntry)> = entries.into_iter().map(|e| (entry_time(e), e)).collect();
    v.sort_by_key(|(t, _)| *t);
    v.into_iter().map(|(_, e)| e).collect()
}

/// The account's history entries made at `since` or later (seconds since 1970, UTC; see
/// [`parse_time`] and [`day_start`]), in time order. An entry whose `at` is not a time
/// cannot be placed, and is left out.
pub fn entries_since(account: &Account, since: i64) -> Vec<&HistoryEntry> {
    in_time_order(account.history.iter().filter(|e| parse_time(&e.at).is_some_and(|t| t >= since)))
}

/// Whether an entry is about a record that came or went (a person, a link), rather than
/// a field of a person.
pub fn is_record_entry(e: &HistoryEntry) -> bool {
    e.record.is_some()
}

/// Every entry about one person, in time order: changes of their fields and coverage,
/// their being added or removed, and links from them (a link's entry names its `from`).
/// With `field`, only the changes of that field (`stance`: how their stance moved).
pub fn person_history<'a>(account: &'a Account, person: &str, field: Option<&str>) -> Vec<&'a HistoryEntry> {
    let own_record = crate::change::Path::record("people", person).to_string();
    in_time_order(account.history.iter().filter(|e| {
        let about = e.person.as_deref() == Some(person) || e.record.as_deref() == Some(own_record.as_str());
        about && field.is_none_or(|f| e.field.as_deref() == Some(f))
    }))
}

/// Entries grouped as `dmu changes` shows them: those about a record or the account
/// first, then each person's field changes, people in the order of their first entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grouped<'a> {
    /// Records added or removed (people, links) and entries naming no person.
    pub account: Vec<&'a HistoryEntry>,
    /// Per person id, the changes of their fields, in time order.
    pub people: Vec<(&'a str, Vec<&'a HistoryEntry>)>,
}

impl Grouped<'_> {
    pub fn is_empty(&self) -> bool {
        self.account.is_empty() && self.people.is_empty()
    }

    pub fn len(&self) -> usize {
        self.account.len() + self.people.iter().map(|(_, v)| v.len()).sum::<usize>()
    }
}

/// Groups entries (already in time order, as [`entries_since`] gives them) by person.
pub fn group_by_person<'a>(entries: &[&'a HistoryEntry]) -> Grouped<'a> {
    let mut g = Grouped::default();
    let mut at: crate::model::FxHashMap<&str, usize> = Default::default();
    for &e in entries {
        match e.person.as_deref() {
            Some(p) if e.record.is_none() => {
                let i = *at.entry(p).or_insert_with(|| {
                    g.people.push((p, Vec::new()));
                    g.people.len() - 1
                });
                g.people[i].1.push(e);
            }
            _ => g.account.push(e),
        }
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_in_every_rfc3339_spelling() {
        let t = parse_time("2026-11-27T14:05:00Z").unwrap();
        assert_eq!(rfc3339(t), "2026-11-27T14:05:00Z");
        assert_eq!(parse_time("2026-11-27T17:05:00+03:00"), Some(t));
        assert_eq!(parse_time("2026-11-27T14:05:00.123Z"), Some(t));
        assert_eq!(parse_time("2026-11-27 14:05"), Some(t));
        assert_eq!(parse_time("2026-11-27t09:05:00-0500"), Some(t));
        assert_eq!(parse_time("2026-11-27"), Some(t - 14 * 3600 - 5 * 60));
        for bad in
            ["", "yesterday", "2026-11-27T", "2026-11-27T25:00:00Z", "2026-11-27T14:05:00+3", "2026-13-01"]
        {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        assert_eq!(format_time(t), "2026-11-27 14:05");
        assert_eq!(short_time("soon"), "soon");
    }

    #[test]
    fn a_start_is_a_date_a_time_days_or_weeks_back_or_the_last_sync() {
        let today: Date = "2026-12-02".parse().unwrap();
        let start = |s: &str, sync: Option<&str>| Since::parse(s).unwrap().start(today, sync);
        let day = parse_time("2026-11-25").unwrap();
        assert_eq!(start("2026-11-25", None), Some((day, "2026-11-25".into())));
        assert_eq!(start("7d", None), Some((day, "2026-11-25".into())));
        assert_eq!(start("1W", None), Some((day, "2026-11-25".into())));
        assert_eq!(start("0d", None), Some((day + 7 * 86_400, "2026-12-02".into())));
        assert_eq!(start("2026-11-25T10:30:00Z", None), Some((day + 37_800, "2026-11-25 10:30".into())));
        assert_eq!(start("last-sync", None), None, "no sync yet");
        assert_eq!(
            start("last-sync", Some("2026-11-25T10:30:00Z")),
            Some((day + 37_800, "the last sync, 2026-11-25 10:30".into()))
        );
        for bad in ["yesterday", "d", "-3d", "7", "7 days", "+7d", "99999w", ""] {
            let e = Since::parse(bad).unwrap_err();
            assert!(
                e.contains("7d, 2w") && e.contains("last-sync") && e.contains("2026-11-25"),
                "{bad}: {e}"
            );
        }
        assert!(Since::parse("2026-02-30").unwrap_err().starts_with("there is no such day"));
    }
}
