//! JSONL batches: one article a line, `{"id", "text", "title"?, "date"?}`.
//!
//! A batch is read record by record ([`JsonlReader`]), so a batch of any size is checked in
//! steady memory, and a bad record (not JSON, no `text`, a bad byte, an impossible date, a
//! line over the size limit) is an error for that record alone, naming its line and id,
//! while the rest are read.

use std::io::{BufRead, Read};

use serde::Deserialize;

use super::{Document, Span, check_date};
use crate::error::{Error, ErrorKind, Result};

#[derive(Deserialize)]
struct Record {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// Just the id of a record, to name a record that is otherwise unreadable.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Option<serde_json::Value>,
}

fn id_text(id: serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

/// Reads a JSONL batch record by record from `input`: each item is one article's
/// [`Document`] (spans relative to its `text`) or the error of one record. Blank lines are
/// skipped. A line longer than `max_record` bytes is an error for that line, read past
/// without being kept.
pub struct JsonlReader<R> {
    path: String,
    input: R,
    line: usize,
    max_record: u64,
    buf: Vec<u8>,
    /// A read error ended the batch.
    failed: bool,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader of the batch `path` (named in errors) from `input`.
    pub fn new(path: &str, input: R, max_record: u64) -> Self {
        JsonlReader {
            path: path.to_string(),
            input,
            line: 0,
            max_record,
            buf: Vec::new(),
            failed: false,
        }
    }

    fn error(&self, id: Option<String>, message: String) -> Error {
        Error::new(ErrorKind::Jsonl {
            path: self.path.clone(),
            line: self.line,
            id,
            message,
        })
    }

    /// Reads one line into `buf` (without its line end), at most `max_record` bytes of it
    /// kept; `Ok(None)` at the end of input, `Ok(Some(false))` for a line over the limit.
    fn read_line(&mut self) -> std::io::Result<Option<bool>> {
        self.buf.clear();
        let limit = self.max_record.saturating_add(1);
        let n = (&mut self.input)
            .take(limit)
            .read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(None);
        }
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
            if self.buf.last() == Some(&b'\r') {
                self.buf.pop();
            }
            return Ok(Some(true));
        }
        if self.buf.len() as u64 > self.max_record {
            // too long: skip to the end of the line without keeping it
            self.buf.clear();
            loop {
                let available = self.input.fill_buf()?;
                if available.is_empty() {
                    break;
                }
                match available.iter().position(|&b| b == b'\n') {
                    Some(p) => {
                        self.input.consume(p + 1);
                        break;
                    }
                    None => {
                        let len = available.len();
                        self.input.consume(len);
                    }
                }
            }
            return Ok(Some(false));
        }
        Ok(Some(true))
    }

    fn record(&self) -> Result<Document> {
        let line = std::str::from_utf8(&self.buf).map_err(|e| {
            self.error(
                None,
                format!(
                    "not valid UTF-8 at byte {} of the line",
                    e.valid_up_to() + 1
                ),
            )
        })?;
        let record: Record = serde_json::from_str(line).map_err(|e| {
            let id = serde_json::from_str::<IdOnly>(line)
                .ok()
                .and_then(|r| r.id)
                .map(id_text);
            // serde counts lines within the record, which is always its first: the column
            // is what helps
            let message = e.to_string();
            let message = match message.rfind(" at line ") {
                Some(at) => format!("{} at column {}", &message[..at], e.column()),
                None => message,
            };
            self.error(id, message)
        })?;
        let id = id_text(record.id);
        if let Some(date) = &record.date
            && let Err(why) = check_date(date)
        {
            return Err(self.error(Some(id), format!("`date` \"{date}\": {why}")));
        }
        let mut doc = Document::from_text(&id, &record.text);
        if let Some(title) = record.title.as_deref().map(str::trim) {
            let lead = record.text.len() - record.text.trim_start().len();
            if !title.is_empty() && record.text[lead..].starts_with(title) {
                doc.title = Some(Span::new(lead, lead + title.len()));
            }
        }
        doc.date = record.date;
        Ok(doc)
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        while !self.failed {
            self.line += 1;
            let within_limit = match self.read_line() {
                Ok(None) => return None,
                Ok(Some(within)) => within,
                Err(e) => {
                    // a read error ends the batch
                    let err = Error::new(ErrorKind::Io {
                        path: self.path.clone(),
                        message: e.to_string(),
                    });
                    self.failed = true;
                    return Some(Err(err));
                }
            };
            if !within_limit {
                return Some(Err(self.error(
                    None,
                    format!(
                        "the record is longer than the limit of {} bytes",
                        self.max_record
                    ),
                )));
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.record());
        }
        None
    }
}

/// Reads a whole JSONL batch held in memory; the first bad record is the error. (The CLI
/// reads with [`JsonlReader`] and goes on past bad records.)
pub fn read_jsonl(path: &str, content: &str) -> Result<Vec<Document>> {
    JsonlReader::new(path, content.as_bytes(), u64::MAX).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_titles() {
        let docs = read_jsonl(
            "b.jsonl",
            "{\"id\": \"a\", \"title\": \"Up 5%\", \"text\": \"Up 5%\\n\\nBody.\"}\n\n{\"id\": 2, \"text\": \"x\"}\n",
        )
        .unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].title, Some(Span::new(0, 5)));
        assert_eq!(docs[1].id, "2");
    }

    #[test]
    fn a_bad_line_names_its_number() {
        let err = read_jsonl("b.jsonl", "{\"id\": 1, \"text\": \"x\"}\nnot json\n").unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Jsonl { line: 2, .. }));
        assert!(!err.to_string().contains("line 1 column"), "{err}");
    }

    #[test]
    fn bad_records_are_errors_of_their_own_and_the_rest_are_read() {
        let mut batch =
            b"{\"id\": \"a\", \"text\": \"5 people\"}\nnot json\n{\"id\": \"c\"}\n".to_vec();
        batch.extend(b"{\"id\": \"d\", \"text\": \"bad \xff byte\"}\n");
        batch.extend(b"{\"id\": \"e\", \"text\": \"x\", \"date\": \"yesterday\"}\r\n");
        batch.extend(b"{\"id\": \"f\", \"text\": \"x\", \"date\": \"2024-02-30\"}\n");
        batch.extend(format!("{{\"id\": \"g\", \"text\": \"{}\"}}\n", "y".repeat(200)).as_bytes());
        batch.extend(b"{\"id\": \"h\", \"text\": \"last\", \"date\": \"2024-02-29\"}");
        let items: Vec<Result<Document>> = JsonlReader::new("b.jsonl", &batch[..], 100).collect();
        assert_eq!(items.len(), 8);
        let ok: Vec<&str> = items.iter().flatten().map(|d| d.id.as_str()).collect();
        assert_eq!(ok, ["a", "h"]);
        let errors: Vec<(usize, Option<String>, String)> = items
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(|e| match e.kind() {
                ErrorKind::Jsonl {
                    line, id, message, ..
                } => (*line, id.clone(), message.clone()),
                other => panic!("{other:?}"),
            })
            .collect();
        let lines: Vec<usize> = errors.iter().map(|e| e.0).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6, 7]);
        assert_eq!(errors[1].1.as_deref(), Some("c"));
        assert!(errors[1].2.contains("text"), "{}", errors[1].2);
        assert!(errors[2].2.contains("UTF-8"), "{}", errors[2].2);
        assert_eq!(errors[3].1.as_deref(), Some("e"));
        assert!(errors[3].2.contains("yesterday"), "{}", errors[3].2);
        assert!(errors[4].2.contains("2024-02-30"), "{}", errors[4].2);
        assert!(errors[5].2.contains("limit"), "{}", errors[5].2);
    }
}
