//! Kaifang's viewer, compiled to WebAssembly. JavaScript (`theme/static/viewer.js`)
//! fetches bytes and touches the page; this module decodes and computes:
//! catalog search with facets over the layered index, and the table preview
//! with filters, sort, pages, CSV export and charts. It does no I/O of its own.

pub mod chart;
pub mod html;
pub mod search;
pub mod table;

use table::Filter;
use wasm_bindgen::prelude::*;

fn js_err(e: viewer_format::FormatError) -> JsError {
    JsError::new(&e.to_string())
}

fn strings_array(v: Vec<String>) -> js_sys::Array {
    v.into_iter().map(JsValue::from).collect()
}

/// Catalog search over `search/entry.kfi` and the files it names.
#[wasm_bindgen]
pub struct Search {
    engine: search::Engine,
    /// Bumped when a file that changes results (facets, terms) is added.
    index_version: usize,
    /// The results last computed: (query, index version, results), so
    /// `missing` and `render` of one keystroke match only once.
    last: Option<(String, usize, search::Results)>,
}

/// What a search shows: the result cards, the facet groups, the count line.
#[wasm_bindgen(getter_with_clone)]
pub struct Rendered {
    pub results: String,
    pub facets: String,
    pub summary: String,
    pub page: usize,
    pub pages: usize,
    pub total: usize,
}

impl Search {
    fn results(&mut self, query: &str, state: &search::State) -> &search::Results {
        let fresh = matches!(&self.last, Some((q, v, _)) if q == query && *v == self.index_version);
        if !fresh {
            self.last = Some((query.to_string(), self.index_version, self.engine.results(state)));
        }
        &self.last.as_ref().expect("just set").2
    }
}

#[wasm_bindgen]
impl Search {
    /// `strings`: the UI strings as `key<TAB>value` lines; `root`: `/` or `/en/`.
    #[wasm_bindgen(constructor)]
    pub fn new(entry: &[u8], lang: &str, root: &str, strings: &str) -> Result<Search, JsError> {
        Ok(Search { engine: search::Engine::new(entry, lang, root, strings).map_err(js_err)?, index_version: 0, last: None })
    }

    /// Files (under `search/`) to fetch before the query string can be shown.
    pub fn missing(&mut self, query: &str) -> js_sys::Array {
        let state = search::State::from_query(query);
        let files = self.engine.missing_index(&state);
        if !files.is_empty() {
            return strings_array(files);
        }
        self.results(query, &state);
        let Some((_, _, r)) = &self.last else { unreachable!("results() sets it") };
        strings_array(self.engine.missing_docs(&state, r))
    }

    /// Files worth fetching ahead of the next keystroke (see `Engine::prefetch`).
    pub fn prefetch(&self, query: &str) -> js_sys::Array {
        strings_array(self.engine.prefetch(&search::State::from_query(query)))
    }

    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<(), JsError> {
        if !self.engine.entry.doc_chunks.iter().any(|c| c.file == name) {
            self.index_version += 1;
        }
        self.engine.add_file(name, bytes).map_err(js_err)
    }

    pub fn render(&mut self, query: &str) -> Rendered {
        let state = search::State::from_query(query);
        self.results(query, &state);
        let Some((_, _, r)) = &self.last else { unreachable!("results() sets it") };
        let e = &self.engine;
        let pages = e.pages(r);
        Rendered {
            results: e.results_html(&state, r),
            facets: e.facets_html(&state, r),
            summary: e.summary(r, &state),
            page: state.page.min(pages),
            pages,
            total: r.docs.len(),
        }
    }
}

/// One table: its manifest, then chunks as they arrive.
#[wasm_bindgen]
pub struct Table {
    table: table::Table,
}

#[wasm_bindgen]
impl Table {
    #[wasm_bindgen(constructor)]
    pub fn new(manifest: &[u8], strings: &str) -> Result<Table, JsError> {
        Ok(Table { table: table::Table::new(manifest, strings).map_err(js_err)? })
    }

    pub fn chunk_files(&self) -> js_sys::Array {
        strings_array(self.table.manifest.chunks.iter().map(|c| c.file.clone()).collect())
    }

    pub fn add_chunk(&mut self, index: usize, bytes: &[u8]) -> Result<(), JsError> {
        self.table.add_chunk(index, bytes).map_err(js_err)
    }

    /// Whether chunk `index` is in already (the first comes with the manifest).
    pub fn has_chunk(&self, index: usize) -> bool {
        self.table.has_chunk(index)
    }

    pub fn rows(&self) -> f64 {
        self.table.manifest.rows as f64
    }

    pub fn loaded_rows(&self) -> usize {
        self.table.loaded_rows()
    }

    pub fn complete(&self) -> bool {
        self.table.complete()
    }

    pub fn column_names(&self) -> js_sys::Array {
        strings_array(self.table.manifest.columns.iter().map(|c| c.name.clone()).collect())
    }

    /// integer, number, boolean, date, datetime or string.
    pub fn column_type(&self, col: usize) -> String {
        self.table.manifest.columns.get(col).map(|c| c.ty.key().to_string()).unwrap_or_default()
    }

    /// Whether a chart form should choose this column first (see `table::Table::charts_well`).
    pub fn charts_well(&self, col: usize) -> bool {
        self.table.charts_well(col)
    }

    pub fn categories(&self, col: usize) -> js_sys::Array {
        strings_array(self.table.categories(col))
    }

    pub fn filter_contains(&mut self, col: usize, text: &str) {
        let t = text.trim().to_lowercase();
        self.table.set_filter(col, (!t.is_empty()).then_some(Filter::Contains(t)));
    }

    /// Bounds as typed in the page: numbers, or dates as YYYY-MM-DD; empty for none.
    pub fn filter_range(&mut self, col: usize, lo: &str, hi: &str) {
        let ty = self.column_type(col);
        let parse = |s: &str| -> Option<f64> {
            let s = s.trim();
            if s.is_empty() {
                return None;
            }
            match ty.as_str() {
                "date" => viewer_format::date::parse_date(s).map(f64::from),
                "datetime" => viewer_format::date::parse_date(s).map(|d| f64::from(d) * viewer_format::date::MS_PER_DAY as f64),
                _ => s.parse().ok(),
            }
        };
        let (a, mut b) = (parse(lo), parse(hi));
        if ty == "datetime" {
            // An end date includes that whole day.
            b = b.map(|v| v + viewer_format::date::MS_PER_DAY as f64 - 1.0);
        }
        self.table.set_filter(col, (a.is_some() || b.is_some()).then_some(Filter::Range(a, b)));
    }

    /// Values separated by newlines; empty for none.
    pub fn filter_pick(&mut self, col: usize, values: &str) {
        let v: Vec<String> = values.lines().filter(|s| !s.is_empty()).map(str::to_string).collect();
        self.table.set_filter(col, (!v.is_empty()).then_some(Filter::Pick(v)));
    }

    /// When the page is idle: runs the filter loops once (see
    /// `table::Table::warm_up`), then groups the category columns' rows by
    /// value so that picking a category copies rows instead of testing each.
    pub fn warm_up(&mut self) {
        self.table.warm_up();
        self.table.index_categories();
    }

    pub fn sort(&mut self, col: i32, desc: bool) {
        self.table.set_sort(usize::try_from(col).ok(), desc);
    }

    pub fn refresh(&mut self) {
        self.table.refresh();
    }

    pub fn view_len(&self) -> usize {
        self.table.view_len()
    }

    pub fn header_html(&self) -> String {
        self.table.header_html()
    }

    /// A page's cells as text: U+001F between cells, U+001E between rows.
    pub fn page_cells(&mut self, page: usize) -> String {
        self.table.page_cells(page)
    }

    pub fn per_page(&self) -> usize {
        table::PER_PAGE
    }

    pub fn csv(&mut self) -> String {
        self.table.csv()
    }

    /// kind: histogram (col), line (col = date, col2 = value) or bars (col);
    /// `width`: the box's width in CSS pixels (the drawing's, within
    /// chart::MIN_W..=chart::MAX_W).
    pub fn chart(&self, kind: &str, col: usize, col2: usize, id: &str, width: f64) -> String {
        let name = |c: usize| self.table.manifest.columns.get(c).map(|m| m.name.clone()).unwrap_or_default();
        let s = &self.table.strings;
        let w = if width.is_finite() { width.round().clamp(chart::MIN_W, chart::MAX_W) } else { chart::MAX_W };
        match kind {
            "histogram" => chart::histogram(id, &s.fmt("v_chart_histogram", &[("col", &name(col))]), &self.table.numbers(col), (&name(col), &s.get("v_count")), w),
            "line" => chart::line(id, &s.fmt("v_chart_line", &[("col", &name(col2)), ("by", &name(col))]), &self.table.series(col, col2), (&name(col), &name(col2)), w),
            _ => chart::categories(id, &s.fmt("v_chart_bars", &[("col", &name(col))]), &self.table.counts(col), (&name(col), &s.get("v_count")), w),
        }
    }
}
