//! `duration-mismatch`: "the 100-day siege from 1 March to 8 June 2025". Days are counted
//! both ways (exclusive and inclusive); months and years by floor and by rounding.

use super::{candidate_years, civil};
use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{severity_for, show};
use crate::claims::Relation;
use crate::diagnostic::Finding;
use crate::numeric::Interval;

/// FC302.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    for rel in &ctx.claims.relations {
        if let Relation::YearSpan { duration, from, to } = rel {
            out.extend(year_span(ctx, info, *duration, *from, *to));
            continue;
        }
        let Relation::DateSpan { duration, from, to } = rel else {
            continue;
        };
        let (Some(a), Some(b)) = (ctx.figure(*from).date, ctx.figure(*to).date) else {
            continue;
        };
        let Some(stated) = ctx.interval(*duration) else {
            continue;
        };
        let unit = ctx.figure(*duration).unit.clone().unwrap_or_default();
        // years: each from its own text, else from the other date, else from publication
        let year_b = b
            .year
            .or(a.year)
            .or_else(|| candidate_years(&b, ctx.published).0.first().copied());
        let year_a = a.year.or(year_b);
        let (Some(ya), Some(yb), Some(ma), Some(da), Some(mb), Some(db)) =
            (year_a, year_b, a.month, a.day, b.month, b.day)
        else {
            continue;
        };
        let (Some(start), Some(mut end)) = (civil(ya, ma, da), civil(yb, mb, db)) else {
            continue;
        };
        if end < start && b.year.is_none() {
            match civil(yb + 1, mb, db) {
                Some(e) => end = e,
                None => continue,
            }
        }
        let Ok(span) = start.until(end) else { continue };
        let days = f64::from(span.get_days());
        if days < 0.0 {
            continue;
        }
        let (allowed, what) = match unit.as_str() {
            "day" => (
                Interval::new(days, days + 1.0),
                format!(
                    "{} days ({} counting both ends)",
                    show(days),
                    show(days + 1.0)
                ),
            ),
            "week" => (
                Interval::new(days / 7.0, (days + 1.0) / 7.0),
                format!("{} weeks", show((days / 7.0 * 10.0).round() / 10.0)),
            ),
            "month" => {
                let months = days / 30.436875;
                (
                    Interval::new(months.floor(), months.round().max(months.floor())),
                    format!("{} months", show((months * 10.0).round() / 10.0)),
                )
            }
            "year" => {
                let years = days / 365.2425;
                (
                    Interval::new(years.floor(), years.round().max(years.floor())),
                    format!("{} years", show((years * 10.0).round() / 10.0)),
                )
            }
            _ => continue,
        };
        // "nearly 100 days" is [90, 100]: any overlap will do; but "more than three years"
        // is a hard bound (SEMANTICS.md, durations): the exact span must reach it, within
        // a day or two of counting
        let tolerance = if unit == "day" { 0.0 } else { 0.5 };
        let widened = Interval::new(allowed.lo - tolerance, allowed.hi + tolerance);
        let unit_days = match unit.as_str() {
            "day" => 1.0,
            "week" => 7.0,
            "month" => 30.436875,
            _ => 365.2425,
        };
        // counted inclusively, and two days' slack for how the ends are counted
        let short_of_bound = stated.hi.is_infinite() && days + 1.0 + 2.0 < stated.lo * unit_days;
        if widened.overlaps(&stated) && !short_of_bound {
            continue;
        }
        let hedged = ctx.hedged(*duration);
        out.push(
            ctx.report(info, severity_for(hedged), *duration)
                .message(if short_of_bound {
                    // in days: a span just short of a bound rounds to it in its own unit
                    format!(
                        "{} to {} is {} days counting both ends, short of {} ({} days)",
                        ctx.written(*from),
                        ctx.written(*to),
                        show(days + 1.0),
                        ctx.written(*duration),
                        show((stated.lo * unit_days).round())
                    )
                } else {
                    format!(
                        "{} to {} is {what}, not the {} {}s stated",
                        ctx.written(*from),
                        ctx.written(*to),
                        ctx.figure(*duration).value.map_or_else(String::new, show),
                        unit
                    )
                })
                .arithmetic(format!("from {start} to {end}: {what}"))
                .label("stated duration")
                .related(*from, "from")
                .related(*to, "to")
                .build(),
        );
    }
    out
}

/// "from 1991 to 2015, a span of 14 years": two bare years may stand anywhere in their
/// years, so the span between them is their difference give or take one.
fn year_span(
    ctx: &Context,
    info: &'static CheckInfo,
    duration: usize,
    from: usize,
    to: usize,
) -> Option<Finding> {
    let (a, b) = (ctx.figure(from).value?, ctx.figure(to).value?);
    let stated = ctx.interval(duration)?;
    let years = b - a;
    // "nearly 25 years" is [22.5, 25]: any overlap will do
    let allowed = Interval::new(years - 1.0 - 0.5, years + 1.0 + 0.5);
    if allowed.overlaps(&stated) {
        return None;
    }
    let hedged = ctx.hedged(duration);
    Some(
        ctx.report(info, severity_for(hedged), duration)
            .message(format!(
                "{} to {} is {} years, not the {} years stated",
                ctx.written(from),
                ctx.written(to),
                show(years),
                ctx.figure(duration).value.map_or_else(String::new, show)
            ))
            .arithmetic(format!(
                "{b} - {a} = {} years (one more or less as the dates fall in their years)",
                show(years)
            ))
            .label("stated duration")
            .related(from, "from")
            .related(to, "to")
            .build(),
    )
}
