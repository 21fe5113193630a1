//! Finding, and where this machine allows, installing what the browser
//! tests need: Chromium, Node.js and playwright-core. Anything that cannot
//! be installed is named exactly.

use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

fn found(cmd: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|p| p.join(cmd)).find(|p| p.is_file())
}

fn apt_install(packages: &[&str]) -> Result<()> {
    if !is_root() || found("apt-get").is_none() {
        bail!("missing: {}. Install them (Debian/Ubuntu: sudo apt-get install {}) and run again", packages.join(", "), packages.join(" "));
    }
    println!("installing {} with apt-get", packages.join(", "));
    crate::run_cmd(Command::new("apt-get").args(["update", "-qq"]))?;
    crate::run_cmd(Command::new("apt-get").args(["install", "-y", "-qq", "--no-install-recommends"]).args(packages).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Debian's Chromium (`CHROME_PATH` wins when set).
pub fn chromium() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("CHROME_PATH").map(PathBuf::from).filter(|p| p.is_file()) {
        return Ok(p);
    }
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if let Some(p) = found(name) {
            return Ok(p);
        }
    }
    apt_install(&["chromium", "fonts-noto-cjk"])?;
    found("chromium").ok_or_else(|| anyhow::anyhow!("chromium is still not on PATH after installing it"))
}

pub fn node() -> Result<PathBuf> {
    if let (Some(n), Some(_)) = (found("node"), found("npm")) {
        return Ok(n);
    }
    apt_install(&["nodejs", "npm"])?;
    found("node").ok_or_else(|| anyhow::anyhow!("node is still not on PATH after installing it"))
}

/// playwright-core (it drives the system's Chromium and downloads no browser).
pub fn npm_install(dir: &Path) -> Result<()> {
    if dir.join("node_modules/playwright-core/package.json").is_file() {
        return Ok(());
    }
    crate::run_cmd(Command::new("npm").args(["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"]).current_dir(dir))
}

/// The wasm32 target, added with rustup when it is missing.
pub fn wasm_target() -> Result<()> {
    let out = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") => Ok(()),
        Ok(_) => crate::run_cmd(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"])),
        Err(_) => bail!("rustup is not on PATH: install the wasm32-unknown-unknown target for your Rust toolchain"),
    }
}

/// wasm-opt is optional; `cargo xtask viewer` uses it when a recent one is on PATH.
pub fn wasm_opt() {}
