//! The viewer's logic over what the generator really writes: the base
//! fixture site is built, then its search index and table chunks are read
//! exactly as the browser module reads them (run natively; the same code is
//! compiled to WebAssembly and driven in headless Chromium by tests/e2e).
// Native only: the generator (polars) does not build for wasm32; tests/wasm.rs
// runs there instead, on the demo portal.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use viewer_wasm::search::{Engine, State};
use viewer_wasm::table::{Filter, Table};

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generator/tests/fixtures/base");
    for e in walk(&fixture) {
        let rel = e.strip_prefix(&fixture).unwrap();
        let dest = site.path().join(rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(&e, dest).unwrap();
    }
    let out = site.path().join("dist");
    kaifang::build(&kaifang::BuildOptions { root: site.path().to_path_buf(), out: out.clone(), today: None, progress: false, cache: None }, &mut |_| {}).unwrap();
    (site, out)
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            v.extend(walk(&e.path()));
        } else {
            v.push(e.path());
        }
    }
    v
}

/// A search file as the page hands it to the module: inflated (the generator gzips them).
fn search_file(out: &Path, name: &str) -> Vec<u8> {
    use std::io::Read;
    let gz = std::fs::read(out.join("search").join(name)).unwrap();
    assert_eq!(gz[..2], [0x1f, 0x8b], "{name} is not gzipped");
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut bytes).unwrap();
    bytes
}

fn engine(out: &Path, query: &str) -> (Engine, State) {
    let mut e = Engine::new(&search_file(out, "entry.kfi"), "zh-CN", "/", "results_count\t共 {n} 个数据集").unwrap();
    let state = State::from_query(query);
    for _ in 0..5 {
        let need = e.missing(&state);
        if need.is_empty() {
            break;
        }
        for f in need {
            e.add_file(&f, &search_file(out, &f)).unwrap();
        }
    }
    assert!(e.missing(&state).is_empty());
    (e, state)
}

#[test]
fn search_finds_chinese_text_by_bigrams_and_filters_by_facets() {
    let (_site, out) = built();
    let (e, s) = engine(&out, "q=%E7%A9%BA%E6%B0%94%E8%B4%A8%E9%87%8F");
    let r = e.results(&s);
    assert_eq!(r.docs.len(), 1);
    assert!(e.results_html(&s, &r).contains("/datasets/air-daily/"));
    // Field names are searchable too (AQI is a column of air.csv).
    let (e, s) = engine(&out, "q=aqi");
    assert_eq!(e.results(&s).docs.len(), 1);
    // No query: every listed dataset, filtered by open type.
    let (e, s) = engine(&out, "open=conditional");
    let r = e.results(&s);
    assert_eq!(r.docs.len(), 1, "discharge-permits only (dibao is opened by its live override)");
    let (e, s) = engine(&out, "");
    let r = e.results(&s);
    assert_eq!(r.docs.len(), 3);
    assert_eq!(r.counts["open"].iter().sum::<usize>(), 3);
    assert!(e.summary(&r, &s).contains("共 3 个数据集"));
}

/// The texts between `open` and the next `<` in `html`, in order.
fn texts_after<'a>(html: &'a str, open: &str) -> Vec<&'a str> {
    html.split(open).skip(1).map(|p| p.split('<').next().unwrap_or_default()).collect()
}

#[test]
fn recent_is_the_numbering_and_title_order_is_fetched_only_when_asked() {
    let (_site, out) = built();
    let entry = viewer_format::search::SearchEntry::decode(&search_file(&out, "entry.kfi")).unwrap();
    let fresh = Engine::new(&search_file(&out, "entry.kfi"), "zh-CN", "/", "").unwrap();
    assert_eq!(fresh.missing_index(&State::from_query("")), vec![entry.facet_file.clone()], "the first query needs the facet table only");
    assert_eq!(fresh.missing_index(&State::from_query("sort=title")), vec![entry.facet_file.clone(), entry.title_file.clone()]);
    // Recent first: the cards' dates never go up.
    let (e, s) = engine(&out, "");
    let html = e.results_html(&s, &e.results(&s));
    let dates = texts_after(&html, "<time datetime=\"");
    assert_eq!(dates.len(), 3);
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // By title: the titles in order.
    let (e, s) = engine(&out, "sort=title");
    let titles: Vec<String> = texts_after(&e.results_html(&s, &e.results(&s)), "/\">").into_iter().map(String::from).collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles.len(), 3);
    assert_eq!(titles, sorted);
    let (e, s) = engine(&out, "sort=recent");
    let recent: Vec<String> = texts_after(&e.results_html(&s, &e.results(&s)), "/\">").into_iter().map(String::from).collect();
    assert_ne!(recent, titles, "the fixture's recent and title orders differ, so the test can tell them apart");
}

#[test]
fn the_table_decodes_filters_sorts_and_exports() {
    let (_site, out) = built();
    let dir = out.join("datasets/air-daily/viewer/air");
    let mut t = Table::new(&std::fs::read(dir.join("manifest.kfm")).unwrap(), "").unwrap();
    let files: Vec<String> = t.manifest.chunks.iter().map(|c| c.file.clone()).collect();
    for (i, f) in files.iter().enumerate() {
        t.add_chunk(i, &std::fs::read(dir.join(f)).unwrap()).unwrap();
    }
    assert!(t.complete());
    t.refresh();
    assert_eq!(t.view_len(), 3);
    t.set_filter(0, Some(Filter::Pick(vec!["市站".into()])));
    t.set_sort(Some(2), true);
    t.refresh();
    assert_eq!(t.view_len(), 2);
    let csv = t.csv();
    assert_eq!(csv, "\u{feff}监测站,日期,AQI,值班电话\r\n市站,2026-11-24,61,13912345678\r\n市站,2026-11-25,58,13912345678\r\n");
    t.set_filter(0, None);
    // 2026-11-25 is day 20,782 since 1970-01-01.
    t.set_filter(1, Some(Filter::Range(Some(20_782.0), None)));
    t.refresh();
    assert_eq!(t.view_len(), 1, "dates from 2026-11-25 on");
    assert_eq!(t.page_cells(1), "市站\u{1f}2026-11-25\u{1f}58\u{1f}13912345678");
    t.set_filter(1, None);
    t.set_filter(0, Some(Filter::Contains("北".into())));
    t.refresh();
    assert_eq!(t.view_len(), 1);
    assert_eq!(t.categories(0), vec!["北站".to_string(), "市站".to_string()]);
}
