//! figcheck: a spell-checker for numbers.
//!
//! It reads prose, finds every figure in it, works out what each figure counts and checks
//! that the figures agree with each other. Data flows one way, each stage a module that
//! knows only the stages before it:
//!
//! ```text
//! source (document, masked text, line index)
//!   -> parse (tokens, sentences, figures: values and intervals)
//!   -> report (renderers)
//! ```
//!
//! The lexicons the parser reads (hedges, vague amounts, units, currencies) are data in
//! `rules/*.toml`, compiled in and overridable ([`lexicon`]).
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod error;
pub mod lexicon;
pub mod numeric;
pub mod parse;
pub mod report;
pub mod source;

pub use error::{Error, ErrorKind, Result};
