//! Calendar dates as the file stores them (`YYYY-MM-DD`), with day arithmetic.
//!
//! A date is kept as a day number so that "days since last contact" is a subtraction;
//! the civil-calendar conversion is Howard Hinnant's `days_from_civil` algorithm.

use std::fmt;
use std::str::FromStr;

/// A proleptic Gregorian date between years 1 and 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i32,
}

/// Why a text is not a `YYYY-MM-DD` date: the text itself. Its message says what is
/// wrong: the shape, or, for a text shaped as a date, what the calendar does not have
/// ("2026-02-30: February 2026 has 28 days").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl std::error::Error for DateError {}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match calendar_problem(&self.0) {
            Some(why) => crate::t!("core-date-error-calendar", text = &self.0, why = why),
            None => crate::t!("core-date-error-shape", text = &self.0),
        };
        f.write_str(&text)
    }
}

/// The month's name as a sentence says "February 2026 has 28 days" (Russian: «в
/// феврале 2026 года»), from the catalogue: `core-month` selects by the number.
fn month_in_sentence(m: u32) -> String {
    crate::t!("core-month", month = m)
}

/// For a text shaped `YYYY-MM-DD` that is no day of the calendar, what the calendar
/// lacks; `None` for a real date and for any other shape.
fn calendar_problem(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !shaped {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (s[0..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?);
    Some(if y == 0 {
        crate::t!("core-date-no-year-0")
    } else if !(1..=12).contains(&m) {
        crate::t!("core-date-no-month", month = m)
    } else if d == 0 {
        crate::t!("core-date-no-day-0")
    } else if d > days_in_month(y, m) {
        // The year is passed as text: a number would be written `2 026` in Russian.
        crate::t!(
            "core-date-month-days",
            month = month_in_sentence(m),
            year = y.to_string(),
            days = days_in_month(y, m)
        )
    } else {
        return None;
    })
}

impl Date {
    /// The date for a year, month (1-12) and day (1-31), if it exists.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return None;
        }
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m as i32 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date { days: era * 146_097 + doe - 719_468 })
    }

    /// Year, month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        (y, m, d)
    }

    /// Today in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date { days: (secs / 86_400) as i32 }
    }

    /// `self - other` in days.
    pub fn days_since(self, other: Date) -> i32 {
        self.days - other.days
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i32) -> Date {
        Date { days: self.days + n }
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// What is wrong with a typed date, in words for a form (`None` when it is a date):
    /// the shape, or a day the calendar does not have (`2026-02-30`).
    pub fn problem(s: &str) -> Option<&'static str> {
        let s = s.trim();
        if s.parse::<Date>().is_ok() {
            return None;
        }
        let shaped = s.len() == 10
            && s.bytes()
                .enumerate()
                .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        Some(static_message(if shaped { "core-date-problem-no-such-day" } else { "core-date-problem-shape" }))
    }
}

/// A message of the current language that lives as long as the program: forms keep
/// `Date::problem`'s answer as `&'static str`. Two messages in two languages are leaked
/// once each, never more.
fn static_message(id: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static TEXTS: Mutex<Option<HashMap<(crate::i18n::Lang, &'static str), &'static str>>> = Mutex::new(None);
    let lang = crate::i18n::lang();
    let mut texts = TEXTS.lock().unwrap_or_else(|e| e.into_inner());
    texts.get_or_insert_with(HashMap::new).entry((lang, id)).or_insert_with(|| crate::i18n::tr(id).leak())
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError(s.to_string());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        let (y, m, d) = (num(0..4).ok_or_else(err)?, num(5..7).ok_or_else(err)?, num(8..10).ok_or_else(err)?);
        Date::from_ymd(y as i32, m, d).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn date_errors_are_said_in_russian() {
        use crate::i18n::{Lang, with_lang};
        let ru = |s: &str| with_lang(Lang::Ru, || s.parse::<Date>().unwrap_err().to_string());
        assert_eq!(ru("2026-02-30"), "2026-02-30: в феврале 2026 года 28 дней");
        assert_eq!(ru("2024-02-31"), "2024-02-31: в феврале 2024 года 29 дней");
        assert_eq!(ru("2026-04-31"), "2026-04-31: в апреле 2026 года 30 дней");
        assert_eq!(ru("2026-13-01"), "2026-13-01: месяца 13 не бывает: месяцы идут от 01 до 12");
        assert_eq!(ru("soon"), "`soon` — не дата: пишите ГГГГ-ММ-ДД, например 2026-03-31");
        assert_eq!(with_lang(Lang::Ru, || Date::problem("2026-13-01")), Some("такого дня в календаре нет"));
        assert_eq!(Date::problem("2026-13-01"), Some("there is no such day in the calendar"));
        assert_eq!(
            "2026-02-30".parse::<Date>().unwrap_err().to_string(),
            "2026-02-30: February 2026 has 28 days"
        );
    }

    use super::*;

    #[test]
    fn round_trips_through_text_and_day_numbers() {
        for s in ["1970-01-01", "2000-02-29", "2026-11-27", "0001-01-01", "9999-12-31"] {
            let d: Date = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
        assert_eq!("1970-01-02".parse::<Date>().unwrap().days_since("1970-01-01".parse().unwrap()), 1);
        let a: Date = "2026-03-01".parse().unwrap();
        assert_eq!(a.add_days(-1).to_string(), "2026-02-28");
    }

    #[test]
    fn a_typed_date_says_what_is_wrong() {
        assert_eq!(Date::problem("2026-11-27"), None);
        assert_eq!(Date::problem("2026-13-01"), Some("there is no such day in the calendar"));
        assert_eq!(Date::problem("27.11.2026"), Some("write the date as YYYY-MM-DD"));
    }

    #[test]
    fn an_impossible_date_says_what_the_calendar_lacks() {
        let words = |s: &str| s.parse::<Date>().unwrap_err().to_string();
        assert_eq!(words("2026-02-30"), "2026-02-30: February 2026 has 28 days");
        assert_eq!(words("2028-02-30"), "2028-02-30: February 2028 has 29 days");
        assert_eq!(words("2026-04-31"), "2026-04-31: April 2026 has 30 days");
        assert_eq!(words("2026-13-01"), "2026-13-01: there is no month 13; months go from 01 to 12");
        assert_eq!(words("2026-00-10"), "2026-00-10: there is no month 0; months go from 01 to 12");
        assert_eq!(words("2026-01-00"), "2026-01-00: there is no day 0; days start at 01");
        assert_eq!(words("0000-01-01"), "0000-01-01: there is no year 0; years go from 0001 to 9999");
        assert_eq!(
            words("27.11.2026"),
            "`27.11.2026` is not a date: write it as YYYY-MM-DD, for example 2026-03-31"
        );
    }

    #[test]
    fn rejects_impossible_or_misshaped_dates() {
        for s in [
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "26-01-01",
            "2026-1-01",
            "2026-01-01x",
            "",
            "２０２６-01-01",
        ] {
            assert!(s.parse::<Date>().is_err(), "{s} should be rejected");
        }
    }
}
