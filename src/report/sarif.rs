//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards. One run, the checks as the
//! tool's rules, one result per finding with related locations and the suggested fix.
//! Columns are UTF-16 code units, SARIF's default. Each result carries its rule's index,
//! a `partialFingerprints` entry (the fingerprint of [`super::baseline`], which survives
//! lines moving) and each input that could not be read is a tool execution notification.
//!
//! The log can be written whole ([`findings`]) or a result at a time ([`Log`]), so that
//! a batch of any size, or a file with any number of findings, is written in steady
//! memory; both give the same bytes.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::{Value, json};

use super::FileFindings;
use crate::checks::catalogue;
use crate::diagnostic::{Finding, Severity};
use crate::source::{LineIndex, Span};

/// UTF-16 offsets from the start of a text, each in O(log n): the count at a checkpoint
/// every [`Utf16Offsets::CHECKPOINT`] bytes, then a count of at most that many bytes, so
/// that a result's `charOffset` does not count the whole text before it again for every
/// finding (quadratic on a long text with many findings).
struct Utf16Offsets {
    /// (byte offset, UTF-16 code units before it), in order; the byte offsets are char
    /// boundaries. Empty for an ASCII text, where the two counts are the same.
    marks: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    const CHECKPOINT: usize = 256;

    fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            let (mut units, mut next) = (0, 0);
            for (i, c) in text.char_indices() {
                if i >= next {
                    marks.push((i, units));
                    next = i + Self::CHECKPOINT;
                }
                units += c.len_utf16();
            }
        }
        Utf16Offsets { marks }
    }

    /// The UTF-16 code units of `text` before byte `offset`.
    fn at(&self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        if self.marks.is_empty() {
            return offset;
        }
        let at = self.marks.partition_point(|&(o, _)| o <= offset);
        let (from, units) = self.marks[at.saturating_sub(1)];
        let mut end = offset;
        while end > from && !text.is_char_boundary(end) {
            end -= 1;
        }
        units + text.get(from..end).map_or(0, |s| s.encode_utf16().count())
    }
}

/// One input's text with what its regions are computed from.
struct Located<'a> {
    text: &'a str,
    lines: LineIndex,
    utf16: Utf16Offsets,
}

impl<'a> Located<'a> {
    fn region(&self, span: Span) -> Region<'a> {
        let text = self.text;
        let start = self.lines.position(text, span.start);
        let end = self.lines.position(text, span.end);
        let covered = text.get(span.range()).unwrap_or("");
        Region {
            char_length: covered.encode_utf16().count(),
            char_offset: self.utf16.at(text, span.start as usize),
            end_column: end.utf16_column,
            end_line: end.line,
            snippet: Text::from(covered),
            start_column: start.utf16_column,
            start_line: start.line,
        }
    }
}

// The objects of a result, typed (a result is made for every finding, so no map is built
// for it); members in alphabetical order, as serde_json writes a map.

/// `{"text": ...}`: a message, a snippet, a description or inserted content.
#[derive(Serialize)]
struct Text<'a> {
    text: Cow<'a, str>,
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Text {
            text: Cow::Borrowed(text),
        }
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Text {
            text: Cow::Owned(text),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    char_length: usize,
    char_offset: usize,
    end_column: u32,
    end_line: u32,
    snippet: Text<'a>,
    start_column: u32,
    start_line: u32,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    region: Region<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    /// Of a related location: its number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    /// Of a related location: its label.
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: Region<'a>,
    inserted_content: Text<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation<'a>,
    replacements: [Replacement<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix<'a> {
    artifact_changes: [ArtifactChange<'a>; 1],
    description: Text<'a>,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "figcheck/v1")]
    figcheck_v1: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix<'a>>,
    level: &'static str,
    locations: [Location<'a>; 1],
    message: Text<'a>,
    partial_fingerprints: Fingerprints,
    related_locations: Vec<Location<'a>>,
    rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
}

/// Where the explanation of a check is published: `docs/checks.md` of the repository named
/// in Cargo.toml, at the check's heading; none when Cargo.toml names no repository.
pub fn help_uri(code: &str) -> Option<String> {
    let repository = env!("CARGO_PKG_REPOSITORY").trim_end_matches('/');
    (!repository.is_empty()).then(|| {
        format!(
            "{repository}/blob/main/docs/checks.md#{}",
            code.to_ascii_lowercase()
        )
    })
}

/// The result of one finding; `uri` names its input.
fn result<'a>(
    at: &Located<'a>,
    uri: &'a str,
    f: &'a Finding,
    fingerprint: String,
) -> SarifResult<'a> {
    let location = |span: Span, id: Option<usize>, message: Option<Text<'a>>| Location {
        id,
        message,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri },
            region: at.region(span),
        },
    };
    let level = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    };
    let related = f
        .related
        .iter()
        .enumerate()
        .map(|(n, r)| location(r.span, Some(n + 1), Some(Text::from(r.label.as_str()))))
        .collect();
    let fixes = f
        .suggestion
        .iter()
        .map(|s| Fix {
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation { uri },
                replacements: [Replacement {
                    deleted_region: at.region(s.span),
                    inserted_content: Text::from(s.replacement.as_str()),
                }],
            }],
            description: Text::from(format!("write {}", s.replacement)),
        })
        .collect();
    SarifResult {
        fixes,
        level,
        locations: [location(f.span, None, None)],
        message: Text::from(format!("{} ({})", f.message, f.arithmetic)),
        partial_fingerprints: Fingerprints {
            figcheck_v1: fingerprint,
        },
        related_locations: related,
        rule_id: f.code,
        rule_index: catalogue().iter().position(|r| r.code == f.code),
    }
}

/// `value` as pretty JSON whose lines after the first are indented by `indent` spaces,
/// to stand at that depth of the log.
fn nested(value: &impl Serialize, indent: usize) -> String {
    let body = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut out = String::with_capacity(body.len() + body.len() / 2);
    // JSON strings hold no raw line ends, so every line is one of the structure
    for (n, line) in body.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent));
        }
        out.push_str(line);
    }
    out
}

/// Writes the log a result at a time, byte for byte as [`findings`] renders it:
/// [`Log::start`], then [`Log::findings`] per input, then [`Log::end`]. The results come
/// before the run's `invocations`, which name the inputs that could not be read and so
/// are known only at the end.
#[derive(Debug, Default)]
pub struct Log {
    written: usize,
}

/// Spaces before a result: the log's object, `runs`, the run, `results`.
const RESULT_INDENT: usize = 8;
/// Spaces before a member of the run.
const RUN_INDENT: usize = 6;

impl Log {
    /// The opening of the log, up to its results.
    pub fn start() -> (Log, String) {
        let head = format!(
            "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [\n    {{\n{pad}\"columnKind\": \"utf16CodeUnits\",\n{pad}\"results\": [",
            pad = " ".repeat(RUN_INDENT)
        );
        (Log::default(), head)
    }

    /// The results of one input's findings, one string each, made as they are taken.
    pub fn findings<'a>(
        &'a mut self,
        file: &'a FileFindings<'a>,
    ) -> impl Iterator<Item = String> + 'a {
        let at = Located {
            text: file.text,
            lines: LineIndex::new(file.text),
            utf16: Utf16Offsets::new(file.text),
        };
        let fingerprints = super::baseline::fingerprints(file);
        file.findings
            .iter()
            .zip(fingerprints)
            .map(move |(f, fingerprint)| {
                let value = result(&at, &file.id, f, fingerprint);
                let mut out = String::from(if self.written == 0 { "\n" } else { ",\n" });
                out.push_str(&" ".repeat(RESULT_INDENT));
                out.push_str(&nested(&value, RESULT_INDENT));
                self.written += 1;
                out
            })
    }

    /// The close of the log: the run's invocations (`unread`: the messages of the inputs
    /// that could not be read, as tool execution notifications) and the tool's rules.
    pub fn end(self, unread: &[String]) -> String {
        let rules: Vec<Value> = catalogue()
            .iter()
            .map(|r| {
                let mut rule = json!({
                    "id": r.code,
                    "name": r.name,
                    "shortDescription": {"text": r.summary},
                    "fullDescription": {"text": r.why},
                    "help": {"text": r.fix},
                });
                if let Some(uri) = help_uri(&r.code) {
                    rule["helpUri"] = json!(uri);
                }
                rule
            })
            .collect();
        let invocations = json!([{
            "executionSuccessful": unread.is_empty(),
            "toolExecutionNotifications": unread
                .iter()
                .map(|m| json!({"level": "error", "message": {"text": m}}))
                .collect::<Vec<_>>(),
        }]);
        let tool = json!({"driver": {
            "name": "figcheck",
            "version": env!("CARGO_PKG_VERSION"),
            "rules": rules,
        }});
        let pad = " ".repeat(RUN_INDENT);
        let close = if self.written == 0 {
            "]".to_string()
        } else {
            format!("\n{pad}]")
        };
        format!(
            "{close},\n{pad}\"invocations\": {},\n{pad}\"tool\": {}\n    }}\n  ],\n  \"version\": \"2.1.0\"\n}}\n",
            nested(&invocations, RUN_INDENT),
            nested(&tool, RUN_INDENT)
        )
    }
}

/// Renders the findings of all inputs as one SARIF log; `unread` are the messages of the
/// inputs that could not be read, written as tool execution notifications.
pub fn findings(files: &[FileFindings], unread: &[String]) -> String {
    let (mut log, mut out) = Log::start();
    for file in files {
        for piece in log.findings(file) {
            out.push_str(&piece);
        }
    }
    out.push_str(&log.end(unread));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_agree_with_counting_from_the_start() {
        let long = "1,200 é𝔘 £".repeat(300);
        for text in ["", "plain ascii", "£3 and 𝔘", long.as_str()] {
            let offsets = Utf16Offsets::new(text);
            for offset in 0..=text.len() + 2 {
                let mut end = offset.min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                assert_eq!(
                    offsets.at(text, offset),
                    text[..end].encode_utf16().count(),
                    "offset {offset}"
                );
            }
        }
    }

    #[test]
    fn the_log_is_json_with_results_notifications_and_rules() {
        let text = "Prices: £10 and £5, £16 in all.";
        let doc = crate::source::Document::from_text("a.txt", text);
        let findings = crate::check(&doc, &crate::config::Config::default()).findings;
        assert!(!findings.is_empty());
        let files = [FileFindings {
            id: "a.txt".to_string(),
            text,
            findings,
        }];
        for (files, unread) in [
            (&files[..], vec![]),
            (&[][..], vec!["b.txt: cannot read".to_string()]),
        ] {
            let out = super::findings(files, &unread);
            let log: Value = serde_json::from_str(&out).unwrap();
            let run = &log["runs"][0];
            assert_eq!(log["version"], "2.1.0");
            assert_eq!(
                run["results"].as_array().unwrap().len(),
                files.first().map_or(0, |f| f.findings.len())
            );
            assert_eq!(
                run["invocations"][0]["executionSuccessful"],
                unread.is_empty()
            );
            assert_eq!(
                run["tool"]["driver"]["rules"].as_array().unwrap().len(),
                catalogue().len()
            );
            // pretty as serde_json writes the whole log: the same lines, in an order of
            // the run's members that puts the results first
            let lines = |s: &str| {
                let mut v: Vec<String> = s
                    .lines()
                    .map(|l| l.trim_end_matches(',').to_string())
                    .collect();
                v.sort();
                v
            };
            let pretty = serde_json::to_string_pretty(&log).unwrap();
            assert_eq!(lines(&out), lines(&pretty));
        }
    }
}
