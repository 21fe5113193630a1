//! The nodes a DCAT-AP catalog links to, each typed with the class the
//! DCAT-AP range shapes expect: publishers (`foaf:Agent`), contact points
//! (`vcard:Kind`), languages, licences, file types and media types, and the
//! site's topics as a SKOS scheme.

use super::{abs, english};
use super::rdf::{abs_iri, iri, ns, plain, text, Graph, Term};
use super::vocab::{self, EU, IANA};
use crate::catalog::{Dataset, Site};
use crate::render::i18n::I18n;

/// `dct:format` (EU file type) and `dcat:mediaType` (IANA), each typed.
pub fn format(g: &mut Graph, dist: &Term, format: &str) {
    let f = vocab::file_format(format);
    if let Some(code) = f.eu {
        let t = iri(&format!("{EU}file-type/{code}"));
        g.a(&t, ns!(dct "MediaTypeOrExtent"));
        g.add(dist, ns!(dct "format"), t);
    }
    if let (Some(m), true) = (f.media_type, f.iana) {
        let t = iri(&format!("{IANA}{m}"));
        g.a(&t, ns!(dct "MediaType"));
        g.add(dist, ns!(dcat "mediaType"), t);
    }
}

pub fn agency(g: &mut Graph, site: &Site, id: &str) -> Term {
    let a = iri(&abs(site, &format!("agencies/{id}/#agency")));
    g.a(&a, ns!(foaf "Agent"));
    g.a(&a, ns!(foaf "Organization"));
    match site.agency(id) {
        Some(ag) => {
            g.add(&a, ns!(foaf "name"), text(&ag.name, "zh"));
            if let Some(en) = english(ag.name_en.as_ref()) {
                g.add(&a, ns!(foaf "name"), text(en, "en"));
            }
            let home = iri(&abs(site, &format!("agencies/{id}/")));
            g.a(&home, ns!(foaf "Document"));
            g.add(&a, ns!(foaf "homepage"), home);
        }
        None => g.add(&a, ns!(foaf "name"), plain(id)),
    }
    publisher_type(g, &a);
    a
}

/// Every publisher of the portal is a local public body (ADMS publisher type).
pub fn publisher_type(g: &mut Graph, agent: &Term) {
    let t = iri("http://purl.org/adms/publishertype/LocalAuthority");
    g.a(&t, ns!(skos "Concept"));
    g.add(&t, ns!(skos "prefLabel"), text("Local Authority", "en"));
    g.add(agent, ns!(dct "type"), t);
}

pub fn contact_point(g: &mut Graph, site: &Site, d: &Dataset) -> Term {
    let ag = site.agency(&d.agency);
    let c = g.blank();
    g.a(&c, ns!(vcard "Organization"));
    g.a(&c, ns!(vcard "Kind"));
    let name = ag.map(|a| a.contact.name.as_ref().map_or(a.name.clone(), |n| format!("{} {n}", a.name))).unwrap_or_else(|| site.config.title.clone());
    g.add(&c, ns!(vcard "fn"), plain(&name));
    let email = ag.and_then(|a| a.contact.email.clone()).or_else(|| site.config.contact.email.clone());
    if let Some(m) = email.and_then(|e| abs_iri(&format!("mailto:{}", e.trim()))) {
        g.add(&c, ns!(vcard "hasEmail"), m);
    }
    c
}

pub fn language(g: &mut Graph, code: &str) -> Term {
    let l = iri(&format!("{EU}language/{code}"));
    g.a(&l, ns!(dct "LinguisticSystem"));
    l
}

/// The licence's own URL when it has one, else one of ours for a site-defined
/// licence; typed `dct:LicenseDocument` and titled.
pub fn license(g: &mut Graph, site: &Site, key: &str) -> Option<Term> {
    let l = site.license(key)?;
    let t = l.url.as_deref().and_then(abs_iri).unwrap_or_else(|| iri(&abs(site, &format!("#license-{}", crate::render::views::enc(key)))));
    g.a(&t, ns!(dct "LicenseDocument"));
    g.add(&t, ns!(dct "title"), text(&l.name, "zh"));
    if let Some(en) = english(l.name_en.as_ref()).filter(|en| *en != l.name) {
        g.add(&t, ns!(dct "title"), text(en, "en"));
    }
    g.add(&t, ns!(dct "identifier"), plain(&l.key));
    Some(t)
}

/// The site's topics as a SKOS scheme (the regulation's databases and sectors).
pub fn topic_scheme(g: &mut Graph, site: &Site, i18n: &I18n) -> Term {
    let scheme = iri(&abs(site, "topics/#scheme"));
    g.a(&scheme, ns!(skos "ConceptScheme"));
    g.add(&scheme, ns!(dct "title"), text(&i18n.t("zh-CN", "topics_title"), "zh"));
    g.add(&scheme, ns!(dct "title"), text(&i18n.t("en", "topics_title"), "en"));
    for t in &site.config.topics {
        let concept = iri(&abs(site, &format!("topics/{}/#topic", t.key)));
        g.a(&concept, ns!(skos "Concept"));
        g.add(&concept, ns!(skos "prefLabel"), text(&t.name, "zh"));
        if let Some(en) = english(t.name_en.as_ref()) {
            g.add(&concept, ns!(skos "prefLabel"), text(en, "en"));
        }
        g.add(&concept, ns!(skos "inScheme"), scheme.clone());
        g.add(&concept, ns!(skos "notation"), plain(&t.key));
    }
    scheme
}
