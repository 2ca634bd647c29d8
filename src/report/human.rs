//! `--format human`: the figure ledger as a person reads it, one figure a line:
//! where it is, what kind, the text, and the interval it stands for.

use std::fmt::Write;

use super::{FigureLedger, Num};
use crate::diagnostic::Finding;
use crate::source::LineIndex;

fn number(v: f64) -> String {
    // 13 significant digits are plenty to read (JSON carries every digit)
    let n = Num(format!("{v:.12e}").parse().unwrap_or(v));
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
    let _ = write!(
        out,
        "{}: {} figure{}",
        ledger.id,
        ledger.records.len(),
        if ledger.records.len() == 1 { "" } else { "s" }
    );
    // the date that years left unwritten (????) are taken from
    match &ledger.published {
        Some(date) => {
            let _ = writeln!(out, ", published {date}");
        }
        None => out.push('\n'),
    }
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
        if r.capped {
            line.push_str("  (in a runaway sentence, read in clauses)");
        }
        if let Some(b) = r.block {
            let _ = write!(line, "  [{} {}]", b.kind, b.id);
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

/// The longest line a snippet shows whole; a longer one is clipped around the figures
/// marked on it, as rustc clips long lines, so that a one-line megabyte does not repeat
/// in every finding.
const SNIPPET_LINE_BYTES: usize = 1000;
/// The longest stretch of text one snippet shows whole (the lines between its figures).
const SNIPPET_REGION_BYTES: usize = 16 * 1024;
/// Bytes of context kept before a figure on a clipped line. Fewer than after it: every
/// row of labels under the line is padded out to the figures, so the context before them
/// is paid for once per row (a megabyte of findings on one line: output a quarter
/// smaller, CPU time about 13% less than with 60 bytes before).
const CLIP_BEFORE: usize = 30;
/// Bytes of context kept after a figure on a clipped line.
const CLIP_AFTER: usize = 60;

/// A source excerpt of one snippet, its first line number and the finding's spans
/// mapped into it.
struct Excerpt {
    source: String,
    line_start: usize,
    /// The spans (primary first) as ranges of `source`.
    spans: Vec<std::ops::Range<usize>>,
    /// Whether the text was cut: columns in `source` are not those of the text.
    clipped: bool,
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or above `at`.
fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The excerpts a finding's spans are shown in: the lines from the first span to the last
/// as they are when they are short; otherwise each line holding a span on its own, clipped
/// to windows around its spans (`…` marks what is left out).
fn excerpts(text: &str, index: &LineIndex, spans: &[crate::source::Span]) -> Vec<Excerpt> {
    let lines: Vec<u32> = spans.iter().map(|s| index.line_of(s.start)).collect();
    let (first, last) = spans.iter().fold((u32::MAX, 0), |(lo, hi), s| {
        (lo.min(index.line_of(s.start)), hi.max(index.line_of(s.end)))
    });
    let region = index.line_range(text, first).start..index.line_range(text, last).end;
    // the region is bounded before its lines are looked at
    let whole = region.len() <= SNIPPET_REGION_BYTES
        && (first..=last).all(|l| index.line_range(text, l).len() <= SNIPPET_LINE_BYTES)
        && !text[region.clone()].contains('\r');
    if whole {
        return vec![Excerpt {
            source: text[region.clone()].to_string(),
            line_start: first as usize + 1,
            spans: spans
                .iter()
                .map(|s| {
                    let r = s.range();
                    r.start.max(region.start) - region.start
                        ..r.end.clamp(region.start, region.end) - region.start
                })
                .collect(),
            clipped: false,
        }];
    }
    // one excerpt per line holding a span, in line order; a span is shown on its first line
    let mut order: Vec<u32> = lines.clone();
    order.sort_unstable();
    order.dedup();
    order
        .into_iter()
        .map(|line| {
            let range = index.line_range(text, line);
            let on_line: Vec<usize> = (0..spans.len()).filter(|&i| lines[i] == line).collect();
            // windows around the spans of this line, merged where they touch
            let mut windows: Vec<(usize, usize)> = Vec::new();
            let mut by_start = on_line.clone();
            by_start.sort_by_key(|&i| spans[i].start);
            for &i in &by_start {
                let s = spans[i].range();
                let end = s.end.min(range.end);
                let from =
                    floor_boundary(text, s.start.saturating_sub(CLIP_BEFORE).max(range.start));
                let to = ceil_boundary(text, (end + CLIP_AFTER).min(range.end));
                match windows.last_mut() {
                    Some(w) if from <= w.1 => w.1 = w.1.max(to),
                    _ => windows.push((from, to)),
                }
            }
            let mut source = String::new();
            let mut placed: Vec<(usize, usize)> = Vec::new(); // window start in text, in source
            for (n, &(from, to)) in windows.iter().enumerate() {
                if n > 0 || from > range.start {
                    source.push('…');
                }
                placed.push((from, source.len()));
                source.push_str(&text[from..to]);
            }
            if windows.last().is_some_and(|w| w.1 < range.end) {
                source.push('…');
            }
            let mut mapped = vec![0..0; spans.len()];
            for &i in &on_line {
                let s = spans[i].range();
                let end = s.end.min(range.end);
                let (w_from, at) = placed
                    .iter()
                    .rev()
                    .find(|&&(from, _)| from <= s.start)
                    .copied()
                    .unwrap_or((range.start, 0));
                mapped[i] = at + s.start - w_from..at + end.max(s.start) - w_from;
            }
            Excerpt {
                source,
                line_start: line as usize + 1,
                spans: mapped,
                clipped: true,
            }
        })
        .collect()
}

/// `rendered` without the lines that hold only a `:::` (annotate-snippets' mark of a
/// snippet with no path of its own, which a clipped excerpt is: its location is written
/// above it, from the text).
fn without_bare_origins(rendered: &str) -> String {
    // the line as seen, without terminal colour sequences (ESC [ ... letter)
    let visible = |line: &str| {
        let mut out = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    rendered
        .split('\n')
        .filter(|line| !line.contains(":::") || visible(line).trim() != ":::")
        .collect::<Vec<_>>()
        .join("\n")
}

/// Renders one input's findings as annotated snippets: the figure that is off as the
/// primary label, the other figures involved as context labels, the arithmetic as a note
/// and the suggested value as help. `styled`: with terminal colours. Each snippet shows
/// only the lines of its figures, long lines clipped around them, so the output grows
/// with the findings, not with the length of the lines.
pub fn findings(file: &super::FileFindings, styled: bool) -> String {
    use annotate_snippets::Renderer;
    use rayon::prelude::*;

    if file.findings.is_empty() {
        return String::new();
    }
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let index = LineIndex::new(file.text);
    let render = |f: &Finding| finding(file, &index, &renderer, f);
    // a file dense with findings (a data dump, a machine-written table) renders them on
    // every core: each is its own snippet, in the order they come
    let rendered: Vec<String> = if file.findings.len() >= PARALLEL_FINDINGS {
        file.findings.par_iter().map(render).collect()
    } else {
        file.findings.iter().map(render).collect()
    };
    let mut out = String::with_capacity(rendered.iter().map(|r| r.len() + 2).sum());
    for r in rendered {
        out.push_str(&r);
        out.push_str("\n\n");
    }
    out
}

/// Findings in one file from which they are rendered in parallel.
const PARALLEL_FINDINGS: usize = 256;

/// One finding as an annotated snippet.
fn finding(
    file: &super::FileFindings,
    index: &LineIndex,
    renderer: &annotate_snippets::Renderer,
    f: &Finding,
) -> String {
    use annotate_snippets::{AnnotationKind, Group, Level, Origin, Snippet};

    use crate::diagnostic::Severity;

    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::NOTE,
    };
    let mut spans = vec![f.span];
    spans.extend(f.related.iter().map(|r| r.span));
    let labels: Vec<(&str, bool)> = std::iter::once((f.label.as_str(), true))
        .chain(f.related.iter().map(|r| (r.label.as_str(), false)))
        .collect();
    let parts = excerpts(file.text, index, &spans);
    let id = format!("{} {}", f.code, f.name);
    let mut group = Group::with_title(level.primary_title(f.message.as_str()).id(id));
    let clipped = parts.len() > 1 || parts.iter().any(|p| p.clipped);
    if clipped {
        // clipped excerpts: the location comes from the text, not from an excerpt
        let at = index.position(file.text, f.span.start);
        group = group.element(
            Origin::path(file.id.as_str())
                .line(at.line as usize)
                .char_column(at.column as usize),
        );
    }
    for part in &parts {
        let mut snippet = Snippet::source(part.source.as_str()).line_start(part.line_start);
        if !clipped {
            snippet = snippet.path(file.id.as_str());
        }
        for (i, range) in part.spans.iter().enumerate() {
            if range.is_empty() && !spans[i].range().is_empty() {
                continue; // a span shown in another excerpt
            }
            let (label, primary) = labels[i];
            let kind = if primary {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            snippet = snippet.annotation(kind.span(range.clone()).label(label));
        }
        group = group.element(snippet);
    }
    group = group.element(Level::NOTE.message(f.arithmetic.as_str()));
    if let Some(s) = &f.suggestion {
        group = group.element(Level::HELP.message(format!(
            "write {} instead of {}",
            s.replacement,
            file.text.get(s.span.range()).unwrap_or("")
        )));
    }
    let rendered = renderer.render(&[group]);
    if clipped {
        without_bare_origins(&rendered)
    } else {
        rendered
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Document;

    fn rendered(text: &str, styled: bool) -> String {
        let doc = Document::from_text("long.txt", text);
        let found = crate::check(&doc, &crate::config::Config::default()).findings;
        findings(
            &super::super::FileFindings {
                id: "long.txt".to_string(),
                text,
                findings: found,
            },
            styled,
        )
    }

    #[test]
    fn a_clipped_snippet_has_its_location_and_no_bare_origin_mark() {
        let filler = "Filler words here. ".repeat(200);
        let text =
            format!("{filler}They freed 33 hostages and five Thais, 41 people in all. {filler}");
        for styled in [false, true] {
            let out = rendered(&text, styled);
            let column = filler.chars().count() + 40;
            assert!(out.contains(&format!("long.txt:1:{column}")), "{out}");
            assert!(out.contains('…'), "{out}");
            assert!(out.lines().all(|l| !l.contains(":::")), "{out}");
            // the excerpt is a window, not the line
            assert!(out.len() < 2_000, "{out}");
        }
    }
}
