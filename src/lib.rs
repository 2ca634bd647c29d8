//! figcheck: a spell-checker for numbers.
//!
//! It reads prose, finds every figure in it, works out what each figure counts and checks
//! that the figures agree with each other. Data flows one way, each stage a module that
//! knows only the stages before it:
//!
//! ```text
//! error, numeric, rulefile            (used by all)
//! source (document, masked text, line index)
//!   -> parse (tokens, sentences, blocks, figures: values and intervals; parse::lexicon)
//!   -> claims (what each figure counts, what happened, relations between figures)
//!   -> diagnostic, checks (findings with the arithmetic that shows them; the registry)
//!   -> report (renderers), config (settings and figcheck.toml)
//!   -> pipeline (the stages run in order: read, check, ledger)
//!   -> lsp, and the binary (app, cli)
//! ```
//!
//! `docs/ARCHITECTURE.md` draws the modules of each stage.
//!
//! Words: a *check* is one kind of finding (`FC101 parts-sum-mismatch`), described in
//! `rules/checks.toml` and listed by `figcheck rules`; *rule files* are the TOML data in
//! the `rules/` folder, which `--rules DIR` or `rules = "DIR"` in `figcheck.toml` override;
//! the *registry* (`checks::registry`) ties each check's code to its function.
//!
//! [`check`] runs the whole pipeline on one document ([`pipeline`]):
//!
//! ```
//! use figcheck::{check, config::Config, source::Document};
//! let doc = Document::from_text("s.txt", "They freed 33 hostages and five Thais, 41 people in all.");
//! let report = check(&doc, &Config::default());
//! assert_eq!(report.findings[0].name, "parts-sum-mismatch");
//! assert_eq!(report.findings[0].arithmetic, "33 + 5 = 38, but the total (in all) is 41");
//! ```
//!
//! The lexicons the parser reads (hedges, vague amounts, units, currencies) are data in
//! `rules/*.toml`, compiled in and overridable ([`parse::lexicon`]).
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod checks;
pub mod claims;
pub mod config;
pub mod diagnostic;
pub mod error;
pub mod lsp;
pub mod numeric;
pub mod parse;
pub mod pipeline;
pub mod report;
mod rulefile;
pub mod source;

pub use error::{Error, ErrorKind, Result};
pub use pipeline::{Report, check, ledger, read};
