//! The whole table in the browser: chunks arrive one by one; filters, sort,
//! pages, CSV export and charts work over the rows loaded so far.

use crate::html::{esc, Strings};
use std::cmp::Ordering;
use viewer_format::{date, Cell, Chunk, ColumnData, ColumnType, FormatError, Manifest};

pub const PER_PAGE: usize = 50;
/// String columns with at most this many distinct values get a pick-list.
pub const MAX_CATEGORIES: usize = 40;

#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    Contains(String),
    /// Numbers; dates as days, datetimes as milliseconds.
    Range(Option<f64>, Option<f64>),
    Pick(Vec<String>),
}

pub struct Table {
    pub manifest: Manifest,
    chunks: Vec<Option<Chunk>>,
    filters: Vec<Option<Filter>>,
    sort: Option<(usize, bool)>,
    view: Vec<u32>,
    /// Sort keys of one column, kept while the loaded rows stay the same.
    keys: Option<(usize, usize, Keys)>,
    pub strings: Strings,
}

fn num(c: &Cell) -> Option<f64> {
    match c {
        Cell::Int(v) => Some(*v as f64),
        Cell::Num(v) => Some(*v),
        Cell::Date(v) => Some(f64::from(*v)),
        Cell::DateTime(v) => Some(*v as f64),
        Cell::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

/// A sort key for every row, computed once per sort.
enum Keys {
    Num(Vec<f64>),
    Text(Vec<u32>),
}

impl Table {
    pub fn new(manifest: &[u8], strings: &str) -> Result<Table, FormatError> {
        let manifest = Manifest::decode(manifest)?;
        let n = manifest.chunks.len();
        let cols = manifest.columns.len();
        Ok(Table { manifest, chunks: (0..n).map(|_| None).collect(), filters: vec![None; cols], sort: None, view: vec![], keys: None, strings: Strings::parse(strings) })
    }

    pub fn add_chunk(&mut self, index: usize, bytes: &[u8]) -> Result<(), FormatError> {
        let c = Chunk::decode(bytes)?;
        if let Some(slot) = self.chunks.get_mut(index) {
            *slot = Some(c);
        }
        Ok(())
    }

    pub fn loaded_rows(&self) -> usize {
        self.chunks.iter().flatten().map(Chunk::rows).sum()
    }

    pub fn complete(&self) -> bool {
        self.chunks.iter().all(Option::is_some)
    }

    /// Loaded chunks with their first row, in order (chunks arrive in order, but may not all be here).
    fn loaded(&self) -> impl Iterator<Item = &Chunk> {
        self.chunks.iter().flatten()
    }

    fn cell(&self, row: u32, col: usize) -> Cell<'_> {
        let row = u64::from(row);
        let i = self.manifest.chunk_for_row(row);
        match i.and_then(|i| self.chunks.get(i)).and_then(Option::as_ref) {
            Some(c) => c.cell((row - c.first_row()) as usize, col),
            None => Cell::Null,
        }
    }

    pub fn set_filter(&mut self, col: usize, f: Option<Filter>) {
        if let Some(slot) = self.filters.get_mut(col) {
            *slot = f;
        }
    }

    pub fn set_sort(&mut self, col: Option<usize>, desc: bool) {
        self.sort = col.map(|c| (c, desc));
    }

    /// Per chunk, each filter as a test on row `i`. Text filters on string
    /// columns are decided once per dictionary entry, not once per row.
    fn matchers<'a>(&'a self, c: &'a Chunk) -> Vec<Box<dyn Fn(usize) -> bool + 'a>> {
        let mut m: Vec<Box<dyn Fn(usize) -> bool + 'a>> = Vec::new();
        for (col, f) in self.filters.iter().enumerate() {
            let Some(f) = f else { continue };
            let data = c.column(col);
            if let (Some(ColumnData::String { dict, codes, valid }), Filter::Contains(_) | Filter::Pick(_)) = (data, f) {
                let ok: Vec<bool> = dict
                    .iter()
                    .map(|s| match f {
                        Filter::Contains(needle) => s.to_lowercase().contains(needle.as_str()),
                        Filter::Pick(values) => values.iter().any(|v| v == s),
                        Filter::Range(..) => false,
                    })
                    .collect();
                m.push(Box::new(move |i| valid.get(i) && codes.get(i).is_some_and(|k| ok.get(*k as usize).copied().unwrap_or(false))));
                continue;
            }
            let f = f.clone();
            m.push(Box::new(move |i| match &f {
                Filter::Contains(needle) => {
                    let v = c.cell(i, col);
                    !v.is_null() && v.to_display_string().to_lowercase().contains(needle.as_str())
                }
                Filter::Range(lo, hi) => match num(&c.cell(i, col)) {
                    Some(v) => lo.is_none_or(|l| v >= l) && hi.is_none_or(|h| v <= h),
                    None => false,
                },
                Filter::Pick(values) => values.contains(&c.cell(i, col).to_display_string()),
            }));
        }
        m
    }

    /// Recomputes the rows in view: filters, then sort.
    pub fn refresh(&mut self) {
        let mut view = Vec::with_capacity(self.loaded_rows());
        for c in self.loaded() {
            let first = c.first_row() as u32;
            let tests = self.matchers(c);
            for i in 0..c.rows() {
                if tests.iter().all(|t| t(i)) {
                    view.push(first + i as u32);
                }
            }
        }
        if let Some((col, desc)) = self.sort {
            let loaded = self.loaded_rows();
            if !matches!(&self.keys, Some((c, n, _)) if *c == col && *n == loaded) {
                self.keys = Some((col, loaded, self.keys(col)));
            }
            let Some((_, _, keys)) = &self.keys else { return };
            match keys {
                Keys::Num(k) => {
                    let key = |r: u32| k[r as usize];
                    view.sort_unstable_by(|a, b| {
                        let (x, y) = (key(*a), key(*b));
                        let o = match (x.is_nan(), y.is_nan()) {
                            (true, true) => Ordering::Equal,
                            (true, false) => Ordering::Greater,
                            (false, true) => Ordering::Less,
                            _ if desc => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
                            _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                        };
                        o.then(a.cmp(b))
                    });
                }
                Keys::Text(k) => {
                    let key = |r: u32| k[r as usize];
                    view.sort_unstable_by(|a, b| {
                        let (x, y) = (key(*a), key(*b));
                        let o = match (x == u32::MAX, y == u32::MAX) {
                            (true, true) => Ordering::Equal,
                            (true, false) => Ordering::Greater,
                            (false, true) => Ordering::Less,
                            _ if desc => y.cmp(&x),
                            _ => x.cmp(&y),
                        };
                        o.then(a.cmp(b))
                    });
                }
            }
        }
        self.view = view;
    }

    fn keys(&self, col: usize) -> Keys {
        let rows = self.manifest.rows as usize;
        let is_text = self.manifest.columns.get(col).is_some_and(|c| c.ty == ColumnType::String);
        if !is_text {
            let mut k = vec![f64::NAN; rows];
            for c in self.loaded() {
                let first = c.first_row() as usize;
                for i in 0..c.rows() {
                    if let Some(v) = num(&c.cell(i, col)) {
                        k[first + i] = v;
                    }
                }
            }
            return Keys::Num(k);
        }
        // Rank every distinct string once; rows get their value's rank.
        let mut values: Vec<&str> = Vec::new();
        for c in self.loaded() {
            if let Some(ColumnData::String { dict, .. }) = c.column(col) {
                values.extend(dict.iter().map(String::as_str));
            }
        }
        values.sort_unstable();
        values.dedup();
        let mut k = vec![u32::MAX; rows];
        for c in self.loaded() {
            let first = c.first_row() as usize;
            if let Some(ColumnData::String { dict, codes, valid }) = c.column(col) {
                let ranks: Vec<u32> = dict.iter().map(|s| values.binary_search(&s.as_str()).map_or(u32::MAX, |r| r as u32)).collect();
                for (i, code) in codes.iter().enumerate() {
                    if valid.get(i) {
                        k[first + i] = ranks.get(*code as usize).copied().unwrap_or(u32::MAX);
                    }
                }
            }
        }
        Keys::Text(k)
    }

    pub fn view_len(&self) -> usize {
        self.view.len()
    }

    pub fn view(&self) -> &[u32] {
        &self.view
    }

    /// Distinct values of a text column, when few enough for a pick-list.
    pub fn categories(&self, col: usize) -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for c in self.loaded() {
            if let Some(ColumnData::String { dict, .. }) = c.column(col) {
                for s in dict {
                    if !v.contains(s) {
                        v.push(s.clone());
                        if v.len() > MAX_CATEGORIES {
                            return vec![];
                        }
                    }
                }
            }
        }
        v.sort();
        v
    }

    pub fn header_html(&self) -> String {
        let mut h = String::from("<tr>");
        for (i, c) in self.manifest.columns.iter().enumerate() {
            let (aria, mark) = match self.sort {
                Some((col, false)) if col == i => (" aria-sort=\"ascending\"", " ▲"),
                Some((col, true)) if col == i => (" aria-sort=\"descending\"", " ▼"),
                _ => ("", ""),
            };
            h.push_str(&format!(
                "<th scope=\"col\"{aria}><button type=\"button\" class=\"kf-sort\" data-col=\"{i}\" title=\"{}\">{}{mark}</button></th>",
                esc(&self.strings.get("v_sort_by")),
                esc(&c.name)
            ));
        }
        h.push_str("</tr>");
        h
    }

    pub fn page_html(&self, page: usize) -> String {
        let start = (page.max(1) - 1) * PER_PAGE;
        let mut h = String::new();
        for r in self.view.iter().skip(start).take(PER_PAGE) {
            h.push_str("<tr>");
            for (col, meta) in self.manifest.columns.iter().enumerate() {
                let v = self.cell(*r, col);
                let cls = if matches!(meta.ty, ColumnType::Integer | ColumnType::Number) { " class=\"kf-num\"" } else { "" };
                h.push_str(&format!("<td{cls}>{}</td>", esc(&if v.is_null() { String::new() } else { v.to_display_string() })));
            }
            h.push_str("</tr>");
        }
        h
    }

    pub fn csv(&self) -> String {
        let quote = |s: &str| if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
        let mut out = String::from("\u{feff}");
        out.push_str(&self.manifest.columns.iter().map(|c| quote(&c.name)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
        for r in &self.view {
            let row: Vec<String> = (0..self.manifest.columns.len()).map(|c| {
                let v = self.cell(*r, c);
                if v.is_null() { String::new() } else { quote(&v.to_display_string()) }
            }).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// Values of a column over the view, as numbers (nulls skipped).
    pub fn numbers(&self, col: usize) -> Vec<f64> {
        self.view.iter().filter_map(|r| num(&self.cell(*r, col))).filter(|v| v.is_finite()).collect()
    }

    /// (x, y) pairs over the view for a line chart, averaged per x.
    pub fn series(&self, x: usize, y: usize) -> Vec<(f64, f64)> {
        let mut acc: std::collections::BTreeMap<i64, (f64, u32)> = std::collections::BTreeMap::new();
        let is_datetime = self.manifest.columns.get(x).is_some_and(|c| c.ty == ColumnType::DateTime);
        for r in &self.view {
            if let (Some(xv), Some(yv)) = (num(&self.cell(*r, x)), num(&self.cell(*r, y))) {
                // Datetimes are grouped by day.
                let key = if is_datetime { (xv / date::MS_PER_DAY as f64).floor() as i64 } else { xv as i64 };
                let e = acc.entry(key).or_insert((0.0, 0));
                e.0 += yv;
                e.1 += 1;
            }
        }
        acc.into_iter().map(|(k, (s, n))| (k as f64, s / f64::from(n))).collect()
    }

    /// Counts per value over the view, most frequent first.
    pub fn counts(&self, col: usize) -> Vec<(String, usize)> {
        let mut m: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for r in &self.view {
            let v = self.cell(*r, col);
            if !v.is_null() {
                *m.entry(v.to_display_string()).or_default() += 1;
            }
        }
        let mut v: Vec<(String, usize)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }
}
