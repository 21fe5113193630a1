//! A small static server for a built portal: directory indexes, the site's
//! 404 page, and the response headers of its `_headers` file (so the strict
//! Content-Security-Policy is in force while you look at the demo and while
//! the browser tests run). Loopback only; GET and HEAD only.

use anyhow::{Context, Result};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

pub struct Server {
    pub port: u16,
}

pub fn serve_forever(dir: &Path, port: u16) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port)).with_context(|| format!("port {port} is taken: try --port N"))?;
    println!("\nserving {} at http://127.0.0.1:{port}/ (Ctrl-C to stop)", dir.display());
    accept(listener, dir.to_path_buf());
    Ok(())
}

/// Serves `dir` on a free port from a background thread.
pub fn spawn(dir: &Path) -> Result<Server> {
    let listener = TcpListener::bind(("127.0.0.1", 0))?;
    let port = listener.local_addr()?.port();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || accept(listener, dir));
    Ok(Server { port })
}

fn accept(listener: TcpListener, dir: PathBuf) {
    let headers = std::sync::Arc::new(parse_headers(&std::fs::read_to_string(dir.join("_headers")).unwrap_or_default()));
    let dir = std::sync::Arc::new(dir);
    for stream in listener.incoming().flatten() {
        let (dir, headers) = (dir.clone(), headers.clone());
        std::thread::spawn(move || {
            let _ = handle(stream, &dir, &headers);
        });
    }
}

/// `_headers` rules: a path pattern (`/*`, `/assets/*`) and its header lines.
fn parse_headers(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            rules.push((line.trim().to_string(), Vec::new()));
        } else if let (Some(rule), Some((k, v))) = (rules.last_mut(), line.trim().split_once(':')) {
            rule.1.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    rules
}

fn matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => path == pattern,
    }
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "jsonld" => "application/json; charset=utf-8",
        "geojson" => "application/geo+json",
        "csv" => "text/csv; charset=utf-8",
        "tsv" => "text/tab-separated-values; charset=utf-8",
        "ndjson" | "jsonl" => "application/x-ndjson",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "ttl" => "text/turtle; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "parquet" => "application/vnd.apache.parquet",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn handle(stream: TcpStream, dir: &Path, rules: &[(String, Vec<(String, String)>)]) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut l = String::new();
        if reader.read_line(&mut l)? == 0 || l.trim().is_empty() {
            break;
        }
    }
    let mut parts = request.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return write!(out, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
    let rel = Path::new(path.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) && !path.trim_start_matches('/').is_empty() {
        return write!(out, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
    let mut file = dir.join(rel);
    if file.is_dir() {
        if !path.ends_with('/') {
            return write!(out, "HTTP/1.1 301 Moved Permanently\r\nLocation: {target}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        file = file.join("index.html");
    }
    let (status, file) = if file.is_file() {
        ("200 OK", file)
    } else if path.starts_with("/en/") {
        ("404 Not Found", dir.join("en/404.html"))
    } else {
        ("404 Not Found", dir.join("404.html"))
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let mut head = format!("HTTP/1.1 {status}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n", content_type(&file), body.len());
    for (pattern, hs) in rules {
        if matches(pattern, &path) {
            for (k, v) in hs {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
        }
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    if method == "GET" {
        out.write_all(&body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_rules() {
        let r = parse_headers("/*\n  A: 1\n/assets/*\n  B: 2\n");
        assert_eq!(r.len(), 2);
        assert!(matches(&r[1].0, "/assets/x.css"));
        assert!(!matches(&r[1].0, "/index.html"));
        assert_eq!(percent_decode("/a%20b/%E6%95%B0"), "/a b/数");
    }
}
