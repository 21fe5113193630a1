//! Writing the site: assets, minified pages, files, open lists — into a
//! temporary folder that replaces the previous output only at the end.

pub mod atomic;
pub mod openlist;
pub mod publish;

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
