//! `--format jsonl`: one line per article, `{"id", "figures": [...]}`.

use serde::Serialize;

use super::{FigureLedger, FigureRecord};

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    figures: &'a [FigureRecord],
    relations: &'a [crate::claims::RelationRecord],
}

/// Renders one article's figures as one JSON line (with its newline).
pub fn figures(ledger: &FigureLedger) -> String {
    let mut s = serde_json::to_string(&Line {
        id: &ledger.id,
        figures: &ledger.records,
        relations: &ledger.relations,
    })
    .unwrap_or_default();
    s.push('\n');
    s
}

#[derive(Serialize)]
struct FindingsLine<'a> {
    id: &'a str,
    findings: Vec<super::FindingRecord>,
}

/// Renders one article's findings as one JSON line: `{"id", "findings": [...]}`.
pub fn findings(file: &super::FileFindings) -> String {
    let mut s = serde_json::to_string(&FindingsLine {
        id: &file.id,
        findings: file.records(),
    })
    .unwrap_or_default();
    s.push('\n');
    s
}
