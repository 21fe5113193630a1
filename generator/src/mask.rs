//! Masking (脱敏, art. 31): the pattern follows what each value looks like —
//! resident ID numbers keep their first 6 and last 4 characters, mobile
//! numbers their first 3 and last 4, Chinese names their surname; anything
//! else becomes `***`. Plus the small table readers the masker and the PII
//! scan share.

use serde_json::Value;

const COMPOUND_SURNAMES: [&str; 20] = [
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "西门", "南宫", "独孤", "呼延",
];

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '·')
}

pub fn mask_value(v: &str) -> String {
    let t = v.trim();
    if t.is_empty() {
        return v.to_string();
    }
    let chars: Vec<char> = t.chars().collect();
    let n = chars.len();
    let id_like = (n == 18 && chars[..17].iter().all(char::is_ascii_digit) && (chars[17].is_ascii_digit() || chars[17] == 'X' || chars[17] == 'x'))
        || (n == 15 && chars.iter().all(char::is_ascii_digit));
    if id_like {
        return format!("{}{}{}", chars[..6].iter().collect::<String>(), "*".repeat(n - 10), chars[n - 4..].iter().collect::<String>());
    }
    if crate::ids::is_mobile(t) {
        return format!("{}****{}", &t[..3], &t[7..]);
    }
    if (2..=5).contains(&n) && chars.iter().all(|c| is_cjk(*c)) {
        let surname_len = if n >= 3 && COMPOUND_SURNAMES.iter().any(|s| t.starts_with(s)) { 2 } else { 1 };
        return format!("{}{}", chars[..surname_len].iter().collect::<String>(), "*".repeat(n - surname_len));
    }
    "***".to_string()
}

/// A table read for masking and scanning.
pub struct Table {
    pub columns: Vec<String>,
    /// (row, column, value); the row is the file's line for CSV, the record's number otherwise.
    pub cells: Vec<(usize, String, String)>,
    pub rows: usize,
    /// The published bytes (masked where needed, always UTF-8 without BOM).
    pub bytes: Vec<u8>,
    pub masked: bool,
}

#[derive(Debug)]
pub struct TableError {
    pub line: usize,
    pub message: String,
}

fn add_column(columns: &mut Vec<String>, c: &str) {
    if !columns.iter().any(|x| x == c) {
        columns.push(c.to_string());
    }
}

pub fn table_csv(text: &str, delimiter: u8, mask: &[String]) -> Result<Table, TableError> {
    let mut rdr = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| TableError { line: 1, message: e.to_string() })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let masked_idx: Vec<bool> = headers.iter().map(|h| mask.contains(h)).collect();
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let io = |e: csv::Error| TableError { line: 0, message: e.to_string() };
    w.write_record(&headers).map_err(io)?;
    let mut cells = Vec::new();
    let mut rows = 0;
    let mut masked = false;
    for rec in rdr.records() {
        let rec = rec.map_err(|e| TableError { line: e.position().map_or(0, |p| p.line() as usize), message: e.to_string() })?;
        let line = rec.position().map_or(0, |p| p.line() as usize);
        rows += 1;
        let mut out: Vec<String> = Vec::with_capacity(rec.len());
        for (i, v) in rec.iter().enumerate() {
            let col = headers.get(i).cloned().unwrap_or_else(|| format!("#{}", i + 1));
            let v2 = if masked_idx.get(i).copied().unwrap_or(false) {
                masked = true;
                mask_value(v)
            } else {
                v.to_string()
            };
            cells.push((line, col, v2.clone()));
            out.push(v2);
        }
        w.write_record(&out).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| TableError { line: 0, message: e.to_string() })?;
    Ok(Table { columns: headers, cells, rows, bytes, masked })
}

fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Masks and collects the cells of one record (a JSON object).
fn record(obj: &mut serde_json::Map<String, Value>, row: usize, mask: &[String], t: &mut Table) {
    for (k, v) in obj.iter_mut() {
        add_column(&mut t.columns, k);
        if mask.contains(k) {
            if let Some(s) = value_text(v) {
                *v = Value::String(mask_value(&s));
                t.masked = true;
            }
        }
        match v {
            Value::Array(_) | Value::Object(_) => {
                let s = v.to_string();
                t.cells.push((row, k.clone(), s));
            }
            _ => {
                if let Some(s) = value_text(v) {
                    t.cells.push((row, k.clone(), s));
                }
            }
        }
    }
}

fn empty() -> Table {
    Table { columns: vec![], cells: vec![], rows: 0, bytes: vec![], masked: false }
}

fn json_err(e: serde_json::Error) -> TableError {
    TableError { line: e.line(), message: e.to_string() }
}

pub fn table_json(text: &str, mask: &[String]) -> Result<Table, TableError> {
    let mut v: Value = serde_json::from_str(text).map_err(json_err)?;
    let Value::Array(items) = &mut v else {
        return Err(TableError { line: 1, message: "expected an array of records: [{\"a\": 1}, …]".into() });
    };
    let mut t = empty();
    for (i, item) in items.iter_mut().enumerate() {
        let Value::Object(obj) = item else {
            return Err(TableError { line: 0, message: format!("record {} is not an object", i + 1) });
        };
        record(obj, i + 1, mask, &mut t);
        t.rows += 1;
    }
    t.bytes = serde_json::to_vec(&v).map_err(json_err)?;
    Ok(t)
}

pub fn table_ndjson(text: &str, mask: &[String]) -> Result<Table, TableError> {
    let mut t = empty();
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut v: Value = serde_json::from_str(line).map_err(|e| TableError { line: i + 1, message: e.to_string() })?;
        let Value::Object(obj) = &mut v else {
            return Err(TableError { line: i + 1, message: "each line must be one JSON object".into() });
        };
        record(obj, i + 1, mask, &mut t);
        t.rows += 1;
        out.push_str(&v.to_string());
        out.push('\n');
    }
    t.bytes = out.into_bytes();
    Ok(t)
}

pub fn table_geojson(text: &str, mask: &[String]) -> Result<Table, TableError> {
    let mut v: Value = serde_json::from_str(text).map_err(json_err)?;
    let features = match v.get_mut("features") {
        Some(Value::Array(f)) => f,
        _ => return Err(TableError { line: 1, message: "expected a GeoJSON FeatureCollection with `features`".into() }),
    };
    let mut t = empty();
    for (i, f) in features.iter_mut().enumerate() {
        if let Some(Value::Object(props)) = f.get_mut("properties") {
            record(props, i + 1, mask, &mut t);
        }
        t.rows += 1;
    }
    t.bytes = serde_json::to_vec(&v).map_err(json_err)?;
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_follow_the_value() {
        assert_eq!(mask_value("37230119800101123X"), "372301********123X");
        assert_eq!(mask_value("13812345678"), "138****5678");
        assert_eq!(mask_value("张三"), "张*");
        assert_eq!(mask_value("欧阳娜娜"), "欧阳**");
        assert_eq!(mask_value("滨州市黄河五路"), "***");
        assert_eq!(mask_value(""), "");
    }

    #[test]
    fn csv_columns_masked_and_cells_scanned() {
        let mask = vec!["姓名".to_string()];
        let t = table_csv("姓名,电话\n张三,0543-1234567\n李四,\"a,b\"\n", b',', &mask).unwrap();
        let s = String::from_utf8(t.bytes).unwrap();
        assert_eq!(s, "姓名,电话\n张*,0543-1234567\n李*,\"a,b\"\n");
        assert_eq!(t.rows, 2);
        assert!(t.masked);
        assert_eq!(t.cells[0], (2, "姓名".to_string(), "张*".to_string()));
    }

    #[test]
    fn json_and_geojson() {
        let mask = vec!["name".to_string()];
        let t = table_json(r#"[{"name":"王五","n":13812345678}]"#, &mask).unwrap();
        assert_eq!(String::from_utf8(t.bytes).unwrap(), r#"[{"name":"王*","n":13812345678}]"#);
        assert!(t.cells.iter().any(|c| c.2 == "13812345678"));
        let g = table_geojson(r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"赵六"},"geometry":null}]}"#, &mask).unwrap();
        assert!(String::from_utf8(g.bytes).unwrap().contains("赵*"));
        assert!(table_json("{\"a\":1}", &mask).is_err());
    }
}
