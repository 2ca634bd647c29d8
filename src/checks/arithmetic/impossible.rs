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
use crate::source::Span;

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
    for span in malformed_groupings(ctx.text) {
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

/// Runs of digits and commas whose grouping no number has: a group after the first of
/// other than three digits, in a run that has a three-digit group too (so it is a number
/// grouped in thousands, not a list), and not Indian grouping ("12,34,567").
fn malformed_groupings(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // A run without a comma is one group: well formed. So only the runs around commas are
    // read, each from the start of its stretch of digits and commas (where a scan from the
    // start of the text would stand too), found with a fast search for the next comma.
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(',')) {
        let comma = from + found;
        let mut i = comma;
        while i > from && in_run(bytes, i - 1) {
            i -= 1;
        }
        while i <= comma {
            i = run_from(text, i, &mut out);
        }
        from = i;
    }
    out
}

/// Whether byte `i` belongs to a run of digits and commas: a digit, or a comma before one.
fn in_run(bytes: &[u8], i: usize) -> bool {
    bytes[i].is_ascii_digit()
        || (bytes[i] == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
}

/// One step of the scan for malformed groupings at byte `i`: the run of digits and commas
/// that starts there, if one does (recorded in `out` when its grouping is wrong), and the
/// byte to go on from.
fn run_from(text: &str, mut i: usize, out: &mut Vec<Span>) -> usize {
    let bytes = text.as_bytes();
    if !bytes[i].is_ascii_digit()
        || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.'))
    {
        return i + 1;
    }
    let start = i;
    while i < bytes.len() && in_run(bytes, i) {
        i += 1;
    }
    let end = i;
    // a decimal part or a glued word: another kind of token
    if bytes
        .get(end)
        .is_some_and(|b| *b == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
        || bytes.get(end).is_some_and(u8::is_ascii_alphabetic)
    {
        return end;
    }
    let groups: Vec<usize> = text[start..end].split(',').map(str::len).collect();
    if groups.len() < 2 || groups[0] > 3 {
        return end;
    }
    let later = &groups[1..];
    // one group of four after a comma is a figure with a digit too many ("61,0000"); a
    // list of numbers has short groups ("1,2,3"), a decimal comma is no English
    let thousands = later.contains(&3) || later == [4];
    let wrong = later.iter().any(|&g| g != 3);
    let indian = later.last() == Some(&3)
        && later[..later.len() - 1].iter().all(|&g| g == 2)
        && groups[0] <= 2;
    if thousands && wrong && !indian {
        out.push(Span::new(start, end));
    }
    end
}

#[cfg(test)]
mod tests {
    use super::malformed_groupings;

    #[test]
    fn finds_digit_groupings_no_number_has() {
        assert_eq!(
            malformed_groupings("The jar held 7,2000,000 grains").len(),
            1
        );
        assert_eq!(
            malformed_groupings("about 30 pct of 3,410,00 shares").len(),
            1
        );
        assert!(malformed_groupings("6,500,000,000 pennies and 1,200 more").is_empty());
        assert!(malformed_groupings("rows 1,2,3 and 10,20,30").is_empty());
        assert!(malformed_groupings("a price of 1,00,000 rupees").is_empty());
        assert!(malformed_groupings("version 2.1,3").is_empty());
        assert_eq!(malformed_groupings("A crowd of 45,0000 saw it").len(), 1);
        assert!(malformed_groupings("pages 12,13 and 4,5").is_empty());
    }

    /// The scan from the start of the text, byte by byte, that the comma search stands for.
    fn every_byte(text: &str) -> Vec<crate::source::Span> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            i = super::run_from(text, i, &mut out);
        }
        out
    }

    #[test]
    fn reading_around_commas_finds_what_a_scan_of_every_byte_finds() {
        let texts = [
            "A3,4000,000 and 7,2000,000, then ,5,00 and 12,34,567",
            "x1,2000,000 .3,410,00 4,550,00,",
            "3,410,00",
            ",,,1,000,00,0,,",
            "a 1.5,300,00 b 2,0000 c 99,999,99x 100,000.5,00",
            "",
            ",",
            "5,",
        ];
        for text in texts {
            assert_eq!(malformed_groupings(text), every_byte(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_of_digits_commas_and_words_reads_alike(text in "[0-9,. aé]{0,40}") {
            proptest::prop_assert_eq!(malformed_groupings(&text), every_byte(&text));
        }
    }
}
