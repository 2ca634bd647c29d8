//! `--fix` and `--diff`: the text with the findings' suggestions applied, and the change
//! as a unified diff.

use super::FileFindings;

/// What applying the suggestions of one input gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    /// The text with the suggestions applied.
    pub text: String,
    /// How many suggestions were applied.
    pub applied: usize,
    /// Findings without a suggestion, or whose suggestion overlaps one applied before it.
    pub unfixed: usize,
}

/// Applies the suggestions of `file` to its text, in order of position; a suggestion that
/// overlaps an earlier one is left out (counted as unfixed).
pub fn apply(file: &FileFindings) -> Fixed {
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    let mut unfixed = 0;
    for f in &file.findings {
        match &f.suggestion {
            Some(s) => edits.push((s.span.start as usize, s.span.end as usize, &s.replacement)),
            None => unfixed += 1,
        }
    }
    edits.sort_by_key(|&(start, end, _)| (start, end));
    edits.dedup();
    let mut text = String::with_capacity(file.text.len());
    let mut at = 0;
    let mut applied = 0;
    for (start, end, replacement) in edits {
        let inside = start >= at && end >= start && end <= file.text.len();
        let (Some(before), true) = (file.text.get(at..start), inside) else {
            unfixed += 1;
            continue;
        };
        if file.text.get(start..end).is_none() {
            unfixed += 1;
            continue;
        }
        text.push_str(before);
        text.push_str(replacement);
        at = end;
        applied += 1;
    }
    text.push_str(file.text.get(at..).unwrap_or(""));
    Fixed {
        text,
        applied,
        unfixed,
    }
}

/// The change from `old` to `new` as a unified diff with three lines of context, headed
/// `--- a/PATH` and `+++ b/PATH`; empty when nothing changed.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", path.trim_start_matches('/')),
            &format!("b/{}", path.trim_start_matches('/')),
        )
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Finding, Severity, Suggestion};
    use crate::source::Span;

    fn finding(suggestion: Option<(usize, usize, &str)>) -> Finding {
        Finding {
            code: "FC101",
            name: "parts-sum-mismatch",
            severity: Severity::Error,
            message: String::new(),
            arithmetic: String::new(),
            span: Span::new(0, 1),
            label: String::new(),
            related: vec![],
            suggestion: suggestion.map(|(s, e, r)| Suggestion {
                span: Span::new(s, e),
                replacement: r.to_string(),
            }),
        }
    }

    #[test]
    fn suggestions_apply_in_order_and_overlaps_are_left_out() {
        let file = FileFindings {
            id: "a".into(),
            text: "one 2 three 4\n",
            findings: vec![
                finding(Some((12, 13, "5"))),
                finding(Some((4, 5, "20"))),
                finding(Some((4, 11, "x"))),
                finding(None),
            ],
        };
        let fixed = apply(&file);
        assert_eq!(fixed.text, "one 20 three 5\n");
        assert_eq!((fixed.applied, fixed.unfixed), (2, 2));
        let diff = unified_diff("a", file.text, &fixed.text);
        assert!(diff.contains("--- a/a\n+++ b/a\n"), "{diff}");
        assert!(diff.contains("-one 2 three 4\n+one 20 three 5\n"), "{diff}");
    }
}
