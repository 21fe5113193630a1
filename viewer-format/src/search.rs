//! The catalog search index: what the generator writes and the viewer reads,
//! layered so the first query fetches little (after pagefind's entry → index
//! chunk → fragment split):
//!
//! ```text
//! search/entry.kfi      SearchEntry: facet vocabularies, where the term and
//!                       document chunks are. Small, unhashed, fetched first.
//! search/f-<hash>.kff   FacetTable: a few bytes a dataset (agency, topics,
//!                       open type, formats, cycle, overdue), for facet
//!                       counts over every match.
//! search/t-<hash>.kft   TermChunk: a sorted run of terms with their postings.
//! search/d-<hash>.kfd   DocChunk: what a result card shows, for a range of docs.
//! search/o-<hash>.kfo   TitleOrder: each doc's place in title order, fetched
//!                       only when results are sorted by title.
//! search/p-<hash>.kfp   Pack: every file above but the entry, in one file
//!                       (see [`encode_pack`]), fetched once a visitor starts
//!                       typing, so later keystrokes wait for no request.
//! ```
//!
//! Documents are numbered most recently updated first (ties by id), so the
//! "recent" order is the numbering itself and needs no file. The generator
//! gzips every search file (the viewer inflates it with the browser's own
//! `DecompressionStream`), so what crosses the network is the compressed size
//! whether or not the host compresses binary files; these types encode and
//! decode the inflated bytes.
//!
//! Both sides tokenize with [`tokens`]: Chinese has no spaces, so runs of CJK
//! characters are indexed as single characters and as overlapping pairs
//! (bigrams); a query of 空气质量 becomes 空气 气质 质量 and finds
//! "环境空气质量日报". Latin text is lowercased words.

use crate::wire::Bytes;
use crate::{decode_versioned, encode_versioned, FormatError};
use serde::{Deserialize, Serialize};

/// Whether `c` is a CJK character (indexed as unigrams and bigrams).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// Index terms of a text: CJK unigrams and bigrams, lowercase Latin words and numbers.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cjk: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush_cjk = |cjk: &mut Vec<char>, out: &mut Vec<String>| {
        for (i, c) in cjk.iter().enumerate() {
            out.push(c.to_string());
            if let Some(n) = cjk.get(i + 1) {
                out.push(format!("{c}{n}"));
            }
        }
        cjk.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            cjk.push(c);
        } else if c.is_alphanumeric() {
            flush_cjk(&mut cjk, &mut out);
            word.extend(c.to_lowercase());
        } else {
            flush_cjk(&mut cjk, &mut out);
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        }
    }
    flush_cjk(&mut cjk, &mut out);
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// A query's terms, each required. CJK runs of two or more characters give
/// their bigrams only; the last Latin word is a prefix (results follow typing).
pub fn query_terms(q: &str) -> Vec<QueryTerm> {
    let mut out: Vec<QueryTerm> = Vec::new();
    let mut cjk: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush = |cjk: &mut Vec<char>, out: &mut Vec<QueryTerm>| {
        match cjk.len() {
            0 => {}
            1 => out.push(QueryTerm { text: cjk[0].to_string(), prefix: false }),
            _ => out.extend(cjk.windows(2).map(|w| QueryTerm { text: w.iter().collect(), prefix: false })),
        }
        cjk.clear();
    };
    for c in q.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(QueryTerm { text: std::mem::take(&mut word), prefix: false });
            }
            cjk.push(c);
        } else if c.is_alphanumeric() {
            flush(&mut cjk, &mut out);
            word.extend(c.to_lowercase());
        } else {
            flush(&mut cjk, &mut out);
            if !word.is_empty() {
                out.push(QueryTerm { text: std::mem::take(&mut word), prefix: false });
            }
        }
    }
    flush(&mut cjk, &mut out);
    let trailing_word = !word.is_empty();
    if trailing_word {
        out.push(QueryTerm { text: word, prefix: true });
    }
    out.dedup();
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryTerm {
    pub text: String,
    pub prefix: bool,
}

/// A name in both languages, with its key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    pub key: String,
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermChunkRef {
    /// The first term of the chunk; chunks are in term order.
    pub first: String,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocChunkRef {
    pub first_doc: u32,
    pub docs: u32,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchEntry {
    pub docs: u32,
    pub agencies: Vec<Label>,
    pub topics: Vec<Label>,
    pub formats: Vec<String>,
    /// Update cycles, by key (realtime … irregular).
    pub cycles: Vec<Label>,
    /// Open types, by key (unconditional, conditional, closed).
    pub open_types: Vec<Label>,
    pub facet_file: String,
    /// The [`TitleOrder`] file.
    pub title_file: String,
    pub term_chunks: Vec<TermChunkRef>,
    pub doc_chunks: Vec<DocChunkRef>,
}

/// One dataset's facet values, as indexes into the entry's vocabularies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocFacets {
    pub agency: u16,
    pub topics: Vec<u16>,
    pub open_type: u8,
    pub formats: Vec<u8>,
    pub cycle: u8,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetTable {
    pub docs: Vec<DocFacets>,
}

/// Each document's position in title order (sorting by title without the titles).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TitleOrder {
    pub ranks: Vec<u32>,
}

/// A term's documents, ascending, each with its field weight (title
/// highest), run-coded: a term in most documents (滨州 in every title, a
/// common word of the descriptions) costs a few bytes, not two a document.
///
/// `docs` is LEB128 varints read with a cursor `next` (the lowest number the
/// next document may have, first 0): an even value `v` is one document,
/// `next + v / 2`; an odd one is `v / 2 + 2` consecutive documents from
/// `next`. `weights` is varints `(count - 1) << 4 | weight`: `count`
/// documents in a row with that weight (weights are under 16).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Postings {
    docs: Bytes,
    weights: Bytes,
}

/// Field weights are under this (a weight is four bits of a run).
pub const MAX_WEIGHT: u8 = 15;

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The next varint of `bytes` from `*at`, or `None` at the end or on a
/// truncated or over-long one.
fn take_varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

impl Postings {
    /// `docs` ascending, without repeats; weights above [`MAX_WEIGHT`] are
    /// stored as it.
    pub fn from_docs(docs: &[(u32, u8)]) -> Postings {
        let mut out = Vec::new();
        let mut next = 0u64;
        let mut i = 0;
        while i < docs.len() {
            let d = u64::from(docs[i].0);
            let run = if d == next { docs[i..].iter().enumerate().take_while(|(k, (x, _))| u64::from(*x) == d + *k as u64).count() } else { 1 };
            if run >= 2 {
                put_varint(&mut out, ((run as u64 - 2) << 1) | 1);
                next = d + run as u64;
                i += run;
            } else {
                put_varint(&mut out, d.saturating_sub(next) << 1);
                next = d + 1;
                i += 1;
            }
        }
        let mut weights = Vec::new();
        let mut i = 0;
        while i < docs.len() {
            let w = docs[i].1.min(MAX_WEIGHT);
            let run = docs[i..].iter().take_while(|(_, x)| (*x).min(MAX_WEIGHT) == w).count();
            put_varint(&mut weights, ((run as u64 - 1) << 4) | u64::from(w));
            i += run;
        }
        Postings { docs: Bytes(out), weights: Bytes(weights) }
    }

    /// The documents and their weights, in order. Bytes that do not decode
    /// (a damaged file) end the list early.
    pub fn docs(&self) -> impl Iterator<Item = (u32, u8)> + '_ {
        let (mut at, mut next, mut left) = (0usize, 0u64, 0u64);
        let docs = std::iter::from_fn(move || {
            if left == 0 {
                let v = take_varint(&self.docs.0, &mut at)?;
                if v & 1 == 0 {
                    next = next.checked_add(v >> 1)?;
                    left = 1;
                } else {
                    left = (v >> 1).checked_add(2)?;
                }
            }
            let d = u32::try_from(next).ok()?;
            next += 1;
            left -= 1;
            Some(d)
        });
        let (mut wat, mut w, mut wleft) = (0usize, 0u8, 0u64);
        let weights = std::iter::from_fn(move || {
            if wleft == 0 {
                let v = take_varint(&self.weights.0, &mut wat)?;
                w = (v & 0xf) as u8;
                wleft = (v >> 4) + 1;
            }
            wleft -= 1;
            Some(w)
        });
        docs.zip(weights)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermChunk {
    /// Sorted terms and their postings.
    pub terms: Vec<(String, Postings)>,
}

/// What a result card shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    pub id: String,
    pub title: String,
    pub title_en: Option<String>,
    pub summary: String,
    pub summary_en: Option<String>,
    /// Last update, days since 1970-01-01.
    pub modified: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocChunk {
    pub first_doc: u32,
    pub docs: Vec<DocInfo>,
}

macro_rules! versioned {
    ($($t:ty),*) => {$(
        impl $t {
            pub fn encode(&self) -> Vec<u8> {
                encode_versioned(self)
            }
            pub fn decode(bytes: &[u8]) -> Result<Self, FormatError> {
                decode_versioned(bytes)
            }
        }
    )*};
}
versioned!(SearchEntry, FacetTable, TitleOrder, TermChunk, DocChunk);

impl SearchEntry {
    /// The term chunk that holds `term`, if any could.
    pub fn chunk_for_term(&self, term: &str) -> Option<usize> {
        let i = self.term_chunks.partition_point(|c| c.first.as_str() <= term);
        i.checked_sub(1)
    }

    /// The term chunks that may hold terms starting with `prefix`.
    pub fn chunks_for_prefix(&self, prefix: &str) -> std::ops::Range<usize> {
        if self.term_chunks.is_empty() {
            return 0..0;
        }
        let start = self.chunk_for_term(prefix).unwrap_or(0);
        let mut end = start + 1;
        while end < self.term_chunks.len() && self.term_chunks[end].first.starts_with(prefix) {
            end += 1;
        }
        start..end
    }

    pub fn chunk_for_doc(&self, doc: u32) -> Option<usize> {
        self.doc_chunks.iter().position(|c| doc >= c.first_doc && doc < c.first_doc + c.docs)
    }
}

/// The first bytes of a pack.
pub const PACK_MAGIC: &[u8; 4] = b"KFP1";

/// One file holding many search files' inflated bytes, for the viewer to
/// fetch in one request (the generator gzips it whole, like every search
/// file). After [`PACK_MAGIC`], for each file: its name's length (one
/// byte), the name (ASCII), the body's length (u32, little-endian) and the
/// body. The viewer's worker `inflate.js` reads it with a `DataView`.
pub fn encode_pack(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, FormatError> {
    let mut out = PACK_MAGIC.to_vec();
    for (name, body) in files {
        let len = u8::try_from(name.len()).map_err(|_| FormatError::Invalid(format!("pack: name too long: {name}")))?;
        let body_len = u32::try_from(body.len()).map_err(|_| FormatError::Invalid(format!("pack: {name} is over 4 GiB")))?;
        out.push(len);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&body_len.to_le_bytes());
        out.extend_from_slice(body);
    }
    Ok(out)
}

/// The files of a pack, by name, in order.
pub fn decode_pack(bytes: &[u8]) -> Result<Vec<(String, &[u8])>, FormatError> {
    let bad = |why: &str| FormatError::Malformed(format!("pack: {why}"));
    let mut rest = bytes.strip_prefix(PACK_MAGIC.as_slice()).ok_or_else(|| bad("no magic"))?;
    let mut out = Vec::new();
    while let Some((&len, r)) = rest.split_first() {
        let len = usize::from(len);
        let (name, r) = r.split_at_checked(len).ok_or_else(|| bad("truncated name"))?;
        let (size, r) = r.split_at_checked(4).ok_or_else(|| bad("truncated length"))?;
        let size = u32::from_le_bytes([size[0], size[1], size[2], size[3]]) as usize;
        let (body, r) = r.split_at_checked(size).ok_or_else(|| bad("truncated body"))?;
        let name = std::str::from_utf8(name).map_err(|_| bad("name is not UTF-8"))?;
        out.push((name.to_string(), body));
        rest = r;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_round_trip_and_truncation() {
        let files = vec![("t-1.kft".to_string(), vec![1, 2, 3]), ("d-2.kfd".to_string(), vec![]), ("f-3.kff".to_string(), vec![9; 300])];
        let bytes = encode_pack(&files).unwrap();
        let back = decode_pack(&bytes).unwrap();
        assert_eq!(back.len(), 3);
        for ((n, b), (m, c)) in files.iter().zip(&back) {
            assert_eq!((n.as_str(), b.as_slice()), (m.as_str(), *c));
        }
        for cut in 1..bytes.len() {
            if cut == 4 || cut == 19 || cut == 31 {
                continue; // whole files: a shorter pack, not a broken one
            }
            assert!(decode_pack(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        assert!(encode_pack(&[("x".repeat(256), vec![])]).is_err());
    }

    #[test]
    fn chinese_bigrams_find_the_title() {
        let t = tokens("环境空气质量日报");
        for q in query_terms("空气质量") {
            assert!(t.contains(&q.text), "{q:?}");
        }
        assert_eq!(query_terms("空气质量").len(), 3);
        assert_eq!(query_terms("气"), vec![QueryTerm { text: "气".into(), prefix: false }]);
        assert!(t.contains(&"气".to_string()));
    }

    #[test]
    fn latin_words_and_prefix() {
        assert_eq!(tokens("Air Quality, PM2.5"), vec!["air", "quality", "pm2", "5"]);
        let q = query_terms("air qual");
        assert_eq!(q, vec![QueryTerm { text: "air".into(), prefix: false }, QueryTerm { text: "qual".into(), prefix: true }]);
        assert_eq!(query_terms("AQI 空气"), vec![QueryTerm { text: "aqi".into(), prefix: false }, QueryTerm { text: "空气".into(), prefix: false }]);
    }

    #[test]
    fn postings_round_trip_and_chunk_lookup() {
        let p = Postings::from_docs(&[(3, 8), (10, 1), (11, 2)]);
        assert_eq!(p.docs().collect::<Vec<_>>(), vec![(3, 8), (10, 1), (11, 2)]);
        let e = SearchEntry {
            docs: 0,
            agencies: vec![],
            topics: vec![],
            formats: vec![],
            cycles: vec![],
            open_types: vec![],
            facet_file: String::new(),
            title_file: String::new(),
            term_chunks: vec![
                TermChunkRef { first: "a".into(), file: "1".into() },
                TermChunkRef { first: "m".into(), file: "2".into() },
                TermChunkRef { first: "空".into(), file: "3".into() },
            ],
            doc_chunks: vec![],
        };
        assert_eq!(e.chunk_for_term("b"), Some(0));
        assert_eq!(e.chunk_for_term("zz"), Some(1));
        assert_eq!(e.chunk_for_term("空气"), Some(2));
        assert_eq!(e.chunks_for_prefix("ma"), 1..2);
        let bytes = e.encode();
        assert_eq!(SearchEntry::decode(&bytes).unwrap(), e);
    }

    #[test]
    fn postings_runs_round_trip_and_stay_small() {
        let cases: Vec<Vec<(u32, u8)>> = vec![
            vec![],
            vec![(0, 1)],
            vec![(0, 1), (1, 1)],
            vec![(5, 2), (6, 2), (7, 3), (9, 1), (200, 15), (201, 15), (u32::MAX - 1, 4), (u32::MAX, 4)],
            (0..10_000).map(|d| (d, 1)).collect(),
            (0..10_000).filter(|d| d % 3 != 0).map(|d| (d, if d % 7 == 0 { 8 } else { 1 })).collect(),
            (0..3_000).map(|d| (d * 37 + 5, (d % 5) as u8 + 1)).collect(),
        ];
        for docs in &cases {
            let p = Postings::from_docs(docs);
            assert_eq!(&p.docs().collect::<Vec<_>>(), docs);
            let chunk = TermChunk { terms: vec![("滨州".into(), p)] };
            assert_eq!(TermChunk::decode(&chunk.encode()).unwrap(), chunk);
        }
        // A term in every one of 10,000 documents, all with one weight: a few bytes.
        let every = Postings::from_docs(&(0..10_000).map(|d| (d, 1)).collect::<Vec<_>>());
        assert!(every.docs.0.len() + every.weights.0.len() < 8, "{every:?}");
        // Scattered documents cost no more than one byte each, plus one for the weight.
        let sparse = Postings::from_docs(&(0..1_000).map(|d| (d * 50, 1 + (d % 2) as u8)).collect::<Vec<_>>());
        assert!(sparse.docs.0.len() <= 1_000 && sparse.weights.0.len() <= 1_000);
        // Weights above the limit are stored as the limit.
        assert_eq!(Postings::from_docs(&[(1, 40)]).docs().collect::<Vec<_>>(), vec![(1, MAX_WEIGHT)]);
    }

    #[test]
    fn damaged_postings_end_early_without_panicking() {
        let p = Postings::from_docs(&(0..100).map(|d| (d * 3, 2)).collect::<Vec<_>>());
        for cut in 0..p.docs.0.len() {
            let q = Postings { docs: Bytes(p.docs.0[..cut].to_vec()), weights: Bytes(p.weights.0.clone()) };
            assert!(q.docs().count() <= cut);
        }
        let junk = Postings { docs: Bytes(vec![0xff; 20]), weights: Bytes(vec![0xff; 20]) };
        assert_eq!(junk.docs().count(), 0);
        let overflow = Postings { docs: Bytes(vec![0xfe, 0xff, 0xff, 0xff, 0x3f, 0x01]), weights: Bytes(vec![0xf1, 0x01]) };
        assert!(overflow.docs().all(|(d, _)| d <= u32::MAX));
    }
}
