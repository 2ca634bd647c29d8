//! `--format json`: one object, `{"version": 1, "files": [{"path", "figures": [...]}]}`.
//!
//! The object can be written whole ([`figures`], [`findings`]) or a file at a time
//! ([`Files`]), so that a batch of any size is written in steady memory; both give the
//! same bytes.

use serde::Serialize;

use super::{FigureLedger, FigureRecord, FindingRecord};
use crate::source::LineIndex;

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

/// Writes `{"version": 1, "files": [...]}` one file at a time, byte for byte as the whole
/// object renders: [`Files::start`], then [`Files::figures`] or [`Files::findings`] per
/// file, then [`Files::end`].
#[derive(Debug, Default)]
pub struct Files {
    written: usize,
}

impl Files {
    /// The opening of the object.
    pub fn start() -> (Files, String) {
        (
            Files::default(),
            "{\n  \"version\": 1,\n  \"files\": [".to_string(),
        )
    }

    /// The opening of a file's object, up to its first array (`key`): the object at 4
    /// spaces, as serde_json writes it two levels deep.
    fn open(&mut self, path: &str, key: &str) -> String {
        let mut head = String::from(if self.written == 0 { "\n" } else { ",\n" });
        self.written += 1;
        head.push_str("    {\n      \"path\": ");
        head.push_str(&serde_json::to_string(path).unwrap_or_default());
        head.push_str(",\n      \"");
        head.push_str(key);
        head.push_str("\": [");
        head
    }

    /// One input's figure ledger, a piece at a time (the file's opening, then a figure or
    /// a relation each), each made as it is taken: a file with any number of figures is
    /// written in steady memory.
    pub fn figures<'a>(&mut self, ledger: &'a FigureLedger) -> impl Iterator<Item = String> + 'a {
        let head = self.open(&ledger.id, "figures");
        let figures = ledger.records.iter().enumerate().map(|(n, r)| item(r, n));
        let relations = ledger.relations.iter().enumerate().map(|(n, r)| item(r, n));
        std::iter::once(head)
            .chain(figures)
            .chain(std::iter::once(format!(
                "{},\n      \"relations\": [",
                close(ledger.records.is_empty())
            )))
            .chain(relations)
            .chain(std::iter::once(format!(
                "{}\n    }}",
                close(ledger.relations.is_empty())
            )))
    }

    /// One input's findings, a piece at a time (the file's opening, then a finding each),
    /// each made as it is taken: a file with any number of findings is written in steady
    /// memory.
    pub fn findings<'a>(
        &mut self,
        file: &'a super::FileFindings<'a>,
    ) -> impl Iterator<Item = String> + 'a {
        // a file without findings needs no index of its lines
        let index = std::cell::OnceCell::new();
        let head = self.open(&file.id, "findings");
        let records = file.findings.iter().enumerate().map(move |(n, f)| {
            let index = index.get_or_init(|| LineIndex::new(file.text));
            item(&FindingRecord::new(file.text, index, f), n)
        });
        std::iter::once(head)
            .chain(records)
            .chain(std::iter::once(format!(
                "{}\n    }}",
                close(file.findings.is_empty())
            )))
    }

    /// The close of the object.
    pub fn end(self) -> String {
        if self.written == 0 {
            "]\n}\n".to_string()
        } else {
            "\n  ]\n}\n".to_string()
        }
    }
}

/// Item `n` of an array of a file's object, as serde_json writes it there: at 8 spaces,
/// after a comma unless it is the first.
fn item(value: &impl Serialize, n: usize) -> String {
    let body = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut out = String::with_capacity(body.len() + body.len() / 4);
    out.push_str(if n == 0 { "\n" } else { ",\n" });
    // JSON strings hold no raw line ends, so every line is one of the structure
    for (k, line) in body.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str("        ");
        out.push_str(line);
    }
    out
}

/// The close of an array of a file's object.
fn close(empty: bool) -> &'static str {
    if empty { "]" } else { "\n      ]" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Document;

    // the records come from the whole pipeline, as `figcheck figures` gets them (the test
    // may reach past the report stage; the renderer itself does not)
    fn ledger(id: &str, text: &str) -> FigureLedger {
        crate::pipeline::ledger(
            &Document::from_text(id, text),
            &crate::config::Config::default(),
        )
    }

    #[test]
    fn findings_a_piece_at_a_time_write_the_same_bytes_as_the_whole() {
        let texts = [
            ("a", "5 people"),
            (
                "b",
                "Prices: £10 and £5, £16 in all.\n\"x\" 1 and 2, 4 in all.",
            ),
            ("c", ""),
        ];
        let docs: Vec<Document> = texts
            .iter()
            .map(|(id, t)| Document::from_text(id, t))
            .collect();
        let files: Vec<super::super::FileFindings> = docs
            .iter()
            .map(|d| super::super::FileFindings {
                id: d.id.clone(),
                text: &d.original,
                findings: crate::check(d, &crate::config::Config::default()).findings,
            })
            .collect();
        assert!(files.iter().any(|f| f.findings.len() > 1));
        for files in [&files[..0], &files[..1], &files[1..2], &files[..]] {
            let (mut writer, mut out) = Files::start();
            for f in files {
                out.extend(writer.findings(f));
            }
            out.push_str(&writer.end());
            assert_eq!(out, findings(files));
        }
    }

    #[test]
    fn a_file_at_a_time_writes_the_same_bytes_as_the_whole() {
        for ledgers in [
            vec![],
            vec![ledger("a", "5 people \"quoted\"\nand 7%.")],
            vec![ledger("a", "5 people"), ledger("b", ""), ledger("c", "£3m")],
            vec![
                ledger(
                    "d",
                    "They freed 33 hostages and five Thais, 38 people in all.",
                ),
                ledger("e", "Sales rose 5% to £100m."),
            ],
        ] {
            let (mut files, mut out) = Files::start();
            for l in &ledgers {
                out.extend(files.figures(l));
            }
            out.push_str(&files.end());
            assert_eq!(out, figures(&ledgers));
            if ledgers.iter().any(|l| l.id == "d") {
                assert!(!ledgers[0].relations.is_empty(), "a ledger with relations");
            }
        }
    }
}
