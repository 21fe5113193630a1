//! Civil dates without chrono: days since 1970-01-01 ↔ year/month/day
//! (Howard Hinnant's `days_from_civil` / `civil_from_days`, proleptic Gregorian).

use core::fmt;

/// Milliseconds in one day.
pub const MS_PER_DAY: i64 = 86_400_000;

/// Days since 1970-01-01 for a proleptic Gregorian date. `month` is 1–12 and
/// `day` 1–31; out-of-range parts are not checked here (see [`parse_date`]).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + d - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// `(year, month, day)` of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days in `month` (1–12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Writes `YYYY-MM-DD` (years outside 0–9999 get a sign or more digits).
pub(crate) fn write_date(f: &mut fmt::Formatter<'_>, days: i64) -> fmt::Result {
    let (y, m, d) = civil_from_days(days);
    if y < 0 {
        write!(f, "-{:04}-{m:02}-{d:02}", y.unsigned_abs())
    } else {
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Writes `YYYY-MM-DD HH:MM:SS` in UTC, plus `.mmm` when the milliseconds are
/// not zero.
pub(crate) fn write_datetime(f: &mut fmt::Formatter<'_>, ms: i64) -> fmt::Result {
    write_date(f, ms.div_euclid(MS_PER_DAY))?;
    let rem = ms.rem_euclid(MS_PER_DAY);
    let (h, mi, s, milli) = (rem / 3_600_000, rem / 60_000 % 60, rem / 1000 % 60, rem % 1000);
    write!(f, " {h:02}:{mi:02}:{s:02}")?;
    if milli != 0 {
        write!(f, ".{milli:03}")?;
    }
    Ok(())
}

/// Parses `YYYY-MM-DD` (e.g. a date typed into a filter box) into days since
/// 1970-01-01; `None` for anything else, including 2023-02-29.
pub fn parse_date(s: &str) -> Option<i32> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let mut parts = body.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() < 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let year: i64 = digits(y)?;
    let year = if neg { -year } else { year };
    let (month, day) = (digits(m)? as u32, digits(d)? as u32);
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    i32::try_from(days_from_civil(year, month, day)).ok()
}

/// Parses `YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]][Z]` into milliseconds since the
/// epoch, read as UTC; `None` for anything else.
pub fn parse_datetime(s: &str) -> Option<i64> {
    let s = s.strip_suffix('Z').unwrap_or(s);
    let split = s.find([' ', 'T']);
    let (date, time) = match split {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let days = i64::from(parse_date(date)?);
    let mut ms = 0;
    if let Some(time) = time {
        let (hms, frac) = match time.split_once('.') {
            Some((hms, frac)) => (hms, Some(frac)),
            None => (time, None),
        };
        let mut parts = hms.split(':');
        let h = two_digits(parts.next()?, 23)?;
        let mi = two_digits(parts.next()?, 59)?;
        let sec = match parts.next() {
            Some(p) => two_digits(p, 59)?,
            None if frac.is_none() => 0,
            None => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        ms = ((h * 60 + mi) * 60 + sec) * 1000;
        if let Some(frac) = frac {
            if frac.is_empty() || frac.len() > 3 {
                return None;
            }
            ms += digits(frac)? * 10_i64.pow(3 - frac.len() as u32);
        }
    }
    days.checked_mul(MS_PER_DAY)?.checked_add(ms)
}

fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn two_digits(s: &str, max: i64) -> Option<i64> {
    let v = if s.len() == 2 { digits(s)? } else { return None };
    (v <= max).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2026, 11, 26), 20_783);
        assert_eq!(civil_from_days(20_783), (2026, 11, 26));
        assert_eq!(parse_date("2026-11-26"), Some(20_783));
    }

    #[test]
    fn leap_days() {
        assert_eq!(parse_date("2024-02-29"), Some(19_782));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(parse_date("2000-02-29"), Some(11_016));
        assert_eq!(parse_date("1900-02-29"), None);
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28), 2);
    }

    #[test]
    fn negative_days() {
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(days_from_civil(1900, 1, 1), -25_567);
        assert_eq!(civil_from_days(-719_528), (0, 1, 1));
        assert_eq!(civil_from_days(-719_529), (-1, 12, 31));
        assert_eq!(parse_date("-0001-12-31"), Some(-719_529));
    }

    #[test]
    fn round_trip_every_day_of_four_centuries() {
        for days in -146_097..146_097 {
            let (y, m, d) = civil_from_days(days);
            assert!(d >= 1 && d <= days_in_month(y, m));
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn parse_rejects_junk() {
        for s in ["", "2026", "2026-1-01", "2026-13-01", "2026-00-10", "2026-04-31", "x026-01-01", "2026-01-01-"] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }

    #[test]
    fn parse_datetimes() {
        let day = i64::from(parse_date("2026-11-26").unwrap()) * MS_PER_DAY;
        assert_eq!(parse_datetime("2026-11-26"), Some(day));
        assert_eq!(parse_datetime("2026-11-26 08:30"), Some(day + 30_600_000));
        assert_eq!(parse_datetime("2026-11-26T08:30:05.25Z"), Some(day + 30_605_250));
        assert_eq!(parse_datetime("1969-12-31 23:59:59.999"), Some(-1));
        for s in ["2026-11-26 24:00", "2026-11-26 8:30", "2026-11-26 08:30.5", "2026-11-26 08:30:00.1234"] {
            assert_eq!(parse_datetime(s), None, "{s}");
        }
    }
}
