//! Publishing a typed table in every format: UTF-8 CSV, JSON (an array of
//! records), XLSX, Parquet, and GeoJSON where the source was geographic.
//! Everything is written straight to files (the cache), never held whole.

use polars::prelude::*;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
use serde_json::{Map, Number, Value};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Excel's limit is 1,048,576 rows a sheet: the header plus this many rows.
/// Longer tables continue on further sheets, each with the header again.
pub const XLSX_ROWS_PER_SHEET: usize = 1_048_575;

const DATETIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// One column's values, read once for row-wise writers.
enum Col<'a> {
    Int(&'a Int64Chunked),
    Num(&'a Float64Chunked),
    Bool(&'a BooleanChunked),
    Date(Int32Chunked),
    DateTime(Int64Chunked),
    Str(&'a StringChunked),
}

fn cols(df: &DataFrame) -> PolarsResult<Vec<(String, Col<'_>)>> {
    df.columns()
        .iter()
        .map(|c| {
            let s = c.as_materialized_series();
            let col = match s.dtype() {
                DataType::Int64 => Col::Int(s.i64()?),
                DataType::Float64 => Col::Num(s.f64()?),
                DataType::Boolean => Col::Bool(s.bool()?),
                DataType::Date => Col::Date(s.to_physical_repr().i32()?.clone()),
                DataType::Datetime(_, _) => Col::DateTime(s.to_physical_repr().i64()?.clone()),
                _ => Col::Str(s.str()?),
            };
            Ok((c.name().to_string(), col))
        })
        .collect()
}

fn date_text(days: i32) -> String {
    chrono::DateTime::from_timestamp(i64::from(days) * 86_400, 0).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

fn datetime_text(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms).map(|d| d.format(DATETIME_FORMAT).to_string()).unwrap_or_default()
}

fn json_value(c: &Col, i: usize) -> Value {
    match c {
        Col::Int(ca) => ca.get(i).map_or(Value::Null, |v| Value::Number(v.into())),
        Col::Num(ca) => ca.get(i).and_then(Number::from_f64).map_or(Value::Null, Value::Number),
        Col::Bool(ca) => ca.get(i).map_or(Value::Null, Value::Bool),
        Col::Date(ca) => ca.get(i).map_or(Value::Null, |v| Value::String(date_text(v))),
        Col::DateTime(ca) => ca.get(i).map_or(Value::Null, |v| Value::String(datetime_text(v))),
        Col::Str(ca) => ca.get(i).map_or(Value::Null, |v| Value::String(v.to_string())),
    }
}

fn record(cols: &[(String, Col)], i: usize) -> Map<String, Value> {
    cols.iter().map(|(n, c)| (n.clone(), json_value(c, i))).collect()
}

pub fn csv(df: &mut DataFrame, path: &Path) -> anyhow::Result<()> {
    let mut f = BufWriter::new(File::create(path)?);
    CsvWriter::new(&mut f).include_header(true).with_datetime_format(Some(DATETIME_FORMAT.into())).finish(df)?;
    f.flush()?;
    Ok(())
}

pub fn json(df: &DataFrame, path: &Path) -> anyhow::Result<()> {
    let cols = cols(df)?;
    let mut f = BufWriter::new(File::create(path)?);
    f.write_all(b"[")?;
    for i in 0..df.height() {
        if i > 0 {
            f.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut f, &record(&cols, i))?;
    }
    f.write_all(b"]\n")?;
    f.flush()?;
    Ok(())
}

pub fn geojson(df: &DataFrame, geometry: &[Value], path: &Path) -> anyhow::Result<()> {
    let cols = cols(df)?;
    let mut f = BufWriter::new(File::create(path)?);
    f.write_all(br#"{"type":"FeatureCollection","features":["#)?;
    for i in 0..df.height() {
        if i > 0 {
            f.write_all(b",\n")?;
        }
        let feature = serde_json::json!({"type": "Feature", "properties": record(&cols, i), "geometry": geometry.get(i).cloned().unwrap_or(Value::Null)});
        serde_json::to_writer(&mut f, &feature)?;
    }
    f.write_all(b"]}\n")?;
    f.flush()?;
    Ok(())
}

pub fn parquet(df: &mut DataFrame, path: &Path) -> anyhow::Result<()> {
    let f = File::create(path)?;
    ParquetWriter::new(f).with_compression(ParquetCompression::Zstd(None)).with_statistics(StatisticsOptions::default()).finish(df)?;
    Ok(())
}

/// Returns the number of sheets written.
pub fn xlsx(df: &DataFrame, path: &Path, title: &str) -> anyhow::Result<usize> {
    xlsx_with_limit(df, path, title, XLSX_ROWS_PER_SHEET)
}

/// As `xlsx`, with `per_sheet` data rows a sheet.
pub fn xlsx_with_limit(df: &DataFrame, path: &Path, title: &str, per_sheet: usize) -> anyhow::Result<usize> {
    let per_sheet = per_sheet.max(1);
    let cols = cols(df)?;
    let mut wb = Workbook::new();
    // A fixed date keeps the file the same from build to build.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(&DocProperties::new().set_title(title).set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let date_fmt = Format::new().set_num_format("yyyy-mm-dd");
    let dt_fmt = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let rows = df.height();
    let sheets = rows.div_ceil(per_sheet).max(1);
    for sheet_no in 0..sheets {
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name(format!("Sheet{}", sheet_no + 1))?;
        for (j, (name, _)) in cols.iter().enumerate() {
            ws.write_string_with_format(0, j as u16, name, &bold)?;
        }
        let start = sheet_no * per_sheet;
        let end = (start + per_sheet).min(rows);
        for i in start..end {
            let r = (i - start + 1) as u32;
            for (j, (_, c)) in cols.iter().enumerate() {
                let j = j as u16;
                match c {
                    Col::Int(ca) => {
                        if let Some(v) = ca.get(i) {
                            ws.write_number(r, j, v as f64)?;
                        }
                    }
                    Col::Num(ca) => {
                        if let Some(v) = ca.get(i).filter(|v| v.is_finite()) {
                            ws.write_number(r, j, v)?;
                        }
                    }
                    Col::Bool(ca) => {
                        if let Some(v) = ca.get(i) {
                            ws.write_boolean(r, j, v)?;
                        }
                    }
                    // Excel serial dates: days since 1899-12-30.
                    Col::Date(ca) => {
                        if let Some(v) = ca.get(i) {
                            ws.write_number_with_format(r, j, f64::from(v) + 25_569.0, &date_fmt)?;
                        }
                    }
                    Col::DateTime(ca) => {
                        if let Some(v) = ca.get(i) {
                            ws.write_number_with_format(r, j, v as f64 / 86_400_000.0 + 25_569.0, &dt_fmt)?;
                        }
                    }
                    Col::Str(ca) => {
                        if let Some(v) = ca.get(i) {
                            ws.write_string(r, j, v)?;
                        }
                    }
                }
            }
        }
    }
    wb.save(path)?;
    Ok(sheets)
}

/// The first rows as text, for the static preview table on the page.
pub fn preview_rows(df: &DataFrame, n: usize) -> anyhow::Result<Vec<Vec<Option<String>>>> {
    let cols = cols(df)?;
    Ok((0..df.height().min(n))
        .map(|i| {
            cols.iter()
                .map(|(_, c)| match json_value(c, i) {
                    Value::Null => None,
                    Value::String(s) => Some(s),
                    v => Some(v.to_string()),
                })
                .collect()
        })
        .collect())
}
