//! Folders → raw, typed entries. Every parse error becomes a diagnostic and
//! loading goes on, so one run reports every problem.

use super::frontmatter::{self, SplitError};
use super::raw::{RawAgency, RawApp, RawDataset, RawInteraction, RawPage};
use crate::config::RawSite;
use crate::diag::{Diagnostics, Source};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// One file of the site, parsed.
#[derive(Debug, Clone)]
pub struct Entry<T> {
    /// The id the file's name (or folder) gives it.
    pub id: String,
    pub src: Source,
    /// Byte offset of the TOML in `src` (after the `+++` fence).
    pub base: usize,
    pub raw: T,
    pub body: String,
    /// The folder the entry lives in (absolute).
    pub dir: PathBuf,
}

impl<T> Entry<T> {
    /// Line and column of a span of the TOML.
    pub fn at(&self, span: std::ops::Range<usize>) -> (usize, usize) {
        self.src.line_col(self.base + span.start)
    }
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub root: PathBuf,
    pub site: Option<Entry<RawSite>>,
    pub agencies: Vec<Entry<RawAgency>>,
    pub datasets: Vec<Entry<RawDataset>>,
    pub interactions: Vec<Entry<RawInteraction>>,
    pub apps: Vec<Entry<RawApp>>,
    pub pages: Vec<Entry<RawPage>>,
    /// English twins of content pages (`about.en.md`), by id.
    pub pages_en: Vec<Entry<RawPage>>,
    /// Ids of agencies and datasets whose files exist but did not parse: their
    /// own error is reported, so references to them are not errors too.
    pub unparsed_agencies: Vec<String>,
    pub unparsed_datasets: Vec<String>,
}

pub const ID_RULE: &str = "ids are 2–64 characters: lowercase letters a–z, digits and '-', starting with a letter or digit";

pub fn valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    (2..=64).contains(&b.len())
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

pub fn load(root: &Path, diags: &mut Diagnostics) -> Loaded {
    let mut l = Loaded { root: root.to_path_buf(), ..Default::default() };
    let site_path = root.join("site.toml");
    if site_path.exists() {
        if let Some(src) = read(root, &site_path, diags) {
            l.site = parse_toml(src, "site", root, diags);
        }
    }

    let content = root.join("content");
    for (path, id) in md_files(&content.join("agencies"), diags, root) {
        match parse_md::<RawAgency>(root, &path, id.clone(), diags) {
            Some(e) => l.agencies.push(e),
            None => l.unparsed_agencies.push(id),
        }
    }

    let datasets = root.join("datasets");
    if datasets.is_dir() {
        for agency_dir in sorted_dir(&datasets) {
            if !agency_dir.is_dir() {
                continue;
            }
            let agency = file_name(&agency_dir);
            if agency.starts_with('.') {
                continue;
            }
            if !valid_id(&agency) {
                diags.error(&rel(root, &agency_dir), 0, 0, format!("folder name `{agency}` is not a valid agency id"), Some(format!("rename the folder: {ID_RULE}")));
            }
            for ds_dir in sorted_dir(&agency_dir) {
                if !ds_dir.is_dir() || file_name(&ds_dir).starts_with('.') {
                    continue;
                }
                let id = file_name(&ds_dir);
                let md = ds_dir.join("dataset.md");
                if !md.is_file() {
                    diags.error(&rel(root, &ds_dir), 0, 0, "this dataset folder has no dataset.md", Some("add a dataset.md (`kaifang new dataset AGENCY ID` writes one) or remove the folder".into()));
                    continue;
                }
                if !valid_id(&id) {
                    diags.error(&rel(root, &ds_dir), 0, 0, format!("folder name `{id}` is not a valid dataset id"), Some(format!("rename the folder: {ID_RULE}")));
                }
                match parse_md::<RawDataset>(root, &md, id.clone(), diags) {
                    Some(e) => l.datasets.push(e),
                    None => l.unparsed_datasets.push(id),
                }
            }
        }
    } else {
        diags.error(Path::new("datasets"), 0, 0, "the site has no datasets/ folder", Some("create datasets/<agency-id>/<dataset-id>/dataset.md".into()));
    }

    let idir = content.join("interactions");
    if idir.is_dir() {
        for path in sorted_dir(&idir) {
            if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                continue;
            }
            let id = stem(&path);
            if let Some(src) = read(root, &path, diags) {
                if let Some(mut e) = parse_toml::<RawInteraction>(src, &id, root, diags) {
                    e.dir = idir.clone();
                    l.interactions.push(e);
                }
            }
        }
    }

    for (path, id) in md_files(&content.join("apps"), diags, root) {
        if let Some(e) = parse_md::<RawApp>(root, &path, id, diags) {
            l.apps.push(e);
        }
    }

    for (path, id) in md_files(&content, diags, root) {
        let (id, en) = match id.strip_suffix(".en") {
            Some(base) => (base.to_string(), true),
            None => (id, false),
        };
        if let Some(e) = parse_md::<RawPage>(root, &path, id, diags) {
            if en {
                l.pages_en.push(e);
            } else {
                l.pages.push(e);
            }
        }
    }
    l
}

fn md_files(dir: &Path, diags: &mut Diagnostics, root: &Path) -> Vec<(PathBuf, String)> {
    let _ = (diags, root);
    if !dir.is_dir() {
        return vec![];
    }
    sorted_dir(dir)
        .into_iter()
        .filter(|p| p.is_file() && p.extension().and_then(|e| e.to_str()) == Some("md"))
        .map(|p| {
            let id = stem(&p);
            (p, id)
        })
        .collect()
}

pub fn sorted_dir(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn stem(p: &Path) -> String {
    p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

pub fn rel(root: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf())
}

fn read(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<Source> {
    let relp = rel(root, path);
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(Source::new(relp, text)),
            Err(e) => {
                let off = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(&e.into_bytes()[..off]).into_owned();
                let src = Source::new(relp, text);
                diags.error_at(&src, off, format!("the file is not valid UTF-8 (first bad byte at offset {off})"), Some("save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)".into()));
                None
            }
        },
        Err(e) => {
            diags.error(&relp, 0, 0, format!("cannot read the file: {e}"), None);
            None
        }
    }
}

fn parse_toml<T: DeserializeOwned>(src: Source, id: &str, root: &Path, diags: &mut Diagnostics) -> Option<Entry<T>> {
    match toml::from_str::<T>(&src.text) {
        Ok(raw) => Some(Entry { id: id.to_string(), dir: root.to_path_buf(), base: 0, raw, body: String::new(), src }),
        Err(e) => {
            report_toml_error(&src, 0, &e, diags);
            None
        }
    }
}

fn parse_md<T: DeserializeOwned>(root: &Path, path: &Path, id: String, diags: &mut Diagnostics) -> Option<Entry<T>> {
    let src = read(root, path, diags)?;
    let (toml_text, base, body) = match frontmatter::split(&src.text) {
        Ok(s) => (s.toml.to_string(), s.toml_offset, s.body.to_string()),
        Err(SplitError::NoOpening) => {
            diags.error(&src.path, 1, 1, "the file does not start with `+++` front matter", Some("put the settings between two lines of `+++` at the very top of the file, then the Markdown text".into()));
            return None;
        }
        Err(SplitError::NoClosing) => {
            diags.error(&src.path, 1, 1, "the front matter opened with `+++` is never closed", Some("add a line `+++` after the last setting, before the Markdown text".into()));
            return None;
        }
    };
    match toml::from_str::<T>(&toml_text) {
        Ok(raw) => Some(Entry { id, dir: path.parent().unwrap_or(root).to_path_buf(), base, raw, body, src }),
        Err(e) => {
            report_toml_error(&src, base, &e, diags);
            None
        }
    }
}

fn report_toml_error(src: &Source, base: usize, e: &toml::de::Error, diags: &mut Diagnostics) {
    let offset = base + e.span().map_or(0, |s| s.start);
    let mut msg = e.message().trim().to_string();
    let hint = if msg.starts_with("unknown field") {
        let (short, suggestion) = unknown_field(&msg);
        msg = short;
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`? Otherwise remove the field"),
            None => "remove this field or correct its spelling; the site format (README) lists every field".to_string(),
        })
    } else if msg.starts_with("missing field") {
        Some("add the field; it is required".to_string())
    } else if msg.starts_with("unknown variant") {
        Some("use one of the values listed".to_string())
    } else if msg.contains("invalid type") {
        Some("check quotes: text is written in \"quotes\", numbers, true/false and dates are not".to_string())
    } else {
        None
    };
    diags.error_at(src, offset, msg, hint);
}

/// Shortens serde's "unknown field `x`, expected one of …" and finds the
/// closest allowed name.
fn unknown_field(msg: &str) -> (String, Option<String>) {
    let mut parts = msg.split('`');
    let field = parts.nth(1).unwrap_or_default().to_string();
    let allowed: Vec<&str> = msg.split_once("expected").map(|(_, r)| r.split('`').skip(1).step_by(2).collect()).unwrap_or_default();
    let best = allowed.iter().map(|a| (edit_distance(&field, a), *a)).min().filter(|(d, _)| *d <= 2.max(field.len() / 4)).map(|(_, a)| a.to_string());
    let list = if allowed.is_empty() { String::new() } else { format!("; allowed here: {}", allowed.join(", ")) };
    (format!("unknown field `{field}`{list}"), best)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_field() {
        let (m, s) = unknown_field("unknown field `sumary`, expected one of `title`, `summary`, `tags`");
        assert_eq!(m, "unknown field `sumary`; allowed here: title, summary, tags");
        assert_eq!(s.as_deref(), Some("summary"));
        assert_eq!(unknown_field("unknown field `zzzzzzzz`, expected `title`").1, None);
    }

    #[test]
    fn ids() {
        assert!(valid_id("air-quality-2026"));
        assert!(!valid_id("Air"));
        assert!(!valid_id("-air"));
        assert!(!valid_id("a"));
    }
}
