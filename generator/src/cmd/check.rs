//! `kaifang check`: every problem of a site, nothing written.

use crate::date::Date;
use anyhow::Result;
use std::path::Path;

pub fn run(root: &Path, today: Option<Date>, todo: bool, lang: Option<&str>) -> Result<()> {
    let checked = crate::check(root, today);
    super::print_diags(&checked.diags);
    if checked.diags.has_errors() {
        return Err(crate::BuildFailed(checked.diags).into());
    }
    if todo {
        if let Some(site) = &checked.site {
            let theme = crate::render::theme::Theme::load(&site.root)?;
            let i18n = crate::render::i18n::I18n::parse(crate::render::theme::I18N, theme.i18n_override.as_deref())?;
            let lang: &'static str = match lang.unwrap_or(site.config.default_language.as_str()) {
                "en" => "en",
                _ => "zh-CN",
            };
            let list = crate::todo::list(site, &checked.data, &i18n, lang);
            print!("{}", crate::todo::text(site, &i18n, lang, &list));
        }
        return Ok(());
    }
    print_quality(&checked.data);
    if let Some(site) = &checked.site {
        let files: usize = checked.data.files.values().map(Vec::len).sum();
        println!(
            "ok: {} datasets ({} listed), {} agencies, {} published files, {} warnings",
            site.datasets.len(),
            site.listed_datasets().len(),
            site.agencies.len(),
            files,
            checked.diags.warnings()
        );
    }
    Ok(())
}

/// The site-wide quality summary: every table's score, lowest first.
fn print_quality(data: &crate::data::DataOutput) {
    let mut rows: Vec<(f64, f64, usize, String)> = data
        .tables
        .iter()
        .flat_map(|(id, ts)| ts.iter().map(move |t| (t.report.quality.score, t.report.quality.completeness, t.report.quality.findings.len(), format!("{id}/{}", t.source))))
        .collect();
    if rows.is_empty() {
        return;
    }
    rows.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal).then_with(|| a.3.cmp(&b.3)));
    let mean = rows.iter().map(|r| r.0).sum::<f64>() / rows.len() as f64;
    println!("quality: {} tables, mean score {mean:.1}; lowest first:", rows.len());
    println!("  {:>6}  {:>12}  {:>8}  table", "score", "completeness", "findings");
    for (score, completeness, findings, name) in rows.iter().take(10) {
        println!("  {score:>6.1}  {:>11.1}%  {findings:>8}  {name}", completeness);
    }
    if rows.len() > 10 {
        println!("  … and {} more (the portal's /quality/ page lists them all)", rows.len() - 10);
    }
}
