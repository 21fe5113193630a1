//! Quality checks (art. 14, 17, 19): ragged rows, empty columns, duplicate
//! rows, type outliers, unified social credit codes with a wrong GB 32100
//! check character, resident ID numbers with a wrong GB 11643 check digit,
//! and a completeness score. Findings are warnings, with counts and the first
//! example rows; values of ID columns and masked columns are shown masked.

use super::infer::Inferred;
use crate::ids;
use crate::mask::mask_value;
use polars::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    RaggedRows,
    EmptyColumn,
    DuplicateRows,
    TypeOutliers,
    InvalidUscc,
    InvalidResidentId,
}

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::RaggedRows => "ragged_rows",
            Kind::EmptyColumn => "empty_column",
            Kind::DuplicateRows => "duplicate_rows",
            Kind::TypeOutliers => "type_outliers",
            Kind::InvalidUscc => "invalid_uscc",
            Kind::InvalidResidentId => "invalid_resident_id",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finding {
    pub kind: Kind,
    pub column: Option<String>,
    pub count: usize,
    /// Data rows (1-based; the header is not a row) of the first examples.
    pub rows: Vec<usize>,
    /// Example values, masked where they could identify a person.
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quality {
    pub findings: Vec<Finding>,
    /// Share of non-empty cells, 0–100.
    pub completeness: f64,
    /// Completeness scaled down by the share of rows with a finding, 0–100.
    pub score: f64,
}

const EXAMPLES: usize = 5;

fn uscc_like(s: &str) -> bool {
    s.len() == 18 && s.bytes().all(|b| b"0123456789ABCDEFGHJKLMNPQRTUWXY".contains(&b)) && !id_like(s)
}

fn id_like(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 18 && b[..17].iter().all(u8::is_ascii_digit) && (b[17].is_ascii_digit() || b[17] == b'X' || b[17] == b'x')
}

/// `ragged`: (row numbers, count) from reading; `inferred`: per column, in order.
pub fn check(df: &DataFrame, ragged: (&[usize], usize), inferred: &[Inferred], masked: &[String]) -> Quality {
    let rows = df.height();
    let mut findings = Vec::new();
    let mut problem_rows = ragged.1;
    if ragged.1 > 0 {
        findings.push(Finding { kind: Kind::RaggedRows, column: None, count: ragged.1, rows: ragged.0.to_vec(), examples: vec![] });
    }
    let mut cells_filled = 0usize;
    for (i, c) in df.columns().iter().enumerate() {
        let name = c.name().to_string();
        let nulls = c.null_count();
        cells_filled += rows - nulls;
        if rows > 0 && nulls == rows {
            findings.push(Finding { kind: Kind::EmptyColumn, column: Some(name.clone()), count: rows, rows: vec![], examples: vec![] });
            continue;
        }
        let Ok(ca) = c.str() else { continue };
        if let Some(inf) = inferred.get(i) {
            if inf.outlier_count > 0 {
                problem_rows += inf.outlier_count;
                let show = |v: &str| if masked.contains(&name) { mask_value(v) } else { v.to_string() };
                findings.push(Finding {
                    kind: Kind::TypeOutliers,
                    column: Some(name.clone()),
                    count: inf.outlier_count,
                    rows: inf.outliers.iter().map(|(r, _)| r + 1).collect(),
                    examples: inf.outliers.iter().map(|(_, v)| show(v)).collect(),
                });
            }
        }
        let values = rows - nulls;
        let named_uscc = name.contains("信用代码") || name.to_ascii_lowercase().contains("uscc");
        let named_id = name.contains("身份证") || name.contains("证件号");
        let (mut uscc_n, mut id_n) = (0, 0);
        for v in ca.iter().flatten() {
            let v = v.trim();
            uscc_n += usize::from(uscc_like(v));
            id_n += usize::from(id_like(v));
        }
        let is_uscc = values > 0 && (named_uscc || uscc_n * 10 >= values * 9);
        let is_id = values > 0 && (named_id || id_n * 10 >= values * 9);
        for (kind, on, shape, valid) in [
            (Kind::InvalidUscc, is_uscc, uscc_like as fn(&str) -> bool, ids::uscc_valid as fn(&str) -> bool),
            (Kind::InvalidResidentId, is_id, id_like, ids::resident_id_valid),
        ] {
            if !on {
                continue;
            }
            let mut f = Finding { kind, column: Some(name.clone()), count: 0, rows: vec![], examples: vec![] };
            for (r, v) in ca.iter().enumerate() {
                let Some(v) = v.map(str::trim) else { continue };
                // A value of the wrong shape is an outlier too, but only a
                // right-shaped value can fail its check character.
                if shape(v) && !valid(v) {
                    f.count += 1;
                    if f.rows.len() < EXAMPLES {
                        f.rows.push(r + 1);
                        f.examples.push(if kind == Kind::InvalidResidentId { mask_value(v) } else { v.to_string() });
                    }
                }
            }
            if f.count > 0 {
                problem_rows += f.count;
                findings.push(f);
            }
        }
    }
    let dup = duplicate_rows(df);
    if !dup.is_empty() {
        problem_rows += dup.len();
        findings.push(Finding { kind: Kind::DuplicateRows, column: None, count: dup.len(), rows: dup.iter().take(EXAMPLES).map(|r| r + 1).collect(), examples: vec![] });
    }
    let cells = rows * df.width();
    let completeness = if cells == 0 { 100.0 } else { 100.0 * cells_filled as f64 / cells as f64 };
    let affected = if rows == 0 { 0.0 } else { (problem_rows as f64 / rows as f64).min(1.0) };
    let round = |x: f64| (x * 10.0).round() / 10.0;
    Quality { findings, completeness: round(completeness), score: round(completeness * (1.0 - affected)) }
}

/// Rows (0-based) identical to an earlier row.
fn duplicate_rows(df: &DataFrame) -> Vec<usize> {
    let rows = df.height();
    let mut hashes = vec![0xcbf2_9ce4_8422_2325u64; rows];
    for c in df.columns() {
        let Ok(ca) = c.str() else { continue };
        for (h, v) in hashes.iter_mut().zip(ca.iter()) {
            let mut s = std::collections::hash_map::DefaultHasher::new();
            (*h, v).hash(&mut s);
            *h = s.finish();
        }
    }
    let mut seen: HashMap<u64, usize> = HashMap::with_capacity(rows);
    let mut dups = Vec::new();
    for (r, h) in hashes.into_iter().enumerate() {
        if seen.insert(h, r).is_some() {
            dups.push(r);
        }
    }
    dups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::infer::infer;

    fn df(cols: &[(&str, Vec<Option<&str>>)]) -> DataFrame {
        let n = cols[0].1.len();
        DataFrame::new(n, cols.iter().map(|(name, v)| Series::new((*name).into(), v.clone()).into_column()).collect()).unwrap()
    }

    fn run(d: &DataFrame) -> Quality {
        let inf: Vec<Inferred> = d.columns().iter().map(|c| infer(c.str().unwrap())).collect();
        check(d, (&[], 0), &inf, &[])
    }

    #[test]
    fn duplicates_empty_columns_and_completeness() {
        let d = df(&[("a", vec![Some("1"), Some("1"), Some("2")]), ("b", vec![None, None, None])]);
        let q = run(&d);
        let kinds: Vec<Kind> = q.findings.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, vec![Kind::EmptyColumn, Kind::DuplicateRows]);
        assert_eq!(q.findings[1].rows, vec![2]);
        assert_eq!(q.completeness, 50.0);
        assert!(q.score < q.completeness);
    }

    #[test]
    fn identifiers_with_wrong_check_characters() {
        let d = df(&[
            ("统一社会信用代码", vec![Some("91350100M000100Y43"), Some("91350100M000100Y44")]),
            ("身份证号码", vec![Some("11010519491231002X"), Some("110105194912310021")]),
        ]);
        let q = run(&d);
        let f: Vec<(Kind, usize, Vec<usize>)> = q.findings.iter().map(|f| (f.kind, f.count, f.rows.clone())).collect();
        assert_eq!(f, vec![(Kind::InvalidUscc, 1, vec![2]), (Kind::InvalidResidentId, 1, vec![2])]);
        assert_eq!(q.findings[1].examples, vec!["110105********0021".to_string()], "ID examples are masked");
    }
}
