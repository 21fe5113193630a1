//! No input makes the generator panic: every file of the base fixture is cut
//! short at many places, has lines dropped or garbled, and the check must
//! answer with diagnostics (or none), never a panic.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

fn variants(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    for i in bounds.iter().step_by(bounds.len() / 25 + 1) {
        out.push(text[..*i].to_string());
    }
    let lines: Vec<&str> = text.lines().collect();
    for skip in 0..lines.len() {
        out.push(lines.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, l)| *l).collect::<Vec<_>>().join("\n"));
        let mut garbled: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        garbled[skip] = match skip % 5 {
            0 => "=== \u{0} \"unterminated".into(),
            1 => format!("{} = [[[", lines[skip]),
            2 => lines[skip].replace('"', ""),
            3 => lines[skip].replace(|c: char| c.is_ascii_digit(), "9"),
            _ => "+++".into(),
        };
        out.push(garbled.join("\n"));
    }
    out
}

#[test]
fn mangled_files_give_diagnostics_not_panics() {
    let base = common::fixtures().join("base");
    let files: Vec<_> = common::read_tree(&base).into_keys().filter(|k| !k.ends_with(".csv")).collect();
    let mut runs = 0;
    for rel in &files {
        let original = std::fs::read_to_string(base.join(rel)).unwrap();
        let site = common::base_site();
        for v in variants(&original) {
            std::fs::write(site.path().join(rel), &v).unwrap();
            let r = catch_unwind(AssertUnwindSafe(|| kaifang::check(site.path(), None)));
            assert!(r.is_ok(), "panic on {rel} =\n{v}");
            runs += 1;
        }
    }
    assert!(runs > 300, "only {runs} variants");
}

#[test]
fn mangled_data_files_give_diagnostics_not_panics() {
    let site = common::base_site();
    let csv = site.path().join("datasets/sthjj/air-daily/air.csv");
    for bytes in [&b""[..], b"\xff\xfe\x00", b"a,b\n\"unterminated\n", b"a\n1,2,3\n", b"\xef\xbb\xbf", b"\n\n\n"] {
        std::fs::write(&csv, bytes).unwrap();
        let r = catch_unwind(AssertUnwindSafe(|| kaifang::check(site.path(), None)));
        assert!(r.is_ok(), "panic on {bytes:?}");
    }
}
