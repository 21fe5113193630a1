//! A small RDF graph: triples built in Rust and written both as Turtle and as
//! JSON-LD from the same list, so the two files hold the same graph.
//!
//! IRIs are made safe on the way in ([`iri`]); literals are escaped on the way
//! out. Blank nodes get labels in the order they are made, so the bytes are
//! the same for the same input.

use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashSet};

/// Namespaces of the vocabularies the catalog uses, and their prefixes.
pub const PREFIXES: [(&str, &str); 14] = [
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("dcatap", "http://data.europa.eu/r5r/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("spdx", "http://spdx.org/rdf/terms#"),
    ("locn", "http://www.w3.org/ns/locn#"),
    ("adms", "http://www.w3.org/ns/adms#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("kf", KF_NS),
];

/// `ns!(dcat "Dataset")` → the full IRI, at compile time.
macro_rules! ns {
    (rdf $l:literal) => { concat!("http://www.w3.org/1999/02/22-rdf-syntax-ns#", $l) };
    (rdfs $l:literal) => { concat!("http://www.w3.org/2000/01/rdf-schema#", $l) };
    (xsd $l:literal) => { concat!("http://www.w3.org/2001/XMLSchema#", $l) };
    (dcat $l:literal) => { concat!("http://www.w3.org/ns/dcat#", $l) };
    (dct $l:literal) => { concat!("http://purl.org/dc/terms/", $l) };
    (dcatap $l:literal) => { concat!("http://data.europa.eu/r5r/", $l) };
    (foaf $l:literal) => { concat!("http://xmlns.com/foaf/0.1/", $l) };
    (vcard $l:literal) => { concat!("http://www.w3.org/2006/vcard/ns#", $l) };
    (skos $l:literal) => { concat!("http://www.w3.org/2004/02/skos/core#", $l) };
    (spdx $l:literal) => { concat!("http://spdx.org/rdf/terms#", $l) };
    (locn $l:literal) => { concat!("http://www.w3.org/ns/locn#", $l) };
    (owl $l:literal) => { concat!("http://www.w3.org/2002/07/owl#", $l) };
    (kf $l:literal) => { concat!("https://kaifang.example/ns#", $l) };
}
pub(crate) use ns;

pub const RDF_TYPE: &str = ns!(rdf "type");

/// Our own namespace, for the regulation's fields that no standard vocabulary
/// has (share type, security level, legal basis …): documented in the README.
pub const KF_NS: &str = ns!(kf "");

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    Iri(String),
    Blank(usize),
    Literal { value: String, lang: Option<&'static str>, datatype: Option<&'static str> },
}

/// An IRI term. Characters an IRI may not hold (spaces, `<>"{}|^\``, controls)
/// are percent-encoded, so no input can break out of `<…>` or `"@id"`.
pub fn iri(s: &str) -> Term {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c <= ' ' || c == '\u{7f}' || "<>\"{}|^`\\".contains(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    Term::Iri(out)
}

/// An absolute IRI from a URL a publisher wrote, or `None` when it has no scheme.
pub fn abs_iri(s: &str) -> Option<Term> {
    let s = s.trim();
    let (scheme, rest) = s.split_once(':')?;
    let ok = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    (ok && !rest.is_empty()).then(|| iri(s))
}

pub fn text(value: &str, lang: &'static str) -> Term {
    Term::Literal { value: value.to_string(), lang: Some(lang), datatype: None }
}

pub fn plain(value: &str) -> Term {
    Term::Literal { value: value.to_string(), lang: None, datatype: None }
}

pub fn typed(value: impl ToString, datatype: &'static str) -> Term {
    Term::Literal { value: value.to_string(), lang: None, datatype: Some(datatype) }
}

#[derive(Debug, Default)]
pub struct Graph {
    triples: Vec<(Term, &'static str, Term)>,
    seen: HashSet<(Term, &'static str, Term)>,
    blanks: usize,
}

impl Graph {
    pub fn blank(&mut self) -> Term {
        self.blanks += 1;
        Term::Blank(self.blanks - 1)
    }

    /// Adds a triple once; the same triple twice is the same graph.
    pub fn add(&mut self, s: &Term, p: &'static str, o: Term) {
        let t = (s.clone(), p, o);
        if self.seen.insert(t.clone()) {
            self.triples.push(t);
        }
    }

    pub fn a(&mut self, s: &Term, class: &'static str) {
        self.add(s, RDF_TYPE, Term::Iri(class.to_string()));
    }

    pub fn len(&self) -> usize {
        self.triples.len()
    }

    pub fn is_empty(&self) -> bool {
        self.triples.is_empty()
    }

    /// Subjects in the order they first appear, each with its (predicate, object) pairs.
    fn by_subject(&self) -> Vec<(&Term, Vec<(&'static str, &Term)>)> {
        let mut index: BTreeMap<&Term, usize> = BTreeMap::new();
        let mut out: Vec<(&Term, Vec<(&'static str, &Term)>)> = Vec::new();
        for (s, p, o) in &self.triples {
            let i = *index.entry(s).or_insert_with(|| {
                out.push((s, Vec::new()));
                out.len() - 1
            });
            out[i].1.push((p, o));
        }
        for (_, pos) in &mut out {
            // rdf:type first, the rest as added (a stable sort keeps their order).
            pos.sort_by_key(|(p, _)| *p != RDF_TYPE);
        }
        out
    }

    pub fn turtle(&self) -> String {
        let mut out = String::new();
        for (p, n) in PREFIXES {
            out.push_str(&format!("@prefix {p}: <{n}> .\n"));
        }
        for (s, pos) in self.by_subject() {
            out.push('\n');
            out.push_str(&ttl_term(s));
            let last = pos.len().saturating_sub(1);
            for (i, (p, o)) in pos.iter().enumerate() {
                let p = if *p == RDF_TYPE { "a".to_string() } else { compact(p).unwrap_or_else(|| format!("<{p}>")) };
                out.push_str(&format!("\n    {p} {}{}", ttl_term(o), if i == last { " ." } else { " ;" }));
            }
            out.push('\n');
        }
        out
    }

    pub fn jsonld(&self) -> String {
        let context: Map<String, Value> = PREFIXES.iter().map(|(p, n)| (p.to_string(), json!(n))).collect();
        let nodes: Vec<Value> = self
            .by_subject()
            .into_iter()
            .map(|(s, pos)| {
                let mut node = Map::new();
                node.insert("@id".into(), json!(id_of(s)));
                for (p, o) in pos {
                    if p == RDF_TYPE {
                        if let Term::Iri(c) = o {
                            push(&mut node, "@type", json!(compact(c).unwrap_or_else(|| c.clone())));
                            continue;
                        }
                    }
                    push(&mut node, &compact(p).unwrap_or_else(|| p.to_string()), jsonld_value(o));
                }
                Value::Object(node)
            })
            .collect();
        let doc = json!({"@context": context, "@graph": nodes});
        let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
        s.push('\n');
        s
    }
}

fn push(node: &mut Map<String, Value>, key: &str, v: Value) {
    match node.get_mut(key) {
        Some(Value::Array(a)) => a.push(v),
        _ => {
            node.insert(key.to_string(), Value::Array(vec![v]));
        }
    }
}

fn id_of(t: &Term) -> String {
    match t {
        Term::Iri(i) => i.clone(),
        Term::Blank(n) => format!("_:b{n}"),
        Term::Literal { value, .. } => value.clone(),
    }
}

fn jsonld_value(t: &Term) -> Value {
    match t {
        Term::Iri(_) | Term::Blank(_) => json!({"@id": id_of(t)}),
        Term::Literal { value, lang: Some(l), .. } => json!({"@value": value, "@language": l}),
        Term::Literal { value, datatype: Some(d), .. } => json!({"@value": value, "@type": d}),
        Term::Literal { value, .. } => json!({"@value": value}),
    }
}

/// `prefix:local` when the IRI is in a known namespace and the local part is
/// a plain name; `None` otherwise (the caller writes the full IRI).
fn compact(iri: &str) -> Option<String> {
    PREFIXES.iter().find_map(|(p, n)| {
        let local = iri.strip_prefix(n)?;
        let mut chars = local.chars();
        let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        ok.then(|| format!("{p}:{local}"))
    })
}

fn ttl_term(t: &Term) -> String {
    match t {
        Term::Iri(i) => compact(i).unwrap_or_else(|| format!("<{i}>")),
        Term::Blank(n) => format!("_:b{n}"),
        Term::Literal { value, lang, datatype } => {
            let mut s = format!("\"{}\"", ttl_escape(value));
            if let Some(l) = lang {
                s.push('@');
                s.push_str(l);
            } else if let Some(d) = datatype {
                s.push_str("^^");
                s.push_str(&compact(d).unwrap_or_else(|| format!("<{d}>")));
            }
            s
        }
    }
}

/// Escapes a Turtle string literal (`"…"`): backslash, quote, line breaks
/// and every other control character.
pub fn ttl_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_escaped() {
        assert_eq!(ttl_escape("a\"b\\c\nd\te\u{1}"), "a\\\"b\\\\c\\nd\\te\\u0001");
        assert_eq!(ttl_escape("滨州"), "滨州");
    }

    #[test]
    fn iris_cannot_break_out() {
        assert_eq!(iri("https://a.cn/x y<z>\"{}"), Term::Iri("https://a.cn/x%20y%3Cz%3E%22%7B%7D".into()));
        assert!(abs_iri("relative/path").is_none());
        assert!(abs_iri("https://a.cn/").is_some());
        assert!(abs_iri("mailto:a@b.cn").is_some());
    }

    #[test]
    fn turtle_and_jsonld_of_the_same_triples() {
        let mut g = Graph::default();
        let s = iri("https://a.cn/d");
        g.a(&s, ns!(dcat "Dataset"));
        g.add(&s, ns!(dct "title"), text("标题 \"x\"", "zh"));
        g.add(&s, ns!(dct "title"), text("标题 \"x\"", "zh"));
        let b = g.blank();
        g.add(&s, ns!(dct "temporal"), b.clone());
        g.add(&b, ns!(dcat "startDate"), typed("2026-01-01", ns!(xsd "date")));
        assert_eq!(g.len(), 4, "duplicates are dropped");
        let ttl = g.turtle();
        assert!(ttl.contains("<https://a.cn/d>\n    a dcat:Dataset ;\n    dct:title \"标题 \\\"x\\\"\"@zh ;\n    dct:temporal _:b0 .\n"), "{ttl}");
        assert!(ttl.contains("_:b0\n    dcat:startDate \"2026-01-01\"^^xsd:date .\n"), "{ttl}");
        let ld: Value = serde_json::from_str(&g.jsonld()).unwrap();
        assert_eq!(ld["@graph"][0]["@type"], json!(["dcat:Dataset"]));
        assert_eq!(ld["@graph"][0]["dct:title"], json!([{"@value": "标题 \"x\"", "@language": "zh"}]));
        assert_eq!(ld["@graph"][1]["@id"], json!("_:b0"));
        assert_eq!(ld["@graph"][1]["dcat:startDate"], json!([{"@value": "2026-01-01", "@type": "http://www.w3.org/2001/XMLSchema#date"}]));
    }
}
