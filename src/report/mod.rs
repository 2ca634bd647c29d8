//! Renderers. They format what earlier stages computed and never compute it themselves.
//!
//! One file per output format: [`json`] (one object for all files), [`jsonl`] (one line per
//! article), [`human`] (what a person reads: annotated snippets, a ledger), [`github`]
//! (workflow annotations) and [`sarif`] (code-scanning logs); [`baseline`] fingerprints findings and
//! [`fix`] applies their suggestions. All share the span and figure records
//! defined here, which are the output contract of `../shared/docs/DESIGN.md`.

pub mod baseline;
pub mod fix;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;

use serde::Serialize;

use crate::diagnostic::Finding;
use crate::source::{LineIndex, Span};

/// A span as the output contract writes it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SpanRecord {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub utf16_column: u32,
    pub text: String,
}

impl SpanRecord {
    /// The record of `span` in `text`.
    pub(crate) fn new(text: &str, index: &LineIndex, span: Span) -> SpanRecord {
        let start = index.position(text, span.start);
        let end = index.position(text, span.end);
        SpanRecord {
            start: span.start,
            end: span.end,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            utf16_column: start.utf16_column,
            text: text.get(span.range()).unwrap_or("").to_string(),
        }
    }
}

/// A JSON number written as an integer when it is one, and without float noise otherwise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            // 15 significant digits, all a double holds exactly: every figure as written
            // ("1234567890123.5"), free of binary noise such as 0.30000000000000004. The
            // rounding is monotonic, so a `lo` never comes out above its `hi`.
            let rounded: f64 = format!("{v:.14e}").parse().unwrap_or(v);
            s.serialize_f64(rounded)
        }
    }
}

/// One figure as the output contract writes it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FigureRecord {
    pub text: String,
    pub span: SpanRecord,
    pub value: Option<Num>,
    pub lo: Option<Num>,
    pub hi: Option<Num>,
    pub kind: &'static str,
    pub unit: Option<String>,
    pub counts: Option<String>,
    pub event: Option<String>,
    pub hedge: Option<String>,
    /// Numerator and denominator of a ratio ("one in five").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<[Num; 2]>,
    /// Calendar parts of a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRecord>,
    /// 0-based sentence index.
    pub sentence: u32,
    pub headline: bool,
    /// The sentence runs over the length cap and was read in clauses (written only when
    /// true): relations across clauses are not seen.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub capped: bool,
    /// The table row, list item or live-blog entry the figure stands in (written only when
    /// it stands in one): figures of different blocks are never compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block: Option<BlockRecord>,
}

/// A block of the text (a table row, a list item, a live-blog entry) as the output contract
/// writes it.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct BlockRecord {
    /// Unique within the input, counted from 1 in reading order.
    pub id: u32,
    /// `row`, `item` or `entry`.
    pub kind: &'static str,
}

/// The calendar parts of a date figure as the output contract writes them; missing parts
/// are null.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct DateRecord {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// 0 = Monday ... 6 = Sunday, when a weekday is written with the date.
    pub weekday: Option<u8>,
}

/// The figures of one input (a file, or one article of a JSONL batch) ready to render.
#[derive(Debug, Clone)]
pub struct FigureLedger {
    /// File path, or article id.
    pub id: String,
    pub records: Vec<FigureRecord>,
    /// What the claims stage understood between the figures (indexes into `records`).
    pub relations: Vec<crate::claims::RelationRecord>,
    /// The publication date the figures are read with (the input's own, else the
    /// configured one), `YYYY-MM-DD`: dates written without a year take it from there.
    pub published: Option<String>,
}

/// A related figure as the output contract writes it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RelatedRecord {
    pub label: String,
    pub span: SpanRecord,
}

/// A suggested replacement as the output contract writes it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SuggestionRecord {
    pub span: SpanRecord,
    pub replacement: String,
}

/// One finding as the output contract writes it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingRecord {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub arithmetic: String,
    pub span: SpanRecord,
    pub related: Vec<RelatedRecord>,
    pub suggestion: Option<SuggestionRecord>,
}

impl FindingRecord {
    /// The record of a finding in `text`.
    pub(crate) fn new(text: &str, index: &LineIndex, f: &Finding) -> FindingRecord {
        FindingRecord {
            code: f.code,
            name: f.name,
            severity: f.severity.as_str(),
            message: f.message.clone(),
            arithmetic: f.arithmetic.clone(),
            span: SpanRecord::new(text, index, f.span),
            related: f
                .related
                .iter()
                .map(|r| RelatedRecord {
                    label: r.label.clone(),
                    span: SpanRecord::new(text, index, r.span),
                })
                .collect(),
            suggestion: f.suggestion.as_ref().map(|s| SuggestionRecord {
                span: SpanRecord::new(text, index, s.span),
                replacement: s.replacement.clone(),
            }),
        }
    }
}

/// The findings of one input, with its text for snippets.
#[derive(Debug, Clone)]
pub struct FileFindings<'a> {
    /// File path, or article id.
    pub id: String,
    /// The input as given.
    pub text: &'a str,
    pub findings: Vec<Finding>,
}

impl FileFindings<'_> {
    /// The contract records of the findings.
    pub(crate) fn records(&self) -> Vec<FindingRecord> {
        // most files of a batch have no finding: index their lines only when asked
        if self.findings.is_empty() {
            return Vec::new();
        }
        let index = LineIndex::new(self.text);
        self.findings
            .iter()
            .map(|f| FindingRecord::new(self.text, &index, f))
            .collect()
    }
}

/// Counts of findings by severity, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub files: usize,
}

impl Tally {
    /// Adds one input's findings.
    pub fn add(&mut self, findings: &[Finding]) {
        use crate::diagnostic::Severity;
        self.files += 1;
        for f in findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// "2 errors, 1 warning in 3 files".
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut parts = vec![
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
        ];
        if self.infos > 0 {
            parts.push(plural(self.infos, "note"));
        }
        format!("{} in {}", parts.join(", "), plural(self.files, "file"))
    }
}

/// `figcheck rules --format json`: `{"version": 1, "rules": [{"code", "name", "summary",
/// "why", "fix", "fail", "pass", "severity"}]}`; `severity` is the most severe a finding of
/// the check may be (null: any).
pub fn rules_json(catalogue: &[crate::checks::CheckInfo]) -> String {
    let rules: Vec<serde_json::Value> = catalogue
        .iter()
        .map(|r| {
            serde_json::json!({
                "code": r.code,
                "name": r.name,
                "summary": r.summary,
                "why": r.why,
                "fix": r.fix,
                "fail": r.fail,
                "pass": r.pass,
                "severity": r.severity.map(|s| s.as_str()),
            })
        })
        .collect();
    let out = serde_json::json!({"version": 1, "rules": rules});
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::Num;

    fn json(v: f64) -> String {
        serde_json::to_string(&Num(v)).unwrap()
    }

    #[test]
    fn numbers_keep_their_precision_without_float_noise() {
        assert_eq!(json(1234567890123.5), "1234567890123.5");
        assert_eq!(json(0.1 + 0.2), "0.3");
        assert_eq!(json(2.35e6), "2350000");
        assert_eq!(json(1.13e9), "1130000000");
        assert_eq!(json(0.045), "0.045");
        assert_eq!(json(-7.25), "-7.25");
        // neighbouring bounds stay in order
        let (lo, hi) = (1234567890123.45, 1234567890123.55);
        let (l, h): (f64, f64) = (json(lo).parse().unwrap(), json(hi).parse().unwrap());
        assert!(l <= h);
    }
}
