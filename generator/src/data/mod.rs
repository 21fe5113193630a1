//! The data stage (art. 14, 17, 19, 31): every tabular resource of a dataset
//! that publishes files is read, checked, masked, scanned for personal data,
//! typed, profiled and written in every format, with a preview for the page
//! and chunks for the viewer. Results are cached by the content hash of the
//! file and the settings that affect it, outside the output folder.

pub mod cache;
pub mod chunks;
pub mod encoding;
pub mod infer;
pub mod profile;
pub mod quality;
pub mod read;
pub mod write;

use crate::catalog::{Dataset, Resource, Site};
use crate::diag::Diagnostics;
use crate::ids::{self, PiiKind};
use crate::output::publish::{hex, Content, PublishedFile};
use anyhow::{Context, Result};
use polars::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use viewer_format::{ColumnMeta, ColumnType};

/// Bump when the outputs of the same input would change.
pub const PIPELINE_VERSION: u32 = 4;
/// The static table shows the viewer's first page.
pub const PREVIEW_ROWS: usize = viewer_format::PAGE_ROWS;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    pub ty: ColumnType,
    pub stats: viewer_format::ColumnStats,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OutputFile {
    /// Extension: csv, json, xlsx, parquet, geojson.
    pub ext: String,
    pub size: u64,
    pub sha256: String,
}

/// What the data stage knows of one table; cached as JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TableReport {
    pub rows: usize,
    pub encoding: Option<String>,
    pub fields: Vec<Field>,
    pub quality: quality::Quality,
    pub preview: Vec<Vec<Option<String>>>,
    /// Personal data found after masking: (column, kind, count, first rows). Blocks publishing.
    pub pii: Vec<(String, String, usize, Vec<usize>)>,
    pub outputs: Vec<OutputFile>,
    pub xlsx_sheets: usize,
    pub chunks: Vec<String>,
    /// Header rows before the data (1 for CSV, TSV and spreadsheets): a data
    /// row's number plus this is the line of the file or the spreadsheet row
    /// a publisher sees.
    pub header_rows: usize,
}

/// A processed table of a dataset, for pages and feeds.
#[derive(Debug, Clone)]
pub struct Table {
    pub resource_title: String,
    pub resource_title_en: Option<String>,
    /// File stem of its published copies.
    pub stem: String,
    pub source: String,
    pub report: TableReport,
}

#[derive(Debug, Default)]
pub struct DataOutput {
    pub files: BTreeMap<String, Vec<PublishedFile>>,
    pub tables: BTreeMap<String, Vec<Table>>,
    /// Viewer files, path relative to the output → content.
    pub viewer: BTreeMap<String, Content>,
    /// Tables processed in this run (cache misses).
    pub processed: usize,
}

fn output_format(ext: &str) -> &'static str {
    match ext {
        "csv" => "CSV",
        "json" => "JSON",
        "xlsx" => "XLSX",
        "parquet" => "PARQUET",
        _ => "GEOJSON",
    }
}

pub fn default_cache_dir(root: &Path) -> PathBuf {
    root.join(".kaifang-cache")
}

pub fn run(site: &Site, cache_dir: &Path, diags: &mut Diagnostics) -> DataOutput {
    let mut out = DataOutput::default();
    for d in site.datasets.iter().filter(|d| d.publishes_files()) {
        let mut files: Vec<PublishedFile> = Vec::new();
        let mut tables = Vec::new();
        for r in &d.resources {
            let (Some(file), Some(path)) = (&r.file, &r.path) else { continue };
            let rel = crate::catalog::load::rel(&site.root, path);
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    diags.error(&rel, 0, 0, format!("cannot read the file: {e}"), None);
                    continue;
                }
            };
            let mut stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| file.clone());
            if tables.iter().any(|t: &Table| t.stem == stem) {
                // The same table in two source formats: name the later one after its file.
                stem = Path::new(file).file_name().map(|s| s.to_string_lossy().replace('.', "-")).unwrap_or(stem);
            }
            if !read::is_tabular(&r.format) {
                publish_as_is(d, r, file, path, &bytes, &rel, &mut files, diags);
                continue;
            }
            let Some((report, dir, fresh)) = table(d, r, &bytes, &rel, cache_dir, diags) else { continue };
            out.processed += usize::from(fresh);
            report_quality(&report, &rel, diags);
            if !report.pii.is_empty() {
                continue;
            }
            for o in &report.outputs {
                let name = format!("{stem}.{}", o.ext);
                if files.iter().any(|f| f.name == name) {
                    diags.error(&rel, 0, 0, format!("two resources of dataset `{}` would both publish `{name}`", d.id), Some("give the files different names".into()));
                    continue;
                }
                files.push(PublishedFile {
                    dataset: d.id.clone(),
                    name,
                    title: r.title.clone(),
                    title_en: r.title_en.clone(),
                    description: r.description.clone(),
                    format: output_format(&o.ext).into(),
                    size: o.size,
                    sha256: o.sha256.clone(),
                    rows: Some(report.rows),
                    content: Content::Copy(dir.join(format!("table.{}", o.ext))),
                });
            }
            for c in report.chunks.iter().map(String::as_str).chain([chunks::MANIFEST_FILE]) {
                out.viewer.insert(format!("datasets/{}/viewer/{stem}/{c}", d.id), Content::Copy(dir.join("viewer").join(c)));
            }
            tables.push(Table { resource_title: r.title.clone(), resource_title_en: r.title_en.clone(), stem, source: file.clone(), report });
        }
        out.files.insert(d.id.clone(), files);
        out.tables.insert(d.id.clone(), tables);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn publish_as_is(d: &Dataset, r: &Resource, file: &str, path: &Path, bytes: &[u8], rel: &Path, files: &mut Vec<PublishedFile>, diags: &mut Diagnostics) {
    if !d.mask.is_empty() {
        diags.error(rel, 0, 0, format!("dataset `{}` masks columns, but {} files cannot be masked", d.id, r.format), Some("publish the table as CSV, XLSX, JSON or GeoJSON, or move this file out of the resources".into()));
        return;
    }
    let name = Path::new(file).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| file.to_string());
    if let Ok(text) = std::str::from_utf8(bytes) {
        if ids::pii_tokens(text).next().is_some() {
            diags.error(rel, 0, 0, "the file holds resident ID or mobile numbers: publishing it would leak personal data (art. 31)", Some("remove them, or publish the data as a table with `mask`".into()));
            return;
        }
    }
    files.push(PublishedFile {
        dataset: d.id.clone(),
        name,
        title: r.title.clone(),
        title_en: r.title_en.clone(),
        description: r.description.clone(),
        format: r.format.clone(),
        size: bytes.len() as u64,
        sha256: hex(&Sha256::digest(bytes)),
        rows: None,
        content: Content::Copy(path.to_path_buf()),
    });
}

fn cache_key(d: &Dataset, r: &Resource, bytes: &[u8]) -> String {
    let mut h = Sha256::new();
    // The viewer chunks are cached too: a new wire format is a new key.
    h.update(format!("kaifang-data-v{PIPELINE_VERSION}-viewer{}\0{}\0", viewer_format::FORMAT_VERSION, r.format));
    h.update(format!("{:?}\0{:?}\0{:?}\0", r.sheet, d.mask, d.pii_allow));
    h.update(Sha256::digest(bytes));
    hex(&h.finalize())[..32].to_string()
}

/// The processed table, from the cache or made now: (report, its cache folder, made now).
fn table(d: &Dataset, r: &Resource, bytes: &[u8], rel: &Path, cache_dir: &Path, diags: &mut Diagnostics) -> Option<(TableReport, PathBuf, bool)> {
    let key = cache_key(d, r, bytes);
    let dir = cache_dir.join("tables").join(&key);
    if let Some(report) = cache::load(&dir) {
        return Some((report, dir, false));
    }
    let raw = match read::read(bytes, &r.format, r.sheet.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            diags.error(rel, e.line, usize::from(e.line > 0), format!("cannot read the {} file: {}", r.format, e.message), e.hint.or_else(|| Some("fix the file so it opens in a spreadsheet program, or re-save it".into())));
            return None;
        }
    };
    match cache::build(&dir, |tmp| process(d, raw, &r.format, &r.title, tmp)) {
        Ok(report) => Some((report, dir, true)),
        Err(e) => {
            diags.error(rel, 0, 0, format!("processing the table failed: {e:#}"), None);
            None
        }
    }
}

/// Mask, scan, type, profile, check and write one table into `dir`.
fn process(d: &Dataset, raw: read::RawTable, format: &str, title: &str, dir: &Path) -> Result<TableReport> {
    let read::RawTable { df, encoding, geometry, ragged, ragged_count } = raw;
    let header_rows = usize::from(matches!(format, "CSV" | "TSV" | "XLSX" | "XLS"));
    let inferred: Vec<infer::Inferred> = df.columns().iter().map(|c| c.str().map(infer::infer)).collect::<PolarsResult<_>>()?;
    let ragged_rows: Vec<usize> = ragged.iter().map(|(line, _)| line.saturating_sub(1)).collect();
    let quality = quality::check(&df, (&ragged_rows, ragged_count), &inferred, &d.mask);

    // Mask, then scan what would be published.
    let mut columns = Vec::with_capacity(df.width());
    let mut pii = Vec::new();
    for (c, inf) in df.columns().iter().zip(&inferred) {
        let name = c.name().to_string();
        let ca = c.str()?;
        let masked = d.mask.contains(&name);
        let text: StringChunked = if masked { ca.iter().map(|v| v.map(crate::mask::mask_value)).collect() } else { ca.clone() };
        if !masked {
            let allow_mobile = d.pii_allow.contains(&name);
            let (mut ids_n, mut ids_rows, mut mob_n, mut mob_rows) = (0, Vec::new(), 0, Vec::new());
            for (row, v) in text.iter().enumerate() {
                let Some(v) = v else { continue };
                for (kind, _) in ids::pii_tokens(v) {
                    let (n, rows) = match kind {
                        PiiKind::ResidentId => (&mut ids_n, &mut ids_rows),
                        PiiKind::Mobile if !allow_mobile => (&mut mob_n, &mut mob_rows),
                        PiiKind::Mobile => continue,
                    };
                    *n += 1;
                    if rows.len() < 5 && rows.last() != Some(&(row + 1)) {
                        rows.push(row + 1);
                    }
                }
            }
            if ids_n > 0 {
                pii.push((name.clone(), "resident-id".to_string(), ids_n, ids_rows));
            }
            if mob_n > 0 {
                pii.push((name.clone(), "mobile".to_string(), mob_n, mob_rows));
            }
        }
        let ty = if text_only(d, &name) { ColumnType::String } else { inf.ty };
        columns.push(infer::convert(&text.with_name(c.name().clone()), ty).into_column());
    }
    let encoding_label = encoding.map(|e| e.label().to_string());
    if !pii.is_empty() {
        return Ok(TableReport { rows: df.height(), encoding: encoding_label, fields: vec![], quality, preview: vec![], pii, outputs: vec![], xlsx_sheets: 0, chunks: vec![], header_rows });
    }
    let mut typed = DataFrame::new(df.height(), columns)?;
    drop(df);
    let fields: Vec<Field> = typed
        .columns()
        .iter()
        .zip(&inferred)
        .map(|(c, inf)| {
            let ty = if text_only(d, c.name()) { ColumnType::String } else { inf.ty };
            Field { name: c.name().to_string(), ty, stats: profile::profile(c.as_materialized_series(), ty) }
        })
        .collect();

    let mut outputs = Vec::new();
    let mut out = |ext: &str| -> Result<()> {
        let p = dir.join(format!("table.{ext}"));
        let bytes = std::fs::read(&p).with_context(|| format!("reading back {}", p.display()))?;
        outputs.push(OutputFile { ext: ext.into(), size: bytes.len() as u64, sha256: hex(&Sha256::digest(&bytes)) });
        Ok(())
    };
    write::csv(&mut typed, &dir.join("table.csv"))?;
    out("csv")?;
    write::json(&typed, &dir.join("table.json"))?;
    out("json")?;
    let xlsx_sheets = write::xlsx(&typed, &dir.join("table.xlsx"), title)?;
    out("xlsx")?;
    write::parquet(&mut typed, &dir.join("table.parquet"))?;
    out("parquet")?;
    if let Some(g) = &geometry {
        write::geojson(&typed, g, &dir.join("table.geojson"))?;
        out("geojson")?;
    }
    let metas: Vec<ColumnMeta> = fields.iter().map(|f| ColumnMeta { name: f.name.clone(), ty: f.ty, stats: f.stats.clone() }).collect();
    let chunks = chunks::write(&typed, metas, &dir.join("viewer"))?;
    Ok(TableReport {
        rows: typed.height(),
        encoding: encoding_label,
        fields,
        quality,
        preview: write::preview_rows(&typed, PREVIEW_ROWS)?,
        pii: vec![],
        outputs,
        xlsx_sheets,
        chunks,
        header_rows,
    })
}

/// Masked columns and phone columns are text whatever their digits look like.
fn text_only(d: &Dataset, column: &str) -> bool {
    d.mask.iter().chain(&d.pii_allow).any(|c| c == column)
}

/// Personal data blocks publishing (errors); quality findings are warnings.
fn report_quality(report: &TableReport, rel: &Path, diags: &mut Diagnostics) {
    let h = report.header_rows;
    let line_of = |rows: &[usize]| if h > 0 { rows.first().map_or(0, |r| r + h) } else { 0 };
    for (col, kind, n, rows) in &report.pii {
        let rows_s: Vec<String> = rows.iter().map(|r| (r + h).to_string()).collect();
        let (what, hint) = if kind == "resident-id" {
            ("resident ID numbers (GB 11643 check digit valid)", format!("add \"{col}\" to `mask` in dataset.md (art. 31)"))
        } else {
            ("mobile phone numbers", format!("add \"{col}\" to `mask`, or to `pii_allow` if these are public service numbers"))
        };
        let line = line_of(rows);
        diags.error(rel, line, usize::from(line > 0), format!("column `{col}` holds {n} {what} (rows {}): publishing them would leak personal data", rows_s.join(", ")), Some(hint));
    }
    for f in &report.quality.findings {
        let rows: Vec<String> = f.rows.iter().map(|r| (r + h).to_string()).collect();
        let col = f.column.as_ref().map(|c| format!("column `{c}`: ")).unwrap_or_default();
        let at = if rows.is_empty() { String::new() } else { format!(" (rows {})", rows.join(", ")) };
        let what = match f.kind {
            quality::Kind::RaggedRows => format!("{} rows have more or fewer fields than the header", f.count),
            quality::Kind::EmptyColumn => "the column is empty".to_string(),
            quality::Kind::DuplicateRows => format!("{} rows repeat an earlier row", f.count),
            quality::Kind::TypeOutliers => format!("{} values do not fit the column's type ({})", f.count, f.examples.join(", ")),
            quality::Kind::InvalidUscc => format!("{} unified social credit codes fail the GB 32100 check", f.count),
            quality::Kind::InvalidResidentId => format!("{} resident ID numbers fail the GB 11643 check digit", f.count),
        };
        let line = line_of(&f.rows);
        diags.warning(rel, line, usize::from(line > 0), format!("quality: {col}{what}{at}"), None);
    }
}
