//! `--format json`: one object, `{"version": 1, "files": [{"path", "figures": [...]}]}`.

use serde::Serialize;

use super::{FigureLedger, FigureRecord};

#[derive(Serialize)]
struct FileFigures<'a> {
    path: &'a str,
    figures: &'a [FigureRecord],
    relations: &'a [crate::claims::RelationRecord],
}

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: Vec<FileFigures<'a>>,
}

/// Renders the figure ledgers of all inputs as one JSON object.
pub fn figures(ledgers: &[FigureLedger]) -> String {
    let out = Output {
        version: 1,
        files: ledgers
            .iter()
            .map(|l| FileFigures {
                path: &l.id,
                figures: &l.records,
                relations: &l.relations,
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
    s.push('\n');
    s
}

#[derive(Serialize)]
struct FileRecords<'a> {
    path: &'a str,
    findings: Vec<super::FindingRecord>,
}

#[derive(Serialize)]
struct FindingsOutput<'a> {
    version: u32,
    files: Vec<FileRecords<'a>>,
}

/// Renders the findings of all inputs as one JSON object:
/// `{"version": 1, "files": [{"path", "findings": [...]}]}`.
pub fn findings(files: &[super::FileFindings]) -> String {
    let out = FindingsOutput {
        version: 1,
        files: files
            .iter()
            .map(|f| FileRecords {
                path: &f.id,
                findings: f.records(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
    s.push('\n');
    s
}
