//! The `figcheck` binary: parse arguments, run, exit.

mod app;
mod cli;

use clap::Parser;

/// mimalloc rather than the system allocator: a check allocates small, short-lived
/// values by the hundred per article (claims, scopes, findings), and the system
/// allocator's bookkeeping was 7 to 9% of the instructions of `check` on the news corpus.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = cli::Cli::parse();
    let status = app::run(cli);
    std::process::exit(status as i32);
}
