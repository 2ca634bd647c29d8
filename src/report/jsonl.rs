//! `--format jsonl`: one line per article, `{"id", "figures": [...]}`.
//!
//! A line is given a piece at a time (its opening, then a record each), each made as it is
//! taken, so that an article with any number of figures or findings is written in steady
//! memory.

use serde::Serialize;

use super::{FigureLedger, FindingRecord};
use crate::source::LineIndex;

/// The opening of a line, up to its first array (`key`).
fn open(id: &str, key: &str) -> String {
    format!(
        "{{\"id\":{},\"{key}\":[",
        serde_json::to_string(id).unwrap_or_default()
    )
}

/// Item `n` of an array, after a comma unless it is the first.
fn item(value: &impl Serialize, n: usize) -> String {
    let body = serde_json::to_string(value).unwrap_or_default();
    if n == 0 { body } else { format!(",{body}") }
}

/// One article's figures as one JSON line (with its newline), in pieces:
/// `{"id", "figures": [...], "relations": [...]}`.
pub fn figures(ledger: &FigureLedger) -> impl Iterator<Item = String> + '_ {
    std::iter::once(open(&ledger.id, "figures"))
        .chain(ledger.records.iter().enumerate().map(|(n, r)| item(r, n)))
        .chain(std::iter::once("],\"relations\":[".to_string()))
        .chain(ledger.relations.iter().enumerate().map(|(n, r)| item(r, n)))
        .chain(std::iter::once("]}\n".to_string()))
}

/// One article's findings as one JSON line (with its newline), in pieces:
/// `{"id", "findings": [...]}`.
pub fn findings<'a>(file: &'a super::FileFindings<'a>) -> impl Iterator<Item = String> + 'a {
    // most articles of a batch have no finding: their lines are indexed only when asked
    let index = std::cell::OnceCell::new();
    std::iter::once(open(&file.id, "findings"))
        .chain(file.findings.iter().enumerate().map(move |(n, f)| {
            let index = index.get_or_init(|| LineIndex::new(file.text));
            item(&FindingRecord::new(file.text, index, f), n)
        }))
        .chain(std::iter::once("]}\n".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Document;

    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a str,
        figures: &'a [super::super::FigureRecord],
        relations: &'a [crate::claims::RelationRecord],
    }

    #[derive(Serialize)]
    struct FindingsLine<'a> {
        id: &'a str,
        findings: Vec<FindingRecord>,
    }

    #[test]
    fn lines_in_pieces_are_the_lines_serde_writes_whole() {
        let config = crate::config::Config::default();
        for (id, text) in [
            ("a", ""),
            ("b", "5 people"),
            (
                "c\"q",
                "They freed 33 hostages and five Thais, 38 people in all. 1 and 2, 4 in all.",
            ),
        ] {
            let doc = Document::from_text(id, text);
            let ledger = crate::pipeline::ledger(&doc, &config);
            let whole = serde_json::to_string(&Line {
                id: &ledger.id,
                figures: &ledger.records,
                relations: &ledger.relations,
            })
            .unwrap();
            assert_eq!(figures(&ledger).collect::<String>(), format!("{whole}\n"));
            let file = super::super::FileFindings {
                id: id.to_string(),
                text,
                findings: crate::check(&doc, &config).findings,
            };
            assert!(id != "c\"q" || !file.findings.is_empty());
            let whole = serde_json::to_string(&FindingsLine {
                id,
                findings: file.records(),
            })
            .unwrap();
            assert_eq!(findings(&file).collect::<String>(), format!("{whole}\n"));
        }
    }
}
