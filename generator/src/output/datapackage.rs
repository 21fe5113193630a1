//! A Frictionless Data Package (`datapackage.json`) per dataset: each table's
//! published CSV with its inferred Table Schema, size and checksum.

use crate::catalog::{Dataset, Site};
use crate::data::Table;
use crate::output::publish::PublishedFile;
use serde_json::{json, Value};
use viewer_format::ColumnType;

/// Frictionless names: lowercase letters, digits, `-`, `_` and `.`.
fn name(s: &str) -> String {
    let n: String = s.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '-' }).collect();
    if n.trim_matches('-').is_empty() {
        "table".into()
    } else {
        n
    }
}

pub fn json(site: &Site, d: &Dataset, tables: &[Table], files: &[PublishedFile]) -> Vec<u8> {
    let resources: Vec<Value> = tables
        .iter()
        .filter_map(|t| {
            let csv = files.iter().find(|f| f.name == format!("{}.csv", t.stem))?;
            let fields: Vec<Value> = t
                .report
                .fields
                .iter()
                .map(|f| {
                    let mut v = json!({"name": f.name, "type": f.ty.key()});
                    if f.ty == ColumnType::DateTime {
                        v["format"] = json!("%Y-%m-%dT%H:%M:%S");
                    }
                    v
                })
                .collect();
            Some(json!({
                "name": name(&t.stem),
                "path": csv.name,
                "title": t.resource_title,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": csv.size,
                "hash": format!("sha256:{}", csv.sha256),
                "schema": {"fields": fields},
            }))
        })
        .collect();
    let mut pkg = json!({
        "name": name(&d.id),
        "title": d.title,
        "homepage": format!("{}datasets/{}/", site.config.base_url, d.id),
        "version": d.modified.to_string(),
        "created": format!("{}T00:00:00Z", d.issued),
        "resources": resources,
    });
    if let Some(s) = &d.summary {
        pkg["description"] = json!(s);
    }
    if let Some(l) = d.license.as_ref().and_then(|k| site.license(k)) {
        let mut lic = json!({"name": l.key, "title": l.name});
        if let Some(u) = l.url {
            lic["path"] = json!(u);
        }
        pkg["licenses"] = json!([lic]);
    }
    if let Some(a) = site.agency(&d.agency) {
        pkg["contributors"] = json!([{"title": a.name, "role": "publisher"}]);
    }
    let mut out = serde_json::to_vec_pretty(&pkg).unwrap_or_default();
    out.push(b'\n');
    out
}
