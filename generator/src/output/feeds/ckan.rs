//! A static, CKAN-shaped API (v3): the read actions that take no parameters,
//! as files under `api/3/action/`, each a full `{help, success, result}`
//! envelope with CKAN's field names and types. Actions about one package or
//! organization are files named by it: `package_show/<name>.json`.
//! Searching and paging need a live CKAN (see the README).

use super::vocab;
use super::{abs, english, file_path, json_bytes, last_change, listed, stable_uuid, summary};
use crate::catalog::raw::OpenType;
use crate::catalog::{Agency, Dataset, Site};
use crate::data::DataOutput;
use crate::date::Date;
use crate::output::Output;
use crate::render::i18n::I18n;
use serde_json::{json, Value};

pub const ACTIONS: &str = "api/3/action/";

pub fn show_path(id: &str) -> String {
    format!("{ACTIONS}package_show/{id}.json")
}

/// `{help, success, result}`, as every CKAN action answers.
pub fn envelope(base_url: &str, action: &str, result: Value) -> Vec<u8> {
    json_bytes(&json!({"help": format!("{base_url}{ACTIONS}help_show?name={action}"), "success": true, "result": result}))
}

pub fn write(site: &Site, data: &DataOutput, i18n: &I18n, out: &mut Output) {
    let ds = listed(site);
    let base = site.config.base_url.as_str();
    let names: Vec<&str> = ds.iter().map(|d| d.id.as_str()).collect();
    out.add(format!("{ACTIONS}package_list"), envelope(base, "package_list", json!(names)));
    let mut packages: Vec<Value> = Vec::new();
    for d in &ds {
        let p = package(site, data, i18n, d);
        out.add(show_path(&d.id), envelope(base, "package_show", p.clone()));
        packages.push(p);
    }
    // CKAN lists the most recently modified first.
    packages.sort_by(|a, b| b["metadata_modified"].as_str().cmp(&a["metadata_modified"].as_str()).then_with(|| a["name"].as_str().cmp(&b["name"].as_str())));
    out.add(format!("{ACTIONS}current_package_list_with_resources"), envelope(base, "current_package_list_with_resources", json!(packages)));
    let mut orgs: Vec<&Agency> = site.agencies.iter().collect();
    orgs.sort_by(|a, b| a.id.cmp(&b.id));
    out.add(format!("{ACTIONS}organization_list"), envelope(base, "organization_list", json!(orgs.iter().map(|a| &a.id).collect::<Vec<_>>())));
    for a in orgs {
        let mut o = organization(site, a);
        let n = ds.iter().filter(|d| d.agency == a.id).count();
        o["package_count"] = json!(n);
        o["extras"] = json!([{"key": "level", "value": a.level}, {"key": "region", "value": a.region.clone().unwrap_or_default()}]);
        out.add(format!("{ACTIONS}organization_show/{}.json", a.id), envelope(base, "organization_show", o));
    }
    let mut tags: Vec<&str> = ds.iter().flat_map(|d| d.tags.iter().map(String::as_str)).filter(|t| !t.trim().is_empty()).collect();
    tags.sort();
    tags.dedup();
    out.add(format!("{ACTIONS}tag_list"), envelope(base, "tag_list", json!(tags)));
}

/// CKAN's timestamp: ISO 8601 without a zone.
fn stamp(d: Date) -> String {
    format!("{d}T00:00:00")
}

fn package_id(site: &Site, id: &str) -> String {
    stable_uuid(&format!("{}|dataset|{id}", site.config.base_url))
}

fn organization(site: &Site, a: &Agency) -> Value {
    let created = site.datasets.iter().filter(|d| d.agency == a.id).map(|d| d.issued).min().unwrap_or(site.config.today);
    json!({
        "id": stable_uuid(&format!("{}|organization|{}", site.config.base_url, a.id)),
        "name": a.id,
        "title": a.name,
        "display_name": a.name,
        "type": "organization",
        "description": a.body.trim(),
        "image_url": "",
        "created": stamp(created),
        "is_organization": true,
        "approval_status": "approved",
        "state": "active",
    })
}

/// CKAN names are lower-case `a-z 0-9 - _`, 2 to 100 characters.
fn ckan_name(s: &str) -> String {
    let n: String = s.to_lowercase().chars().map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' { c } else { '-' }).take(100).collect();
    if n.len() < 2 {
        format!("{n}--")[..2].to_string()
    } else {
        n
    }
}

pub fn package(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset) -> Value {
    let id = package_id(site, &d.id);
    let page = abs(site, &format!("datasets/{}/", d.id));
    let agency = site.agency(&d.agency);
    let lic = d.license.as_deref().and_then(|k| site.license(k));
    let open_licence = lic.as_ref().is_some_and(|l| crate::config::SPDX_LICENSES.iter().any(|(k, ..)| *k == l.key));
    let resources = resources(site, data, i18n, d, &id, &page);
    let tags: Vec<Value> = d.tags.iter().filter(|t| !t.trim().is_empty()).map(|t| json!({"name": t, "display_name": t, "state": "active", "vocabulary_id": null})).collect();
    let groups: Vec<Value> = d
        .topics
        .iter()
        .filter_map(|k| site.topic(k))
        .map(|t| json!({"id": stable_uuid(&format!("{}|group|{}", site.config.base_url, t.key)), "name": ckan_name(&t.key), "title": t.name, "display_name": t.name, "description": t.description.clone().unwrap_or_default(), "image_display_url": ""}))
        .collect();
    let mut extras: Vec<(&str, String)> = vec![
        ("open_type", d.open_type.key().into()),
        ("share_type", d.share_type.key().into()),
        ("security_level", d.security_level.to_string()),
        ("update_cycle", d.update_cycle.key().into()),
        ("update_status", if d.due.is_none() { "not-scheduled".into() } else if d.overdue { "overdue".into() } else { "on-time".into() }),
        ("access_rights", format!("{}access-right/{}", vocab::EU, vocab::access_right(d.open_type))),
        ("frequency", format!("{}frequency/{}", vocab::EU, vocab::frequency(d.update_cycle))),
        ("issued", d.issued.to_string()),
        ("modified", d.modified.to_string()),
        ("dcat_uri", super::dcat::dataset_iri(site, &d.id)),
        ("language", "zh-CN".into()),
    ];
    for (k, v) in [("legal_basis", &d.legal_basis), ("conditions", &d.conditions), ("spatial", &d.spatial), ("title_en", &d.title_en), ("summary_en", &d.summary_en)] {
        if let Some(v) = v.as_ref().filter(|v| !v.trim().is_empty()) {
            extras.push((k, v.clone()));
        }
    }
    if let Some(t) = d.temporal {
        extras.extend(t.start.map(|s| ("temporal_start", s.to_string())));
        extras.extend(t.end.map(|e| ("temporal_end", e.to_string())));
    }
    extras.sort_by(|a, b| a.0.cmp(b.0));
    let notes = if d.body.trim().is_empty() { summary(d, "zh-CN") } else { d.body.trim().to_string() };
    json!({
        "id": id,
        "name": d.id,
        "title": d.title,
        "type": "dataset",
        "state": "active",
        "private": false,
        "notes": notes,
        "url": page,
        "version": null,
        "author": null,
        "author_email": null,
        "maintainer": agency.map(|a| a.contact.name.as_ref().map_or(a.name.clone(), |n| format!("{} {n}", a.name))),
        "maintainer_email": agency.and_then(|a| a.contact.email.clone()).or_else(|| site.config.contact.email.clone()),
        "license_id": lic.as_ref().map(|l| l.key.clone()),
        "license_title": lic.as_ref().map(|l| l.name.clone()),
        "license_url": lic.as_ref().and_then(|l| l.url.clone()),
        "isopen": d.open_type == OpenType::Unconditional && open_licence,
        "metadata_created": stamp(d.issued),
        "metadata_modified": stamp(last_change(d)),
        "owner_org": agency.map(|a| organization(site, a)["id"].clone()),
        "organization": agency.map(|a| organization(site, a)),
        "groups": groups,
        "extras": extras.into_iter().map(|(k, v)| json!({"key": k, "value": v})).collect::<Vec<_>>(),
        "tags": tags,
        "num_tags": tags.len(),
        "resources": resources,
        "num_resources": resources.len(),
        "relationships_as_object": [],
        "relationships_as_subject": [],
        "title_translated": {"zh": d.title, "en": english(d.title_en.as_ref()).unwrap_or(&d.title)},
    })
}

fn resources(site: &Site, data: &DataOutput, i18n: &I18n, d: &Dataset, package_id: &str, page: &str) -> Vec<Value> {
    let rid = |key: &str| stable_uuid(&format!("{}|resource|{}|{key}", site.config.base_url, d.id));
    let mut out: Vec<Value> = Vec::new();
    let base = |id: String, name: String, description: Option<String>, format: &str, url: String| {
        json!({
            "id": id, "package_id": package_id, "name": name, "description": description.unwrap_or_default(),
            "format": format, "mimetype": vocab::file_format(format).media_type, "url": url, "url_type": null,
            "state": "active", "created": stamp(d.issued), "last_modified": stamp(d.modified),
            "size": null, "hash": "", "resource_type": null, "mimetype_inner": null, "cache_url": null, "datastore_active": false,
        })
    };
    if d.publishes_files() {
        for f in data.files.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
            let mut r = base(rid(&f.name), format!("{}（{}）", f.title, f.format), f.description.clone(), &f.format, abs(site, &file_path(&d.id, &f.name)));
            r["size"] = json!(f.size);
            r["hash"] = json!(f.sha256);
            r["resource_type"] = json!("file");
            if let Some(rows) = f.rows {
                r["rows"] = json!(rows);
            }
            out.push(r);
        }
    }
    if d.open_type == OpenType::Conditional {
        out.push(base(rid("#apply"), i18n.t("zh-CN", "dist_apply"), d.conditions.clone(), "HTML", page.to_string()));
    }
    if d.open_type != OpenType::Closed {
        for (i, r) in d.resources.iter().enumerate() {
            let Some(u) = r.url.as_deref() else { continue };
            let mut x = base(rid(&format!("#resource-{}", i + 1)), r.title.clone(), r.description.clone(), &r.format, u.to_string());
            x["resource_type"] = json!(if r.format.eq_ignore_ascii_case("API") { "api" } else { "link" });
            out.push(x);
        }
    }
    for (i, r) in out.iter_mut().enumerate() {
        r["position"] = json!(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_ckan_rules() {
        assert_eq!(ckan_name("legal-entity"), "legal-entity");
        assert_eq!(ckan_name("交通 A"), "---a");
        assert_eq!(ckan_name("x"), "x-");
    }

    #[test]
    fn envelopes_are_what_ckan_answers() {
        let v: Value = serde_json::from_slice(&envelope("https://a.cn/", "package_list", json!(["x"]))).unwrap();
        assert_eq!(v, json!({"help": "https://a.cn/api/3/action/help_show?name=package_list", "success": true, "result": ["x"]}));
    }

    #[test]
    fn stamps_have_no_zone() {
        assert_eq!(stamp(Date::parse("2026-11-26").unwrap()), "2026-11-26T00:00:00");
    }
}
