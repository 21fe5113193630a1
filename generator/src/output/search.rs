//! The catalog search index for the viewer (`viewer_format::search`): titles,
//! summaries, descriptions, tags, agencies, topics and field names, in both
//! languages, split so a first query fetches only a small part.

use crate::catalog::{Dataset, Site};
use crate::data::DataOutput;
use crate::output::publish::hex;
use crate::output::Output;
use crate::render::markdown::to_plain_text;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use viewer_format::search::{tokens, DocChunk, DocChunkRef, DocFacets, DocInfo, FacetTable, Label, Postings, SearchEntry, TermChunk, TermChunkRef, TitleOrder};

/// Term chunks aim under this many bytes, doc chunks hold this many docs.
const TERM_CHUNK_BYTES: usize = 24 * 1024;
const DOCS_PER_CHUNK: usize = 20;

fn named(prefix: &str, ext: &str, bytes: &[u8]) -> String {
    format!("{prefix}-{}.{ext}", &hex(&Sha256::digest(bytes))[..16])
}

/// Every search file is gzipped (no name, no time: the same bytes each
/// build); the viewer inflates it with the browser's `DecompressionStream`.
/// Hosts rarely compress binary files, and the first query's bytes are what
/// a visitor waits for.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::GzBuilder::new().mtime(0).write(Vec::with_capacity(bytes.len() / 3 + 64), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// A pack is written while gzipped it stays under this size: a visitor who
/// starts typing fetches it whole (about 75 bytes a dataset: some 13,000
/// datasets). A larger catalog's files are fetched as queries need them.
const PACK_LIMIT: usize = 1024 * 1024;

/// Adds `search/<name>` (gzipped), keeps its bytes for the pack, and
/// returns its name.
fn add(out: &mut Output, packed: &mut Vec<(String, Vec<u8>)>, prefix: &str, ext: &str, bytes: Vec<u8>) -> String {
    let file = named(prefix, ext, &bytes);
    out.add(format!("search/{file}"), gzip(&bytes));
    packed.push((file.clone(), bytes));
    file
}

/// What the catalog page names: the files its first view (no query, most
/// recent first) needs besides `entry.kfi` (the facet table and the first
/// documents' chunk), which it preloads, and the pack, if one was written.
pub struct SearchFiles {
    pub first: Vec<String>,
    pub pack: Option<String>,
}

fn summary_of(d: &Dataset, en: bool) -> String {
    let s = if en { d.summary_en.clone() } else { d.summary.clone() };
    let s = s.unwrap_or_default();
    if s.chars().count() > 120 {
        s.chars().take(119).chain(['…']).collect()
    } else {
        s
    }
}

/// Writes `search/` and returns what the catalog page names.
pub fn write(site: &Site, data: &DataOutput, i18n: &crate::render::i18n::I18n, out: &mut Output) -> SearchFiles {
    let mut packed = Vec::new();
    let docs = site.listed_datasets();
    let cfg = &site.config;
    let agencies: Vec<Label> = site.agencies.iter().map(|a| Label { key: a.id.clone(), zh: a.name.clone(), en: a.name_en.clone().unwrap_or_else(|| a.name.clone()) }).collect();
    let topics: Vec<Label> = cfg.topics.iter().map(|t| Label { key: t.key.clone(), zh: t.name.clone(), en: t.name_en.clone().unwrap_or_else(|| t.name.clone()) }).collect();
    let mut formats: Vec<String> = docs.iter().flat_map(|d| d.formats()).collect();
    formats.sort();
    formats.dedup();
    let label = |prefix: &str, key: &str| {
        let k = format!("{prefix}_{key}");
        Label { key: key.into(), zh: i18n.t("zh-CN", &k), en: i18n.t("en", &k) }
    };
    let cycles: Vec<Label> = crate::catalog::raw::UpdateCycle::ALL.iter().map(|c| label("cycle", c.key())).collect();
    let open_types: Vec<Label> = crate::catalog::raw::OpenType::ALL.iter().map(|o| label("open", o.key())).collect();

    // Documents are numbered in `listed_datasets` order, most recent first:
    // the "recent" sort is the numbering.
    let mut by_title: Vec<usize> = (0..docs.len()).collect();
    by_title.sort_by(|a, b| docs[*a].title.cmp(&docs[*b].title).then_with(|| docs[*a].id.cmp(&docs[*b].id)));
    let mut ranks = vec![0u32; docs.len()];
    for (rank, i) in by_title.into_iter().enumerate() {
        ranks[i] = rank as u32;
    }
    let title_file = add(out, &mut packed, "o", "kfo", TitleOrder { ranks }.encode());
    let epoch = crate::date::Date::ymd(1970, 1, 1).unwrap_or(cfg.today);
    let facets = FacetTable {
        docs: docs
            .iter()
            .map(|d| DocFacets {
                agency: agencies.iter().position(|a| a.key == d.agency).unwrap_or(0) as u16,
                topics: d.topics.iter().filter_map(|t| topics.iter().position(|x| &x.key == t)).map(|p| p as u16).collect(),
                open_type: crate::catalog::raw::OpenType::ALL.iter().position(|o| *o == d.open_type).unwrap_or(0) as u8,
                formats: d.formats().iter().filter_map(|f| formats.iter().position(|x| x == f)).map(|p| p as u8).collect(),
                cycle: crate::catalog::raw::UpdateCycle::ALL.iter().position(|c| *c == d.update_cycle).unwrap_or(0) as u8,
                overdue: d.overdue,
            })
            .collect(),
    };
    let facet_file = add(out, &mut packed, "f", "kff", facets.encode());

    // term → doc → best weight
    let mut index: BTreeMap<String, BTreeMap<u32, u8>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        let mut add = |text: &str, w: u8| {
            for t in tokens(text) {
                let e = index.entry(t).or_default().entry(i as u32).or_insert(0);
                *e = (*e).max(w);
            }
        };
        add(&d.title, 8);
        add(d.title_en.as_deref().unwrap_or(""), 8);
        add(&d.id.replace('-', " "), 3);
        for t in &d.tags {
            add(t, 5);
        }
        if let Some(a) = site.agency(&d.agency) {
            add(&a.name, 4);
            add(a.name_en.as_deref().unwrap_or(""), 4);
        }
        for t in d.topics.iter().filter_map(|k| site.topic(k)) {
            add(&t.name, 3);
            add(t.name_en.as_deref().unwrap_or(""), 3);
        }
        for t in data.tables.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
            for f in &t.report.fields {
                add(&f.name, 3);
            }
        }
        add(d.summary.as_deref().unwrap_or(""), 2);
        add(d.summary_en.as_deref().unwrap_or(""), 2);
        add(&to_plain_text(&d.body), 1);
    }
    let mut term_chunks = Vec::new();
    let mut current: Vec<(String, Postings)> = Vec::new();
    let mut size = 0;
    let mut flush = |current: &mut Vec<(String, Postings)>, out: &mut Output| {
        if current.is_empty() {
            return;
        }
        let first = current[0].0.clone();
        let file = add(out, &mut packed, "t", "kft", TermChunk { terms: std::mem::take(current) }.encode());
        term_chunks.push(TermChunkRef { first, file });
    };
    for (term, docs) in index {
        let list: Vec<(u32, u8)> = docs.into_iter().collect();
        size += term.len() + 2 * list.len() + 2;
        current.push((term, Postings::from_docs(&list)));
        if size >= TERM_CHUNK_BYTES {
            flush(&mut current, out);
            size = 0;
        }
    }
    flush(&mut current, out);

    let mut doc_chunks = Vec::new();
    for (n, part) in docs.chunks(DOCS_PER_CHUNK).enumerate() {
        let first_doc = (n * DOCS_PER_CHUNK) as u32;
        let chunk = DocChunk {
            first_doc,
            docs: part
                .iter()
                .map(|d| DocInfo { id: d.id.clone(), title: d.title.clone(), title_en: d.title_en.clone(), summary: summary_of(d, false), summary_en: d.summary_en.as_ref().map(|_| summary_of(d, true)), modified: epoch.days_until(d.modified) as i32 })
                .collect(),
        };
        let file = add(out, &mut packed, "d", "kfd", chunk.encode());
        doc_chunks.push(DocChunkRef { first_doc, docs: part.len() as u32, file });
    }
    let first: Vec<String> = std::iter::once(facet_file.clone()).chain(doc_chunks.first().map(|c| c.file.clone())).collect();
    let entry = SearchEntry { docs: docs.len() as u32, agencies, topics, formats, cycles, open_types, facet_file, title_file, term_chunks, doc_chunks };
    out.add("search/entry.kfi", gzip(&entry.encode()));
    let pack = gzipped_pack(&packed, PACK_LIMIT).map(|p| {
        let file = named("p", "kfp", &p);
        out.add(format!("search/{file}"), p);
        file
    });
    SearchFiles { first, pack }
}

/// The gzipped pack of `files`, unless it is over `limit` bytes.
fn gzipped_pack(files: &[(String, Vec<u8>)], limit: usize) -> Option<Vec<u8>> {
    // Names are ASCII and short, chunks far under 4 GiB: encoding cannot fail.
    viewer_format::search::encode_pack(files).ok().map(|p| gzip(&p)).filter(|p| p.len() <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn a_pack_over_the_limit_is_not_written() {
        let files: Vec<(String, Vec<u8>)> = (0..50).map(|i| (format!("d-{i:016x}.kfd"), (0..2000u32).map(|j| (j * 7919 + i) as u8).collect())).collect();
        let p = gzipped_pack(&files, usize::MAX).unwrap();
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&p[..]).read_to_end(&mut raw).unwrap();
        let back = viewer_format::search::decode_pack(&raw).unwrap();
        assert_eq!(back.len(), 50);
        assert_eq!(back[49].1, files[49].1.as_slice());
        assert_eq!(gzipped_pack(&files, p.len()), Some(p.clone()));
        assert_eq!(gzipped_pack(&files, p.len() - 1), None);
    }
}
