//! Renderers. They format what earlier stages computed and never compute it themselves.
//!
//! One file per output format: [`json`] (one object for all files), [`jsonl`] (one line per
//! article) and [`human`] (a ledger a person reads). All share the span and figure records
//! defined here, which are the output contract of `../shared/docs/DESIGN.md`.

pub mod human;
pub mod json;
pub mod jsonl;

use serde::Serialize;

use crate::parse::Figure;
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
    pub fn new(text: &str, index: &LineIndex, span: Span) -> SpanRecord {
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
            // 12 significant digits: enough for any figure written in prose, and free of
            // binary noise such as 0.30000000000000004
            let rounded: f64 = format!("{v:.12e}").parse().unwrap_or(v);
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
    pub date: Option<crate::parse::DateParts>,
    /// 0-based sentence index.
    pub sentence: u32,
    pub headline: bool,
}

impl FigureRecord {
    /// The record of a figure found in `text`.
    pub fn new(text: &str, index: &LineIndex, f: &Figure) -> FigureRecord {
        let span = SpanRecord::new(text, index, f.span);
        FigureRecord {
            text: span.text.clone(),
            span,
            value: f.value.map(Num),
            lo: f.interval.and_then(|i| i.lo_bound()).map(Num),
            hi: f.interval.and_then(|i| i.hi_bound()).map(Num),
            kind: f.kind.as_str(),
            unit: f.unit.clone(),
            counts: None,
            event: None,
            hedge: f.hedge.clone(),
            ratio: f.ratio.map(|(a, b)| [Num(a), Num(b)]),
            date: f.date,
            sentence: f.sentence,
            headline: f.headline,
        }
    }
}

/// The figures of one input (a file, or one article of a JSONL batch) ready to render.
#[derive(Debug, Clone)]
pub struct FigureLedger {
    /// File path, or article id.
    pub id: String,
    pub records: Vec<FigureRecord>,
}
