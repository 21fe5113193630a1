//! The machine-readable catalog: every standard a harvester expects, each
//! written from the resolved site and the data stage's output.
//!
//! | file | standard |
//! |---|---|
//! | `catalog.ttl`, `catalog.jsonld`, `datasets/<id>/dcat.{ttl,jsonld}` | DCAT-AP 3 ([`dcat`]) |
//! | JSON-LD in every dataset page and the home page | schema.org ([`schemaorg`]) |
//! | `data.json` | Project Open Data v1.1 ([`datajson`]) |
//! | `api/3/action/…` | CKAN API v3, static ([`ckan`]) |
//! | `feed.atom`, `agencies/<id>/feed.atom` (and `en/…`) | Atom ([`atom`]) |
//! | `sitemap.xml`, `robots.txt` | crawlers ([`sitemap`]) |
//! | `open-data.zip`, `agencies/<id>/open-data.zip`, `open-list.{csv,xlsx}` | bulk download ([`bulk`]) |
//!
//! Nothing here reads the clock: dates come from the catalog and `today`.

pub mod atom;
pub mod bulk;
pub mod ckan;
pub mod datajson;
pub mod dcat;
pub mod linked;
pub mod rdf;
pub mod schemaorg;
pub mod sitemap;
pub mod vocab;

use crate::catalog::{Dataset, Site};
use crate::data::DataOutput;
use crate::date::Date;
use crate::output::Output;
use crate::render::i18n::I18n;
use crate::render::views::enc;
use anyhow::Result;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;

pub use rdf::KF_NS;

/// Writes every machine-readable file into `out`. Call after the pages are
/// in it: the sitemap lists them.
pub fn write_all(site: &Site, data: &DataOutput, i18n: &I18n, out: &mut Output, cache_dir: &Path) -> Result<()> {
    dcat::write(site, data, i18n, out);
    datajson::write(site, data, i18n, out);
    ckan::write(site, data, i18n, out);
    atom::write(site, i18n, out);
    bulk::write(site, data, i18n, out, cache_dir)?;
    sitemap::write(site, out);
    Ok(())
}

/// Datasets in the machine-readable catalog (those with a page), by id.
pub fn listed(site: &Site) -> Vec<&Dataset> {
    let mut v: Vec<&Dataset> = site.datasets.iter().filter(|d| d.listed(&site.config.policy)).collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

/// The last day anything about the dataset changed: its data or its change log.
pub fn last_change(d: &Dataset) -> Date {
    d.changes.iter().map(|c| c.date).chain([d.modified]).max().unwrap_or(d.modified)
}

/// Absolute URL of a path of the output (`datasets/x/` → `https://…/datasets/x/`).
pub fn abs(site: &Site, path: &str) -> String {
    format!("{}{}", site.config.base_url, path.trim_start_matches('/'))
}

/// The route of a page in a language: English pages live under `en/`.
pub fn in_lang(lang: &str, route: &str) -> String {
    if lang == "en" {
        format!("en/{route}")
    } else {
        route.to_string()
    }
}

/// Path of a published file, each segment percent-encoded.
pub fn file_path(dataset: &str, name: &str) -> String {
    format!("datasets/{dataset}/{}", name.split('/').map(enc).collect::<Vec<_>>().join("/"))
}

pub fn pick<'a>(zh: &'a str, en: Option<&'a String>, lang: &str) -> &'a str {
    match en {
        Some(e) if lang == "en" && !e.trim().is_empty() => e,
        _ => zh,
    }
}

/// The English text when there is one.
pub fn english(en: Option<&String>) -> Option<&str> {
    en.map(String::as_str).filter(|e| !e.trim().is_empty())
}

/// A dataset's short description: its summary, else its title.
pub fn summary(d: &Dataset, lang: &str) -> String {
    match (lang, english(d.summary_en.as_ref()), d.summary.as_deref().filter(|s| !s.trim().is_empty())) {
        ("en", Some(en), _) => en.to_string(),
        (_, _, Some(s)) => s.to_string(),
        _ => pick(&d.title, d.title_en.as_ref(), lang).to_string(),
    }
}

/// Markdown as plain text, from the sanitised HTML: what a script tag held
/// is gone with the tag, as on the page.
pub fn plain_text(md: &str) -> String {
    let html = crate::render::markdown::to_html(md);
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        out.push(' ');
        rest = rest[i..].find('>').map_or("", |j| &rest[i + j + 1..]);
    }
    out.push_str(rest);
    decode_entities(&out).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A stable UUID (version 8, RFC 9562) named by `key`: the same key gives
/// the same id in every build, on every machine.
pub fn stable_uuid(key: &str) -> String {
    let h = Sha256::digest(format!("kaifang\0{key}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex = crate::output::publish::hex(&b);
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// Text for XML: markup characters escaped, characters XML 1.0 forbids dropped.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Pretty JSON with a final newline.
pub fn json_bytes(v: &impl Serialize) -> Vec<u8> {
    let mut b = serde_json::to_vec_pretty(v).unwrap_or_default();
    b.push(b'\n');
    b
}

/// Truncates to `n` characters, ending with `…` when cut.
pub fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// A link of the machine-readable sections of pages.
#[derive(Debug, Clone, Serialize)]
pub struct MachineLink {
    pub url: String,
    pub label: String,
}

/// The machine-readable versions of one dataset, for its page (links under
/// the base path). The data package is linked by the template itself.
pub fn dataset_links(site: &Site, i18n: &I18n, d: &Dataset, lang: &str) -> Vec<MachineLink> {
    let bp = &site.config.base_path;
    vec![
        MachineLink { url: format!("{bp}datasets/{}/dcat.ttl", d.id), label: i18n.t(lang, "mr_dcat_ttl") },
        MachineLink { url: format!("{bp}datasets/{}/dcat.jsonld", d.id), label: i18n.t(lang, "mr_dcat_jsonld") },
        MachineLink { url: format!("{bp}{}", ckan::show_path(&d.id)), label: i18n.t(lang, "mr_ckan_package") },
    ]
}

/// The portal's bulk downloads and machine-readable catalog, for the home page.
pub fn catalog_links(site: &Site, data: &DataOutput, i18n: &I18n, lang: &str) -> Vec<MachineLink> {
    let bp = &site.config.base_path;
    let t = |k: &str| i18n.t(lang, k);
    let mut v = Vec::new();
    if bulk::has_archive(site, data, None) {
        v.push(MachineLink { url: format!("{bp}{}", bulk::archive_path(None)), label: t("bulk_all") });
    }
    v.extend([
        MachineLink { url: format!("{bp}open-list.csv"), label: t("open_list_city_csv") },
        MachineLink { url: format!("{bp}open-list.xlsx"), label: t("open_list_city_xlsx") },
        MachineLink { url: format!("{bp}catalog.ttl"), label: t("mr_catalog_ttl") },
        MachineLink { url: format!("{bp}catalog.jsonld"), label: t("mr_catalog_jsonld") },
        MachineLink { url: format!("{bp}data.json"), label: t("mr_datajson") },
        MachineLink { url: format!("{bp}api/3/action/package_list"), label: t("mr_ckan_api") },
        MachineLink { url: format!("{bp}{}", in_lang(lang, "feed.atom")), label: t("feed_link") },
    ]);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_scripts_and_markup() {
        assert_eq!(plain_text("逐日。<script>alert(\"x\")</script>\n\n## 字段\n\n| a | b |\n|---|---|\n| 1 & 2 | <3 |"), "逐日。 字段 a b 1 & 2 <3");
        assert_eq!(decode_entities("&#x4E2D;&#25991;&amp;&bogus"), "中文&&bogus");
    }

    #[test]
    fn stable_uuids() {
        let a = stable_uuid("https://a.cn/|dataset|x");
        assert_eq!(a, stable_uuid("https://a.cn/|dataset|x"));
        assert_ne!(a, stable_uuid("https://b.cn/|dataset|x"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8", "version 8");
        assert!("89ab".contains(&a[19..20]), "RFC variant");
    }

    #[test]
    fn xml_text_is_escaped_and_cleaned() {
        assert_eq!(xml_escape("a<b>&\"'\u{1}c"), "a&lt;b&gt;&amp;&quot;&apos;c");
    }

    #[test]
    fn files_are_percent_encoded() {
        assert_eq!(file_path("x", "数据 1.csv"), "datasets/x/%E6%95%B0%E6%8D%AE%201.csv");
    }
}
