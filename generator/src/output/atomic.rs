//! Atomic output: everything is written into a hidden sibling folder, which
//! replaces the previous output in two renames once all of it is written. A
//! failed build leaves the previous site exactly as it was.

use super::publish::Content;
use super::Output;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

pub fn write(out: &Output, dest: &Path, progress: &indicatif::ProgressBar) -> Result<()> {
    let parent = dest.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "dist".into());
    let tmp = tempfile::Builder::new().prefix(&format!(".{name}.new-")).tempdir_in(parent).with_context(|| format!("creating a temporary folder in {}", parent.display()))?;
    for (rel, content) in &out.files {
        let path = tmp.path().join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).with_context(|| format!("creating {}", p.display()))?;
        }
        match content {
            Content::Bytes(b) => std::fs::write(&path, b).with_context(|| format!("writing {}", path.display()))?,
            // Cached outputs never change once written: a hard link costs
            // nothing; a copy is the fallback (another file system, no links).
            // A publisher's own files are always copied.
            Content::Copy(src) => {
                let cached = src.components().any(|c| c.as_os_str() == ".kaifang-cache");
                if !cached || std::fs::hard_link(src, &path).is_err() {
                    std::fs::copy(src, &path).with_context(|| format!("copying {} to {}", src.display(), path.display()))?;
                }
            }
        }
        progress.inc(1);
    }
    swap(tmp.keep(), dest)
}

fn swap(new: PathBuf, dest: &Path) -> Result<()> {
    if dest.exists() {
        let old = dest.with_file_name(format!(".{}.old-{}", dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(), std::process::id()));
        std::fs::rename(dest, &old).with_context(|| format!("moving the previous {} aside", dest.display()))?;
        if let Err(e) = std::fs::rename(&new, dest) {
            let _ = std::fs::rename(&old, dest);
            return Err(e).with_context(|| format!("moving the new site into {}", dest.display()));
        }
        std::fs::remove_dir_all(&old).with_context(|| format!("removing {}", old.display()))?;
    } else {
        std::fs::rename(&new, dest).with_context(|| format!("moving the new site into {}", dest.display()))?;
    }
    Ok(())
}
