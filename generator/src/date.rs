//! Calendar dates as publishers write them in TOML (`2026-11-26`, unquoted),
//! and the working-day calendar of `site.toml`.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    pub fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }

    pub fn parse(s: &str) -> Option<Date> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok().map(Date)
    }

    pub fn add_days(self, days: i64) -> Date {
        Date(self.0 + chrono::Duration::days(days))
    }

    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    pub fn weekday(self) -> Weekday {
        self.0.weekday()
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

const DATE_HINT: &str = "write a date as 2026-11-26 (year-month-day), without a time";

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date such as 2026-11-26")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Date, E> {
                Date::parse(s).ok_or_else(|| E::custom(format!("`{s}` is not a date; {DATE_HINT}")))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
                let dt = toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => Date::ymd(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                        .ok_or_else(|| de::Error::custom(format!("`{dt}` is not a real calendar date"))),
                    _ => Err(de::Error::custom(format!("`{dt}` has a time or offset; {DATE_HINT}"))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// Working days: Monday–Friday, less `holidays`, plus `workdays` (adjusted
/// working weekend days, 调休).
#[derive(Debug, Clone, Default)]
pub struct WorkCalendar {
    pub holidays: std::collections::BTreeSet<Date>,
    pub workdays: std::collections::BTreeSet<Date>,
}

impl WorkCalendar {
    pub fn is_working_day(&self, d: Date) -> bool {
        if self.workdays.contains(&d) {
            return true;
        }
        if self.holidays.contains(&d) {
            return false;
        }
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// Working days after `from` up to and including `to` (0 when `to <= from`).
    /// A request received on Friday and answered on Monday took 1 working day.
    pub fn working_days_between(&self, from: Date, to: Date) -> i64 {
        let mut n = 0;
        let mut d = from;
        while d < to {
            d = d.add_days(1);
            if self.is_working_day(d) {
                n += 1;
            }
        }
        n
    }

    /// The `n`th working day after `from`: the last day an answer due within
    /// `n` working days is still on time.
    pub fn add_working_days(&self, from: Date, n: i64) -> Date {
        let mut d = from;
        let mut left = n;
        while left > 0 {
            d = d.add_days(1);
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn toml_dates_and_strings() {
        #[derive(Deserialize)]
        struct T {
            a: Date,
            b: Date,
        }
        let t: T = toml::from_str("a = 2026-11-26\nb = \"2026-01-02\"").unwrap();
        assert_eq!(t.a, d("2026-11-26"));
        assert_eq!(t.b, d("2026-01-02"));
        let e = toml::from_str::<T>("a = 2026-11-26T10:00:00\nb = 2026-01-01").err().unwrap();
        assert!(e.message().contains("has a time"), "{}", e.message());
        assert!(toml::from_str::<T>("a = \"26/11/2026\"\nb = 2026-01-01").is_err());
    }

    #[test]
    fn working_days_skip_weekends_and_holidays_and_count_adjusted_saturdays() {
        let mut cal = WorkCalendar::default();
        // 2026-11-27 is a Friday.
        assert_eq!(cal.working_days_between(d("2026-11-27"), d("2026-11-30")), 1);
        assert_eq!(cal.working_days_between(d("2026-11-23"), d("2026-11-30")), 5);
        cal.holidays.insert(d("2026-11-30"));
        assert_eq!(cal.working_days_between(d("2026-11-27"), d("2026-11-30")), 0);
        cal.workdays.insert(d("2026-11-28"));
        assert_eq!(cal.working_days_between(d("2026-11-27"), d("2026-11-30")), 1);
        assert_eq!(cal.working_days_between(d("2026-11-30"), d("2026-11-27")), 0);
    }

    /// The demo's 2026 calendar: the National Day week (1–7 October, with
    /// 5–7 October holidays on weekdays) and the adjusted working Saturday
    /// 10 October.
    fn calendar_2026() -> WorkCalendar {
        let mut cal = WorkCalendar::default();
        for h in ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"] {
            cal.holidays.insert(d(h));
        }
        cal.workdays.insert(d("2026-10-10"));
        cal
    }

    #[test]
    fn working_days_across_a_holiday_week_and_an_adjusted_saturday() {
        let cal = calendar_2026();
        // Received Wednesday 30 September, answered Friday 9 October: only 8 and 9 October count.
        assert_eq!(cal.working_days_between(d("2026-09-30"), d("2026-10-09")), 2);
        // Answered on the adjusted working Saturday, 10 October: 3.
        assert_eq!(cal.working_days_between(d("2026-09-30"), d("2026-10-10")), 3);
        // And on Sunday 11 October: still 3.
        assert_eq!(cal.working_days_between(d("2026-09-30"), d("2026-10-11")), 3);
        // Same day: 0.
        assert_eq!(cal.working_days_between(d("2026-09-30"), d("2026-09-30")), 0);
        assert!(cal.is_working_day(d("2026-10-10")) && !cal.is_working_day(d("2026-10-05")) && !cal.is_working_day(d("2026-10-03")));
    }

    #[test]
    fn the_nth_working_day_after_a_date() {
        let cal = calendar_2026();
        // 10 working days from Wednesday 30 September: 8, 9, 10 (Sat), 12–16, 19, 20 October.
        assert_eq!(cal.add_working_days(d("2026-09-30"), 10), d("2026-10-20"));
        assert_eq!(cal.working_days_between(d("2026-09-30"), d("2026-10-20")), 10);
        // From a Friday, 1 working day: the Monday.
        assert_eq!(WorkCalendar::default().add_working_days(d("2026-11-27"), 1), d("2026-11-30"));
        assert_eq!(cal.add_working_days(d("2026-09-30"), 0), d("2026-09-30"));
    }
}
