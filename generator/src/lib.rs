//! Kaifang: a static-site generator for government open-data portals.
//!
//! `build()` reads like the recipe it is: load → validate → data → render → output.

pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod data;
pub mod date;
pub mod diag;
pub mod evaluation;
pub mod ids;
pub mod mask;
pub mod output;
pub mod render;
pub mod todo;
pub mod validate;

use anyhow::Result;
use catalog::Site;
use date::Date;
use diag::Diagnostics;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a check found: the resolved site when it is valid, every diagnostic either way.
pub struct Checked {
    pub site: Option<Site>,
    pub data: data::DataOutput,
    pub diags: Diagnostics,
}

/// Load, validate and run the data stage (into the cache), writing no output.
pub fn check(root: &Path, today: Option<Date>) -> Checked {
    check_with_cache(root, today, &data::default_cache_dir(root))
}

pub fn check_with_cache(root: &Path, today: Option<Date>, cache: &Path) -> Checked {
    let mut diags = Diagnostics::default();
    let loaded = catalog::load::load(root, &mut diags);
    validate::validate(&loaded, today, &mut diags);
    if diags.has_errors() {
        return Checked { site: None, data: data::DataOutput::default(), diags };
    }
    let site = catalog::model::resolve(&loaded, today);
    let data = match &site {
        Some(s) => data::run(s, cache, &mut diags),
        None => data::DataOutput::default(),
    };
    Checked { site, data, diags }
}

pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    pub today: Option<Date>,
    pub progress: bool,
    /// Where processed tables are kept between builds (default: SITE/.kaifang-cache).
    pub cache: Option<PathBuf>,
}

#[derive(Debug)]
pub struct BuildReport {
    pub datasets: usize,
    pub pages: usize,
    pub files: usize,
    pub warnings: usize,
    /// Tables read and converted in this build (the others came from the cache).
    pub tables_processed: usize,
    pub elapsed: Duration,
    pub timings: Vec<(&'static str, Duration)>,
}

/// Diagnostics of a failed build, every one of them.
#[derive(Debug)]
pub struct BuildFailed(pub Diagnostics);

impl std::fmt::Display for BuildFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for d in self.0.sorted() {
            writeln!(f, "{d}")?;
        }
        write!(f, "{}", diag::Failed { errors: self.0.errors() })
    }
}

impl std::error::Error for BuildFailed {}

pub fn build(opts: &BuildOptions, on_diags: &mut dyn FnMut(&Diagnostics)) -> Result<BuildReport> {
    let start = Instant::now();
    let mut timings = Vec::new();
    let mut lap = Instant::now();
    let mut time = |name: &'static str, lap: &mut Instant| {
        timings.push((name, lap.elapsed()));
        *lap = Instant::now();
    };

    let cache = opts.cache.clone().unwrap_or_else(|| data::default_cache_dir(&opts.root));
    let checked = check_with_cache(&opts.root, opts.today, &cache);
    time("load, validate, data", &mut lap);
    on_diags(&checked.diags);
    if checked.diags.has_errors() {
        return Err(BuildFailed(checked.diags).into());
    }
    let Some(site) = checked.site else { return Err(BuildFailed(checked.diags).into()) };
    let output = cmd::build::render(&site, &checked.data, opts.progress, &cache)?;
    time("render", &mut lap);
    let bar = cmd::progress_bar(opts.progress, output.files.len() as u64, "writing");
    output::atomic::write(&output, &opts.out, &bar)?;
    bar.finish_and_clear();
    time("write", &mut lap);
    Ok(BuildReport {
        datasets: site.listed_datasets().len(),
        pages: output.pages(),
        files: checked.data.files.values().map(Vec::len).sum(),
        tables_processed: checked.data.processed,
        warnings: checked.diags.warnings(),
        elapsed: start.elapsed(),
        timings,
    })
}
