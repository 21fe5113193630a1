//! DCAT-AP 3: the catalog at `/catalog.ttl` and `/catalog.jsonld` (one graph,
//! two syntaxes) and each dataset's own description next to its page.
//!
//! Vocabulary terms the catalog links to are typed in the graph itself
//! (`<…/file-type/CSV> a dct:MediaTypeOrExtent`), so the DCAT-AP range shapes
//! hold without loading the EU tables. The regulation's fields go in the
//! `kf:` namespace ([`KF_NS`](super::KF_NS)).

use super::rdf::{abs_iri, iri, ns, plain, text, typed, Graph, Term};
use super::vocab::{self, EU};
use super::linked::{agency, contact_point, format, language, license, publisher_type, topic_scheme};
use super::{abs, english, file_path, last_change, listed, summary};
use crate::catalog::raw::OpenType;
use crate::catalog::{Dataset, Site};
use crate::data::DataOutput;
use crate::output::Output;
use crate::render::i18n::I18n;

pub fn write(site: &Site, data: &DataOutput, i18n: &I18n, out: &mut Output) {
    let g = catalog(site, data, i18n);
    out.add("catalog.ttl", g.turtle().into_bytes());
    out.add("catalog.jsonld", g.jsonld().into_bytes());
    for d in listed(site) {
        let mut g = Graph::default();
        dataset(&mut g, site, data, i18n, d);
        out.add(format!("datasets/{}/dcat.ttl", d.id), g.turtle().into_bytes());
        out.add(format!("datasets/{}/dcat.jsonld", d.id), g.jsonld().into_bytes());
    }
}

pub fn dataset_iri(site: &Site, id: &str) -> String {
    abs(site, &format!("datasets/{id}/#dataset"))
}

/// The whole catalog: the portal, its publisher, every listed dataset.
pub fn catalog(site: &Site, data: &DataOutput, i18n: &I18n) -> Graph {
    let cfg = &site.config;
    let mut g = Graph::default();
    let c = iri(&abs(site, "#catalog"));
    g.a(&c, ns!(dcat "Catalog"));
    g.add(&c, ns!(dct "title"), text(&cfg.title, "zh"));
    if let Some(en) = english(cfg.title_en.as_ref()) {
        g.add(&c, ns!(dct "title"), text(en, "en"));
    }
    let desc_zh = cfg.description.clone().unwrap_or_else(|| i18n.t("zh-CN", "home_intro"));
    let desc_en = cfg.description_en.clone().unwrap_or_else(|| i18n.t("en", "home_intro"));
    g.add(&c, ns!(dct "description"), text(&desc_zh, "zh"));
    g.add(&c, ns!(dct "description"), text(&desc_en, "en"));
    let publisher = iri(&abs(site, "#publisher"));
    g.a(&publisher, ns!(foaf "Agent"));
    g.a(&publisher, ns!(foaf "Organization"));
    g.add(&publisher, ns!(foaf "name"), text(&cfg.title, "zh"));
    if let Some(en) = english(cfg.title_en.as_ref()) {
        g.add(&publisher, ns!(foaf "name"), text(en, "en"));
    }
    if let Some(m) = cfg.contact.email.as_deref().and_then(|e| abs_iri(&format!("mailto:{}", e.trim()))) {
        g.add(&publisher, ns!(foaf "mbox"), m);
    }
    publisher_type(&mut g, &publisher);
    g.add(&c, ns!(dct "publisher"), publisher);
    let home = iri(&cfg.base_url);
    g.a(&home, ns!(foaf "Document"));
    g.add(&c, ns!(foaf "homepage"), home);
    for code in ["ZHO", "ENG"] {
        let l = language(&mut g, code);
        g.add(&c, ns!(dct "language"), l);
    }
    let ds = listed(site);
    if let Some(first) = ds.iter().map(|d| d.issued).min() {
        g.add(&c, ns!(dct "issued"), typed(first, ns!(xsd "date")));
    }
    g.add(&c, ns!(dct "modified"), typed(ds.iter().map(|d| last_change(d)).max().unwrap_or(cfg.today), ns!(xsd "date")));
    if let Some(l) = cfg.defaults.license.as_deref().and_then(|k| license(&mut g, site, k)) {
        g.add(&c, ns!(dct "license"), l);
    }
    let eu_themes = iri(&format!("{EU}data-theme"));
    g.a(&eu_themes, ns!(skos "ConceptScheme"));
    g.add(&eu_themes, ns!(dct "title"), text("Data theme", "en"));
    g.add(&c, ns!(dcat "themeTaxonomy"), eu_themes);
    let own = topic_scheme(&mut g, site, i18n);
    g.add(&c, ns!(dcat "themeTaxonomy"), own);
    for d in ds {
        let s = dataset(&mut g, site, data, i18n, d);
        g.add(&c, ns!(dcat "dataset"), s);
    }
    g
}

/// One dataset with its publisher, contact, coverage, distributions and
/// every vocabulary term it links to.
pub fn dataset(g: &mut Graph, site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset) -> Term {
    let s = iri(&dataset_iri(site, &d.id));
    let page = iri(&abs(site, &format!("datasets/{}/", d.id)));
    g.a(&s, ns!(dcat "Dataset"));
    g.add(&s, ns!(dct "title"), text(&d.title, "zh"));
    if let Some(en) = english(d.title_en.as_ref()) {
        g.add(&s, ns!(dct "title"), text(en, "en"));
    }
    g.add(&s, ns!(dct "description"), text(&summary(d, "zh-CN"), "zh"));
    if let Some(en) = english(d.summary_en.as_ref()) {
        g.add(&s, ns!(dct "description"), text(en, "en"));
    }
    g.add(&s, ns!(dct "identifier"), plain(&d.id));
    for t in &d.tags {
        g.add(&s, ns!(dcat "keyword"), text(t, "zh"));
    }
    for key in &d.topics {
        if let Some((code, label)) = vocab::eu_theme(key) {
            let th = iri(&format!("{EU}data-theme/{code}"));
            g.a(&th, ns!(skos "Concept"));
            g.add(&th, ns!(skos "prefLabel"), text(label, "en"));
            g.add(&th, ns!(skos "inScheme"), iri(&format!("{EU}data-theme")));
            g.add(&s, ns!(dcat "theme"), th);
        }
        if let Some(t) = site.topic(key) {
            let concept = iri(&abs(site, &format!("topics/{key}/#topic")));
            g.a(&concept, ns!(skos "Concept"));
            g.add(&concept, ns!(skos "prefLabel"), text(&t.name, "zh"));
            if let Some(en) = english(t.name_en.as_ref()) {
                g.add(&concept, ns!(skos "prefLabel"), text(en, "en"));
            }
            g.add(&concept, ns!(skos "inScheme"), iri(&abs(site, "topics/#scheme")));
            g.add(&s, ns!(dcat "theme"), concept);
        }
    }
    let publisher = agency(g, site, &d.agency);
    g.add(&s, ns!(dct "publisher"), publisher);
    let contact = contact_point(g, site, d);
    g.add(&s, ns!(dcat "contactPoint"), contact);
    g.add(&s, ns!(dct "issued"), typed(d.issued, ns!(xsd "date")));
    g.add(&s, ns!(dct "modified"), typed(d.modified, ns!(xsd "date")));
    let freq = iri(&format!("{EU}frequency/{}", vocab::frequency(d.update_cycle)));
    g.a(&freq, ns!(dct "Frequency"));
    g.add(&s, ns!(dct "accrualPeriodicity"), freq);
    let rights = iri(&format!("{EU}access-right/{}", vocab::access_right(d.open_type)));
    g.a(&rights, ns!(dct "RightsStatement"));
    g.add(&s, ns!(dct "accessRights"), rights);
    g.a(&page, ns!(foaf "Document"));
    g.add(&s, ns!(dcat "landingPage"), page.clone());
    let zho = language(g, "ZHO");
    g.add(&s, ns!(dct "language"), zho);
    if let Some(t) = d.temporal.filter(|t| t.start.is_some() || t.end.is_some()) {
        let p = g.blank();
        g.a(&p, ns!(dct "PeriodOfTime"));
        if let Some(start) = t.start {
            g.add(&p, ns!(dcat "startDate"), typed(start, ns!(xsd "date")));
        }
        if let Some(end) = t.end {
            g.add(&p, ns!(dcat "endDate"), typed(end, ns!(xsd "date")));
        }
        g.add(&s, ns!(dct "temporal"), p);
    }
    if let Some(place) = d.spatial.as_deref().filter(|p| !p.trim().is_empty()) {
        let l = g.blank();
        g.a(&l, ns!(dct "Location"));
        g.add(&l, ns!(locn "geographicName"), text(place, "zh"));
        g.add(&s, ns!(dct "spatial"), l);
    }
    let cfg = &site.config;
    let usage = d.usage.as_deref().map(|u| (u, None)).or_else(|| cfg.defaults.usage.as_deref().map(|u| (u, english(cfg.defaults.usage_en.as_ref()))));
    if let Some((zh, en)) = usage {
        let r = g.blank();
        g.a(&r, ns!(dct "RightsStatement"));
        g.add(&r, ns!(rdfs "label"), text(zh, "zh"));
        if let Some(en) = en {
            g.add(&r, ns!(rdfs "label"), text(en, "en"));
        }
        g.add(&s, ns!(dct "rights"), r);
    }
    regulation(g, &s, d);
    distributions(g, site, data, i18n, d, &s, &page);
    s
}

/// The regulation's own fields (art. 10, 20, 22, 39), in our namespace.
fn regulation(g: &mut Graph, s: &Term, d: &Dataset) {
    g.add(s, ns!(kf "openType"), plain(d.open_type.key()));
    g.add(s, ns!(kf "shareType"), plain(d.share_type.key()));
    g.add(s, ns!(kf "securityLevel"), typed(d.security_level, ns!(xsd "integer")));
    g.add(s, ns!(kf "updateCycle"), plain(d.update_cycle.key()));
    if let Some(b) = d.legal_basis.as_deref().filter(|b| !b.trim().is_empty()) {
        g.add(s, ns!(kf "legalBasis"), text(b, "zh"));
    }
    if let Some(c) = d.conditions.as_deref().filter(|c| !c.trim().is_empty()) {
        g.add(s, ns!(kf "openConditions"), text(c, "zh"));
    }
    let status = match (d.due, d.overdue) {
        (None, _) => "not-scheduled",
        (Some(_), true) => "overdue",
        (Some(_), false) => "on-time",
    };
    g.add(s, ns!(kf "updateStatus"), plain(status));
    if let Some(due) = d.due {
        g.add(s, ns!(kf "updateDue"), typed(due, ns!(xsd "date")));
    }
    if let (Some(t), true) = (&d.temporary, d.temporary_active) {
        g.add(s, ns!(kf "temporaryOpenType"), plain(t.open_type.key()));
        g.add(s, ns!(kf "temporaryUntil"), typed(t.until, ns!(xsd "date")));
        g.add(s, ns!(kf "temporaryReason"), text(&t.reason, "zh"));
    }
}

fn distributions(g: &mut Graph, site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset, s: &Term, page: &Term) {
    let page_url = abs(site, &format!("datasets/{}/", d.id));
    let lic = d.license.as_deref().and_then(|k| license(g, site, k));
    if d.publishes_files() {
        for f in data.files.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
            let dist = iri(&format!("{page_url}#file-{}", crate::render::views::enc(&f.name)));
            let url = iri(&abs(site, &file_path(&d.id, &f.name)));
            g.a(&dist, ns!(dcat "Distribution"));
            g.add(&dist, ns!(dct "title"), text(&format!("{}（{}）", f.title, f.format), "zh"));
            if let Some(en) = english(f.title_en.as_ref()) {
                g.add(&dist, ns!(dct "title"), text(&format!("{en} ({})", f.format), "en"));
            }
            if let Some(desc) = f.description.as_deref().filter(|x| !x.trim().is_empty()) {
                g.add(&dist, ns!(dct "description"), text(desc, "zh"));
            }
            g.add(&dist, ns!(dcat "accessURL"), url.clone());
            g.add(&dist, ns!(dcat "downloadURL"), url);
            format(g, &dist, &f.format);
            g.add(&dist, ns!(dcat "byteSize"), typed(f.size, ns!(xsd "nonNegativeInteger")));
            let sum = checksum(g, &f.sha256);
            g.add(&dist, ns!(spdx "checksum"), sum);
            if let Some(l) = &lic {
                g.add(&dist, ns!(dct "license"), l.clone());
            }
            g.add(&dist, ns!(dct "modified"), typed(d.modified, ns!(xsd "date")));
            if let Some(rows) = f.rows {
                g.add(&dist, ns!(kf "rowCount"), typed(rows, ns!(xsd "nonNegativeInteger")));
            }
            g.add(s, ns!(dcat "distribution"), dist);
        }
    }
    if d.open_type == OpenType::Conditional {
        // Art. 32: the data are had by application; the page says how.
        let dist = iri(&format!("{page_url}#apply"));
        g.a(&dist, ns!(dcat "Distribution"));
        g.add(&dist, ns!(dct "title"), text(&i18n.t("zh-CN", "dist_apply"), "zh"));
        g.add(&dist, ns!(dct "title"), text(&i18n.t("en", "dist_apply"), "en"));
        if let Some(c) = d.conditions.as_deref().filter(|c| !c.trim().is_empty()) {
            g.add(&dist, ns!(dct "description"), text(c, "zh"));
        }
        g.add(&dist, ns!(dcat "accessURL"), page.clone());
        format(g, &dist, "HTML");
        if let Some(l) = &lic {
            g.add(&dist, ns!(dct "license"), l.clone());
        }
        g.add(s, ns!(dcat "distribution"), dist);
    }
    if d.open_type != OpenType::Closed {
        for (i, r) in d.resources.iter().enumerate() {
            let Some(url) = r.url.as_deref().and_then(abs_iri) else { continue };
            let dist = iri(&format!("{page_url}#resource-{}", i + 1));
            g.a(&dist, ns!(dcat "Distribution"));
            g.add(&dist, ns!(dct "title"), text(&r.title, "zh"));
            if let Some(en) = english(r.title_en.as_ref()) {
                g.add(&dist, ns!(dct "title"), text(en, "en"));
            }
            if let Some(desc) = r.description.as_deref().filter(|x| !x.trim().is_empty()) {
                g.add(&dist, ns!(dct "description"), text(desc, "zh"));
            }
            g.add(&dist, ns!(dcat "accessURL"), url);
            format(g, &dist, &r.format);
            if let Some(l) = &lic {
                g.add(&dist, ns!(dct "license"), l.clone());
            }
            g.add(s, ns!(dcat "distribution"), dist);
        }
    }
}

/// An `spdx:Checksum` of a SHA-256 in hex. DCAT-AP 3 names the algorithm with
/// `spdx:algorithm` and types the value `xsd:hexBinary`.
pub fn checksum(g: &mut Graph, sha256_hex: &str) -> Term {
    let sum = g.blank();
    g.a(&sum, ns!(spdx "Checksum"));
    g.add(&sum, ns!(spdx "algorithm"), Term::Iri(ns!(spdx "checksumAlgorithm_sha256").into()));
    g.add(&sum, ns!(spdx "checksumValue"), typed(sha256_hex.to_ascii_lowercase(), ns!(xsd "hexBinary")));
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_are_spdx_sha256_in_hex_binary() {
        let mut g = Graph::default();
        let c = checksum(&mut g, "AB12");
        assert_eq!(c, Term::Blank(0));
        let ttl = g.turtle();
        assert!(ttl.contains("_:b0\n    a spdx:Checksum ;\n    spdx:algorithm spdx:checksumAlgorithm_sha256 ;\n    spdx:checksumValue \"ab12\"^^xsd:hexBinary .\n"), "{ttl}");
    }
}
