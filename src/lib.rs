//! figcheck: a spell-checker for numbers.
//!
//! It reads prose, finds every figure in it, works out what each figure counts and checks
//! that the figures agree with each other. Data flows one way, each stage a module that
//! knows only the stages before it:
//!
//! ```text
//! source (document, masked text, line index)
//!   -> parse (tokens, sentences, figures: values and intervals)
//!   -> claims (what each figure counts, what happened, relations between figures)
//!   -> rule + checks (findings, with the arithmetic that shows them)
//!   -> report (renderers)
//! ```
//!
//! [`check`] runs the whole pipeline on one document:
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
pub mod report;
pub mod rule;
mod rulefile;
pub mod source;

pub use error::{Error, ErrorKind, Result};

/// The result of checking one document: its figures, their claims and the findings.
#[derive(Debug, Clone)]
pub struct Report {
    pub parsed: parse::Parsed,
    pub claims: claims::Claims,
    pub findings: Vec<diagnostic::Finding>,
}

/// Reads one document without checking it: its figures and what they count (the
/// `figures` ledger needs no more).
pub fn read(doc: &source::Document, config: &config::Config) -> (parse::Parsed, claims::Claims) {
    let parsed = parse::parse(doc, &config.lexicon);
    let claims = claims::analyse(&doc.text, &parsed, &config.claims);
    (parsed, claims)
}

/// Checks one document: parse, read the claims, run the selected checks.
pub fn check(doc: &source::Document, config: &config::Config) -> Report {
    let (parsed, claims) = read(doc, config);
    let published = doc
        .date
        .as_deref()
        .or(config.date.as_deref())
        .and_then(|d| d.parse::<jiff::civil::Date>().ok());
    let ctx = rule::Context {
        text: &doc.text,
        parsed: &parsed,
        claims: &claims,
        published,
        lexicon: &config.lexicon,
    };
    let mut findings = rule::run(&ctx, &config.selection);
    findings.retain(|f| {
        !doc.suppressions
            .iter()
            .any(|s| s.covers(f.span.start, f.code, f.name))
    });
    Report {
        parsed,
        claims,
        findings,
    }
}
