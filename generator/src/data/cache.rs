//! The data cache: one folder per table, named by the content hash of its
//! source and settings, holding the outputs and `report.json`. A folder is
//! complete or absent: it is made under a temporary name and renamed. The
//! cache lives outside the output and is safe to delete.

use super::TableReport;
use anyhow::{Context, Result};
use std::path::Path;

pub fn load(dir: &Path) -> Option<TableReport> {
    let text = std::fs::read_to_string(dir.join("report.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// Runs `make` in a fresh temporary folder and moves it to `dir`.
pub fn build(dir: &Path, make: impl FnOnce(&Path) -> Result<TableReport>) -> Result<TableReport> {
    let parent = dir.parent().context("cache folder has no parent")?;
    std::fs::create_dir_all(parent).with_context(|| format!("creating the cache folder {}", parent.display()))?;
    let tmp = tempfile::Builder::new().prefix(".tmp-").tempdir_in(parent)?;
    let report = make(tmp.path())?;
    std::fs::write(tmp.path().join("report.json"), serde_json::to_vec(&report)?)?;
    let kept = tmp.keep();
    if std::fs::rename(&kept, dir).is_err() {
        // Another build made it meanwhile: theirs is as good as ours.
        let _ = std::fs::remove_dir_all(&kept);
    }
    Ok(report)
}
