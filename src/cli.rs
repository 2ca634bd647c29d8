//! Command-line arguments (clap).

use clap::{Parser, Subcommand, ValueEnum};

/// figcheck: a spell-checker for numbers.
#[derive(Debug, Parser)]
#[command(name = "figcheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the figures of the inputs against each other and report discrepancies.
    Check(CheckArgs),
    /// List every figure in the input and what it stands for (the ledger).
    Figures(InputArgs),
    /// List the checks.
    Rules,
    /// Explain a check: what it finds, why it matters, examples and the fix.
    Explain {
        /// Code ("FC101") or name ("parts-sum-mismatch").
        check: String,
    },
    /// Run the language server on standard input and output (for editors).
    Lsp {
        /// Folder of rule files that replace the built-in ones.
        #[arg(long, value_name = "DIR")]
        rules: Option<std::path::PathBuf>,
    },
}

/// Arguments shared by the commands that read articles.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files or folders to read (a folder: its .md, .txt, .html and .jsonl files, as
    /// .gitignore allows); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// How to read the inputs (default: by extension; `-` is plain text).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// Folder whose rule files (`hedges.toml`, `vague.toml`, `units.toml`,
    /// `currencies.toml`, `events.toml`, `nouns.toml`) replace the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<std::path::PathBuf>,
    /// Largest document to read, in megabytes (for a JSONL batch: the largest record).
    #[arg(long, value_name = "MB", default_value_t = 256)]
    pub max_size: u64,
}

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Publication date (YYYY-MM-DD) for inputs that do not carry one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Run only these checks (codes, code prefixes such as FC1, or names; comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these checks (codes, code prefixes or names; comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Exit with status 1 when a finding at or above this severity is reported
    /// [default: warning, or `fail-on` in figcheck.toml].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Configuration file for every input [default: for each input, the nearest
    /// figcheck.toml in its folder or above].
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    Github,
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Text,
    Markdown,
    Html,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}
