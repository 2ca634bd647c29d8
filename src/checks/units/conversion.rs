//! `conversion-mismatch`: "13 miles (32 km)". The first measure converted into the second's
//! unit must meet the second's interval, widened to at least ±5% (conversions are rounded
//! freely). Temperatures are affine, but a temperature change ("rose by 5C (9F)") uses the
//! factor alone: either reading saves it. US and imperial gallons, short, long and metric
//! tons are all tried.

use crate::diagnostic::{Finding, Severity};
use crate::lexicon::Unit;
use crate::numeric::Interval;
use crate::parse::FigureKind;
use crate::rule::{Context, RuleInfo, finding, show, show_sig};

/// Least relative tolerance of a conversion.
const TOLERANCE: f64 = 0.05;

/// Other factors a unit name may mean: gallons and tons differ between countries.
fn alternatives(u: &Unit) -> Vec<f64> {
    let mut factors = vec![u.factor];
    match u.symbol.as_str() {
        "gal" => factors.push(4.54609),
        "imp gal" => factors.push(3.785411784),
        "ton" => factors.extend([1016.0469088, 1000.0]),
        "t" => factors.extend([907.18474, 1016.0469088]),
        "pt" => factors.push(0.473176473),
        _ => {}
    }
    factors
}

/// FC401.
pub fn check(ctx: &Context, info: &'static RuleInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    let unit = |k: usize| {
        let symbol = ctx.figure(k).unit.as_deref()?;
        ctx.lexicon.units.iter().find(|u| u.symbol == symbol)
    };
    for (original, converted) in ctx.conversions(FigureKind::Measure) {
        let (original, converted) = (&original, &converted);
        let (Some(ua), Some(ub)) = (unit(*original), unit(*converted)) else {
            continue;
        };
        if ua.dimension != ub.dimension || ua.symbol == ub.symbol {
            continue;
        }
        let (Some(a), Some(b)) = (
            ctx.written_interval(*original),
            ctx.written_interval(*converted),
        ) else {
            continue;
        };
        let temperature = ua.dimension == "temperature";
        // "have risen by 41F (5C)": the text says it is a change, so only the factor
        // applies (a change of 4C is 7.2F)
        let said_as_change = temperature && {
            let tokens = &ctx.parsed.tokens;
            let first = tokens.partition_point(|t| t.start < ctx.figure(*original).span.start);
            let word = |i: usize| tokens.get(i).map_or("", |t| t.text(&ctx.parsed.lower));
            first >= 1
                && matches!(
                    word(first - 1),
                    "by" | "warmer" | "cooler" | "hotter" | "colder"
                )
        };
        let mut readings = Vec::new();
        for fa in alternatives(ua) {
            for fb in alternatives(ub) {
                // absolute: base = (v + offset) * factor
                let conv = |v: f64| (v + ua.offset) * fa / fb - ub.offset;
                if !said_as_change {
                    readings.push(Interval::new(conv(a.lo), conv(a.hi)));
                }
                if temperature {
                    // a difference of temperatures: the factor alone
                    readings.push(Interval::new(a.lo * fa / fb, a.hi * fa / fb));
                }
            }
        }
        let fits = readings.iter().any(|r| {
            let mid = (r.lo + r.hi) / 2.0;
            let halo = (mid.abs() * TOLERANCE).max((r.hi - r.lo) / 2.0);
            Interval::around(mid, halo).overlaps(&b)
        });
        if fits {
            continue;
        }
        let expected = readings[0];
        let mid = (expected.lo + expected.hi) / 2.0;
        let shown = show_sig(mid);
        let mut f = finding(
            info,
            if ctx.hedged(*original) || ctx.hedged(*converted) {
                Severity::Warning
            } else {
                Severity::Error
            },
            ctx.figure(*converted).span,
            format!(
                "{} is about {shown} {}, not {}",
                ctx.written(*original),
                ub.symbol,
                ctx.written(*converted)
            ),
            format!(
                "{} {} × {} / {} = {shown} {}",
                show(ctx.figure(*original).value.unwrap_or(mid)),
                ua.symbol,
                show(ua.factor),
                show(ub.factor),
                ub.symbol
            ),
        );
        if said_as_change {
            f.arithmetic = format!(
                "a change of {} {} is a change of {shown} {} (the factor alone: no offset)",
                show(ctx.figure(*original).value.unwrap_or(mid)),
                ua.symbol,
                ub.symbol
            );
        } else if temperature {
            f.arithmetic = format!(
                "{} {} is {shown} {} (or {} {} as a change of temperature)",
                show(ctx.figure(*original).value.unwrap_or(mid)),
                ua.symbol,
                ub.symbol,
                show_sig((a.lo + a.hi) / 2.0 * ua.factor / ub.factor),
                ub.symbol
            );
        }
        f.label = "conversion".into();
        f.related = vec![ctx.related(*original, "original")];
        out.push(f);
    }
    out
}
