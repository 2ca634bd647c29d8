//! `impossible-value`: a figure no value could have, whatever else the text says.
//!
//! - A share of one whole above 100%: "a 140% abv punch", "turnout was 108%", "115% of
//!   voters". A percentage may exceed 100 as a change ("rose 130%") or a ratio ("130% of
//!   the 2019 level"), so only shares whose whole is named as people, votes or a
//!   composition are read.
//! - Digit grouping that no number has: "7,2000,000", "3,410,00". Lists ("1,2,3") and
//!   Indian grouping ("1,00,000") are left alone.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::diagnostic::{Finding, Severity};
use crate::parse::FigureKind;

/// Words right after a percentage that make it a share of one whole: "140% abv".
const SHARE_AFTER: &[&str] = &["abv", "alcohol", "turnout", "proof"];
/// Wholes after "of" that a share cannot exceed: "104% of voters".
const WHOLES: &[&str] = &[
    "voters",
    "the vote",
    "the votes",
    "votes cast",
    "those polled",
    "those asked",
    "those surveyed",
    "respondents",
    "the population",
    "the electorate",
    "adults",
    "households",
    "residents",
    "people",
    "students",
    "pupils",
    "those who",
    "all",
];
/// Words just before a percentage that make it a share: "turnout of 104%", "turnout was".
const SHARE_BEFORE: &[&str] = &["turnout", "abv"];

/// FC109.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    let tokens = &ctx.parsed.tokens;
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(&ctx.parsed.lower));
    for (k, f) in ctx.parsed.figures.iter().enumerate() {
        if f.kind != FigureKind::Percent || f.value.is_none_or(|v| v <= 100.0) {
            continue;
        }
        let first = tokens.partition_point(|t| t.start < f.span.start);
        let last = tokens.partition_point(|t| t.start < f.span.end);
        let after = word(last);
        let whole_after = after == "of"
            && WHOLES.iter().any(|w| {
                w.split(' ')
                    .enumerate()
                    .all(|(n, part)| word(last + 1 + n) == part)
            });
        let before = (first.saturating_sub(3)..first).any(|i| SHARE_BEFORE.contains(&word(i)));
        if !(SHARE_AFTER.contains(&after) || whole_after || before) {
            continue;
        }
        let v = f.value.unwrap_or_default();
        out.push(
            ctx.report(info, Severity::Error, k)
                .message(format!(
                    "{} is a share of one whole, which cannot be more than 100%",
                    ctx.written(k)
                ))
                .arithmetic(format!("{v}% > 100%"))
                .label("share above the whole")
                .build(),
        );
    }
    for &span in &ctx.claims.malformed {
        let written = ctx.text.get(span.range()).unwrap_or_default();
        out.push(
            ctx.report_at(info, Severity::Error, span)
                .message(format!(
                    "{written} is not a number: its digits are grouped wrongly"
                ))
                .arithmetic(format!(
                    "{written}: groups after the first comma must have three digits each"
                ))
                .label("malformed number")
                .build(),
        );
    }
    out
}
