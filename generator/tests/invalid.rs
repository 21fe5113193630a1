//! Each case of `fixtures/invalid/` is the base fixture with one defect. The
//! check must fail with exactly one error, and that error must be the one in
//! the case's `expected` file (file:line:col, message). `files/` holds files
//! laid over the base site, `remove` lists files to delete, and `symlink`
//! holds `link -> target` lines.
//!
//! KAIFANG_BLESS=1 writes `expected` from what the check says (review it!).

mod common;

use kaifang::diag::Severity;
use std::path::Path;

fn run_case(case: &Path) -> Result<(), String> {
    let site = common::base_site();
    let root = site.path();
    if case.join("files").is_dir() {
        common::copy_dir(&case.join("files"), root);
    }
    if let Ok(list) = std::fs::read_to_string(case.join("remove")) {
        for l in list.lines().filter(|l| !l.trim().is_empty()) {
            std::fs::remove_file(root.join(l.trim())).unwrap();
        }
    }
    if let Ok(list) = std::fs::read_to_string(case.join("symlink")) {
        for l in list.lines().filter(|l| !l.trim().is_empty()) {
            let (link, target) = l.split_once(" -> ").unwrap();
            #[cfg(unix)]
            std::os::unix::fs::symlink(target.trim(), root.join(link.trim())).unwrap();
        }
    }
    let checked = kaifang::check(root, None);
    let errors: Vec<String> = checked
        .diags
        .sorted()
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string().lines().next().unwrap_or_default().to_string())
        .collect();
    let expected_path = case.join("expected");
    if std::env::var_os("KAIFANG_BLESS").is_some() {
        std::fs::write(&expected_path, errors.join("\n") + "\n").unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(&expected_path).map_err(|_| format!("no expected file; the check said:\n{}", errors.join("\n")))?;
    let expected = expected.trim();
    if errors.len() != 1 {
        return Err(format!("expected exactly one error, got {}:\n{}", errors.len(), errors.join("\n")));
    }
    if errors[0] != expected {
        return Err(format!("expected:\n  {expected}\ngot:\n  {}", errors[0]));
    }
    Ok(())
}

#[test]
fn every_invalid_case_fails_with_its_one_expected_diagnostic() {
    let dir = common::fixtures().join("invalid");
    let mut cases: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(cases.len() >= 40, "only {} invalid cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| run_case(c).err().map(|e| format!("{}: {e}", c.file_name().unwrap().to_string_lossy())))
        .collect();
    assert!(failures.is_empty(), "{} case(s) failed:\n\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn all_problems_of_a_run_are_reported_together() {
    let site = common::base_site();
    let root = site.path();
    for case in ["unknown-topic", "agency-bad-uscc", "interaction-unknown-dataset", "site-bad-base-url"] {
        common::copy_dir(&common::fixtures().join("invalid").join(case).join("files"), root);
    }
    let checked = kaifang::check(root, None);
    assert_eq!(checked.diags.errors(), 4, "{:#?}", checked.diags.items);
}

#[test]
fn the_base_fixture_is_valid() {
    let site = common::base_site();
    let checked = kaifang::check(site.path(), None);
    assert_eq!(checked.diags.errors(), 0, "{:#?}", checked.diags.items);
    assert_eq!(checked.diags.warnings(), 0, "{:#?}", checked.diags.items);
}
