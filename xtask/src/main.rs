//! `cargo xtask …`: the project's own tasks, so a fresh machine with only
//! Rust needs nothing else installed by hand.
//!
//!   demo [--no-serve] [--port N]   build the generator, render the demo portal into dist/, serve it
//!   test [--no-browser]            every test: unit, integration, WebAssembly, browser end-to-end
//!   test-wasm [FILTER] [--rebuild] the viewer's wasm-bindgen tests in Node.js, on the demo portal
//!   serve [DIR] [--port N]         serve a built site (with its _headers) on 127.0.0.1
//!   viewer                         build the WASM viewer into theme/static/viewer/
//!   gen-demo-data                  rewrite the demo portal's data files (deterministic)

mod demo_data;
mod serve;
mod setup;
mod viewer;
mod wasmtest;

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    if let Err(e) = run() {
        eprintln!("xtask: error: {e}");
        for c in e.chain().skip(1) {
            eprintln!("  caused by: {c}");
        }
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let port = args.iter().position(|a| a == "--port").and_then(|i| args.get(i + 1)).map(|p| p.parse::<u16>()).transpose().context("--port")?;
    match args.first().map(String::as_str) {
        Some("demo") => demo(!flag("--no-serve"), port.unwrap_or(8000)),
        Some("test") => test(!flag("--no-browser")),
        Some("test-wasm") => test_wasm(args.get(1).filter(|a| !a.starts_with("--")).map(String::as_str), flag("--rebuild")),
        Some("serve") => {
            let dir = args.get(1).filter(|a| !a.starts_with("--")).map(PathBuf::from).unwrap_or_else(|| root().join("dist"));
            serve::serve_forever(&dir, port.unwrap_or(8000))
        }
        Some("viewer") => viewer::build(&root()),
        Some("gen-demo-data") => {
            demo_data::generate(&root()).context("writing the demo data")?;
            println!("demo data written under datasets/");
            Ok(())
        }
        _ => {
            eprintln!("usage: cargo xtask <demo [--no-serve] [--port N] | test [--no-browser] | test-wasm [FILTER] [--rebuild] | serve [DIR] [--port N] | gen-demo-data>");
            std::process::exit(2);
        }
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

pub fn run_cmd(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().with_context(|| format!("starting {shown}"))?;
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

fn step(what: &str) {
    println!("\n==> {what}");
}

/// Builds the viewer, the generator, and renders the demo portal into `out`.
fn build_demo(out: &Path) -> Result<()> {
    step("building the WASM viewer");
    setup::wasm_opt();
    viewer::build(&root())?;
    render_demo(out)
}

/// Builds the generator and renders the demo portal into `out`, with the
/// viewer as it is in theme/static/viewer/.
fn render_demo(out: &Path) -> Result<()> {
    step("building the generator (kaifang)");
    run_cmd(cargo().args(["build", "--package", "kaifang"]))?;
    render_with_built(out)
}

/// Renders the demo portal into `out` with the generator last built in target/debug.
fn render_with_built(out: &Path) -> Result<()> {
    step(&format!("rendering the demo portal into {}", out.display()));
    let bin = root().join("target/debug").join(format!("kaifang{}", std::env::consts::EXE_SUFFIX));
    run_cmd(Command::new(bin).arg("build").arg(root()).arg("--out").arg(out))
}

fn demo(serve_it: bool, port: u16) -> Result<()> {
    let dist = root().join("dist");
    build_demo(&dist)?;
    if serve_it {
        serve::serve_forever(&dist, port)?;
    }
    Ok(())
}

fn test(browser: bool) -> Result<()> {
    if browser {
        // First, as the generator embeds it and the tests build the generator.
        step("building the WASM viewer");
        setup::wasm_opt();
        viewer::build(&root())?;
    }
    step("unit and integration tests");
    run_cmd(cargo().args(["test", "--workspace", "--quiet"]))?;
    if !browser {
        return Ok(());
    }
    let out = root().join("target/e2e");
    let dist = out.join("dist");
    // The CLI's integration tests had cargo build target/debug/kaifang, with
    // the features of a test build: `cargo build` would compile some ninety
    // crates again (polars, oxc, lightningcss…), as dev-dependencies change
    // features. The demo is rendered with that binary.
    render_with_built(&dist)?;
    step("WebAssembly tests: the viewer's logic on the demo portal (wasm-bindgen-test in Node.js)");
    wasmtest::run(&root(), &dist, None)?;
    step("browser end-to-end tests (headless Chromium)");
    let chromium = setup::chromium()?;
    let node = setup::node()?;
    let e2e = root().join("tests/e2e");
    setup::npm_install(&e2e)?;
    let server = serve::spawn(&dist)?;
    let base = format!("http://127.0.0.1:{}/", server.port);
    let shots = out.join("screenshots");
    std::fs::create_dir_all(&shots)?;
    run_cmd(Command::new(node).arg(e2e.join("run.mjs")).arg(&base).arg(&shots).env("CHROME_PATH", chromium).current_dir(&e2e))
}

/// The wasm tests alone, on the demo portal `test` renders into
/// target/e2e/dist: rendered first when missing, older than its sources, or
/// `--rebuild` is given (the tests compile the viewer's code themselves, so
/// the viewer in theme/static/viewer/ is not rebuilt for them).
fn test_wasm(filter: Option<&str>, rebuild: bool) -> Result<()> {
    let dist = root().join("target/e2e/dist");
    if rebuild || demo_is_stale(&dist) {
        render_demo(&dist)?;
    }
    step("WebAssembly tests: the viewer's logic on the demo portal (wasm-bindgen-test in Node.js)");
    wasmtest::run(&root(), &dist, filter)
}

/// Whether the rendered demo is missing or older than what it is made from.
fn demo_is_stale(dist: &Path) -> bool {
    let Ok(built) = std::fs::metadata(dist.join("search/entry.kfi")).and_then(|m| m.modified()) else { return true };
    let root = root();
    let sources = ["site.toml", "content", "datasets", "theme", "generator/src", "viewer-format/src"];
    let mut stack: Vec<PathBuf> = sources.iter().map(|s| root.join(s)).collect();
    while let Some(p) = stack.pop() {
        match std::fs::read_dir(&p) {
            Ok(dir) => stack.extend(dir.filter_map(Result::ok).map(|e| e.path())),
            Err(_) => {
                if std::fs::metadata(&p).and_then(|m| m.modified()).is_ok_and(|t| t > built) {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    /// The committed demo data is exactly what the generator script writes.
    #[test]
    fn demo_data_is_reproduced_by_its_script() {
        let tmp = std::env::temp_dir().join(format!("kaifang-demo-data-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        // The generator writes into existing dataset folders: lay them out.
        let root = super::root();
        let mut dirs = 0;
        for agency in std::fs::read_dir(root.join("datasets")).unwrap().filter_map(Result::ok) {
            // Only agency folders (a build running meanwhile may come and go with temporary files).
            let Ok(datasets) = std::fs::read_dir(agency.path()) else { continue };
            for ds in datasets.filter_map(Result::ok).filter(|d| d.path().is_dir()) {
                let rel = ds.path().strip_prefix(&root).unwrap().to_path_buf();
                std::fs::create_dir_all(tmp.join(&rel)).unwrap();
                dirs += 1;
            }
        }
        assert!(dirs >= 40, "only {dirs} demo datasets");
        super::demo_data::generate(&tmp).unwrap();
        let mut compared = 0;
        for e in walk(&tmp.join("datasets")) {
            let rel = e.strip_prefix(&tmp).unwrap();
            let committed = std::fs::read(root.join(rel)).unwrap_or_else(|_| panic!("{} is generated but not committed", rel.display()));
            assert!(committed == std::fs::read(&e).unwrap(), "{} differs from what gen-demo-data writes", rel.display());
            compared += 1;
        }
        assert!(compared >= 40, "only {compared} files generated");
        std::fs::remove_dir_all(&tmp).unwrap();
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            if e.path().is_dir() {
                out.extend(walk(&e.path()));
            } else {
                out.push(e.path());
            }
        }
        out
    }
}
