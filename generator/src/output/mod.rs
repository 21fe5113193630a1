//! Writing the site: assets, minified pages, files, open lists — into a
//! temporary folder that replaces the previous output only at the end.

pub mod atomic;
pub mod datapackage;
pub mod feeds;
pub mod openlist;
pub mod publish;
pub mod search;

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// `style.css` → `assets/style.1a2b3c4d5e.css`: names change when content does,
/// so a CDN can cache them for ever.
pub fn fingerprint(name: &str, bytes: &[u8]) -> String {
    let h = publish::hex(&Sha256::digest(bytes));
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("assets/{stem}.{}.{ext}", &h[..10]),
        None => format!("assets/{name}.{}", &h[..10]),
    }
}

pub fn minify(html: &str) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_closing_tags = true;
    cfg.keep_html_and_head_opening_tags = true;
    cfg.minify_css = true;
    cfg.minify_js = false;
    minify_html::minify(html.as_bytes(), &cfg)
}

/// Minifies a JavaScript module with oxc, through minify-html (the crate
/// that minifies the pages): the theme's scripts and the viewer's glue
/// ship without comments and with short local names. The source comes back
/// unchanged when it does not parse or would not shrink.
pub fn minify_js_module(js: &[u8]) -> Vec<u8> {
    const OPEN: &[u8] = b"<script type=module>";
    const CLOSE: &[u8] = b"</script>";
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_closing_tags = true;
    cfg.minify_js = true;
    let doc = [OPEN, js, CLOSE].concat();
    let out = minify_html::minify(&doc, &cfg);
    let body = out.iter().position(|b| *b == b'>').map(|i| i + 1).zip(out.windows(CLOSE.len()).rposition(|w| w == CLOSE));
    match body {
        Some((start, end)) if out.starts_with(b"<script") && start <= end && end - start < js.len() => out[start..end].to_vec(),
        _ => js.to_vec(),
    }
}

/// The files of a build, in memory, by path relative to the output folder.
#[derive(Default)]
pub struct Output {
    pub files: BTreeMap<String, publish::Content>,
}

impl Output {
    pub fn add(&mut self, path: impl Into<String>, bytes: Vec<u8>) {
        self.files.insert(path.into(), publish::Content::Bytes(bytes));
    }
    pub fn pages(&self) -> usize {
        self.files.keys().filter(|k| k.ends_with(".html")).count()
    }
}

/// The Content-Security-Policy the portal holds to: no inline script or
/// style, scripts and WebAssembly only from the site itself, forms only to
/// the site or the configured submit channel.
pub fn csp(submit_url: Option<&str>) -> String {
    let form = submit_url.map(|u| format!(" {}", origin_of(u))).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'{form}; frame-ancestors 'none'"
    )
}

fn origin_of(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    format!("{scheme}://{host}")
}

/// Response headers for hosts that read a `_headers` file (Netlify,
/// Cloudflare Pages, and `cargo xtask demo`'s own server): the CSP and the
/// caching of fingerprinted assets.
pub fn headers(submit_url: Option<&str>) -> String {
    format!(
        "/*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n",
        csp(submit_url)
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn scripts_are_minified_or_left_as_they_are() {
        let src = b"// a comment\nexport function add(first, second) {\n  const total = first + second;\n  return total;\n}\n";
        let min = String::from_utf8(minify_js_module(src)).unwrap();
        assert!(min.len() < src.len() && min.contains("export function add"), "{min}");
        assert!(!min.contains("</script"));
        // Not JavaScript: shipped as written.
        let broken = b"export function (";
        assert_eq!(minify_js_module(broken), broken);
    }

    use super::*;

    #[test]
    fn csp_is_strict_and_allows_the_form_origin() {
        let c = csp(Some("https://forms.example.gov.cn/od?x=1"));
        assert!(c.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(!c.contains("unsafe-inline"));
        assert!(c.contains("form-action 'self' https://forms.example.gov.cn;"));
        assert!(headers(None).starts_with("/*\n  Content-Security-Policy: default-src 'self';"));
    }

    #[test]
    fn fingerprints_change_with_content() {
        assert_ne!(fingerprint("style.css", b"a"), fingerprint("style.css", b"b"));
        assert!(fingerprint("style.css", b"a").starts_with("assets/style."));
    }
}
