//! `--format json`: one object, `{"version": 1, "files": [{"path", "figures": [...]}]}`.
//!
//! The object can be written whole ([`figures`], [`findings`]) or a file at a time
//! ([`Files`]), so that a batch of any size is written in steady memory; both give the
//! same bytes.

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

    fn file(&mut self, value: &impl Serialize) -> String {
        let body = serde_json::to_string_pretty(value).unwrap_or_default();
        let mut out = String::with_capacity(body.len() + body.len() / 8);
        out.push_str(if self.written == 0 { "\n" } else { ",\n" });
        // nested two levels deep; JSON strings hold no raw line ends, so every line is
        // one of the structure
        for (n, line) in body.lines().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            out.push_str("    ");
            out.push_str(line);
        }
        self.written += 1;
        out
    }

    /// One input's figure ledger.
    pub fn figures(&mut self, ledger: &FigureLedger) -> String {
        self.file(&FileFigures {
            path: &ledger.id,
            figures: &ledger.records,
            relations: &ledger.relations,
        })
    }

    /// One input's findings.
    pub fn findings(&mut self, file: &super::FileFindings) -> String {
        self.file(&FileRecords {
            path: &file.id,
            findings: file.records(),
        })
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
    fn a_file_at_a_time_writes_the_same_bytes_as_the_whole() {
        for ledgers in [
            vec![],
            vec![ledger("a", "5 people \"quoted\"\nand 7%.")],
            vec![ledger("a", "5 people"), ledger("b", ""), ledger("c", "£3m")],
        ] {
            let (mut files, mut out) = Files::start();
            for l in &ledgers {
                out.push_str(&files.figures(l));
            }
            out.push_str(&files.end());
            assert_eq!(out, figures(&ledgers));
        }
    }
}
