//! `kaifang check`: every problem of a site, nothing written.

use crate::date::Date;
use anyhow::Result;
use std::path::Path;

pub fn run(root: &Path, today: Option<Date>) -> Result<()> {
    let checked = crate::check(root, today);
    super::print_diags(&checked.diags);
    if checked.diags.has_errors() {
        return Err(crate::BuildFailed(checked.diags).into());
    }
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
