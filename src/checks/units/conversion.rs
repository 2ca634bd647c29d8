//! `conversion-mismatch`: "13 miles (32 km)". The first measure, as written, converted into
//! the second's unit must either round to the second at the second's own precision (the
//! press's convention: "six feet (two metres)", "60 km (40 miles)": an integer stands for
//! ± half the step of its last non-zero digit) or lie within ±5% of it (conversions are
//! rounded freely). "90 km (50 miles)" does neither: 55.9 miles rounds to 60, not 50.
//! Temperatures are affine, but a temperature change uses the factor alone: "rose by 4C
//! (7.2F)" is read as a change only, other temperatures either way. US and imperial gallons,
//! short, long and metric tons are all tried.

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::{show, show_sig};
use crate::diagnostic::{Finding, Severity};
use crate::numeric::Interval;
use crate::parse::FigureKind;
use crate::parse::lexicon::Unit;

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

/// Whether the figure `k` follows "by", "warmer", "colder" and the like ("warmed by 4C"):
/// then a temperature is only a difference.
fn after_change_word(ctx: &Context, k: usize) -> bool {
    let tokens = &ctx.parsed.tokens;
    let first = tokens.partition_point(|t| t.start < ctx.figure(k).span.start);
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(&ctx.parsed.lower));
    first >= 1
        && matches!(
            word(first - 1),
            "by" | "warmer" | "cooler" | "hotter" | "colder"
        )
}

/// What `source` in unit `ua` may be in unit `ub`: under every factor each unit name may
/// mean, as an absolute value (unless `change_only`) and, for a temperature, as a difference.
fn readings(
    ua: &Unit,
    ub: &Unit,
    source: Interval,
    temperature: bool,
    change_only: bool,
) -> Vec<Interval> {
    let mut readings = Vec::new();
    for fa in alternatives(ua) {
        for fb in alternatives(ub) {
            // absolute: base = (v + offset) * factor
            let conv = |v: f64| (v + ua.offset) * fa / fb - ub.offset;
            if !change_only {
                readings.push(Interval::new(conv(source.lo), conv(source.hi)));
            }
            if temperature {
                // a difference of temperatures: the factor alone
                readings.push(Interval::new(source.lo * fa / fb, source.hi * fa / fb));
            }
        }
    }
    readings
}

/// FC401.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
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
        // The writer converts the figure as written: an integer is taken as it stands, a
        // decimal or scaled figure within its last digit.
        let source = match ctx.figure(*original).numeral {
            Some(n) if n.rounded => n.rounding(0.0),
            _ => ctx.figure(*original).value.map_or(a, Interval::exact),
        };
        let (target, target_value) = match ctx.figure(*converted).numeral {
            Some(n) => (n.conversion_rounding(), n.value),
            None => (b, (b.lo + b.hi) / 2.0),
        };
        // an affine scale (a temperature: °C and °F have offsets) may also be read as a
        // difference, where the offsets cancel; after "by" ("warmed by 4C"), "warmer", "colder"
        // and the like it is only a difference
        let temperature = ua.offset != 0.0 || ub.offset != 0.0;
        let change_only = temperature && after_change_word(ctx, *original);
        let readings = readings(ua, ub, source, temperature, change_only);
        let fits = readings.iter().any(|r| {
            let loose = Interval::around(target_value, (target_value * TOLERANCE).abs());
            r.overlaps(&target) || r.overlaps(&loose)
        });
        if fits {
            continue;
        }
        let Some(&expected) = readings.first() else {
            continue;
        };
        let mid = (expected.lo + expected.hi) / 2.0;
        let shown = show_sig(mid);
        let severity = if ctx.hedged(*original) || ctx.hedged(*converted) {
            Severity::Warning
        } else {
            Severity::Error
        };
        let value = show(ctx.figure(*original).value.unwrap_or(mid));
        let arithmetic = if change_only {
            format!(
                "a change of {value} {} is a change of {shown} {} (the factor alone: the text says \"by\")",
                ua.symbol, ub.symbol
            )
        } else if temperature {
            format!(
                "{value} {} is {shown} {} (or {} {} as a change of temperature)",
                ua.symbol,
                ub.symbol,
                show_sig((a.lo + a.hi) / 2.0 * ua.factor / ub.factor),
                ub.symbol
            )
        } else {
            // what the exact value becomes at the precision the converted figure is written to
            let step = target.hi - target.lo;
            let rounded = if step > 0.0 {
                (mid / step).round() * step
            } else {
                mid
            };
            format!(
                "{value} {} × {} / {} = {shown} {}, which at the precision of {} rounds to {}, not {}",
                ua.symbol,
                show(ua.factor),
                show(ub.factor),
                ub.symbol,
                ctx.written(*converted),
                show(rounded),
                show(target_value)
            )
        };
        out.push(
            ctx.report(info, severity, *converted)
                .message(format!(
                    "{} is about {shown} {}, not {}",
                    ctx.written(*original),
                    ub.symbol,
                    ctx.written(*converted)
                ))
                .arithmetic(arithmetic)
                .label("conversion")
                .related(*original, "original")
                .build(),
        );
    }
    out
}
