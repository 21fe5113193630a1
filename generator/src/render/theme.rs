//! The built-in theme, embedded in the binary, and a site's overrides:
//! any file of the site's `theme/` replaces the built-in one of the same name.

use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;

macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../theme/templates/", $name)))),*]
    };
}

pub const TEMPLATES: &[(&str, &str)] = embed!(
    "base.html",
    "macros.html",
    "index.html",
    "catalog.html",
    "dataset.html",
    "agencies.html",
    "agency.html",
    "topics.html",
    "topic.html",
    "page.html",
    "interactions.html",
    "apps.html",
    "changes.html",
    "request.html",
    "quality.html",
    "evaluation.html",
    "apply.html",
    "pledge.html",
    "404.html",
);

pub const STATIC: &[(&str, &[u8])] = &[
    ("style.css", include_bytes!("../../../theme/static/style.css")),
    ("favicon.png", include_bytes!("../../../theme/static/favicon.png")),
    ("print.js", include_bytes!("../../../theme/static/print.js")),
    ("filter.js", include_bytes!("../../../theme/static/filter.js")),
    // The viewer: main.js and inflate.js (a worker) by hand, the other two
    // built by `cargo xtask viewer`.
    ("viewer/inflate.js", include_bytes!("../../../theme/static/viewer/inflate.js")),
    ("viewer/main.js", include_bytes!("../../../theme/static/viewer/main.js")),
    ("viewer/viewer_wasm.js", include_bytes!("../../../theme/static/viewer/viewer_wasm.js")),
    ("viewer/viewer_wasm_bg.wasm", include_bytes!("../../../theme/static/viewer/viewer_wasm_bg.wasm")),
];

pub const I18N: &str = include_str!("../../../theme/i18n.toml");

pub struct Theme {
    pub templates: BTreeMap<String, String>,
    pub statics: BTreeMap<String, Vec<u8>>,
    pub i18n_override: Option<String>,
}

impl Theme {
    pub fn load(site_root: &Path) -> Result<Theme> {
        let mut templates: BTreeMap<String, String> = TEMPLATES.iter().map(|(n, s)| ((*n).to_string(), (*s).to_string())).collect();
        let mut statics: BTreeMap<String, Vec<u8>> = STATIC.iter().map(|(n, b)| ((*n).to_string(), b.to_vec())).collect();
        let dir = site_root.join("theme");
        let tdir = dir.join("templates");
        if tdir.is_dir() {
            for e in walkdir::WalkDir::new(&tdir).sort_by_file_name().into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
                let name = e.path().strip_prefix(&tdir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
                let text = std::fs::read_to_string(e.path()).with_context(|| format!("reading {}", e.path().display()))?;
                templates.insert(name, text);
            }
        }
        let sdir = dir.join("static");
        if sdir.is_dir() {
            for e in walkdir::WalkDir::new(&sdir).sort_by_file_name().into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
                let name = e.path().strip_prefix(&sdir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
                statics.insert(name, std::fs::read(e.path()).with_context(|| format!("reading {}", e.path().display()))?);
            }
        }
        let i18n_path = dir.join("i18n.toml");
        let i18n_override = if i18n_path.is_file() { Some(std::fs::read_to_string(&i18n_path).context("reading theme/i18n.toml")?) } else { None };
        Ok(Theme { templates, statics, i18n_override })
    }

    pub fn tera(&self) -> Result<tera::Tera> {
        let mut tera = tera::Tera::default();
        tera.add_raw_templates(self.templates.iter().map(|(n, s)| (n.as_str(), s.as_str()))).map_err(|e| anyhow::anyhow!(tera_error(&e))).context("the theme's templates do not compile")?;
        tera.autoescape_on(vec![".html"]);
        Ok(tera)
    }
}

/// Tera's error with its whole chain of causes (the first line alone rarely says which tag failed).
pub fn tera_error(e: &tera::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(c) = src {
        s.push_str(": ");
        s.push_str(&c.to_string());
        src = c.source();
    }
    s
}
