//! Building the WASM viewer: compile for wasm32, generate the JS glue with
//! wasm-bindgen (as a library, so nothing is installed), shrink with wasm-opt
//! when it is there, and place the result in `theme/static/viewer/`, from
//! where the generator embeds it (publishers need no WASM toolchain).

use anyhow::{Context, Result};
use std::path::Path;
use std::process::Command;

const TARGET: &str = "wasm32-unknown-unknown";

pub fn build(root: &Path) -> Result<()> {
    crate::setup::wasm_target()?;
    let mut cargo = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    // Speed over the last bytes: the table viewer scans a million rows per
    // filter, and `z` leaves its loops several times slower (the module stays
    // well under its 150 KB gzipped budget at `3`).
    cargo.current_dir(root).args(["build", "--package", "viewer-wasm", "--target", TARGET, "--profile", "wasm-release", "--config", "profile.wasm-release.opt-level=3"]);
    crate::run_cmd(&mut cargo)?;
    let wasm = root.join("target").join(TARGET).join("wasm-release/viewer_wasm.wasm");
    let out = root.join("target/viewer-bindgen");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out)?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .web(true)
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .typescript(false)
        .generate(&out)
        .map_err(|e| anyhow::anyhow!("wasm-bindgen: {e}"))?;
    let bg = out.join("viewer_wasm_bg.wasm");
    match wasm_opt(root) {
        Some(mut opt) => {
            let tmp = out.join("opt.wasm");
            crate::run_cmd(opt.arg(&bg).arg("-O3").args(["--enable-bulk-memory", "--enable-sign-ext", "--enable-mutable-globals", "--enable-nontrapping-float-to-int", "--enable-multivalue", "--enable-reference-types"]).arg("-o").arg(&tmp))?;
            std::fs::rename(&tmp, &bg)?;
        }
        None => println!("wasm-opt 116 or later not found (npm package `binaryen`): the viewer is left as rustc and wasm-bindgen made it"),
    }
    let dest = root.join("theme/static/viewer");
    std::fs::create_dir_all(&dest)?;
    for f in ["viewer_wasm.js", "viewer_wasm_bg.wasm"] {
        std::fs::copy(out.join(f), dest.join(f)).with_context(|| format!("copying {f}"))?;
    }
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    println!("viewer: {} bytes of WASM, {} bytes of JS glue", size(&dest.join("viewer_wasm_bg.wasm")), size(&dest.join("viewer_wasm.js")));
    Ok(())
}

/// A wasm-opt recent enough: on PATH, or binaryen from npm (a WebAssembly
/// build run by Node.js, installed under target/), or none.
fn wasm_opt(root: &Path) -> Option<Command> {
    if let Some(w) = which("wasm-opt").filter(|w| recent_wasm_opt(w)) {
        return Some(Command::new(w));
    }
    which("node")?;
    let dir = root.join("target/tools");
    let bin = dir.join("node_modules/binaryen/bin/wasm-opt");
    if !bin.is_file() {
        std::fs::create_dir_all(&dir).ok()?;
        let ok = Command::new("npm").args(["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix"]).arg(&dir).arg("binaryen@132.0.0").status();
        if !ok.is_ok_and(|s| s.success()) {
            return None;
        }
    }
    let mut c = Command::new("node");
    c.arg(bin);
    Some(c)
}

/// Older binaryen releases (Debian 12 has 108) mistranslate the externref
/// table that wasm-bindgen sets up, and the module fails to start.
fn recent_wasm_opt(path: &Path) -> bool {
    let out = Command::new(path).arg("--version").output();
    let version = out.ok().and_then(|o| String::from_utf8_lossy(&o.stdout).split_whitespace().find_map(|w| w.parse::<u32>().ok()));
    version.is_some_and(|v| v >= 116)
}

fn which(cmd: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|p| p.join(cmd)).find(|p| p.is_file())
}
