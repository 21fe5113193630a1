//! A file of the output that is published for download: its name, size,
//! checksum and where its bytes come from (the data stage decides which).

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Content {
    /// Published byte for byte from the site folder.
    Copy(PathBuf),
    /// Rewritten (masked or re-encoded to UTF-8).
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone)]
pub struct PublishedFile {
    pub dataset: String,
    /// File name under `/datasets/<id>/`.
    pub name: String,
    pub title: String,
    pub title_en: Option<String>,
    pub description: Option<String>,
    pub format: String,
    pub size: u64,
    pub sha256: String,
    pub rows: Option<usize>,
    pub content: Content,
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

