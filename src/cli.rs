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
    /// List every figure in the input and what it stands for (the ledger).
    Figures(InputArgs),
}

/// Arguments shared by the commands that read articles.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files to read; `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// How to read the inputs (default: by extension; `-` is plain text).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// Folder whose `hedges.toml`, `vague.toml`, `units.toml` or `currencies.toml` replace
    /// the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Text,
    Markdown,
    Jsonl,
}
