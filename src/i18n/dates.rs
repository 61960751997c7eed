//! Dates as each language writes them, and as reps type them.
//!
//! Files keep ISO dates (`2026-12-01`); the screen shows `01.12.2026` in Russian and
//! the ISO form in English, as before. A form takes `2026-12-01`, `1.12.2026` or
//! `01.12.2026`, `today` / `сегодня`, and a distance from today: `+7d`, `-1w`, `+2m`
//! (and the Russian letters `д`, `н`, `м`).

use super::{Lang, lang};
use crate::model::Date;

/// A date in this thread's language.
pub fn show(d: Date) -> String {
    show_in(lang(), d)
}

/// A date in a language.
pub fn show_in(l: Lang, d: Date) -> String {
    match l {
        Lang::En => d.to_string(),
        Lang::Ru => {
            let (y, m, day) = d.ymd();
            format!("{day:02}.{m:02}.{y:04}")
        }
    }
}

/// Why a typed date is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not shaped as any way of writing a date.
    Shape,
    /// Shaped as a date, but the calendar has no such day (`30.02.2026`).
    NoSuchDay,
    /// A distance from today that leaves the years 1 to 9999.
    OutOfRange,
}

impl DateProblem {
    /// The problem in words for a form, in this thread's language.
    pub fn words(self) -> String {
        match self {
            DateProblem::Shape => crate::t!("date-problem-shape"),
            DateProblem::NoSuchDay => crate::t!("date-problem-no-such-day"),
            DateProblem::OutOfRange => crate::t!("date-problem-out-of-range"),
        }
    }
}

/// A date as typed, with `today` for the relative forms.
pub fn parse(s: &str, today: Date) -> Result<Date, DateProblem> {
    let s = s.trim();
    let lower = s.to_lowercase();
    if matches!(lower.as_str(), "today" | "сегодня") {
        return Ok(today);
    }
    if matches!(lower.as_str(), "tomorrow" | "завтра") {
        return Ok(today.add_days(1));
    }
    if matches!(lower.as_str(), "yesterday" | "вчера") {
        return Ok(today.add_days(-1));
    }
    if let Some(d) = relative(&lower, today) {
        return d;
    }
    if let Some(ymd) = iso_parts(s).or_else(|| dotted_parts(s)) {
        let (y, m, d) = ymd;
        return Date::from_ymd(y, m, d).ok_or(DateProblem::NoSuchDay);
    }
    Err(DateProblem::Shape)
}

fn digits(p: &str, min: usize, max: usize) -> Option<u32> {
    (p.len() >= min && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
}

fn iso_parts(s: &str) -> Option<(i32, u32, u32)> {
    let mut p = s.split('-');
    let (y, m, d) = (p.next()?, p.next()?, p.next()?);
    if p.next().is_some() {
        return None;
    }
    Some((digits(y, 4, 4)? as i32, digits(m, 2, 2)?, digits(d, 2, 2)?))
}

fn dotted_parts(s: &str) -> Option<(i32, u32, u32)> {
    let mut p = s.split('.');
    let (d, m, y) = (p.next()?, p.next()?, p.next()?);
    if p.next().is_some() {
        return None;
    }
    Some((digits(y, 4, 4)? as i32, digits(m, 1, 2)?, digits(d, 1, 2)?))
}

/// `+7d`, `-1w`, `+2m`, `+1y`, `7d` (ahead), with Russian letters too.
fn relative(s: &str, today: Date) -> Option<Result<Date, DateProblem>> {
    let (sign, rest) = match s.chars().next()? {
        '+' => (1i64, &s[1..]),
        '-' => (-1i64, &s[1..]),
        _ => (1i64, s),
    };
    let unit = rest.chars().last()?;
    let number = &rest[..rest.len() - unit.len_utf8()];
    let n: i64 = digits(number.trim(), 1, 5)? as i64;
    let days = match unit {
        'd' | 'д' => n,
        'w' | 'н' => n * 7,
        'm' | 'м' => return Some(months(today, sign * n)),
        'y' | 'г' => return Some(months(today, sign * n * 12)),
        _ => return None,
    } * sign;
    let (y, _, _) = today.ymd();
    if !(-3_000_000..=3_000_000).contains(&days) {
        return Some(Err(DateProblem::OutOfRange));
    }
    let d = today.add_days(days as i32);
    let (y2, _, _) = d.ymd();
    if (y2 - y).abs() > 9000 || !(1..=9999).contains(&y2) {
        return Some(Err(DateProblem::OutOfRange));
    }
    Some(Ok(d))
}

/// The same day `n` months away, or the month's last day when it is shorter
/// (31 January + 1 month is 28 or 29 February).
fn months(today: Date, n: i64) -> Result<Date, DateProblem> {
    let (y, m, d) = today.ymd();
    let total = y as i64 * 12 + (m as i64 - 1) + n;
    let (y2, m2) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    if !(1..=9999).contains(&y2) {
        return Err(DateProblem::OutOfRange);
    }
    let y2 = y2 as i32;
    (1..=d).rev().find_map(|day| Date::from_ymd(y2, m2, day)).ok_or(DateProblem::OutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dates_are_read_as_reps_write_them() {
        let today = d("2026-12-01");
        let table: &[(&str, Result<&str, DateProblem>)] = &[
            ("2026-11-15", Ok("2026-11-15")),
            ("15.11.2026", Ok("2026-11-15")),
            ("5.1.2027", Ok("2027-01-05")),
            (" 01.12.2026 ", Ok("2026-12-01")),
            ("today", Ok("2026-12-01")),
            ("Today", Ok("2026-12-01")),
            ("сегодня", Ok("2026-12-01")),
            ("завтра", Ok("2026-12-02")),
            ("+7d", Ok("2026-12-08")),
            ("7d", Ok("2026-12-08")),
            ("-1w", Ok("2026-11-24")),
            ("+2w", Ok("2026-12-15")),
            ("+1m", Ok("2027-01-01")),
            ("+3д", Ok("2026-12-04")),
            ("-1н", Ok("2026-11-24")),
            ("+1y", Ok("2027-12-01")),
            ("30.02.2026", Err(DateProblem::NoSuchDay)),
            ("2026-02-30", Err(DateProblem::NoSuchDay)),
            ("2026-13-01", Err(DateProblem::NoSuchDay)),
            ("15/11/2026", Err(DateProblem::Shape)),
            ("15.11.26", Err(DateProblem::Shape)),
            ("2026-1-5", Err(DateProblem::Shape)),
            ("next week", Err(DateProblem::Shape)),
            ("+7x", Err(DateProblem::Shape)),
            ("", Err(DateProblem::Shape)),
            ("+99999y", Err(DateProblem::OutOfRange)),
        ];
        for (typed, want) in table {
            assert_eq!(parse(typed, today), want.map(d), "{typed:?}");
        }
    }

    #[test]
    fn a_month_ahead_of_the_thirty_first_is_the_next_month_s_last_day() {
        assert_eq!(parse("+1m", d("2026-01-31")), Ok(d("2026-02-28")));
        assert_eq!(parse("+1m", d("2028-01-31")), Ok(d("2028-02-29")));
        assert_eq!(parse("-1m", d("2026-03-31")), Ok(d("2026-02-28")));
    }

    #[test]
    fn russian_writes_day_month_year_and_english_stays_iso() {
        assert_eq!(show_in(Lang::Ru, d("2026-12-01")), "01.12.2026");
        assert_eq!(show_in(Lang::En, d("2026-12-01")), "2026-12-01");
    }
}
