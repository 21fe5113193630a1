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

/// Minifies a JavaScript module with oxc (the minifier minify-html uses
/// for the pages' scripts, called directly because minify-html keeps every
/// comment): the theme's scripts and the viewer's glue ship without
/// comments and with short local names. The source comes back unchanged
/// when it does not parse or would not shrink.
pub fn minify_js_module(js: &[u8]) -> Vec<u8> {
    let Ok(source) = std::str::from_utf8(js) else { return js.to_vec() };
    let allocator = oxc_allocator::Allocator::default();
    let parsed = oxc_parser::Parser::new(&allocator, source, oxc_span::SourceType::mjs()).parse();
    if !parsed.errors.is_empty() {
        return js.to_vec();
    }
    let mut program = parsed.program;
    let options = oxc_minifier::MinifierOptions { mangle: Some(oxc_minifier::MangleOptions::default()), compress: Some(oxc_minifier::CompressOptions::safest()) };
    let minified = oxc_minifier::Minifier::new(options).minify(&allocator, &mut program);
    // The mangled names live in the minifier's scoping: without it the codegen prints the old ones.
    let code = oxc_codegen::Codegen::new()
        .with_options(oxc_codegen::CodegenOptions::minify())
        .with_scoping(minified.scoping)
        .with_private_member_mappings(minified.class_private_mappings)
        .build(&program)
        .code;
    if code.len() < js.len() {
        code.into_bytes()
    } else {
        js.to_vec()
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
