//! Catalog search over the layered index: which files a query needs, then
//! matching, facet filters with counts, sorting, and the result HTML.

use crate::html::{esc, parse_query, Strings};
use std::collections::{BTreeMap, HashMap};
use viewer_format::search::{is_cjk, query_terms, DocChunk, DocInfo, FacetTable, SearchEntry, TermChunk, TitleOrder};
use viewer_format::FormatError;

pub const PER_PAGE: usize = 20;
pub const GROUPS: [&str; 6] = ["open", "topic", "agency", "format", "cycle", "overdue"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Relevance,
    Recent,
    Title,
}

/// What the URL says: query, facet selections, sort and page.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub q: String,
    pub selected: BTreeMap<&'static str, Vec<String>>,
    pub sort: Sort,
    pub page: usize,
}

impl State {
    pub fn from_query(query: &str) -> State {
        let mut s = State { q: String::new(), selected: BTreeMap::new(), sort: Sort::Relevance, page: 1 };
        for (k, v) in parse_query(query) {
            match k.as_str() {
                "q" => s.q = v,
                "sort" => {
                    s.sort = match v.as_str() {
                        "recent" => Sort::Recent,
                        "title" => Sort::Title,
                        _ => Sort::Relevance,
                    }
                }
                "page" => s.page = v.parse().unwrap_or(1).max(1),
                _ => {
                    if let Some(g) = GROUPS.iter().find(|g| **g == k) {
                        s.selected.entry(g).or_default().push(v);
                    }
                }
            }
        }
        if s.q.trim().is_empty() && s.sort == Sort::Relevance {
            s.sort = Sort::Recent;
        }
        s
    }
}

pub struct Engine {
    pub entry: SearchEntry,
    facets: Option<FacetTable>,
    titles: Option<TitleOrder>,
    terms: HashMap<usize, TermChunk>,
    docs: HashMap<usize, DocChunk>,
    lang: String,
    /// Link prefix of the page's language: `/` or `/en/`.
    root: String,
    strings: Strings,
}

pub struct Results {
    /// Matching documents in display order.
    pub docs: Vec<u32>,
    /// Per group, per value index: count of matches with the other groups' filters.
    pub counts: BTreeMap<&'static str, Vec<usize>>,
}

impl Engine {
    pub fn new(entry: &[u8], lang: &str, root: &str, strings: &str) -> Result<Engine, FormatError> {
        Ok(Engine {
            entry: SearchEntry::decode(entry)?,
            facets: None,
            titles: None,
            terms: HashMap::new(),
            docs: HashMap::new(),
            lang: lang.to_string(),
            root: root.to_string(),
            strings: Strings::parse(strings),
        })
    }

    fn en(&self) -> bool {
        self.lang == "en"
    }

    /// Files still to fetch before `state` can be shown (none: call `render`).
    pub fn missing(&self, state: &State) -> Vec<String> {
        let files = self.missing_index(state);
        if !files.is_empty() {
            return files;
        }
        self.missing_docs(state, &self.results(state))
    }

    /// The facet table, title order and term chunks `state` needs that are
    /// not here yet (all at once: the browser fetches them in parallel).
    pub fn missing_index(&self, state: &State) -> Vec<String> {
        let mut files = Vec::new();
        if self.facets.is_none() {
            files.push(self.entry.facet_file.clone());
        }
        if state.sort == Sort::Title && self.titles.is_none() {
            files.push(self.entry.title_file.clone());
        }
        for t in query_terms(&state.q) {
            let range = if t.prefix { self.entry.chunks_for_prefix(&t.text) } else { self.entry.chunk_for_term(&t.text).map_or(0..0, |i| i..i + 1) };
            for i in range {
                if !self.terms.contains_key(&i) {
                    files.push(self.entry.term_chunks[i].file.clone());
                }
            }
        }
        files.dedup();
        files
    }

    /// Term chunks worth fetching ahead while the user reads: after a
    /// Chinese character, the next keystroke needs a bigram starting with it,
    /// so the (at most two) chunks of terms with that prefix.
    pub fn prefetch(&self, state: &State) -> Vec<String> {
        let Some(last) = state.q.trim_end().chars().last().filter(|c| is_cjk(*c)) else { return vec![] };
        let range = self.entry.chunks_for_prefix(&last.to_string());
        range.filter(|i| !self.terms.contains_key(i)).take(2).map(|i| self.entry.term_chunks[i].file.clone()).collect()
    }

    /// The doc chunks the page of `r` shows that are not here yet.
    pub fn missing_docs(&self, state: &State, r: &Results) -> Vec<String> {
        let mut files: Vec<String> = Vec::new();
        for d in page_of(&r.docs, state.page) {
            if let Some(i) = self.entry.chunk_for_doc(*d) {
                let f = &self.entry.doc_chunks[i].file;
                if !self.docs.contains_key(&i) && !files.contains(f) {
                    files.push(f.clone());
                }
            }
        }
        files
    }

    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<(), FormatError> {
        if name == self.entry.facet_file {
            self.facets = Some(FacetTable::decode(bytes)?);
        } else if name == self.entry.title_file {
            self.titles = Some(TitleOrder::decode(bytes)?);
        } else if let Some(i) = self.entry.term_chunks.iter().position(|c| c.file == name) {
            self.terms.insert(i, TermChunk::decode(bytes)?);
        } else if let Some(i) = self.entry.doc_chunks.iter().position(|c| c.file == name) {
            self.docs.insert(i, DocChunk::decode(bytes)?);
        }
        Ok(())
    }

    /// doc → score for a query (None: no query, every document).
    fn matches(&self, q: &str) -> Option<HashMap<u32, u32>> {
        let terms = query_terms(q);
        if terms.is_empty() {
            return None;
        }
        let mut acc: Option<HashMap<u32, u32>> = None;
        for t in terms {
            let mut found: HashMap<u32, u32> = HashMap::new();
            let range = if t.prefix { self.entry.chunks_for_prefix(&t.text) } else { self.entry.chunk_for_term(&t.text).map_or(0..0, |i| i..i + 1) };
            for i in range {
                let Some(chunk) = self.terms.get(&i) else { continue };
                let start = chunk.terms.partition_point(|(term, _)| term.as_str() < t.text.as_str());
                for (term, postings) in &chunk.terms[start..] {
                    let hit = if t.prefix { term.starts_with(&t.text) } else { term == &t.text };
                    if !hit {
                        break;
                    }
                    for (d, w) in postings.docs() {
                        let e = found.entry(d).or_insert(0);
                        *e = (*e).max(u32::from(w));
                    }
                }
            }
            acc = Some(match acc {
                None => found,
                Some(prev) => prev.into_iter().filter_map(|(d, s)| found.get(&d).map(|w| (d, s + w))).collect(),
            });
        }
        acc
    }

    /// Calls `f` with each value index document `doc` has in `group`.
    fn each_value(&self, doc: u32, group: &str, mut f: impl FnMut(usize)) {
        let Some(d) = self.facets.as_ref().and_then(|t| t.docs.get(doc as usize)) else { return };
        match group {
            "open" => f(usize::from(d.open_type)),
            "topic" => d.topics.iter().for_each(|t| f(usize::from(*t))),
            "agency" => f(usize::from(d.agency)),
            "format" => d.formats.iter().for_each(|t| f(usize::from(*t))),
            "cycle" => f(usize::from(d.cycle)),
            _ => f(usize::from(d.overdue)),
        }
    }

    fn has_value(&self, doc: u32, group: &str, sel: &[usize]) -> bool {
        let mut hit = false;
        self.each_value(doc, group, |v| hit |= sel.contains(&v));
        hit
    }

    fn keys(&self, group: &str) -> Vec<String> {
        let e = &self.entry;
        match group {
            "open" => e.open_types.iter().map(|l| l.key.clone()).collect(),
            "topic" => e.topics.iter().map(|l| l.key.clone()).collect(),
            "agency" => e.agencies.iter().map(|l| l.key.clone()).collect(),
            "format" => e.formats.clone(),
            "cycle" => e.cycles.iter().map(|l| l.key.clone()).collect(),
            _ => vec!["0".into(), "1".into()],
        }
    }

    fn label(&self, group: &str, i: usize) -> String {
        let e = &self.entry;
        let pick = |l: Option<&viewer_format::search::Label>| l.map(|l| if self.en() { l.en.clone() } else { l.zh.clone() }).unwrap_or_default();
        match group {
            "open" => pick(e.open_types.get(i)),
            "topic" => pick(e.topics.get(i)),
            "agency" => pick(e.agencies.get(i)),
            "format" => e.formats.get(i).cloned().unwrap_or_default(),
            "cycle" => pick(e.cycles.get(i)),
            _ => self.strings.get(if i == 1 { "overdue" } else { "on_time" }),
        }
    }

    pub fn results(&self, state: &State) -> Results {
        let n = self.entry.docs;
        let scored = self.matches(&state.q);
        let candidates: Vec<(u32, u32)> = match &scored {
            Some(m) => m.iter().map(|(d, s)| (*d, *s)).collect(),
            None => (0..n).map(|d| (d, 0)).collect(),
        };
        let selected: Vec<(&'static str, Vec<usize>)> = GROUPS
            .iter()
            .map(|g| {
                let keys = self.keys(g);
                let sel = state.selected.get(g).map(|v| v.iter().filter_map(|k| keys.iter().position(|x| x == k)).collect()).unwrap_or_default();
                (*g, sel)
            })
            .collect();
        let passes = |doc: u32, skip: Option<&str>| {
            selected.iter().all(|(g, sel)| Some(*g) == skip || sel.is_empty() || self.has_value(doc, g, sel))
        };
        let mut counts = BTreeMap::new();
        for g in GROUPS {
            let mut c = vec![0usize; self.keys(g).len()];
            let any_selected = selected.iter().any(|(_, sel)| !sel.is_empty());
            for (d, _) in &candidates {
                if !any_selected || passes(*d, Some(g)) {
                    self.each_value(*d, g, |v| {
                        if let Some(x) = c.get_mut(v) {
                            *x += 1;
                        }
                    });
                }
            }
            counts.insert(g, c);
        }
        let any_selected = selected.iter().any(|(_, sel)| !sel.is_empty());
        let docs: Vec<(u32, u32)> = if any_selected { candidates.into_iter().filter(|(d, _)| passes(*d, None)).collect() } else { candidates };
        // Documents are numbered most recent first.
        let rank = |d: u32| self.titles.as_ref().and_then(|t| t.ranks.get(d as usize)).copied().unwrap_or(u32::MAX);
        // Sorted by one u64 key (ties broken by the document number in its
        // low half), as (key, doc) pairs: the table's sort of the same pairs
        // is then the module's only instantiation of the sort.
        let key = |(d, score): (u32, u32)| -> u64 {
            let high = match state.sort {
                Sort::Relevance => u32::MAX - score,
                Sort::Recent => 0,
                Sort::Title => rank(d),
            };
            (u64::from(high) << 32) | u64::from(d)
        };
        let mut keyed: Vec<(u64, u32)> = docs.into_iter().map(|p| (key(p), p.0)).collect();
        keyed.sort_unstable();
        Results { docs: keyed.into_iter().map(|(_, d)| d).collect(), counts }
    }

    fn doc(&self, d: u32) -> Option<&DocInfo> {
        let i = self.entry.chunk_for_doc(d)?;
        let c = self.docs.get(&i)?;
        c.docs.get((d - c.first_doc) as usize)
    }

    pub fn results_html(&self, state: &State, r: &Results) -> String {
        let s = &self.strings;
        if r.docs.is_empty() {
            return format!("<p class=\"kf-empty\">{}</p>", esc(&s.get("v_no_results")));
        }
        let mut h = String::from("<ul class=\"kf-cards\">");
        for d in page_of(&r.docs, state.page) {
            let Some(info) = self.doc(*d) else { continue };
            let f = self.facets.as_ref().and_then(|t| t.docs.get(*d as usize));
            let (title, title_lang) = match (&info.title_en, self.en()) {
                (Some(t), true) => (t.as_str(), ""),
                (None, true) => (info.title.as_str(), " lang=\"zh-CN\""),
                _ => (info.title.as_str(), ""),
            };
            let (summary, summary_lang) = match (&info.summary_en, self.en()) {
                (Some(t), true) => (t.as_str(), ""),
                (None, true) => (info.summary.as_str(), " lang=\"zh-CN\""),
                _ => (info.summary.as_str(), ""),
            };
            h.push_str(&format!("<li class=\"kf-card\"><h3 class=\"kf-card__title\"><a href=\"{}datasets/{}/\"{title_lang}>{}</a></h3><p class=\"kf-card__meta\">", esc(&self.root), esc(&info.id), esc(title)));
            if let Some(f) = f {
                let open_key = self.keys("open").get(usize::from(f.open_type)).cloned().unwrap_or_default();
                h.push_str(&format!("<span class=\"kf-badge kf-badge--{}\">{}</span> ", esc(&open_key), esc(&self.label("open", usize::from(f.open_type)))));
                if f.overdue {
                    h.push_str(&format!("<span class=\"kf-badge kf-badge--overdue\">{}</span> ", esc(&s.get("overdue"))));
                }
                h.push_str(&format!("<span>{}</span>", esc(&self.label("agency", usize::from(f.agency)))));
            }
            h.push_str("</p>");
            if !summary.is_empty() {
                h.push_str(&format!("<p class=\"kf-card__summary\"{summary_lang}>{}</p>", esc(summary)));
            }
            if let Some(f) = f {
                let date = viewer_format::Cell::Date(info.modified).to_display_string();
                h.push_str(&format!(
                    "<dl class=\"kf-card__facts\"><div><dt>{}</dt><dd>{}</dd></div><div><dt>{}</dt><dd><time datetime=\"{date}\">{date}</time></dd></div>",
                    esc(&s.get("update_cycle")),
                    esc(&self.label("cycle", usize::from(f.cycle))),
                    esc(&s.get("last_update"))
                ));
                if !f.formats.is_empty() {
                    h.push_str(&format!("<div><dt>{}</dt><dd>", esc(&s.get("formats"))));
                    for x in &f.formats {
                        h.push_str(&format!("<span class=\"kf-format\">{}</span>", esc(&self.label("format", usize::from(*x)))));
                    }
                    h.push_str("</dd></div>");
                }
                h.push_str("</dl>");
            }
            h.push_str("</li>");
        }
        h.push_str("</ul>");
        h
    }

    /// Checkbox groups with counts; the page's form reads them back into the URL.
    pub fn facets_html(&self, state: &State, r: &Results) -> String {
        let s = &self.strings;
        let mut h = String::new();
        for g in GROUPS {
            let counts = &r.counts[g];
            let keys = self.keys(g);
            let sel = state.selected.get(g).cloned().unwrap_or_default();
            let mut items: Vec<usize> = (0..keys.len()).filter(|i| counts[*i] > 0 || sel.contains(&keys[*i])).collect();
            if g == "overdue" {
                items.retain(|i| *i == 1);
            }
            if items.is_empty() {
                continue;
            }
            h.push_str(&format!("<fieldset class=\"kf-facet\"><legend>{}</legend><ul>", esc(&s.get(&format!("v_group_{g}")))));
            for i in items {
                let key = &keys[i];
                let checked = if sel.contains(key) { " checked" } else { "" };
                let id = format!("kf-f-{g}-{i}");
                let dot = if g == "open" { format!("<span class=\"kf-dot kf-dot--{}\" aria-hidden=\"true\"></span>", esc(key)) } else { String::new() };
                h.push_str(&format!(
                    "<li><input type=\"checkbox\" id=\"{id}\" name=\"{g}\" value=\"{}\"{checked}><label for=\"{id}\">{dot}{} <span class=\"kf-count\">{}</span></label></li>",
                    esc(key),
                    esc(&self.label(g, i)),
                    counts[i]
                ));
            }
            h.push_str("</ul></fieldset>");
        }
        h
    }

    pub fn summary(&self, r: &Results, state: &State) -> String {
        let pages = r.docs.len().div_ceil(PER_PAGE).max(1);
        let mut t = self.strings.fmt("results_count", &[("n", &r.docs.len().to_string())]);
        if pages > 1 {
            t.push_str(" · ");
            t.push_str(&self.strings.fmt("page_n_of", &[("n", &state.page.min(pages).to_string()), ("total", &pages.to_string())]));
        }
        t
    }

    pub fn pages(&self, r: &Results) -> usize {
        r.docs.len().div_ceil(PER_PAGE).max(1)
    }
}

pub fn page_of(docs: &[u32], page: usize) -> &[u32] {
    let start = (page.max(1) - 1) * PER_PAGE;
    if start >= docs.len() {
        return &[];
    }
    &docs[start..(start + PER_PAGE).min(docs.len())]
}
