//! The data stage on every format and encoding the contract names, with the
//! schema and row count each must give; masking proven on every output
//! format (XLSX and Parquet read back); the personal-data gate; the cache.

mod common;

use polars::prelude::*;
use std::path::Path;
use viewer_format::{Chunk, ColumnType, Manifest};

/// A one-dataset site whose resource is `file` with `bytes`.
fn site_with(file: &str, bytes: &[u8], extra: &str) -> tempfile::TempDir {
    let site = common::base_site();
    let dir = site.path().join("datasets/sthjj/air-daily");
    let md = std::fs::read_to_string(dir.join("dataset.md")).unwrap().replace("file = \"air.csv\"", &format!("file = \"{file}\"")).replace("pii_allow = [\"值班电话\"]", extra);
    std::fs::write(dir.join("dataset.md"), md).unwrap();
    std::fs::remove_file(dir.join("air.csv")).unwrap();
    std::fs::write(dir.join(file), bytes).unwrap();
    site
}

fn table_of(site: &Path) -> (kaifang::data::Table, kaifang::diag::Diagnostics) {
    let checked = kaifang::check(site, None);
    assert_eq!(checked.diags.errors(), 0, "{:#?}", checked.diags.items);
    (checked.data.tables["air-daily"][0].clone(), checked.diags)
}

fn schema(t: &kaifang::data::Table) -> Vec<(String, ColumnType)> {
    t.report.fields.iter().map(|f| (f.name.clone(), f.ty)).collect()
}

const CSV: &str = "站点,日期,AQI,PM2.5,达标\n市站,2026年10月31日,61,35.5,true\n北站,2026/11/01,75,,false\n东站,2026-11-02,58,20.25,true\n";

fn expected() -> Vec<(String, ColumnType)> {
    [("站点", ColumnType::String), ("日期", ColumnType::Date), ("AQI", ColumnType::Integer), ("PM2.5", ColumnType::Number), ("达标", ColumnType::Boolean)]
        .iter()
        .map(|(n, t)| ((*n).to_string(), *t))
        .collect()
}

#[test]
fn csv_in_every_encoding_gives_the_same_schema() {
    let gbk = encoding_rs::GBK.encode(CSV).0.into_owned();
    let gb18030 = encoding_rs::GB18030.encode(CSV).0.into_owned();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(CSV.as_bytes());
    for (label, bytes, enc) in [("utf8", CSV.as_bytes().to_vec(), "UTF-8"), ("bom", bom, "UTF-8 (BOM)"), ("gbk", gbk, "GB18030/GBK"), ("gb18030", gb18030, "GB18030/GBK")] {
        let site = site_with("data.csv", &bytes, "");
        let (t, _) = table_of(site.path());
        assert_eq!(schema(&t), expected(), "{label}");
        assert_eq!(t.report.rows, 3, "{label}");
        assert_eq!(t.report.encoding.as_deref(), Some(enc), "{label}");
        // The published CSV is UTF-8 with ISO dates, whatever the source was.
        let out = site.path().join("dist");
        common::build(site.path(), &out).unwrap();
        let csv = std::fs::read_to_string(out.join("datasets/air-daily/data.csv")).unwrap();
        assert!(csv.starts_with("站点,日期,AQI,PM2.5,达标\n市站,2026-10-31,61,35.5,true\n"), "{label}: {csv}");
    }
}

#[test]
fn tsv_json_ndjson_geojson_and_xlsx() {
    let tsv = CSV.replace(',', "\t");
    let json = r#"[{"站点":"市站","日期":"2026年10月31日","AQI":61,"PM2.5":35.5,"达标":true},{"站点":"北站","日期":"2026/11/01","AQI":75,"PM2.5":null,"达标":false},{"站点":"东站","日期":"2026-11-02","AQI":58,"PM2.5":20.25,"达标":true}]"#;
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let ndjson: String = v.as_array().unwrap().iter().map(|r| format!("{r}\n")).collect();
    let features: Vec<serde_json::Value> = v.as_array().unwrap().iter().enumerate().map(|(i, p)| serde_json::json!({"type":"Feature","properties":p,"geometry":{"type":"Point","coordinates":[118.0 + i as f64 / 100.0, 37.4]}})).collect();
    let geojson = serde_json::json!({"type":"FeatureCollection","features":features}).to_string();
    let xlsx = {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (r, line) in CSV.lines().enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                match (r, cell.parse::<f64>()) {
                    (0, _) | (_, Err(_)) => {
                        if !cell.is_empty() {
                            ws.write_string(r as u32, c as u16, cell).unwrap();
                        }
                    }
                    (_, Ok(n)) => {
                        ws.write_number(r as u32, c as u16, n).unwrap();
                    }
                }
            }
        }
        wb.save_to_buffer().unwrap()
    };
    for (file, bytes) in [("data.tsv", tsv.into_bytes()), ("data.json", json.as_bytes().to_vec()), ("data.ndjson", ndjson.into_bytes()), ("data.geojson", geojson.into_bytes()), ("data.xlsx", xlsx)] {
        let site = site_with(file, &bytes, "");
        let (t, _) = table_of(site.path());
        assert_eq!(schema(&t), expected(), "{file}");
        assert_eq!(t.report.rows, 3, "{file}");
        let exts: Vec<&str> = t.report.outputs.iter().map(|o| o.ext.as_str()).collect();
        let want: &[&str] = if file.ends_with("geojson") { &["csv", "json", "xlsx", "parquet", "geojson"] } else { &["csv", "json", "xlsx", "parquet"] };
        assert_eq!(exts, want, "{file}");
    }
}

#[test]
fn geojson_keeps_geometry_and_masks_properties() {
    let geojson = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"避难场所","负责人":"王小明"},"geometry":{"type":"Point","coordinates":[118.01,37.38]}}]}"#;
    let site = site_with("shelters.geojson", geojson.as_bytes(), "mask = [\"负责人\"]");
    let out = site.path().join("dist");
    common::build(site.path(), &out).unwrap();
    let g: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("datasets/air-daily/shelters.geojson")).unwrap()).unwrap();
    assert_eq!(g["features"][0]["geometry"]["coordinates"][0], 118.01);
    assert_eq!(g["features"][0]["properties"]["负责人"], "王**");
}

#[test]
fn masked_values_appear_in_no_output_format() {
    let site = common::base_site();
    let out = site.path().join("dist");
    common::build(site.path(), &out).unwrap();
    let src = std::fs::read_to_string(site.path().join("datasets/bcq-mzj/dibao/dibao.csv")).unwrap();
    let secrets: Vec<String> = src.lines().skip(1).flat_map(|l| l.split(',').take(2).map(str::to_string).collect::<Vec<_>>()).collect();
    let dir = out.join("datasets/dibao");
    // Text formats, as bytes.
    for f in ["dibao.csv", "dibao.json"] {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        for s in &secrets {
            assert!(!text.contains(s.as_str()), "{f} holds {s}");
        }
    }
    // XLSX: every cell, read back.
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(dir.join("dibao.xlsx")).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    let cells: Vec<String> = range.rows().flat_map(|r| r.iter().map(|c| c.to_string())).collect();
    assert!(cells.contains(&"张*".to_string()), "{cells:?}");
    for s in &secrets {
        assert!(!cells.iter().any(|c| c.contains(s.as_str())), "xlsx holds {s}");
    }
    // Parquet: decompressed and read back.
    let df = ParquetReader::new(std::fs::File::open(dir.join("dibao.parquet")).unwrap()).finish().unwrap();
    for c in df.columns() {
        let s = c.cast(&DataType::String).unwrap();
        for v in s.str().unwrap().iter().flatten() {
            assert!(!secrets.iter().any(|x| v.contains(x.as_str())), "parquet holds {v}");
        }
    }
    // Viewer chunks, decoded.
    let vdir = dir.join("viewer/dibao");
    let m = Manifest::decode(&std::fs::read(vdir.join("manifest.kfm")).unwrap()).unwrap();
    for r in &m.chunks {
        let c = Chunk::decode(&std::fs::read(vdir.join(&r.file)).unwrap()).unwrap();
        for i in 0..c.rows() {
            for j in 0..c.columns().len() {
                let v = c.cell(i, j).to_display_string();
                assert!(!secrets.iter().any(|x| v.contains(x.as_str())), "viewer chunk holds {v}");
            }
        }
    }
    // The page's preview and profile too.
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    for s in &secrets {
        assert!(!page.contains(s.as_str()), "page holds {s}");
    }
}

#[test]
fn the_pii_gate_fails_on_a_planted_id_and_passes_once_masked() {
    let csv = "单位,联系人身份证\n某单位,11010519491231002X\n";
    let site = site_with("staff.csv", csv.as_bytes(), "");
    let checked = kaifang::check(site.path(), None);
    let errors: Vec<String> = checked.diags.items.iter().filter(|d| d.severity == kaifang::diag::Severity::Error).map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("error: datasets/sthjj/air-daily/staff.csv:2:1: column `联系人身份证` holds 1 resident ID numbers"), "{}", errors[0]);
    let masked = site_with("staff.csv", csv.as_bytes(), "mask = [\"联系人身份证\"]");
    let checked = kaifang::check(masked.path(), None);
    assert_eq!(checked.diags.errors(), 0, "{:#?}", checked.diags.items);
    // A 13-digit timestamp holding a mobile-like run is not a mobile number.
    let ts = site_with("ts.csv", "时间戳,值\n1381234567890,1\n".as_bytes(), "");
    assert_eq!(kaifang::check(ts.path(), None).diags.errors(), 0);
}

#[test]
fn quality_findings_are_reported_with_rows() {
    let csv = "企业名称,统一社会信用代码,数量\n甲,91350100M000100Y43,1\n乙,91350100M000100Y44,2\n甲,91350100M000100Y43,1\n丙,91350100M000100Y43,3,多余\n";
    let site = site_with("firms.csv", csv.as_bytes(), "");
    let (t, diags) = table_of(site.path());
    let kinds: Vec<&str> = t.report.quality.findings.iter().map(|f| f.kind.key()).collect();
    assert_eq!(kinds, vec!["ragged_rows", "invalid_uscc", "duplicate_rows"]);
    let warnings: Vec<String> = diags.items.iter().map(|d| d.to_string()).collect();
    assert!(warnings.iter().any(|w| w.contains("firms.csv:3:1: quality: column `统一社会信用代码`: 1 unified social credit codes fail the GB 32100 check (rows 3)")), "{warnings:#?}");
    assert!(warnings.iter().any(|w| w.contains("firms.csv:5:1: quality: 1 rows have more or fewer fields than the header (rows 5)")), "{warnings:#?}");
    assert!(t.report.quality.score < t.report.quality.completeness);
}

#[test]
fn unreadable_files_fail_the_build_with_file_and_line() {
    let site = site_with("bad.json", b"[{\"a\": 1},\n{\"a\": }]", "");
    let checked = kaifang::check(site.path(), None);
    let e: Vec<String> = checked.diags.items.iter().map(|d| d.to_string()).collect();
    assert!(e.iter().any(|x| x.starts_with("error: datasets/sthjj/air-daily/bad.json:2:")), "{e:?}");
}

#[test]
fn a_metadata_edit_reprocesses_no_data_file() {
    let site = common::base_site();
    let out = site.path().join("dist");
    let first = common::build(site.path(), &out).unwrap();
    assert_eq!(first.tables_processed, 2);
    let md = site.path().join("datasets/sthjj/air-daily/dataset.md");
    let text = std::fs::read_to_string(&md).unwrap().replace("各监测站逐日空气质量指数。", "各监测站逐日空气质量指数（已更新说明）。");
    std::fs::write(&md, text).unwrap();
    let second = common::build(site.path(), &out).unwrap();
    assert_eq!(second.tables_processed, 0, "a metadata edit re-read a data file");
    assert!(std::fs::read_to_string(out.join("datasets/air-daily/index.html")).unwrap().contains("已更新说明"));
    // Changing the data does re-process that one table.
    let csv = site.path().join("datasets/sthjj/air-daily/air.csv");
    let mut data = std::fs::read_to_string(&csv).unwrap();
    data.push_str("东站,2026-11-25,49,0543-3210000\n");
    std::fs::write(&csv, data).unwrap();
    assert_eq!(common::build(site.path(), &out).unwrap().tables_processed, 1);
    // The cache is safe to delete.
    std::fs::remove_dir_all(site.path().join(".kaifang-cache")).unwrap();
    assert_eq!(common::build(site.path(), &out).unwrap().tables_processed, 2);
}

#[test]
fn long_tables_continue_on_further_xlsx_sheets() {
    let df = DataFrame::new(5, vec![Series::new("n".into(), [1i64, 2, 3, 4, 5]).into_column()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    let sheets = kaifang::data::write::xlsx_with_limit(&df, &path, "t", 2).unwrap();
    assert_eq!(sheets, 3);
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(wb.sheet_names(), vec!["Sheet1", "Sheet2", "Sheet3"]);
    let last = wb.worksheet_range("Sheet3").unwrap();
    let cells: Vec<String> = last.rows().map(|r| r[0].to_string()).collect();
    assert_eq!(cells, vec!["n", "5"], "each sheet repeats the header");
}
