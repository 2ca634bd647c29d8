//! Command-line arguments (clap).

use clap::{Parser, Subcommand, ValueEnum};

/// figcheck: a spell-checker for numbers.
#[derive(Debug, Parser)]
#[command(name = "figcheck", version, about, long_about = None)]
pub struct Cli {
    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set, and
    /// any output when CLICOLOR_FORCE or FORCE_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the figures of the inputs against each other and report discrepancies.
    Check(CheckArgs),
    /// List every figure in the input and what it stands for (the ledger).
    Figures(FiguresArgs),
    /// List the checks.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
    },
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
    /// Print a shell completion script (e.g. `figcheck completions bash > figcheck.bash`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on standard output (`figcheck man > figcheck.1`).
    Man,
}

/// Arguments shared by the commands that read articles.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files or folders to read (a folder: its .md, .txt, .html and .jsonl files, as
    /// .gitignore allows); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// How to read the inputs (default: by extension; `-` is plain text, or as
    /// --stdin-filename's extension says).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// The name standard input (`-`) stands for: shown in the output, and used to find its
    /// figcheck.toml and its input format.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<String>,
    /// Folder whose rule files (`hedges.toml`, `vague.toml`, `units.toml`,
    /// `currencies.toml`, `labels.toml`, `events.toml`, `nouns.toml`, `relations.toml`,
    /// `balances.toml`) replace the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<std::path::PathBuf>,
    /// Largest document to read, in megabytes (for a JSONL batch: the largest record).
    #[arg(long, value_name = "MB", default_value_t = 256)]
    pub max_size: u64,
    /// Publication date (YYYY-MM-DD) for inputs that do not carry one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Write the output to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

/// Arguments of `figures`.
#[derive(Debug, clap::Args)]
pub struct FiguresArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FiguresFormat::Human)]
    pub format: FiguresFormat,
}

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
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
    /// Print the findings only: no summary line, no progress.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print the number of findings of each check instead of the findings (a JSON array
    /// with --format json).
    #[arg(long)]
    pub statistics: bool,
    /// Report only the findings not recorded in this baseline file (written by
    /// --write-baseline).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<std::path::PathBuf>,
    /// Record every finding in this baseline file; later runs with --baseline report only
    /// new ones.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<std::path::PathBuf>,
    /// Apply the suggested fixes in place. A file with a finding that has no suggestion is
    /// left untouched unless --fix-partial is given.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print the suggested fixes as a unified diff instead of the findings.
    #[arg(long)]
    pub diff: bool,
    /// With --fix or --diff: also fix files that have findings without a suggestion.
    #[arg(long)]
    pub fix_partial: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    Github,
    Sarif,
}

/// The formats of the figure ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FiguresFormat {
    Human,
    Json,
    Jsonl,
}

/// The formats of a list (`figcheck rules`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
