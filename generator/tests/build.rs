//! Whole builds of the base fixture: what reaches the output and what never does.

mod common;

use std::collections::BTreeMap;

fn built() -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let site = common::base_site();
    let out = site.path().join("dist");
    common::build(site.path(), &out).expect("the base fixture builds");
    let tree = common::read_tree(&out);
    (site, tree)
}

/// A gzipped output file's inflated bytes (the search files).
fn gunzip(tree: &BTreeMap<String, Vec<u8>>, path: &str) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&tree[path][..]).read_to_end(&mut out).unwrap();
    out
}

fn text(tree: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(tree.get(path).unwrap_or_else(|| panic!("{path} is not in the output")).clone()).unwrap()
}

#[test]
fn every_page_of_the_contract_is_built_in_both_languages() {
    let (_s, tree) = built();
    for lang in ["", "en/"] {
        for p in [
            "index.html",
            "datasets/index.html",
            "datasets/air-daily/index.html",
            "datasets/discharge-permits/index.html",
            "datasets/dibao/index.html",
            "datasets/agency/sthjj/index.html",
            "datasets/topic/environment/index.html",
            "datasets/open-type/conditional/index.html",
            "agencies/index.html",
            "agencies/sthjj/index.html",
            "agencies/bcq-mzj/index.html",
            "topics/index.html",
            "topics/environment/index.html",
            "topics/transport/index.html",
            "about/index.html",
            "interactions/index.html",
            "apps/index.html",
            "changes/index.html",
            "request/index.html",
            "404.html",
        ] {
            assert!(tree.contains_key(&format!("{lang}{p}")), "{lang}{p} missing");
        }
    }
    assert!(tree.contains_key("agencies/sthjj/open-list.csv"));
    assert!(tree.contains_key("agencies/sthjj/open-list.xlsx"));
    assert!(tree.keys().any(|k| k.starts_with("assets/style.") && k.ends_with(".css")), "fingerprinted CSS");
    let en = text(&tree, "en/datasets/air-daily/index.html");
    assert!(en.contains("<html lang=en") || en.contains("<html lang=\"en\""), "English page lang");
    assert!(en.contains("Daily air quality"), "title_en used on English pages");
    assert!(en.contains("Updated to 25 November"), "change summary_en used");
}

#[test]
fn conditional_and_closed_files_never_reach_the_output() {
    let (_s, tree) = built();
    assert!(tree.contains_key("datasets/air-daily/air.csv"));
    for (path, bytes) in &tree {
        assert!(!path.ends_with("permits.csv") && !path.ends_with("cases.csv"), "{path} published");
        let s = String::from_utf8_lossy(bytes);
        assert!(!s.contains("SECRET-PERMIT-001") && !s.contains("CLOSED-CASE-001"), "{path} holds data of a conditional or closed dataset");
    }
    // A closed dataset gets no page unless list_closed is set.
    assert!(!tree.keys().any(|k| k.contains("enforcement-cases")));
    let conditional = text(&tree, "datasets/discharge-permits/index.html");
    assert!(conditional.contains("mailto:submit@test.example.gov.cn?subject="), "apply action");
    assert!(!conditional.contains(" download"), "no download on a conditional page");
}

#[test]
fn a_live_temporary_override_publishes_masked_files_only() {
    let (site, tree) = built();
    let published = text(&tree, "datasets/dibao/dibao.csv");
    let source = std::fs::read_to_string(site.path().join("datasets/bcq-mzj/dibao/dibao.csv")).unwrap();
    assert!(published.starts_with("姓名,身份证号码,保障人数,月保障金额\n"));
    assert!(published.contains("张*,371602********1235,"), "{published}");
    assert!(published.contains("欧阳**,"), "{published}");
    // No original name or ID number appears anywhere in the output.
    for line in source.lines().skip(1) {
        let mut cells = line.split(',');
        let (name, id) = (cells.next().unwrap(), cells.next().unwrap());
        for (path, bytes) in &tree {
            let s = String::from_utf8_lossy(bytes);
            assert!(!s.contains(id), "{path} leaks {id}");
            assert!(!s.contains(name), "{path} leaks {name}");
        }
    }
    let page = text(&tree, "datasets/dibao/index.html");
    assert!(page.contains("冬季救助专项公示"), "the override's reason is shown");
}

#[test]
fn the_override_ends_by_itself_after_until() {
    let site = common::base_site();
    let out = site.path().join("dist");
    kaifang::build(
        &kaifang::BuildOptions { root: site.path().to_path_buf(), out: out.clone(), today: kaifang::date::Date::parse("2027-01-01"), progress: false, cache: None },
        &mut |_| {},
    )
    .unwrap();
    let tree = common::read_tree(&out);
    assert!(!tree.contains_key("datasets/dibao/dibao.csv"), "still published after `until`");
    assert!(text(&tree, "datasets/dibao/index.html").contains("kf-action--conditional"));
}

#[test]
fn markdown_cannot_put_a_script_on_a_page() {
    let (_s, tree) = built();
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let mut s = String::from_utf8_lossy(bytes).into_owned();
        // Data blocks (schema.org, the viewer's settings) are never executed and
        // their JSON escapes `<`; the viewer module is a file of the theme.
        for open in ["<script type=application/ld+json>", "<script id=kf-config type=application/json>"] {
            while let Some(i) = s.find(open) {
                let end = s[i..].find("</script>").map_or(s.len(), |e| i + e + "</script>".len());
                assert!(!s[i + open.len()..end - 9].contains('<'), "{path}: markup inside a data block");
                s.replace_range(i..end, "");
            }
        }
        while let Some(i) = s.find("<script src=/assets/viewer-") {
            let end = s[i..].find("</script>").map_or(s.len(), |e| i + e + "</script>".len());
            assert!(s[i..end].ends_with("/main.js type=module></script>"), "{path}: an unexpected script");
            s.replace_range(i..end, "");
        }
        // The theme's two small scripts (print button, interaction filters).
        for name in ["print", "filter"] {
            while let Some(i) = s.find(&format!("<script src=/assets/{name}.")) {
                let end = s[i..].find("</script>").map_or(s.len(), |e| i + e + "</script>".len());
                assert!(s[i..end].ends_with(".js type=module></script>"), "{path}: an unexpected script");
                s.replace_range(i..end, "");
            }
        }
        assert!(!s.contains("<script"), "{path} has a script tag");
        assert!(!s.contains("alert("), "{path} carries the script's text as markup");
    }
}

#[test]
fn open_lists_as_csv_and_xlsx() {
    use calamine::{Reader, Xlsx};
    let (_s, tree) = built();
    let csv = text(&tree, "agencies/sthjj/open-list.csv");
    assert!(csv.starts_with('\u{feff}'), "BOM for spreadsheet programs");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "header + air-daily + discharge-permits (closed is not on the open list):\n{csv}");
    assert!(lines[1].contains("air-daily") && lines[1].contains("无条件开放"));
    assert!(lines[2].contains("有条件开放") && lines[2].contains("《排污许可管理条例》第二十三条"));
    let bytes = tree["agencies/sthjj/open-list.xlsx"].clone();
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(range.height(), 3);
    assert_eq!(range.get((1, 2)).map(|c| c.to_string()), Some("air-daily".into()));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let site = common::base_site();
    let (a, b) = (site.path().join("a"), site.path().join("b"));
    common::build(site.path(), &a).unwrap();
    common::build(site.path(), &b).unwrap();
    let (ta, tb) = (common::read_tree(&a), common::read_tree(&b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (k, v) in &ta {
        assert!(v == &tb[k], "{k} differs between two builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = common::base_site();
    let out = site.path().join("dist");
    common::build(site.path(), &out).unwrap();
    let before = common::read_tree(&out);
    // Break the site: an unmasked resident ID column and a typo.
    let md = site.path().join("datasets/bcq-mzj/dibao/dataset.md");
    let text = std::fs::read_to_string(&md).unwrap().replace("mask = [\"姓名\", \"身份证号码\"]", "mask = [\"姓名\"]");
    std::fs::write(&md, text).unwrap();
    let err = common::build(site.path(), &out).unwrap_err();
    let failed = err.downcast_ref::<kaifang::BuildFailed>().expect("diagnostics");
    assert_eq!(failed.0.errors(), 1);
    assert_eq!(common::read_tree(&out), before, "the output changed");
    let leftovers: Vec<_> = std::fs::read_dir(site.path()).unwrap().filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().starts_with(".dist")).collect();
    assert!(leftovers.is_empty(), "temporary folders left behind");
}

#[test]
fn a_site_theme_overrides_one_template_and_one_string() {
    let site = common::base_site();
    std::fs::create_dir_all(site.path().join("theme/templates")).unwrap();
    std::fs::write(site.path().join("theme/templates/404.html"), "{% extends \"base.html\" %}{% block main %}<h1>走丢了</h1>{% endblock main %}").unwrap();
    std::fs::write(site.path().join("theme/i18n.toml"), "[zh-CN]\nnav_home = \"门户首页\"\n").unwrap();
    let out = site.path().join("dist");
    common::build(site.path(), &out).unwrap();
    let tree = common::read_tree(&out);
    assert!(text(&tree, "404.html").contains("走丢了"));
    assert!(text(&tree, "index.html").contains("门户首页"));
    assert!(text(&tree, "datasets/index.html").contains("数据目录"), "other templates stay built-in");
}

/// The `<main>` of a page, one tag a line, for snapshots.
fn main_fragment(html: &str) -> String {
    let start = html.find("<main").expect("<main>");
    let end = html.find("</main>").expect("</main>") + "</main>".len();
    // The viewer's folder is named by the hash of its files: redacted, so a
    // rebuilt viewer does not change the snapshots of the pages.
    let mut s = html[start..end].replace("><", ">\n<");
    let key = "/assets/viewer-";
    let mut from = 0;
    while let Some(i) = s[from..].find(key).map(|i| i + from + key.len()) {
        let n = s[i..].find('/').unwrap_or(0);
        s.replace_range(i..i + n, "[hash]");
        from = i;
    }
    s
}

#[test]
fn snapshots_of_main_fragments() {
    let (_s, tree) = built();
    for (name, path) in [
        ("dataset_unconditional_zh", "datasets/air-daily/index.html"),
        ("dataset_unconditional_en", "en/datasets/air-daily/index.html"),
        ("dataset_conditional_zh", "datasets/discharge-permits/index.html"),
        ("catalog_zh", "datasets/index.html"),
        ("agency_zh", "agencies/sthjj/index.html"),
        ("interactions_en", "en/interactions/index.html"),
    ] {
        insta::assert_snapshot!(name, main_fragment(&text(&tree, path)));
    }
}

/// An open dataset's download box links down to its preview (a long scroll
/// away on a phone), by the id of the preview's heading, in both languages;
/// a conditional dataset has no preview to link to.
#[test]
fn the_download_box_links_down_to_the_preview() {
    let (_s, tree) = built();
    for (path, label) in [("datasets/air-daily/index.html", "在线预览数据"), ("en/datasets/air-daily/index.html", "Preview the data")] {
        let page = text(&tree, path);
        let action = &page[page.find("kf-action--unconditional").expect("a download box")..];
        let action = &action[..action.find("</section>").unwrap()];
        let link = format!("<a href=#kf-table-1>{label}</a>");
        assert!(action.contains(&link), "{path}: no {link} in {action}");
        assert!(page.contains("<h2 id=kf-table-1>"), "{path}: the link leads nowhere");
    }
    assert!(!text(&tree, "datasets/discharge-permits/index.html").contains("#kf-table-"));
}

/// The viewer a visitor downloads (WASM, its glue, main.js and the search
/// pack's worker, as the build ships them) stays within the 150 KB
/// gzipped.
#[test]
fn the_viewer_ships_within_150_kb_gzipped() {
    use std::io::Write;
    let (_site, tree) = built();
    let files: Vec<(&String, &Vec<u8>)> = tree.iter().filter(|(p, _)| p.starts_with("assets/viewer-")).collect();
    let names: Vec<&str> = files.iter().filter_map(|(p, _)| p.rsplit('/').next()).collect();
    assert_eq!(names, ["inflate.js", "main.js", "viewer_wasm.js", "viewer_wasm_bg.wasm"]);
    let gzipped: usize = files
        .iter()
        .map(|(_, bytes)| {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            enc.write_all(bytes).unwrap();
            enc.finish().unwrap().len()
        })
        .sum();
    assert!(gzipped <= 150_000, "the viewer is {gzipped} bytes gzipped");
    // Shipped minified: smaller than the source, without its comments, local names mangled.
    let main = String::from_utf8(files[1].1.clone()).unwrap();
    assert!(main.contains("import") && main.len() < include_bytes!("../../theme/static/viewer/main.js").len());
    assert!(!main.contains("progressive enhancement"), "main.js ships its comments");
    assert!(!main.contains("function bytes(url"), "main.js ships its long local names");
    // The glue keeps its exports (main.js imports them by name).
    let glue = String::from_utf8(files[2].1.clone()).unwrap();
    assert!(glue.contains("export class Search") && glue.contains("export class Table") && glue.contains("as default"));
}

#[test]
fn the_catalog_page_preloads_what_its_first_view_needs() {
    let (_site, tree) = built();
    let gunzip = |path: &str| gunzip(&tree, path);
    let entry = viewer_format::search::SearchEntry::decode(&gunzip("search/entry.kfi")).unwrap();
    for page in ["datasets/index.html", "en/datasets/index.html"] {
        let html = text(&tree, page);
        let preloads: Vec<&str> = html
            .split("<link ")
            .skip(1)
            .filter(|l| l.contains("rel=preload") || l.contains("rel=modulepreload"))
            .filter_map(|l| l.split("href=").nth(1)?.split([' ', '>']).next())
            .collect();
        // Each preloaded file is in the output, and they are the ones the viewer asks for first.
        for p in &preloads {
            assert!(tree.contains_key(p.trim_start_matches('/')), "{page} preloads {p}, which is not in the output");
        }
        let search: Vec<&str> = preloads.iter().filter_map(|p| p.strip_prefix("/search/")).collect();
        assert_eq!(search, ["entry.kfi", entry.facet_file.as_str(), entry.doc_chunks[0].file.as_str()], "{page}");
        assert!(preloads.iter().any(|p| p.ends_with("/viewer_wasm.js")) && preloads.iter().any(|p| p.ends_with("/viewer_wasm_bg.wasm")), "{page}");
        // The live search requests the same files as soon as it starts.
        let first = html.split("data-kf-first=").nth(1).and_then(|a| a.trim_start_matches('"').split(['"', '>']).next()).unwrap_or_default();
        assert_eq!(first.split_whitespace().collect::<Vec<_>>(), search[1..], "{page}");
    }
    // Other pages do not: an agency's page has no live search.
    assert!(!text(&tree, "agencies/index.html").contains("/search/"));
}

#[test]
fn the_search_pack_holds_every_search_file_but_the_entry() {
    let (_site, tree) = built();
    let gunzip = |path: &str| gunzip(&tree, path);
    let names: Vec<String> = ["datasets/index.html", "en/datasets/index.html"]
        .iter()
        .map(|page| text(&tree, page).split("data-kf-pack=").nth(1).and_then(|a| a.trim_start_matches('"').split(['"', ' ', '>']).next()).unwrap_or_default().to_string())
        .collect();
    assert!(names[0].starts_with("p-") && names[0].ends_with(".kfp"), "{names:?}");
    assert_eq!(names[0], names[1], "both languages name the same pack");
    let pack = gunzip(&format!("search/{}", names[0]));
    let files = viewer_format::search::decode_pack(&pack).unwrap();
    let mut in_pack: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    in_pack.sort();
    let mut on_disk: Vec<&str> = tree.keys().filter_map(|k| k.strip_prefix("search/")).filter(|k| *k != "entry.kfi" && !k.ends_with(".kfp")).collect();
    on_disk.sort();
    assert_eq!(in_pack, on_disk);
    for (name, body) in &files {
        assert_eq!(*body, gunzip(&format!("search/{name}")).as_slice(), "{name} differs in the pack");
    }
    // Every file the entry names is there: term and document chunks, facets, title order.
    let entry = viewer_format::search::SearchEntry::decode(&gunzip("search/entry.kfi")).unwrap();
    let named = entry.term_chunks.iter().map(|c| &c.file).chain(entry.doc_chunks.iter().map(|c| &c.file)).chain([&entry.facet_file, &entry.title_file]);
    for f in named {
        assert!(in_pack.contains(&f.as_str()), "{f} is not in the pack");
    }
}
