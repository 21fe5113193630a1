use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = kaifang::cli::Cli::parse();
    match kaifang::cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Diagnostics were printed as they were found; end with the count.
            if let Some(f) = e.downcast_ref::<kaifang::BuildFailed>() {
                eprintln!("{}", kaifang::diag::Failed { errors: f.0.errors() });
            } else {
                eprintln!("error: {e}");
                for cause in e.chain().skip(1) {
                    eprintln!("  caused by: {cause}");
                }
            }
            ExitCode::FAILURE
        }
    }
}
