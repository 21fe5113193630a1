//! Any tabular resource → a DataFrame of text columns (nulls for empty
//! cells), so masking, the personal-data scan and type inference see exactly
//! what the publisher wrote. GeoJSON geometries are kept beside the table.

use super::encoding::{self, Encoding};
use polars::prelude::*;
use serde_json::Value;
use std::io::Cursor;

pub struct RawTable {
    pub df: DataFrame,
    pub encoding: Option<Encoding>,
    /// GeoJSON: each feature's geometry, in row order.
    pub geometry: Option<Vec<Value>>,
    /// Rows whose number of fields differs from the header: (line or record number, fields).
    pub ragged: Vec<(usize, usize)>,
    pub ragged_count: usize,
}

/// A reading error: where (line or record, 0 when unknown) and what.
#[derive(Debug)]
pub struct ReadError {
    pub line: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl ReadError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        ReadError { line, message: message.into(), hint: None }
    }
}

pub fn is_tabular(format: &str) -> bool {
    matches!(format, "CSV" | "TSV" | "XLSX" | "XLS" | "JSON" | "NDJSON" | "JSONL" | "GEOJSON")
}

pub fn read(bytes: &[u8], format: &str, sheet: Option<&str>) -> Result<RawTable, ReadError> {
    match format {
        "CSV" | "TSV" => read_csv(bytes, if format == "TSV" { b'\t' } else { b',' }),
        "XLSX" | "XLS" => read_xlsx(bytes, sheet),
        "JSON" => {
            let v = parse_json(bytes)?;
            let Value::Array(items) = v else { return Err(ReadError::new(1, "expected an array of records: [{\"a\": 1}, …]")) };
            records(items.into_iter().enumerate().map(|(i, v)| (i + 1, v)), None)
        }
        "NDJSON" | "JSONL" => {
            let text = text(bytes)?;
            let mut items = Vec::new();
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let v: Value = serde_json::from_str(line).map_err(|e| ReadError::new(i + 1, format!("not JSON: {e}")))?;
                items.push((i + 1, v));
            }
            records(items.into_iter(), None)
        }
        "GEOJSON" => {
            let v = parse_json(bytes)?;
            let Some(Value::Array(features)) = v.get("features").cloned() else {
                return Err(ReadError::new(1, "expected a GeoJSON FeatureCollection with `features`"));
            };
            let mut geometry = Vec::with_capacity(features.len());
            let mut rows = Vec::with_capacity(features.len());
            for (i, mut f) in features.into_iter().enumerate() {
                geometry.push(f.get_mut("geometry").map(Value::take).unwrap_or(Value::Null));
                let props = f.get_mut("properties").map(Value::take).unwrap_or(Value::Object(Default::default()));
                rows.push((i + 1, if props.is_null() { Value::Object(Default::default()) } else { props }));
            }
            records(rows.into_iter(), Some(geometry))
        }
        other => Err(ReadError::new(0, format!("{other} is not a table format"))),
    }
}

fn text(bytes: &[u8]) -> Result<String, ReadError> {
    encoding::decode(bytes).map(|(t, _)| t.into_owned()).map_err(|off| ReadError {
        line: 0,
        message: format!("the file is neither UTF-8 nor GBK/GB18030 (first bad byte at offset {off})"),
        hint: Some("save it as UTF-8 (in Excel: Save as → CSV UTF-8)".into()),
    })
}

fn parse_json(bytes: &[u8]) -> Result<Value, ReadError> {
    let t = text(bytes)?;
    serde_json::from_str(&t).map_err(|e| ReadError::new(e.line(), e.to_string()))
}

fn read_csv(bytes: &[u8], sep: u8) -> Result<RawTable, ReadError> {
    let (text, enc) = encoding::decode(bytes).map_err(|off| ReadError {
        line: 0,
        message: format!("the file is neither UTF-8 nor GBK/GB18030 (first bad byte at offset {off})"),
        hint: Some("save it as UTF-8 (in Excel: Save as → CSV UTF-8)".into()),
    })?;
    // One streaming pass for what polars forgives: ragged rows and broken quoting.
    let mut ragged = Vec::new();
    let mut ragged_count = 0;
    let mut rdr = csv::ReaderBuilder::new().delimiter(sep).flexible(true).has_headers(true).from_reader(text.as_bytes());
    let width = rdr.headers().map_err(|e| ReadError::new(1, e.to_string()))?.len();
    let headers: Vec<String> = rdr.headers().map(|h| h.iter().map(|s| s.trim().to_string()).collect()).unwrap_or_default();
    check_headers(&headers)?;
    let mut rec = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                if rec.len() != width {
                    ragged_count += 1;
                    if ragged.len() < 5 {
                        ragged.push((rec.position().map_or(0, |p| p.line() as usize), rec.len()));
                    }
                }
            }
            Err(e) => return Err(ReadError::new(e.position().map_or(0, |p| p.line() as usize), e.to_string())),
        }
    }
    let body: &[u8] = text.as_bytes();
    let opts = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_raise_if_empty(false)
        .with_parse_options(CsvParseOptions::default().with_separator(sep).with_truncate_ragged_lines(true).with_missing_is_null(true));
    let mut df = opts.into_reader_with_file_handle(Cursor::new(body)).finish().map_err(|e| ReadError::new(0, e.to_string()))?;
    // Trim header names as the publisher sees them.
    let names: Vec<PlSmallStr> = headers.iter().map(|h| PlSmallStr::from(h.as_str())).collect();
    if names.len() == df.width() {
        df.set_column_names(&names).map_err(|e| ReadError::new(1, e.to_string()))?;
    }
    // Empty and whitespace-only cells are missing values.
    let mut cols: Vec<Column> = Vec::with_capacity(df.width());
    for c in df.columns() {
        let ca = c.str().map_err(|e| ReadError::new(0, e.to_string()))?;
        let out: StringChunked = ca.iter().map(|v| v.filter(|s| !s.trim().is_empty())).collect();
        cols.push(out.with_name(c.name().clone()).into_column());
    }
    let df = DataFrame::new(df.height(), cols).map_err(|e| ReadError::new(0, e.to_string()))?;
    Ok(RawTable { df, encoding: Some(enc), geometry: None, ragged, ragged_count })
}

fn check_headers(headers: &[String]) -> Result<(), ReadError> {
    for (i, h) in headers.iter().enumerate() {
        if h.is_empty() {
            return Err(ReadError { line: 1, message: format!("column {} has no name in the header row", i + 1), hint: Some("give every column a name in the first row".into()) });
        }
        if headers[..i].contains(h) {
            return Err(ReadError { line: 1, message: format!("two columns are called `{h}`"), hint: Some("column names must be unique".into()) });
        }
    }
    Ok(())
}

fn cell_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

fn records(items: impl Iterator<Item = (usize, Value)>, geometry: Option<Vec<Value>>) -> Result<RawTable, ReadError> {
    let mut names: Vec<String> = Vec::new();
    let mut cols: Vec<Vec<Option<String>>> = Vec::new();
    let mut n = 0;
    for (line, v) in items {
        let Value::Object(obj) = v else { return Err(ReadError::new(line, format!("record {line} is not an object"))) };
        for (k, v) in obj {
            let idx = match names.iter().position(|x| x == &k) {
                Some(i) => i,
                None => {
                    names.push(k.clone());
                    cols.push(vec![None; n]);
                    names.len() - 1
                }
            };
            cols[idx].resize(n, None);
            cols[idx].push(cell_text(&v));
        }
        n += 1;
        for c in &mut cols {
            c.resize(n, None);
        }
    }
    let columns: Vec<Column> = names.iter().zip(cols).map(|(name, v)| Series::new(name.as_str().into(), v).into_column()).collect();
    let df = DataFrame::new(n, columns).map_err(|e| ReadError::new(0, e.to_string()))?;
    Ok(RawTable { df, encoding: None, geometry, ragged: vec![], ragged_count: 0 })
}

fn read_xlsx(bytes: &[u8], sheet: Option<&str>) -> Result<RawTable, ReadError> {
    use calamine::{Data, Reader};
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| ReadError::new(0, format!("not a readable spreadsheet: {e}")))?;
    let names = wb.sheet_names();
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_string(),
        Some(s) => return Err(ReadError { line: 0, message: format!("the workbook has no sheet `{s}`"), hint: Some(format!("sheets: {}", names.join(", "))) }),
        None => names.first().cloned().ok_or_else(|| ReadError::new(0, "the workbook has no sheet"))?,
    };
    let range = wb.worksheet_range(&name).map_err(|e| ReadError::new(0, format!("sheet `{name}`: {e}")))?;
    let mut rows = range.rows();
    let header: Vec<String> = match rows.next() {
        Some(r) => r.iter().map(|c| xl_text(c).unwrap_or_default().trim().to_string()).collect(),
        None => vec![],
    };
    let width = header.iter().rposition(|h| !h.is_empty()).map_or(0, |i| i + 1);
    let header = header[..width].to_vec();
    check_headers(&header)?;
    let mut cols: Vec<Vec<Option<String>>> = vec![Vec::new(); width];
    let (mut ragged, mut ragged_count) = (Vec::new(), 0);
    for (i, r) in rows.enumerate() {
        let used = r.iter().rposition(|c| !matches!(c, Data::Empty)).map_or(0, |p| p + 1);
        if used == 0 {
            continue; // blank line
        }
        if used > width {
            ragged_count += 1;
            if ragged.len() < 5 {
                ragged.push((i + 2, used));
            }
        }
        for (j, col) in cols.iter_mut().enumerate() {
            col.push(r.get(j).and_then(xl_text).filter(|s| !s.trim().is_empty()));
        }
    }
    let n = cols.first().map_or(0, Vec::len);
    let columns: Vec<Column> = header.iter().zip(cols).map(|(h, v)| Series::new(h.as_str().into(), v).into_column()).collect();
    let df = DataFrame::new(n, columns).map_err(|e| ReadError::new(0, e.to_string()))?;
    Ok(RawTable { df, encoding: None, geometry: None, ragged, ragged_count })
}

fn xl_text(c: &calamine::Data) -> Option<String> {
    use calamine::Data;
    match c {
        Data::Empty | Data::Error(_) => None,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Some(format!("{}", *f as i64)),
        Data::Float(f) => Some(f.to_string()),
        Data::Bool(b) => Some(b.to_string()),
        Data::DateTime(dt) => {
            // Excel serial: days since 1899-12-30, the fraction is the time of day.
            let serial = dt.as_f64();
            let ms = ((serial - 25_569.0) * 86_400_000.0).round() as i64;
            chrono::DateTime::from_timestamp_millis(ms).map(|d| {
                let d = d.naive_utc();
                if d.time() == chrono::NaiveTime::MIN {
                    d.format("%Y-%m-%d").to_string()
                } else {
                    d.format("%Y-%m-%dT%H:%M:%S").to_string()
                }
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(df: &DataFrame, name: &str) -> Vec<Option<String>> {
        df.column(name).unwrap().str().unwrap().iter().map(|v| v.map(str::to_string)).collect()
    }

    #[test]
    fn csv_all_text_with_nulls_and_ragged_rows() {
        let t = read("站点,AQI\n市站,61\n北站,\n东站,70,extra\n".as_bytes(), "CSV", None).unwrap();
        assert_eq!(t.df.shape(), (3, 2));
        assert_eq!(col(&t.df, "AQI"), vec![Some("61".into()), None, Some("70".into())]);
        assert_eq!(t.ragged_count, 1);
        assert_eq!(t.ragged[0].0, 4);
    }

    #[test]
    fn json_ndjson_geojson() {
        let t = read(br#"[{"a":1,"b":"x"},{"a":2,"c":true}]"#, "JSON", None).unwrap();
        assert_eq!(t.df.get_column_names_owned().iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(col(&t.df, "c"), vec![None, Some("true".into())]);
        let t = read(b"{\"a\":1}\n\n{\"a\":2}\n", "NDJSON", None).unwrap();
        assert_eq!(t.df.height(), 2);
        let g = read(br#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Point","coordinates":[118.0,37.4]}}]}"#, "GEOJSON", None).unwrap();
        assert_eq!(g.geometry.as_ref().unwrap().len(), 1);
        assert_eq!(col(&g.df, "name"), vec![Some("A".into())]);
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert!(read(b"a,a\n1,2\n", "CSV", None).is_err());
        assert!(read(b"{\"a\":1}", "JSON", None).is_err());
        assert_eq!(read(b"[1,", "JSON", None).err().unwrap().line, 1);
        assert!(read(b"not a zip", "XLSX", None).is_err());
    }
}
