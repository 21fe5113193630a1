//! The viewer's wasm-bindgen-test tests (viewer-wasm/tests/wasm.rs), run
//! without wasm-bindgen-test-runner: xtask builds the test for wasm32, runs
//! wasm-bindgen over it (the library it already uses for the viewer), and
//! drives wasm-bindgen-test's `WasmBindgenTestContext` in Node.js the way
//! the 0.2.130 runner does in its Node mode.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-unknown-unknown";
/// The test target in viewer-wasm/tests/.
const TEST: &str = "wasm";
/// The JS module name the runner gives the bindings.
const MODULE: &str = "wasm-bindgen-test";

/// Builds and runs the tests against the portal rendered into `dist`;
/// `filter`: only tests whose name contains it. Fails when one fails.
pub fn run(root: &Path, dist: &Path, filter: Option<&str>) -> Result<()> {
    crate::setup::wasm_target()?;
    let wasm = build(root)?;
    let out = root.join("target/wasm-test");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out)?;
    // As the runner does for a test not configured for a browser: CommonJS
    // bindings for Node, the raw exports reachable (`__wasm`), no start call.
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .out_name(MODULE)
        .nodejs(true)
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .debug(true)
        .export_wasm(true)
        .emit_start(false)
        .typescript(false)
        .generate(&out)
        .map_err(|e| anyhow::anyhow!("wasm-bindgen over {}: {e}", wasm.display()))?;
    let harness = out.join("run.cjs");
    std::fs::write(&harness, HARNESS).context("writing the test harness")?;
    let node = crate::setup::node()?;
    let mut cmd = Command::new(node);
    cmd.arg("--expose-gc").arg(&harness).env("KAIFANG_DIST", dist).current_dir(&out);
    if let Some(f) = filter {
        cmd.env("KAIFANG_WASM_TEST_FILTER", f);
    }
    crate::run_cmd(&mut cmd)
}

/// `cargo test --no-run` for wasm32: the test module's path. Debug profile,
/// without debug info (wasm-bindgen would only strip it again).
fn build(root: &Path) -> Result<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root)
        .args(["test", "--package", "viewer-wasm", "--target", TARGET, "--test", TEST, "--no-run", "--message-format=json-render-diagnostics"])
        .env("CARGO_PROFILE_DEV_DEBUG", "false")
        .stderr(std::process::Stdio::inherit());
    let shown = format!("{cmd:?}");
    let output = cmd.output().with_context(|| format!("starting {shown}"))?;
    if !output.status.success() {
        bail!("{shown} failed ({})", output.status);
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    // A compiler-artifact line per built target; ours names the test and
    // its `executable`, the .wasm.
    let artifact = stdout
        .lines()
        .filter(|l| l.contains("\"reason\":\"compiler-artifact\"") && l.contains(&format!("\"name\":\"{TEST}\"")) && l.contains("\"kind\":[\"test\"]"))
        .find_map(|l| json_string(l, "\"executable\":"));
    match artifact {
        Some(p) => Ok(PathBuf::from(p)),
        None => bail!("{shown}: no test executable named `{TEST}` in its output"),
    }
}

/// The JSON string after `key` in `line` (cargo's paths: `\\` and `\"` escapes only).
fn json_string(line: &str, key: &str) -> Option<String> {
    let rest = &line[line.find(key)? + key.len()..];
    let rest = rest.strip_prefix('"')?;
    let mut s = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(s),
            '\\' => s.push(chars.next()?),
            c => s.push(c),
        }
    }
    None
}

/// wasm-bindgen-test-runner 0.2.130's Node script (node.rs: `shared_setup`
/// and `execute`), without coverage and benchmarks: console output is
/// captured per test and shown for failures, the context runs every
/// `__wbgt_` export and prints libtest-style lines, and the exit code is 1
/// when a test failed. The runner lists the tests from the module's exports
/// before bindgen; here they are read from the instance's (`__wasm`).
const HARNESS: &str = r#"'use strict';
const { exit } = require('node:process');
const wasm = require('./wasm-bindgen-test.js');

const nocapture = false;
const handlers = {};
const is_bench = false;

const wrap = method => {
    const og = console[method];
    const on_method = `on_console_${method}`;
    console[method] = function (...args) {
        if (nocapture) {
            og.apply(this, args);
        }
        if (!is_bench && handlers[on_method]) {
            handlers[on_method](args);
        }
    };
};

// The runtime prints through these, untouched by the capture below.
global.__wbgtest_og_console_log = console.log;
global.__wbgtest_og_console_error = console.error;
wrap("debug");
wrap("log");
wrap("info");
wrap("warn");
wrap("error");

const cx = new wasm.WasmBindgenTestContext(is_bench);
handlers.on_console_debug = wasm.__wbgtest_console_debug;
handlers.on_console_log = wasm.__wbgtest_console_log;
handlers.on_console_info = wasm.__wbgtest_console_info;
handlers.on_console_warn = wasm.__wbgtest_console_warn;
handlers.on_console_error = wasm.__wbgtest_console_error;

global.__wbg_test_invoke = f => f();

// `__wbgt_<modifiers>_<crate>::<test>`: the name is what follows `::`.
const filter = process.env.KAIFANG_WASM_TEST_FILTER || '';
const all = Object.keys(wasm.__wasm).filter(n => n.startsWith('__wbgt_') && n.includes('::'));
const tests = all.filter(n => n.split('::').slice(1).join('::').includes(filter));

async function main() {
    if (all.length === 0) {
        global.__wbgtest_og_console_error('no wasm-bindgen-test tests in the module');
        exit(1);
    }
    cx.include_ignored(false);
    cx.filtered_count(all.length - tests.length);
    const ok = await cx.run(tests.map(n => wasm.__wasm[n]));
    if (!ok) exit(1);
}

main()
    .then(() => exit(0))
    .catch(e => {
        global.__wbgtest_og_console_error(e);
        exit(1);
    });
"#;
