//! schema.org JSON-LD for search engines: a `Dataset` in every dataset page's
//! `<head>` and a `DataCatalog` on the home page, with the fields Google
//! Dataset Search requires and recommends.
//!
//! The JSON goes inside `<script type="application/ld+json">`, so it is
//! escaped ([`script_safe`]) such that no value can close the tag. A data
//! block is never executed: the strict Content-Security-Policy holds.

use super::{abs, english, file_path, in_lang, pick, plain_text, summary, truncate};
use crate::catalog::raw::OpenType;
use crate::catalog::{Dataset, Site};
use crate::data::DataOutput;
use crate::render::i18n::I18n;
use serde_json::{json, Map, Value};

/// Google reads descriptions of 50 to 5,000 characters.
pub const MIN_DESCRIPTION: usize = 50;
pub const MAX_DESCRIPTION: usize = 5000;

/// JSON made safe inside a `<script>` element: `<`, `>` and `&` become
/// `\u003c`, `\u003e` and `\u0026` (they only occur inside strings, where the
/// escapes mean the same), and U+2028/2029 are escaped too.
pub fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

fn to_script(v: &Value) -> String {
    script_safe(&serde_json::to_string(v).unwrap_or_default())
}

/// The `Dataset` of a dataset page in `lang`, ready for the `<script>` element.
pub fn dataset(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset, lang: &str) -> String {
    to_script(&dataset_value(site, data, i18n, d, lang))
}

pub fn dataset_value(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset, lang: &str) -> Value {
    let cfg = &site.config;
    let page = abs(site, &in_lang(lang, &format!("datasets/{}/", d.id)));
    let agency = site.agency(&d.agency);
    let agency_name = agency.map_or(d.agency.as_str(), |a| pick(&a.name, a.name_en.as_ref(), lang));
    let mut keywords: Vec<String> = d.tags.clone();
    for k in &d.topics {
        let name = site.topic(k).map_or(k.as_str(), |t| pick(&t.name, t.name_en.as_ref(), lang)).to_string();
        if !keywords.contains(&name) {
            keywords.push(name);
        }
    }
    let org = json!({"@type": "Organization", "name": agency_name, "url": abs(site, &in_lang(lang, &format!("agencies/{}/", d.agency)))});
    let mut v = json!({
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "@id": super::dcat::dataset_iri(site, &d.id),
        "name": pick(&d.title, d.title_en.as_ref(), lang),
        "description": description(site, data, i18n, d, lang),
        "url": page,
        "identifier": d.id,
        "keywords": keywords,
        "creator": org,
        "publisher": org,
        "includedInDataCatalog": {"@type": "DataCatalog", "name": pick(&cfg.title, cfg.title_en.as_ref(), lang), "url": abs(site, &in_lang(lang, ""))},
        "datePublished": d.issued.to_string(),
        "dateModified": d.modified.to_string(),
        "inLanguage": "zh-CN",
    });
    let Value::Object(m) = &mut v else { return v };
    // Google asks for a licence; without one the terms are the regulation's, and the text says so.
    let l = license(site, d, lang).unwrap_or_else(|| json!({"@type": "CreativeWork", "name": i18n.t(lang, "jsonld_no_license")}));
    m.insert("license".into(), l);
    if d.open_type == OpenType::Unconditional {
        m.insert("isAccessibleForFree".into(), json!(true));
    }
    if let Some(c) = d.conditions.as_deref().filter(|c| !c.trim().is_empty()) {
        m.insert("conditionsOfAccess".into(), json!(c));
    }
    if let Some(t) = d.temporal.filter(|t| t.start.is_some() || t.end.is_some()) {
        let end = |x: Option<crate::date::Date>| x.map_or("..".to_string(), |x| x.to_string());
        m.insert("temporalCoverage".into(), json!(format!("{}/{}", end(t.start), end(t.end))));
    }
    if let Some(p) = d.spatial.as_deref().filter(|p| !p.trim().is_empty()) {
        m.insert("spatialCoverage".into(), json!({"@type": "Place", "name": p}));
    }
    let mut vars: Vec<&str> = Vec::new();
    for t in data.tables.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
        for f in &t.report.fields {
            if !vars.contains(&f.name.as_str()) {
                vars.push(&f.name);
            }
        }
    }
    if !vars.is_empty() {
        m.insert("variableMeasured".into(), json!(vars));
    }
    m.insert("distribution".into(), Value::Array(distribution(site, data, i18n, d, lang)));
    v
}

/// The published files; a dataset without any (opened on conditions, not
/// open) offers its catalog record instead, named as metadata only.
fn distribution(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset, lang: &str) -> Vec<Value> {
    let files = if d.publishes_files() { data.files.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) } else { &[] };
    let mut out: Vec<Value> = files
        .iter()
        .map(|f| {
            let fmt = super::vocab::file_format(&f.format);
            json!({
                "@type": "DataDownload",
                "name": format!("{} ({})", pick(&f.title, f.title_en.as_ref(), lang), f.format),
                "encodingFormat": fmt.media_type.unwrap_or(&f.format),
                "contentUrl": abs(site, &file_path(&d.id, &f.name)),
                "contentSize": crate::render::views::human_size(f.size),
                "sha256": f.sha256,
            })
        })
        .collect();
    if out.is_empty() {
        let open = i18n.t(lang, &format!("open_{}", d.open_type.key()));
        let name = i18n.tf(lang, "jsonld_metadata_only", &[("type", &open)]);
        for (file, mime) in [("dcat.jsonld", "application/ld+json"), ("dcat.ttl", "text/turtle")] {
            out.push(json!({"@type": "DataDownload", "name": name, "encodingFormat": mime, "contentUrl": abs(site, &format!("datasets/{}/{file}", d.id))}));
        }
    }
    out
}

fn license(site: &Site, d: &Dataset, lang: &str) -> Option<Value> {
    if let Some(l) = d.license.as_deref().and_then(|k| site.license(k)) {
        if let Some(u) = l.url.filter(|u| u.starts_with("http")) {
            return Some(json!(u));
        }
        return Some(json!({"@type": "CreativeWork", "name": pick(&l.name, l.name_en.as_ref(), lang)}));
    }
    let cfg = &site.config;
    let terms = d.usage.as_deref().or(cfg.defaults.usage.as_deref())?;
    let terms = if d.usage.is_none() { pick(terms, cfg.defaults.usage_en.as_ref(), lang) } else { terms };
    Some(json!({"@type": "CreativeWork", "name": terms}))
}

/// A description of 50 to 5,000 characters: the summary, then (in Chinese)
/// the page's text, then facts of the catalog (agency, cycle, fields,
/// coverage) until it is long enough. Nothing is invented.
pub fn description(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset, lang: &str) -> String {
    let mut parts: Vec<String> = vec![summary(d, lang)];
    let short = |parts: &[String]| parts.join(" ").chars().count() < MIN_DESCRIPTION;
    // The body is Chinese: an English page with an English summary keeps to it.
    let body = plain_text(&d.body);
    let keep_to_english = lang == "en" && english(d.summary_en.as_ref()).is_some();
    if !body.is_empty() && !keep_to_english {
        if body.starts_with(parts[0].as_str()) {
            parts[0] = body; // the summary is the body's first paragraph
        } else {
            parts.push(body);
        }
    }
    let agency = site.agency(&d.agency).map_or(d.agency.as_str(), |a| pick(&a.name, a.name_en.as_ref(), lang));
    let fields: Vec<String> = data.tables.get(&d.id).map(Vec::as_slice).unwrap_or(&[]).iter().flat_map(|t| t.report.fields.iter().map(|f| f.name.clone())).collect();
    let sep = if lang == "en" { ", " } else { "、" };
    let mut facts = vec![
        i18n.tf(lang, "jsonld_provided_by", &[("agency", agency)]),
        i18n.tf(lang, "jsonld_cycle", &[("cycle", &i18n.t(lang, &format!("cycle_{}", d.update_cycle.key())))]),
    ];
    if let Some(c) = d.conditions.as_deref().filter(|c| !c.trim().is_empty()) {
        facts.push(i18n.tf(lang, "jsonld_conditions", &[("text", c.trim())]));
    }
    if let Some(b) = d.legal_basis.as_deref().filter(|b| !b.trim().is_empty()) {
        facts.push(i18n.tf(lang, "jsonld_legal_basis", &[("text", b.trim())]));
    }
    if !fields.is_empty() {
        facts.push(i18n.tf(lang, "jsonld_fields", &[("fields", &truncate(&fields.join(sep), 600))]));
    }
    if let Some(t) = d.temporal.filter(|t| t.start.is_some() || t.end.is_some()) {
        let x = |v: Option<crate::date::Date>| v.map_or("…".to_string(), |v| v.to_string());
        facts.push(i18n.tf(lang, "jsonld_temporal", &[("period", &i18n.tf(lang, "to_from", &[("start", &x(t.start)), ("end", &x(t.end))]))]));
    }
    if let Some(p) = d.spatial.as_deref().filter(|p| !p.trim().is_empty()) {
        facts.push(i18n.tf(lang, "jsonld_spatial", &[("place", p)]));
    }
    facts.push(i18n.tf(lang, "jsonld_dates", &[("issued", &d.issued.to_string()), ("modified", &d.modified.to_string())]));
    facts.push(i18n.tf(lang, "jsonld_open_type", &[("type", &i18n.t(lang, &format!("open_{}", d.open_type.key())))]));
    for f in facts {
        if !short(&parts) {
            break;
        }
        parts.push(f);
    }
    truncate(&parts.join(" "), MAX_DESCRIPTION)
}

/// The home page's `DataCatalog`.
pub fn catalog(site: &Site, i18n: &I18n, lang: &str) -> String {
    let cfg = &site.config;
    let desc = if lang == "en" { cfg.description_en.clone() } else { cfg.description.clone() }.unwrap_or_else(|| i18n.t(lang, "home_intro"));
    let mut m = Map::new();
    m.insert("@context".into(), json!("https://schema.org/"));
    m.insert("@type".into(), json!("DataCatalog"));
    m.insert("@id".into(), json!(abs(site, "#catalog")));
    m.insert("name".into(), json!(pick(&cfg.title, cfg.title_en.as_ref(), lang)));
    m.insert("description".into(), json!(desc));
    m.insert("url".into(), json!(abs(site, &in_lang(lang, ""))));
    m.insert("inLanguage".into(), json!(["zh-CN", "en"]));
    let mut publisher = json!({"@type": "Organization", "name": pick(&cfg.title, cfg.title_en.as_ref(), lang)});
    if let Some(e) = &cfg.contact.email {
        publisher["email"] = json!(e);
    }
    m.insert("publisher".into(), publisher);
    let ds = super::listed(site);
    if let Some(last) = ds.iter().map(|d| super::last_change(d)).max() {
        m.insert("dateModified".into(), json!(last.to_string()));
    }
    if let Some(u) = cfg.defaults.license.as_deref().and_then(|k| site.license(k)).and_then(|l| l.url) {
        m.insert("license".into(), json!(u));
    }
    to_script(&Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_value_can_close_the_script_tag() {
        let v = json!({"name": "</script><script>alert(1)</script> & \u{2028}"});
        let s = to_script(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        assert!(s.contains("\\u003c/script\\u003e") && s.contains("\\u2028"), "{s}");
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v, "the escapes mean the same JSON");
    }
}
