//! One value read out of a column: display and sort order.

use core::cmp::Ordering;
use core::fmt;

use crate::date::{write_date, write_datetime};

/// A borrowed cell value, as the viewer shows, sorts and filters it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Num(f64),
    Bool(bool),
    /// Days since 1970-01-01.
    Date(i32),
    /// Milliseconds since the epoch, UTC.
    DateTime(i64),
    Str(&'a str),
}

impl Cell<'_> {
    /// Whether this is [`Cell::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Cell::Null)
    }

    /// The text shown in a table cell; see the [`fmt::Display`] impl.
    pub fn to_display_string(&self) -> String {
        self.to_string()
    }

    /// Ascending sort order, total, with nulls last. Values of one type compare
    /// naturally (numbers by [`f64::total_cmp`], text by code point); cells of
    /// different types (never in one column) order by type.
    pub fn cmp_for_sort(&self, other: &Cell<'_>) -> Ordering {
        match (self, other) {
            (Cell::Null, Cell::Null) => Ordering::Equal,
            (Cell::Null, _) => Ordering::Greater,
            (_, Cell::Null) => Ordering::Less,
            _ => self.cmp_values(other),
        }
    }

    /// Descending sort order, still with nulls last.
    pub fn cmp_for_sort_desc(&self, other: &Cell<'_>) -> Ordering {
        match (self, other) {
            (Cell::Null, _) | (_, Cell::Null) => self.cmp_for_sort(other),
            _ => other.cmp_values(self),
        }
    }

    fn cmp_values(&self, other: &Cell<'_>) -> Ordering {
        match (self, other) {
            (Cell::Int(a), Cell::Int(b)) => a.cmp(b),
            (Cell::Num(a), Cell::Num(b)) => a.total_cmp(b),
            (Cell::Bool(a), Cell::Bool(b)) => a.cmp(b),
            (Cell::Date(a), Cell::Date(b)) => a.cmp(b),
            (Cell::DateTime(a), Cell::DateTime(b)) => a.cmp(b),
            (Cell::Str(a), Cell::Str(b)) => a.cmp(b),
            _ => self.rank().cmp(&other.rank()),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Cell::Int(_) => 0,
            Cell::Num(_) => 1,
            Cell::Bool(_) => 2,
            Cell::Date(_) => 3,
            Cell::DateTime(_) => 4,
            Cell::Str(_) => 5,
            Cell::Null => 6,
        }
    }
}

/// Null is empty; booleans `true`/`false`; dates `YYYY-MM-DD`; datetimes
/// `YYYY-MM-DD HH:MM:SS` in UTC with no suffix (naive source timestamps are
/// stored as if UTC, so they read back as written), plus `.mmm` when the
/// milliseconds are not zero; numbers in the shortest form that reads back
/// exactly (`2`, `0.1`, `1e21` from 1e16 up and below 1e-6), `NaN`, `INF`, `-INF`.
impl fmt::Display for Cell<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Cell::Null => Ok(()),
            Cell::Int(v) => write!(f, "{v}"),
            Cell::Num(v) => write_number(f, v),
            Cell::Bool(v) => f.write_str(if v { "true" } else { "false" }),
            Cell::Date(days) => write_date(f, i64::from(days)),
            Cell::DateTime(ms) => write_datetime(f, ms),
            Cell::Str(s) => f.write_str(s),
        }
    }
}

fn write_number(f: &mut fmt::Formatter<'_>, v: f64) -> fmt::Result {
    let abs = v.abs();
    if v.is_nan() {
        f.write_str("NaN")
    } else if v.is_infinite() {
        f.write_str(if v > 0.0 { "INF" } else { "-INF" })
    } else if v == 0.0 {
        f.write_str("0")
    } else if !(1e-6..1e16).contains(&abs) {
        write!(f, "{v:e}")
    } else {
        write!(f, "{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(c: Cell<'_>) -> String {
        c.to_display_string()
    }

    #[test]
    fn display() {
        assert_eq!(show(Cell::Null), "");
        assert_eq!(show(Cell::Int(i64::MIN)), "-9223372036854775808");
        assert_eq!(show(Cell::Bool(true)), "true");
        assert_eq!(show(Cell::Str("北京市")), "北京市");
        assert_eq!(show(Cell::Date(20_783)), "2026-11-26");
        assert_eq!(show(Cell::Date(-1)), "1969-12-31");
        assert_eq!(show(Cell::Date(-719_529)), "-0001-12-31");
        assert_eq!(show(Cell::DateTime(0)), "1970-01-01 00:00:00");
        assert_eq!(show(Cell::DateTime(1_795_684_245_007)), "2026-11-26 09:10:45.007");
        assert_eq!(show(Cell::DateTime(-1000)), "1969-12-31 23:59:59");
        assert_eq!(show(Cell::DateTime(i64::MIN)), "-292275055-05-16 16:47:04.192");
    }

    #[test]
    fn display_numbers() {
        let cases = [
            (2.0, "2"),
            (-0.0, "0"),
            (0.1, "0.1"),
            (12.5, "12.5"),
            (-3.25, "-3.25"),
            (1_234_567.0, "1234567"),
            (1e21, "1e21"),
            (1.5e-7, "1.5e-7"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "INF"),
            (f64::NEG_INFINITY, "-INF"),
        ];
        for (v, want) in cases {
            assert_eq!(show(Cell::Num(v)), want);
        }
    }

    #[test]
    fn sort_nulls_last_both_ways() {
        let mut cells = vec![Cell::Int(3), Cell::Null, Cell::Int(-7), Cell::Null, Cell::Int(0)];
        cells.sort_by(|a, b| a.cmp_for_sort(b));
        assert_eq!(cells, [Cell::Int(-7), Cell::Int(0), Cell::Int(3), Cell::Null, Cell::Null]);
        cells.sort_by(|a, b| a.cmp_for_sort_desc(b));
        assert_eq!(cells, [Cell::Int(3), Cell::Int(0), Cell::Int(-7), Cell::Null, Cell::Null]);
    }

    #[test]
    fn sort_is_total_for_numbers_and_text() {
        let mut nums = [Cell::Num(f64::NAN), Cell::Null, Cell::Num(1.5), Cell::Num(f64::NEG_INFINITY)];
        nums.sort_by(|a, b| a.cmp_for_sort(b));
        assert_eq!(nums[..2], [Cell::Num(f64::NEG_INFINITY), Cell::Num(1.5)]);
        assert!(matches!(nums[2], Cell::Num(v) if v.is_nan()));
        assert!(nums[3].is_null());
        let mut text = [Cell::Str("上海"), Cell::Str(""), Cell::Null, Cell::Str("Beijing")];
        text.sort_by(|a, b| a.cmp_for_sort(b));
        assert_eq!(text, [Cell::Str(""), Cell::Str("Beijing"), Cell::Str("上海"), Cell::Null]);
        assert_eq!(Cell::Date(5).cmp_for_sort(&Cell::Str("a")), Ordering::Less);
    }
}
