//! Findings: what a check reports. Renderers format them; they never compute them.

use serde::{Deserialize, Serialize};

use crate::source::Span;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Cannot be verified, or incomplete, but an editor may want to see it.
    Info,
    /// Wrong under the natural reading, but a hedge or rounding could be read to save it.
    Warning,
    /// Wrong under every reading of the figures involved.
    Error,
}

impl Severity {
    /// "error", "warning" or "info", as the output contract writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Another figure involved in a finding, and its part in it ("part", "total").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub label: String,
    pub span: Span,
}

/// A replacement that would fix the finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub span: Span,
    pub replacement: String,
}

/// One discrepancy, with everything needed to explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable code, e.g. "FC101".
    pub code: &'static str,
    /// Kebab-case name saying what is wrong, e.g. "parts-sum-mismatch".
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The arithmetic that shows it: "33 + 5 = 38, but the total says 41".
    pub arithmetic: String,
    /// The figure that is off.
    pub span: Span,
    /// Its part in the finding, for the annotation under it ("stated total").
    pub label: String,
    pub related: Vec<Related>,
    pub suggestion: Option<Suggestion>,
}
