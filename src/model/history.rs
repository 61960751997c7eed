//! What changed and who changed it (`history[]`), and what a merge could not decide
//! (`conflicts[]`): both additions to version 1, see the format docs.

use super::record::record;
use serde_json::Value;

record! {
    /// One recorded change: a field of a person moved, or a record came or went.
    pub struct HistoryEntry {
        id: String => "id" required,
        /// RFC 3339, UTC, to the second: `2026-11-27T14:05:00Z` (sorts as text).
        at: String => "at" required,
        /// A team id, or a free name when the one saving is not on the account's team.
        by: Option<String> => "by" optional,
        /// The person the change is about (also for a link: its `from`).
        person: Option<String> => "person" optional,
        /// The field that changed (`stance`, `influence`, `coverage`, ...).
        field: Option<String> => "field" optional,
        from: Option<Value> => "from" optional,
        to: Option<Value> => "to" optional,
        /// For a record added or removed: its path (`people/p-ivanov`, `links/a>b>reports_to`).
        record: Option<String> => "record" optional,
        /// For a record: `added` or `removed`.
        change: Option<String> => "change" optional,
        /// For a record: how it read (a person's name), so a removed one can still be named.
        label: Option<String> => "label" optional,
        note: Option<String> => "note" optional,
    }
}

record! {
    /// The same field changed two ways in two copies: the value kept, and the other.
    pub struct Conflict {
        id: String => "id" required,
        /// Where: `people/p-ivanov/stance`, `name`, `links/a>b>reports_to`.
        path: String => "path" required,
        /// The values before and on each side (`null`: absent, or the record deleted).
        base: Value => "base" default,
        ours: Value => "ours" default,
        theirs: Value => "theirs" default,
        /// `ours` or `theirs`.
        kept: String => "kept" required,
        at: String => "at" required,
        /// Why, when a rule decided rather than a choice between two values.
        rule: Option<String> => "rule" optional,
    }
}

impl HistoryEntry {
    /// An entry with only its id, time and author set.
    pub fn new(id: String, at: String, by: Option<String>) -> HistoryEntry {
        HistoryEntry {
            id,
            at,
            by,
            person: None,
            field: None,
            from: None,
            to: None,
            record: None,
            change: None,
            label: None,
            note: None,
            extra: Default::default(),
        }
    }

    /// The day of `at`, when it starts with one.
    pub fn day(&self) -> Option<super::Date> {
        self.at.get(..10)?.parse().ok()
    }
}

/// Now, as an RFC 3339 UTC time to the second.
pub fn now_utc() -> String {
    let secs =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    timestamp(secs)
}

/// Seconds since 1970 as an RFC 3339 UTC time.
pub fn timestamp(secs: u64) -> String {
    let day = super::Date::from_ymd(1970, 1, 1).expect("1970-01-01 exists").add_days((secs / 86_400) as i32);
    let rest = secs % 86_400;
    format!("{day}T{:02}:{:02}:{:02}Z", rest / 3600, rest / 60 % 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_795_788_300), "2026-11-27T14:05:00Z");
        assert!(now_utc().ends_with('Z'));
    }

    #[test]
    fn entries_keep_unknown_fields_and_drop_absent_ones() {
        let text = r#"{"id":"h1","at":"2026-11-27T14:05:00Z","by":"t-anna","person":"p","field":"stance","from":"neutral","to":"supporter","x":1}"#;
        let e: HistoryEntry = serde_json::from_str(text).unwrap();
        assert_eq!(e.day(), "2026-11-27".parse().ok());
        assert_eq!(serde_json::to_string(&e).unwrap(), text);
    }
}
