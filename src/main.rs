//! The `figcheck` binary: parse arguments, run, exit.

mod app;
mod cli;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    let status = app::run(cli);
    std::process::exit(status as i32);
}
