//! `currency-conversion-mismatch`: "$1.8bn (£9.4m)". Each sum beside its conversion implies
//! an exchange rate. It must sit in a broad plausible band (US dollars per unit in
//! `rules/currencies.toml`; "$" alone may be any dollar; the bands hold from their
//! `bands_from_year`, so older texts are not judged by them), and where an article gives three
//! or more pairs of the same two currencies, each must agree with their median within ±10%
//! (and the pairs' rounding).

use crate::checks::catalogue::CheckInfo;
use crate::checks::context::Context;
use crate::checks::message::show_sig;
use crate::diagnostic::{Finding, Severity};
use crate::numeric::Interval;
use crate::parse::FigureKind;

/// Agreement with the article's other pairs: SEMANTICS.md says "about ±5%"; rates drift
/// between the days an article quotes, so only a pair more than 10% off is reported.
const TOLERANCE: f64 = 0.10;

/// Whether the text is of the bands' era: published in or after `bands_from_year`; with
/// no publication date, the latest year it writes is its era ("a 1987 story of roubles"),
/// and a text that writes no year is taken to be of today.
fn bands_hold(ctx: &Context) -> bool {
    let Some(from) = ctx.lexicon.currency_bands_from_year else {
        return true;
    };
    if let Some(date) = ctx.published {
        return date.year() >= from;
    }
    let latest_year = ctx
        .parsed
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Year)
        .filter_map(|f| f.value)
        .fold(None, |m: Option<f64>, y| Some(m.map_or(y, |m| m.max(y))));
    latest_year.is_none_or(|y| y >= f64::from(from))
}

/// US dollars per unit of a money figure's unit ("USD", "$", "GBP pence"): a band.
fn usd_band(ctx: &Context, unit: &str) -> Option<(f64, f64)> {
    let mut parts = unit.split(' ');
    let code = parts.next()?;
    let sub = parts.next().is_some();
    let band = if code == "$" {
        Some((0.5, 1.0)) // US, Canadian, Australian, New Zealand... dollars
    } else {
        ctx.lexicon
            .currencies
            .iter()
            .find(|c| c.code == code && c.subunit.is_none())
            .and_then(|c| c.usd_per_unit)
    }?;
    let scale = if sub { 0.01 } else { 1.0 };
    Some((band.0 * scale, band.1 * scale))
}

struct Pair {
    original: usize,
    converted: usize,
    /// units of `converted` per unit of `original`, over both figures' rounding
    rate: Interval,
    key: (String, String),
}

/// FC402.
pub fn check(ctx: &Context, info: &'static CheckInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut pairs = Vec::new();
    // the era is the document's: read once, not once a pair (it looks at every figure)
    let bands_hold = bands_hold(ctx);
    for (original, converted) in ctx.conversions(FigureKind::Money) {
        let (original, converted) = (&original, &converted);
        let (Some(ua), Some(ub)) = (
            ctx.figure(*original).unit.clone(),
            ctx.figure(*converted).unit.clone(),
        ) else {
            continue;
        };
        let (Some(a), Some(b)) = (
            ctx.written_interval(*original),
            ctx.written_interval(*converted),
        ) else {
            continue;
        };
        if a.lo <= 0.0 || b.lo <= 0.0 {
            continue;
        }
        let rate = Interval::new(b.lo / a.hi, b.hi / a.lo);
        // plausible band: value_a * usd_a = value_b * usd_b, so b/a = usd_a / usd_b
        // the bands are of their era: a text published before it is not judged by them
        let bands = (usd_band(ctx, &ua), usd_band(ctx, &ub));
        if let (true, (Some(ba), Some(bb))) = (bands_hold, bands) {
            let plausible = Interval::new(ba.0 / bb.1, ba.1 / bb.0);
            if !rate.overlaps(&plausible) {
                let implied = match (ctx.figure(*original).value, ctx.figure(*converted).value) {
                    (Some(x), Some(y)) if y > 0.0 => x / y,
                    _ => 1.0 / ((rate.lo + rate.hi) / 2.0),
                };
                out.push(
ctx.report(info, Severity::Error, *converted)
.message(format!(
                        "{} is not a plausible conversion of {}: it implies a rate of {} {ua} per {ub}",
                        ctx.written(*converted),
                        ctx.written(*original),
                        show_sig(implied)
                    ))
.arithmetic(format!(
                        "{} / {} = {} {ua} per {ub}, but one {ub} is worth {} to {} {ua}",
                        ctx.written(*original),
                        ctx.written(*converted),
                        show_sig(implied),
                        show_sig(1.0 / plausible.hi),
                        show_sig(1.0 / plausible.lo)
                    ))
.label("conversion")
.related(*original, "original")
.build(),
);
                continue;
            }
        }
        pairs.push(Pair {
            original: *original,
            converted: *converted,
            rate,
            key: (ua, ub),
        });
    }
    // agreement with the article's other pairs of the same currencies
    let mut keys: Vec<&(String, String)> = pairs.iter().map(|p| &p.key).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let group: Vec<&Pair> = pairs.iter().filter(|p| &p.key == key).collect();
        if group.len() < 3 {
            continue;
        }
        let mut mids: Vec<f64> = group
            .iter()
            .map(|p| (p.rate.lo + p.rate.hi) / 2.0)
            .collect();
        mids.sort_by(f64::total_cmp);
        let median = mids[mids.len() / 2];
        let band = Interval::new(median * (1.0 - TOLERANCE), median * (1.0 + TOLERANCE));
        for p in group {
            if p.rate.overlaps(&band) {
                continue;
            }
            out.push(
ctx.report(info, Severity::Warning, p.converted)
.message(format!(
                    "{} beside {} uses a different exchange rate from the article's other conversions",
                    ctx.written(p.converted),
                    ctx.written(p.original)
                ))
.arithmetic(format!(
                    "this pair implies {} {} per {}; the article's other pairs imply about {}",
                    show_sig((p.rate.lo + p.rate.hi) / 2.0),
                    key.1,
                    key.0,
                    show_sig(median)
                ))
.label("conversion")
.related(p.original, "original")
.build(),
);
        }
    }
    out
}
