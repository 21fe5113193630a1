//! Text encodings of data files: UTF-8 (with or without BOM) or GBK/GB18030,
//! detected, never configured. Any other encoding is an error naming the
//! offset of the first byte that is not UTF-8: no guessing of Western code
//! pages.

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Gb18030,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Gb18030 => "GB18030/GBK",
        }
    }

    /// Legacy encodings are converted; their files are never published as they are.
    pub fn is_legacy(self) -> bool {
        self == Encoding::Gb18030
    }
}

/// Decodes bytes to text. `Err(offset)` is the first byte that is not UTF-8,
/// when the bytes are not GB18030 either.
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), usize> {
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(body).map(|s| (Cow::Borrowed(s), Encoding::Utf8Bom)).map_err(|e| e.valid_up_to() + 3);
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(s) => return Ok((Cow::Borrowed(s), Encoding::Utf8)),
        Err(e) => e.valid_up_to(),
    };
    // chardetng tells a Chinese legacy encoding from the others; only the
    // GB family is accepted, and only when it decodes without an error.
    let mut det = chardetng::EncodingDetector::new();
    det.feed(&bytes[..bytes.len().min(1 << 20)], bytes.len() <= 1 << 20);
    let guess = det.guess(Some(b"cn"), true);
    if guess != encoding_rs::GBK && guess != encoding_rs::GB18030 {
        return Err(utf8_error);
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(utf8_error);
    }
    Ok((Cow::Owned(text.into_owned()), Encoding::Gb18030))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_gbk() {
        assert_eq!(decode("滨州,1".as_bytes()).unwrap().1, Encoding::Utf8);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice("滨州".as_bytes());
        let (t, e) = decode(&bom).unwrap();
        assert_eq!((t.as_ref(), e), ("滨州", Encoding::Utf8Bom));
        let (gbk, _, _) = encoding_rs::GBK.encode("监测站,空气质量指数,滨州市生态环境局\n市站,61,北中新区\n");
        let (t, e) = decode(&gbk).unwrap();
        assert_eq!(e, Encoding::Gb18030);
        assert!(t.starts_with("监测站,空气质量指数"));
    }

    #[test]
    fn western_code_pages_are_refused_with_the_offset() {
        // "café" in Windows-1252
        assert_eq!(decode(b"name\ncaf\xe9 au lait\n").err(), Some(8));
        assert_eq!(decode(b"ok\n\xff\xfe\xff").err(), Some(3));
    }
}
