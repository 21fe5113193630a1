//! Which files of the catalog reach the output, and in what form.
//!
//! Only datasets whose effective open type is unconditional publish files
//! (art. 28, 32). Columns listed in `mask` are desensitised (art. 31), and
//! every published table is scanned: a checksum-valid resident ID number
//! anywhere, or a mobile number outside a `pii_allow` column, stops the build.

use crate::catalog::{Dataset, Site};
use crate::diag::Diagnostics;
use crate::ids::{self, PiiKind};
use crate::mask;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub enum Content {
    /// Published byte for byte from the site folder.
    Copy(PathBuf),
    /// Rewritten (masked or re-encoded to UTF-8).
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone)]
pub struct PublishedFile {
    pub dataset: String,
    /// File name under `/datasets/<id>/`.
    pub name: String,
    pub title: String,
    pub title_en: Option<String>,
    pub description: Option<String>,
    pub format: String,
    pub size: u64,
    pub sha256: String,
    pub rows: Option<usize>,
    pub content: Content,
}

/// A finding of the PII scan, reported with where it was found.
struct Finding {
    kind: PiiKind,
    column: String,
    row: usize,
}

/// Plans every published file; problems become diagnostics.
pub fn plan(site: &Site, diags: &mut Diagnostics) -> BTreeMap<String, Vec<PublishedFile>> {
    let mut out: BTreeMap<String, Vec<PublishedFile>> = BTreeMap::new();
    for d in site.datasets.iter().filter(|d| d.publishes_files()) {
        let mut files = Vec::new();
        for r in &d.resources {
            let (Some(file), Some(path)) = (&r.file, &r.path) else { continue };
            let rel = crate::catalog::load::rel(&site.root, path);
            let Ok(bytes) = std::fs::read(path) else {
                diags.error(&rel, 0, 0, "cannot read the file", None);
                continue;
            };
            match prepare(d, &r.format, &bytes, &rel, diags) {
                Some((content_bytes, rows)) => {
                    let name = Path::new(file).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| file.clone());
                    if files.iter().any(|f: &PublishedFile| f.name == name) || name == "index.html" || name == "datapackage.json" {
                        diags.error(&rel, 0, 0, format!("two published files of dataset `{}` would be called `{name}`", d.id), Some("give each resource file a distinct name".into()));
                        continue;
                    }
                    let (content, hashed): (Content, &[u8]) = match &content_bytes {
                        Some(b) => (Content::Bytes(b.clone()), b),
                        None => (Content::Copy(path.clone()), &bytes),
                    };
                    files.push(PublishedFile {
                        dataset: d.id.clone(),
                        name,
                        title: r.title.clone(),
                        title_en: r.title_en.clone(),
                        description: r.description.clone(),
                        format: r.format.clone(),
                        size: hashed.len() as u64,
                        sha256: hex(&Sha256::digest(hashed)),
                        rows,
                        content,
                    });
                }
                None => continue,
            }
        }
        out.insert(d.id.clone(), files);
    }
    out
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Decodes text: UTF-8 (with or without BOM) or GB18030/GBK. Anything else
/// is an error naming the offset of the first bad byte.
pub fn decode_text(bytes: &[u8]) -> Result<(String, bool), usize> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(s) => Ok((s.to_string(), body.len() != bytes.len())),
        Err(e) => {
            let (cow, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(body);
            if had_errors {
                Err(e.valid_up_to() + (bytes.len() - body.len()))
            } else {
                Ok((cow.into_owned(), true))
            }
        }
    }
}

/// `Some(bytes)` when the published copy differs from the source; the row count where known.
fn prepare(d: &Dataset, format: &str, bytes: &[u8], rel: &Path, diags: &mut Diagnostics) -> Option<(Option<Vec<u8>>, Option<usize>)> {
    let tabular_text = matches!(format, "CSV" | "TSV" | "JSON" | "NDJSON" | "GEOJSON" | "TXT");
    if !tabular_text {
        if !d.mask.is_empty() {
            diags.error(rel, 0, 0, format!("dataset `{}` masks columns, but {format} files cannot be masked by this version", d.id), Some("publish the table as CSV, JSON or GeoJSON, or move this file out of the resources".into()));
            return None;
        }
        if format == "XLSX" || format == "XLS" {
            diags.warning(rel, 0, 0, "spreadsheets are published as they are and not yet scanned for personal data", Some("check the file by hand, or publish it as CSV".into()));
        }
        return Some((None, None));
    }
    let (text, rewritten) = match decode_text(bytes) {
        Ok(x) => x,
        Err(offset) => {
            diags.error(rel, 0, 0, format!("the file is neither UTF-8 nor GBK/GB18030 (first bad byte at offset {offset})"), Some("save it as UTF-8 (in Excel: Save as → CSV UTF-8)".into()));
            return None;
        }
    };
    let result = match format {
        "CSV" | "TSV" | "TXT" => mask::table_csv(&text, if format == "TSV" { b'\t' } else { b',' }, &d.mask),
        "JSON" => mask::table_json(&text, &d.mask),
        "NDJSON" => mask::table_ndjson(&text, &d.mask),
        _ => mask::table_geojson(&text, &d.mask),
    };
    let table = match result {
        Ok(t) => t,
        Err(e) => {
            let (line, col) = (e.line, 1);
            diags.error(rel, line, col, format!("cannot read the {format} file: {}", e.message), Some("fix the file so it parses; a spreadsheet program can re-save it".into()));
            return None;
        }
    };
    for m in &d.mask {
        if !table.columns.iter().any(|c| c == m) {
            diags.warning(rel, 0, 0, format!("masked column `{m}` is not in this file"), Some(format!("columns: {}", table.columns.join(", "))));
        }
    }
    let mut findings: Vec<Finding> = Vec::new();
    for (row, column, value) in &table.cells {
        for (kind, _) in ids::pii_tokens(value) {
            let allowed = kind == PiiKind::Mobile && d.pii_allow.iter().any(|c| c == column);
            if !allowed && !d.mask.iter().any(|c| c == column) {
                findings.push(Finding { kind, column: column.clone(), row: *row });
            }
        }
    }
    if !findings.is_empty() {
        let mut by_col: BTreeMap<(String, u8), Vec<usize>> = BTreeMap::new();
        for f in &findings {
            by_col.entry((f.column.clone(), f.kind as u8)).or_default().push(f.row);
        }
        for ((col, kind), rows) in by_col {
            let what = if kind == PiiKind::ResidentId as u8 { "resident ID numbers (GB 11643 check digit valid)" } else { "mobile phone numbers" };
            let first: Vec<String> = rows.iter().take(5).map(usize::to_string).collect();
            let hint = if kind == PiiKind::ResidentId as u8 {
                format!("add \"{col}\" to `mask` in dataset.md (art. 31)")
            } else {
                format!("add \"{col}\" to `mask`, or to `pii_allow` if these are public service numbers")
            };
            diags.error(rel, rows[0], 1, format!("column `{col}` holds {} {what} (rows {}): publishing them would leak personal data", rows.len(), first.join(", ")), Some(hint));
        }
        return None;
    }
    let out = if table.masked || rewritten { Some(table.bytes) } else { None };
    Some((out, Some(table.rows)))
}
