//! The machine-readable catalog of a whole build of the base fixture, read
//! back with real parsers: Turtle (oxttl) and JSON-LD (oxjsonld) into one RDF
//! graph each, Atom and sitemaps (quick-xml), JSON into typed structs, the
//! bulk archives (zip).

mod common;

use oxrdf::{Graph, NamedNodeRef, TermRef};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;

const BASE: &str = "https://data.test.example.gov.cn/";
const DCAT: &str = "http://www.w3.org/ns/dcat#";
const DCT: &str = "http://purl.org/dc/terms/";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const EU: &str = "http://publications.europa.eu/resource/authority/";

type Tree = BTreeMap<String, Vec<u8>>;

fn built() -> (tempfile::TempDir, Tree) {
    let site = common::base_site();
    let out = site.path().join("dist");
    common::build(site.path(), &out).expect("the base fixture builds");
    let tree = common::read_tree(&out);
    (site, tree)
}

fn text<'a>(tree: &'a Tree, path: &str) -> &'a str {
    std::str::from_utf8(tree.get(path).unwrap_or_else(|| panic!("{path} is not in the output"))).unwrap()
}

fn sha256(b: &[u8]) -> String {
    Sha256::digest(b).iter().map(|x| format!("{x:02x}")).collect()
}

fn turtle(s: &str) -> Graph {
    let mut g = Graph::new();
    for t in oxttl::TurtleParser::new().for_slice(s.as_bytes()) {
        g.insert(&t.expect("valid Turtle"));
    }
    g
}

fn jsonld(s: &str) -> Graph {
    let mut g = Graph::new();
    for q in oxjsonld::JsonLdParser::new().for_slice(s.as_bytes()) {
        let q = q.expect("valid JSON-LD");
        assert!(q.graph_name.is_default_graph());
        g.insert(oxrdf::TripleRef::new(&q.subject, &q.predicate, &q.object));
    }
    g
}

fn n(iri: &str) -> NamedNodeRef<'_> {
    NamedNodeRef::new(iri).unwrap()
}

fn objects(g: &Graph, s: &str, p: &str) -> Vec<String> {
    let mut v: Vec<String> = g
        .objects_for_subject_predicate(n(s), n(p))
        .map(|o| match o {
            TermRef::NamedNode(x) => x.as_str().to_string(),
            TermRef::Literal(l) => l.value().to_string(),
            TermRef::BlankNode(b) => format!("_:{}", b.as_str()),
        })
        .collect();
    v.sort();
    v
}

#[test]
fn dcat_turtle_and_jsonld_hold_the_same_graph() {
    let (_s, tree) = built();
    let mut ttl = turtle(text(&tree, "catalog.ttl"));
    let mut ld = jsonld(text(&tree, "catalog.jsonld"));
    assert!(ttl.len() > 200, "{} triples", ttl.len());
    assert_eq!(ttl.len(), ld.len());
    ttl.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
    ld.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
    assert_eq!(ttl, ld, "Turtle and JSON-LD differ");
    for id in ["air-daily", "discharge-permits", "dibao"] {
        let (mut a, mut b) = (turtle(text(&tree, &format!("datasets/{id}/dcat.ttl"))), jsonld(text(&tree, &format!("datasets/{id}/dcat.jsonld"))));
        a.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
        b.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
        assert_eq!(a, b, "{id}: Turtle and JSON-LD differ");
    }
}

#[test]
fn dcat_maps_the_regulation_onto_dcat_ap() {
    let (_s, tree) = built();
    let g = turtle(text(&tree, "catalog.ttl"));
    let catalog = format!("{BASE}#catalog");
    let ds = |id: &str| format!("{BASE}datasets/{id}/#dataset");
    assert_eq!(objects(&g, &catalog, RDF_TYPE), [format!("{DCAT}Catalog")]);
    assert_eq!(objects(&g, &catalog, &format!("{DCAT}dataset")), [ds("air-daily"), ds("dibao"), ds("discharge-permits")], "the closed dataset is not listed");
    assert!(!text(&tree, "catalog.ttl").contains("enforcement-cases"));
    // Access rights follow the effective open type (dibao's temporary override is in force).
    for (id, right) in [("air-daily", "PUBLIC"), ("dibao", "PUBLIC"), ("discharge-permits", "RESTRICTED")] {
        assert_eq!(objects(&g, &ds(id), &format!("{DCT}accessRights")), [format!("{EU}access-right/{right}")], "{id}");
    }
    assert_eq!(objects(&g, &ds("air-daily"), &format!("{DCT}accrualPeriodicity")), [format!("{EU}frequency/DAILY")]);
    assert_eq!(objects(&g, &ds("discharge-permits"), "https://kaifang.example/ns#shareType"), ["conditional"]);
    assert_eq!(objects(&g, &ds("discharge-permits"), "https://kaifang.example/ns#legalBasis"), ["《排污许可管理条例》第二十三条"]);
    assert_eq!(objects(&g, &ds("discharge-permits"), "https://kaifang.example/ns#securityLevel"), ["2"]);
    // Files: a download URL, its size and its SHA-256, as published.
    let dist = format!("{BASE}datasets/air-daily/#file-air.csv");
    assert!(objects(&g, &ds("air-daily"), &format!("{DCAT}distribution")).contains(&dist));
    assert_eq!(objects(&g, &dist, &format!("{DCAT}downloadURL")), [format!("{BASE}datasets/air-daily/air.csv")]);
    assert_eq!(objects(&g, &dist, &format!("{DCAT}mediaType")), ["http://www.iana.org/assignments/media-types/text/csv"]);
    let bytes = &tree["datasets/air-daily/air.csv"];
    assert_eq!(objects(&g, &dist, &format!("{DCAT}byteSize")), [bytes.len().to_string()]);
    let sum = objects(&g, &dist, "http://spdx.org/rdf/terms#checksum");
    assert_eq!(sum.len(), 1);
    let sum_node = g.objects_for_subject_predicate(n(&dist), n("http://spdx.org/rdf/terms#checksum")).next().unwrap();
    let TermRef::BlankNode(b) = sum_node else { panic!("checksum is a blank node") };
    let value: Vec<_> = g.objects_for_subject_predicate(b, n("http://spdx.org/rdf/terms#checksumValue")).collect();
    let TermRef::Literal(l) = value[0] else { panic!() };
    assert_eq!(l.value(), sha256(bytes));
    assert_eq!(l.datatype().as_str(), "http://www.w3.org/2001/XMLSchema#hexBinary");
    // The conditional dataset: reached through its page, never downloaded.
    let cond = objects(&g, &ds("discharge-permits"), &format!("{DCAT}distribution"));
    assert_eq!(cond, [format!("{BASE}datasets/discharge-permits/#apply")]);
    assert_eq!(objects(&g, &cond[0], &format!("{DCAT}accessURL")), [format!("{BASE}datasets/discharge-permits/")]);
    assert!(objects(&g, &cond[0], &format!("{DCAT}downloadURL")).is_empty());
    // Linked vocabulary terms are typed, as the range shapes need offline.
    assert_eq!(objects(&g, &format!("{EU}file-type/CSV"), RDF_TYPE), [format!("{DCT}MediaTypeOrExtent")]);
    assert_eq!(objects(&g, &format!("{EU}access-right/RESTRICTED"), RDF_TYPE), [format!("{DCT}RightsStatement")]);
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PodCatalog {
    conforms_to: String,
    dataset: Vec<PodDataset>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PodDataset {
    title: String,
    description: String,
    identifier: String,
    access_level: String,
    accrual_periodicity: String,
    keyword: Vec<String>,
    publisher: PodOrg,
    contact_point: PodContact,
    #[serde(default)]
    distribution: Vec<PodDistribution>,
}

#[derive(Deserialize)]
struct PodOrg {
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PodContact {
    has_email: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PodDistribution {
    #[serde(rename = "downloadURL")]
    download_url: Option<String>,
    #[serde(rename = "accessURL")]
    access_url: Option<String>,
    media_type: Option<String>,
}

#[test]
fn data_json_is_project_open_data_1_1() {
    let (_s, tree) = built();
    let c: PodCatalog = serde_json::from_slice(&tree["data.json"]).unwrap();
    assert_eq!(c.conforms_to, "https://project-open-data.cio.gov/v1.1/schema");
    let by_id: BTreeMap<&str, &PodDataset> = c.dataset.iter().map(|d| (d.identifier.trim_start_matches(BASE).trim_start_matches("datasets/").trim_end_matches('/'), d)).collect();
    assert_eq!(by_id.keys().copied().collect::<Vec<_>>(), ["air-daily", "dibao", "discharge-permits"]);
    assert_eq!(by_id["air-daily"].access_level, "public");
    assert_eq!(by_id["discharge-permits"].access_level, "restricted public");
    assert_eq!(by_id["air-daily"].accrual_periodicity, "R/P1D");
    assert_eq!(by_id["air-daily"].publisher.name, "测试市生态环境局");
    assert_eq!(by_id["air-daily"].contact_point.has_email.as_deref(), Some("mailto:sthjj@test.example.gov.cn"));
    for d in &c.dataset {
        assert!(!d.title.is_empty() && !d.description.is_empty() && !d.keyword.is_empty());
        for x in &d.distribution {
            if x.download_url.is_some() {
                assert!(x.media_type.is_some(), "{}: downloadURL without mediaType", d.title);
                assert_eq!(d.access_level, "public", "{}: a download of data that is not public", d.title);
            }
        }
    }
    let cond = &by_id["discharge-permits"].distribution;
    assert!(cond.iter().all(|x| x.download_url.is_none()) && cond.iter().any(|x| x.access_url.is_some()));
}

#[derive(Deserialize)]
struct Envelope<T> {
    help: String,
    success: bool,
    result: T,
}

#[derive(Deserialize)]
struct Package {
    id: String,
    name: String,
    title: String,
    r#type: String,
    state: String,
    private: bool,
    metadata_created: String,
    metadata_modified: String,
    owner_org: Option<String>,
    organization: Option<Org>,
    num_resources: usize,
    num_tags: usize,
    resources: Vec<Resource>,
    tags: Vec<Tag>,
    extras: Vec<Extra>,
}

#[derive(Deserialize)]
struct Resource {
    id: String,
    package_id: String,
    position: usize,
    url: String,
    format: String,
    size: Option<u64>,
    hash: String,
}

#[derive(Deserialize)]
struct Tag {
    name: String,
}

#[derive(Deserialize)]
struct Extra {
    key: String,
    value: String,
}

#[derive(Deserialize)]
struct Org {
    id: String,
    name: String,
    is_organization: bool,
}

fn envelope<T: serde::de::DeserializeOwned>(tree: &Tree, path: &str) -> T {
    let e: Envelope<T> = serde_json::from_slice(tree.get(path).unwrap_or_else(|| panic!("{path} missing"))).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(e.success, "{path}");
    assert!(e.help.starts_with(&format!("{BASE}api/3/action/help_show?name=")), "{path}");
    e.result
}

#[test]
fn the_static_ckan_api_answers_like_ckan() {
    let (_s, tree) = built();
    let names: Vec<String> = envelope(&tree, "api/3/action/package_list");
    assert_eq!(names, ["air-daily", "dibao", "discharge-permits"]);
    let stamp = |s: &str| s.len() == 19 && s.as_bytes()[10] == b'T';
    let mut ids = Vec::new();
    for name in &names {
        let p: Package = envelope(&tree, &format!("api/3/action/package_show/{name}.json"));
        assert_eq!(&p.name, name);
        assert!(!p.title.is_empty() && p.r#type == "dataset" && p.state == "active" && !p.private);
        assert!(stamp(&p.metadata_created) && stamp(&p.metadata_modified), "{} {}", p.metadata_created, p.metadata_modified);
        assert_eq!((p.num_resources, p.num_tags), (p.resources.len(), p.tags.len()));
        assert!(p.tags.iter().all(|t| !t.name.is_empty()));
        let org = p.organization.as_ref().expect("organization");
        assert!(org.is_organization && (org.name == "sthjj" || org.name == "bcq-mzj"));
        assert_eq!(p.owner_org.as_deref(), Some(org.id.as_str()));
        for (i, r) in p.resources.iter().enumerate() {
            assert_eq!((r.position, r.package_id.as_str()), (i, p.id.as_str()), "{name}");
            assert!(!r.id.is_empty() && r.url.starts_with("http") && !r.format.is_empty());
            if let Some(path) = r.url.strip_prefix(BASE).filter(|p| p.ends_with(".csv")) {
                let bytes = &tree[path];
                assert_eq!((r.size, r.hash.as_str()), (Some(bytes.len() as u64), sha256(bytes).as_str()), "{path}");
            }
        }
        let open = p.extras.iter().find(|x| x.key == "open_type").map(|x| x.value.as_str());
        if name == "discharge-permits" {
            assert_eq!(open, Some("conditional"));
            assert!(p.resources.iter().all(|r| !r.url.ends_with(".csv")), "no data file of a conditional dataset");
        }
        ids.push(p.id);
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "package ids are unique");
    let all: Vec<Package> = envelope(&tree, "api/3/action/current_package_list_with_resources");
    assert_eq!(all.len(), 3);
    assert!(all.windows(2).all(|w| w[0].metadata_modified >= w[1].metadata_modified), "newest first");
    let orgs: Vec<String> = envelope(&tree, "api/3/action/organization_list");
    assert_eq!(orgs, ["bcq-mzj", "sthjj"]);
    let org: serde_json::Value = envelope(&tree, "api/3/action/organization_show/sthjj.json");
    assert_eq!((org["name"].as_str(), org["package_count"].as_u64()), (Some("sthjj"), Some(2)));
    let tags: Vec<String> = envelope(&tree, "api/3/action/tag_list");
    assert!(tags.contains(&"AQI".to_string()) && tags.windows(2).all(|w| w[0] < w[1]));
}

#[derive(Deserialize)]
struct Feed {
    title: String,
    id: String,
    updated: String,
    #[serde(default)]
    link: Vec<Link>,
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Deserialize)]
struct Link {
    #[serde(rename = "@href")]
    href: String,
    #[serde(rename = "@rel")]
    rel: Option<String>,
}

#[derive(Deserialize)]
struct Entry {
    title: String,
    id: String,
    updated: String,
    link: Link,
    summary: String,
    author: Author,
}

#[derive(Deserialize)]
struct Author {
    name: String,
}

#[test]
fn atom_feeds_carry_the_change_logs_newest_first() {
    let (_s, tree) = built();
    let f: Feed = quick_xml::de::from_str(text(&tree, "feed.atom")).unwrap();
    assert!(f.title.contains("测试市公共数据开放网"));
    assert!(f.id.starts_with("urn:uuid:"));
    assert!(f.link.iter().any(|l| l.rel.as_deref() == Some("self") && l.href == format!("{BASE}feed.atom")));
    // air-daily 2 changes, dibao and discharge-permits none; the closed dataset's never.
    assert_eq!(f.entry.len(), 2);
    assert_eq!(f.updated, "2026-11-25T00:00:00Z");
    assert!(f.entry.windows(2).all(|w| w[0].updated >= w[1].updated), "newest first");
    assert_eq!(f.entry[0].title, "环境空气质量日报：更新至11月25日");
    assert_eq!(f.entry[0].id, "tag:data.test.example.gov.cn,2026-11-25:/datasets/air-daily/changes/2");
    assert_eq!(f.entry[0].link.href, format!("{BASE}datasets/air-daily/"));
    assert_eq!((f.entry[0].summary.as_str(), f.entry[0].author.name.as_str()), ("更新至11月25日", "测试市生态环境局"));
    let en: Feed = quick_xml::de::from_str(text(&tree, "en/feed.atom")).unwrap();
    assert_eq!(en.entry[0].title, "Daily air quality: Updated to 25 November");
    assert_eq!(en.entry[0].id, f.entry[0].id, "the same change in both languages");
    let other: Feed = quick_xml::de::from_str(text(&tree, "agencies/bcq-mzj/feed.atom")).unwrap();
    assert!(other.entry.is_empty());
    assert_ne!(other.id, f.id);
    let page = text(&tree, "index.html");
    assert!(page.contains("application/atom+xml") && page.contains("href=/feed.atom"), "the feed is linked from the head");
}

#[derive(Deserialize)]
struct UrlSet {
    url: Vec<SitemapUrl>,
}

#[derive(Deserialize)]
struct SitemapUrl {
    loc: String,
    lastmod: Option<String>,
}

#[test]
fn the_sitemap_lists_every_page_with_lastmod() {
    let (_s, tree) = built();
    let s: UrlSet = quick_xml::de::from_str(text(&tree, "sitemap.xml")).unwrap();
    let pages: Vec<&String> = tree.keys().filter(|k| k.ends_with("index.html")).collect();
    assert_eq!(s.url.len(), pages.len());
    for u in &s.url {
        let path = format!("{}index.html", u.loc.strip_prefix(BASE).expect("absolute, under base_url"));
        assert!(tree.contains_key(&path), "{} is not a page", u.loc);
    }
    assert_eq!(s.url[0].loc, BASE);
    let lastmod = |loc: &str| s.url.iter().find(|u| u.loc == loc).and_then(|u| u.lastmod.clone());
    assert_eq!(lastmod(&format!("{BASE}datasets/air-daily/")).as_deref(), Some("2026-11-25"));
    assert_eq!(lastmod(&format!("{BASE}en/datasets/discharge-permits/")).as_deref(), Some("2026-09-01"));
    assert_eq!(lastmod(BASE).as_deref(), Some("2026-11-25"));
    assert!(text(&tree, "robots.txt").contains(&format!("Sitemap: {BASE}sitemap.xml")));
}

#[derive(Deserialize)]
struct LdDataset {
    #[serde(rename = "@context")]
    context: String,
    #[serde(rename = "@type")]
    ty: String,
    name: String,
    description: String,
    url: String,
    license: serde_json::Value,
    creator: serde_json::Value,
    keywords: Vec<String>,
    distribution: Vec<LdDownload>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LdDownload {
    #[serde(rename = "@type")]
    ty: String,
    content_url: String,
    encoding_format: String,
}

/// The JSON-LD blocks of a page.
fn ld_blocks(html: &str) -> Vec<&str> {
    let mut v = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<script type=application/ld+json>").or_else(|| rest.find("<script type=\"application/ld+json\">")) {
        let body = &rest[i..][rest[i..].find('>').unwrap() + 1..];
        let end = body.find("</script>").expect("closed");
        v.push(&body[..end]);
        rest = &body[end..];
    }
    v
}

#[test]
fn schema_org_json_ld_on_dataset_pages_and_the_home_page() {
    let (_s, tree) = built();
    for (path, html) in tree.iter().filter(|(p, _)| p.ends_with("index.html")) {
        let html = std::str::from_utf8(html).unwrap();
        let blocks = ld_blocks(html);
        let is_dataset = path.starts_with("datasets/") && path.matches('/').count() == 2 || path.starts_with("en/datasets/") && path.matches('/').count() == 3;
        if !is_dataset {
            let home = path == "index.html" || path == "en/index.html";
            assert_eq!(blocks.len(), usize::from(home), "{path}");
            if home {
                let v: serde_json::Value = serde_json::from_str(blocks[0]).unwrap();
                assert_eq!(v["@type"], "DataCatalog");
            }
            continue;
        }
        assert_eq!(blocks.len(), 1, "{path}");
        assert!(!blocks[0].contains('<') && !blocks[0].contains('>'), "{path}: markup in JSON-LD");
        let d: LdDataset = serde_json::from_str(blocks[0]).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!((d.context.as_str(), d.ty.as_str()), ("https://schema.org/", "Dataset"));
        let n = d.description.chars().count();
        assert!((50..=5000).contains(&n), "{path}: description of {n} characters: {}", d.description);
        assert!(!d.name.is_empty() && d.url.starts_with(BASE) && !d.keywords.is_empty() && !d.license.is_null());
        assert_eq!(d.creator["@type"], "Organization");
        assert!(!d.distribution.is_empty());
        for x in &d.distribution {
            assert_eq!(x.ty, "DataDownload");
            assert!(!x.encoding_format.is_empty());
            assert!(tree.contains_key(x.content_url.strip_prefix(BASE).unwrap()), "{path}: {} is not in the output", x.content_url);
        }
        if path.contains("discharge-permits") {
            assert!(d.distribution.iter().all(|x| x.content_url.ends_with("/dcat.jsonld") || x.content_url.ends_with("/dcat.ttl")), "metadata only");
        }
    }
}

#[derive(Deserialize)]
struct Manifest {
    datasets: Vec<ManifestDataset>,
}

#[derive(Deserialize)]
struct ManifestDataset {
    id: String,
    license: Option<serde_json::Value>,
    files: Vec<ManifestFile>,
}

#[derive(Deserialize)]
struct ManifestFile {
    path: String,
    rows: Option<usize>,
    bytes: u64,
    sha256: String,
}

fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (name, b)
        })
        .collect()
}

#[test]
fn bulk_archives_hold_open_data_with_a_manifest() {
    let (site, tree) = built();
    let files = unzip(&tree["open-data.zip"]);
    let m: Manifest = serde_json::from_slice(&files["open-data/manifest.json"]).unwrap();
    assert_eq!(m.datasets.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["air-daily", "dibao"], "unconditional data only");
    for d in &m.datasets {
        for f in &d.files {
            let b = &files[&format!("open-data/{}", f.path)];
            assert_eq!((b.len() as u64, sha256(b)), (f.bytes, f.sha256.clone()), "{}", f.path);
        }
    }
    let air = &m.datasets[0];
    assert!(air.license.is_some());
    assert_eq!(air.files.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(), ["air-daily/air.csv", "air-daily/datapackage.json"]);
    assert!(air.files[0].rows.is_some());
    assert_eq!(files["open-data/air-daily/air.csv"], tree["datasets/air-daily/air.csv"]);
    assert!(String::from_utf8_lossy(&files["open-data/manifest.csv"]).contains("air-daily/air.csv"));
    for (name, b) in &files {
        assert!(!name.contains("permits") && !name.contains("cases"), "{name}");
        assert!(!String::from_utf8_lossy(b).contains("SECRET-PERMIT-001"), "{name}");
    }
    // Per agency; none for an agency without unconditional files.
    assert!(unzip(&tree["agencies/sthjj/open-data.zip"]).contains_key("sthjj-open-data/air-daily/air.csv"));
    assert!(tree.contains_key("agencies/bcq-mzj/open-data.zip"), "dibao is open under its override");
    // The city-wide open list.
    let list = text(&tree, "open-list.csv");
    assert_eq!(list.lines().count(), 4, "header + 3 datasets:\n{list}");
    assert!(!list.contains("enforcement-cases"));
    assert!(tree.contains_key("open-list.xlsx"));
    // Kept in the cache by content: a second build makes nothing new.
    let cache = site.path().join(".kaifang-cache/bulk");
    let before: Vec<_> = std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().path()).collect();
    let stamps: Vec<_> = before.iter().map(|p| std::fs::metadata(p).unwrap().modified().unwrap()).collect();
    common::build(site.path(), &site.path().join("dist2")).unwrap();
    let after: Vec<_> = std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(before.len(), after.len());
    assert_eq!(stamps, before.iter().map(|p| std::fs::metadata(p).unwrap().modified().unwrap()).collect::<Vec<_>>(), "rebuilt without a change");
    // A changed file makes new archives and retires the old ones.
    let csv = site.path().join("datasets/sthjj/air-daily/air.csv");
    let mut text = std::fs::read_to_string(&csv).unwrap();
    text.push_str(&text.lines().last().unwrap().replace("2026", "2025"));
    text.push('\n');
    std::fs::write(&csv, text).unwrap();
    common::build(site.path(), &site.path().join("dist3")).unwrap();
    let now: Vec<_> = std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(now.len(), before.len(), "stale archives are removed");
    assert_ne!(now.iter().collect::<std::collections::BTreeSet<_>>(), before.iter().collect::<std::collections::BTreeSet<_>>());
}
