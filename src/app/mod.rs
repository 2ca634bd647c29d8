//! Orchestration: read inputs, configure, check, render, and decide the exit status.
//! The only module besides `main.rs` that touches stdout, stderr and the exit code.
//!
//! Its rooms: [`inputs`] walks the paths and reads files, standard input and JSONL batches;
//! [`settings`] finds the `figcheck.toml` of an input and lays the flags over it;
//! [`output`] is where the output goes (colour, the sink that stops when the reader goes,
//! errors and warnings, the exit status); [`check`] is the `check` command (fixes, diffs,
//! baselines, statistics); [`figures`] the `figures` command; the small commands (`rules`,
//! `explain`, `lsp`, ...) are here. The rooms use one another one way: `output` and
//! `settings` nothing of the others, `inputs` only `output`, the commands those three.

mod check;
mod figures;
mod inputs;
mod output;
mod settings;

use figcheck::checks::{catalogue, lookup};
use figcheck::report;
use figcheck::{Error, ErrorKind};

use crate::cli::{Cli, Command, ListFormat};
pub use output::ExitStatus;
use output::{report_error, stdout_sink};
use settings::config;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitStatus {
    match cli.command {
        Command::Check(args) => check::check(&args, cli.color),
        Command::Figures(args) => figures::figures(&args),
        Command::Rules { format } => rules(format),
        Command::Explain { check } => explain(&check),
        Command::Lsp { rules } => lsp(rules.as_deref()),
        Command::Completions { shell } => completions(shell),
        Command::Man => man(),
    }
}

/// `figcheck rules`: the checks, one a line or as JSON.
fn rules(format: ListFormat) -> ExitStatus {
    let out = match format {
        ListFormat::Human => {
            let mut out = String::new();
            let width = catalogue().iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in catalogue() {
                out.push_str(&format!(
                    "{:<6} {:<width$}  {}\n",
                    r.code, r.name, r.summary
                ));
            }
            out
        }
        ListFormat::Json => report::rules_json(catalogue()),
    };
    let mut sink = stdout_sink();
    sink.emit(&out);
    sink.finish(ExitStatus::Success)
}

/// `figcheck completions SHELL`: a completion script for the shell.
fn completions(shell: clap_complete::Shell) -> ExitStatus {
    use clap::CommandFactory;
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "figcheck", &mut buffer);
    let mut sink = stdout_sink();
    sink.emit(&String::from_utf8_lossy(&buffer));
    sink.finish(ExitStatus::Success)
}

/// `figcheck man`: the manual page (roff).
fn man() -> ExitStatus {
    use clap::CommandFactory;
    let mut buffer = Vec::new();
    if let Err(e) = clap_mangen::Man::new(Cli::command()).render(&mut buffer) {
        report_error(&Error::new(ErrorKind::Config {
            message: format!("cannot render the manual page: {e}"),
        }));
        return ExitStatus::Error;
    }
    let mut sink = stdout_sink();
    sink.emit(&String::from_utf8_lossy(&buffer));
    sink.finish(ExitStatus::Success)
}

/// `figcheck explain CHECK`: what a check finds, why it matters, the fix and examples.
fn explain(name: &str) -> ExitStatus {
    let Some(r) = lookup(name) else {
        report_error(&Error::new(ErrorKind::Config {
            message: format!("no check named `{name}`; `figcheck rules` lists them"),
        }));
        return ExitStatus::Error;
    };
    let mut out = format!(
        "{} {}\n\nWhat it finds\n  {}\n\nWhy it matters\n  {}\n\nFix\n  {}\n",
        r.code, r.name, r.summary, r.why, r.fix
    );
    if let Some(example) = r.fail.first() {
        out.push_str(&format!("\nExample\n  {example}\n"));
    }
    if let Some(example) = r.pass.first() {
        out.push_str(&format!("\nUse instead\n  {example}\n"));
    }
    let mut sink = stdout_sink();
    sink.emit(&out);
    sink.finish(ExitStatus::Success)
}

/// `figcheck lsp`: the language server on standard input and output.
fn lsp(rules: Option<&std::path::Path>) -> ExitStatus {
    let config = match config(rules) {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    match figcheck::lsp::run_stdio(config) {
        0 => ExitStatus::Success,
        // `exit` without `shutdown`: the protocol asks for 1
        _ => ExitStatus::Findings,
    }
}
