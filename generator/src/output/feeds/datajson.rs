//! `data.json`: the catalog in Project Open Data v1.1 (the non-federal
//! schema data.gov harvests with).

use super::vocab::{self, file_format};
use super::{abs, file_path, json_bytes, listed, summary, truncate};
use crate::catalog::raw::OpenType;
use crate::catalog::{Dataset, Site};
use crate::data::DataOutput;
use crate::output::Output;
use crate::render::i18n::I18n;
use serde_json::{json, Map, Value};

pub fn write(site: &Site, data: &DataOutput, i18n: &I18n, out: &mut Output) {
    out.add("data.json", json_bytes(&catalog(site, data, i18n)));
}

pub fn catalog(site: &Site, data: &DataOutput, i18n: &I18n) -> Value {
    json!({
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@id": abs(site, "data.json"),
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": listed(site).into_iter().map(|d| dataset(site, data, i18n, d)).collect::<Vec<_>>(),
    })
}

/// POD's e-mail pattern; an address it would reject is left out.
fn pod_email(e: &str) -> Option<String> {
    let e = e.trim();
    let (local, domain) = e.split_once('@')?;
    let local_ok = !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || "_~!$&'()*+,;=:.-".contains(c));
    let domain_ok = domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && domain.chars().all(|c| c.is_alphanumeric() || "_.-".contains(c));
    (local_ok && domain_ok).then(|| format!("mailto:{e}"))
}

fn organization(site: &Site, id: &str, depth: usize) -> Value {
    let a = site.agency(id);
    let mut o = json!({"@type": "org:Organization", "name": a.map_or(id, |a| a.name.as_str())});
    if let Some(p) = a.and_then(|a| a.parent.as_deref()).filter(|p| *p != id && depth < 8) {
        o["subOrganizationOf"] = organization(site, p, depth + 1);
    }
    o
}

fn dataset(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset) -> Value {
    let page = abs(site, &format!("datasets/{}/", d.id));
    let agency = site.agency(&d.agency);
    let mut contact = json!({"@type": "vcard:Contact", "fn": agency.map_or(d.agency.clone(), |a| a.contact.name.as_ref().map_or(a.name.clone(), |n| format!("{} {n}", a.name)))});
    if let Some(m) = agency.and_then(|a| a.contact.email.as_deref()).or(site.config.contact.email.as_deref()).and_then(pod_email) {
        contact["hasEmail"] = json!(m);
    }
    let mut keywords: Vec<String> = d.tags.iter().filter(|t| !t.trim().is_empty()).cloned().collect();
    let themes: Vec<String> = d.topics.iter().map(|k| site.topic(k).map_or(k.clone(), |t| t.name.clone())).fold(Vec::new(), |mut v, t| {
        if !v.contains(&t) {
            v.push(t);
        }
        v
    });
    if keywords.is_empty() {
        keywords = themes.clone();
    }
    let mut m = Map::new();
    m.insert("@type".into(), json!("dcat:Dataset"));
    m.insert("identifier".into(), json!(page));
    m.insert("title".into(), json!(d.title));
    m.insert("description".into(), json!(summary(d, "zh-CN")));
    m.insert("keyword".into(), json!(keywords));
    m.insert("issued".into(), json!(d.issued.to_string()));
    m.insert("modified".into(), json!(d.modified.to_string()));
    m.insert("publisher".into(), organization(site, &d.agency, 0));
    m.insert("contactPoint".into(), contact);
    m.insert("accessLevel".into(), json!(vocab::pod_access_level(d.open_type)));
    let rights: Vec<&str> = [d.conditions.as_deref(), d.legal_basis.as_deref()].into_iter().flatten().filter(|s| !s.trim().is_empty()).collect();
    if d.open_type != OpenType::Unconditional && !rights.is_empty() {
        m.insert("rights".into(), json!(truncate(&rights.join(" "), 255)));
    }
    if let Some(u) = d.license.as_deref().and_then(|k| site.license(k)).and_then(|l| l.url).filter(|u| u.starts_with("http")) {
        m.insert("license".into(), json!(u));
    }
    m.insert("landingPage".into(), json!(page));
    m.insert("accrualPeriodicity".into(), json!(vocab::pod_periodicity(d.update_cycle)));
    if let Some((Some(s), Some(e))) = d.temporal.map(|t| (t.start, t.end)) {
        m.insert("temporal".into(), json!(format!("{s}/{e}")));
    }
    if let Some(p) = d.spatial.as_deref().filter(|p| !p.trim().is_empty()) {
        m.insert("spatial".into(), json!(p));
    }
    m.insert("theme".into(), json!(themes));
    m.insert("language".into(), json!(["zh-CN"]));
    if data.tables.get(&d.id).is_some_and(|t| !t.is_empty()) {
        m.insert("describedBy".into(), json!(abs(site, &format!("datasets/{}/datapackage.json", d.id))));
        m.insert("describedByType".into(), json!("application/json"));
    }
    let dist = distribution(site, data, i18n, d, &page);
    if !dist.is_empty() {
        m.insert("distribution".into(), Value::Array(dist));
    }
    Value::Object(m)
}

fn distribution(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset, page: &str) -> Vec<Value> {
    let mut out = Vec::new();
    if d.publishes_files() {
        for f in data.files.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
            let mut x = json!({
                "@type": "dcat:Distribution",
                "title": format!("{}（{}）", f.title, f.format),
                "downloadURL": abs(site, &file_path(&d.id, &f.name)),
                "mediaType": file_format(&f.format).media_type.unwrap_or("application/octet-stream"),
                "format": f.format,
            });
            if let Some(desc) = f.description.as_deref().filter(|s| !s.trim().is_empty()) {
                x["description"] = json!(desc);
            }
            out.push(x);
        }
    }
    if d.open_type == OpenType::Conditional {
        let mut x = json!({"@type": "dcat:Distribution", "title": i18n.t("zh-CN", "dist_apply"), "accessURL": page, "mediaType": "text/html", "format": "HTML"});
        if let Some(c) = d.conditions.as_deref().filter(|c| !c.trim().is_empty()) {
            x["description"] = json!(c);
        }
        out.push(x);
    }
    if d.open_type != OpenType::Closed {
        for r in &d.resources {
            let Some(u) = r.url.as_deref().filter(|u| u.starts_with("http")) else { continue };
            let mut x = json!({"@type": "dcat:Distribution", "title": r.title, "accessURL": u, "format": r.format});
            if let Some(desc) = r.description.as_deref().filter(|s| !s.trim().is_empty()) {
                x["description"] = json!(desc);
            }
            out.push(x);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_pod_accepts() {
        assert_eq!(pod_email(" a.b@x.gov.cn ").as_deref(), Some("mailto:a.b@x.gov.cn"));
        assert_eq!(pod_email("no-at-sign"), None);
        assert_eq!(pod_email("a b@x.cn"), None);
    }
}
