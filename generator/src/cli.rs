//! The command line: one enum of subcommands (clap derive).

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "kaifang", version, about = "Build a static open-data portal from a site folder (滨州市公共数据管理办法)", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the portal into a folder (default: SITE_DIR/dist)
    Build {
        /// The site folder (holding site.toml)
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Where to write the portal; replaced only when the build succeeds
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// The build date (YYYY-MM-DD), overriding site.toml's `today`
        #[arg(long)]
        today: Option<String>,
        /// No progress bars
        #[arg(long, short)]
        quiet: bool,
    },
    /// Check the site for every problem without writing anything
    Check {
        /// The site folder (holding site.toml)
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// The build date (YYYY-MM-DD), overriding site.toml's `today`
        #[arg(long)]
        today: Option<String>,
        /// Print each agency's to-do list, most urgent first: overdue updates,
        /// unanswered requests past the deadline, quality warnings
        #[arg(long)]
        todo: bool,
        /// Language of the to-do list: zh-CN or en (default: the site's)
        #[arg(long, value_parser = ["zh-CN", "en"])]
        lang: Option<String>,
    },
    /// Write a new site or dataset, commented, to fill in
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A new site folder with site.toml, one agency and one dataset
    Site {
        /// The folder to create (must not exist or be empty)
        dir: PathBuf,
    },
    /// A new dataset: datasets/AGENCY/ID/dataset.md
    Dataset {
        /// The agency id (a file content/agencies/AGENCY.md)
        agency: String,
        /// The new dataset's id
        id: String,
        /// The site folder
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
}
