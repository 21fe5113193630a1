//! The `kaifang` binary: help, scaffolding, exit codes and the summary line.

use std::process::Command;

fn kaifang() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kaifang"))
}

#[test]
fn help_everywhere() {
    for args in [vec!["--help"], vec!["build", "--help"], vec!["check", "--help"], vec!["new", "--help"], vec!["new", "site", "--help"], vec!["new", "dataset", "--help"]] {
        let out = kaifang().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"), "{args:?}");
    }
}

#[test]
fn new_site_and_new_dataset_are_valid_and_build() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("portal");
    assert!(kaifang().args(["new", "site"]).arg(&site).status().unwrap().success());
    let out = kaifang().arg("check").arg(&site).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(kaifang().args(["new", "dataset", "dsjj", "bus-stops", "--site"]).arg(&site).status().unwrap().success());
    assert!(site.join("datasets/dsjj/bus-stops/dataset.md").is_file());
    // A second dataset of the same id is refused.
    assert!(!kaifang().args(["new", "dataset", "dsjj", "bus-stops", "--site"]).arg(&site).status().unwrap().success());
    let out = kaifang().arg("build").arg(&site).arg("--quiet").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.starts_with("built 2 datasets:") && summary.contains("pages") && summary.contains("warnings"), "{summary}");
    assert!(site.join("dist/datasets/bus-stops/index.html").is_file());
}

#[test]
fn a_broken_site_lists_every_problem_and_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("portal");
    assert!(kaifang().args(["new", "site"]).arg(&site).status().unwrap().success());
    let md = site.join("datasets/dsjj/example-dataset/dataset.md");
    let text = std::fs::read_to_string(&md).unwrap().replace("open_type = \"unconditional\"", "open_type = \"conditional\"").replace("topics = [\"economy\"]", "topics = [\"economics\"]");
    std::fs::write(&md, text).unwrap();
    let out = kaifang().arg("check").arg(&site).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("datasets/dsjj/example-dataset/dataset.md:6:11: topic `economics` is not defined"), "{err}");
    assert!(err.contains("`legal_basis` is missing"), "{err}");
    assert!(err.contains("`conditions` is missing"), "{err}");
    assert!(err.contains("3 error(s) found"), "{err}");
}

#[test]
fn the_bundled_demo_portal_checks_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = kaifang().arg("check").arg(root).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The demo's data carries a few deliberate flaws (a duplicate row, empty
    // cells) that its descriptions explain: quality warnings, nothing else.
    let err = String::from_utf8_lossy(&out.stderr);
    for line in err.lines().filter(|l| l.starts_with("warning")) {
        assert!(line.contains(": quality: "), "{line}");
    }
    assert!(!err.contains("error"), "{err}");
}

#[test]
fn check_todo_on_the_demo_lists_overdue_work_by_agency() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = kaifang().args(["check", "--todo"]).arg(root).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.starts_with("开放数据待办事项（2026-11-26，按紧急程度排列）"), "{s}");
    // The most overdue update leads; the unanswered objection past its deadline is under its agency.
    let first = s.lines().nth(2).unwrap_or_default();
    assert!(first.contains("（bcq-scjgj）"), "the agency with the oldest overdue item first: {s}");
    let slj = s.find("（slj）").expect("the water bureau has work to do");
    let objection = s.find("未答复的数据异议").expect("an unanswered objection past its deadline");
    assert!(objection > slj, "{s}");
    assert!(s.contains("[质量] price-monitoring/price-monitoring-2026.csv"), "quality warnings are listed");
    assert!(s.lines().last().unwrap_or_default().starts_with("合计："), "{s}");
    // Not the quality summary of a plain check.
    assert!(!s.contains("lowest first"));

    let en = kaifang().args(["check", "--todo", "--lang", "en"]).arg(root).output().unwrap();
    assert!(String::from_utf8_lossy(&en.stdout).starts_with("Open-data to-do list (2026-11-26, most urgent first)"));
}
