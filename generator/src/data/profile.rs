//! Column profiles: nulls, distinct values, min/max/mean for numbers and
//! dates, the most frequent values for text.

use polars::prelude::*;
use std::collections::HashMap;
use viewer_format::{ColumnStats, ColumnType, Scalar};

pub const TOP_VALUES: usize = 5;

pub fn profile(s: &Series, ty: ColumnType) -> ColumnStats {
    let nulls = s.null_count() as u64;
    let distinct = s.n_unique().map(|n| n as u64 - u64::from(nulls > 0)).unwrap_or(0);
    let mut stats = ColumnStats { nulls, distinct, min: None, max: None, mean: None, top: vec![] };
    match ty {
        ColumnType::Integer => {
            if let Ok(ca) = s.i64() {
                stats.min = ca.min().map(Scalar::Int);
                stats.max = ca.max().map(Scalar::Int);
                stats.mean = ca.mean();
            }
        }
        ColumnType::Number => {
            if let Ok(ca) = s.f64() {
                stats.min = ca.min().map(Scalar::Num);
                stats.max = ca.max().map(Scalar::Num);
                stats.mean = ca.mean();
            }
        }
        ColumnType::Date => {
            if let Ok(phys) = s.to_physical_repr().i32() {
                stats.min = phys.min().map(Scalar::Date);
                stats.max = phys.max().map(Scalar::Date);
            }
        }
        ColumnType::DateTime => {
            if let Ok(phys) = s.to_physical_repr().i64() {
                stats.min = phys.min().map(Scalar::DateTime);
                stats.max = phys.max().map(Scalar::DateTime);
            }
        }
        ColumnType::Boolean => {
            if let Ok(ca) = s.bool() {
                let t = ca.sum().unwrap_or(0) as u64;
                let n = (ca.len() - ca.null_count()) as u64;
                stats.top = vec![("true".into(), t), ("false".into(), n - t)];
            }
        }
        ColumnType::String => {
            if let Ok(ca) = s.str() {
                // A category column's profile lists every value: the
                // viewer's pick-list is whole before the rows arrive.
                let n = if distinct <= viewer_format::MAX_CATEGORIES as u64 { viewer_format::MAX_CATEGORIES } else { TOP_VALUES };
                stats.top = top_values(ca, n);
            }
        }
    }
    stats
}

/// The most frequent values, most frequent first, ties by value (stable output).
pub fn top_values(ca: &StringChunked, n: usize) -> Vec<(String, u64)> {
    let mut counts: HashMap<&str, u64> = HashMap::new();
    for v in ca.iter().flatten() {
        *counts.entry(v).or_default() += 1;
    }
    let mut v: Vec<(&str, u64)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    v.into_iter().take(n).map(|(s, c)| (s.to_string(), c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_text() {
        let s = Series::new("n".into(), [Some(1i64), None, Some(3), Some(3)]);
        let p = profile(&s, ColumnType::Integer);
        assert_eq!((p.nulls, p.distinct), (1, 2));
        assert_eq!(p.min, Some(Scalar::Int(1)));
        assert_eq!(p.mean, Some(7.0 / 3.0));
        let s = Series::new("t".into(), [Some("b"), Some("a"), Some("b"), None]);
        let p = profile(&s, ColumnType::String);
        assert_eq!(p.top, vec![("b".to_string(), 2), ("a".to_string(), 1)]);
        assert_eq!(p.distinct, 2);
    }
}
