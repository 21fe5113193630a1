//! Atom feeds of the catalog's change logs (art. 12): the site's at
//! `/feed.atom` and each agency's at `/agencies/<id>/feed.atom`, in both
//! languages (`/en/…`). One entry per change, newest first.
//!
//! Entry ids are `tag:` URIs (RFC 4151) made of the portal's host, the
//! change's date and its place in the dataset's log; feed ids are stable
//! UUIDs. Times are the change dates: the clock is never read.

use super::{abs, in_lang, last_change, listed, pick, stable_uuid, xml_escape};
use crate::catalog::{Agency, Dataset, Site};
use crate::date::Date;
use crate::output::Output;
use crate::render::i18n::{I18n, LANGS};

/// The newest entries a feed carries.
pub const FEED_LIMIT: usize = 100;

pub fn write(site: &Site, i18n: &I18n, out: &mut Output) {
    for lang in LANGS {
        out.add(in_lang(lang, "feed.atom"), feed(site, i18n, lang, None).into_bytes());
        for a in &site.agencies {
            out.add(in_lang(lang, &format!("agencies/{}/feed.atom", a.id)), feed(site, i18n, lang, Some(a)).into_bytes());
        }
    }
}

/// `data.example.gov.cn` of `https://data.example.gov.cn:8443/portal/`.
fn host(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    host.to_ascii_lowercase()
}

/// `tag:host,date:/path/datasets/<id>/changes/<n>`: the n-th change (from 1)
/// of the dataset's log, which only ever grows at its end.
pub fn entry_id(site: &Site, d: &Dataset, n: usize, date: Date) -> String {
    format!("tag:{},{date}:{}datasets/{}/changes/{n}", host(&site.config.base_url), site.config.base_path, d.id)
}

fn time(d: Date) -> String {
    format!("{d}T00:00:00Z")
}

pub fn feed(site: &Site, i18n: &I18n, lang: &str, agency: Option<&Agency>) -> String {
    let cfg = &site.config;
    let ds: Vec<&Dataset> = listed(site).into_iter().filter(|d| agency.is_none_or(|a| a.id == d.agency)).collect();
    let mut changes: Vec<(Date, &Dataset, usize)> = ds.iter().flat_map(|d| d.changes.iter().enumerate().map(move |(i, c)| (c.date, *d, i))).collect();
    changes.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)).then_with(|| b.2.cmp(&a.2)));
    changes.truncate(FEED_LIMIT);
    let site_title = pick(&cfg.title, cfg.title_en.as_ref(), lang);
    let (title, path, alternate) = match agency {
        Some(a) => (
            i18n.tf(lang, "feed_agency_title", &[("agency", pick(&a.name, a.name_en.as_ref(), lang)), ("site", site_title)]),
            in_lang(lang, &format!("agencies/{}/feed.atom", a.id)),
            in_lang(lang, &format!("agencies/{}/", a.id)),
        ),
        None => (i18n.tf(lang, "feed_title", &[("site", site_title)]), in_lang(lang, "feed.atom"), in_lang(lang, "changes/")),
    };
    let updated = changes.first().map(|c| c.0).or_else(|| ds.iter().map(|d| last_change(d)).max()).unwrap_or(cfg.today);
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n"));
    x.push_str(&format!("  <title>{}</title>\n", xml_escape(&title)));
    x.push_str(&format!("  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n", xml_escape(&abs(site, &path))));
    x.push_str(&format!("  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", xml_escape(&abs(site, &alternate))));
    x.push_str(&format!("  <id>urn:uuid:{}</id>\n", stable_uuid(&format!("{}|feed|{path}", cfg.base_url))));
    x.push_str(&format!("  <updated>{}</updated>\n", time(updated)));
    x.push_str(&format!("  <author><name>{}</name></author>\n", xml_escape(site_title)));
    x.push_str("  <generator>Kaifang</generator>\n");
    for (date, d, i) in changes {
        let ch = &d.changes[i];
        let title = pick(&d.title, d.title_en.as_ref(), lang);
        let what = pick(&ch.summary, ch.summary_en.as_ref(), lang);
        let agency_name = site.agency(&d.agency).map_or(d.agency.as_str(), |a| pick(&a.name, a.name_en.as_ref(), lang));
        x.push_str("  <entry>\n");
        x.push_str(&format!("    <title>{}</title>\n", xml_escape(&i18n.tf(lang, "feed_entry_title", &[("title", title), ("change", what)]))));
        x.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", xml_escape(&abs(site, &in_lang(lang, &format!("datasets/{}/", d.id))))));
        x.push_str(&format!("    <id>{}</id>\n", xml_escape(&entry_id(site, d, i + 1, date))));
        x.push_str(&format!("    <published>{}</published>\n", time(date)));
        x.push_str(&format!("    <updated>{}</updated>\n", time(date)));
        x.push_str(&format!("    <author><name>{}</name></author>\n", xml_escape(agency_name)));
        x.push_str(&format!("    <category term=\"{}\" label=\"{}\"/>\n", d.open_type.key(), xml_escape(&i18n.t(lang, &format!("open_{}", d.open_type.key())))));
        x.push_str(&format!("    <summary type=\"text\">{}</summary>\n", xml_escape(what)));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_base_urls() {
        assert_eq!(host("https://Data.Example.gov.cn/"), "data.example.gov.cn");
        assert_eq!(host("http://u@a.cn:8443/portal/"), "a.cn");
    }
}
