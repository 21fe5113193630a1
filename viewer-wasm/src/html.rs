//! HTML text escaping and the UI strings the page hands over.

use std::collections::HashMap;

pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// UI strings as `key<TAB>value` lines (no JSON parser needed in the module).
#[derive(Debug, Default, Clone)]
pub struct Strings(HashMap<String, String>);

impl Strings {
    pub fn parse(text: &str) -> Strings {
        Strings(text.lines().filter_map(|l| l.split_once('\t')).map(|(k, v)| (k.to_string(), v.replace("\\n", "\n"))).collect())
    }
    pub fn get(&self, key: &str) -> String {
        self.0.get(key).cloned().unwrap_or_else(|| key.to_string())
    }
    pub fn fmt(&self, key: &str, args: &[(&str, &str)]) -> String {
        viewer_format::strings::fill(&self.get(key), args)
    }
}

/// A URL query string as ordered key/value pairs, percent-decoded.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                match s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub fn encode(s: &str) -> String {
    let mut o = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            o.push(b as char);
        } else {
            o.push_str(&format!("%{b:02X}"));
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_queries() {
        assert_eq!(esc("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(parse_query("?q=%E7%A9%BA%E6%B0%94+x&agency=a&agency=b"), vec![("q".into(), "空气 x".into()), ("agency".into(), "a".into()), ("agency".into(), "b".into())]);
        assert_eq!(decode("%zz%"), "%zz%");
        assert_eq!(encode("空 a"), "%E7%A9%BA%20a");
        let s = Strings::parse("a\tHello {n}\nb\tline\\nbreak");
        assert_eq!(s.fmt("a", &[("n", "3")]), "Hello 3");
        assert_eq!(s.get("b"), "line\nbreak");
    }
}
