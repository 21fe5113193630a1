//! The viewer compiled to WebAssembly, driven through the API the page calls
//! (`Search`, `Table`: what theme/static/viewer/main.js uses), over the demo
//! portal the generator rendered. Node.js plays the browser: it reads the
//! files `fetch` would get, and inflates gzipped search files as main.js does.
//!
//! Run by `cargo xtask test-wasm` (and `cargo xtask test`), which renders the
//! demo into target/e2e/dist, builds this file for wasm32-unknown-unknown,
//! runs wasm-bindgen over it and drives wasm-bindgen-test's runtime in Node
//! (`KAIFANG_DIST` names the rendered portal).
//!
//! The expected values come from the demo's content files (datasets/,
//! content/agencies/, site.toml), as the comments say; the table's are also
//! checked against the source CSV, read at run time.
#![cfg(target_arch = "wasm32")]

use viewer_wasm::{Search, Table};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen(module = "fs")]
extern "C" {
    #[wasm_bindgen(catch, js_name = readFileSync)]
    fn read_file_sync(path: &str) -> Result<Vec<u8>, JsValue>;
}

#[wasm_bindgen(module = "zlib")]
extern "C" {
    #[wasm_bindgen(js_name = gunzipSync)]
    fn gunzip_sync(bytes: &[u8]) -> Vec<u8>;
}

/// The source of the table under test (the generator published it as is).
const SOURCE_CSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../datasets/sthjj/air-quality-daily/air-quality-daily-2025-2026.csv");

fn dist() -> String {
    let env = js_sys::Reflect::get(&js_sys::global(), &"process".into()).and_then(|p| js_sys::Reflect::get(&p, &"env".into()));
    let dir = env.ok().and_then(|e| js_sys::Reflect::get(&e, &"KAIFANG_DIST".into()).ok()).and_then(|v| v.as_string());
    dir.expect("KAIFANG_DIST: the folder the demo portal was rendered into (cargo xtask test-wasm sets it)")
}

fn read(path: &str) -> Vec<u8> {
    read_file_sync(path).unwrap_or_else(|e| panic!("reading {path}: {e:?}"))
}

/// A file of the portal, as `fetch` gives it: `/datasets/…` or `search/…`.
fn fetch(url: &str) -> Vec<u8> {
    read(&format!("{}/{}", dist(), url.trim_start_matches('/')))
}

/// What main.js's `inflated` does: gzip is undone, anything else kept.
fn inflated(b: Vec<u8>) -> Vec<u8> {
    if b.starts_with(&[0x1f, 0x8b]) {
        gunzip_sync(&b)
    } else {
        b
    }
}

/// The page's `kf-config` JSON: (lang, root, UI strings as `stringsText()` gives them).
fn page_config(page: &str) -> (String, String, String) {
    let html = String::from_utf8(fetch(page)).unwrap();
    let start = html.find("id=kf-config").or_else(|| html.find("id=\"kf-config\"")).expect("the page has its kf-config");
    let body = &html[start..];
    let json = &body[body.find('>').unwrap() + 1..body.find("</script>").unwrap()];
    let config = js_sys::JSON::parse(json).expect("kf-config is JSON");
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).unwrap();
    let t = get(&config, "t");
    let mut strings = Vec::new();
    for k in js_sys::Object::keys::<JsValue>(t.unchecked_ref()).iter() {
        let key = k.as_string().unwrap();
        let v = get(&t, &key).as_string().unwrap_or_default().replace('\n', "\\n");
        strings.push(format!("{key}\t{v}"));
    }
    (get(&config, "lang").as_string().unwrap(), get(&config, "root").as_string().unwrap(), strings.join("\n"))
}

/// The catalog page's search, with every file a query names fetched (as
/// main.js's loop does), then rendered.
fn search(query: &str) -> viewer_wasm::Rendered {
    let (lang, root, strings) = page_config("/datasets/index.html");
    assert_eq!((lang.as_str(), root.as_str()), ("zh-CN", "/"));
    let mut s = Search::new(&inflated(fetch("search/entry.kfi")), &lang, &root, &strings).unwrap();
    for _ in 0..5 {
        let need = s.missing(query);
        if need.length() == 0 {
            break;
        }
        for f in need.iter() {
            let f = f.as_string().unwrap();
            s.add_file(&f, &inflated(fetch(&format!("search/{f}")))).unwrap();
        }
    }
    assert_eq!(s.missing(query).length(), 0, "{query}: still missing files after five rounds");
    s.render(query)
}

fn query(q: &str, rest: &str) -> String {
    format!("q={}{rest}", js_sys::encode_uri_component(q))
}

/// Dataset ids of the result cards, in order.
fn ids(results_html: &str) -> Vec<String> {
    results_html.split("<a href=\"/datasets/").skip(1).map(|s| s[..s.find('/').unwrap()].to_string()).collect()
}

/// The count a facet checkbox shows.
fn facet_count(facets_html: &str, group: &str, key: &str) -> usize {
    let at = facets_html.find(&format!("name=\"{group}\" value=\"{key}\"")).unwrap_or_else(|| panic!("no facet {group}={key}"));
    let rest = &facets_html[at..];
    let n = &rest[rest.find("kf-count\">").unwrap() + 10..];
    n[..n.find('<').unwrap()].parse().unwrap()
}

#[wasm_bindgen_test]
fn the_catalog_lists_every_dataset_without_a_query() {
    // datasets/*/*/dataset.md: 50, all listed (site.toml: list_closed = true).
    let r = search("");
    assert_eq!(r.total, 50);
    assert_eq!(r.pages, 3, "20 a page");
    assert_eq!(r.summary, "共 50 个数据集 · 第 1 页，共 3 页");
    assert_eq!(ids(&r.results).len(), 20);
}

#[wasm_bindgen_test]
fn a_chinese_query_finds_the_air_quality_daily_report() {
    // 空气质量 → 空气 气质 质量, all three needed; 气质 only occurs in
    // 环境空气质量日报 (datasets/sthjj/air-quality-daily: title, tags, body).
    let r = search(&query("空气质量", ""));
    assert_eq!(r.total, 1);
    assert_eq!(ids(&r.results), ["air-quality-daily"]);
    assert!(r.results.contains(">环境空气质量日报</a>"), "{}", r.results);
    assert_eq!(r.summary, "共 1 个数据集");
}

#[wasm_bindgen_test]
fn a_facet_filter_narrows_a_query() {
    // 质量 occurs in the air-quality title (weight 8), a field name of
    // zjj/construction-sites (质量安全监督机构, 3) and the bodies of
    // qxj/weather-daily (质量控制) and sthjj/surface-water-quality
    // (地表水环境质量标准), 1 each: ties go most recently updated first
    // (2026-11-25 before 2026-11-10).
    let r = search(&query("质量", ""));
    assert_eq!(ids(&r.results), ["air-quality-daily", "construction-sites", "weather-daily", "surface-water-quality"]);
    // The agency facet: two of them by the environment bureau (sthjj).
    let r = search(&query("质量", "&agency=sthjj"));
    assert_eq!(r.total, 2);
    assert_eq!(ids(&r.results), ["air-quality-daily", "surface-water-quality"]);
    // A group's counts leave out its own selection, the others apply theirs.
    assert_eq!(facet_count(&r.facets, "agency", "sthjj"), 2);
    assert_eq!(facet_count(&r.facets, "agency", "qxj"), 1);
    assert_eq!(facet_count(&r.facets, "agency", "zjj"), 1);
    assert_eq!(facet_count(&r.facets, "open", "unconditional"), 2);
    assert!(r.facets.contains("name=\"agency\" value=\"sthjj\" checked"));
    assert_eq!(r.summary, "共 2 个数据集");
}

/// The dataset page's table, every chunk added.
fn air_quality_table() -> Table {
    let page = "/datasets/air-quality-daily/index.html";
    let html = String::from_utf8(fetch(page)).unwrap();
    let at = html.find("data-manifest=").expect("the page has a table viewer") + "data-manifest=".len();
    let url: String = html[at..].trim_start_matches('"').chars().take_while(|c| !matches!(c, '"' | ' ' | '>')).collect();
    assert_eq!(url, "/datasets/air-quality-daily/viewer/air-quality-daily-2025-2026/manifest.kfm");
    let (_, _, strings) = page_config(page);
    let mut t = Table::new(&fetch(&url), &strings).unwrap();
    let base = &url[..url.rfind('/').unwrap() + 1];
    for (i, f) in t.chunk_files().iter().enumerate() {
        if !t.has_chunk(i) {
            t.add_chunk(i, &fetch(&format!("{base}{}", f.as_string().unwrap()))).unwrap();
        }
    }
    assert!(t.complete());
    t.refresh();
    t
}

/// The source CSV: header and rows (plain: no quoted fields in this file).
fn source() -> (Vec<String>, Vec<Vec<String>>) {
    let text = String::from_utf8(read(SOURCE_CSV)).unwrap();
    let mut lines = text.lines().map(|l| l.split(',').map(str::to_string).collect::<Vec<_>>());
    let header = lines.next().unwrap();
    (header, lines.collect())
}

/// The viewer's CSV export against source rows: the header and every cell
/// the same, numbers compared as numbers (the export writes 1.0 as 1).
fn assert_export(csv: &str, header: &[String], rows: &[&Vec<String>]) {
    let body = csv.strip_prefix('\u{feff}').expect("the export starts with a BOM");
    let lines: Vec<&str> = body.strip_suffix("\r\n").unwrap_or(body).split("\r\n").collect();
    assert_eq!(lines[0], header.join(","));
    assert_eq!(lines.len() - 1, rows.len(), "rows exported");
    for (i, (line, want)) in lines[1..].iter().zip(rows).enumerate() {
        let got: Vec<&str> = line.split(',').collect();
        assert_eq!(got.len(), want.len(), "row {i}: {line}");
        for (g, w) in got.iter().zip(want.iter()) {
            let same = g == w || matches!((g.parse::<f64>(), w.parse::<f64>()), (Ok(a), Ok(b)) if a == b);
            assert!(same, "row {i}: exported {line:?}, the source has {:?}", want.join(","));
        }
    }
}

#[wasm_bindgen_test]
fn the_table_decodes_every_row_of_the_source_csv() {
    // 10 stations × 694 days (2025-01-01 to 2026-11-25): 6,940 rows.
    let mut t = air_quality_table();
    let (header, rows) = source();
    assert_eq!(rows.len(), 6940);
    assert_eq!(t.rows(), 6940.0);
    assert_eq!(t.loaded_rows(), 6940);
    assert_eq!(t.view_len(), 6940);
    let names: Vec<String> = t.column_names().iter().map(|v| v.as_string().unwrap()).collect();
    assert_eq!(names, header);
    assert_eq!(t.column_type(0), "date");
    assert_eq!(t.column_type(3), "integer");
    assert_eq!(t.column_type(9), "number");
    let all: Vec<&Vec<String>> = rows.iter().collect();
    assert_export(&t.csv(), &header, &all);
}

#[wasm_bindgen_test]
fn a_filtered_sorted_view_exports_the_matching_source_rows() {
    let mut t = air_quality_table();
    let (header, rows) = source();
    // One station (站点名称), from 2026-11-01 (日期): November's 25 days.
    t.filter_pick(1, "市环保局");
    t.filter_range(0, "2026-11-01", "");
    t.refresh();
    assert_eq!(t.view_len(), 25);
    let mut want: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "市环保局" && r[0].as_str() >= "2026-11-01").collect();
    assert_export(&t.csv(), &header, &want);
    // By AQI, highest first; equal values keep table order.
    t.sort(3, true);
    t.refresh();
    want.sort_by_key(|r| std::cmp::Reverse(r[3].parse::<i64>().unwrap()));
    assert_eq!(want[0][..4], ["2026-11-24", "市环保局", "滨城区", "127"]);
    assert_export(&t.csv(), &header, &want);
    assert!(t.page_cells(1).starts_with("2026-11-24\u{1f}市环保局\u{1f}滨城区\u{1f}127\u{1f}"));
    // Text contains, and a null sorted last: Zouping's PM10 of 2025-07-08 is
    // empty (analyser maintenance, says the dataset's description).
    t.filter_pick(1, "");
    t.filter_contains(1, "邹平");
    t.filter_range(0, "2025-07-06", "2025-07-10");
    t.sort(5, false);
    t.refresh();
    assert_eq!(t.view_len(), 5);
    let csv = t.csv();
    let last = csv.trim_end().lines().last().unwrap();
    assert_eq!(last, "2025-07-08,邹平市环保局,邹平市,80,15,,8,22,135,0.4,O3_8h,良");
}
