//! Diagnostics: a publisher's mistakes, collected and reported together.
//!
//! Each one names the file (relative to the site folder), the line and column,
//! says what is wrong and, where we can, how to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = self.path.display().to_string().replace('\\', "/");
        if self.line > 0 {
            write!(f, "{kind}: {path}:{}:{}: {}", self.line, self.col, self.message)?;
        } else {
            write!(f, "{kind}: {path}: {}", self.message)?;
        }
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

/// Where a piece of text came from, so byte offsets can become lines.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

impl Source {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        Source { path: path.into(), text }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }

    /// The line of the first line starting with `key` followed by `=`, searched
    /// from `from` (a byte offset). Used to point at keys of tables we read
    /// without spans.
    pub fn key_line(&self, key: &str, from: usize) -> Option<usize> {
        let mut offset = 0;
        for line in self.text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            if start < from {
                continue;
            }
            let t = line.trim_start();
            if let Some(rest) = t.strip_prefix(key) {
                if rest.trim_start().starts_with('=') {
                    return Some(self.line_col(start).0);
                }
            }
        }
        None
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn error(&mut self, path: &Path, line: usize, col: usize, message: impl Into<String>, hint: Option<String>) {
        self.items.push(Diagnostic {
            severity: Severity::Error,
            path: path.to_path_buf(),
            line,
            col,
            message: message.into(),
            hint,
        });
    }

    pub fn warning(&mut self, path: &Path, line: usize, col: usize, message: impl Into<String>, hint: Option<String>) {
        self.items.push(Diagnostic {
            severity: Severity::Warning,
            path: path.to_path_buf(),
            line,
            col,
            message: message.into(),
            hint,
        });
    }

    /// An error at a byte offset of a source.
    pub fn error_at(&mut self, src: &Source, offset: usize, message: impl Into<String>, hint: Option<String>) {
        let (line, col) = src.line_col(offset);
        self.error(&src.path, line, col, message, hint);
    }

    pub fn warning_at(&mut self, src: &Source, offset: usize, message: impl Into<String>, hint: Option<String>) {
        let (line, col) = src.line_col(offset);
        self.warning(&src.path, line, col, message, hint);
    }

    pub fn errors(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// Sorted by file, then line: the order a publisher fixes them in.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| (&a.path, a.line, a.col, a.severity).cmp(&(&b.path, b.line, b.col, b.severity)));
        v
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }
}

/// The error a failed run ends with: every diagnostic was already printed.
#[derive(Debug)]
pub struct Failed {
    pub errors: usize,
}

impl fmt::Display for Failed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} error(s) found; nothing was written. Fix them and run again.", self.errors)
    }
}

impl std::error::Error for Failed {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_chars() {
        let s = Source::new("a.md", "+++\ntitle = \"滨州\"\nx = 1\n".into());
        let off = s.text.find("x =").unwrap();
        assert_eq!(s.line_col(off), (3, 1));
        let off = s.text.find('"').unwrap() + 1 + "滨".len();
        assert_eq!(s.line_col(off), (2, 11));
    }

    #[test]
    fn key_line_finds_first_key_after_offset() {
        let s = Source::new("a.md", "a = 1\n[t]\na = 2\n".into());
        assert_eq!(s.key_line("a", 0), Some(1));
        assert_eq!(s.key_line("a", 6), Some(3));
    }
}
