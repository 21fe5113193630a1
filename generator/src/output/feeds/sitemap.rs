//! `/sitemap.xml` (every page in both languages, with `lastmod`) and
//! `/robots.txt` pointing at it.
//!
//! `lastmod` is the last change of what the page shows: a dataset page its
//! dataset's, an agency's or topic's pages their datasets', the interactions
//! page its last request or answer, the catalog's pages the catalog's. Pages
//! with no date of their own (content pages, the request form) carry none
//! rather than a made-up one.

use super::{abs, last_change, listed, xml_escape};
use crate::catalog::{Dataset, Site};
use crate::date::Date;
use crate::output::Output;

/// The most URLs one sitemap file may list (sitemaps.org).
pub const MAX_URLS: usize = 50_000;

pub fn write(site: &Site, out: &mut Output) {
    let mut pages: Vec<(u8, String, Option<Date>)> = out
        .files
        .keys()
        .filter(|k| k.ends_with("index.html"))
        .map(|k| {
            let route = k.trim_end_matches("index.html");
            let (lang_rank, r) = match route.strip_prefix("en/") {
                Some(r) => (1u8, r),
                None => (0, route),
            };
            (lang_rank * 100 + rank(r), route.to_string(), lastmod(site, r))
        })
        .collect();
    pages.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let urls: Vec<(String, Option<Date>)> = pages.into_iter().map(|(_, route, date)| (abs(site, &route), date)).collect();
    if urls.len() <= MAX_URLS {
        out.add("sitemap.xml", urlset(&urls).into_bytes());
    } else {
        let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (i, chunk) in urls.chunks(MAX_URLS).enumerate() {
            let name = format!("sitemap-{}.xml", i + 1);
            index.push_str(&format!("  <sitemap><loc>{}</loc></sitemap>\n", xml_escape(&abs(site, &name))));
            out.add(name, urlset(chunk).into_bytes());
        }
        index.push_str("</sitemapindex>\n");
        out.add("sitemap.xml", index.into_bytes());
    }
    out.add("robots.txt", format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", abs(site, "sitemap.xml")).into_bytes());
}

fn urlset(urls: &[(String, Option<Date>)]) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (loc, date) in urls {
        x.push_str(&format!("  <url><loc>{}</loc>", xml_escape(loc)));
        if let Some(d) = date {
            x.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        x.push_str("</url>\n");
    }
    x.push_str("</urlset>\n");
    x
}

/// Order of the sitemap: the pages people come for first.
fn rank(route: &str) -> u8 {
    let parts: Vec<&str> = route.trim_end_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] => 0,
        ["datasets"] => 1,
        [_, .., "page", _] => 12,
        ["datasets", "agency" | "topic" | "open-type", ..] => 11,
        ["datasets", _] => 2,
        ["agencies", ..] => 3,
        ["topics", ..] => 4,
        ["changes"] => 5,
        ["interactions"] => 6,
        ["apps"] => 7,
        ["evaluation" | "quality"] => 8,
        _ => 9,
    }
}

fn newest<'a>(ds: impl Iterator<Item = &'a Dataset>) -> Option<Date> {
    ds.map(last_change).max()
}

/// The last change of what the page at `route` (language prefix removed) shows.
pub fn lastmod(site: &Site, route: &str) -> Option<Date> {
    let ds = listed(site);
    let all = newest(ds.iter().copied());
    let mut parts: Vec<&str> = route.trim_end_matches('/').split('/').collect();
    if let [.., _, "page", n] = parts.as_slice() {
        if n.chars().all(|c| c.is_ascii_digit()) {
            parts.truncate(parts.len() - 2); // page 2 of a listing: the listing's date
        }
    }
    match parts.as_slice() {
        [""] | ["datasets"] | ["agencies"] | ["topics"] | ["changes"] | ["evaluation" | "quality"] => all,
        ["datasets", "open-type", t] => newest(ds.iter().copied().filter(|d| d.open_type.key() == *t)),
        ["datasets", "agency", a] | ["agencies", a] => newest(ds.iter().copied().filter(|d| d.agency == *a)),
        ["datasets", "topic", t] | ["topics", t] => newest(ds.iter().copied().filter(|d| d.topics.iter().any(|k| k == t))),
        ["datasets", id] => ds.iter().find(|d| d.id == *id).map(|d| last_change(d)),
        ["interactions"] => site.interactions.iter().map(|i| i.answered.unwrap_or(i.received).max(i.received)).max(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_people_come_for_come_first() {
        assert!(rank("") < rank("datasets/"));
        assert!(rank("datasets/") < rank("datasets/air/"));
        assert!(rank("datasets/air/") < rank("agencies/"));
        assert_eq!(rank("datasets/agency/sthjj/"), 11);
        assert_eq!(rank("datasets/page/2/"), 12);
        assert_eq!(rank("about/"), 9);
    }
}
