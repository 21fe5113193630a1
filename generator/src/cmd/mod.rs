//! Subcommands; each exposes `run(…) -> Result<()>`.

pub mod build;
pub mod check;
pub mod new;

use crate::cli::{Cli, Command, NewCommand};
use crate::date::Date;
use crate::diag::Diagnostics;
use anyhow::{anyhow, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build { site_dir, out, today, quiet } => build::run(&site_dir, out, parse_today(today)?, !quiet),
        Command::Check { site_dir, today, todo, lang } => check::run(&site_dir, parse_today(today)?, todo, lang.as_deref()),
        Command::New { what: NewCommand::Site { dir } } => new::site(&dir),
        Command::New { what: NewCommand::Dataset { agency, id, site } } => new::dataset(&site, &agency, &id),
    }
}

fn parse_today(s: Option<String>) -> Result<Option<Date>> {
    s.map(|s| Date::parse(&s).ok_or_else(|| anyhow!("--today {s}: write the date as 2026-11-26"))).transpose()
}

/// Prints every diagnostic, sorted by file and line.
pub fn print_diags(d: &Diagnostics) {
    for x in d.sorted() {
        eprintln!("{x}");
    }
}

/// A progress bar on stderr, hidden when stderr is not a terminal or when asked.
pub fn progress_bar(show: bool, len: u64, what: &'static str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(len), if show { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() });
    bar.set_style(ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len}").unwrap_or_else(|_| ProgressStyle::default_bar()).progress_chars("=> "));
    bar.set_message(what);
    bar
}
