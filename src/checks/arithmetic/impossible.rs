//! `impossible-value`: a figure no value could have, whatever else the text says.
//!
//! - A share of one whole above 100%: "a 140% abv punch", "turnout was 108%", "115% of
//!   voters". A percentage may exceed 100 as a change ("rose 130%") or a ratio ("130% of
//!   the 2019 level"), so only shares whose whole is named as people, votes or a
//!   composition are read.
//! - Digit grouping that no number has: "7,2000,000", "3,410,00", "61,0000" (one group of
//!   four after the comma). Lists ("1,2,3") and Indian grouping ("1,00,000") are left alone.
//! - A date no calendar has: "31 June 2025", "February 30", "29 February 2023".

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
/// Rates that are shares of one whole, named by the word before "rate" or "rating": "a
/// pass rate of 108%", "the response rate was 112%". (An occupancy or a growth rate may
/// exceed 100%.)
const SHARE_RATES: &[&str] = &[
    "pass",
    "success",
    "failure",
    "response",
    "completion",
    "literacy",
    "unemployment",
    "participation",
    "approval",
    "survival",
    "retention",
    "graduation",
    "vaccination",
    "turnout",
];
/// How many words may stand between "of" and the whole it names: "112% of registered
/// voters", "104% of all eligible adults".
const WHOLE_MODIFIERS: usize = 2;

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
        let whole_at = |at: usize| {
            WHOLES.iter().any(|w| {
                let n = w.split(' ').count();
                w.split(' ')
                    .enumerate()
                    .all(|(d, part)| word(at + d) == part)
                    // "people's income" is no share of people
                    && !matches!(word(at + n), "'s" | "’s" | "'" | "’")
            })
        };
        // "of" then up to two plain words before the whole: "of registered voters"
        let whole_after = after == "of"
            && (0..=WHOLE_MODIFIERS)
                .take_while(|&m| {
                    (last + 1..last + 1 + m).all(|i| word(i).chars().all(char::is_alphabetic))
                })
                .any(|m| whole_at(last + 1 + m));
        let before = (first.saturating_sub(3)..first).any(|i| {
            SHARE_BEFORE.contains(&word(i))
                || (matches!(word(i), "rate" | "rating")
                    && i > 0
                    && SHARE_RATES.contains(&word(i - 1)))
        });
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
    out.extend(impossible_dates(ctx, info));
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

/// Dates no calendar has: a day past the end of its month ("31 June", "February 30"), or
/// 29 February of a year that is not a leap year. Without a written year, 29 February
/// stands (it may be a leap year).
fn impossible_dates(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for (k, f) in ctx.parsed.figures.iter().enumerate() {
        let Some(parts) = f.date.filter(|_| f.kind == FigureKind::Date) else {
            continue;
        };
        let (Some(m), Some(d)) = (parts.month, parts.day) else {
            continue;
        };
        // 2024 is a leap year: the most days any February has
        let year = parts.year.unwrap_or(2024);
        if crate::checks::dates::civil(year, m, d).is_some() || !(1..=12).contains(&m) {
            continue;
        }
        let days = (28..=31)
            .rev()
            .find(|&n| crate::checks::dates::civil(year, m, n).is_some())
            .unwrap_or(31);
        let month = MONTHS.get(usize::from(m) - 1).copied().unwrap_or("");
        let of_year = parts
            .year
            .filter(|_| m == 2)
            .map(|y| format!(" in {y}"))
            .unwrap_or_default();
        out.push(
            ctx.report(info, Severity::Error, k)
                .message(format!(
                    "{} is not a date: {month} has {days} days{of_year}",
                    ctx.written(k).trim_end_matches(['.', ','])
                ))
                .arithmetic(format!("day {d} > {days}"))
                .label("no such date")
                .build(),
        );
    }
    out
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
