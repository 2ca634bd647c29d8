//! JSONL batches: one article a line, `{"id", "text", "title"?, "date"?}`.

use serde::Deserialize;

use super::{Document, Span};
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

/// Reads a JSONL batch. Each non-blank line becomes a [`Document`] whose spans are relative
/// to that article's `text`. A `title` that the text starts with (as in the BBC corpus) is
/// marked as the headline in place.
pub fn read_jsonl(path: &str, content: &str) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(line).map_err(|e| {
            Error::new(ErrorKind::Jsonl {
                path: path.to_string(),
                line: i + 1,
                message: e.to_string(),
            })
        })?;
        let id = match record.id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        let mut doc = Document::from_text(&id, &record.text);
        if let Some(title) = record.title.as_deref().map(str::trim) {
            let lead = record.text.len() - record.text.trim_start().len();
            if !title.is_empty() && record.text[lead..].starts_with(title) {
                doc.title = Some(Span::new(lead, lead + title.len()));
            }
        }
        doc.date = record.date;
        docs.push(doc);
    }
    Ok(docs)
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
    }
}
