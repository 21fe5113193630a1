//! `kaifang build`: the site folder → a static portal.

use crate::catalog::Site;
use crate::date::Date;
use crate::data::DataOutput;
use crate::output::publish::Content;
use crate::output::{fingerprint, minify, openlist, Output};
use crate::render::i18n::I18n;
use crate::render::pages::Renderer;
use crate::render::theme::Theme;
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub fn run(root: &Path, out: Option<PathBuf>, today: Option<Date>, progress: bool) -> Result<()> {
    let out = out.unwrap_or_else(|| root.join("dist"));
    let opts = crate::BuildOptions { root: root.to_path_buf(), out: out.clone(), today, progress, cache: None };
    let report = crate::build(&opts, &mut |d| super::print_diags(d))?;
    println!(
        "built {} datasets: {} pages, {} data files ({} tables processed, the rest cached), {} warnings in {:.2} s → {}",
        report.datasets,
        report.pages,
        report.files,
        report.tables_processed,
        report.warnings,
        report.elapsed.as_secs_f64(),
        out.display()
    );
    Ok(())
}

/// Renders every page and gathers every file of the output in memory.
pub fn render(site: &Site, data: &DataOutput, progress: bool, cache_dir: &Path) -> Result<Output> {
    let theme = Theme::load(&site.root)?;
    let i18n = I18n::parse(crate::render::theme::I18N, theme.i18n_override.as_deref())?;
    let tera = theme.tera()?;
    let mut out = Output::default();

    let mut assets = BTreeMap::new();
    // Every script of the theme is a module; shipped minified.
    let statics: BTreeMap<&String, Vec<u8>> =
        theme.statics.iter().map(|(n, b)| (n, if n.ends_with(".js") { crate::output::minify_js_module(b) } else { b.clone() })).collect();
    // The viewer's files import each other by name: they share one
    // fingerprinted folder instead of a hash each.
    let mut viewer_hash = Sha256::new();
    for (name, bytes) in statics.iter().filter(|(n, _)| n.starts_with("viewer/")) {
        viewer_hash.update(name.as_bytes());
        viewer_hash.update(bytes);
    }
    let viewer_dir = format!("assets/viewer-{}", &crate::output::publish::hex(&viewer_hash.finalize())[..10]);
    for (name, bytes) in statics {
        let path = match name.strip_prefix("viewer/") {
            Some(rest) => format!("{viewer_dir}/{rest}"),
            None => fingerprint(name, &bytes),
        };
        assets.insert(name.replace(['.', '/', '-'], "_"), format!("{}{path}", site.config.base_path));
        out.add(path, bytes);
    }

    // The search index first: the catalog page preloads the files its first view needs.
    let search = crate::output::search::write(site, data, &i18n, &mut out);

    let renderer = Renderer { site, i18n: &i18n, tera: &tera, data, assets: &assets, search: &search };
    let pages = renderer.render_all()?;
    let bar = super::progress_bar(progress, pages.len() as u64, "minifying");
    for p in pages {
        if p.path.ends_with(".html") {
            out.add(p.path, minify(&p.html));
        } else {
            out.add(p.path, p.html.into_bytes());
        }
        bar.inc(1);
    }
    bar.finish_and_clear();

    for (id, list) in &data.files {
        for f in list {
            let path = format!("datasets/{id}/{}", f.name);
            out.files.insert(path, f.content.clone());
        }
    }
    for (path, content) in &data.viewer {
        out.files.insert(path.clone(), content.clone());
    }
    for (id, tables) in &data.tables {
        if let (Some(d), false) = (site.dataset(id), tables.is_empty()) {
            out.add(format!("datasets/{id}/datapackage.json"), crate::output::datapackage::json(site, d, tables, data.files.get(id).map(Vec::as_slice).unwrap_or(&[])));
        }
    }
    for a in &site.agencies {
        let ds = openlist::open_list(site, &a.id);
        out.add(format!("agencies/{}/open-list.csv", a.id), openlist::csv(site, &i18n, &ds)?);
        out.add(format!("agencies/{}/open-list.xlsx", a.id), openlist::xlsx(site, &i18n, &ds, &a.name).with_context(|| format!("open list of {}", a.id))?);
    }
    out.add("_headers", crate::output::headers(site.config.submit.url.as_deref()).into_bytes());
    crate::output::feeds::write_all(site, data, &i18n, &mut out, cache_dir)?;
    debug_assert!(out.files.values().all(|c| !matches!(c, Content::Copy(p) if p.ends_with("dataset.md"))));
    Ok(out)
}
