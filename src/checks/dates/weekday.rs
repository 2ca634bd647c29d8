//! `weekday-date-mismatch`: "on Wednesday, 12 March 2024" when 12 March 2024 was a Tuesday.

use super::{WEEKDAYS, candidate_years, civil};
use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::diagnostic::{Finding, Severity, Suggestion};
use crate::parse::FigureKind;
use crate::source::Span;

/// FC301.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for (k, f) in ctx.parsed.figures.iter().enumerate() {
        let Some(parts) = f.date.filter(|_| f.kind == FigureKind::Date) else {
            continue;
        };
        let (Some(wd), Some(m), Some(d)) = (parts.weekday, parts.month, parts.day) else {
            continue;
        };
        let (years, written) = candidate_years(&parts, ctx.published);
        if years.is_empty() {
            continue;
        }
        let dates: Vec<_> = years.iter().filter_map(|&y| civil(y, m, d)).collect();
        if dates.is_empty()
            || dates
                .iter()
                .any(|date| date.weekday().to_monday_zero_offset() as u8 == wd)
        {
            continue;
        }
        let actual = dates[0].weekday().to_monday_zero_offset() as usize;
        let said = WEEKDAYS[wd as usize];
        let text = ctx.written(k);
        let iso = format!("{}-{:02}-{:02}", years[0], m, d);
        let year_note = match (written, years.get(1)) {
            (true, _) => String::new(),
            (false, Some(other)) => format!(
                "; the year is not written: {} from the publication date, and {other} does not fit either",
                years[0]
            ),
            (false, None) => format!(
                "; the year is not written: {} from the publication date",
                years[0]
            ),
        };
        let severity = if written {
            Severity::Error
        } else {
            Severity::Warning
        };
        // replace the weekday word at the start of the figure
        let suggestion = text
            .get(..said.len())
            .filter(|start| start.eq_ignore_ascii_case(said))
            .map(|_| Suggestion {
                span: Span::new(f.span.start as usize, f.span.start as usize + said.len()),
                replacement: WEEKDAYS[actual].to_string(),
            });
        out.push(
            ctx.report(info, severity, k)
                .message(format!("{iso} is a {}, not a {said}", WEEKDAYS[actual]))
                .arithmetic(format!("{iso} falls on a {}{year_note}", WEEKDAYS[actual]))
                .label("weekday and date")
                .suggest(suggestion)
                .build(),
        );
    }
    out
}
