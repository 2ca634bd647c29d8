//! `--format human`: the figure ledger as a person reads it, one figure a line:
//! where it is, what kind, the text, and the interval it stands for.

use std::fmt::Write;

use super::{FigureLedger, Num};

fn number(v: f64) -> String {
    let n = Num(v);
    let s = serde_json::to_string(&n).unwrap_or_default();
    // group thousands of whole numbers for reading
    if let Ok(i) = s.parse::<i64>() {
        let digits = i.unsigned_abs().to_string();
        let mut out = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if i < 0 {
            out.insert(0, '-');
        }
        out
    } else {
        s
    }
}

/// Renders one input's figures.
pub fn figures(ledger: &FigureLedger) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} figure{}",
        ledger.id,
        ledger.records.len(),
        if ledger.records.len() == 1 { "" } else { "s" }
    );
    for r in &ledger.records {
        let text = r.text.replace('\n', " ");
        let mut line = format!(
            "  {:>4}:{:<3} {:<17} {:<28}",
            r.span.line,
            r.span.column,
            r.kind,
            format!("\"{text}\"")
        );
        if let Some(v) = r.value {
            // years are written without grouping
            let shown = if r.kind == "year" {
                format!("{}", v.0)
            } else {
                number(v.0)
            };
            let _ = write!(line, " = {shown}");
        }
        match (r.lo, r.hi) {
            (Some(lo), Some(hi)) if lo != hi => {
                let _ = write!(line, "  [{} .. {}]", number(lo.0), number(hi.0));
            }
            (Some(lo), None) => {
                let _ = write!(line, "  [{} ..)", number(lo.0));
            }
            (None, Some(hi)) => {
                let _ = write!(line, "  (.. {}]", number(hi.0));
            }
            _ => {}
        }
        if let Some(u) = &r.unit {
            let _ = write!(line, "  unit {u}");
        }
        if let Some(h) = &r.hedge {
            let _ = write!(line, "  hedge \"{h}\"");
        }
        // what the claims stage read: the thing counted and what happened to it
        match (&r.counts, &r.event) {
            (Some(c), Some(e)) => {
                let _ = write!(line, "  ({c}, {e})");
            }
            (Some(c), None) => {
                let _ = write!(line, "  ({c})");
            }
            (None, Some(e)) => {
                let _ = write!(line, "  ({e})");
            }
            (None, None) => {}
        }
        if let Some([a, b]) = r.ratio {
            let _ = write!(line, "  ratio {}:{}", number(a.0), number(b.0));
        }
        if let Some(d) = r.date {
            // ISO order; parts the text does not give are question marks
            let year = d.year.map_or("????".to_string(), |y| format!("{y:04}"));
            let month = d.month.map_or("??".to_string(), |m| format!("{m:02}"));
            let _ = write!(line, "  {year}-{month}");
            if let Some(day) = d.day {
                let _ = write!(line, "-{day:02}");
            }
            if let Some(w) = d.weekday {
                let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
                let _ = write!(line, " ({})", names.get(w as usize).unwrap_or(&"?"));
            }
        }
        if r.headline {
            line.push_str("  (headline)");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    // what the claims stage understood between the figures
    if !ledger.relations.is_empty() {
        let _ = writeln!(out, "  relations:");
    }
    for rel in &ledger.relations {
        let members: Vec<String> = rel
            .figures
            .iter()
            .zip(&rel.roles)
            .map(|(&k, role)| {
                let text = ledger
                    .records
                    .get(k)
                    .map_or(String::new(), |r| r.text.replace('\n', " "));
                format!("{role} \"{text}\"")
            })
            .collect();
        let mut line = format!("    {}: {}", rel.kind, members.join(", "));
        if let Some(cue) = &rel.cue {
            let _ = write!(line, "  (cue \"{cue}\")");
        }
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Renders one input's findings as annotated snippets: the figure that is off as the
/// primary label, the other figures involved as context labels, the arithmetic as a note
/// and the suggested value as help. `styled`: with terminal colours.
pub fn findings(file: &super::FileFindings, styled: bool) -> String {
    use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

    use crate::diagnostic::Severity;

    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for f in &file.findings {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::NOTE,
        };
        let mut snippet = Snippet::source(file.text)
            .path(file.id.as_str())
            .annotation(
                AnnotationKind::Primary
                    .span(f.span.range())
                    .label(f.label.as_str()),
            );
        for r in &f.related {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(r.span.range())
                    .label(r.label.as_str()),
            );
        }
        let id = format!("{} {}", f.code, f.name);
        let mut group = level
            .primary_title(f.message.as_str())
            .id(id)
            .element(snippet)
            .element(Level::NOTE.message(f.arithmetic.as_str()));
        if let Some(s) = &f.suggestion {
            group = group.element(Level::HELP.message(format!(
                "write {} instead of {}",
                s.replacement,
                &file.text[s.span.range()]
            )));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out
}
