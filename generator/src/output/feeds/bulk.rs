//! Bulk downloads for researchers: every unconditionally open table of an
//! agency (`agencies/<id>/open-data.zip`) and of the whole catalog
//! (`open-data.zip`), each with a manifest of its files, rows, checksums and
//! licences; and the city-wide open list (`open-list.csv`, `.xlsx`).
//!
//! An archive holds each table as CSV (and GeoJSON when it has geometry), the
//! files published as they are, and each dataset's `datapackage.json`: every
//! dataset folder in it is a Frictionless data package. Its bytes depend on
//! its contents only (fixed entry times, sorted entries), and it is kept in
//! the cache under the hash of its manifest: it is rebuilt only when its
//! contents change.

use super::{abs, json_bytes, listed};
use crate::catalog::raw::OpenType;
use crate::catalog::{Dataset, Site};
use crate::data::DataOutput;
use crate::output::publish::{hex, Content};
use crate::output::{openlist, Output};
use crate::render::i18n::I18n;
use anyhow::{Context, Result};
use chrono::Datelike;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// Bump when the archives of the same contents would change.
const BULK_VERSION: u32 = 1;

/// Where an archive is published: the agency's, or the catalog's (`None`).
pub fn archive_path(agency: Option<&str>) -> String {
    match agency {
        Some(a) => format!("agencies/{a}/open-data.zip"),
        None => "open-data.zip".into(),
    }
}

/// Datasets an archive holds: listed, unconditionally open, with files.
fn datasets<'a>(site: &'a Site, data: &DataOutput, agency: Option<&str>) -> Vec<&'a Dataset> {
    listed(site).into_iter().filter(|d| d.publishes_files() && agency.is_none_or(|a| a == d.agency) && data.files.get(&d.id).is_some_and(|f| !f.is_empty())).collect()
}

pub fn has_archive(site: &Site, data: &DataOutput, agency: Option<&str>) -> bool {
    !datasets(site, data, agency).is_empty()
}

pub fn write(site: &Site, data: &DataOutput, i18n: &I18n, out: &mut Output, cache_dir: &Path) -> Result<()> {
    let mut open: Vec<&Dataset> = site.datasets.iter().filter(|d| d.open_type != OpenType::Closed).collect();
    let order = |id: &str| site.agencies.iter().position(|a| a.id == id).unwrap_or(usize::MAX);
    open.sort_by(|a, b| (order(&a.agency), &a.id).cmp(&(order(&b.agency), &b.id)));
    out.add("open-list.csv", openlist::csv(site, i18n, &open)?);
    out.add("open-list.xlsx", openlist::xlsx(site, i18n, &open, &i18n.t("zh-CN", "open_list_city")).context("the city-wide open list")?);
    let dir = cache_dir.join("bulk");
    for agency in site.agencies.iter().map(|a| Some(a.id.as_str())).chain([None]) {
        let ds = datasets(site, data, agency);
        if ds.is_empty() {
            continue;
        }
        let path = archive(site, data, &ds, agency, &dir).with_context(|| format!("making {}", archive_path(agency)))?;
        out.files.insert(archive_path(agency), Content::Copy(path));
    }
    Ok(())
}

/// One file of an archive: its path inside it and where its bytes are.
struct Entry {
    path: String,
    content: Content,
    date: crate::date::Date,
    compressed: bool,
}

fn manifest(site: &Site, data: &DataOutput, ds: &[&Dataset], agency: Option<&str>, top: &str) -> (Value, Vec<Entry>) {
    let mut entries = Vec::new();
    let mut list = Vec::new();
    for d in ds {
        let tables = data.tables.get(&d.id).map(Vec::as_slice).unwrap_or(&[]);
        let published = data.files.get(&d.id).map(Vec::as_slice).unwrap_or(&[]);
        let derived = |name: &str| tables.iter().any(|t| ["json", "xlsx", "parquet"].iter().any(|e| name == format!("{}.{e}", t.stem)));
        let mut files = Vec::new();
        for f in published.iter().filter(|f| !derived(&f.name)) {
            let path = format!("{}/{}", d.id, f.name);
            files.push(json!({"path": path, "title": f.title, "format": f.format, "rows": f.rows, "bytes": f.size, "sha256": f.sha256}));
            entries.push(Entry { path: format!("{top}/{path}"), content: f.content.clone(), date: d.modified, compressed: super::vocab::file_format(&f.format).compressed });
        }
        if !tables.is_empty() {
            let pkg = crate::output::datapackage::json(site, d, tables, published);
            let path = format!("{}/datapackage.json", d.id);
            files.push(json!({"path": path, "title": "Data Package", "format": "JSON", "rows": null, "bytes": pkg.len(), "sha256": hex(&Sha256::digest(&pkg))}));
            entries.push(Entry { path: format!("{top}/{path}"), content: Content::Bytes(pkg), date: d.modified, compressed: false });
        }
        let license = d.license.as_deref().and_then(|k| site.license(k)).map(|l| json!({"key": l.key, "name": l.name, "url": l.url}));
        list.push(json!({
            "id": d.id, "title": d.title, "title_en": d.title_en, "agency": d.agency,
            "agency_name": site.agency(&d.agency).map(|a| a.name.clone()),
            "page": abs(site, &format!("datasets/{}/", d.id)), "modified": d.modified.to_string(),
            "update_cycle": d.update_cycle.key(), "license": license, "files": files,
        }));
    }
    let m = json!({
        "portal": site.config.title, "base_url": site.config.base_url,
        "agency": agency.map(|a| json!({"id": a, "name": site.agency(a).map(|x| x.name.clone())})),
        "modified": ds.iter().map(|d| d.modified).max().map(|d| d.to_string()),
        "datasets": list,
    });
    (m, entries)
}

fn manifest_csv(m: &Value) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(["path", "dataset", "title", "agency", "format", "rows", "bytes", "sha256", "license", "license_url", "page"])?;
    let s = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    for d in m["datasets"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
        for f in d["files"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            w.write_record([s(&f["path"]), s(&d["id"]), s(&d["title"]), s(&d["agency_name"]), s(&f["format"]), s(&f["rows"]), s(&f["bytes"]), s(&f["sha256"]), s(&d["license"]["name"]), s(&d["license"]["url"]), s(&d["page"])])?;
        }
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// The archive in the cache (made now if its contents are new).
fn archive(site: &Site, data: &DataOutput, ds: &[&Dataset], agency: Option<&str>, dir: &Path) -> Result<PathBuf> {
    let top = match agency {
        Some(a) => format!("{a}-open-data"),
        None => "open-data".to_string(),
    };
    let (m, mut entries) = manifest(site, data, ds, agency, &top);
    let mjson = json_bytes(&m);
    let mcsv = manifest_csv(&m)?;
    let newest = ds.iter().map(|d| d.modified).max().unwrap_or(site.config.today);
    entries.push(Entry { path: format!("{top}/manifest.json"), content: Content::Bytes(mjson.clone()), date: newest, compressed: false });
    entries.push(Entry { path: format!("{top}/manifest.csv"), content: Content::Bytes(mcsv), date: newest, compressed: false });
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    let mut h = Sha256::new();
    h.update(format!("kaifang-bulk-v{BULK_VERSION}\0{top}\0"));
    h.update(&mjson);
    let key = &hex(&h.finalize())[..32];
    let name = agency.unwrap_or("_catalog");
    let path = dir.join(format!("{name}-{key}.zip"));
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    // Made under a temporary name (with the usual file mode, as the site's
    // files have) and renamed: an archive in the cache is whole or absent.
    let tmp = dir.join(format!(".tmp-{name}-{key}-{}.zip", std::process::id()));
    let made = std::fs::File::create(&tmp).map_err(anyhow::Error::from).and_then(|f| {
        let mut w = std::io::BufWriter::new(f);
        zip_into(&mut w, &entries)?;
        w.flush()?;
        Ok(())
    });
    if let Err(e) = made.and_then(|()| std::fs::rename(&tmp, &path).with_context(|| format!("keeping {}", path.display()))) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    // Older archives of the same name are stale now.
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.filter_map(|e| e.ok()) {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(&format!("{name}-")) && n.ends_with(".zip") && e.path() != path {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    Ok(path)
}

/// Deterministic zip: entries in the given order, times from the data's
/// dates, Unix mode 0644, no extra fields that vary.
fn zip_into<W: Write + Seek>(w: W, entries: &[Entry]) -> Result<()> {
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, DateTime, System};
    let mut z = zip::ZipWriter::new(w);
    for e in entries {
        let (y, mo, d) = (e.date.year().clamp(1980, 2107) as u16, e.date.0.month() as u8, e.date.0.day() as u8);
        let time = DateTime::from_date_and_time(y, mo, d, 0, 0, 0).unwrap_or_default();
        let mut reader: Box<dyn Read> = match &e.content {
            Content::Bytes(b) => Box::new(b.as_slice()),
            Content::Copy(p) => Box::new(std::io::BufReader::new(std::fs::File::open(p).with_context(|| format!("reading {}", p.display()))?)),
        };
        let size = match &e.content {
            Content::Bytes(b) => b.len() as u64,
            Content::Copy(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
        };
        let opts = SimpleFileOptions::default()
            .compression_method(if e.compressed { CompressionMethod::Stored } else { CompressionMethod::Deflated })
            .last_modified_time(time)
            .unix_permissions(0o644)
            .system(System::Unix)
            .large_file(size >= u64::from(u32::MAX));
        z.start_file(e.path.as_str(), opts)?;
        std::io::copy(&mut reader, &mut z)?;
    }
    z.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        let d = crate::date::Date::parse("2026-11-25").unwrap();
        vec![
            Entry { path: "t/a.csv".into(), content: Content::Bytes(b"a,b\n1,2\n".to_vec()), date: d, compressed: false },
            Entry { path: "t/manifest.json".into(), content: Content::Bytes(b"{}\n".to_vec()), date: d, compressed: false },
        ]
    }

    #[test]
    fn archives_are_byte_for_byte_reproducible() {
        let (mut a, mut b) = (std::io::Cursor::new(Vec::new()), std::io::Cursor::new(Vec::new()));
        zip_into(&mut a, &entries()).unwrap();
        zip_into(&mut b, &entries()).unwrap();
        assert_eq!(a.get_ref(), b.get_ref());
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(a.into_inner())).unwrap();
        let mut s = String::new();
        z.by_name("t/a.csv").unwrap().read_to_string(&mut s).unwrap();
        assert_eq!(s, "a,b\n1,2\n");
        let f = z.by_index(0).unwrap();
        assert_eq!(f.last_modified().map(|t| (t.year(), t.month(), t.day())), Some((2026, 11, 25)));
    }
}
