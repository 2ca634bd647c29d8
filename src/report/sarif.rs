//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards. One run, the checks as the
//! tool's rules, one result per finding with related locations and the suggested fix.
//! Columns are UTF-16 code units, SARIF's default. Each result carries its rule's index,
//! a `partialFingerprints` entry (the fingerprint of [`super::baseline`], which survives
//! lines moving) and each input that could not be read is a tool execution notification.

use serde_json::{Value, json};

use super::FileFindings;
use crate::checks::catalogue;
use crate::diagnostic::Severity;
use crate::source::{LineIndex, Span};

fn region(text: &str, index: &LineIndex, span: Span) -> Value {
    let start = index.position(text, span.start);
    let end = index.position(text, span.end);
    json!({
        "startLine": start.line,
        "startColumn": start.utf16_column,
        "endLine": end.line,
        "endColumn": end.utf16_column,
        "charOffset": text[..span.start as usize].encode_utf16().count(),
        "charLength": text.get(span.range()).map_or(0, |s| s.encode_utf16().count()),
        "snippet": {"text": text.get(span.range()).unwrap_or("")},
    })
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

/// Renders the findings of all inputs as one SARIF log; `unread` are the messages of the
/// inputs that could not be read, written as tool execution notifications.
pub fn findings(files: &[FileFindings], unread: &[String]) -> String {
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
    let rule_index = |code: &str| catalogue().iter().position(|r| r.code == code);
    let mut results = Vec::new();
    for file in files.iter().filter(|f| !f.findings.is_empty()) {
        let index = LineIndex::new(file.text);
        let fingerprints = super::baseline::fingerprints(file);
        for (f, fingerprint) in file.findings.iter().zip(fingerprints) {
            let location = |span: Span| {
                json!({"physicalLocation": {
                    "artifactLocation": {"uri": file.id},
                    "region": region(file.text, &index, span),
                }})
            };
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "note",
            };
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(n, r)| {
                    let mut loc = location(r.span);
                    loc["id"] = json!(n + 1);
                    loc["message"] = json!({"text": r.label});
                    loc
                })
                .collect();
            let mut result = json!({
                "ruleId": f.code,
                "level": level,
                "message": {"text": format!("{} ({})", f.message, f.arithmetic)},
                "locations": [location(f.span)],
                "relatedLocations": related,
                "partialFingerprints": {"figcheck/v1": fingerprint},
            });
            if let Some(n) = rule_index(f.code) {
                result["ruleIndex"] = json!(n);
            }
            if let Some(s) = &f.suggestion {
                result["fixes"] = json!([{
                    "description": {"text": format!("write {}", s.replacement)},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": file.id},
                        "replacements": [{
                            "deletedRegion": region(file.text, &index, s.span),
                            "insertedContent": {"text": s.replacement},
                        }],
                    }],
                }]);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "figcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "utf16CodeUnits",
            "invocations": [{
                "executionSuccessful": unread.is_empty(),
                "toolExecutionNotifications": unread
                    .iter()
                    .map(|m| json!({"level": "error", "message": {"text": m}}))
                    .collect::<Vec<_>>(),
            }],
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}
