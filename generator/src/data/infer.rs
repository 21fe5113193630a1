//! Type inference for text columns, as a Frictionless Table Schema would
//! declare them: integer, number, boolean, date, datetime, or string.
//! Chinese date forms (`2026年10月31日`, `2026/10/31`) are dates. A column
//! takes a type only when every value has it, so published files always
//! validate against their schema; a column where nearly all values do is
//! kept as text and its odd values are reported as type outliers.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use polars::prelude::*;
use viewer_format::ColumnType;

/// Share of values a type needs before the others count as outliers.
const OUTLIER_SHARE: f64 = 0.95;

#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    Int(i64),
    Num(f64),
    Bool(bool),
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

pub fn parse_int(s: &str) -> Option<i64> {
    let t = s.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    // Leading zeros mark a code (0543…), 16+ digits an identifier: both stay text.
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) || (digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    t.parse().ok()
}

pub fn parse_num(s: &str) -> Option<f64> {
    let t = s.trim();
    let body = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(int.len() > 1 && int.starts_with('0'))
        && int.len() <= 15
        && !(body.contains('.') && frac.is_empty());
    if ok {
        t.parse().ok()
    } else {
        None
    }
}

pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim() {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    if t.len() < 8 || t.len() > 17 {
        return None;
    }
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"] {
        if let Ok(d) = NaiveDate::parse_from_str(t, f) {
            if (1000..=9999).contains(&chrono::Datelike::year(&d)) {
                return Some(d);
            }
        }
    }
    None
}

pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let t = s.trim().trim_end_matches('Z');
    let (d, time) = t.split_once('T').or_else(|| t.split_once(' '))?;
    let date = parse_date(d)?;
    let time = time.trim();
    for f in ["%H:%M:%S%.f", "%H:%M:%S", "%H:%M"] {
        if let Ok(tm) = NaiveTime::parse_from_str(time, f) {
            return Some(date.and_time(tm));
        }
    }
    None
}

fn parse_as(ty: ColumnType, s: &str) -> Option<Parsed> {
    match ty {
        ColumnType::Integer => parse_int(s).map(Parsed::Int),
        ColumnType::Number => parse_num(s).map(Parsed::Num),
        ColumnType::Boolean => parse_bool(s).map(Parsed::Bool),
        ColumnType::Date => parse_date(s).map(Parsed::Date),
        ColumnType::DateTime => parse_datetime(s).map(Parsed::DateTime),
        ColumnType::String => None,
    }
}

const CANDIDATES: [ColumnType; 5] = [ColumnType::Integer, ColumnType::Number, ColumnType::Boolean, ColumnType::Date, ColumnType::DateTime];

/// What inference found for one column.
#[derive(Debug, Clone)]
pub struct Inferred {
    pub ty: ColumnType,
    /// The type most values have, when a few do not (the column stays text).
    pub near: Option<ColumnType>,
    /// Rows (0-based) and values that break `near`.
    pub outliers: Vec<(usize, String)>,
    pub outlier_count: usize,
}

pub fn infer(ca: &StringChunked) -> Inferred {
    let values = ca.len() - ca.null_count();
    let mut counts = [0usize; 5];
    for v in ca.iter().flatten() {
        for (i, ty) in CANDIDATES.iter().enumerate() {
            if parse_as(*ty, v).is_some() {
                counts[i] += 1;
            }
        }
    }
    if values == 0 {
        return Inferred { ty: ColumnType::String, near: None, outliers: vec![], outlier_count: 0 };
    }
    if let Some(i) = counts.iter().position(|c| *c == values) {
        // Phone numbers are text, even when every one is all digits.
        if i == 0 && ca.iter().flatten().any(crate::ids::is_mobile) {
            return Inferred { ty: ColumnType::String, near: None, outliers: vec![], outlier_count: 0 };
        }
        return Inferred { ty: CANDIDATES[i], near: None, outliers: vec![], outlier_count: 0 };
    }
    let best = (0..5).max_by_key(|i| (counts[*i], std::cmp::Reverse(*i))).unwrap_or(0);
    if values >= 20 && counts[best] as f64 >= OUTLIER_SHARE * values as f64 {
        let ty = CANDIDATES[best];
        let mut outliers = Vec::new();
        for (row, v) in ca.iter().enumerate() {
            if let Some(v) = v {
                if parse_as(ty, v).is_none() && outliers.len() < 5 {
                    outliers.push((row, v.to_string()));
                }
            }
        }
        return Inferred { ty: ColumnType::String, near: Some(ty), outliers, outlier_count: values - counts[best] };
    }
    Inferred { ty: ColumnType::String, near: None, outliers: vec![], outlier_count: 0 }
}

/// The column converted to its inferred type.
pub fn convert(ca: &StringChunked, ty: ColumnType) -> Series {
    let name = ca.name().clone();
    match ty {
        ColumnType::Integer => Int64Chunked::from_iter(ca.iter().map(|v| v.and_then(parse_int))).with_name(name).into_series(),
        ColumnType::Number => Float64Chunked::from_iter(ca.iter().map(|v| v.and_then(parse_num))).with_name(name).into_series(),
        ColumnType::Boolean => BooleanChunked::from_iter(ca.iter().map(|v| v.and_then(parse_bool))).with_name(name).into_series(),
        ColumnType::Date => {
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
            Int32Chunked::from_iter(ca.iter().map(|v| v.and_then(parse_date).map(|d| (d - epoch).num_days() as i32))).with_name(name).into_series().into_date()
        }
        ColumnType::DateTime => Int64Chunked::from_iter(ca.iter().map(|v| v.and_then(parse_datetime).map(|d| d.and_utc().timestamp_millis())))
            .with_name(name)
            .into_series()
            .into_datetime(TimeUnit::Milliseconds, None),
        ColumnType::String => ca.clone().into_series(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ca(v: &[Option<&str>]) -> StringChunked {
        StringChunked::from_iter(v.iter().copied()).with_name("c".into())
    }

    #[test]
    fn parsers() {
        assert_eq!(parse_int("-42"), Some(-42));
        assert_eq!(parse_int("0543"), None);
        assert_eq!(parse_int("3716021980010112"), None);
        assert_eq!(parse_num("2.75"), Some(2.75));
        assert_eq!(parse_num("1."), None);
        assert_eq!(parse_num("1e5"), None);
        assert_eq!(parse_date("2026年10月31日"), NaiveDate::from_ymd_opt(2026, 10, 31));
        assert_eq!(parse_date("2026/10/31"), NaiveDate::from_ymd_opt(2026, 10, 31));
        assert_eq!(parse_date("2026-02-30"), None);
        assert!(parse_datetime("2026-10-31 08:30").is_some());
        assert!(parse_datetime("2026-10-31T08:30:15Z").is_some());
    }

    #[test]
    fn columns_take_a_type_only_when_every_value_has_it() {
        assert_eq!(infer(&ca(&[Some("1"), None, Some("22")])).ty, ColumnType::Integer);
        assert_eq!(infer(&ca(&[Some("1"), Some("2.5")])).ty, ColumnType::Number);
        assert_eq!(infer(&ca(&[Some("2026年1月2日"), Some("2026-01-03")])).ty, ColumnType::Date);
        assert_eq!(infer(&ca(&[Some("0543-1234567"), Some("12")])).ty, ColumnType::String);
        assert_eq!(infer(&ca(&[None, None])).ty, ColumnType::String);
        assert_eq!(infer(&ca(&[Some("13912345678"), Some("12")])).ty, ColumnType::String, "phone numbers are text");
        let mut v: Vec<Option<&str>> = vec![Some("7"); 40];
        v[13] = Some("n/a");
        let i = infer(&ca(&v));
        assert_eq!((i.ty, i.near, i.outlier_count), (ColumnType::String, Some(ColumnType::Integer), 1));
        assert_eq!(i.outliers, vec![(13, "n/a".to_string())]);
    }

    #[test]
    fn conversion() {
        let s = convert(&ca(&[Some("2026年10月31日"), None]), ColumnType::Date);
        assert_eq!(s.dtype(), &DataType::Date);
        assert_eq!(s.null_count(), 1);
    }
}
