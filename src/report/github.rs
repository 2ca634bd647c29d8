//! `--format github`: GitHub Actions workflow commands, one annotation per finding
//! (`::error file=story.md,line=3,col=5,endLine=3,endColumn=8,title=FC101 parts-sum-mismatch::...`).

use super::FileFindings;

/// Escapes a property value or message as the workflow-command syntax requires.
fn escape(s: &str, property: bool) -> String {
    let mut out = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

/// Renders one input's findings as workflow commands.
pub fn findings(file: &FileFindings) -> String {
    let mut out = String::new();
    for r in file.records() {
        let level = match r.severity {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        out.push_str(&format!(
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            escape(&file.id, true),
            r.span.line,
            r.span.column,
            r.span.end_line,
            r.span.end_column,
            escape(&format!("{} {}", r.code, r.name), true),
            escape(&format!("{} ({})", r.message, r.arithmetic), false),
        ));
    }
    out
}
