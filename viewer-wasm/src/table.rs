//! The whole table in the browser: chunks arrive one by one; filters, sort,
//! pages, CSV export and charts work over the rows loaded so far.

use crate::html::{esc, Strings};
use viewer_format::{date, Bitmap, Cell, Chunk, ColumnData, ColumnType, FormatError, Manifest, Scalar, MAX_CATEGORIES};

pub const PER_PAGE: usize = viewer_format::PAGE_ROWS;

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
    /// Bumped whenever a filter changes.
    filter_version: u64,
    sort: Option<(usize, bool)>,
    /// The rows passing the filters, in table order, for (loaded rows, filter version).
    filtered: Vec<u32>,
    filtered_for: Option<(usize, u64)>,
    /// The filters `filtered` was computed with.
    applied: Vec<Option<Filter>>,
    /// Bumped whenever `filtered` is recomputed.
    generation: u64,
    /// The first rows of the view in sort order: a prefix, grown on demand
    /// (top-k selection for the pages shown, a full sort only when needed).
    order: Vec<u32>,
    order_for: Option<(usize, bool, u64)>,
    /// Sort keys of one column for every table row (nulls `u64::MAX`), kept
    /// while the loaded rows stay the same: (column, loaded rows, keys).
    keys: Option<(usize, usize, Vec<u64>)>,
    /// Per chunk, per column: a category column's rows by value (built when
    /// the page is idle, `index_categories`).
    by_code: Vec<Vec<Option<CodeRows>>>,
    pub strings: Strings,
}

/// A string column's rows (chunk-local) grouped by dictionary code,
/// ascending within each code: a pick filter copies its values' rows
/// instead of testing every row. Nulls are in no group.
#[derive(Debug)]
struct CodeRows {
    starts: Vec<u32>,
    rows: Vec<u32>,
}

impl CodeRows {
    fn build(dict_len: usize, codes: &[u32], valid: &Bitmap) -> CodeRows {
        let all_valid = valid.count_ones() == valid.len();
        let keep = |i: usize, c: u32| (c as usize) < dict_len && (all_valid || valid.get(i));
        let mut starts = vec![0u32; dict_len + 1];
        for (i, &c) in codes.iter().enumerate() {
            if keep(i, c) {
                starts[c as usize + 1] += 1;
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut rows = vec![0u32; starts[dict_len] as usize];
        for (i, &c) in codes.iter().enumerate() {
            if keep(i, c) {
                rows[next[c as usize] as usize] = i as u32;
                next[c as usize] += 1;
            }
        }
        CodeRows { starts, rows }
    }

    fn of(&self, code: usize) -> &[u32] {
        &self.rows[self.starts[code] as usize..self.starts[code + 1] as usize]
    }
}

/// A string column is worth grouping by value when its values repeat (a
/// category: on average eight rows or more each); a group costs four bytes a row.
fn is_category(dict_len: usize, rows: usize) -> bool {
    dict_len > 0 && dict_len.saturating_mul(8) <= rows
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

/// Rows at most this many are found by top-k selection, not a full sort.
const TOP_K: usize = 1000;
const NULL_KEY: u64 = u64::MAX;

/// An order-preserving map of an i64 to u64, below [`NULL_KEY`].
fn int_key(v: i64) -> u64 {
    ((v as u64) ^ (1 << 63)).min(NULL_KEY - 1)
}

/// An order-preserving map of a float to u64 (NaN is null).
fn float_key(v: f64) -> u64 {
    if v.is_nan() {
        return NULL_KEY;
    }
    let b = if v == 0.0 { 0f64.to_bits() } else { v.to_bits() };
    let k = if b >> 63 == 1 { !b } else { b | (1 << 63) };
    k.min(NULL_KEY - 1)
}

/// The key as compared: descending flips every value, nulls stay last.
fn directed(k: u64, desc: bool) -> u64 {
    if k == NULL_KEY || !desc {
        k
    } else {
        NULL_KEY - 1 - k
    }
}

/// Keeps the chunk rows `cand` (all `n` rows when `None`) that pass `test`,
/// in order, into `out`: branch-free, every index written and the cursor
/// moved past the kept ones.
fn keep_rows(n: usize, cand: Option<&[u32]>, out: &mut Vec<u32>, test: impl Fn(usize) -> bool) {
    out.clear();
    match cand {
        None => {
            out.resize(n, 0);
            let mut k = 0;
            for i in 0..n {
                out[k] = i as u32;
                k += usize::from(test(i));
            }
            out.truncate(k);
        }
        Some(rows) => {
            out.resize(rows.len(), 0);
            let mut k = 0;
            for &i in rows {
                out[k] = i;
                k += usize::from(test(i as usize));
            }
            out.truncate(k);
        }
    }
}

/// `keep_rows` for a range over a typed slice, with or without a validity check.
fn keep_range<T: Copy>(values: &[T], valid: &Bitmap, lo: f64, hi: f64, cand: Option<&[u32]>, out: &mut Vec<u32>, f: impl Fn(T) -> f64) {
    let n = values.len();
    if valid.count_ones() == valid.len() {
        keep_rows(n, cand, out, |i| {
            let x = f(values[i]);
            (x >= lo) & (x <= hi)
        });
    } else {
        keep_rows(n, cand, out, |i| {
            let x = f(values[i]);
            (x >= lo) & (x <= hi) && valid.get(i)
        });
    }
}

impl Table {
    pub fn new(manifest: &[u8], strings: &str) -> Result<Table, FormatError> {
        let mut manifest = Manifest::decode(manifest)?;
        let n = manifest.chunks.len();
        let cols = manifest.columns.len();
        let mut chunks: Vec<Option<Chunk>> = (0..n).map(|_| None).collect();
        // The first chunk inlined in the manifest: rows at once.
        let head = std::mem::take(&mut manifest.head);
        if !head.is_empty() {
            let c = Chunk::decode(&head)?;
            let expected = manifest.chunks.first().map(|r| (r.first_row, r.rows as usize));
            if expected != Some((c.first_row(), c.rows())) || c.columns().len() != cols {
                return Err(FormatError::Invalid("the manifest's first rows do not match its first chunk".into()));
            }
            chunks[0] = Some(c);
        }
        Ok(Table {
            manifest,
            chunks,
            filters: vec![None; cols],
            filter_version: 0,
            sort: None,
            filtered: vec![],
            filtered_for: None,
            applied: vec![None; cols],
            generation: 0,
            order: vec![],
            order_for: None,
            keys: None,
            by_code: (0..n).map(|_| Vec::new()).collect(),
            strings: Strings::parse(strings),
        })
    }

    pub fn add_chunk(&mut self, index: usize, bytes: &[u8]) -> Result<(), FormatError> {
        let c = Chunk::decode(bytes)?;
        if let Some(slot) = self.chunks.get_mut(index) {
            *slot = Some(c);
            self.by_code[index].clear();
        }
        Ok(())
    }

    pub fn loaded_rows(&self) -> usize {
        self.chunks.iter().flatten().map(Chunk::rows).sum()
    }

    pub fn complete(&self) -> bool {
        self.chunks.iter().all(Option::is_some)
    }

    /// Whether chunk `index` is in (the first comes with the manifest).
    pub fn has_chunk(&self, index: usize) -> bool {
        self.chunks.get(index).is_some_and(Option::is_some)
    }

    /// Loaded chunks, in row order (not necessarily contiguous).
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
            if *slot != f {
                *slot = f;
                self.filter_version += 1;
            }
        }
    }

    pub fn set_sort(&mut self, col: Option<usize>, desc: bool) {
        self.sort = col.map(|c| (c, desc));
    }

    /// The rows of chunk `c` (chunk-local; of `cand`, or all when `None`)
    /// that pass filter `f` on column `col`, into `out`: tight loops over the
    /// typed column, text filters decided once per dictionary entry.
    fn filter_chunk(c: &Chunk, col: usize, f: &Filter, cand: Option<&[u32]>, index: Option<&CodeRows>, out: &mut Vec<u32>) {
        let n = c.rows();
        let Some(data) = c.column(col) else {
            out.clear();
            return;
        };
        let bounds = |lo: &Option<f64>, hi: &Option<f64>| (lo.unwrap_or(f64::NEG_INFINITY), hi.unwrap_or(f64::INFINITY));
        match (data, f) {
            (ColumnData::String { dict, codes, valid }, Filter::Contains(_) | Filter::Pick(_)) => {
                let mut ok: Vec<bool> = dict
                    .iter()
                    .map(|s| match f {
                        Filter::Contains(needle) => s.to_lowercase().contains(needle.as_str()),
                        Filter::Pick(values) => values.iter().any(|v| v == s),
                        Filter::Range(..) => false,
                    })
                    .collect();
                // One value picked and grouped by value: copy its rows.
                if let (None, Some(ix)) = (cand, index) {
                    let mut chosen = ok.iter().enumerate().filter_map(|(k, y)| y.then_some(k));
                    if let (first, None) = (chosen.next(), chosen.next()) {
                        out.clear();
                        out.extend_from_slice(first.map_or(&[][..], |k| ix.of(k)));
                        return;
                    }
                }
                ok.push(false);
                let last = ok.len() - 1;
                let code_ok = |i: usize| ok[(codes[i] as usize).min(last)];
                if valid.count_ones() == valid.len() {
                    keep_rows(n, cand, out, code_ok);
                } else {
                    keep_rows(n, cand, out, |i| code_ok(i) && valid.get(i));
                }
            }
            (ColumnData::Number { values, valid }, Filter::Range(lo, hi)) => {
                let (lo, hi) = bounds(lo, hi);
                keep_range(values, valid, lo, hi, cand, out, |v| v);
            }
            (ColumnData::Integer { values, valid }, Filter::Range(lo, hi)) => {
                let (lo, hi) = bounds(lo, hi);
                keep_range(values, valid, lo, hi, cand, out, |v| v as f64);
            }
            (ColumnData::Date { days, valid }, Filter::Range(lo, hi)) => {
                let (lo, hi) = bounds(lo, hi);
                keep_range(days, valid, lo, hi, cand, out, f64::from);
            }
            (ColumnData::DateTime { ms, valid }, Filter::Range(lo, hi)) => {
                let (lo, hi) = bounds(lo, hi);
                keep_range(ms, valid, lo, hi, cand, out, |v| v as f64);
            }
            _ => keep_rows(n, cand, out, |i| match f {
                Filter::Contains(needle) => {
                    let v = c.cell(i, col);
                    !v.is_null() && v.to_display_string().to_lowercase().contains(needle.as_str())
                }
                Filter::Range(lo, hi) => match num(&c.cell(i, col)) {
                    Some(v) => lo.is_none_or(|l| v >= l) && hi.is_none_or(|h| v <= h),
                    None => false,
                },
                Filter::Pick(values) => values.contains(&c.cell(i, col).to_display_string()),
            }),
        }
    }

    /// The loaded rows that pass `filters`, ascending; only among `within`
    /// (ascending table rows) when given.
    fn select(&self, filters: &[(usize, &Filter)], within: Option<&[u32]>) -> Vec<u32> {
        let mut view: Vec<u32> = Vec::with_capacity(within.map_or_else(|| self.loaded_rows(), <[u32]>::len));
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let mut rest = within.unwrap_or(&[]);
        for (ci, c) in self.chunks.iter().enumerate().filter_map(|(i, c)| Some((i, c.as_ref()?))) {
            let (start, end) = (c.first_row() as u32, c.row_range().end as u32);
            let cand: Option<&[u32]> = match within {
                None => None,
                Some(_) => {
                    let from = rest.partition_point(|r| *r < start);
                    rest = &rest[from..];
                    let k = rest.partition_point(|r| *r < end);
                    a.clear();
                    a.extend(rest[..k].iter().map(|r| r - start));
                    rest = &rest[k..];
                    Some(&a)
                }
            };
            if filters.is_empty() {
                match cand {
                    None => view.extend(start..end),
                    Some(rows) => view.extend(rows.iter().map(|r| r + start)),
                }
                continue;
            }
            // The first filter scans the chunk (or the candidates); each next
            // one narrows. A column grouped by value goes first, whatever its
            // place: one value picked there copies its rows, no scan.
            let mut cur: Option<Vec<u32>> = cand.map(<[u32]>::to_vec);
            let index_of = |col: usize| self.by_code.get(ci).and_then(|cols| cols.get(col)).and_then(Option::as_ref);
            let grouped = filters.iter().filter(|(col, _)| index_of(*col).is_some());
            for (col, f) in grouped.chain(filters.iter().filter(|(col, _)| index_of(*col).is_none())) {
                let index = index_of(*col);
                Self::filter_chunk(c, *col, f, cur.as_deref(), index, &mut b);
                if b.is_empty() {
                    cur = Some(Vec::new());
                    break;
                }
                cur = Some(std::mem::take(&mut b));
            }
            if let Some(rows) = cur {
                view.extend(rows.iter().map(|r| r + start));
                b = rows;
            }
        }
        view
    }

    /// Runs each column's filter loop once over the loaded rows and drops
    /// the result: the engine first runs WebAssembly in a baseline tier and
    /// optimises what has run a while, so without this the visitor's first
    /// filter is the slow one. Returns the rows kept (for tests).
    pub fn warm_up(&self) -> usize {
        // A pick runs the loop a "contains" runs too (both decide per
        // dictionary entry); a range the numbers' and dates' loops.
        let pick = Filter::Pick(Vec::new());
        let range = Filter::Range(None, None);
        let mut kept = 0;
        for (col, meta) in self.manifest.columns.iter().enumerate() {
            let f = match meta.ty {
                ColumnType::String => &pick,
                ColumnType::Boolean => continue,
                _ => &range,
            };
            kept += self.select(&[(col, f)], None).len();
        }
        kept
    }

    /// Groups the rows of every loaded chunk's category columns by value
    /// (see [`CodeRows`]), for the chunks not grouped yet. Returns the rows
    /// grouped (for tests).
    pub fn index_categories(&mut self) -> usize {
        let mut grouped = 0;
        for (i, c) in self.chunks.iter().enumerate() {
            let Some(c) = c else { continue };
            if !self.by_code[i].is_empty() {
                continue;
            }
            self.by_code[i] = c
                .columns()
                .iter()
                .map(|data| match data {
                    ColumnData::String { dict, codes, valid } if is_category(dict.len(), codes.len()) => {
                        let ix = CodeRows::build(dict.len(), codes, valid);
                        grouped += ix.rows.len();
                        Some(ix)
                    }
                    _ => None,
                })
                .collect();
        }
        grouped
    }

    /// Recomputes what changed since the last call: the rows passing the
    /// filters (when a filter or the loaded rows changed; when filters were
    /// only added, by narrowing the rows already found), then the first page
    /// of the sort order.
    pub fn refresh(&mut self) {
        let loaded = self.loaded_rows();
        if self.filtered_for != Some((loaded, self.filter_version)) {
            let narrowing = self.filtered_for.is_some_and(|(l, _)| l == loaded)
                && self.applied.iter().any(Option::is_some)
                && self.applied.iter().zip(&self.filters).all(|(a, f)| a.is_none() || a == f);
            let filtered = if narrowing {
                let added: Vec<(usize, &Filter)> = self
                    .filters
                    .iter()
                    .zip(&self.applied)
                    .enumerate()
                    .filter_map(|(i, (f, a))| match (f, a) {
                        (Some(f), None) => Some((i, f)),
                        _ => None,
                    })
                    .collect();
                self.select(&added, Some(&self.filtered))
            } else {
                let active: Vec<(usize, &Filter)> = self.filters.iter().enumerate().filter_map(|(i, f)| f.as_ref().map(|f| (i, f))).collect();
                self.select(&active, None)
            };
            self.filtered = filtered;
            self.applied = self.filters.clone();
            self.filtered_for = Some((loaded, self.filter_version));
            self.generation += 1;
        }
        self.ensure_sorted(PER_PAGE);
    }

    /// Makes sure the first `n` rows of the view are in sort order.
    fn ensure_sorted(&mut self, n: usize) {
        let Some((col, desc)) = self.sort else { return };
        if self.order_for != Some((col, desc, self.generation)) {
            self.order.clear();
            self.order_for = Some((col, desc, self.generation));
        }
        let total = self.filtered.len();
        let n = n.min(total);
        if self.order.len() >= n && (n > 0 || total == 0) && !(n == total && self.order.len() < total) {
            return;
        }
        let loaded = self.loaded_rows();
        if !matches!(&self.keys, Some((c, l, _)) if *c == col && *l == loaded) {
            self.keys = Some((col, loaded, self.keys(col)));
        }
        let Some((_, _, keys)) = &self.keys else { return };
        let key = |r: u32| (directed(keys.get(r as usize).copied().unwrap_or(NULL_KEY), desc), r);
        let want = n.max(TOP_K).max(self.order.len() * 2);
        if want.saturating_mul(8) >= total {
            let mut pairs: Vec<(u64, u32)> = self.filtered.iter().map(|r| key(*r)).collect();
            pairs.sort_unstable();
            self.order = pairs.into_iter().map(|(_, r)| r).collect();
            return;
        }
        // Top-k: a max-heap of the best `want` so far; most rows fail the
        // comparison with its worst and are passed over.
        let mut heap: std::collections::BinaryHeap<(u64, u32)> = std::collections::BinaryHeap::with_capacity(want + 1);
        let mut worst = (NULL_KEY, u32::MAX);
        for r in &self.filtered {
            let k = key(*r);
            if heap.len() < want {
                heap.push(k);
                if heap.len() == want {
                    worst = *heap.peek().unwrap_or(&worst);
                }
            } else if k < worst {
                heap.pop();
                heap.push(k);
                worst = *heap.peek().unwrap_or(&worst);
            }
        }
        self.order = heap.into_sorted_vec().into_iter().map(|(_, r)| r).collect();
    }

    /// Row `i` of the view (after `ensure_sorted(i + 1)` when sorted).
    fn row_at(&self, i: usize) -> Option<u32> {
        if self.sort.is_some() {
            self.order.get(i).copied()
        } else {
            self.filtered.get(i).copied()
        }
    }

    fn keys(&self, col: usize) -> Vec<u64> {
        let rows = self.manifest.rows as usize;
        let mut k = vec![NULL_KEY; rows];
        let is_text = self.manifest.columns.get(col).is_some_and(|c| c.ty == ColumnType::String);
        // Rank every distinct string once; rows get their value's rank.
        let mut values: Vec<&str> = Vec::new();
        if is_text {
            for c in self.loaded() {
                if let Some(ColumnData::String { dict, .. }) = c.column(col) {
                    values.extend(dict.iter().map(String::as_str));
                }
            }
            values.sort_unstable();
            values.dedup();
        }
        for c in self.loaded() {
            let first = c.first_row() as usize;
            let Some(data) = c.column(col) else { continue };
            let Some(out) = k.get_mut(first..first + c.rows()) else { continue };
            match data {
                ColumnData::Integer { values, .. } => out.iter_mut().zip(values).for_each(|(o, v)| *o = int_key(*v)),
                ColumnData::Number { values, .. } => out.iter_mut().zip(values).for_each(|(o, v)| *o = float_key(*v)),
                ColumnData::Date { days, .. } => out.iter_mut().zip(days).for_each(|(o, v)| *o = int_key(i64::from(*v))),
                ColumnData::DateTime { ms, .. } => out.iter_mut().zip(ms).for_each(|(o, v)| *o = int_key(*v)),
                ColumnData::Boolean { values, .. } => out.iter_mut().zip(values.iter()).for_each(|(o, v)| *o = u64::from(v)),
                ColumnData::String { dict, codes, .. } => {
                    let ranks: Vec<u64> = dict.iter().map(|s| values.binary_search(&s.as_str()).map_or(NULL_KEY, |r| r as u64)).collect();
                    out.iter_mut().zip(codes).for_each(|(o, code)| *o = ranks.get(*code as usize).copied().unwrap_or(NULL_KEY));
                }
            }
            let valid = data.valid();
            if valid.count_ones() != valid.len() {
                for (i, o) in out.iter_mut().enumerate() {
                    if !valid.get(i) {
                        *o = NULL_KEY;
                    }
                }
            }
        }
        k
    }

    pub fn view_len(&self) -> usize {
        self.filtered.len()
    }

    /// Every row of the view, in order (sorting all of it if needed).
    pub fn view(&mut self) -> &[u32] {
        self.refresh();
        if self.sort.is_none() {
            return &self.filtered;
        }
        self.ensure_sorted(usize::MAX);
        &self.order
    }

    /// Whether a column's values chart to something, by its profile: more
    /// than one value; not a sequence number (integers counting up by one,
    /// one a row: 1, 2, 3… or 周次 of a weekly table), whose histogram is
    /// flat and whose line is a diagonal; not a text of a different value
    /// on every row (names, codes, addresses), whose bars are all one high.
    /// A chart form offers every column and chooses one of these first.
    pub fn charts_well(&self, col: usize) -> bool {
        let Some(meta) = self.manifest.columns.get(col) else { return false };
        let s = &meta.stats;
        if s.distinct == 1 {
            return false;
        }
        let one_a_row = s.distinct > 2 && s.distinct == self.manifest.rows - s.nulls;
        let identifier = match (meta.ty, &s.min, &s.max) {
            (ColumnType::Integer, Some(Scalar::Int(lo)), Some(Scalar::Int(hi))) => one_a_row && hi.abs_diff(*lo) + 1 == s.distinct,
            (ColumnType::String, ..) => one_a_row,
            _ => false,
        };
        !identifier
    }

    /// Distinct values of a text column, when few enough for a pick-list:
    /// from the profile when it lists them all (the whole table's, before
    /// its rows arrive), else from the rows loaded so far.
    pub fn categories(&self, col: usize) -> Vec<String> {
        let Some(meta) = self.manifest.columns.get(col) else { return vec![] };
        let stats = &meta.stats;
        if meta.ty == ColumnType::String {
            if stats.distinct > MAX_CATEGORIES as u64 {
                return vec![];
            }
            if stats.distinct > 0 && stats.top.len() as u64 == stats.distinct {
                let mut v: Vec<String> = stats.top.iter().map(|(s, _)| s.clone()).collect();
                v.sort();
                return v;
            }
        }
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

    /// The cells of a page as text: cells separated by U+001F, rows by
    /// U+001E (the page writes them into its existing cells, not as HTML).
    pub fn page_cells(&mut self, page: usize) -> String {
        let start = (page.max(1) - 1) * PER_PAGE;
        self.ensure_sorted(start + PER_PAGE);
        let mut h = String::new();
        for (n, r) in (start..start + PER_PAGE).map_while(|i| self.row_at(i)).enumerate() {
            if n > 0 {
                h.push('\u{1e}');
            }
            for col in 0..self.manifest.columns.len() {
                if col > 0 {
                    h.push('\u{1f}');
                }
                let v = self.cell(r, col);
                if !v.is_null() {
                    h.extend(v.to_display_string().chars().map(|c| if c == '\u{1e}' || c == '\u{1f}' { ' ' } else { c }));
                }
            }
        }
        h
    }

    pub fn csv(&mut self) -> String {
        self.view();
        let quote = |s: &str| if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
        let mut out = String::from("\u{feff}");
        out.push_str(&self.manifest.columns.iter().map(|c| quote(&c.name)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
        let rows: &[u32] = if self.sort.is_some() { &self.order } else { &self.filtered };
        for r in rows {
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
        self.filtered.iter().filter_map(|r| num(&self.cell(*r, col))).filter(|v| v.is_finite()).collect()
    }

    /// (x, y) pairs over the view for a line chart, averaged per x.
    pub fn series(&self, x: usize, y: usize) -> Vec<(f64, f64)> {
        let mut acc: std::collections::BTreeMap<i64, (f64, u32)> = std::collections::BTreeMap::new();
        let is_datetime = self.manifest.columns.get(x).is_some_and(|c| c.ty == ColumnType::DateTime);
        for r in &self.filtered {
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
        for r in &self.filtered {
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

#[cfg(test)]
mod tests {
    use super::*;
    use viewer_format::{ChunkRef, ColumnMeta, ColumnStats, IntegerBuilder, NumberBuilder, StringBuilder};

    /// A table of `n` rows in chunks of `per` rows: id, a category with
    /// nulls, an amount with nulls and many ties.
    fn table(n: usize, per: usize) -> (Table, Vec<u8>) {
        table_with(n, per, &["甲", "乙", "丙"])
    }

    /// `table` with the category's values.
    fn table_with(n: usize, per: usize, values: &[&str]) -> (Table, Vec<u8>) {
        let mut refs = Vec::new();
        let mut bytes = Vec::new();
        let mut start = 0;
        while start < n {
            let len = per.min(n - start);
            let rows = start..start + len;
            let ids: IntegerBuilder = rows.clone().map(|i| Some(i as i64)).collect();
            let cats: StringBuilder = rows.clone().map(|i| (i % 7 != 3).then(|| values[i * 31 % values.len()])).collect();
            let amounts: NumberBuilder = rows.clone().map(|i| (i % 11 != 5).then(|| ((i * 7919) % 500) as f64 / 4.0)).collect();
            let b = Chunk::new(start as u64, vec![ids.finish(), cats.finish(), amounts.finish()]).unwrap().encode();
            refs.push(ChunkRef { file: format!("c{}", refs.len()), first_row: start as u64, rows: len as u32, bytes: b.len() as u32 });
            bytes.push(b);
            start += len;
        }
        let col = |name: &str, ty| ColumnMeta { name: name.into(), ty, stats: ColumnStats::default() };
        let m = Manifest { rows: n as u64, columns: vec![col("id", ColumnType::Integer), col("cat", ColumnType::String), col("amount", ColumnType::Number)], chunks: refs, head: bytes[0].clone() };
        let mut t = Table::new(&m.encode(), "").unwrap();
        for (i, b) in bytes.iter().enumerate().skip(1) {
            t.add_chunk(i, b).unwrap();
        }
        (t, m.encode())
    }

    fn naive(t: &Table, keep: impl Fn(u32) -> bool, col: usize, desc: bool) -> Vec<u32> {
        let mut rows: Vec<u32> = (0..t.manifest.rows as u32).filter(|r| keep(*r)).collect();
        rows.sort_by(|a, b| {
            let (x, y) = (t.cell(*a, col), t.cell(*b, col));
            let o = if desc { x.cmp_for_sort_desc(&y) } else { x.cmp_for_sort(&y) };
            o.then(a.cmp(b))
        });
        rows
    }

    #[test]
    fn a_pick_list_comes_whole_from_the_profile_else_from_the_rows_loaded() {
        let values = ["甲", "乙", "丙", "丁"];
        let (mut t, _) = table_with(300, 100, &values);
        for i in 1..t.chunks.len() {
            t.chunks[i] = None;
        }
        let loaded = t.categories(1);
        // No full list in the profile: the values of the rows loaded so far.
        assert!(!loaded.is_empty() && loaded.iter().all(|v| values.contains(&v.as_str())));
        // The profile lists every value: that list, sorted, whatever has arrived.
        t.manifest.columns[1].stats = ColumnStats { distinct: 5, top: vec![("戊".into(), 1), ("甲".into(), 80), ("乙".into(), 70), ("丙".into(), 60), ("丁".into(), 50)], ..ColumnStats::default() };
        let mut want: Vec<String> = ["戊", "甲", "乙", "丙", "丁"].iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(t.categories(1), want);
        // Only the most frequent: not a whole list, so the rows decide.
        t.manifest.columns[1].stats.distinct = 6;
        assert_eq!(t.categories(1), loaded);
        // Too many values for a list: a text box, whatever the rows loaded hold.
        t.manifest.columns[1].stats.distinct = MAX_CATEGORIES as u64 + 1;
        assert!(t.categories(1).is_empty());
        assert!(t.categories(0).is_empty() && t.categories(9).is_empty(), "a number column, a column that is not there");
    }

    #[test]
    fn the_first_chunk_comes_with_the_manifest() {
        let (_, manifest) = table(300, 100);
        let mut alone = Table::new(&manifest, "").unwrap();
        assert!(alone.has_chunk(0) && !alone.has_chunk(1) && !alone.complete());
        alone.refresh();
        assert_eq!(alone.view_len(), 100);
        let (mut t, _) = table(300, 100);
        t.chunks[1] = None;
        t.refresh();
        assert_eq!(t.view_len(), 200, "chunks 0 and 2");
        assert!(t.page_cells(1).starts_with("0\u{1f}"));
    }

    #[test]
    fn top_k_pages_and_the_full_sort_agree_with_a_plain_sort() {
        let (mut t, _) = table(30_000, 4096);
        for (col, desc) in [(2, true), (2, false), (1, false), (1, true), (0, true)] {
            t.set_sort(Some(col), desc);
            t.refresh();
            let want = naive(&t, |_| true, col, desc);
            // Pages one by one (top-k), then far away, then everything.
            for page in [1, 2, 3, 40, 41, 300, 599, 600] {
                let _ = t.page_cells(page);
                let start = (page - 1) * PER_PAGE;
                let got: Vec<u32> = (start..start + PER_PAGE).map_while(|i| t.row_at(i)).collect();
                assert_eq!(got, want[start..(start + PER_PAGE).min(want.len())], "col {col} desc {desc} page {page}");
            }
            assert_eq!(t.view(), &want[..], "col {col} desc {desc}");
        }
    }

    #[test]
    fn grouping_a_category_by_value_changes_no_view() {
        let f = |v: &[&str]| Filter::Pick(v.iter().map(|s| s.to_string()).collect());
        let three = ["甲", "乙", "丙"];
        let twenty: Vec<String> = (0..20).map(|k| format!("类{k}")).collect();
        let twenty: Vec<&str> = twenty.iter().map(String::as_str).collect();
        // One value's rows are copied, several tested row by row.
        let cases: [(&[&str], Vec<(usize, Filter)>); 10] = [
            (&three, vec![(1, f(&["乙"]))]),
            (&three, vec![(1, f(&["甲", "丙"]))]),
            (&three, vec![(1, f(&["丁"]))]),
            (&three, vec![(1, Filter::Contains("丙".into()))]),
            (&three, vec![(1, f(&["乙"])), (2, Filter::Range(Some(20.0), Some(90.0)))]),
            (&three, vec![(2, Filter::Range(Some(20.0), None)), (1, f(&["甲"]))]),
            // A range on a column before the grouped one: the pick still goes first.
            (&three, vec![(0, Filter::Range(Some(100.0), Some(4000.0))), (1, f(&["乙"]))]),
            (&twenty, vec![(1, f(&["类3", "类17", "类8"]))]),
            (&twenty, vec![(1, Filter::Contains("类1".into()))]),
            (&twenty, vec![(1, f(&["类5"])), (2, Filter::Range(None, Some(60.0)))]),
        ];
        for (values, set) in &cases {
            let (mut plain, _) = table_with(5000, 1024, values);
            let (mut grouped, _) = table_with(5000, 1024, values);
            assert_eq!(grouped.index_categories(), (0..5000).filter(|i| i % 7 != 3).count(), "every row with a value");
            for sorted in [false, true] {
                for t in [&mut plain, &mut grouped] {
                    t.set_sort(sorted.then_some(2), true);
                    for (col, f) in set {
                        t.set_filter(*col, Some(f.clone()));
                    }
                }
                let (a, b) = (plain.view().to_vec(), grouped.view().to_vec());
                assert!(!a.is_empty() || set[0].1 == f(&["丁"]), "{set:?}");
                assert_eq!(a, b, "{set:?} sorted {sorted}");
            }
        }
        // A chunk added again is grouped again.
        let (mut t, _) = table(3000, 1024);
        t.index_categories();
        let bytes = Chunk::new(
            1024,
            vec![
                (1024..2048).map(|i| Some(i as i64)).collect::<IntegerBuilder>().finish(),
                (1024..2048).map(|_| Some("丁")).collect::<StringBuilder>().finish(),
                (1024..2048).map(|_| Some(1.0)).collect::<NumberBuilder>().finish(),
            ],
        )
        .unwrap()
        .encode();
        t.add_chunk(1, &bytes).unwrap();
        assert_eq!(t.index_categories(), 1024);
        t.set_filter(1, Some(f(&["丁"])));
        assert_eq!(t.view(), (1024..2048).collect::<Vec<u32>>());
    }

    #[test]
    fn a_chart_chooses_columns_that_vary_and_are_not_sequence_numbers() {
        let (mut t, _) = table(300, 100);
        let stats = |distinct, nulls, lo: i64, hi: i64| ColumnStats { distinct, nulls, min: Some(Scalar::Int(lo)), max: Some(Scalar::Int(hi)), ..ColumnStats::default() };
        // No profile (older output): every column is fine.
        assert!((0..3).all(|c| t.charts_well(c)));
        // ids 0..299, one a row: a sequence number.
        t.manifest.columns[0].stats = stats(300, 0, 0, 299);
        assert!(!t.charts_well(0));
        // Unique integers with gaps (counts, amounts in fen): they chart.
        t.manifest.columns[0].stats = stats(300, 0, 11_357, 13_041);
        assert!(t.charts_well(0));
        // Counting up by one on every row that has a value (one null): still a
        // sequence number. Repeating (150 values over 300 rows): not one a row.
        t.manifest.columns[0].stats = stats(299, 1, 1, 299);
        assert!(!t.charts_well(0), "299 values in the 299 rows that have one, 1 to 299");
        t.manifest.columns[0].stats = stats(150, 0, 1, 150);
        assert!(t.charts_well(0));
        // One value only (a year column of one year), whatever the type.
        t.manifest.columns[1].stats = ColumnStats { distinct: 1, ..ColumnStats::default() };
        t.manifest.columns[2].stats = ColumnStats { distinct: 1, min: Some(Scalar::Num(2026.0)), max: Some(Scalar::Num(2026.0)), ..ColumnStats::default() };
        assert!(!t.charts_well(1) && !t.charts_well(2));
        // A text of a different value on every row; of a few values.
        t.manifest.columns[1].stats = ColumnStats { distinct: 300, ..ColumnStats::default() };
        assert!(!t.charts_well(1));
        t.manifest.columns[1].stats = ColumnStats { distinct: 3, nulls: 40, ..ColumnStats::default() };
        assert!(t.charts_well(1));
        // Numbers all different are measurements: they chart.
        t.manifest.columns[2].stats = ColumnStats { distinct: 300, min: Some(Scalar::Num(0.5)), max: Some(Scalar::Num(300.5)), ..ColumnStats::default() };
        assert!(t.charts_well(2));
        assert!(!t.charts_well(9), "no such column");
    }

    #[test]
    fn the_warm_up_runs_every_loop_and_changes_nothing() {
        let (mut t, _) = table(1000, 300);
        t.refresh();
        let before = (t.view_len(), t.page_cells(1));
        // ids: every row; cat: an empty pick keeps none; amount: the 909 valid rows (i % 11 != 5).
        assert_eq!(t.warm_up(), 1000 + 909);
        t.refresh();
        assert_eq!((t.view_len(), t.page_cells(1)), before);
    }

    #[test]
    fn column_filters_match_a_row_by_row_check() {
        let (mut t, _) = table(20_000, 3000);
        t.set_filter(1, Some(Filter::Pick(vec!["乙".into()])));
        t.refresh();
        assert_eq!(t.view_len(), (0..20_000).filter(|r| t.cell(*r, 1) == Cell::Str("乙")).count());
        // A second filter narrows the rows found by the first.
        t.set_filter(2, Some(Filter::Range(Some(20.0), Some(80.25))));
        t.set_sort(Some(2), true);
        t.refresh();
        let keep = |r: u32| {
            t.cell(r, 1) == Cell::Str("乙") && matches!(t.cell(r, 2), Cell::Num(v) if (20.0..=80.25).contains(&v))
        };
        let want = naive(&t, keep, 2, true);
        assert!(!want.is_empty());
        assert_eq!(t.view_len(), want.len());
        assert_eq!(t.view().to_vec(), want);
        // Text contains, on the dictionary; ranges on integers.
        t.set_filter(1, Some(Filter::Contains("丙".into())));
        t.set_filter(2, None);
        t.set_filter(0, Some(Filter::Range(None, Some(999.0))));
        t.set_sort(None, false);
        t.refresh();
        let want: Vec<u32> = (0..1000).filter(|r| t.cell(*r, 1) == Cell::Str("丙")).collect();
        assert_eq!(t.view().to_vec(), want);
        assert!(t.csv().lines().count() == want.len() + 1);
    }
}
