//! Splitting `+++` TOML front matter from a Markdown body, keeping byte
//! offsets so errors point at real lines of the file (the fence counts).

pub struct Split<'a> {
    /// The TOML between the fences.
    pub toml: &'a str,
    /// Byte offset of `toml` in the whole file.
    pub toml_offset: usize,
    pub body: &'a str,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with a `+++` line.
    NoOpening,
    /// No closing `+++` line; the offset is where the front matter started.
    NoClosing,
}

pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let first_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_end].trim_end() != "+++" {
        return Err(SplitError::NoOpening);
    }
    let toml_offset = start + first_end;
    let mut offset = toml_offset;
    for line in text[toml_offset..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let toml = &text[toml_offset..offset];
            let body = &text[offset + line.len()..];
            return Ok(Split { toml, toml_offset, body });
        }
        offset += line.len();
    }
    Err(SplitError::NoClosing)
}

/// The first paragraph of a Markdown body as plain text (for summaries).
pub fn first_paragraph(body: &str) -> Option<String> {
    let mut para = String::new();
    for line in body.lines() {
        let t = line.trim();
        if t.is_empty() {
            if !para.is_empty() {
                break;
            }
            continue;
        }
        if para.is_empty() && (t.starts_with('#') || t.starts_with('|') || t.starts_with("```")) {
            continue;
        }
        if !para.is_empty() {
            para.push(' ');
        }
        para.push_str(t);
    }
    let plain = crate::render::markdown::to_plain_text(&para);
    (!plain.is_empty()).then_some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_keeps_offsets() {
        let text = "+++\ntitle = \"x\"\n+++\nBody\n";
        let s = split(text).unwrap();
        assert_eq!(s.toml, "title = \"x\"\n");
        assert_eq!(s.toml_offset, 4);
        assert_eq!(s.body, "Body\n");
    }

    #[test]
    fn crlf_and_bom() {
        let text = "\u{feff}+++\r\na = 1\r\n+++\r\nB";
        let s = split(text).unwrap();
        assert_eq!(s.toml, "a = 1\r\n");
        assert_eq!(s.body, "B");
    }

    #[test]
    fn missing_fences() {
        assert_eq!(split("title = 1").err(), Some(SplitError::NoOpening));
        assert_eq!(split("+++\ntitle = 1\n").err(), Some(SplitError::NoClosing));
    }

    #[test]
    fn first_paragraph_skips_headings() {
        assert_eq!(first_paragraph("# T\n\nA **b**\nc\n\nd").as_deref(), Some("A b c"));
    }
}
